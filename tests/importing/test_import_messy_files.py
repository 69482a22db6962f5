"""The realistic messy workbook and its French-Excel CSV twin give the same participants."""

from __future__ import annotations

import dataclasses

import pytest
from import_helpers import MESSY_CSV, MESSY_XLSX

from territ_desktop.domain import Audience, Participant
from territ_desktop.importing import (
    Field,
    ImportFileError,
    ImportPlan,
    ImportPreview,
    NameOrder,
    RowAction,
    RowOutcome,
    preview_file,
    read_table,
    read_workbook_sheets,
)

FORMULA_NAME = '=HYPERLINK("http://exemple.fr";"Clic")'


def _outcome(plan: ImportPlan, row_number: int) -> RowOutcome:
    outcome = plan.outcome(row_number)
    assert outcome is not None
    return outcome


def _without_id(people: tuple[Participant, ...]) -> list[Participant]:
    return [dataclasses.replace(p, id="") for p in people]


@pytest.fixture
def from_xlsx(existing: list[Participant]) -> ImportPreview:
    return preview_file(MESSY_XLSX, existing)


@pytest.fixture
def from_csv(existing: list[Participant]) -> ImportPreview:
    return preview_file(MESSY_CSV, existing)


def test_sheets_listed_in_order() -> None:
    assert read_workbook_sheets(MESSY_XLSX) == ["Inscriptions", "Colonnes séparées", "Vide"]
    assert read_workbook_sheets(MESSY_CSV) == []


def test_csv_detected_as_french_excel(from_csv: ImportPreview) -> None:
    assert from_csv.table.encoding == "cp1252"
    assert from_csv.table.delimiter == ";"
    assert from_csv.table.notices == ()


def test_header_found_below_title_and_blank_line(from_xlsx: ImportPreview) -> None:
    mapping = from_xlsx.detection.mapping
    assert mapping.header_row == 3
    assert mapping.column(Field.FULL_NAME) == 0
    assert mapping.name_order is NameOrder.LAST_FIRST
    assert mapping.column(Field.ORGANISATION) == 1
    assert mapping.column(Field.EMAIL) == 3
    assert mapping.column(Field.PHONE) == 4
    assert mapping.column(Field.AUDIENCE) == 6
    assert mapping.column(Field.NOTES) == 8
    assert [(c.index, c.header) for c in from_xlsx.detection.ignored] == [(7, "Date d'inscription")]


def test_raw_cells_match_between_workbook_and_csv(
    from_xlsx: ImportPreview, from_csv: ImportPreview
) -> None:
    # Dates read as dd/mm/yyyy text, the phone stored as a number keeps its digits.
    assert [r.cells for r in from_xlsx.table.rows] == [r.cells for r in from_csv.table.rows]
    row4 = from_xlsx.table.row(4)
    assert row4 is not None
    assert row4.cells[4] == "612345678"
    assert row4.cells[7] == "02/05/2026"


def test_trailing_formatted_rows_are_not_data(from_xlsx: ImportPreview) -> None:
    assert from_xlsx.table.rows[-1].number == 17


def test_counts_add_up(from_xlsx: ImportPreview) -> None:
    counts = from_xlsx.plan.counts
    assert (counts.data_rows, counts.new, counts.merged_existing) == (14, 7, 2)
    assert (counts.duplicates, counts.rejected, counts.blank) == (2, 3, 2)
    assert counts.new + counts.merged + counts.rejected == counts.data_rows


def test_row_outcomes(from_xlsx: ImportPreview) -> None:
    actions = {o.row_number: o.action for o in from_xlsx.plan.rows}
    assert actions == {
        4: RowAction.NEW,
        5: RowAction.NEW,
        6: RowAction.REJECTED,
        7: RowAction.NEW,
        8: RowAction.NEW,
        9: RowAction.DUPLICATE,
        10: RowAction.NEW,
        11: RowAction.REJECTED,
        12: RowAction.REJECTED,
        13: RowAction.MERGE_EXISTING,
        14: RowAction.MERGE_EXISTING,
        15: RowAction.NEW,
        16: RowAction.DUPLICATE,
        17: RowAction.NEW,
    }
    plan = from_xlsx.plan
    assert _outcome(plan, 6).blank
    no_name = _outcome(plan, 12)
    assert no_name is not None and "Nom manquant" in no_name.reason
    duplicate = _outcome(plan, 9)
    assert duplicate is not None and duplicate.duplicate_of_row == 4
    assert duplicate.participant_id == _outcome(plan, 4).participant_id
    assert duplicate.filled_fields == ("notes",)
    assert _outcome(plan, 13).participant_id == "existing-bernard"
    assert _outcome(plan, 14).participant_id == "existing-petit"
    assert plan.rows_needing_audience == (8, 10)


