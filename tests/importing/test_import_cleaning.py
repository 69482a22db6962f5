"""Cleaning one row: spaces, capitals, e-mails, phones, text never interpreted."""

from __future__ import annotations

import pytest

from territ_desktop.domain import Audience
from territ_desktop.importing import ColumnMapping, Field, RawRow, clean_row
from territ_desktop.importing.cleaning import clean_email, clean_phone, is_valid_email
from territ_desktop.importing.text import clean_multiline, clean_text, match_key

MAPPING = ColumnMapping(
    1,
    {
        Field.LAST_NAME: 0,
        Field.FIRST_NAME: 1,
        Field.ORGANISATION: 2,
        Field.EMAIL: 3,
        Field.PHONE: 4,
        Field.AUDIENCE: 5,
        Field.NOTES: 6,
    },
)


def _row(*cells: str) -> RawRow:
    return RawRow(2, tuple(cells) + ("",) * (7 - len(cells)))


def test_spaces_trimmed_and_collapsed_accents_kept() -> None:
    record = clean_row(_row("  LEFÈVRE ", "Hélène\u00a0 Marie", " Mairie   de\tLyon "), MAPPING)
    assert (record.last_name, record.first_name) == ("Lefèvre", "Hélène Marie")
    assert record.organisation == "Mairie de Lyon"


def test_decomposed_accents_are_composed() -> None:
    assert clean_text("Le\u0301a") == "Léa"
    assert clean_text("a\u200bb\ufeff") == "ab"


def test_names_in_capitals_become_normal() -> None:
    record = clean_row(_row("DUPONT-MARTIN", "JEAN-PIERRE"), MAPPING)
    assert (record.last_name, record.first_name) == ("Dupont-Martin", "Jean-Pierre")
    mixed = clean_row(_row("de La Tour", "marie"), MAPPING)
    assert (mixed.last_name, mixed.first_name) == ("de La Tour", "marie")


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x.fr";"clic")', "+33 6 12", "-2+3", "@SOMME(A1)", "=1+1"]
)
def test_formula_looking_text_stays_text(text: str) -> None:
    record = clean_row(_row("Dupont", "Jean", text, "", "", "", text), MAPPING)
    assert record.organisation == text
    assert record.notes == text


@pytest.mark.parametrize(
    ("typed", "kept", "warned"),
    [
        ("JEAN.DUPONT@LYON.FR", "jean.dupont@lyon.fr", False),
        (" Jean.Dupont@Lyon.fr ", "jean.dupont@lyon.fr", False),
        ("mailto:jean@exemple.fr", "jean@exemple.fr", False),
        ("Jean Dupont <jean@exemple.fr>", "jean@exemple.fr", False),
        ("jean@exemple.fr; paul@exemple.fr", "jean@exemple.fr", True),
        ("jean@exemple.fr / jean@exemple.fr", "jean@exemple.fr", False),
        ("jean.dupont@", "", True),
        ("jean@@exemple.fr", "", True),
        ("jean@exemple", "", True),
        ("jean..dupont@exemple.fr", "", True),
        ("pas d'adresse", "", True),
        ("", "", False),
    ],
)
def test_emails(typed: str, kept: str, warned: bool) -> None:
    email, warning = clean_email(typed)
    assert email == kept
    assert (warning is not None) is warned


def test_invalid_email_is_dropped_and_row_kept_with_a_warning() -> None:
    record = clean_row(_row("Dupont", "Jean", "", "jean.dupont@"), MAPPING)
    assert record.email == ""
    assert record.last_name == "Dupont"
    assert any("« jean.dupont@ » invalide" in w for w in record.warnings)


def test_accepted_emails_pass_the_domain_check() -> None:
    from territ_desktop.domain.participant import is_valid_email as domain_check

    for email in ("a@b.fr", "jean-paul.o'neil+tag@sous.domaine.gouv.fr", "zoé@cœur.org"):
        assert is_valid_email(email)
        assert domain_check(email)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("612345678", "0612345678"),
        ("33612345678", "+33612345678"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("06.12.34.56.78", "06.12.34.56.78"),
        ("  04  72 ", "04 72"),
        ("3615", "3615"),
    ],
)
def test_phones_kept_as_typed(typed: str, kept: str) -> None:
    assert clean_phone(typed) == kept


def test_missing_first_name_is_a_warning() -> None:
    record = clean_row(_row("Dupont"), MAPPING)
    assert record.last_name == "Dupont"
    assert any("Prénom manquant" in w for w in record.warnings)


def test_audience_not_recognised_is_flagged() -> None:
    record = clean_row(_row("Dupont", "Jean", "", "", "", "Infirmière"), MAPPING)
    assert record.audience is Audience.AUTRE
    assert not record.audience_recognised
    assert any("« Infirmière » non reconnu" in w for w in record.warnings)
    chosen = clean_row(_row("Dupont", "Jean", "", "", "", "Infirmière"), MAPPING, Audience.CITOYEN)
    assert chosen.audience is Audience.CITOYEN
    assert chosen.audience_recognised
    assert not any("Public" in w for w in chosen.warnings)


def test_no_audience_column_gives_no_warning() -> None:
    mapping = MAPPING.with_column(Field.AUDIENCE, None)
    record = clean_row(_row("Dupont", "Jean"), mapping)
    assert record.audience is Audience.AUTRE
    assert record.warnings == ()


def test_full_name_column_used_when_last_name_is_empty() -> None:
    mapping = ColumnMapping(1, {Field.FULL_NAME: 0, Field.EMAIL: 1})
    record = clean_row(RawRow(2, ("Jean-Pierre LE GOFF", "jp@exemple.fr")), mapping)
    assert (record.last_name, record.first_name) == ("Le Goff", "Jean-Pierre")


def test_too_long_values_are_cut_with_a_warning() -> None:
    record = clean_row(_row("Dupont", "Jean", "x" * 400), MAPPING)
    assert len(record.organisation) == 300
    assert any("300 caractères" in w for w in record.warnings)


def test_notes_keep_line_breaks() -> None:
    assert clean_multiline(" Végétarien \r\n\r\n  arrive  à 10 h ") == "Végétarien\narrive à 10 h"


def test_match_key_ignores_case_accents_punctuation() -> None:
    assert match_key("Dupont-Martin") == match_key("DUPONT MARTIN") == "dupontmartin"
    assert match_key("Cœur") == match_key("COEUR")
    assert match_key("Hélène") == match_key("helene")
