"""The plan of the Petits groupes tab: one table view per round, locks, legend and score."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTableView,
    QTabWidget,
)

from territ_desktop.domain.audience import Audience
from territ_desktop.rotation import Instance, Plan, Score
from territ_desktop.ui import labels
from territ_desktop.ui.rotation_edits import Lock
from territ_desktop.ui.rotation_round_model import (
    AUDIENCE_COLOURS,
    PERSON_ROLE,
    RoundTableModel,
    audience_tag,
)

#: Pages before the first round (the settings).
FIRST_ROUND_PAGE = 1
ERROR_RED = "#b00020"


class RotationPlanView(QObject):
    """Round pages after the settings page of ``tabs``; drops are forwarded as requests."""

    move_requested = Signal(int, list, str)
    swap_requested = Signal(int, str, str)
    locks_changed = Signal()

    def __init__(
        self, tabs: QTabWidget, legend: QLabel, score: QLabel, violations: QListWidget
    ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.score_label = score
        self.violations = violations
        self.models: list[RoundTableModel] = []
        self.views: list[QTableView] = []
        self.locks: set[Lock] = set()
        self._instance: Instance | None = None
        self._plan: Plan | None = None
        legend.setText(self.legend_html())
        violations.hide()

    # -- showing ------------------------------------------------------------------------------

    def show_plan(self, instance: Instance | None, plan: Plan | None) -> None:
        """Show every round of ``plan`` (None: only the settings page is left)."""
        self._instance, self._plan = instance, plan
        rounds = len(plan.rounds) if plan is not None and instance is not None else 0
        while len(self.views) > rounds:
            view = self.views.pop()
            self.models.pop()
            self.tabs.removeTab(FIRST_ROUND_PAGE + len(self.views))
            view.deleteLater()
        while len(self.views) < rounds:
            self._add_round(len(self.views) + 1)
        if instance is not None and plan is not None:
            self._refresh_models()

    def _refresh_models(self) -> None:
        assert self._instance is not None and self._plan is not None
        for model in self.models:
            locked = {pid for r, pid in self.locks if r == model.round_number}
            model.set_round(self._instance, self._plan, locked)

    def _add_round(self, number: int) -> None:
        model = RoundTableModel(number, self)
        model.move_requested.connect(self.move_requested)
        model.swap_requested.connect(self.swap_requested)
        view = QTableView()
        view.setObjectName(f"round{number}View")
        view.setModel(model)
        view.setWordWrap(False)
        view.setShowGrid(True)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        view.verticalHeader().setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 6)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._menu(v, pos))
        self.models.append(model)
        self.views.append(view)
        self.tabs.addTab(view, self.tr("Tour {n}").format(n=number))

    def show_score(
        self,
        score: Score | None,
        instance: Instance | None,
        notes: Sequence[str] = (),
        optimal: bool = False,
    ) -> None:
        """The score of the plan shown, the hard constraints it breaks (in red), notes.

        ``optimal``: no plan can do better (said, so that unavoidable repeats are not taken for
        a weakness of the plan).
        """
        self.violations.clear()
        if score is None or instance is None:
            self.score_label.setText(
                self.tr(
                    "Pas encore de répartition : réglez les tables et les tours, "
                    "puis cliquez sur « Générer »."
                )
            )
            self.violations.hide()
            return
        parts = [
            self.tr("<b>{n}</b> paire(s) se retrouvent").format(n=score.repeated_pairs),
            self.tr("une même paire se retrouve <b>{n}</b> fois au plus").format(
                n=score.max_meetings
            ),
            self.tr("écart au mélange des publics : <b>{n}</b>").format(n=score.mix_deviation),
        ]
        if instance.options.world_cafe:
            parts.append(self.tr("retours à un thème : <b>{n}</b>").format(n=score.table_repeats))
        broken = self.tr("contraintes non respectées : <b>{n}</b>").format(n=score.hard_violations)
        if score.hard_violations:
            broken = f'<span style="color:{ERROR_RED}">{broken}</span>'
        parts.append(broken)
        if optimal:
            parts.append(
                self.tr("<i>optimale : impossible de faire mieux avec ces tables et ces tours</i>")
            )
        self.score_label.setText(" · ".join(parts))
        for text in score.violations:
            item = QListWidgetItem(text, self.violations)
            item.setForeground(QColor(ERROR_RED))
        for text in notes:
            QListWidgetItem(self.tr("Note : {text}").format(text=text), self.violations)
        self.violations.setVisible(self.violations.count() > 0)

    def legend_html(self) -> str:
        """Colour swatches with their tags and audience labels."""
        entries = []
        for audience in Audience:
            tag = html.escape(audience_tag(audience))
            colour = AUDIENCE_COLOURS[audience]
            label = html.escape(labels.audience(audience))
            entries.append(
                f'<span style="background-color:{colour}; color:#000000">&nbsp;{tag}&nbsp;</span>'
                f"&nbsp;{label}"
            )
        hint = self.tr(
            "↻ n : n voisin·es de table déjà ensemble à un autre tour · glissez une personne "
            "vers une autre table pour la déplacer"
        )
        return "&nbsp;&nbsp; ".join(entries) + f"<br><i>{html.escape(hint)}</i>"

    # -- selection and locks ----------------------------------------------------------------

    def current_round(self) -> int | None:
        """Number of the round page shown (None on the settings page)."""
        index = self.tabs.currentIndex() - FIRST_ROUND_PAGE
        return index + 1 if 0 <= index < len(self.views) else None

    def show_round(self, number: int) -> None:
        """Bring a round page to the front."""
        if 1 <= number <= len(self.views):
            self.tabs.setCurrentIndex(FIRST_ROUND_PAGE + number - 1)

    def selected(self) -> list[str]:
        """Identifiers of the people selected in the round shown."""
        number = self.current_round()
        if number is None:
            return []
        view = self.views[number - 1]
        indexes = sorted(view.selectionModel().selectedIndexes(), key=lambda i: i.column())
        return [str(i.data(PERSON_ROLE)) for i in indexes if i.data(PERSON_ROLE)]

    def toggle_locks(self, number: int, people: list[str]) -> None:
        """Lock these people in a round, or unlock them if all were locked."""
        wanted = {(number, pid) for pid in people}
        if not wanted:
            return
        if wanted <= self.locks:
            self.locks -= wanted
        else:
            self.locks |= wanted
        self._after_locks()

    def toggle_selection(self) -> None:
        """Lock or unlock the people selected in the round shown."""
        number = self.current_round()
        if number is not None:
            self.toggle_locks(number, self.selected())

    def toggle_table(self) -> None:
        """Lock or unlock everyone at the tables of the selected people, in the round shown."""
        number = self.current_round()
        if number is None:
            return
        view, model = self.views[number - 1], self.models[number - 1]
        columns = {i.column() for i in view.selectionModel().selectedIndexes()}
        if not columns and view.currentIndex().isValid():
            columns = {view.currentIndex().column()}
        self.toggle_locks(number, [pid for c in sorted(columns) for pid in model.members(c)])

    def unlock_all(self) -> None:
        """Forget every lock of this plan."""
        self.locks.clear()
        self._after_locks()

    def _after_locks(self) -> None:
        if self._instance is not None and self._plan is not None:
            self._refresh_models()
        self.locks_changed.emit()

    def _menu(self, view: QTableView, pos: QPoint) -> None:
        menu = QMenu(view)
        for text, slot in (
            (self.tr("Verrouiller / déverrouiller la sélection"), self.toggle_selection),
            (self.tr("Verrouiller / déverrouiller la table"), self.toggle_table),
            (self.tr("Tout déverrouiller"), self.unlock_all),
        ):
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(view.viewport().mapToGlobal(pos))
