"""Qt dates and times to Python and back (apart from uiloader: the first window needs none)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime


def to_date(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> dt.time:
    """A QTime as a Python time (to the minute)."""
    return dt.time(value.hour(), value.minute())


def from_date(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_time(value: dt.time) -> QTime:
    """A Python time as a QTime."""
    return QTime(value.hour, value.minute)
