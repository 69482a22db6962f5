"""Exports: plain domain values in, a file out. No Qt, no database.

Every writer takes a :class:`~territ_desktop.domain.Session`, its participants and (where it
matters) the attendance records keyed by ``(participant_id, half_day_id)``, writes the file
atomically through :func:`atomic_path`, and returns the path(s) written. A file that cannot be
written raises :class:`ExportError`, a :class:`~territ_desktop.domain.UserError` whose message
tells the user what to do.
"""

from territ_desktop.export.atomic import ExportError, atomic_binary, atomic_path
from territ_desktop.export.attendance_csv import write_attendance_csv
from territ_desktop.export.attendance_data import AttendanceData, RecordKey
from territ_desktop.export.attendance_sheet_layout import SheetLayout
from territ_desktop.export.attendance_sheet_pdf import write_attendance_sheets
from territ_desktop.export.attendance_workbook import write_attendance_workbook
from territ_desktop.export.attestation_pdf import write_attestation_files, write_attestations_pdf
from territ_desktop.export.directory_export import write_directory_csv, write_directory_xlsx
from territ_desktop.export.groups_data import GroupPlanPrint, TableInfo
from territ_desktop.export.groups_pdf import GroupPrintPart, write_groups_pdf
from territ_desktop.export.groups_workbook import write_groups_workbook
from territ_desktop.export.summary_data import (
    Evaluation,
    SummaryInput,
    TableNote,
    WorkshopSummary,
)
from territ_desktop.export.summary_pdf import write_summary_pdf
from territ_desktop.export.summary_workbook import write_summary_workbook

__all__ = [
    "AttendanceData",
    "Evaluation",
    "ExportError",
    "GroupPlanPrint",
    "GroupPrintPart",
    "RecordKey",
    "SheetLayout",
    "SummaryInput",
    "TableInfo",
    "TableNote",
    "WorkshopSummary",
    "atomic_binary",
    "atomic_path",
    "write_attendance_csv",
    "write_attendance_sheets",
    "write_attendance_workbook",
    "write_attestation_files",
    "write_attestations_pdf",
    "write_directory_csv",
    "write_directory_xlsx",
    "write_groups_pdf",
    "write_groups_workbook",
    "write_summary_pdf",
    "write_summary_workbook",
]
