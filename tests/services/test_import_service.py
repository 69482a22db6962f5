"""Importing registration files through the service: one transaction, undoable."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from territ_desktop.domain import Audience, Participant, Session, UserError
from territ_desktop.domain.ids import new_id
from territ_desktop.importing import Field, ImportFileError, RowAction
from territ_desktop.services import Services

DATA = Path(__file__).resolve().parents[1] / "importing" / "data"
MESSY_XLSX = DATA / "inscriptions_desordre.xlsx"
MESSY_CSV = DATA / "inscriptions_desordre.csv"
FORMULA_NAME = '=HYPERLINK("http://exemple.fr";"Clic")'


@pytest.fixture
def session_id(services: Services) -> str:
    return services.sessions.create(Session(id=new_id(), title="Formation TERRIT Lyon")).id


def _people(services: Services, session_id: str | None = None) -> list[tuple[str, ...]]:
    return [
        (p.last_name, p.first_name, p.organisation, p.email, p.phone, str(p.audience))
        for p in services.participants.find(session_id)
    ]


def test_workbook_and_csv_give_the_same_participants(
    services: Services, session_id: str, tmp_path: Path
) -> None:
    preview = services.importing.preview(MESSY_XLSX)
    result = services.importing.apply(preview.plan, session_id)
    counts = result.counts
    assert counts.new + counts.merged_existing + counts.duplicates + counts.rejected == (
        counts.data_rows
    )
    assert len(result.created) == counts.new > 0
    assert len(result.enrolled) == len(preview.plan.participant_ids)
    from_xlsx = _people(services, session_id)

    services.sessions.create(Session(id="csv-session", title="Copie"))
    preview_csv = services.importing.preview(MESSY_CSV)
    # The CSV twin names the same people, who are now all known.
    assert preview_csv.plan.counts.new == 0
    assert preview_csv.plan.counts.merged_existing == counts.new
    again = services.importing.apply(preview_csv.plan, "csv-session")
    assert again.created == ()
    assert _people(services, "csv-session") == from_xlsx


def test_csv_keeps_text_as_text(services: Services, session_id: str) -> None:
    services.importing.apply(services.importing.preview(MESSY_CSV).plan, session_id)
    from_csv = _people(services, session_id)
    names = {row[0] for row in from_csv}
    assert {"Dupont", "Lefèvre", "Œillet", "Martin", "Bernard", "Petit", "Girard"} <= names
    # Text stays text: the formula-looking name is stored as typed, never interpreted.
    assert any(FORMULA_NAME in " ".join(row[:2]) for row in from_csv)
    # A phone number Excel stored as a number gets its leading zero back.
    assert ("Dupont", "Jean") in {row[:2] for row in from_csv}
    dupont = next(row for row in from_csv if row[0] == "Dupont")
    assert dupont[4] == "0612345678"


def test_second_import_of_the_same_file_creates_nothing(
    services: Services, session_id: str
) -> None:
    first = services.importing.apply(services.importing.preview(MESSY_XLSX).plan, session_id)
    before = _people(services)
    second_preview = services.importing.preview(MESSY_XLSX)
    assert second_preview.plan.new_participants == ()
    assert second_preview.plan.updates == ()
    second = services.importing.apply(second_preview.plan, session_id)
    assert second.created == () and second.enrolled == () and second.filled == ()
    assert second.already_enrolled == len(first.enrolled)
    assert _people(services) == before


def test_merges_with_existing_people_and_fills_empty_fields(
    services: Services, session_id: str
) -> None:
    petit = services.participants.create(
        Participant(
            new_id(),
            "Petit",
            "Sophie",
            "Association Santé Quartiers",
            email="sophie.petit@asso.fr",
            audience=Audience.ASSOCIATIF,
        )
    )
    preview = services.importing.preview(MESSY_XLSX)
    merged = [o for o in preview.plan.rows if o.action is RowAction.MERGE_EXISTING]
    assert [o.participant_id for o in merged] == [petit.id]
    assert preview.known[petit.id] == petit
    assert preview.name_of(petit.id) == "PETIT Sophie"
    result = services.importing.apply(preview.plan, session_id)
    after = services.participants.get(petit.id)
    assert after.phone == "07 00 00 00 01"  # filled
    assert after.organisation == "Association Santé Quartiers"  # kept
    assert [f.participant_id for f in result.filled] == [petit.id]
    assert petit.id in {p.id for p in services.participants.find(session_id)}


def test_failing_apply_writes_nothing(services: Services, session_id: str) -> None:
    gone = services.participants.create(
        Participant(
            new_id(), "Petit", "Sophie", "Association Santé Quartiers", email="sophie.petit@asso.fr"
        )  # fmt: skip
    )
    preview = services.importing.preview(MESSY_XLSX)
    services.participants.delete(gone.id)
    with pytest.raises(UserError, match="rien n'a été importé"):
        services.importing.apply(preview.plan, session_id)
    assert services.participants.find() == []

    # A failure in the middle of writing (here: a duplicate id) rolls everything back too.
    plan = services.importing.preview(MESSY_XLSX).plan
    clash = plan.new_participants[-1]
    broken = dataclasses.replace(plan, new_participants=(*plan.new_participants, clash))
    with pytest.raises(Exception):  # noqa: B017 - any database error will do
        services.importing.apply(broken, session_id)
    assert services.participants.find() == []
    assert services.participants.find(session_id) == []


def test_apply_into_missing_session_writes_nothing(services: Services) -> None:
    plan = services.importing.preview(MESSY_XLSX).plan
    with pytest.raises(UserError, match="session n'existe plus"):
        services.importing.apply(plan, "no-such-session")
    assert services.participants.find() == []


def test_undo_then_redo(services: Services, session_id: str) -> None:
    petit = services.participants.create(
        Participant(
            new_id(), "Petit", "Sophie", "Association Santé Quartiers", email="sophie.petit@asso.fr"
        )  # fmt: skip
    )
    plan = services.importing.preview(MESSY_XLSX).plan
    result = services.importing.apply(plan, session_id)
    assert len(services.participants.find()) == len(result.created) + 1
    services.importing.undo(result)
    assert services.participants.find() == [petit]
    assert services.participants.find(session_id) == []
    redone = services.importing.apply(plan, session_id)
    assert [p.id for p in redone.created] == [p.id for p in result.created]
    with pytest.raises(UserError, match="déjà été importées"):
        services.importing.apply(plan, session_id)


def test_corrected_mapping_and_audience_overrides(services: Services) -> None:
    first = services.importing.preview(MESSY_XLSX)
    assert first.plan.rows_needing_audience
    row = first.plan.rows_needing_audience[0]
    mapping = first.detection.mapping.with_column(Field.NOTES, None)
    preview = services.importing.replan(first.table, mapping, {row: Audience.CITOYEN})
    assert preview.detection.mapping == mapping
    assert row not in preview.plan.rows_needing_audience
    assert all(not (o.record and o.record.notes) for o in preview.plan.rows)
    excluded = services.importing.replan(first.table, mapping, excluded_rows=[row])
    outcome = excluded.plan.outcome(row)
    assert outcome is not None and outcome.action is RowAction.REJECTED


def test_bad_file_is_a_french_error(services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "liste.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a sheet")
    with pytest.raises(ImportFileError, match="PDF"):
        services.importing.preview(bad)
    assert services.importing.sheets(MESSY_XLSX)[0] == "Inscriptions"
