"""A small-group rotation plan as a workbook (XLSX), to adjust, filter and print.

Three sheets: "Plan" (one column per table, one block of rows per round, a name in each cell),
"Participants" (one row per person: identity, then the table of each round) and "Tables"
(theme, seats and head count per round). Every piece of user text is stored as text, so a name
starting with ``=`` never becomes a formula.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.utils import get_column_letter

from territ_desktop.domain.audience import audience_label
from territ_desktop.domain.participant import Participant
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.french_format import clock
from territ_desktop.export.groups_data import FACILITATOR_LABEL, GroupPlanPrint
from territ_desktop.export.worksheet_writer import (
    INTEGER_FORMAT,
    Number,
    SheetWriter,
    Text,
    Value,
    layout,
    new_workbook,
    print_setup,
    set_widths,
    text_width,
)

PLAN_SHEET = "Plan"
PARTICIPANTS_SHEET = "Participants"
TABLES_SHEET = "Tables"
ABSENT_TEXT = "absent·e"
IDENTITY_HEADERS = ("Nom", "Prénom", "Organisme", "Public")


def plan_cell(plan: GroupPlanPrint, person: Participant) -> str:
    """What a cell of the "Plan" sheet shows: ``"DUPONT Jean"``, facilitators marked."""
    if plan.is_facilitator(person.id):
        return f"{person.printed_name} ({FACILITATOR_LABEL})"
    return person.printed_name


def round_headers(plan: GroupPlanPrint) -> list[str]:
    """``"Tour 1"``, ``"Tour 2"``…; ``"Table"`` alone when the plan has one round."""
    if plan.round_count == 1:
        return ["Table"]
    return [f"Tour {r + 1}" for r in range(plan.round_count)]


def _round_label(plan: GroupPlanPrint, round_index: int) -> str:
    label = "Tour unique" if plan.round_count == 1 else f"Tour {round_index + 1}"
    times = plan.times_of(round_index)
    return f"{label} ({clock(times[0])} – {clock(times[1])})" if times else label


def _title(plan: GroupPlanPrint) -> str:
    return " — ".join(t for t in (plan.session_title.strip(), plan.slot()) if t)


def _plan_sheet(writer: SheetWriter, plan: GroupPlanPrint) -> None:
    blocks: list[tuple[str, list[list[str]]]] = []
    for r in range(plan.round_count):
        columns = [[plan_cell(plan, p) for p in plan.members(r, t.name)] for t in plan.tables]
        blocks.append((_round_label(plan, r), columns))
    rows = sum(max([1, *(len(c) for c in columns)]) for _, columns in blocks)
    widths = [text_width(["Tour", *(label for label, _ in blocks)], maximum=30)]
    for index, table in enumerate(plan.tables):
        cells = [table.name, *(name for _, columns in blocks for name in columns[index])]
        widths.append(text_width(cells, minimum=14, maximum=40))
    set_widths(writer.sheet, widths)
    sheet = writer.sheet
    sheet.freeze_panes = "B2"
    last_column = get_column_letter(len(plan.tables) + 1)
    layout(sheet).auto_filter.ref = f"A1:{last_column}{rows + 1}"
    print_setup(sheet, title=_title(plan), landscape=True, title_rows="1:1")
    writer.header(["Tour", *(t.name for t in plan.tables)])
    for label, columns in blocks:
        for line in range(max([1, *(len(c) for c in columns)])):
            row: list[Value] = [Text(label, bold=line == 0)]
            row += [Text(c[line]) if line < len(c) else None for c in columns]
            writer.append(row)


def _participants_sheet(writer: SheetWriter, plan: GroupPlanPrint) -> None:
    people = plan.everyone()
    identity = [
        (p.last_name, p.first_name, p.organisation, audience_label(p.audience)) for p in people
    ]
    widths = [
        text_width([header, *(row[i] for row in identity)], maximum=40)
        for i, header in enumerate(IDENTITY_HEADERS)
    ]
    rounds = round_headers(plan)
    table_width = text_width([t.name for t in plan.tables], minimum=12, maximum=30)
    set_widths(writer.sheet, [*widths, *([table_width] * len(rounds)), 16])
    sheet = writer.sheet
    sheet.freeze_panes = "C2"
    last_column = get_column_letter(len(IDENTITY_HEADERS) + len(rounds) + 1)
    layout(sheet).auto_filter.ref = f"A1:{last_column}{len(people) + 1}"
    print_setup(sheet, title=_title(plan), landscape=True, title_rows="1:1")
    writer.header([*IDENTITY_HEADERS, *rounds, "Animateur·rice"])
    for person, names in zip(people, identity, strict=True):
        tables = [Text(t) if t is not None else ABSENT_TEXT for t in plan.tables_of(person.id)]
        facilitator = "oui" if plan.is_facilitator(person.id) else None
        writer.append([*(Text(v) for v in names), *tables, facilitator])


def _tables_sheet(writer: SheetWriter, plan: GroupPlanPrint) -> None:
    rounds = round_headers(plan)
    names = text_width(["Table", *(t.name for t in plan.tables)], maximum=40)
    themes = text_width(["Thème", *(t.theme for t in plan.tables)], minimum=12, maximum=60)
    set_widths(writer.sheet, [names, themes, 10, *([10] * len(rounds))])
    layout(writer.sheet).freeze_panes = "B2"
    print_setup(writer.sheet, title=_title(plan), landscape=True, title_rows="1:1")
    counts_headers = (
        ["Effectif"] if plan.round_count == 1 else [f"Effectif {h.lower()}" for h in rounds]
    )
    writer.header(["Table", "Thème", "Places", *counts_headers])
    for table in plan.tables:
        seats: Value = None if table.capacity is None else Number(table.capacity, INTEGER_FORMAT)
        counts = [
            Number(len(plan.rounds[r].get(table.name, ())), INTEGER_FORMAT)
            for r in range(plan.round_count)
        ]
        writer.append([Text(table.name), Text(table.theme), seats, *counts])


def write_groups_workbook(plan: GroupPlanPrint, target: Path | str) -> Path:
    """Write a small-group plan as an XLSX workbook (sheets "Plan", "Participants", "Tables").

    Args:
        plan: The plan: tables, who sits where in each round, facilitators.
        target: The ``.xlsx`` file to create or replace (atomically).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    target = Path(target)
    # Built only once the target is known to be writable: a write-only workbook that is never
    # saved leaves openpyxl streams open until garbage collection.
    with atomic_path(target) as temporary:
        workbook = new_workbook()
        _plan_sheet(SheetWriter(workbook, PLAN_SHEET), plan)
        _participants_sheet(SheetWriter(workbook, PARTICIPANTS_SHEET), plan)
        _tables_sheet(SheetWriter(workbook, TABLES_SHEET), plan)
        workbook.save(temporary)
    return target
