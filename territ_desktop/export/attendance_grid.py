"""The attendance grid funders ask for: one row per participant, one column per half-day.

Shared by the workbook's "Présences" sheet and the CSV export, so both always hold the same
columns in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass

from territ_desktop.domain.audience import audience_label
from territ_desktop.export.attendance_data import AttendanceData, ParticipantAttendance

IDENTITY_HEADERS = ("Nom", "Prénom", "Organisme", "Public", "Commune / territoire")
TOTAL_HEADERS = ("Heures suivies", "Heures prévues", "Taux de présence")
LEGEND = (
    "P = présent·e ; A = absent·e ; E = excusé·e ; un nombre = heures suivies en cas de "
    "présence partielle ; case vide = non renseigné."
)


@dataclass(frozen=True, slots=True)
class GridRow:
    """One participant's line of the grid."""

    identity: tuple[str, str, str, str, str]
    half_days: tuple[str | float, ...]
    """"P", "A", "E", hours for partial attendance, or "" when nothing was recorded."""
    attended_hours: float
    planned_hours: float
    rate: float
    """Between 0 and 1."""


def half_day_headers(data: AttendanceData) -> list[str]:
    """Column titles of the half-days, e.g. ``"11/06/2026 matin"``."""
    return [half_day.label for half_day in data.half_days]


def headers(data: AttendanceData) -> list[str]:
    """All column titles, in order."""
    return [*IDENTITY_HEADERS, *half_day_headers(data), *TOTAL_HEADERS]


def grid_row(row: ParticipantAttendance) -> GridRow:
    """The grid line of one participant."""
    p = row.participant
    return GridRow(
        identity=(
            p.last_name,
            p.first_name,
            p.organisation,
            audience_label(p.audience),
            p.territory,
        ),
        half_days=tuple(row.grid_value(i) for i in range(len(row.records))),
        attended_hours=round(row.attended_minutes / 60, 2),
        planned_hours=round(row.planned_minutes / 60, 2),
        rate=row.rate,
    )


def grid_rows(data: AttendanceData) -> list[GridRow]:
    """Grid lines of every participant, in name order."""
    return [grid_row(row) for row in data.rows]
