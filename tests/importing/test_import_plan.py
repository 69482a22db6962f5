"""The import plan: one outcome per data row, merges that only fill empty fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from import_helpers import make_table

from territ_desktop.domain import Audience, Participant, new_id
from territ_desktop.importing import (
    BLANK_REASON,
    ColumnMapping,
    Field,
    ImportFileError,
    ImportPlan,
    RowAction,
    RowOutcome,
    detect_header,
    plan_import,
)

HEADER = ["Nom", "Prénom", "Structure", "E-mail", "Téléphone", "Vous êtes"]


def _plan(
    rows: list[list[str]],
    existing: list[Participant] | None = None,
    ids: Callable[[], str] = new_id,
    **kwargs: Any,
) -> ImportPlan:
    table = make_table([HEADER, *rows])
    mapping = detect_header(table).mapping
    return plan_import(table, mapping, existing or [], id_factory=ids, **kwargs)


def _outcome(plan: ImportPlan, row_number: int) -> RowOutcome:
    outcome = plan.outcome(row_number)
    assert outcome is not None
    return outcome


def test_new_participants_get_generated_ids(ids: Callable[[], str]) -> None:
    plan = _plan([["Dupont", "Jean"], ["Martin", "Paul"]], ids=ids)
    assert [p.id for p in plan.new_participants] == ["new-1", "new-2"]
    assert plan.participant_ids == ("new-1", "new-2")
    assert [o.action for o in plan.rows] == [RowAction.NEW, RowAction.NEW]


def test_default_ids_are_uuids() -> None:
    plan = _plan([["Dupont", "Jean"]])
    assert len(plan.new_participants[0].id) == 36


def test_merge_with_existing_by_email_ignoring_case(existing: list[Participant]) -> None:
    plan = _plan([["PETIT", "Sophie", "", "SOPHIE.PETIT@ASSO.FR", "0600000001"]], existing)
    outcome = _outcome(plan, 2)
    assert outcome.action is RowAction.MERGE_EXISTING
    assert outcome.participant_id == "existing-petit"
    assert outcome.matched_by_email
    assert outcome.filled_fields == ("phone",)
    assert plan.new_participants == ()
    (update,) = plan.updates
    assert update.after.phone == "0600000001"
    assert update.after.organisation == "Association Santé Quartiers"
    assert update.rows == (2,)


def test_merge_with_existing_by_name_and_organisation(existing: list[Participant]) -> None:
    plan = _plan([["BERNARD", "luc", "METROPOLE DE LYON", "", "06", "Élu"]], existing)
    outcome = _outcome(plan, 2)
    assert outcome.action is RowAction.MERGE_EXISTING
    assert outcome.participant_id == "existing-bernard"
    assert not outcome.matched_by_email
    assert outcome.filled_fields == ("audience",)  # the phone was already set
    assert [c.field for c in outcome.conflicts] == ["phone"]
    assert any("le téléphone « 06 »" in w for w in outcome.warnings)
    assert plan.updates[0].after.audience is Audience.ELU


def test_same_name_other_organisation_is_a_new_person_with_a_warning(
    existing: list[Participant],
) -> None:
    plan = _plan([["Bernard", "Luc", "Mairie de Bron"]], existing)
    outcome = _outcome(plan, 2)
    assert outcome.action is RowAction.NEW
    assert any("Homonyme" in w for w in outcome.warnings)


def test_shared_email_does_not_merge_two_people(existing: list[Participant]) -> None:
    plan = _plan([["Durand", "Léa", "", "sophie.petit@asso.fr"]], existing)
    outcome = _outcome(plan, 2)
    assert outcome.action is RowAction.NEW
    assert any("aussi celle de PETIT Sophie" in w for w in outcome.warnings)


def test_existing_values_never_overwritten(existing: list[Participant]) -> None:
    plan = _plan([["Petit", "Sophie", "Autre asso", "sophie.petit@asso.fr", "", "Élue"]], existing)
    outcome = _outcome(plan, 2)
    assert {c.field for c in outcome.conflicts} == {"organisation", "audience"}
    assert plan.updates == ()  # nothing empty to fill
    assert plan.participant_ids == ("existing-petit",)


def test_duplicates_in_the_file(ids: Callable[[], str]) -> None:
    plan = _plan(
        [
            ["Dupont", "Jean", "Mairie", ""],
            ["DUPONT", "JEAN", "MAIRIE", "jean@exemple.fr"],
            ["Martin", "Paul", "", "jean@exemple.fr"],
            ["dupont", "jean", "", "JEAN@exemple.fr"],
        ],
        ids=ids,
    )
    assert [o.action for o in plan.rows] == [
        RowAction.NEW,
        RowAction.DUPLICATE,
        RowAction.NEW,  # same address, other name: kept apart
        RowAction.DUPLICATE,  # matched through the address filled by row 3
    ]
    assert _outcome(plan, 3).duplicate_of_row == 2
    assert _outcome(plan, 3).filled_fields == ("email",)
    assert _outcome(plan, 5).participant_id == "new-1"
    assert plan.new_participants[0].email == "jean@exemple.fr"
    assert plan.participant_ids == ("new-1", "new-2")
    assert (plan.counts.new, plan.counts.duplicates, plan.counts.merged) == (2, 2, 2)


def test_duplicate_of_an_existing_participant(existing: list[Participant]) -> None:
    plan = _plan(
        [
            ["Petit", "Sophie", "", "sophie.petit@asso.fr"],
            ["Petit", "Sophie", "", "SOPHIE.PETIT@asso.fr"],
        ],
        existing,
    )
    assert [o.action for o in plan.rows] == [RowAction.MERGE_EXISTING, RowAction.DUPLICATE]
    assert _outcome(plan, 3).participant_id == "existing-petit"


def test_rejections_and_blank_rows() -> None:
    plan = _plan(
        [
            ["Dupont", "Jean"],
            [],
            ["", "", "Mairie de Bron", "accueil@bron.fr"],
            ["  ", " "],
            ["12", "", "", ""],
            HEADER,
            ["Martin", "Paul"],
        ]
    )
    reasons = {o.row_number: o.reason for o in plan.rows}
    assert reasons[3] == BLANK_REASON
    assert reasons[4].startswith("Nom manquant")
    assert reasons[5] == BLANK_REASON
    assert "aucune lettre" in reasons[6]
    assert reasons[7] == "Ligne d'en-tête répétée."
    counts = plan.counts
    assert (counts.data_rows, counts.new, counts.rejected, counts.blank) == (7, 2, 5, 2)
    assert counts.new + counts.merged + counts.rejected == counts.data_rows
    assert _outcome(plan, 4).record is not None  # the preview can show what the row held


def test_audience_overrides_by_row_number() -> None:
    rows = [["Dupont", "Jean", "", "", "", "Infirmière"], ["Martin", "Paul", "", "", "", "Élu"]]
    plan = _plan(rows)
    assert plan.rows_needing_audience == (2,)
    chosen = _plan(rows, overrides={2: Audience.CITOYEN, 3: Audience.ASSOCIATIF})
    assert chosen.rows_needing_audience == ()
    assert [p.audience for p in chosen.new_participants] == [
        Audience.CITOYEN,
        Audience.ASSOCIATIF,
    ]
    assert _outcome(chosen, 2).audience_overridden
    assert not any("Public" in w for w in _outcome(chosen, 2).warnings)


def test_excluded_rows() -> None:
    plan = _plan([["Dupont", "Jean"], ["Martin", "Paul"]], excluded_rows={3})
    assert _outcome(plan, 3).action is RowAction.REJECTED
    assert "écartée" in _outcome(plan, 3).reason
    assert plan.counts.new == 1


def test_mapping_without_a_name_column_is_refused() -> None:
    table = make_table([HEADER, ["Dupont"]])
    with pytest.raises(ImportFileError, match="choisissez la colonne « Nom »"):
        plan_import(table, ColumnMapping(1, {Field.EMAIL: 3}))


def test_mapping_beyond_the_table_reads_empty_cells() -> None:
    table = make_table([HEADER, ["Dupont", "Jean"]])
    plan = plan_import(table, ColumnMapping(1, {Field.LAST_NAME: 0, Field.NOTES: 40}))
    assert plan.new_participants[0].notes == ""


def test_no_header_row() -> None:
    table = make_table([["Dupont", "Jean"], ["Martin", "Paul"]])
    plan = plan_import(table, ColumnMapping(0, {Field.LAST_NAME: 0, Field.FIRST_NAME: 1}))
    assert plan.counts.data_rows == 2
    assert plan.counts.new == 2


def test_email_match_accepts_swapped_and_compound_names(existing: list[Participant]) -> None:
    plan = _plan(
        [
            ["Sophie", "Petit", "", "sophie.petit@asso.fr"],
            ["Petit-Durand", "S.", "", "sophie.petit@asso.fr"],
        ],
        existing,
    )
    assert [o.participant_id for o in plan.rows] == ["existing-petit", "existing-petit"]


def test_audience_asked_only_when_the_person_ends_up_without_one(
    existing: list[Participant],
) -> None:
    plan = _plan(
        [
            ["Petit", "Sophie", "", "sophie.petit@asso.fr", "", "Infirmière"],  # known: associatif
            ["Dupont", "Jean", "", "", "", "Infirmière"],
            ["Dupont", "Jean", "", "", "", "Élu"],  # the duplicate row gives the audience
            ["Martin", "Paul", "", "", "", "?"],
        ],
        existing,
    )
    assert plan.rows_needing_audience == (5,)


def test_mapping_is_hashable() -> None:
    mapping = ColumnMapping(1, {Field.LAST_NAME: 0})
    assert hash(mapping) == hash(ColumnMapping(1, {Field.LAST_NAME: 0}))
    assert mapping == ColumnMapping(1, {Field.LAST_NAME: 0})


def test_missing_organisation_matches_a_unique_namesake(existing: list[Participant]) -> None:
    plan = _plan([["BERNARD", "Luc", "", "luc@exemple.fr"]], existing)
    outcome = _outcome(plan, 2)
    assert outcome.action is RowAction.MERGE_EXISTING
    assert outcome.participant_id == "existing-bernard"
    assert any("par le nom seul" in w for w in outcome.warnings)
    assert plan.updates[0].after.email == "luc@exemple.fr"


def test_missing_organisation_with_two_namesakes_creates_a_new_person(
    existing: list[Participant],
) -> None:
    other = Participant("existing-bernard-2", "Bernard", "Luc", "CCAS de Bron")
    plan = _plan([["Bernard", "Luc"]], [*existing, other])
    outcome = _outcome(plan, 2)
    assert outcome.action is RowAction.NEW
    assert sum("Homonyme" in w for w in outcome.warnings) == 2
