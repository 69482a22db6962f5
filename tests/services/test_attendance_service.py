from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from territ_desktop.domain import AttendanceStatus, Participant, ValidationError
from territ_desktop.domain.attendance import attended_minutes
from territ_desktop.domain.errors import NotFoundError, UserError
from territ_desktop.domain.ids import new_id
from territ_desktop.services import Services
from territ_desktop.services.attendance import Change


def test_demo_has_realistic_attendance(demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    first_two_days = sheet.session.half_days[:4]
    statuses = Counter(
        sheet.records[(p.id, h.id)].status for p in sheet.participants for h in first_two_days
    )
    assert statuses[AttendanceStatus.PRESENT] > 140
    assert statuses[AttendanceStatus.ABSENT] >= 2
    assert statuses[AttendanceStatus.EXCUSED] >= 2
    assert statuses[AttendanceStatus.PARTIAL] >= 2
    assert len(sheet.walk_ins) == 1
    later = sheet.session.half_days[4:]
    assert not any(h.id == key[1] for key in sheet.records for h in later)


def test_set_status_and_undo(demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    person, half = sheet.participants[0], sheet.session.half_days[5]
    undo = demo.attendance.set_status(
        demo_session_id,
        person.id,
        half.id,
        AttendanceStatus.PARTIAL,
        arrival=dt.time(14, 30),
    )
    record = demo.attendance.sheet(demo_session_id).record(person.id, half.id)
    assert record is not None and record.status is AttendanceStatus.PARTIAL
    assert attended_minutes(record, half) == (17 * 60) - (14 * 60 + 30)
    demo.attendance.apply(demo_session_id, undo)
    assert demo.attendance.sheet(demo_session_id).record(person.id, half.id) is None


def test_partial_hours_must_fit_the_half_day(demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    person, half = sheet.participants[0], sheet.session.half_days[4]
    with pytest.raises(ValidationError, match="demi-journée"):
        demo.attendance.set_status(
            demo_session_id, person.id, half.id, AttendanceStatus.PARTIAL, arrival=dt.time(7)
        )
    with pytest.raises(ValidationError, match="après"):
        demo.attendance.set_status(
            demo_session_id,
            person.id,
            half.id,
            AttendanceStatus.PARTIAL,
            arrival=dt.time(11),
            departure=dt.time(10),
        )


def test_a_rejected_change_writes_nothing(demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    half = sheet.session.half_days[6]
    good = Change(sheet.participants[0].id, half.id, None)
    from territ_desktop.domain import AttendanceRecord

    changes = [
        Change(p.id, half.id, AttendanceRecord(p.id, half.id, AttendanceStatus.PRESENT))
        for p in sheet.participants[:3]
    ]
    stranger = new_id()
    with pytest.raises(NotFoundError):
        demo.attendance.apply(
            demo_session_id,
            [*changes, Change(stranger, half.id, changes[0].record), good],
        )
    assert all(
        demo.attendance.sheet(demo_session_id).record(p.id, half.id) is None
        for p in sheet.participants[:3]
    )


def test_all_present_then_exceptions(demo: Services, demo_session_id: str) -> None:
    half = demo.attendance.sheet(demo_session_id).session.half_days[4]
    undo = demo.attendance.mark_all_present(demo_session_id, half.id)
    sheet = demo.attendance.sheet(demo_session_id)
    assert all(sheet.record(p.id, half.id) is not None for p in sheet.participants)
    assert len(undo) == len(sheet.participants)
    demo.attendance.set_status(
        demo_session_id, sheet.participants[0].id, half.id, AttendanceStatus.EXCUSED
    )
    assert (
        demo.attendance.sheet(demo_session_id).record(sheet.participants[0].id, half.id).status
        is AttendanceStatus.EXCUSED
    )  # type: ignore[union-attr]


def test_signatures(demo: Services, demo_session_id: str) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    person, half = sheet.participants[1], sheet.session.half_days[4]
    demo.attendance.sign(demo_session_id, person.id, half.id, b"\x89PNG fake")
    record = demo.attendance.sheet(demo_session_id).record(person.id, half.id)
    assert record is not None and record.signature_png == b"\x89PNG fake"
    assert record.status is AttendanceStatus.PRESENT and record.signed_at is not None
    trainer = sheet.session.trainers[0]
    demo.attendance.sign_trainer(demo_session_id, trainer.id, half.id, b"sig")
    demo.attendance.sign_trainer(demo_session_id, trainer.id, half.id, b"sig2")
    assert demo.attendance.sheet(demo_session_id).trainer_signatures == {
        (trainer.id, half.id): b"sig2"
    }
    with pytest.raises(ValidationError):
        demo.attendance.sign(demo_session_id, person.id, half.id, b"")


def test_walk_in_new_and_existing(demo: Services, demo_session_id: str) -> None:
    half = demo.attendance.sheet(demo_session_id).session.half_days[4]
    new = demo.attendance.add_walk_in(
        demo_session_id, Participant(id=new_id(), last_name="GIRAUD", first_name="Léa"), half.id
    )
    assert new.last_name == "Giraud"
    outsider = demo.participants.create(Participant(id=new_id(), last_name="Hors", first_name="X"))
    demo.attendance.add_walk_in(demo_session_id, outsider)
    sheet = demo.attendance.sheet(demo_session_id)
    assert {new.id, outsider.id} <= sheet.walk_ins
    assert sheet.record(new.id, half.id).status is AttendanceStatus.PRESENT  # type: ignore[union-attr]


def test_checks_flag_missing_statuses_up_to_today(demo: Services, demo_session_id: str) -> None:
    assert demo.attendance.checks(demo_session_id, until=dt.date(2026, 11, 30)) == []
    later = demo.attendance.checks(demo_session_id, until=dt.date(2027, 1, 20))
    assert [w.date for w in later] == [dt.date(2027, 1, 14)] * 2


def test_exports(demo: Services, demo_session_id: str, tmp_path: Path) -> None:
    pdf = demo.attendance.export_sheets(demo_session_id, tmp_path / "sheets.pdf")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "KOWALSKI" in text and "Claire Fontaine" in text and "MARCHETTI" in text
    xlsx = demo.attendance.export_attendance(demo_session_id, tmp_path / "a.xlsx")
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Présences"
    assert demo.attendance.export_attendance(demo_session_id, tmp_path / "a.csv").exists()
    files = demo.attendance.export_attestations(demo_session_id, tmp_path / "att")
    assert len(files) == 41
    with pytest.raises(UserError, match=".xlsx ou .csv"):
        demo.attendance.export_attendance(demo_session_id, tmp_path / "a.ods")
    with pytest.raises(UserError, match=".pdf"):
        demo.attendance.export_sheets(demo_session_id, tmp_path / "sheets.txt")
