"""Dialog for a latecomer or a no-show: who arrives, who is missing, from which round."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSpinBox, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.participant import Participant
from territ_desktop.rotation import Instance, Person
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.uiloader import child

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class RotationChanges:
    """What the trainer ticked: rounds from ``from_round`` on are planned again."""

    from_round: int
    arrivals: tuple[str, ...]
    no_shows: tuple[str, ...]


class RotationChangesDialog(FormDialog):
    """Pick the first round to change, the people who arrive and those who are missing."""

    def __init__(
        self,
        parent: QWidget | None,
        rounds: int,
        first_round: int,
        arrivals: Sequence[tuple[str, str]],
        seated: Sequence[tuple[str, str]],
    ) -> None:
        """``arrivals`` and ``seated`` are (identifier, name) pairs, shown in that order."""
        super().__init__("rotation_changes_dialog.ui", parent)
        d = self.dialog
        self.from_round = child(d, QSpinBox, "fromRoundSpin")
        self.from_round.setRange(1, rounds)
        self.from_round.setValue(min(max(1, first_round), rounds))
        self.arrivals = child(d, QListWidget, "arrivalsList")
        self.no_shows = child(d, QListWidget, "noShowsList")
        for list_widget, people in ((self.arrivals, arrivals), (self.no_shows, seated)):
            for pid, name in people:
                item = QListWidgetItem(name, list_widget)
                item.setData(ID_ROLE, pid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.validate = self.value

    def check(self, participant_id: str, checked: bool = True) -> None:
        """Tick (or untick) someone in either list."""
        for list_widget in (self.arrivals, self.no_shows):
            for row in range(list_widget.count()):
                item = list_widget.item(row)
                if item.data(ID_ROLE) == participant_id:
                    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    item.setCheckState(state)

    @staticmethod
    def _ticked(list_widget: QListWidget) -> tuple[str, ...]:
        items = (list_widget.item(row) for row in range(list_widget.count()))
        return tuple(
            str(item.data(ID_ROLE)) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def value(self) -> RotationChanges:
        """The ticked changes; raises ValidationError when nothing is ticked."""
        arrivals, no_shows = self._ticked(self.arrivals), self._ticked(self.no_shows)
        if not arrivals and not no_shows:
            raise ValidationError(
                QCoreApplication.translate(
                    "RotationChangesDialog",
                    "Cochez au moins une personne qui arrive ou qui est absente.",
                )
            )
        return RotationChanges(self.from_round.value(), arrivals, no_shows)


def ask_changes(
    parent: QWidget | None, instance: Instance, enrolled: Sequence[Participant], first_round: int
) -> tuple[RotationChanges, list[Person]] | None:
    """Ask who arrives and who is missing; the changes and the people arriving, or None.

    Arrivals are offered among the enrolled people not seated, or absent from some round.
    """
    seated_ids = {p.id for p in instance.participants}
    late = {a.participant for a in instance.absent}
    arrivals = [(p.id, p.printed_name) for p in enrolled if p.id not in seated_ids or p.id in late]
    seated = sorted(((p.id, p.display) for p in instance.participants), key=lambda x: x[1])
    dialog = RotationChangesDialog(parent, instance.rounds, first_round, arrivals, seated)
    if not dialog.exec():
        return None
    changes = dialog.value()
    people = [
        instance.person(p.id) or Person.from_participant(p)
        for p in enrolled
        if p.id in changes.arrivals
    ]
    return changes, people
