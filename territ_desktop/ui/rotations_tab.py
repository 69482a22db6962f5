"""The "Petits groupes" tab: settings, generation, hand edits and printouts of a rotation.

Every change of a saved plan (settings, drag and drop, generation, late arrival) is saved at
once through the rotation service and pushed on the shared undo stack. An item without a plan
keeps its settings as a draft until the first generation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from territ_desktop.domain.errors import UserError
from territ_desktop.rotation import Instance, Person, Plan, ProgressCallback, Result
from territ_desktop.ui import messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.rotation_edits import (
    Lock,
    fit_plan,
    fresh_instance,
    move,
    rename_table,
    swap,
    with_locks,
    without_lock_copies,
)
from territ_desktop.ui.rotation_export import choose_target, offer_to_open
from territ_desktop.ui.rotation_people import names_of, people_summary, workshop_label
from territ_desktop.ui.rotation_plan_view import FIRST_ROUND_PAGE, RotationPlanView
from territ_desktop.ui.rotation_runner import SolveRunner
from territ_desktop.ui.rotation_settings_panel import RotationSettingsPanel
from territ_desktop.ui.uiloader import child, icon, load_ui
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.participants import ParticipantService
    from territ_desktop.services.rotations import RotationService, StoredPlan, Workshop
    from territ_desktop.services.sessions import SessionService


class RotationsTab(QObject):
    """Seat the people of a small-group item at tables, over one or more rounds."""

    _rotations: RotationService
    _participants: ParticipantService
    _sessions: SessionService

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self.session_id: str | None = None
        self.item_id: str | None = None
        self.workshop: Workshop | None = None
        self._drafts: dict[str, Instance] = {}
        self._locks: dict[str, set[Lock]] = {}
        self._notes: dict[str, tuple[str, ...]] = {}
        #: Search budget of "Générer" (tests lower it).
        self.time_limit: float | None = None  # None: the solver's budget by number of people
        self.max_iterations: int | None = None
        w = self.widget = load_ui("rotations_tab.ui", parent)
        self.items = child(w, QComboBox, "itemCombo")
        self.items.currentIndexChanged.connect(self._on_item)
        self.people = child(w, QLabel, "peopleLabel")
        self.pages = child(w, QTabWidget, "pagesTabs")
        self.settings = RotationSettingsPanel(self.pages)
        self.pages.addTab(self.settings.widget, icon("edit"), self.tr("Réglages"))
        self.settings.changed.connect(self._on_settings)
        self.plan_view = RotationPlanView(
            self.pages,
            child(w, QLabel, "legendLabel"),
            child(w, QLabel, "scoreLabel"),
            child(w, QListWidget, "violationsList"),
        )
        self.plan_view.move_requested.connect(self.move_people)
        self.plan_view.swap_requested.connect(self.swap_people)
        self.plan_view.locks_changed.connect(self._update_buttons)
        self.progress = child(w, QProgressBar, "progressBar")
        self.runner = SolveRunner(self)
        self.runner.progressed.connect(self._on_progress)
        self.runner.busy_changed.connect(lambda _busy: self._update_buttons())
        self.buttons: dict[str, QPushButton] = {}
        for name, icon_name, slot in (
            ("generateButton", "", lambda: self.generate()),
            ("regenerateButton", "", lambda: self.generate(keep_locked=True)),
            ("cancelButton", "", self.runner.cancel),
            ("lockButton", "lock", self.plan_view.toggle_selection),
            ("lockTableButton", "lock", self.plan_view.toggle_table),
            ("replanButton", "people", self.replan),
            ("printButton", "save", lambda: self.export(".pdf")),
            ("exportButton", "save", lambda: self.export(".xlsx")),
        ):
            button = self.buttons[name] = child(w, QPushButton, name)
            if icon_name:
                button.setIcon(icon(icon_name))
            button.clicked.connect(slot)
        self._update_buttons()

    def attach(self, services: Services) -> None:
        """Work on an open database."""
        self._rotations = services.rotations
        self._participants = services.participants
        self._sessions = services.sessions

    # -- what is shown --------------------------------------------------------------------------

    @property
    def stored(self) -> StoredPlan | None:
        """The saved plan of the item shown, if any."""
        return self.workshop.plan if self.workshop is not None else None

    @property
    def instance(self) -> Instance | None:
        """The settings shown: the saved plan's, else the draft's."""
        if self.stored is not None:
            return self.stored.instance
        return self._drafts.get(self.item_id or "")

    def set_session(self, session_id: str) -> None:
        """Show the small-group items of a session (keeping the item shown if it is there)."""
        changed = session_id != self.session_id
        self.session_id = session_id
        session = attempt(self.widget, lambda: self._sessions.get(session_id))
        items = [] if session is None else self._rotations.workshops(session_id)
        keep = None if changed else self.item_id
        self.items.blockSignals(True)
        self.items.clear()
        for item in items:
            assert session is not None
            self.items.addItem(workshop_label(session, item), item.id)
        index = self.items.findData(keep) if keep else -1
        self.items.setCurrentIndex(index if index >= 0 else (0 if items else -1))
        self.items.blockSignals(False)
        self._on_item()

    def show_item(self, item_id: str) -> None:
        """Bring an item to the front."""
        index = self.items.findData(item_id)
        if index >= 0:
            self.items.setCurrentIndex(index)
        self._on_item()

    def _on_item(self, _index: int = -1) -> None:
        changed = (self.items.currentData() or None) != self.item_id
        self.item_id = self.items.currentData() or None
        self.reload()
        if changed:
            self.pages.setCurrentIndex(FIRST_ROUND_PAGE if self.stored is not None else 0)

    def reload(self) -> None:
        """Read the item shown again (its people, its plan) and redraw."""
        self.workshop = None
        if self.session_id and self.item_id:
            session_id, item_id = self.session_id, self.item_id
            self.workshop = attempt(
                self.widget, lambda: self._rotations.workshop(session_id, item_id)
            )
        instance = self._draft() if self.stored is None else self.stored.instance
        plan = self.stored.plan if self.stored is not None else None
        self.plan_view.locks = self._locks.setdefault(self.item_id or "", set())
        self.settings.set_instance(instance)
        self.plan_view.show_plan(instance, plan)
        score = self.stored.score if self.stored is not None else None
        best = bool(score and instance and self._rotations.proven_optimal(instance, score))
        self.plan_view.show_score(score, instance, self._notes.get(self.item_id or "", ()), best)
        self.people.setText(self._people_text())
        self._update_buttons()

    def _draft(self) -> Instance | None:
        if self.workshop is None or not self.workshop.people or self.session_id is None:
            return None
        item_id = self.workshop.item.id
        draft = self._drafts.get(item_id)
        if draft is None:
            rounds = 2 if len(self.workshop.item.themes) > 1 else 1
            draft = self._rotations.default_instance(self.session_id, item_id, rounds)
        people = tuple(Person.from_participant(p) for p in self.workshop.people)
        draft = fresh_instance(draft, people, draft.history)
        self._drafts[item_id] = draft
        return draft

    def _people_text(self) -> str:
        if self.workshop is None or self.session_id is None:
            return self.tr("Aucune séquence en petits groupes : ajoutez un atelier au programme.")
        enrolled = self._participants.find(self.session_id)
        return people_summary(self.workshop, enrolled, self.instance)

    def _update_buttons(self) -> None:
        busy = self.runner.busy
        ready = not busy and self.instance is not None
        has_plan = not busy and self.stored is not None
        for name, enabled in (
            ("generateButton", ready),
            ("regenerateButton", has_plan and bool(self.plan_view.locks)),
            ("cancelButton", busy),
            ("lockButton", has_plan),
            ("lockTableButton", has_plan),
            ("replanButton", has_plan),
            ("printButton", has_plan),
            ("exportButton", has_plan),
        ):
            self.buttons[name].setEnabled(enabled)
        self.items.setEnabled(not busy)
        self.settings.widget.setEnabled(ready)
        for view in self.plan_view.views:
            view.setEnabled(not busy)
        if not busy:
            self.progress.setRange(0, 1000)
            self.progress.setValue(0)
            self.progress.setTextVisible(False)

    # -- saving with undo -----------------------------------------------------------------------

    def _save(
        self,
        text: str,
        instance: Instance,
        plan: Plan,
        seed: int | None = None,
        where: tuple[str, str] | None = None,
        notes: tuple[str, ...] = (),
    ) -> bool:
        """Save a plan of the item shown, or of ``where`` (session id, item id), with undo.

        ``notes`` are the solver's warnings, shown under the score until the next change.
        """
        if where is None:
            if self.item_id is None or self.session_id is None:
                return False
            where = (self.session_id, self.item_id)
        session_id, item_id = where
        seed = seed if seed is not None else (self.stored.seed if self.stored else 1)
        rotations = self._rotations
        done = attempt(self.widget, lambda: (rotations.save(item_id, instance, plan, seed),))
        if done is None:
            self.reload()
            return False
        self._notes[item_id] = notes
        previous = done[0]
        self._undo.push(
            ServiceCommand(
                text,
                redo=lambda: rotations.save(item_id, instance, plan, seed),
                undo=lambda: rotations.restore(item_id, previous),
                refresh=lambda: self._after_undo(session_id, item_id),
            )
        )
        return True

    def _after_undo(self, session_id: str, item_id: str) -> None:
        if session_id == self.session_id:
            self.show_item(item_id)

    def _on_settings(self, new: Instance, text: str, rename: tuple[str, str] | None) -> None:
        try:
            self._rotations.check(new)
        except UserError as error:
            messages.show_error(self.widget, str(error))
            self.settings.set_instance(self.instance)
            return
        stored = self.stored
        if stored is None:
            self._drafts[self.item_id or ""] = new
            self.reload()
            return
        plan = rename_table(stored.plan, *rename) if rename else stored.plan
        locks = self.plan_view.locks
        locks -= {lock for lock in locks if lock[0] > new.rounds}
        self._save(text, new, fit_plan(plan, new))

    def move_people(self, round_number: int, people: list[str], table: str) -> None:
        """Seat people at another table in one round (a drop in the plan)."""
        if self.stored is None:
            return
        plan = move(self.stored.plan, round_number, people, table)
        text = self.tr("Déplacer {names} vers « {table} »").format(
            names=names_of(self.instance, people), table=table
        )
        self._save(text, self.stored.instance, plan)

    def swap_people(self, round_number: int, first: str, second: str) -> None:
        """Exchange two people's seats in one round."""
        if self.stored is None:
            return
        plan = swap(self.stored.plan, round_number, first, second)
        text = self.tr("Échanger {names}").format(names=names_of(self.instance, [first, second]))
        self._save(text, self.stored.instance, plan)

    # -- background work ------------------------------------------------------------------------

    def _on_progress(self, fraction: float, best: object) -> None:
        self.progress.setValue(int(fraction * 1000))
        pairs = getattr(best, "repeated_pairs", 0)
        self.progress.setFormat(self.tr("Recherche… {n} paire(s) se retrouvent").format(n=pairs))
        self.progress.setTextVisible(True)

    def generate(self, keep_locked: bool = False) -> None:
        """Seat everyone again (or everyone but the locked people) in a worker thread."""
        settings, workshop = self.instance, self.workshop
        if self.runner.busy or settings is None or workshop is None or self.session_id is None:
            return
        session_id, item_id = self.session_id, workshop.item.id
        history = attempt(self.widget, lambda: self._rotations.history(session_id, item_id))
        if history is None:
            return
        people = tuple(Person.from_participant(p) for p in workshop.people)
        base = fresh_instance(settings, people, history)
        solved = base
        if keep_locked and self.stored is not None:
            solved = with_locks(base, self.stored.plan, self.plan_view.locks)
        seed = self.stored.seed + 1 if self.stored is not None else 1
        rotations, limit, most = self._rotations, self.time_limit, self.max_iterations

        def work(progress: ProgressCallback) -> Result:
            return rotations.solve(
                solved, seed=seed, time_limit=limit, max_iterations=most, progress=progress
            )

        text = self.tr("Regénérer le reste") if keep_locked else self.tr("Générer la répartition")

        def done(result: object) -> None:
            assert isinstance(result, Result)
            if not keep_locked and not result.cancelled:
                self._locks.setdefault(item_id, set()).clear()  # everyone was moved anyway
            plan = without_lock_copies(result.plan)
            self._finish(result, text, (session_id, item_id), base, plan, seed)

        self.runner.start(work, done, self._show_error)

    def _finish(
        self,
        result: Result,
        text: str,
        where: tuple[str, str],
        instance: Instance,
        plan: Plan,
        seed: int,
    ) -> None:
        if result.cancelled:
            messages.show_info(
                self.widget, self.tr("Génération annulée : la répartition n'a pas changé.")
            )
            return
        saved = self._save(text, instance, plan, seed, where, result.warnings)
        if saved and self.plan_view.current_round() is None:
            self.plan_view.show_round(1)

    def _show_error(self, message: str) -> None:
        messages.show_error(self.widget, message)

    def replan(self) -> None:
        """Fit in latecomers or leave out no-shows in the rounds not yet played."""
        from territ_desktop.ui.rotation_changes_dialog import ask_changes

        stored = self.stored
        if stored is None or self.session_id is None or self.runner.busy:
            return
        instance, enrolled = stored.instance, self._participants.find(self.session_id)
        first = self.plan_view.current_round() or min(2, instance.rounds)
        asked = ask_changes(self.widget, instance, enrolled, first)
        if asked is None:
            return
        changes, newcomers = asked
        where, seed, most = (self.session_id, stored.item_id), stored.seed, self.max_iterations
        limit = 2.0 if self.time_limit is None else min(self.time_limit, 2.0)
        rotations = self._rotations

        def work(progress: ProgressCallback) -> Result:
            return rotations.replan(
                instance,
                stored.plan,
                changes.from_round,
                arrivals=newcomers,
                no_shows=changes.no_shows,
                seed=seed,
                time_limit=limit,
                max_iterations=most,
                progress=progress,
            )

        def done(result: object) -> None:
            assert isinstance(result, Result)
            text = self.tr("Arrivée tardive / absence")
            self._finish(result, text, where, result.instance, result.plan, seed)

        self.runner.start(work, done, self._show_error)

    def export(self, suffix: str) -> None:
        """Print (PDF) or export (Excel) the plan of the item shown, in a worker thread."""
        workshop, session_id = self.workshop, self.session_id
        if workshop is None or workshop.plan is None or session_id is None or self.runner.busy:
            return
        target = choose_target(self.widget, workshop.item.title, suffix)
        if target is None:
            return
        rotations, item_id = self._rotations, workshop.item.id
        self.progress.setRange(0, 0)
        self.runner.start(
            lambda _progress: rotations.export_groups(session_id, item_id, target),
            lambda written: offer_to_open(self.widget, written),
            self._show_error,
        )
