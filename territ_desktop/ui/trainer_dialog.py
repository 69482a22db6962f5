"""Dialog to add a trainer, module lead or expert speaker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.session import Trainer, TrainerRole
from territ_desktop.ui import labels
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.uiloader import child


class TrainerDialog(FormDialog):
    """Name, organisation and role of a person who delivers sessions."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("trainer_dialog.ui", parent)
        d = self.dialog
        self.last_name = child(d, QLineEdit, "lastNameEdit")
        self.first_name = child(d, QLineEdit, "firstNameEdit")
        self.organisation = child(d, QLineEdit, "organisationEdit")
        self.email = child(d, QLineEdit, "emailEdit")
        self.role = child(d, QComboBox, "roleCombo")
        for role in TrainerRole:
            self.role.addItem(labels.trainer_role(role), str(role))
        self.role.setCurrentIndex(self.role.findData(str(TrainerRole.TRAINER)))
        self.validate = self.value

    def value(self) -> Trainer:
        """The person as typed; raises ValidationError without a last name."""
        if not self.last_name.text().strip():
            raise ValidationError(
                QCoreApplication.translate("TrainerDialog", "Le nom est obligatoire.")
            )
        return Trainer(
            id=new_id(),
            last_name=self.last_name.text().strip(),
            first_name=self.first_name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=TrainerRole(self.role.currentData()),
            email=self.email.text().strip(),
        )
