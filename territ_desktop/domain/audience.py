"""Audience types of the TERRIT module ("Public")."""

from enum import StrEnum


class Audience(StrEnum):
    """The seven audience codes; the value is the stable machine code."""

    ELU = "elu"
    COORDINATEUR = "coordinateur"
    POLITIQUE_VILLE = "politique_ville"
    INSTITUTION = "institution"
    ASSOCIATIF = "associatif"
    CITOYEN = "citoyen"
    AUTRE = "autre"


AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.ELU: "Élu·e",
    Audience.COORDINATEUR: "Coordinateur·rice CLS, ASV, CLSM",
    Audience.POLITIQUE_VILLE: "Chef·fe de projet politique de la ville",
    Audience.INSTITUTION: "Professionnel·le ARS, DRJSCS, DDCS",
    Audience.ASSOCIATIF: "Professionnel·le associatif·ve",
    Audience.CITOYEN: "Citoyen·ne, usager·ère",
    Audience.AUTRE: "Autre",
}

_SHORT_FR: dict[Audience, str] = {
    Audience.ELU: "Élu",
    Audience.COORDINATEUR: "Coordination",
    Audience.POLITIQUE_VILLE: "Politique de la ville",
    Audience.INSTITUTION: "Institution",
    Audience.ASSOCIATIF: "Associatif",
    Audience.CITOYEN: "Citoyen",
    Audience.AUTRE: "Autre",
}


def audience_label(audience: Audience | str) -> str:
    """Return the French label of an audience code (the UI translates it if needed)."""
    return AUDIENCE_LABELS[Audience(audience)]


def audience_short_label(audience: Audience | str) -> str:
    """Return a short French label, for narrow table columns and printed sheets."""
    return _SHORT_FR[Audience(audience)]
