"""Dialog to add or edit a participant."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.participant import Participant, clean_participant
from territ_desktop.ui import labels
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.uiloader import child

if TYPE_CHECKING:
    from territ_desktop.services.participants import ParticipantService

# Push one undo step: its text, then what redoes and what undoes it.
PushUndo = Callable[[str, Callable[[], object], Callable[[], object]], None]

_TEXT_FIELDS = {
    "last_name": "lastNameEdit",
    "first_name": "firstNameEdit",
    "organisation": "organisationEdit",
    "function": "functionEdit",
    "territory": "territoryEdit",
    "email": "emailEdit",
    "phone": "phoneEdit",
}


class ParticipantDialog(FormDialog):
    """Edit the fields of one participant; ``value()`` returns the cleaned result."""

    def __init__(self, parent: QWidget | None, participant: Participant | None = None) -> None:
        super().__init__("participant_dialog.ui", parent)
        self._id = participant.id if participant else new_id()
        self.edits = {f: child(self.dialog, QLineEdit, n) for f, n in _TEXT_FIELDS.items()}
        self.audience = child(self.dialog, QComboBox, "audienceCombo")
        self.notes = child(self.dialog, QPlainTextEdit, "notesEdit")
        for code in Audience:
            self.audience.addItem(labels.audience(code), str(code))
        if participant is not None:
            self.dialog.setWindowTitle(
                QCoreApplication.translate("ParticipantDialog", "Modifier un·e participant·e")
            )
            for field, edit in self.edits.items():
                edit.setText(str(getattr(participant, field)))
            self.audience.setCurrentIndex(self.audience.findData(str(participant.audience)))
            self.notes.setPlainText(participant.notes)
        else:
            self.dialog.setWindowTitle(
                QCoreApplication.translate("ParticipantDialog", "Ajouter un·e participant·e")
            )
            self.audience.setCurrentIndex(self.audience.findData(str(Audience.AUTRE)))
        self.validate = self.value

    def value(self) -> Participant:
        """The participant as typed, cleaned; raises ValidationError if incomplete."""
        texts = {field: edit.text() for field, edit in self.edits.items()}
        return clean_participant(
            Participant(
                id=self._id,
                audience=Audience(self.audience.currentData()),
                notes=self.notes.toPlainText(),
                **texts,
            )
        )


def edit_participant(
    parent: QWidget, people: ParticipantService, old: Participant, push: PushUndo
) -> None:
    """Edit ``old`` in the dialog, save it, and make the change one undo step."""
    dialog = ParticipantDialog(parent, old)
    if not dialog.exec():
        return
    new = dialog.value()
    if attempt(parent, lambda: people.update(new)) is None:
        return
    push(
        QCoreApplication.translate("ParticipantDialog", "Modifier {name}").format(
            name=new.printed_name
        ),
        lambda: people.update(new),
        lambda: people.update(old),
    )


def enrol_participants(
    parent: QWidget, people: ParticipantService, ids: list[str], session_id: str, push: PushUndo
) -> list[str] | None:
    """Enrol people in a session as one undo step; returns those newly enrolled (None: error)."""
    added = attempt(parent, lambda: people.enrol_many(ids, session_id))
    if not added:
        return None if added is None else []
    done = list(added)
    push(
        QCoreApplication.translate("ParticipantDialog", "Inscrire {n} personne(s)").format(
            n=len(done)
        ),
        lambda: people.enrol_many(done, session_id),
        lambda: people.unenrol_many(done, session_id),
    )
    return done
