"""Splitting a full name typed in one cell ("NOM Prénom", "Prénom Nom") into last and first name.

Rules, in order:

1. A comma separates last name then first name: ``"Dupont, Jean"``.
2. Words typed in capitals at the start or at the end of the cell are the last name:
   ``"DUPONT Jean"``, ``"DE LA TOUR Marie-Claire"``, ``"Jean-Pierre LE GOFF"``.
3. Otherwise the order of the column's header decides: a "Nom Prénom" column puts the first
   word-group first, a "Prénom Nom" column last.
4. Otherwise (e.g. "Nom complet", "Full name") a cell all in capitals is read last name first,
   as in French administrative lists (``"DUPONT JEAN"``), and any other cell is read first name
   first: the last word-group is the last name (``"Marie de la Tour"`` gives ``de la Tour`` and
   ``Marie``). A word-group is one word with the particles just before it (de, du, des, la,
   le, van, von...).
"""

from __future__ import annotations

from enum import StrEnum


class NameOrder(StrEnum):
    """Order of the names in a one-column full name, as its header says."""

    AUTO = "auto"
    LAST_FIRST = "last_first"
    FIRST_LAST = "first_last"


_PARTICLES = frozenset(
    {
        "de", "du", "des", "d", "la", "le", "les", "l", "van", "von", "der", "den", "ten",
        "ter", "da", "di", "del", "della", "dos", "das", "el", "al", "ben", "bin", "ibn",
    }
)  # fmt: skip


def _is_capitals(word: str) -> bool:
    """Whether ``word`` is typed in capitals (at least two letters: "J." is an initial)."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def _is_particle(word: str) -> bool:
    return word.casefold().rstrip("'’") in _PARTICLES


def _groups(words: list[str]) -> list[list[str]]:
    """Group each word with the particles just before it."""
    groups: list[list[str]] = []
    pending: list[str] = []
    for word in words:
        pending.append(word)
        if not _is_particle(word):
            groups.append(pending)
            pending = []
    if pending:
        if groups:
            groups[-1].extend(pending)
        else:
            groups.append(pending)
    return groups


def split_full_name(text: str, order: NameOrder = NameOrder.AUTO) -> tuple[str, str]:
    """Split ``text`` into ``(last_name, first_name)``; see the module doc for the rules.

    The parts are returned as typed (capitals included); the caller formats them.
    """
    text = " ".join(text.split())
    if not text:
        return "", ""
    if "," in text:
        last, _, first = text.partition(",")
        return last.strip(), " ".join(first.replace(",", " ").split())
    words = text.split(" ")
    if len(words) == 1:
        return text, ""
    capitals = [_is_capitals(w) or _is_particle(w) and w.isupper() for w in words]
    if not all(capitals):
        lead = 0
        while lead < len(words) and capitals[lead]:
            lead += 1
        if lead and _is_capitals(words[lead - 1]):
            return " ".join(words[:lead]), " ".join(words[lead:])
        tail = len(words)
        while tail > 0 and capitals[tail - 1]:
            tail -= 1
        if tail < len(words):
            return " ".join(words[tail:]), " ".join(words[:tail])
    groups = _groups(words)
    if len(groups) == 1:
        return text, ""
    if order is NameOrder.LAST_FIRST or order is NameOrder.AUTO and all(capitals):
        return " ".join(groups[0]), " ".join(w for g in groups[1:] for w in g)
    return " ".join(groups[-1]), " ".join(w for g in groups[:-1] for w in g)
