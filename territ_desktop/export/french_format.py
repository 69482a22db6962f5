"""French formatting of dates, times, hours and rates for printed documents.

Written out by hand rather than through the system locale, which may be English or missing on
the trainer's computer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from territ_desktop.domain.attendance import format_hours

NNBSP = "\u202f"  # Narrow no-break space, before % and between thousands in French.

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def day_of_month(date: dt.date) -> str:
    """Return ``"1er"`` for the first of the month, else the plain number."""
    return "1er" if date.day == 1 else str(date.day)


def long_date(date: dt.date, *, weekday: bool = False) -> str:
    """Format a date in full, e.g. ``"12 juin 2026"`` or ``"vendredi 12 juin 2026"``."""
    text = f"{day_of_month(date)} {_MONTHS[date.month - 1]} {date.year}"
    return f"{_WEEKDAYS[date.weekday()]} {text}" if weekday else text


def short_date(date: dt.date) -> str:
    """Format a date as ``"12/06/2026"``."""
    return f"{date:%d/%m/%Y}"


def clock(time: dt.time) -> str:
    """Format a time of day the French way, e.g. ``"9 h 00"``."""
    return f"{time.hour} h {time.minute:02d}"


def time_range(start: dt.time, end: dt.time) -> str:
    """Format a time slot, e.g. ``"de 9 h 00 à 12 h 30"``."""
    return f"de {clock(start)} à {clock(end)}"


def hours(minutes: int) -> str:
    """Format a duration in hours, e.g. ``630`` → ``"10 h 30"``."""
    return format_hours(minutes)


def hours_out_of(attended: int, planned: int) -> str:
    """Format attended hours out of planned hours, e.g. ``"10 h 30 sur 21 h 00"``."""
    return f"{format_hours(attended)} sur {format_hours(planned)}"


def percent(ratio: float) -> str:
    """Format a ratio as a French percentage with a narrow no-break space, e.g. ``"87 %"``."""
    return f"{round(ratio * 100)}{NNBSP}%"


def count(number: int, singular: str, plural: str) -> str:
    """A number and its noun, agreeing: ``"1 ligne libre"``, ``"5 lignes libres"``.

    In French, 0 and 1 take the singular.
    """
    return f"{number} {singular if abs(number) < 2 else plural}"


def decimal(value: float, places: int = 2) -> str:
    """Format a number with a decimal comma, e.g. ``2.75`` → ``"2,75"``."""
    return f"{value:.{places}f}".replace(".", ",")


def date_list(dates: Sequence[dt.date]) -> str:
    """Describe the dates of a session in words.

    Consecutive days read ``"du 12 au 13 juin 2026"``; scattered days (a cycle of study days) are
    listed, ``"les 12 mars, 14 mai et 3 octobre 2026"``; a single day reads ``"le 12 juin 2026"``.
    """
    days = sorted(set(dates))
    if not days:
        return ""
    if len(days) == 1:
        return f"le {long_date(days[0])}"
    consecutive = all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False))
    if consecutive:
        first, last = days[0], days[-1]
        if (first.year, first.month) == (last.year, last.month):
            start = day_of_month(first)
        elif first.year == last.year:
            start = f"{day_of_month(first)} {_MONTHS[first.month - 1]}"
        else:
            start = long_date(first)
        return f"du {start} au {long_date(last)}"
    parts: list[str] = []
    for index, day in enumerate(days):
        same_year_as_next = index + 1 < len(days) and days[index + 1].year == day.year
        text = f"{day_of_month(day)} {_MONTHS[day.month - 1]}"
        parts.append(text if same_year_as_next else f"{text} {day.year}")
    return "les " + ", ".join(parts[:-1]) + " et " + parts[-1]
