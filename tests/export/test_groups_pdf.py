"""Small-group printouts read back with poppler: every page, every name, every round."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from pathlib import Path

import pytest
from export_samples import (
    HOSTILE,
    leftovers,
    make_group_people,
    make_group_plan,
    pdf_page_image,
    pdf_page_sizes,
    pdf_raw_pages,
)
from PIL import ImageChops

from territ_desktop.domain import Participant
from territ_desktop.export import (
    ExportError,
    GroupPlanPrint,
    GroupPrintPart,
    TableInfo,
    write_groups_pdf,
)
from territ_desktop.export.french_format import clock
from territ_desktop.export.groups_pdf_cards import cards_per_page
from territ_desktop.export.groups_pdf_overview import MIN_FONT, choose_layout
from territ_desktop.export.pdf_fonts import register_fonts

PORTRAIT = (595.276, 841.89)
LANDSCAPE = (841.89, 595.276)
CARD_CONTEXT = "Ateliers : partager les diagnostics locaux · 11/06/2026"


def _name(person: Participant) -> str:
    return f"{person.last_name.upper()} {person.first_name}"


@pytest.fixture(scope="module")
def plan() -> GroupPlanPrint:
    return make_group_plan()


@pytest.fixture(scope="module")
def pages(plan: GroupPlanPrint, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = write_groups_pdf(plan, tmp_path_factory.mktemp("groups") / "groupes.pdf")
    return pdf_raw_pages(path)


def test_page_count_and_order(plan: GroupPlanPrint, tmp_path: Path) -> None:
    path = write_groups_pdf(plan, tmp_path / "groupes.pdf")
    tables, rounds, seated = len(plan.tables), plan.round_count, len(plan.seated())
    card_pages = math.ceil(seated / cards_per_page(rounds))
    sizes = pdf_page_sizes(path)
    assert len(sizes) == 1 + tables * rounds + card_pages + tables
    assert sizes[0] == LANDSCAPE  # five wide columns read better across
    assert sizes[1 : 1 + tables * rounds + card_pages] == [PORTRAIT] * (
        tables * rounds + card_pages
    )
    assert sizes[-tables:] == [LANDSCAPE] * tables
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ({GroupPrintPart.OVERVIEW}, 1),
        ({GroupPrintPart.TABLES}, 15),
        ({GroupPrintPart.ROUTE_CARDS}, 4),
        ({GroupPrintPart.TENTS}, 5),
        ({GroupPrintPart.TENTS, GroupPrintPart.OVERVIEW}, 6),
    ],
)
def test_parts_are_selectable(
    plan: GroupPlanPrint, tmp_path: Path, parts: set[GroupPrintPart], expected: int
) -> None:
    path = write_groups_pdf(plan, tmp_path / "g.pdf", parts=parts)
    pages = pdf_raw_pages(path)
    assert len(pages) == expected
    if GroupPrintPart.OVERVIEW in parts:
        assert pages[0].startswith("Plan des tables")


def test_no_part_is_refused(plan: GroupPlanPrint, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least one part"):
        write_groups_pdf(plan, tmp_path / "g.pdf", parts=())
    assert list(tmp_path.iterdir()) == []


def test_table_pages_list_exactly_their_members(plan: GroupPlanPrint, pages: list[str]) -> None:
    everyone = plan.seated()
    for r in range(plan.round_count):
        start, end = plan.round_times[r] or (dt.time(0), dt.time(0))
        for t, table in enumerate(plan.tables):
            page = pages[1 + r * len(plan.tables) + t]
            members = plan.members(r, table.name)
            assert f"Tour {r + 1} sur 3 · de {clock(start)} à {clock(end)}" in page
            assert table.name in page
            assert table.theme in page
            assert f"{len(members)} personne" in page
            for person in everyone:
                assert (_name(person) in page) == (person in members), (r, table, person)


def test_facilitators_marked(plan: GroupPlanPrint, pages: list[str]) -> None:
    table_d = [t.name for t in plan.tables].index("Table D")
    for r in range(plan.round_count):
        for t in range(len(plan.tables)):
            page = pages[1 + r * len(plan.tables) + t]
            # "=1+1 Jean" facilitates table D but misses the last round.
            alone = r == 2 and t == table_d
            assert ("dont 1 animateur·rice" in page) != alone
            assert (page.count("animateur·rice") == 2) != alone  # the count and the tag


def test_absent_people_left_out(plan: GroupPlanPrint, pages: list[str]) -> None:
    tables = len(plan.tables)
    benali = plan.participants["g10"]  # absent from round 1 only
    round_pages = [pages[1 + r * tables : 1 + (r + 1) * tables] for r in range(3)]
    assert sum(_name(benali) in page for page in round_pages[0]) == 0
    assert sum(_name(benali) in page for page in round_pages[1]) == 1
    nowhere = plan.participants["g-away"]
    assert not any(_name(nowhere) in page for page in pages)


def test_route_cards(plan: GroupPlanPrint, pages: list[str]) -> None:
    first = 1 + len(plan.tables) * plan.round_count
    cards = [card for page in pages[first : first + 4] for card in page.split(CARD_CONTEXT)[1:]]
    seated = plan.seated()
    assert len(cards) == len(seated) == 40
    for card, person in zip(cards, seated, strict=True):  # in name order
        assert _name(person) in card
        if person.organisation:
            assert person.organisation in card
        assert ("animateur·rice" in card) == plan.is_facilitator(person.id)
        for r, table in enumerate(plan.tables_of(person.id)):
            times = plan.round_times[r]
            assert times is not None
            label = f"Tour {r + 1} · {clock(times[0])}"
            assert f"{label} {table or '—'}" in card, (person, r)
    benali = next(c for c in cards if "BENALI Karim" in c)
    assert "Tour 1 · 14 h 00 — Tour 2" in benali


def test_overview(plan: GroupPlanPrint, pages: list[str]) -> None:
    overview = pages[0]
    assert overview.startswith("Plan des tables — Ateliers : partager les diagnostics locaux")
    assert "jeudi 11 juin 2026, de 14 h 00 à 16 h 00" in overview
    for table in plan.tables:
        assert table.name in overview
    for person in plan.seated():
        if len(person.last_name) < 20:  # very long names are shortened in the grid
            assert person.last_name.upper() in overview
    assert "★ animateur·rice" in overview
    assert "autres" not in overview  # nobody left out for lack of room


def test_hostile_and_international_text(tmp_path: Path, plan: GroupPlanPrint) -> None:
    hostile_table = TableInfo(HOSTILE, f"Thème {HOSTILE}")
    tables = (hostile_table, *plan.tables[1:])
    first_table = plan.tables[0].name
    rounds = tuple(
        {(HOSTILE if name == first_table else name): ids for name, ids in groups.items()}
        for groups in plan.rounds
    )
    odd = dataclasses.replace(
        plan, tables=tables, rounds=rounds, item_title=HOSTILE, session_title=HOSTILE
    )
    path = write_groups_pdf(odd, tmp_path / "g.pdf")
    text = " ".join(pdf_raw_pages(path))
    for expected in ("WÓJCIK Łukasz", "POPESCU Ştefan", "NGUYỄN Thị Minh", f"Thème {HOSTILE}"):
        assert expected in text
    assert text.count(HOSTILE) > 40
    data = path.read_bytes()
    assert b"/URI" not in data
    assert b"Helvetica" not in data


def test_tents_read_from_both_sides(plan: GroupPlanPrint, tmp_path: Path) -> None:
    path = write_groups_pdf(plan, tmp_path / "t.pdf", parts={GroupPrintPart.TENTS})
    pages = pdf_raw_pages(path)
    for page, table in zip(pages, plan.tables, strict=True):
        assert table.name in page
        assert table.theme in page
    image = pdf_page_image(path, 1)
    width, height = image.size
    half = height // 2
    lower = image.crop((0, height - half, width, height))
    upper = image.crop((0, 0, width, half)).rotate(180)
    ink = sum(lower.histogram()[:128])
    assert ink > 500  # the name is printed large
    # The upper half is the lower half turned upside down: once aligned to the pixel (the
    # renderer rounds each half its own way), hardly a pixel differs.
    differences = [
        sum(ImageChops.difference(lower, ImageChops.offset(upper, dx, dy)).histogram()[128:])
        for dx in range(-3, 4)
        for dy in range(-3, 4)
    ]
    assert min(differences) < ink * 0.1


def test_single_round_without_times(tmp_path: Path) -> None:
    plan = make_group_plan(rounds=1, with_times=False, date=None)
    path = write_groups_pdf(plan, tmp_path / "g.pdf")
    pages = pdf_raw_pages(path)
    assert len(pages) == 1 + 5 + 4 + 5
    assert "Tour unique · de 14 h 00 à 16 h 00" in pages[1]
    assert "11 juin" not in pages[0]
    cards = " ".join(pages[6:10])
    assert "WÓJCIK Łukasz Ville de Besançon Table Table A" in cards
    assert "Tour" not in cards


def test_crowded_table_continues(tmp_path: Path) -> None:
    people = make_group_people()
    plan = GroupPlanPrint(
        session_title="Session",
        item_title="Atelier",
        tables=(TableInfo("Plénière"),),
        rounds=({"Plénière": tuple(p.id for p in people)},),
        participants={p.id: p for p in people},
    )
    path = write_groups_pdf(plan, tmp_path / "g.pdf", parts={GroupPrintPart.TABLES})
    pages = pdf_raw_pages(path)
    assert len(pages) == 2
    assert "(suite)" in pages[1]
    assert "41 personnes" in pages[0]
    for person in people:
        assert sum(_name(person) in page for page in pages) == 1


def test_large_plan_overview_continues_readably() -> None:
    people = [Participant(f"x{i}", f"Nom{i:03d}", "Prénom", "Organisme") for i in range(180)]
    tables = tuple(TableInfo(f"Groupe {k + 1}", "Thème") for k in range(12))
    rounds = tuple(
        {
            t.name: tuple(p.id for i, p in enumerate(people) if (i + r * (i // 12)) % 12 == k)
            for k, t in enumerate(tables)
        }
        for r in range(4)
    )
    plan = GroupPlanPrint("S", "A", tables, rounds, {p.id: p for p in people})
    layout = choose_layout(plan, register_fonts())
    assert len(layout) > 1
    assert all(page.font >= MIN_FONT for page in layout)
    shown = {(r, t.name) for page in layout for r in page.rounds for t in page.tables}
    assert shown == {(r, t.name) for r in range(4) for t in tables}


def test_unwritable_target(plan: GroupPlanPrint, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="n'existe pas"):
        write_groups_pdf(plan, tmp_path / "absent" / "g.pdf")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tables": ()}, "at least one table"),
        ({"tables": (TableInfo("A"), TableInfo("A"))}, "duplicate table"),
        ({"rounds": ({"Z": ()},), "round_times": ()}, "unknown table"),
        ({"rounds": ({"Table A": ("nobody",)},), "round_times": ()}, "unknown person"),
        (
            {"rounds": ({"Table A": ("p1",), "Table B": ("p1",)},), "round_times": ()},
            "seated twice",
        ),
        ({"round_times": ((dt.time(9), dt.time(10)),)}, "round_times"),
    ],
)
def test_inconsistent_plans_are_refused(
    plan: GroupPlanPrint, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        dataclasses.replace(plan, **change)  # type: ignore[arg-type]
