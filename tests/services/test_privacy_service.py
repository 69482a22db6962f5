"""Retention, archiving, anonymisation, erasure and a person's data, on the demo session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from territ_desktop.domain.audience import Audience
from territ_desktop.domain.errors import UserError
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.retention import RetentionStatus
from territ_desktop.domain.session import Session
from territ_desktop.services import Services
from territ_desktop.storage.archive_guard import ArchivedError
from territ_desktop.storage.models import RotationPlanRow, WorkshopNoteRow

AFTER = dt.date(2031, 1, 1)  # the demo cycle ends on 11/03/2027: kept until 11/03/2030


def _counts(services: Services, session_id: str) -> tuple[int, dict[Audience, int], int]:
    sheet = services.attendance.sheet(session_id)
    return (
        len(sheet.participants),
        services.participants.count_by_audience(session_id),
        sum(1 for r in sheet.records.values() if r.status == "present"),
    )


def test_overview_and_retention_settings(demo: Services, demo_session_id: str) -> None:
    privacy = demo.privacy
    (row,) = privacy.overview()
    assert row.end == dt.date(2027, 3, 11) and row.years == 3
    assert row.expires == dt.date(2030, 3, 11)
    assert row.status(dt.date(2026, 12, 1)) is RetentionStatus.KEPT
    assert privacy.set_session_retention(demo_session_id, 5) == 3
    assert privacy.overview()[0].expires == dt.date(2032, 3, 11)
    privacy.set_session_retention(demo_session_id, 3)
    funder = demo.sessions.get(demo_session_id).funders[0]
    privacy.set_funder_retention(funder.upper(), 10)
    assert privacy.overview()[0].years == 10
    assert [r.years for r in privacy.funder_rules()] == [10]
    assert funder in privacy.known_funders() or funder.upper() in privacy.known_funders()
    privacy.set_funder_retention(funder, None)
    assert privacy.overview()[0].years == 3 and privacy.funder_rules() == []
    with pytest.raises(UserError, match="entre 1 et 30"):
        privacy.set_session_retention(demo_session_id, 0)


def test_apply_archives_then_anonymises_keeping_statistics(
    demo: Services, demo_session_id: str
) -> None:
    before = _counts(demo, demo_session_id)
    names = {p.last_name for p in demo.participants.find(demo_session_id)}
    with demo.database.unit_of_work() as orm:
        orm.add(
            RotationPlanRow(
                programme_item_id=demo.rotations.workshops(demo_session_id)[0].id,
                instance={"participants": [{"id": "x", "name": "Paul Garnier"}]},
                plan={"rounds": [], "warnings": ["GARNIER Paul et MERCIER Julie"]},
            )
        )
    assert demo.privacy.plan(dt.date(2027, 1, 1)).empty
    plan = demo.privacy.plan(AFTER)
    assert len(plan.archive) == 1 and len(plan.anonymise) == before[0]
    report = demo.privacy.apply(AFTER)
    assert (report.archived, report.anonymised, report.deleted) == (1, before[0], 0)
    assert report.backup is not None and report.backup.name.endswith("-avant-rgpd.sqlite3")
    assert _counts(demo, demo_session_id) == before  # statistics kept
    people = demo.participants.find(demo_session_id)
    assert not names & {p.last_name for p in people}
    assert all(p.last_name.startswith("Participant·e ") and not p.first_name for p in people)
    assert all(not (p.email or p.phone or p.organisation or p.function) for p in people)
    assert any(p.territory for p in people)
    assert demo.privacy.overview()[0].status(AFTER) is RetentionStatus.ANONYMISED
    with demo.database.unit_of_work() as orm:
        rapporteurs = set(orm.scalars(select(WorkshopNoteRow.rapporteur)))
        stored = orm.scalars(select(RotationPlanRow)).one()
        assert "Paul Garnier" not in rapporteurs and "Julie Mercier" not in rapporteurs
        assert "Garnier" not in str(stored.instance) + str(stored.plan)
    assert demo.privacy.plan(AFTER).empty
    with pytest.raises(ArchivedError):
        demo.sessions.update(Session(id=demo_session_id, title="Autre titre"))


def test_erasure_is_refused_while_proof_is_kept(demo: Services, demo_session_id: str) -> None:
    person = demo.participants.find(demo_session_id)[0]
    with pytest.raises(UserError, match="jusqu'au 11/03/2030"):
        demo.privacy.erase_participant(person.id, dt.date(2028, 1, 1))
    assert demo.participants.get(person.id) == person
    report = demo.privacy.erase_participant(person.id, AFTER)
    assert (report.anonymised, report.archived) == (1, 1)
    gone = demo.participants.get(person.id)
    assert gone.last_name.startswith("Participant·e") and gone.audience == person.audience
    others = demo.participants.find(demo_session_id)
    assert sum(p.last_name.startswith("Participant·e") for p in others) == 1
    with pytest.raises(UserError, match="déjà anonymisées"):
        demo.privacy.erase_participant(person.id, AFTER)


def test_someone_in_no_session_is_deleted(services: Services) -> None:
    lone = services.participants.create(Participant("", "Seul", "Sam"))
    report = services.privacy.erase_participant(lone.id)
    assert report.deleted == 1
    assert services.participants.find() == []


def test_idle_contacts_are_deleted_after_three_years(services: Services) -> None:
    services.participants.create(Participant("", "Ancien", "Contact"))
    assert services.privacy.plan().empty
    plan = services.privacy.plan(dt.date.today() + dt.timedelta(days=3 * 366))
    assert [p.printed_name for p in plan.delete] == ["ANCIEN Contact"]


def test_personal_data_export(demo: Services, demo_session_id: str, tmp_path: Path) -> None:
    person = demo.participants.find(demo_session_id)[0]
    data = demo.privacy.personal_data(person.id)
    assert data.participant == person
    assert len(data.enrolments) == 1 and data.enrolments[0].kept_until == dt.date(2030, 3, 11)
    assert data.attendance
    target = demo.privacy.export_personal_data(person.id, tmp_path / "donnees.xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["Données personnelles", "Sessions", "Présences"]
    cells = [c for row in book["Données personnelles"].iter_rows(values_only=True) for c in row]
    assert person.last_name in cells and person.id in cells
    assert book["Présences"].max_row == len(data.attendance) + 1
    book.close()
    with pytest.raises(UserError, match=".xlsx"):
        demo.privacy.export_personal_data(person.id, tmp_path / "donnees.csv")
