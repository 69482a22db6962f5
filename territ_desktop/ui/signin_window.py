"""Live sign-in on the laptop, full screen, for one half-day.

Participants find their name (a tap, or the search field), sign on the pad and validate; the
trainers sign their own box. Everything works with a finger or a pen, without a keyboard. Each
participant's signature is an undoable step of the main window (the trainer can take it back
from the grid). Escape, or "Terminer", asks before leaving.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScroller,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from territ_desktop.domain.attendance import AttendanceChange
from territ_desktop.domain.participant import Participant, fold, matches
from territ_desktop.domain.session import HalfDay, Trainer
from territ_desktop.ui import labels, messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.signature_pad import SignaturePad
from territ_desktop.ui.uiloader import child, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.attendance import AttendanceSheet

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 2
LIST_PAGE, PAD_PAGE = 0, 1
TILE_WIDTH, TILE_HEIGHT = 360, 84  # at least: a finger's target, and room for long names


class NameTileDelegate(QStyledItemDelegate):
    """Draws a name as a tile: the name in bold, the organisation under it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(5, 5, -5, -5)
        hovered = option.state & QStyle.StateFlag.State_MouseOver
        painter.setPen(QPen(QColor("#90a4ae"), 1.2))
        painter.setBrush(QColor("#e3f2fd") if hovered else QColor("#ffffff"))
        painter.drawRoundedRect(rect, 8, 8)
        text = rect.adjusted(14, 6, -14, -6)
        name_font = QFont(option.font)
        name_font.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.75)
        painter.setPen(QColor("#000000"))
        half = text.height() // 2
        for font, part, top in (
            (name_font, str(index.data(Qt.ItemDataRole.DisplayRole) or ""), text.top()),
            (small, str(index.data(ORGANISATION_ROLE) or ""), text.top() + half),
        ):
            painter.setFont(font)
            line = QFontMetrics(font).elidedText(part, Qt.TextElideMode.ElideRight, text.width())
            painter.drawText(
                QRect(text.left(), top, text.width(), half),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            painter.setPen(QColor("#455a64"))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        grid = view.gridSize() if isinstance(view, QListWidget) else QSize()
        return grid if grid.isValid() else QSize(TILE_WIDTH, TILE_HEIGHT)


class SignInWindow(QObject):
    """The sign-in view of one half-day; ``signed`` carries the id of each new signatory."""

    signed = Signal(str)
    closed = Signal()

    def __init__(
        self,
        services: Services,
        undo_stack: QUndoStack,
        refresh: Callable[[], None],
        session_id: str,
        half_day_id: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self._attendance = services.attendance
        self._undo = undo_stack
        self._refresh = refresh
        self.session_id = session_id
        self.half_day_id = half_day_id
        self._signer: Participant | Trainer | None = None
        self._leaving = False
        w = self.widget = load_ui("signin_window.ui", parent)
        w.setWindowFlag(Qt.WindowType.Window)
        w.installEventFilter(self)
        self.pages = child(w, QStackedWidget, "pages")
        self.count = child(w, QLabel, "countLabel")
        self.instructions = child(w, QLabel, "instructionsLabel")
        self.done_label = child(w, QLabel, "doneLabel")
        self.signer_label = child(w, QLabel, "signerLabel")
        self.search = child(w, QLineEdit, "searchEdit")
        self.search.textChanged.connect(lambda _text: self._fill_list())
        self.search.returnPressed.connect(self._choose_single_match)
        self.names = child(w, QListWidget, "namesList")
        self.names.setWrapping(True)
        self.names.setItemDelegate(NameTileDelegate(self.names))
        self.names.setMouseTracking(True)
        self._viewport = self.names.viewport()  # kept: compared in eventFilter, even at exit
        self._viewport.installEventFilter(self)
        self.names.itemClicked.connect(self._choose_item)
        self.names.itemActivated.connect(self._choose_item)
        QScroller.grabGesture(self.names.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.trainers_box = child(w, QGroupBox, "trainersBox")
        self.trainer_buttons: dict[str, QPushButton] = {}
        self.pad = SignaturePad(w)
        layout = child(w, QWidget, "padFrame").layout()
        assert isinstance(layout, QLayout)
        layout.addWidget(self.pad)
        self.buttons = {
            name: child(w, QPushButton, name)
            for name in ("closeButton", "backButton", "clearButton", "validateButton")
        }
        self.buttons["closeButton"].clicked.connect(w.close)
        self.buttons["backButton"].clicked.connect(self.back_to_list)
        self.buttons["clearButton"].clicked.connect(self.pad.clear)
        self.buttons["validateButton"].clicked.connect(self.validate)
        self.pad.changed.connect(self._enable_validate)
        self.reload()

    def show(self) -> None:
        """Show full screen, on the list of names."""
        self.widget.showFullScreen()
        self.widget.activateWindow()
        self.search.setFocus()

    def dismiss(self) -> None:
        """Close without asking (the tab opens another half-day)."""
        self._leaving = True
        self.widget.close()

    # -- content ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the sheet again: who signed, and the trainers' boxes."""
        sheet = self._attendance.sheet(self.session_id)
        self._sheet = sheet
        half_day = self.half_day
        child(self.widget, QLabel, "titleLabel").setText(sheet.session.title)
        child(self.widget, QLabel, "halfDayLabel").setText(
            self.tr("{date} — {period}, {start} – {end}").format(
                date=f"{half_day.date:%d/%m/%Y}",
                period=labels.period(half_day.period).lower(),
                start=f"{half_day.start:%H:%M}",
                end=f"{half_day.end:%H:%M}",
            )
        )
        unsigned = self.unsigned()
        total = len(sheet.participants)
        self.count.setText(
            self.tr("{n} / {total} ont signé").format(n=total - len(unsigned), total=total)
        )
        self._fill_list()
        self._fill_trainers(sheet)

    @property
    def half_day(self) -> HalfDay:
        """The half-day being signed."""
        return next(h for h in self._sheet.session.half_days if h.id == self.half_day_id)

    def unsigned(self) -> list[Participant]:
        """Enrolled people who have not signed this half-day yet."""
        result = []
        for person in self._sheet.participants:
            record = self._sheet.record(person.id, self.half_day_id)
            if record is None or not record.signature_png:
                result.append(person)
        return result

    def _fill_list(self) -> None:
        query = fold(self.search.text().strip())
        self.names.clear()
        for person in self.unsigned():
            if query and not matches(person, query):
                continue
            item = QListWidgetItem(person.printed_name)
            item.setData(ID_ROLE, person.id)
            item.setData(ORGANISATION_ROLE, person.organisation)
            item.setToolTip(f"{person.printed_name}\n{person.organisation}".strip())
            self.names.addItem(item)
        everyone = not self.unsigned()
        self.done_label.setVisible(everyone)
        self.names.setVisible(not everyone)
        self.search.setVisible(not everyone)

    def _fill_trainers(self, sheet: AttendanceSheet) -> None:
        layout = self.trainers_box.layout()
        assert isinstance(layout, QLayout)
        for button in self.trainer_buttons.values():
            layout.removeWidget(button)
            button.deleteLater()
        self.trainer_buttons.clear()
        for trainer in sheet.session.trainers:
            signed = (trainer.id, self.half_day_id) in sheet.trainer_signatures
            text = f"{trainer.first_name} {trainer.last_name.upper()}"
            text += "\n" + (
                self.tr("✓ a signé (toucher pour refaire)")
                if signed
                else labels.trainer_role(trainer.role)
            )
            button = QPushButton(text, self.trainers_box)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(84)
            button.clicked.connect(lambda _checked=False, t=trainer: self.choose(t))
            layout.addWidget(button)
            self.trainer_buttons[trainer.id] = button
        self.trainers_box.setVisible(bool(sheet.session.trainers))

    # -- signing ---------------------------------------------------------------------------

    def _choose_item(self, item: QListWidgetItem) -> None:
        person_id = item.data(ID_ROLE)
        person = next((p for p in self._sheet.participants if p.id == person_id), None)
        if person is not None:
            self.choose(person)

    def _choose_single_match(self) -> None:
        if self.names.count() == 1:
            self._choose_item(self.names.item(0))

    def choose(self, signer: Participant | Trainer) -> None:
        """Open the pad for a participant or a trainer."""
        self._signer = signer
        if isinstance(signer, Participant):
            text = signer.printed_name
            if signer.organisation:
                text += " — " + signer.organisation
        else:
            role = labels.trainer_role(signer.role).lower()
            text = f"{signer.first_name} {signer.last_name.upper()}, {role}"
        self.signer_label.setText(text)
        self.pad.clear()
        self.pages.setCurrentIndex(PAD_PAGE)

    def _enable_validate(self) -> None:
        self.buttons["validateButton"].setEnabled(not self.pad.is_empty())

    def back_to_list(self) -> None:
        """Leave the pad without signing."""
        self._signer = None
        self.pad.clear()
        self.search.clear()
        self.pages.setCurrentIndex(LIST_PAGE)
        self.search.setFocus()

    def validate(self) -> None:
        """Store the signature drawn on the pad, then go back to the list."""
        signer = self._signer
        if signer is None or self.pad.is_empty():
            return
        png = self.pad.to_png()
        session_id, half_day_id = self.session_id, self.half_day_id
        attendance = self._attendance
        if isinstance(signer, Participant):
            inverse = attempt(
                self.widget, lambda: attendance.sign(session_id, signer.id, half_day_id, png)
            )
            if inverse is None:
                return
            self.reload()
            forward = [
                AttendanceChange(signer.id, half_day_id, self._sheet.record(signer.id, half_day_id))
            ]
            self._undo.push(
                ServiceCommand(
                    self.tr("Signature : {name}, {half_day}").format(
                        name=signer.printed_name, half_day=self.half_day.label
                    ),
                    redo=lambda: attendance.apply(session_id, forward),
                    undo=lambda: attendance.apply(session_id, inverse),
                    refresh=self._refresh,
                )
            )
            thanks = self.tr("Merci, {name} ! Personne suivante : touchez votre nom.")
            self.instructions.setText(thanks.format(name=signer.first_name or signer.printed_name))
        else:
            trainer_id = signer.id

            def sign_trainer() -> bool:
                attendance.sign_trainer(session_id, trainer_id, half_day_id, png)
                return True

            if attempt(self.widget, sign_trainer) is None:
                return
            self.reload()
            self._refresh()
        self.back_to_list()
        self.signed.emit(signer.id)

    # -- leaving ---------------------------------------------------------------------------

    def _fit_tiles(self) -> None:
        width = self.names.viewport().width()
        columns = max(1, width // TILE_WIDTH)
        self.names.setGridSize(QSize(max(TILE_WIDTH, width // columns), TILE_HEIGHT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_tiles()
            return False
        if watched is not self.widget:
            return False
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.widget.close()
                return True
        elif event.type() == QEvent.Type.Close:
            question = self.tr(
                "Quitter l'émargement ? Les signatures déjà validées sont enregistrées."
            )
            if not self._leaving and not messages.confirm(self.widget, question):
                event.ignore()
                return True
            self._leaving = False
            self.closed.emit()
        return False
