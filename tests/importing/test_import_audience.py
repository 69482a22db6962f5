"""The audience mapping table: free text to the seven audience codes."""

from __future__ import annotations

import pytest

from territ_desktop.domain import Audience
from territ_desktop.domain.audience import AUDIENCE_LABELS, audience_short_label
from territ_desktop.importing import guess_audience

TABLE: list[tuple[str, Audience]] = [
    ("Élu(e)", Audience.ELU),
    ("élue", Audience.ELU),
    ("ELU", Audience.ELU),
    ("Élu·e", Audience.ELU),
    ("Elu.e", Audience.ELU),
    ("Adjoint au maire", Audience.ELU),
    ("Adjointe au maire", Audience.ELU),
    ("Maire", Audience.ELU),
    ("maire-adjoint", Audience.ELU),
    ("Conseiller municipal", Audience.ELU),
    ("Conseillère municipale", Audience.ELU),
    ("conseiller départemental", Audience.ELU),
    ("Conseillère régionale", Audience.ELU),
    ("Élue à la politique de la ville", Audience.ELU),
    ("Coordinateur", Audience.COORDINATEUR),
    ("coordonnateur CLS", Audience.COORDINATEUR),
    ("Coordonnatrice ASV", Audience.COORDINATEUR),
    ("Coordinatrice CLSM", Audience.COORDINATEUR),
    ("coordonatrice", Audience.COORDINATEUR),
    ("Animateur santé", Audience.COORDINATEUR),
    ("Animatrice territoriale de santé", Audience.COORDINATEUR),
    ("Chef de projet politique de la ville", Audience.POLITIQUE_VILLE),
    ("Cheffe de projet PV", Audience.POLITIQUE_VILLE),
    ("chef.fe de projet contrat de ville", Audience.POLITIQUE_VILLE),
    ("Coordinateur contrat de ville", Audience.POLITIQUE_VILLE),
    ("ARS", Audience.INSTITUTION),
    ("Agence régionale de santé", Audience.INSTITUTION),
    ("DDCS", Audience.INSTITUTION),
    ("DRJSCS", Audience.INSTITUTION),
    ("DDETS", Audience.INSTITUTION),
    ("Préfecture", Audience.INSTITUTION),
    ("Association", Audience.ASSOCIATIF),
    ("associatif", Audience.ASSOCIATIF),
    ("Professionnel associatif", Audience.ASSOCIATIF),
    ("Professionnelle associative", Audience.ASSOCIATIF),
    ("Citoyen", Audience.CITOYEN),
    ("Citoyenne", Audience.CITOYEN),
    ("usager", Audience.CITOYEN),
    ("Usagère", Audience.CITOYEN),
    ("Habitant", Audience.CITOYEN),
    ("habitante", Audience.CITOYEN),
    ("Autre", Audience.AUTRE),
    ("politique_ville", Audience.POLITIQUE_VILLE),
]


@pytest.mark.parametrize(("text", "audience"), TABLE)
def test_audience_table(text: str, audience: Audience) -> None:
    guess = guess_audience(text)
    assert guess.audience is audience
    assert guess.recognised


@pytest.mark.parametrize("audience", list(Audience))
def test_codes_and_labels_map_to_themselves(audience: Audience) -> None:
    for text in (audience.value, AUDIENCE_LABELS[audience], audience_short_label(audience)):
        assert guess_audience(text).audience is audience, text
        assert guess_audience(text.upper()).audience is audience, text


@pytest.mark.parametrize(
    "text", ["", "   ", "Infirmière", "Conseiller en insertion", "Mairie de Lyon", "Chargé"]
)
def test_not_recognised(text: str) -> None:
    guess = guess_audience(text)
    assert guess.audience is Audience.AUTRE
    assert not guess.recognised
