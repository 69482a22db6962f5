"""Dialog to add a study day or change its date, title and half-day times."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLineEdit, QTimeEdit, QWidget

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.session import Day, Period
from territ_desktop.ui.form_dialog import FormDialog
from territ_desktop.ui.qtdates import from_date, from_time, to_date, to_time
from territ_desktop.ui.uiloader import child

Times = tuple[dt.time, dt.time]


@dataclass(frozen=True)
class DayForm:
    """What the user typed."""

    date: dt.date
    title: str
    morning: Times | None
    afternoon: Times | None


class DayDialog(FormDialog):
    """Date, title and the times of the morning and the afternoon."""

    def __init__(
        self, parent: QWidget | None, day: Day | None = None, suggested: dt.date | None = None
    ) -> None:
        super().__init__("day_dialog.ui", parent)
        d = self.dialog
        self.date = child(d, QDateEdit, "dateEdit")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.title = child(d, QLineEdit, "titleEdit")
        self.halves = {
            Period.MORNING: (
                child(d, QCheckBox, "morningCheck"),
                child(d, QTimeEdit, "morningStartEdit"),
                child(d, QTimeEdit, "morningEndEdit"),
            ),
            Period.AFTERNOON: (
                child(d, QCheckBox, "afternoonCheck"),
                child(d, QTimeEdit, "afternoonStartEdit"),
                child(d, QTimeEdit, "afternoonEndEdit"),
            ),
        }
        defaults = {
            Period.MORNING: (dt.time(9, 0), dt.time(12, 30)),
            Period.AFTERNOON: (dt.time(13, 30), dt.time(17, 0)),
        }
        for period, (check, start, end) in self.halves.items():
            check.toggled.connect(start.setEnabled)
            check.toggled.connect(end.setEnabled)
            start.setTime(from_time(defaults[period][0]))
            end.setTime(from_time(defaults[period][1]))
        if day is None:
            d.setWindowTitle(QCoreApplication.translate("DayDialog", "Ajouter une journée"))
            self.date.setDate(from_date(suggested or dt.date.today()))
        else:
            d.setWindowTitle(QCoreApplication.translate("DayDialog", "Modifier la journée"))
            self.date.setDate(from_date(day.date))
            self.title.setText(day.title)
            present = {h.period: h for h in day.half_days}
            for period, (check, start, end) in self.halves.items():
                # Adding or removing a half-day would orphan attendance: only times change here.
                check.setEnabled(False)
                check.setChecked(period in present)
                if period in present:
                    start.setTime(from_time(present[period].start))
                    end.setTime(from_time(present[period].end))
        self.validate = self.value

    def value(self) -> DayForm:
        """The day as typed; raises ValidationError on inconsistent times."""
        times: dict[Period, Times | None] = {}
        for period, (check, start, end) in self.halves.items():
            if not check.isChecked():
                times[period] = None
                continue
            t0, t1 = to_time(start.time()), to_time(end.time())
            if t1 <= t0:
                raise ValidationError(
                    QCoreApplication.translate(
                        "DayDialog", "Une demi-journée doit finir après son début."
                    )
                )
            times[period] = (t0, t1)
        if times[Period.MORNING] is None and times[Period.AFTERNOON] is None:
            raise ValidationError(
                QCoreApplication.translate("DayDialog", "Cochez au moins le matin ou l'après-midi.")
            )
        return DayForm(
            date=to_date(self.date.date()),
            title=self.title.text().strip(),
            morning=times[Period.MORNING],
            afternoon=times[Period.AFTERNOON],
        )
