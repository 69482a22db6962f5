"""The funder workbook read back with openpyxl: text stays text, numbers add up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from export_samples import HOSTILE, leftovers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Audience,
    Day,
    HalfDay,
    Participant,
    Period,
    Session,
    audience_label,
)
from territ_desktop.export import write_attendance_workbook

Records = dict[tuple[str, str], AttendanceRecord]


def _sheet(path: Path, title: str) -> Worksheet:
    return load_workbook(path)[title]


def _rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def _find(sheet: Worksheet, label: str) -> tuple[Any, ...]:
    for row in _rows(sheet):
        if row and row[0] == label:
            return row
    raise AssertionError(f"no row {label!r}")


def test_sheets_and_layout(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_workbook(session, participants, records, tmp_path / "f.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Présences", "Totaux", "Session"]
    sheet = workbook["Présences"]
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == f"A1:L{len(participants) + 1}"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.column_dimensions["C"].width >= 20
    header = _rows(sheet)[0]
    assert header[:5] == ("Nom", "Prénom", "Organisme", "Public", "Commune / territoire")
    assert header[5:9] == tuple(h.label for h in session.half_days)
    assert header[9:] == ("Heures suivies", "Heures prévues", "Taux de présence")
    assert sheet["L2"].number_format == "0.0%"
    assert sheet["J2"].number_format == "0.00"
    assert leftovers(tmp_path) == []


def test_user_text_is_never_a_formula(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_workbook(session, participants, records, tmp_path / "f.xlsx")
    workbook = load_workbook(path)
    formulas = [
        cell.coordinate
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]
    assert formulas == []
    sheet = workbook["Présences"]
    by_first_name = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    jean = by_first_name["Jean"]
    assert (jean[0].value, jean[0].data_type) == ("=1+1", "s")
    assert (jean[2].value, jean[2].data_type) == ("@SUM(A1)", "s")
    assert (jean[4].value, jean[4].data_type) == ("-Auxerre", "s")
    assert by_first_name["Thị Minh"][2].value == HOSTILE


def test_attendance_grid_values(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_workbook(session, participants, records, tmp_path / "f.xlsx")
    rows = {row[1]: row for row in _rows(_sheet(path, "Présences"))[1:]}
    assert rows["Ştefan"][5:12] == ("A", "P", "P", "P", 10.5, 14, 0.75)
    assert rows["Anaïs"][5:9] == ("P", "E", "P", "P")
    assert rows["Marie-Christine"][5] == 2.25  # arrived 10:15, morning ends 12:30
    assert rows["Zoé"][5:12] == (None, None, None, None, 0, 14, 0)
    names = [row[0] for row in _rows(_sheet(path, "Présences"))[1:]]
    assert names[:2] == ["=1+1", "abadie"]  # folded order, as on the sign-in sheets


def test_totals(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_workbook(session, participants, records, tmp_path / "f.xlsx")
    totals = _sheet(path, "Totaux")
    assert _find(totals, "Élu·e")[1:6] == (1, 1, 14, 14, 1)
    assert _find(totals, "Autre")[1:6] == (1, 0, 0, 14, 0)
    assert _find(totals, "Ensemble")[1:5] == (7, 6, 75.75, 98)
    everything = _find(totals, "Ensemble (personnes × demi-journées)")
    assert everything[4:12] == (28, 22, 1, 1, 1, 4, 75.75, 98)


def test_session_sheet(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_workbook(session, participants, records, tmp_path / "f.xlsx")
    sheet = _sheet(path, "Session")
    assert _find(sheet, "Intitulé")[1] == session.title
    assert _find(sheet, "Lieu")[1] == "Maison des associations"
    assert _find(sheet, "Organisme")[1] == session.organiser
    assert _find(sheet, "Première date")[1] == dt.datetime(2026, 6, 11)
    assert _find(sheet, "Responsable du module")[1] == "Marie-Hélène Lefebvre"
    funders = [row[1] for row in _rows(sheet) if row[0] == "Financeur"]
    assert funders == list(session.funders)
    half_days = [row for row in _rows(sheet) if row[0] in ("Matin", "Après-midi")]
    assert len(half_days) == 4
    assert half_days[0][2:5] == (dt.time(9, 0), dt.time(12, 30), 3.5)


# Random schedules: totals must match a computation that does not use the export code.

_TIMES = st.integers(min_value=7 * 60, max_value=19 * 60)
_STATUS = st.sampled_from([None, *AttendanceStatus])


@st.composite
def schedules(draw: st.DrawFn) -> tuple[Session, list[Participant], Records]:
    half_days: list[HalfDay] = []
    days: list[Day] = []
    for index in range(draw(st.integers(1, 4))):
        date = dt.date(2026, 3, 2) + dt.timedelta(days=index)
        halves = []
        for period in Period:
            start, end = sorted(draw(st.tuples(_TIMES, _TIMES)))
            halves.append(
                HalfDay(
                    f"h{index}{period.value}",
                    f"d{index}",
                    date,
                    period,
                    dt.time(start // 60, start % 60),
                    dt.time(end // 60, end % 60),
                )
            )
        half_days += halves
        days.append(Day(f"d{index}", "s", date, half_days=tuple(halves)))
    session = Session("s", "Session aléatoire", days=tuple(days))
    people = [
        Participant(f"p{i}", f"Nom{i}", "X", audience=draw(st.sampled_from(list(Audience))))
        for i in range(draw(st.integers(1, 6)))
    ]
    records: Records = {}
    for person in people:
        for half_day in half_days:
            status = draw(_STATUS)
            if status is None:
                continue
            arrival = dt.time(*divmod(draw(_TIMES), 60))
            departure = dt.time(*divmod(draw(_TIMES), 60))
            records[(person.id, half_day.id)] = AttendanceRecord(
                person.id, half_day.id, status, arrival, departure
            )
    return session, people, records


def _expected_minutes(record: AttendanceRecord | None, half_day: HalfDay) -> int:
    def m(t: dt.time) -> int:
        return t.hour * 60 + t.minute

    if record is None or record.status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        return 0
    low, high = m(half_day.start), m(half_day.end)
    if record.status is AttendanceStatus.PRESENT:
        return max(0, high - low)
    assert record.arrival is not None and record.departure is not None
    return max(0, min(m(record.departure), high) - max(m(record.arrival), low))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(schedules())
def test_totals_match_an_independent_count(
    tmp_path: Path, schedule: tuple[Session, list[Participant], Records]
) -> None:
    session, people, records = schedule
    path = write_attendance_workbook(session, people, records, tmp_path / "r.xlsx")
    half_days = session.half_days
    per_person = {
        p.id: [_expected_minutes(records.get((p.id, h.id)), h) for h in half_days] for p in people
    }
    planned = sum(
        max(0, (h.end.hour - h.start.hour) * 60 + h.end.minute - h.start.minute) for h in half_days
    )
    grid = _rows(_sheet(path, "Présences"))[1:]
    by_name = {row[0]: row for row in grid}
    for person in people:
        row = by_name[person.last_name]
        assert row[-3] == round(sum(per_person[person.id]) / 60, 2)
        assert row[-2] == round(planned / 60, 2)
    totals = _sheet(path, "Totaux")
    total_minutes = sum(sum(m) for m in per_person.values())
    assert _find(totals, "Ensemble")[3] == round(total_minutes / 60, 2)
    assert _find(totals, "Ensemble")[4] == round(planned * len(people) / 60, 2)
    overall = _find(totals, "Ensemble (personnes × demi-journées)")
    present = sum(1 for minutes in per_person.values() for m in minutes if m > 0)
    assert overall[5] == present
    assert overall[10] == round(total_minutes / 60, 2)
    for audience in Audience:
        members = [p for p in people if p.audience == audience]
        if members:
            minutes = sum(sum(per_person[p.id]) for p in members)
            row = _find(totals, audience_label(audience))
            assert row[1] == len(members)
            assert row[3] == round(minutes / 60, 2)