def test_new_participants_are_clean(from_xlsx: ImportPreview) -> None:
    people = {p.last_name: p for p in from_xlsx.plan.new_participants}
    assert set(people) == {
        "Dupont", "Lefèvre", "Œillet", FORMULA_NAME, "Martin", "Girard", "Müller-Durand",
    }  # fmt: skip
    dupont = people["Dupont"]
    assert dupont.first_name == "Jean"
    assert dupont.email == "jean.dupont@lyon.fr"  # typed in capitals
    assert dupont.phone == "0612345678"  # Excel had dropped the zero
    assert dupont.audience is Audience.ELU
    assert dupont.notes == "Végétarien"  # filled by the duplicate row 9
    oeillet = people["Œillet"]
    assert (oeillet.first_name, oeillet.organisation) == ("Zoé", "Association Cœur de Quartier")
    assert oeillet.phone == "+33 6 98 76 54 32"  # kept as typed
    assert oeillet.audience is Audience.COORDINATEUR  # "coordonatrice", a typo
    formula = people[FORMULA_NAME]  # stays plain text, never evaluated
    assert (formula.first_name, formula.organisation) == ("", "Inconnu")
    martin = people["Martin"]
    assert martin.email == ""  # invalid address dropped, row kept
    assert martin.audience is Audience.AUTRE
    assert any("invalide" in w for w in _outcome(from_xlsx.plan, 10).warnings)
    assert people["Girard"].phone == "0600000002"  # from the duplicate row


def test_existing_participants_only_filled(from_xlsx: ImportPreview) -> None:
    updates = {u.before.id: u for u in from_xlsx.plan.updates}
    petit = updates["existing-petit"]
    assert petit.after.organisation == "Association Santé Quartiers"  # not overwritten
    assert petit.filled_fields == ("function", "territory", "phone")
    conflicts = _outcome(from_xlsx.plan, 14).conflicts
    assert [(c.field, c.ignored) for c in conflicts] == [("organisation", "Asso Santé Quartiers")]
    bernard = updates["existing-bernard"]
    assert bernard.after.email == "luc.bernard@grandlyon.com"
    assert bernard.after.audience is Audience.POLITIQUE_VILLE
    assert bernard.after.phone == "04 78 00"  # already set, kept


def test_csv_twin_gives_the_same_participants(
    from_xlsx: ImportPreview, from_csv: ImportPreview
) -> None:
    assert _without_id(from_csv.plan.new_participants) == _without_id(
        from_xlsx.plan.new_participants
    )
    assert [u.after for u in from_csv.plan.updates] == [u.after for u in from_xlsx.plan.updates]
    assert [(o.row_number, o.action, o.warnings, o.reason) for o in from_csv.plan.rows] == [
        (o.row_number, o.action, o.warnings, o.reason) for o in from_xlsx.plan.rows
    ]
    assert from_csv.plan.counts == from_xlsx.plan.counts


def test_separate_name_columns_give_the_same_participants(
    from_xlsx: ImportPreview, existing: list[Participant]
) -> None:
    separate = preview_file(MESSY_XLSX, existing, sheet="Colonnes séparées")
    assert separate.detection.mapping.header_row == 1
    assert separate.detection.mapping.column(Field.LAST_NAME) == 0
    assert separate.detection.mapping.column(Field.FIRST_NAME) == 1
    assert _without_id(separate.plan.new_participants) == _without_id(
        from_xlsx.plan.new_participants
    )
    assert separate.plan.counts == from_xlsx.plan.counts


def test_empty_sheet_is_refused() -> None:
    with pytest.raises(ImportFileError, match="« Vide » .* est vide"):
        read_table(MESSY_XLSX, sheet="Vide")


def test_unknown_sheet_is_refused() -> None:
    with pytest.raises(ImportFileError, match="pas de feuille « Feuil9 »"):
        read_table(MESSY_XLSX, sheet="Feuil9")
