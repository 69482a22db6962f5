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


_LABELS: dict[str, dict[Audience, str]] = {
    "fr": {
        Audience.ELU: "Élu·e",
        Audience.COORDINATEUR: "Coordinateur·rice CLS, ASV, CLSM",
        Audience.POLITIQUE_VILLE: "Chef·fe de projet politique de la ville",
        Audience.INSTITUTION: "Professionnel·le ARS, DRJSCS, DDCS",
        Audience.ASSOCIATIF: "Professionnel·le associatif·ve",
        Audience.CITOYEN: "Citoyen·ne, usager·ère",
        Audience.AUTRE: "Autre",
    },
    "en": {
        Audience.ELU: "Elected official",
        Audience.COORDINATEUR: "CLS, ASV, CLSM coordinator",
        Audience.POLITIQUE_VILLE: "Urban policy project manager",
        Audience.INSTITUTION: "ARS, DRJSCS, DDCS staff",
        Audience.ASSOCIATIF: "Voluntary sector professional",
        Audience.CITOYEN: "Citizen, service user",
        Audience.AUTRE: "Other",
    },
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


def audience_label(audience: Audience | str, lang: str = "fr") -> str:
    """Return the human label of an audience code in ``lang`` ("fr" or "en")."""
    return _LABELS.get(lang, _LABELS["fr"])[Audience(audience)]


def audience_short_label(audience: Audience | str) -> str:
    """Return a short French label, for narrow table columns and printed sheets."""
    return _SHORT_FR[Audience(audience)]
