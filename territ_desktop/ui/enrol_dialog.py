"""Dialog to pick people already in the directory, to enrol them in the current session."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.participant import Participant
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.participants_table_model import (
    ParticipantFilterProxy,
    ParticipantsTableModel,
)
from territ_desktop.ui.uiloader import child


class EnrolDialog(FormDialog):
    """A searchable list of people; ``chosen()`` returns the selected ones."""

    def __init__(self, parent: QWidget | None, people: Sequence[Participant]) -> None:
        super().__init__("enrol_dialog.ui", parent)
        self.model = ParticipantsTableModel()
        self.model.set_participants(list(people))
        self.proxy = ParticipantFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.view = child(self.dialog, QTableView, "peopleView")
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.resizeColumnsToContents()
        self.view.doubleClicked.connect(lambda _index: self._try_accept())
        self.search = child(self.dialog, QLineEdit, "searchEdit")
        self.search.textChanged.connect(self.proxy.set_search)
        self.count = child(self.dialog, QLabel, "countLabel")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_count())
        self._show_count()
        self.validate = self._check

    def _show_count(self) -> None:
        text = QCoreApplication.translate(
            "EnrolDialog", "{chosen} personne(s) sélectionnée(s) sur {total}."
        )
        self.count.setText(text.format(chosen=len(self.chosen()), total=self.model.rowCount()))

    def chosen(self) -> list[Participant]:
        """The selected people, in display order."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [self.model.participant_at(self.proxy.mapToSource(i).row()) for i in rows]

    def _check(self) -> None:
        if not self.chosen():
            raise ValidationError(
                QCoreApplication.translate(
                    "EnrolDialog", "Sélectionnez au moins une personne à inscrire."
                )
            )
