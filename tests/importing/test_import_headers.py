"""Header row detection and column mapping."""

from __future__ import annotations

import pytest
from import_helpers import make_table

from territ_desktop.importing import (
    ColumnMapping,
    Field,
    ImportFileError,
    NameOrder,
    detect_header,
    ignored_columns,
    mapping_for_header_row,
)
from territ_desktop.importing.headers import match_column


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nom", Field.LAST_NAME),
        ("NOM", Field.LAST_NAME),
        ("Nom de famille", Field.LAST_NAME),
        ("Last name", Field.LAST_NAME),
        ("Surname", Field.LAST_NAME),
        ("Prénom", Field.FIRST_NAME),
        ("prenom :", Field.FIRST_NAME),
        ("First name", Field.FIRST_NAME),
        ("Prénom du participant", Field.FIRST_NAME),
        ("NOM Prénom", Field.FULL_NAME),
        ("Nom et prénom", Field.FULL_NAME),
        ("Nom / Prénom", Field.FULL_NAME),
        ("Full name", Field.FULL_NAME),
        ("Structure", Field.ORGANISATION),
        ("Organisme", Field.ORGANISATION),
        ("Organisation", Field.ORGANISATION),
        ("Employeur", Field.ORGANISATION),
        ("Collectivité", Field.ORGANISATION),
        ("Nom de la structure", Field.ORGANISATION),
        ("Structure / Organisme", Field.ORGANISATION),
        ("Fonction", Field.FUNCTION),
        ("Poste", Field.FUNCTION),
        ("Job title", Field.FUNCTION),
        ("Courriel", Field.EMAIL),
        ("E-mail", Field.EMAIL),
        ("Adresse e-mail", Field.EMAIL),
        ("Adresse mail professionnelle", Field.EMAIL),
        ("Mail", Field.EMAIL),
        ("Téléphone", Field.PHONE),
        ("Tél.", Field.PHONE),
        ("Portable", Field.PHONE),
        ("Phone", Field.PHONE),
        ("Téléphone portable", Field.PHONE),
        ("Commune", Field.TERRITORY),
        ("Ville", Field.TERRITORY),
        ("Territoire", Field.TERRITORY),
        ("City", Field.TERRITORY),
        ("Vous êtes :", Field.AUDIENCE),
        ("Public", Field.AUDIENCE),
        ("Catégorie", Field.AUDIENCE),
        ("Profil", Field.AUDIENCE),
        ("Type de public", Field.AUDIENCE),
        ("Notes", Field.NOTES),
        ("Commentaire", Field.NOTES),
        ("Remarques", Field.NOTES),
    ],
)
def test_usual_column_names(header: str, field: Field) -> None:
    matched = match_column(header)
    assert matched is not None
    assert matched[0] is field


@pytest.mark.parametrize(
    "header", ["", "Date d'inscription", "Civilité", "Nom du service", "N°", "Âge du participant"]
)
def test_unknown_column_names(header: str) -> None:
    assert match_column(header) is None


def test_header_below_title_and_blank_lines() -> None:
    table = make_table(
        [
            ["Formation TERRIT – Commune de Lyon"],
            [],
            ["", "Liste arrêtée le 02/05/2026"],
            ["Nom", "Prénom", "Ville", "Date d'inscription", "Vous êtes"],
            ["Dupont", "Jean", "Lyon", "02/05/2026", "Élu"],
        ]
    )
    detection = detect_header(table)
    assert detection.mapping.header_row == 4
    assert dict(detection.mapping.columns) == {
        Field.LAST_NAME: 0,
        Field.FIRST_NAME: 1,
        Field.TERRITORY: 2,
        Field.AUDIENCE: 4,
    }
    assert detection.headers[3] == "Date d'inscription"
    assert [(c.index, c.header) for c in detection.ignored] == [(3, "Date d'inscription")]


def test_column_without_header_but_with_data_is_listed() -> None:
    table = make_table([["Nom", ""], ["Dupont", "note libre"]])
    assert [(c.index, c.header) for c in detect_header(table).ignored] == [(1, "")]


def test_name_of_participant_next_to_first_name_is_the_last_name() -> None:
    table = make_table([["Nom du participant", "Prénom"], ["Dupont", "Jean"]])
    columns = detect_header(table).mapping.columns
    assert dict(columns) == {Field.LAST_NAME: 0, Field.FIRST_NAME: 1}


@pytest.mark.parametrize(
    ("header", "order"),
    [
        ("NOM Prénom", NameOrder.LAST_FIRST),
        ("Prénom Nom", NameOrder.FIRST_LAST),
        ("Participant", NameOrder.AUTO),
    ],
)
def test_full_name_order_from_header(header: str, order: NameOrder) -> None:
    mapping = detect_header(make_table([[header], ["DUPONT Jean"]])).mapping
    assert mapping.column(Field.FULL_NAME) == 0
    assert mapping.name_order is order


def test_same_field_twice_keeps_the_better_match() -> None:
    table = make_table([["Nom", "Tél. fixe", "Téléphone", "Nom"], ["Dupont", "04", "06", "x"]])
    detection = detect_header(table)
    assert detection.mapping.column(Field.PHONE) == 2
    assert detection.mapping.column(Field.LAST_NAME) == 0
    assert [c.index for c in detection.ignored] == [1, 3]


def test_english_headers() -> None:
    table = make_table([["First name", "Last name", "Email address", "Company"], ["a", "b"]])
    columns = detect_header(table).mapping.columns
    assert dict(columns) == {
        Field.FIRST_NAME: 0,
        Field.LAST_NAME: 1,
        Field.EMAIL: 2,
        Field.ORGANISATION: 3,
    }


def test_mapping_is_corrected_by_the_user() -> None:
    table = make_table([["Nom", "Prénom", "Infos"], ["Dupont", "Jean", "jean@exemple.fr"]])
    mapping = detect_header(table).mapping
    corrected = mapping.with_column(Field.EMAIL, 2)
    assert corrected.column(Field.EMAIL) == 2
    assert mapping.column(Field.EMAIL) is None  # the original is unchanged
    assert ignored_columns(table, corrected) == ()
    moved = corrected.with_column(Field.NOTES, 2)  # a column feeds one field only
    assert moved.column(Field.EMAIL) is None
    assert moved.field_of(2) is Field.NOTES
    assert moved.with_column(Field.NOTES, None).field_of(2) is None
    with pytest.raises(ValueError, match="negative"):
        mapping.with_column(Field.NOTES, -1)


def test_mapping_is_immutable() -> None:
    mapping = ColumnMapping(1, {Field.LAST_NAME: 0})
    with pytest.raises(TypeError):
        mapping.columns[Field.EMAIL] = 1  # type: ignore[index]


def test_user_chosen_header_row() -> None:
    table = make_table([["Nom", "Prénom"], ["Identité", "Courriel"], ["Dupont", "d@x.fr"]])
    assert detect_header(table).mapping.header_row == 1
    chosen = mapping_for_header_row(table, 2)
    assert chosen.mapping.header_row == 2
    assert dict(chosen.mapping.columns) == {Field.FULL_NAME: 0, Field.EMAIL: 1}


def test_header_must_be_near_the_top() -> None:
    rows: list[list[str]] = [["bla"]] * 60 + [["Nom"], ["Dupont"]]
    with pytest.raises(ImportFileError, match="Aucune colonne"):
        detect_header(make_table(rows))


def test_participant_in_a_longer_header_is_not_a_full_name() -> None:
    assert match_column("Structure du participant") == (Field.ORGANISATION, len("structure"))
    assert match_column("Prénom du participant") == (Field.FIRST_NAME, len("prenom"))
