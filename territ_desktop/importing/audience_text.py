"""Recognising the audience type ("Public") from what people typed in a registration form.

Text is compared without case, accents or punctuation (``"Élu(e)"`` is ``elu e``). The codes
and the French and English labels of :class:`Audience` match exactly; otherwise the rules below
are tried in order and the first match wins, so an elected official in charge of urban policy
is an ``elu``, and a coordinator of a "contrat de ville" is ``politique_ville``. Anything else,
empty text included, gives ``autre`` marked as not recognised, for the user to choose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from territ_desktop.domain import Audience, audience_label
from territ_desktop.domain.audience import audience_short_label
from territ_desktop.importing.text import words_key


@dataclass(frozen=True, slots=True)
class AudienceGuess:
    """The audience read from a cell, and whether the text was recognised."""

    audience: Audience
    recognised: bool


_ENGLISH = {
    Audience.ELU: "Elected official",
    Audience.COORDINATEUR: "CLS, ASV, CLSM coordinator",
    Audience.POLITIQUE_VILLE: "Urban policy project manager",
    Audience.INSTITUTION: "ARS, DRJSCS, DDCS staff",
    Audience.ASSOCIATIF: "Voluntary sector professional",
    Audience.CITOYEN: "Citizen, service user",
    Audience.AUTRE: "Other",
}


def _exact_names() -> dict[str, Audience]:
    names: dict[str, Audience] = {}
    for audience in Audience:
        for text in (
            audience.value,
            audience.name,
            audience_label(audience),
            audience_short_label(audience),
            _ENGLISH[audience],
        ):
            names[words_key(text)] = audience
    return names


_EXACT = _exact_names()

# Patterns run on the folded text, words separated by single spaces.
_RULES: tuple[tuple[Audience, re.Pattern[str]], ...] = tuple(
    (audience, re.compile(pattern))
    for audience, pattern in (
        (
            Audience.ELU,
            r"\belu(?: e)?s?\b|\belue?s?\b|\bmaires?\b|\badjointe?s? (?:au|a la) maire\b"
            r"|\bconseill(?:er|ere)s? (?:municipa|departementa|regiona|communautaire|metropolitain)"
            r"|\bvice presidente?\b|\belected\b|\bmayor\b|\bcouncill?or\b",
        ),
        (
            Audience.POLITIQUE_VILLE,
            r"\bpolitique (?:de la )?ville\b|\bcontrats? de ville\b|\bchefe?s? de projets? pv\b"
            r"|\bpv\b|\bquartiers? prioritaires?\b|\bqpv\b|\bdelegue e? du prefet\b"
            r"|\burban policy\b",
        ),
        (
            Audience.COORDINATEUR,
            r"\bco ?or?donn?at(?:eur|rice)s?\b|\bcoordination\b|\banimat(?:eur|rice)s? (?:\w+ )?"
            r"(?:de )?sante\b|\bcls\b|\basv\b|\bclsm\b|\bcontrat local de sante\b"
            r"|\batelier sante ville\b|\bconseil local de sante mentale\b|\bcoordinator\b",
        ),
        (
            Audience.INSTITUTION,
            r"\bars\b|\bagence regionale de sante\b|\bddcs(?:pp)?\b|\bdr(?:d)?jscs\b"
            r"|\bddets(?:pp)?\b|\bdreets\b|\bdrajes\b|\bsdjes\b|\bprefecture\b|\bsous prefecture\b"
            r"|\bservices? de l etat\b|\binstitution(?:nel(?:le)?s?)?\b|\bcpam\b|\bcaf\b"
            r"|\bassurance maladie\b|\bconseil departemental\b|\bconseil regional\b",
        ),
        (
            Audience.ASSOCIATIF,
            r"\bassociati(?:f|ve|fs|ves)\b|\bassociations?\b|\bbenevoles?\b|\bngo\b|\bcharity\b"
            r"|\bnon profit\b|\bvoluntary\b",
        ),
        (
            Audience.CITOYEN,
            r"\bcitoyen(?:ne)?s?\b|\busag(?:er|ere)s?\b|\bhabitante?s?\b|\bresidente?s?\b"
            r"|\bcitizens?\b|\bpatiente?s?\b",
        ),
    )
)


@lru_cache(maxsize=2048)  # registration forms repeat the same few answers
def guess_audience(text: str) -> AudienceGuess:
    """Map free text to an :class:`Audience`; unknown or empty text gives ``autre``, unrecognised.

    >>> guess_audience("Adjointe au maire").audience
    <Audience.ELU: 'elu'>
    """
    key = words_key(text)
    if not key:
        return AudienceGuess(Audience.AUTRE, recognised=False)
    exact = _EXACT.get(key)
    if exact is not None:
        return AudienceGuess(exact, recognised=True)
    for audience, pattern in _RULES:
        if pattern.search(key):
            return AudienceGuess(audience, recognised=True)
    return AudienceGuess(Audience.AUTRE, recognised=False)
