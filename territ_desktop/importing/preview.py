"""One call from a file to its import plan, for the command line and simple callers."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from territ_desktop.domain import Audience, Participant
from territ_desktop.importing.headers import HeaderDetection, detect_header
from territ_desktop.importing.outcome import ImportPlan
from territ_desktop.importing.plan import plan_import
from territ_desktop.importing.reader import read_table
from territ_desktop.importing.table import RawTable


@dataclass(frozen=True)
class ImportPreview:
    """A file read, its header detected and its import planned."""

    table: RawTable
    detection: HeaderDetection
    plan: ImportPlan


def preview_file(
    path: str | os.PathLike[str],
    existing: Sequence[Participant] = (),
    *,
    sheet: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    overrides: Mapping[int, Audience] | None = None,
) -> ImportPreview:
    """Read ``path``, detect its header and columns, and plan the import against ``existing``.

    The arguments are those of :func:`read_table` and :func:`plan_import`.

    Raises:
        ImportFileError: the file cannot be imported (the message says why and what to do).
    """
    table = read_table(path, sheet=sheet, encoding=encoding, delimiter=delimiter)
    detection = detect_header(table)
    plan = plan_import(table, detection.mapping, existing, overrides)
    return ImportPreview(table, detection, plan)
