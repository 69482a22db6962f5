"""The funder workbook (XLSX): attendance grid, totals, and the session's identity card.

Three sheets: "Présences" (one row per participant, one column per half-day, hours and rate,
ready to filter and sum), "Totaux" (by audience type and by half-day) and "Session" (title,
dates, times, place, organiser, trainers, funders). Every number is a plain computed value, so
what the file shows does not depend on the spreadsheet program recalculating anything, and every
piece of user text is stored as text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl.utils import get_column_letter

from territ_desktop.domain.attendance import AttendanceRecord, planned_minutes
from territ_desktop.domain.audience import audience_label
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import (
    PERIOD_LABELS,
    SESSION_KIND_LABELS,
    TRAINER_ROLE_LABELS,
    Session,
)
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.attendance_data import AttendanceData, RecordKey
from territ_desktop.export.attendance_grid import (
    IDENTITY_HEADERS,
    LEGEND,
    TOTAL_HEADERS,
    grid_rows,
    half_day_headers,
)
from territ_desktop.export.french_format import date_list
from territ_desktop.export.worksheet_writer import (
    HOURS_FORMAT,
    INTEGER_FORMAT,
    RATE_FORMAT,
    Number,
    SheetWriter,
    Text,
    Value,
    layout,
    new_workbook,
    print_setup,
    set_widths,
    text_width,
)

ATTENDANCE_SHEET = "Présences"
TOTALS_SHEET = "Totaux"
SESSION_SHEET = "Session"


def _hours(minutes: int, *, bold: bool = False) -> Number:
    return Number(round(minutes / 60, 2), HOURS_FORMAT, bold)


def _rate(attended: int, planned: int, *, bold: bool = False) -> Number:
    return Number(attended / planned if planned else 0.0, RATE_FORMAT, bold)


def _count(value: int, *, bold: bool = False) -> Number:
    return Number(value, INTEGER_FORMAT, bold)


def _attendance_sheet(writer: SheetWriter, data: AttendanceData) -> None:
    rows = grid_rows(data)
    half_days = half_day_headers(data)
    identity_widths = [
        text_width([header, *(row.identity[i] for row in rows)], maximum=40)
        for i, header in enumerate(IDENTITY_HEADERS)
    ]
    set_widths(writer.sheet, [*identity_widths, *([11.0] * len(half_days)), 10.0, 10.0, 10.0])
    sheet = writer.sheet
    sheet.freeze_panes = "C2"
    last_column = get_column_letter(len(IDENTITY_HEADERS) + len(half_days) + len(TOTAL_HEADERS))
    layout(sheet).auto_filter.ref = f"A1:{last_column}{len(rows) + 1}"
    print_setup(sheet, title=data.session.title, landscape=True, title_rows="1:1")
    writer.header([*IDENTITY_HEADERS, *half_days, *TOTAL_HEADERS])
    for row in rows:
        codes: list[Value] = [
            Number(value, HOURS_FORMAT) if isinstance(value, float) else value
            for value in row.half_days
        ]
        writer.append(
            [
                *row.identity,
                *codes,
                Number(row.attended_hours, HOURS_FORMAT),
                Number(row.planned_hours, HOURS_FORMAT),
                Number(row.rate, RATE_FORMAT),
            ]
        )


def _totals_sheet(writer: SheetWriter, data: AttendanceData) -> None:
    set_widths(writer.sheet, [38, 12, 12, 12, 12, 12, 12, 12, 12, 12])
    print_setup(writer.sheet, title=data.session.title, landscape=True)
    writer.title("Totaux par public")
    writer.header(["Public", "Inscrits", "Présents (au moins une demi-journée)", *TOTAL_HEADERS])
    audiences = data.audience_totals()
    for total in audiences:
        writer.append(
            [
                audience_label(total.audience),
                _count(total.enrolled),
                _count(total.attendees),
                _hours(total.attended_minutes),
                _hours(total.planned_minutes),
                _rate(total.attended_minutes, total.planned_minutes),
            ]
        )
    attended = sum(t.attended_minutes for t in audiences)
    planned = sum(t.planned_minutes for t in audiences)
    writer.append(
        [
            Text("Ensemble", bold=True),
            _count(sum(t.enrolled for t in audiences), bold=True),
            _count(sum(t.attendees for t in audiences), bold=True),
            _hours(attended, bold=True),
            _hours(planned, bold=True),
            _rate(attended, planned, bold=True),
        ]
    )
    writer.blank()
    writer.title("Totaux par demi-journée")
    writer.header(
        [
            "Demi-journée",
            "Date",
            "Début",
            "Fin",
            "Inscrits",
            "Présents",
            "dont partiels",
            "Absents",
            "Excusés",
            "Non renseignés",
            *TOTAL_HEADERS,
        ]
    )
    totals = data.half_day_totals()
    for t in totals:
        h = t.half_day
        writer.append(
            [
                PERIOD_LABELS[h.period],
                h.date,
                h.start,
                h.end,
                _count(t.enrolled),
                _count(t.present),
                _count(t.partial),
                _count(t.absent),
                _count(t.excused),
                _count(t.unrecorded),
                _hours(t.attended_minutes),
                _hours(t.planned_minutes),
                _rate(t.attended_minutes, t.planned_minutes),
            ]
        )
    attended = sum(t.attended_minutes for t in totals)
    planned = sum(t.planned_minutes for t in totals)
    writer.append(
        [
            Text("Ensemble (personnes × demi-journées)", bold=True),
            None,
            None,
            None,
            _count(sum(t.enrolled for t in totals), bold=True),
            _count(sum(t.present for t in totals), bold=True),
            _count(sum(t.partial for t in totals), bold=True),
            _count(sum(t.absent for t in totals), bold=True),
            _count(sum(t.excused for t in totals), bold=True),
            _count(sum(t.unrecorded for t in totals), bold=True),
            _hours(attended, bold=True),
            _hours(planned, bold=True),
            _rate(attended, planned, bold=True),
        ]
    )
    writer.blank()
    writer.append([LEGEND])


def _session_sheet(writer: SheetWriter, data: AttendanceData) -> None:
    session = data.session
    set_widths(writer.sheet, [26, 60, 12, 12, 12])
    print_setup(writer.sheet, title=session.title, landscape=False)
    writer.title("Session")
    dates = [d.date for d in session.days]
    facts: list[tuple[str, Value]] = [
        ("Intitulé", session.title),
        ("Type", SESSION_KIND_LABELS[session.kind]),
        ("Dates", date_list(dates)),
        ("Première date", session.first_date),
        ("Dernière date", session.last_date),
        ("Lieu", session.place_name),
        ("Adresse du lieu", session.place_address),
        ("Organisme", session.organiser),
        ("Adresse de l'organisme", session.organiser_address),
        ("Capacité de la salle", session.room_capacity),
        ("Participants inscrits", len(data.rows)),
        ("Durée prévue par personne (h)", _hours(data.planned_minutes)),
    ]
    for label, value in facts:
        writer.append([Text(label, bold=True), value])
    for trainer in session.trainers:
        role = TRAINER_ROLE_LABELS[trainer.role]
        writer.append([Text(role, bold=True), trainer.display_name, trainer.organisation])
    for funder in session.funders:
        writer.append([Text("Financeur", bold=True), funder])
    writer.blank()
    writer.header(["Demi-journée", "Date", "Début", "Fin", "Durée (h)"])
    for h in data.half_days:
        writer.append([PERIOD_LABELS[h.period], h.date, h.start, h.end, _hours(planned_minutes(h))])


def write_attendance_workbook(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[RecordKey, AttendanceRecord],
    target: Path | str,
) -> Path:
    """Write the funder workbook of a session.

    Args:
        session: The session, with its days and half-days.
        participants: The enrolled participants (sorted by name in the file).
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        target: The ``.xlsx`` file to create or replace (atomically).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    data = AttendanceData.build(session, participants, records)
    target = Path(target)
    # The workbook is built only once the target is known to be writable: a write-only
    # workbook that is never saved leaves openpyxl streams open until garbage collection.
    with atomic_path(target) as temporary:
        workbook = new_workbook()
        _attendance_sheet(SheetWriter(workbook, ATTENDANCE_SHEET), data)
        _totals_sheet(SheetWriter(workbook, TOTALS_SHEET), data)
        _session_sheet(SheetWriter(workbook, SESSION_SHEET), data)
        workbook.save(temporary)
    return target
