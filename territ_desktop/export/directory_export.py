"""The participant directory, for the trainer's own use: every field, French column titles.

Two formats with the same columns: an Excel workbook (frozen header, filter, print setup) and a
French-Excel CSV. Participants come sorted by last then first name. Everything is text, stored
as text: a phone number keeps its leading ``+`` or ``0`` and a name never becomes a formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl.utils import get_column_letter

from territ_desktop.domain.audience import audience_label
from territ_desktop.domain.participant import Participant
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.attendance_data import printed_order
from territ_desktop.export.french_csv import write_csv
from territ_desktop.export.worksheet_writer import (
    SheetWriter,
    layout,
    new_workbook,
    print_setup,
    set_widths,
    text_width,
)

DIRECTORY_HEADERS = (
    "Nom",
    "Prénom",
    "Organisme",
    "Fonction",
    "Public",
    "Commune / territoire",
    "Courriel",
    "Téléphone",
    "Notes",
    "Identifiant",
)
SHEET_TITLE = "Annuaire"


def directory_row(participant: Participant) -> tuple[str, ...]:
    """One participant's line, in :data:`DIRECTORY_HEADERS` order."""
    p = participant
    return (
        p.last_name,
        p.first_name,
        p.organisation,
        p.function,
        audience_label(p.audience),
        p.territory,
        p.email,
        p.phone,
        p.notes,
        p.id,
    )


def write_directory_xlsx(
    participants: Sequence[Participant],
    target: Path | str,
    *,
    title: str = "Annuaire des participants",
) -> Path:
    """Write the participant directory as an Excel workbook.

    Args:
        participants: The participants to list.
        target: The ``.xlsx`` file to create or replace (atomically).
        title: Printed in the page header.

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    rows = [directory_row(p) for p in printed_order(participants)]
    target = Path(target)
    # Built inside the atomic block: see write_attendance_workbook.
    with atomic_path(target) as temporary:
        workbook = new_workbook()
        writer = SheetWriter(workbook, SHEET_TITLE)
        widths = [
            text_width([header, *(row[i] for row in rows)], maximum=50 if i == 8 else 40)
            for i, header in enumerate(DIRECTORY_HEADERS)
        ]
        set_widths(writer.sheet, widths)
        writer.sheet.freeze_panes = "C2"
        last = get_column_letter(len(DIRECTORY_HEADERS))
        layout(writer.sheet).auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        print_setup(writer.sheet, title=title, landscape=True, title_rows="1:1")
        writer.header(DIRECTORY_HEADERS)
        for row in rows:
            writer.append(row)
        workbook.save(temporary)
    return target


def write_directory_csv(participants: Sequence[Participant], target: Path | str) -> Path:
    """Write the participant directory as a French-Excel CSV (``;``, UTF-8 with BOM).

    Args:
        participants: The participants to list.
        target: The ``.csv`` file to create or replace (atomically).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    rows = [directory_row(p) for p in printed_order(participants)]
    return write_csv(target, DIRECTORY_HEADERS, rows)
