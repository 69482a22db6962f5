"""Directory operations: merging two records, enrolling from the directory, exporting."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from territ_desktop.domain import (
    AttendanceStatus,
    Audience,
    Participant,
    Session,
    UserError,
    ValidationError,
)
from territ_desktop.domain.ids import new_id
from territ_desktop.services import Services


def person(last: str, first: str = "", **fields: str) -> Participant:
    return Participant(id=new_id(), last_name=last, first_name=first, **fields)  # type: ignore[arg-type]


@pytest.fixture
def other_session(demo: Services) -> str:
    return demo.sessions.create(Session(id=new_id(), title="Journée d'étude")).id


def test_merge_fills_moves_enrolments_and_attendance_then_undo(
    demo: Services, demo_session_id: str, other_session: str
) -> None:
    svc = demo.participants
    half_days = [h.id for h in demo.sessions.get(demo_session_id).half_days]
    keep = svc.create(person("Dupont", "Jean", organisation="Mairie de Lyon"), demo_session_id)
    other = svc.create(
        person("Dupont", "Jean", email="jean.dupont@lyon.fr", phone="0612", audience=Audience.ELU),
        other_session,
    )
    svc.enrol(other.id, demo_session_id)  # both in the demo session: the kept row wins
    demo.attendance.set_status(demo_session_id, keep.id, half_days[0], AttendanceStatus.PRESENT)
    demo.attendance.set_status(demo_session_id, other.id, half_days[0], AttendanceStatus.ABSENT)
    demo.attendance.set_status(demo_session_id, other.id, half_days[1], AttendanceStatus.EXCUSED)
    assert sorted(svc.sessions_of(other.id)) == sorted([demo_session_id, other_session])

    result = svc.merge(keep.id, other.id)

    merged = svc.get(keep.id)
    assert (merged.organisation, merged.email, merged.phone) == (
        "Mairie de Lyon",
        "jean.dupont@lyon.fr",
        "0612",
    )
    assert merged.audience is Audience.ELU
    assert set(result.filled) == {"email", "phone", "audience"}
    assert sorted(svc.sessions_of(keep.id)) == sorted([demo_session_id, other_session])
    with pytest.raises(UserError):
        svc.get(other.id)
    sheet = demo.attendance.sheet(demo_session_id)
    assert sheet.record(keep.id, half_days[0]).status is AttendanceStatus.PRESENT  # type: ignore[union-attr]
    assert sheet.record(keep.id, half_days[1]).status is AttendanceStatus.EXCUSED  # type: ignore[union-attr]

    svc.unmerge(result)
    assert svc.get(keep.id) == keep
    assert svc.get(other.id) == other
    assert svc.sessions_of(keep.id) == [demo_session_id]
    assert sorted(svc.sessions_of(other.id)) == sorted([demo_session_id, other_session])
    sheet = demo.attendance.sheet(demo_session_id)
    assert sheet.record(keep.id, half_days[1]) is None
    assert sheet.record(other.id, half_days[0]).status is AttendanceStatus.ABSENT  # type: ignore[union-attr]
    assert sheet.record(other.id, half_days[1]).status is AttendanceStatus.EXCUSED  # type: ignore[union-attr]


def test_merge_refuses_one_record_with_itself(services: Services) -> None:
    p = services.participants.create(person("Morel"))
    with pytest.raises(ValidationError):
        services.participants.merge(p.id, p.id)
    with pytest.raises(UserError):
        services.participants.merge(p.id, new_id())
    assert services.participants.find() == [p]


def test_find_people_not_in_a_session_and_enrol_many(demo: Services, other_session: str) -> None:
    svc = demo.participants
    everyone = svc.find()
    chosen = [p.id for p in everyone[:3]]
    assert svc.enrol_many([*chosen, chosen[0]], other_session) == chosen
    assert svc.enrol_many(chosen, other_session) == []
    assert len(svc.find(not_in_session=other_session)) == len(everyone) - 3
    assert [p.id for p in svc.find(other_session)] == sorted(
        chosen, key=lambda i: svc.get(i).sort_key
    )
    svc.unenrol_many(chosen[:2], other_session)
    assert [p.id for p in svc.find(other_session)] == [chosen[2]]


def test_export_directory_xlsx_and_csv(demo: Services, tmp_path: Path) -> None:
    people = demo.participants.find(search="lukasz")
    xlsx = demo.participants.export_directory(people, tmp_path / "annuaire.xlsx")
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None and sheet.max_row == 2
    csv = demo.participants.export_directory(people, tmp_path / "annuaire.CSV")
    assert "Łukasz" in csv.read_text(encoding="utf-8-sig")
    with pytest.raises(UserError, match=".xlsx"):
        demo.participants.export_directory(people, tmp_path / "annuaire.pdf")
