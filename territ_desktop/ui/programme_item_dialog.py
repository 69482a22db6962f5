"""Dialog to add or edit a programme item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QTimeEdit, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.session import HalfDay, ItemKind, ProgrammeItem
from territ_desktop.ui import labels
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.qtdates import from_time, to_time
from territ_desktop.ui.uiloader import child


class ProgrammeItemDialog(FormDialog):
    """Edit one item of a half-day's programme."""

    def __init__(
        self, parent: QWidget | None, half_day: HalfDay, item: ProgrammeItem | None = None
    ) -> None:
        super().__init__("programme_item_dialog.ui", parent)
        self._half_day = half_day
        self._item = item
        d = self.dialog
        self.kind = child(d, QComboBox, "kindCombo")
        self.title = child(d, QLineEdit, "titleEdit")
        self.times = child(d, QCheckBox, "timesCheck")
        self.start = child(d, QTimeEdit, "startEdit")
        self.end = child(d, QTimeEdit, "endEdit")
        self.speaker = child(d, QLineEdit, "speakerEdit")
        self.room = child(d, QLineEdit, "roomEdit")
        self.themes = child(d, QPlainTextEdit, "themesEdit")
        self.description = child(d, QPlainTextEdit, "descriptionEdit")
        self.materials = child(d, QPlainTextEdit, "materialsEdit")
        self.notes = child(d, QPlainTextEdit, "notesEdit")
        for kind in ItemKind:
            self.kind.addItem(labels.item_kind(kind), str(kind))
        self.times.toggled.connect(self.start.setEnabled)
        self.times.toggled.connect(self.end.setEnabled)
        if item is None:
            d.setWindowTitle(
                QCoreApplication.translate("ProgrammeItemDialog", "Ajouter une séquence")
            )
            self.start.setTime(from_time(half_day.start))
            self.end.setTime(from_time(half_day.end))
        else:
            d.setWindowTitle(
                QCoreApplication.translate("ProgrammeItemDialog", "Modifier une séquence")
            )
            self.kind.setCurrentIndex(self.kind.findData(str(item.kind)))
            self.title.setText(item.title)
            self.times.setChecked(item.start is not None)
            start = item.start or half_day.start
            end = item.end or half_day.end
            self.start.setTime(from_time(start))
            self.end.setTime(from_time(end))
            self.speaker.setText(item.speaker)
            self.room.setText(item.room)
            self.themes.setPlainText("\n".join(item.themes))
            self.description.setPlainText(item.description)
            self.materials.setPlainText(item.materials)
            self.notes.setPlainText(item.notes)
        self.validate = self.value

    def value(self) -> ProgrammeItem:
        """The item as typed; raises ValidationError when incomplete."""
        title = self.title.text().strip()
        if not title:
            raise ValidationError(
                QCoreApplication.translate("ProgrammeItemDialog", "Donnez un titre à la séquence.")
            )
        start = to_time(self.start.time()) if self.times.isChecked() else None
        end = to_time(self.end.time()) if self.times.isChecked() else None
        if start is not None and end is not None and end <= start:
            raise ValidationError(
                QCoreApplication.translate(
                    "ProgrammeItemDialog", "L'heure de fin doit être après l'heure de début."
                )
            )
        themes = tuple(t.strip() for t in self.themes.toPlainText().splitlines() if t.strip())
        return ProgrammeItem(
            id=self._item.id if self._item else new_id(),
            half_day_id=self._half_day.id,
            position=self._item.position if self._item else len(self._half_day.items),
            kind=ItemKind(self.kind.currentData()),
            title=title,
            start=start,
            end=end,
            speaker=self.speaker.text().strip(),
            room=self.room.text().strip(),
            themes=themes,
            description=self.description.toPlainText(),
            materials=self.materials.toPlainText(),
            notes=self.notes.toPlainText(),
        )
