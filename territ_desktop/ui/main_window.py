"""The main window: session list on the left, the selected session on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QToolBar, QWidget

from territ_desktop import __version__
from territ_desktop.ui import messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.i18n import DEFAULT_LANGUAGE
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.ui.backups_window import BackupsWindow
    from territ_desktop.ui.directory_window import DirectoryWindow
    from territ_desktop.ui.import_dialog import ImportDialog
    from territ_desktop.ui.privacy_window import PrivacyWindow
    from territ_desktop.ui.session_list_page import SessionListPage
    from territ_desktop.ui.session_page import SessionPage


class MainWindow(QObject):
    """Builds the window from ``main_window.ui`` and wires its pages together.

    The window is shown before the database is open (importing the database layer costs more
    than building the window); :meth:`attach` then brings the data in.
    """

    _services: Services
    session_list: SessionListPage
    session_page: SessionPage

    def __init__(self, settings: QSettings, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._log_file = log_file
        window = load_ui("main_window.ui")
        assert isinstance(window, QMainWindow)
        self.window = window
        window.setWindowIcon(icon("territ"))
        self.undo_stack = QUndoStack(self)
        self.splitter = child(window, QSplitter, "splitter")
        self._attached = False
        self.directory: DirectoryWindow | None = None
        self.import_dialog: ImportDialog | None = None
        self.backups: BackupsWindow | None = None
        self.privacy: PrivacyWindow | None = None
        self._build_actions()
        window.installEventFilter(self)
        self._restore_state()
        self.menu_actions_enabled(False)
        window.statusBar().showMessage(self.tr("Ouverture de la base de données…"))

    def menu_actions_enabled(self, enabled: bool) -> None:
        """Actions that need an open database."""
        for name in (
            "actionNewSession",
            "actionDeleteSession",
            "actionDataFolder",
            "actionImport",
            "actionDirectory",
            "actionBackups",
            "actionPrivacy",
        ):
            self.action(name).setEnabled(enabled)

    def attach(self, services: Services) -> None:
        """Show the data of an open database and allow editing."""
        # The pages are built only now, so that the window shows as early as possible.
        from territ_desktop.ui.session_list_page import SessionListPage
        from territ_desktop.ui.session_page import SessionPage

        self._services = services
        # Here rather than in _build_actions: the first shortcut given to Qt from Python builds
        # PySide's key enums (~30 ms), which would delay the window (docs/startup.md). The
        # actions have nothing to undo before the data is shown anyway.
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.session_list = SessionListPage(self.splitter)
        self.session_page = SessionPage(self.undo_stack, self.splitter)
        self.splitter.addWidget(self.session_list.widget)
        self.splitter.addWidget(self.session_page.widget)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([340, 860])
        splitter = self._settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.session_list.session_selected.connect(self.session_page.show_session)
        self.session_page.changed.connect(lambda: self.session_list.refresh())
        self.session_list.new_button.clicked.connect(self.new_session)
        self.session_list.delete_button.clicked.connect(self.delete_session)
        self.session_list.attach(services)
        self.session_page.attach(services)
        self._attached = True
        self.menu_actions_enabled(True)
        self.window.statusBar().showMessage(
            self.tr("Base de données : {db}").format(db=services.database.display_name)
        )
        if self.session_list.model.rowCount():
            last = str(self._settings.value("session/last", ""))
            self.session_list.select(last or self.session_list.model.session_at(0).id)
            if self.session_list.current_id() is None:
                self.session_list.select(self.session_list.model.session_at(0).id)

    def _build_actions(self) -> None:
        w = self.window
        undo = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        undo.setIcon(icon("undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        redo.setIcon(icon("redo"))
        self.undo_action, self.redo_action = undo, redo
        child(w, QMenu, "menuEdit").addActions([undo, redo])
        toolbar = child(w, QToolBar, "mainToolBar")
        toolbar.addActions([undo, redo])
        self.action("actionNewSession").setIcon(icon("add"))
        self.action("actionNewSession").triggered.connect(self.new_session)
        self.action("actionDeleteSession").triggered.connect(self.delete_session)
        self.action("actionQuit").triggered.connect(w.close)
        self.action("actionAbout").triggered.connect(self.about)
        self.action("actionDataFolder").triggered.connect(self.show_data_location)
        self.action("actionImport").triggered.connect(self.import_registrations)
        self.action("actionDirectory").triggered.connect(self.show_directory)
        self.action("actionBackups").triggered.connect(self.show_backups)
        self.action("actionPrivacy").triggered.connect(self.show_privacy)
        languages = QActionGroup(self)
        current = str(self._settings.value("language", DEFAULT_LANGUAGE))
        for name, code in (("actionFrench", "fr"), ("actionEnglish", "en")):
            action = self.action(name)
            languages.addAction(action)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))

    def action(self, name: str) -> QAction:
        """A named action of the ``.ui`` file."""
        return child(self.window, QAction, name)

    # -- state -----------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.window.restoreGeometry(geometry)
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray):
            self.window.restoreState(state)

    def save_state(self) -> None:
        """Remember geometry, toolbars, splitter and the last session."""
        self._settings.setValue("window/geometry", self.window.saveGeometry())
        self._settings.setValue("window/state", self.window.saveState())
        if self._attached:
            self._settings.setValue("window/splitter", self.splitter.saveState())
            self._settings.setValue("session/last", self.session_page.session_id or "")
        self._settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save_state()
        return False

    # -- actions ---------------------------------------------------------------------------

    def new_session(self) -> None:
        """Ask for a title and create a session."""
        from territ_desktop.ui.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self.window)
        if not dialog.exec():
            return
        sessions = self._services.sessions
        created = attempt(self.window, lambda: sessions.create(dialog.value()))
        if created is None:
            return
        self.undo_stack.push(
            ServiceCommand(
                self.tr("Créer la session"),
                redo=lambda: sessions.create(created),
                undo=lambda: sessions.delete(created.id),
                refresh=self.refresh,
            )
        )
        self.session_list.refresh(select_id=created.id)

    def delete_session(self) -> None:
        """Delete the selected session after confirmation (not undoable: it says so)."""
        session_id = self.session_list.current_id()
        if session_id is None:
            return
        question = self.tr(
            "Supprimer définitivement cette session, son programme et ses inscriptions ? "
            "Les personnes restent dans l'annuaire. Cette action ne peut pas être annulée."
        )
        if not messages.confirm(self.window, question):
            return
        if attempt(self.window, lambda: self._services.sessions.delete(session_id)) is None:
            return
        # Commands in the stack may point into the deleted session.
        self.undo_stack.clear()
        self.session_list.refresh(select_id="")

    def refresh(self) -> None:
        """Reload the list and the current session (after undo/redo)."""
        self.session_list.refresh()
        self.session_page.reload(notify=False)
        if self.directory is not None:
            self.directory.reload()

    def import_registrations(self) -> None:
        """Import a registration spreadsheet into the session shown (or the directory only)."""
        from territ_desktop.ui.import_command import start_import

        session_id = self.session_page.session_id
        self.import_dialog = start_import(
            self.window, self._services, self.undo_stack, session_id, self.refresh
        )

    def after_data_replaced(self) -> None:
        """After a restore or an anonymisation: undo steps may point at data now gone."""
        self.undo_stack.clear()
        self.refresh()
        for page in (self.backups, self.privacy):
            if page is not None:
                page.reload()

    def show_backups(self) -> None:
        """Open the backups window (data safety), or bring it forward."""
        from territ_desktop.ui.backups_window import BackupsWindow

        if self.backups is None:
            self.backups = BackupsWindow(self._services, self.after_data_replaced, self.window)
        self.backups.show()

    def show_privacy(self) -> None:
        """Open the personal data (RGPD) window, or bring it forward."""
        from territ_desktop.ui.privacy_window import PrivacyWindow

        if self.privacy is None:
            self.privacy = PrivacyWindow(self._services, self.after_data_replaced, self.window)
        self.privacy.show()

    def show_directory(self) -> None:
        """Open the participant directory window, or bring it forward."""
        from territ_desktop.ui.directory_window import DirectoryWindow

        if self.directory is None:
            self.directory = DirectoryWindow(
                self._services, self.undo_stack, self.refresh, self.window
            )
        self.directory.show()

    def set_language(self, code: str) -> None:
        """Remember the language; it applies at the next start."""
        self._settings.setValue("language", code)
        self._settings.sync()
        messages.show_info(
            self.window,
            self.tr("La langue choisie sera utilisée au prochain démarrage de TERRIT Desktop."),
        )

    def show_data_location(self) -> None:
        """Tell where the database and the log are."""
        messages.show_info(
            self.window,
            self.tr("Base de données : {db}\nJournal : {log}").format(
                db=self._services.database.display_name, log=self._log_file
            ),
        )

    def about(self) -> None:
        """The about box."""
        messages.show_info(
            self.window,
            self.tr(
                "TERRIT Desktop {version}\n\nPréparer et animer les formations TERRIT "
                "(projets territoriaux de santé), hors ligne."
            ).format(version=__version__),
        )

    def show(self) -> None:
        """Show the window."""
        self.window.show()

    @property
    def widget(self) -> QWidget:
        """The top-level window."""
        return self.window
