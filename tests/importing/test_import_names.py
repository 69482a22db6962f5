"""Splitting "NOM Prénom" typed in one cell."""

from __future__ import annotations

import pytest

from territ_desktop.importing import NameOrder, split_full_name


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("DUPONT Jean", NameOrder.AUTO, ("DUPONT", "Jean")),
        ("Jean DUPONT", NameOrder.AUTO, ("DUPONT", "Jean")),
        ("DE LA TOUR Marie-Claire", NameOrder.AUTO, ("DE LA TOUR", "Marie-Claire")),
        ("Jean-Pierre LE GOFF", NameOrder.AUTO, ("LE GOFF", "Jean-Pierre")),
        ("Anne-Sophie VAN DER BERG", NameOrder.AUTO, ("VAN DER BERG", "Anne-Sophie")),
        ("O'NEILL Sean", NameOrder.AUTO, ("O'NEILL", "Sean")),
        ("J. DUPONT", NameOrder.AUTO, ("DUPONT", "J.")),
        ("Dupont, Jean", NameOrder.FIRST_LAST, ("Dupont", "Jean")),
        ("Marie de la Tour", NameOrder.AUTO, ("de la Tour", "Marie")),
        ("Marie Claire Dupont", NameOrder.AUTO, ("Dupont", "Marie Claire")),
        ("Charles d'Artagnan", NameOrder.AUTO, ("d'Artagnan", "Charles")),
        ("Dupont Jean", NameOrder.LAST_FIRST, ("Dupont", "Jean")),
        ("Le Goff Jean", NameOrder.LAST_FIRST, ("Le Goff", "Jean")),
        ("Jean Le Goff", NameOrder.FIRST_LAST, ("Le Goff", "Jean")),
        ("DUPONT JEAN", NameOrder.AUTO, ("DUPONT", "JEAN")),
        ("DUPONT JEAN", NameOrder.FIRST_LAST, ("JEAN", "DUPONT")),
        ("Dupont", NameOrder.AUTO, ("Dupont", "")),
        ("  DUPONT   Jean  ", NameOrder.AUTO, ("DUPONT", "Jean")),
        ("", NameOrder.AUTO, ("", "")),
    ],
)
def test_split_full_name(text: str, order: NameOrder, expected: tuple[str, str]) -> None:
    assert split_full_name(text, order) == expected
