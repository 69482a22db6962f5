"""Dialog for a partial attendance: the times someone actually arrived and left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTimeEdit, QWidget

from territ_desktop.domain.attendance import (
    AttendanceRecord,
    AttendanceStatus,
    attended_minutes,
    format_hours,
)
from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.session import HalfDay
from territ_desktop.ui import labels
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.qtdates import from_time, to_time
from territ_desktop.ui.uiloader import child


class PartialAttendanceDialog(FormDialog):
    """Arrival and departure times within one half-day; ``value()`` returns them."""

    def __init__(
        self,
        parent: QWidget | None,
        half_day: HalfDay,
        who: str,
        record: AttendanceRecord | None = None,
    ) -> None:
        super().__init__("partial_attendance_dialog.ui", parent)
        d = self.dialog
        self._half_day = half_day
        self.arrival = child(d, QTimeEdit, "arrivalEdit")
        self.departure = child(d, QTimeEdit, "departureEdit")
        self.duration = child(d, QLabel, "durationLabel")
        child(d, QLabel, "whoLabel").setText(
            QCoreApplication.translate(
                "PartialAttendanceDialog", "{who}\n{date} {period}, de {start} à {end}"
            ).format(
                who=who,
                date=f"{half_day.date:%d/%m/%Y}",
                period=labels.period(half_day.period).lower(),
                start=f"{half_day.start:%H:%M}",
                end=f"{half_day.end:%H:%M}",
            )
        )
        for edit in (self.arrival, self.departure):
            edit.setTimeRange(from_time(half_day.start), from_time(half_day.end))
            edit.timeChanged.connect(lambda _time: self._show_duration())
        arrival, departure = half_day.start, half_day.end
        if record is not None and record.status is AttendanceStatus.PARTIAL:
            arrival, departure = record.arrival or arrival, record.departure or departure
        self.arrival.setTime(from_time(arrival))
        self.departure.setTime(from_time(departure))
        self._show_duration()
        self.validate = self.value

    def _show_duration(self) -> None:
        arrival, departure = to_time(self.arrival.time()), to_time(self.departure.time())
        record = AttendanceRecord("", "", AttendanceStatus.PARTIAL, arrival, departure)
        self.duration.setText(format_hours(attended_minutes(record, self._half_day)))

    def value(self) -> tuple[dt.time, dt.time]:
        """Arrival and departure; raises ValidationError when they make no partial attendance."""
        arrival, departure = to_time(self.arrival.time()), to_time(self.departure.time())
        if departure <= arrival:
            raise ValidationError(
                QCoreApplication.translate(
                    "PartialAttendanceDialog",
                    "L'heure de départ doit être après l'heure d'arrivée.",
                )
            )
        if arrival <= self._half_day.start and departure >= self._half_day.end:
            raise ValidationError(
                QCoreApplication.translate(
                    "PartialAttendanceDialog",
                    "Ces heures couvrent toute la demi-journée : choisissez plutôt « Présent·e », "
                    "ou corrigez l'heure d'arrivée ou de départ.",
                )
            )
        return arrival, departure
