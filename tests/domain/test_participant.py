from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from territ_desktop.domain import Audience, Participant, ValidationError, fold, format_last_name
from territ_desktop.domain.participant import clean_participant, is_valid_email


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("DUPONT", "Dupont"),
        ("DUPONT-MARTIN", "Dupont-Martin"),
        ("LE  GALL", "Le Gall"),
        ("D'ARTAGNAN", "D'Artagnan"),
        ("de La Tour", "de La Tour"),
        ("Nguyễn", "Nguyễn"),
        ("ÉLODIE", "Élodie"),
        ("", ""),
    ],
)
def test_last_name_in_capitals_becomes_normal(typed: str, stored: str) -> None:
    assert format_last_name(typed) == stored


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Élodie", "elodie"),
        ("Łukasz", "lukasz"),
        ("Ştefan", "stefan"),
        ("Nguyễn", "nguyen"),
        ("Œuvre", "oeuvre"),
        ("STRAßE", "strasse"),
    ],
)
def test_fold_removes_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


def test_clean_participant_trims_and_normalises() -> None:
    raw = Participant(
        id="x",
        last_name="  MOREL ",
        first_name=" Isabelle  Anne",
        email=" I.Morel@Ville.FR ",
        organisation="  Ville   de Chenôve",
        audience=Audience.ELU,
        phone=" 06 12 ",
    )
    clean = clean_participant(raw)
    assert clean.last_name == "Morel"
    assert clean.first_name == "Isabelle Anne"
    assert clean.email == "i.morel@ville.fr"
    assert clean.organisation == "Ville de Chenôve"
    assert clean.phone == "06 12"
    assert clean.printed_name == "MOREL Isabelle Anne"


def test_clean_participant_requires_last_name() -> None:
    with pytest.raises(ValidationError, match="nom de famille"):
        clean_participant(Participant(id="x", last_name="  ", first_name="Paul"))


def test_clean_participant_rejects_bad_email() -> None:
    with pytest.raises(ValidationError, match="e-mail"):
        clean_participant(Participant(id="x", last_name="A", first_name="B", email="pas-un-mail"))


@pytest.mark.parametrize(
    ("email", "ok"),
    [
        ("a@b.fr", True),
        ("prenom.nom@ville-dijon.fr", True),
        ("a@b", False),
        ("a b@c.fr", False),
        ("@c.fr", False),
    ],
)
def test_email_check(email: str, ok: bool) -> None:
    assert is_valid_email(email) is ok


def test_text_starting_with_formula_characters_is_kept_as_typed() -> None:
    person = clean_participant(
        Participant(id="x", last_name="=1+1", first_name="+33", organisation="@SUM")
    )
    assert (person.last_name, person.first_name, person.organisation) == ("=1+1", "+33", "@SUM")
