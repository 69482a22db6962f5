"""The attendance grid as a CSV file for French Excel (same columns as the workbook).

See :mod:`territ_desktop.export.french_csv` for the format: ``;``-separated, UTF-8 with a
byte-order mark, decimal commas, OWASP prefix on cells Excel would run as formulas. The rate is
a percentage number (``87,5``) under the title "Taux de présence (%)".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from territ_desktop.domain.attendance import AttendanceRecord
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import Session
from territ_desktop.export.attendance_data import AttendanceData, RecordKey
from territ_desktop.export.attendance_grid import IDENTITY_HEADERS, grid_rows, half_day_headers
from territ_desktop.export.french_csv import CsvValue, write_csv
from territ_desktop.export.french_format import decimal

CSV_TOTAL_HEADERS = ("Heures suivies", "Heures prévues", "Taux de présence (%)")


def write_attendance_csv(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[RecordKey, AttendanceRecord],
    target: Path | str,
) -> Path:
    """Write the attendance grid of a session as CSV.

    Args:
        session: The session, with its days and half-days.
        participants: The enrolled participants (sorted by name in the file).
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        target: The ``.csv`` file to create or replace (atomically).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    data = AttendanceData.build(session, participants, records)
    header = [*IDENTITY_HEADERS, *half_day_headers(data), *CSV_TOTAL_HEADERS]
    rows: list[list[CsvValue]] = [
        [
            *row.identity,
            *row.half_days,
            row.attended_hours,
            row.planned_hours,
            decimal(row.rate * 100, 1),
        ]
        for row in grid_rows(data)
    ]
    return write_csv(target, header, rows)
