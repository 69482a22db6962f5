"""Someone came without registering: enrol them and mark them present, in one undoable step."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from territ_desktop.domain.attendance import AttendanceChange, AttendanceRecord
from territ_desktop.domain.participant import Participant
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.enrol_dialog import EnrolDialog
from territ_desktop.ui.participant_dialog import ParticipantDialog
from territ_desktop.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from territ_desktop.services import Services

Key = tuple[str, str]


def add_new_person(
    parent: QWidget,
    services: Services,
    undo_stack: QUndoStack,
    refresh: Callable[[], None],
    session_id: str,
    half_day_id: str | None,
) -> Participant | None:
    """Register a new person through the participant form, enrolled as a walk-in."""
    dialog = ParticipantDialog(parent)
    dialog.dialog.setWindowTitle(
        QCoreApplication.translate(
            "AttendanceWalkIn", "Venu·e sans inscription : nouvelle personne"
        )
    )
    if not dialog.exec():
        return None
    value = dialog.value()
    attendance = services.attendance
    person = attempt(parent, lambda: attendance.add_walk_in(session_id, value, half_day_id))
    if person is None:
        return None
    undo_stack.push(
        ServiceCommand(
            QCoreApplication.translate(
                "AttendanceWalkIn", "Venu·e sans inscription : {name}"
            ).format(name=person.printed_name),
            redo=lambda: attendance.add_walk_in(session_id, person, half_day_id),
            undo=lambda: services.participants.delete(person.id),
            refresh=refresh,
        )
    )
    return person


def add_known_people(
    parent: QWidget,
    services: Services,
    undo_stack: QUndoStack,
    refresh: Callable[[], None],
    session_id: str,
    half_day_id: str | None,
    records: Mapping[Key, AttendanceRecord],
) -> list[Participant]:
    """Pick people already in the directory; each is enrolled as a walk-in."""
    people = services.participants.find(not_in_session=session_id)
    dialog = EnrolDialog(parent, people)
    dialog.dialog.setWindowTitle(
        QCoreApplication.translate(
            "AttendanceWalkIn", "Venu·e sans inscription : personne de l'annuaire"
        )
    )
    if not dialog.exec():
        return []
    chosen = dialog.chosen()
    attendance = services.attendance

    def redo() -> list[Participant]:
        return [attendance.add_walk_in(session_id, p, half_day_id) for p in chosen]

    def undo() -> None:
        if half_day_id is not None:
            # What the grid held before (normally nothing: they were not enrolled).
            before = [
                AttendanceChange(p.id, half_day_id, records.get((p.id, half_day_id)))
                for p in chosen
            ]
            attendance.apply(session_id, before)
        services.participants.unenrol_many([p.id for p in chosen], session_id)

    added = attempt(parent, redo)
    if not added:
        return []
    text = (
        QCoreApplication.translate("AttendanceWalkIn", "Venu·e sans inscription : {name}").format(
            name=added[0].printed_name
        )
        if len(added) == 1
        else QCoreApplication.translate(
            "AttendanceWalkIn", "Venu·es sans inscription : {n} personnes"
        ).format(n=len(added))
    )
    undo_stack.push(ServiceCommand(text, redo=redo, undo=undo, refresh=refresh))
    return added
