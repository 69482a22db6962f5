"""Importing registration lists from Excel workbooks and CSV files: file in, plan out.

Pure code (no Qt, no database). The steps, each usable alone so a dialog can show and correct
the intermediate results:

1. :func:`read_workbook_sheets` lists a workbook's sheets; :func:`read_table` reads one sheet
   or a CSV file into a :class:`RawTable` of text cells (detecting a CSV's encoding and
   separator, which the caller can override).
2. :func:`detect_header` finds the header row and maps columns to :class:`Field` values in a
   :class:`ColumnMapping`, which the user may correct (:meth:`ColumnMapping.with_column`,
   :func:`mapping_for_header_row`).
3. :func:`plan_import` cleans every data row and matches it with the existing participants
   and earlier rows, giving an :class:`ImportPlan`: one :class:`RowOutcome` per data row, the
   new participants and the updates to save.

:func:`preview_file` does all three. Anything wrong with the file raises
:class:`ImportFileError`, a :class:`~territ_desktop.domain.UserError` with a French message.
"""

from territ_desktop.importing.audience_text import AudienceGuess, guess_audience
from territ_desktop.importing.cleaning import CleanRecord, clean_row
from territ_desktop.importing.csv_reader import CSV_DELIMITERS, CSV_ENCODINGS
from territ_desktop.importing.errors import ImportFileError
from territ_desktop.importing.headers import (
    FIELD_LABELS,
    ColumnMapping,
    Field,
    HeaderDetection,
    IgnoredColumn,
    detect_header,
    ignored_columns,
    mapping_for_header_row,
)
from territ_desktop.importing.merge import FILLABLE_FIELDS, FieldConflict
from territ_desktop.importing.names import NameOrder, split_full_name
from territ_desktop.importing.outcome import (
    BLANK_REASON,
    ROW_ACTION_LABELS,
    ImportCounts,
    ImportPlan,
    ParticipantUpdate,
    RowAction,
    RowOutcome,
)
from territ_desktop.importing.plan import plan_import
from territ_desktop.importing.preview import ImportPreview, preview_file
from territ_desktop.importing.reader import read_table, read_workbook_sheets
from territ_desktop.importing.table import MAX_DATA_ROWS, FileKind, RawRow, RawTable

__all__ = [
    "BLANK_REASON",
    "CSV_DELIMITERS",
    "CSV_ENCODINGS",
    "FIELD_LABELS",
    "FILLABLE_FIELDS",
    "MAX_DATA_ROWS",
    "ROW_ACTION_LABELS",
    "AudienceGuess",
    "CleanRecord",
    "ColumnMapping",
    "Field",
    "FieldConflict",
    "FileKind",
    "HeaderDetection",
    "IgnoredColumn",
    "ImportCounts",
    "ImportFileError",
    "ImportPlan",
    "ImportPreview",
    "NameOrder",
    "ParticipantUpdate",
    "RawRow",
    "RawTable",
    "RowAction",
    "RowOutcome",
    "clean_row",
    "detect_header",
    "guess_audience",
    "ignored_columns",
    "mapping_for_header_row",
    "plan_import",
    "preview_file",
    "read_table",
    "read_workbook_sheets",
    "split_full_name",
]
