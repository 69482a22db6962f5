"""Importing a registration spreadsheet: read, correct, preview, then import in one step.

Reading the file and planning the import run in the thread pool (a big workbook takes a
moment); every change of sheet, encoding, separator, header row, column, audience or excluded
row plans again. Nothing is written until "Importer"; the import is then one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QWidget,
)

from territ_desktop.domain.audience import Audience
from territ_desktop.importing import (
    CSV_DELIMITERS,
    CSV_ENCODINGS,
    ColumnMapping,
    FileKind,
    ImportFileError,
    RawTable,
    RowAction,
    mapping_for_header_row,
)
from territ_desktop.ui import labels, messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.import_command import file_filters
from territ_desktop.ui.import_mapping_editor import ImportMappingEditor
from territ_desktop.ui.import_preview_model import (
    ROW_NUMBER_ROLE,
    ImportPreviewFilter,
    ImportPreviewModel,
    Show,
)
from territ_desktop.ui.latest_job import LatestJob
from territ_desktop.ui.uiloader import child, load_ui

if TYPE_CHECKING:
    from territ_desktop.importing import ImportPlan
    from territ_desktop.services import Services
    from territ_desktop.services.importing import ImportPreview


@dataclass(frozen=True)
class _Planned:
    """What a background read or plan gives back to the dialog."""

    table: RawTable
    mapping: ColumnMapping
    preview: ImportPreview | None
    error: str


class ImportDialog(QObject):
    """The import window; ``imported`` carries ``(plan, result)`` once the import is written."""

    previewed = Signal()
    imported = Signal(object, object)

    def __init__(self, services: Services, session_id: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._services = services
        dialog = load_ui("import_dialog.ui", parent)
        assert isinstance(dialog, QDialog)
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_finished)
        self.setParent(dialog)
        self.path: Path | None = None
        self._sheets: list[str] = []
        self._table: RawTable | None = None
        self.preview: ImportPreview | None = None
        self.overrides: dict[int, Audience] = {}
        self.excluded: set[int] = set()
        self._jobs = LatestJob(self)
        self._jobs.busy_changed.connect(self._set_busy)

        self.file_edit = child(dialog, QLineEdit, "fileEdit")
        self.sheet = child(dialog, QComboBox, "sheetCombo")
        self.encoding = child(dialog, QComboBox, "encodingCombo")
        self.delimiter = child(dialog, QComboBox, "delimiterCombo")
        self.header_row = child(dialog, QSpinBox, "headerRowSpin")
        self.session = child(dialog, QComboBox, "sessionCombo")
        self.notices = child(dialog, QLabel, "noticesLabel")
        self.counts = child(dialog, QLabel, "countsLabel")
        self.status = child(dialog, QLabel, "statusLabel")
        self.show_combo = child(dialog, QComboBox, "showCombo")
        self.audience = child(dialog, QComboBox, "audienceCombo")
        self.import_button = child(dialog, QPushButton, "importButton")
        self.mapping = ImportMappingEditor(child(dialog, QTableWidget, "mappingTable"))
        self.model = ImportPreviewModel()
        self.proxy = ImportPreviewFilter()
        self.proxy.setSourceModel(self.model)
        self.view = child(dialog, QTableView, "previewView")
        self.view.setModel(self.proxy)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        splitter = child(dialog, QSplitter, "splitter")
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self._fill_combos(session_id)

        self.mapping.changed.connect(self._on_mapping)
        self.sheet.currentIndexChanged.connect(lambda _i: self._reread(keep_rows=False))
        self.encoding.currentIndexChanged.connect(lambda _i: self._reread(keep_rows=True))
        self.delimiter.currentIndexChanged.connect(lambda _i: self._reread(keep_rows=True))
        self.header_row.valueChanged.connect(self._on_header_row)
        self.show_combo.currentIndexChanged.connect(
            lambda i: self.proxy.set_show(Show(self.show_combo.itemData(i)))
        )
        for name, slot in (
            ("chooseFileButton", self.choose_file),
            ("setAudienceButton", self.set_audience_of_selection),
            ("setAudienceAllButton", self.set_audience_of_all),
            ("excludeButton", self.toggle_excluded),
            ("importButton", self.import_now),
            ("closeButton", dialog.reject),
        ):
            child(dialog, QPushButton, name).clicked.connect(slot)
        self._set_busy(False)

    def _fill_combos(self, session_id: str | None) -> None:
        encodings = {
            "utf-8": self.tr("UTF-8 (Unicode)"),
            "cp1252": self.tr("Windows (Europe occidentale, cp1252)"),
            "iso-8859-15": self.tr("ISO Latin-9"),
            "mac_roman": self.tr("Mac (ancien format)"),
            "utf-16": self.tr("UTF-16 (Texte Unicode d'Excel)"),
        }
        for code, label in CSV_ENCODINGS.items():
            self.encoding.addItem(encodings.get(code, label), code)
        separators = {
            ";": self.tr("Point-virgule (;)"),
            ",": self.tr("Virgule (,)"),
            "\t": self.tr("Tabulation"),
        }
        for code, label in CSV_DELIMITERS.items():
            self.delimiter.addItem(separators.get(code, label), code)
        self.session.addItem(self.tr("Aucune session (annuaire seulement)"), "")
        for summary in self._services.sessions.list_sessions():
            when = f" — {summary.first_date:%d/%m/%Y}" if summary.first_date else ""
            self.session.addItem(summary.title + when, summary.id)
        found = self.session.findData(session_id or "")
        self.session.setCurrentIndex(max(found, 0))
        for show, text in (
            (Show.ALL, self.tr("Toutes les lignes")),
            (Show.TO_CHECK, self.tr("Lignes à vérifier")),
            (Show.REJECTED, self.tr("Lignes non importées")),
        ):
            self.show_combo.addItem(text, int(show))
        for code in Audience:
            self.audience.addItem(labels.audience(code), str(code))

    # -- reading and planning, off the GUI thread ---------------------------------------------

    def choose_file(self) -> None:
        """Ask for a file and read it."""
        path = messages.choose_open_file(
            self.dialog, self.tr("Importer des inscriptions"), file_filters()
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read ``path`` with the detected settings and show its preview."""
        self.path = path
        self.file_edit.setText(str(path))
        self.overrides.clear()
        self.excluded.clear()
        importing = self._services.importing

        def read() -> tuple[list[str], _Planned]:
            sheets = importing.sheets(path)
            return sheets, self._plan(importing.read(path), None)

        self._jobs.start(read, self._on_read, self._on_error)

    def _reread(self, keep_rows: bool) -> None:
        """Read the file again with the chosen sheet, encoding or separator."""
        if self.path is None or self._table is None:
            return
        path, importing = self.path, self._services.importing
        csv = self._table.kind is FileKind.CSV
        sheet = None if csv else self.sheet.currentText() or None
        encoding = self.encoding.currentData() if csv else None
        delimiter = self.delimiter.currentData() if csv else None
        if not keep_rows:
            self.overrides.clear()
            self.excluded.clear()
        overrides, excluded = dict(self.overrides), set(self.excluded)

        def read() -> _Planned:
            table = importing.read(path, sheet, encoding, delimiter)
            return self._plan(table, None, overrides, excluded)

        self._jobs.start(read, self._show, self._on_error)

    def _replan(self, mapping: ColumnMapping | None = None) -> None:
        """Plan again (new mapping, audiences or exclusions) without reading the file."""
        table = self._table
        if table is None:
            return
        mapping = mapping or self.mapping.mapping
        overrides, excluded = dict(self.overrides), set(self.excluded)
        self._jobs.start(
            lambda: self._plan(table, mapping, overrides, excluded), self._show, self._on_error
        )

    def _plan(
        self,
        table: RawTable,
        mapping: ColumnMapping | None,
        overrides: dict[int, Audience] | None = None,
        excluded: set[int] | None = None,
    ) -> _Planned:
        """Runs in the pool: plan, or keep the table so the user can fix the mapping."""
        try:
            preview = self._services.importing.replan(table, mapping, overrides, excluded or ())
        except ImportFileError as error:
            if mapping is None:
                mapping = mapping_for_header_row(table, 1).mapping
            return _Planned(table, mapping, None, str(error))
        return _Planned(table, preview.detection.mapping, preview, "")

    def _on_error(self, message: str) -> None:
        if self._table is not None and self.mapping.mapping is not None:
            self._show_source(self._table, self.mapping.mapping)  # the settings still shown
        self.status.setText(message)
        messages.show_error(self.dialog, message)

    def _on_read(self, result: object) -> None:
        assert isinstance(result, tuple)
        sheets, planned = result
        self._sheets = sheets
        self._show(planned)

    def _show(self, result: object) -> None:
        assert isinstance(result, _Planned)
        table = self._table = result.table
        self.preview = result.preview
        self._show_source(table, result.mapping)
        self.mapping.show_mapping(table, result.mapping)
        plan = result.preview.plan if result.preview is not None else None
        names: dict[str, str] = {}
        if result.preview is not None:
            names = {i: p.printed_name for i, p in result.preview.known.items()}
            names.update((p.id, p.printed_name) for p in result.preview.plan.new_participants)
        self.model.set_rows(plan.rows if plan is not None else (), names)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            widest = 240 if column == 1 else 180
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        self._show_notes(result)
        self._show_counts(plan)
        self._set_busy(self._jobs.busy)
        self.previewed.emit()

    def _show_source(self, table: RawTable, mapping: ColumnMapping) -> None:
        csv = table.kind is FileKind.CSV
        for combo, enabled in ((self.sheet, not csv), (self.encoding, csv), (self.delimiter, csv)):
            combo.blockSignals(True)
            combo.setEnabled(enabled)
        self.sheet.clear()
        self.sheet.addItems(self._sheets)
        self.sheet.setCurrentIndex(max(self.sheet.findText(table.sheet or ""), 0))
        if csv:
            if self.encoding.findData(table.encoding) < 0:
                self.encoding.addItem(str(table.encoding), table.encoding)
            self.encoding.setCurrentIndex(self.encoding.findData(table.encoding))
            self.delimiter.setCurrentIndex(max(self.delimiter.findData(table.delimiter), 0))
        for combo in (self.sheet, self.encoding, self.delimiter):
            combo.blockSignals(False)
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, min(50, len(table.rows))))
        self.header_row.setValue(max(mapping.header_row, 1))
        self.header_row.blockSignals(False)

    def _show_notes(self, result: _Planned) -> None:
        notes = list(result.table.notices)
        if result.preview is not None:
            ignored = [c.header for c in result.preview.detection.ignored if c.header]
            if ignored:
                notes.append(
                    self.tr("Colonnes ignorées : {names}.").format(names=", ".join(ignored))
                )
        if result.error:
            notes.insert(0, result.error)
        self.notices.setText("\n".join(notes))
        self.notices.setVisible(bool(notes))

    def _show_counts(self, plan: ImportPlan | None) -> None:
        if plan is None:
            self.counts.setText(self.tr("Associez une colonne au nom pour voir l'aperçu."))
            return
        c = plan.counts
        text = self.tr(
            "{rows} ligne(s) de données : {new} nouvelle(s) fiche(s), {merged} déjà dans "
            "l'annuaire, {duplicates} doublon(s), {rejected} non importée(s) (dont {blank} "
            "vide(s))."
        ).format(
            rows=c.data_rows,
            new=c.new,
            merged=c.merged_existing,
            duplicates=c.duplicates,
            rejected=c.rejected,
            blank=c.blank,
        )
        waiting = len(plan.rows_needing_audience)
        if waiting:
            text += " " + self.tr(
                "Public à choisir pour {n} ligne(s), surlignée(s) : sinon « Autre »."
            ).format(n=waiting)
        self.counts.setText(text)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText(self.tr("Lecture du fichier…"))
        elif self.status.text() == self.tr("Lecture du fichier…"):
            self.status.clear()
        ready = not busy and self.preview is not None and bool(self.preview.plan.participant_ids)
        self.import_button.setEnabled(ready)

    # -- corrections ---------------------------------------------------------------------------

    def _on_mapping(self, mapping: object) -> None:
        assert isinstance(mapping, ColumnMapping)
        self._replan(mapping)

    def _on_header_row(self, row: int) -> None:
        if self._table is not None:
            self._replan(mapping_for_header_row(self._table, row).mapping)

    def selected_rows(self) -> list[int]:
        """Source row numbers of the selected preview lines."""
        indexes = self.view.selectionModel().selectedRows()
        return sorted(int(self.proxy.data(i, ROW_NUMBER_ROLE)) for i in indexes)

    def _importable(self, numbers: list[int]) -> list[int]:
        plan = self.preview.plan if self.preview is not None else None
        if plan is None:
            return []
        outcomes = [plan.outcome(n) for n in numbers]
        return [o.row_number for o in outcomes if o is not None and o.record is not None]

    def set_audience_of_selection(self) -> None:
        """Give the selected rows the audience chosen in the combo box."""
        self._set_audience(self._importable(self.selected_rows()))

    def set_audience_of_all(self) -> None:
        """Give every row whose audience was not recognised the chosen audience."""
        if self.preview is not None:
            self._set_audience(list(self.preview.plan.rows_needing_audience))

    def _set_audience(self, numbers: list[int]) -> None:
        if not numbers:
            return
        audience = Audience(self.audience.currentData())
        self.overrides.update(dict.fromkeys(numbers, audience))
        self._replan()

    def toggle_excluded(self) -> None:
        """Leave out the selected rows, or take back those already left out."""
        plan = self.preview.plan if self.preview is not None else None
        numbers = self.selected_rows()
        if plan is None or not numbers:
            return
        for number in numbers:
            outcome = plan.outcome(number)
            if number in self.excluded:
                self.excluded.discard(number)
            elif outcome is not None and outcome.action is not RowAction.REJECTED:
                self.excluded.add(number)
        self._replan()

    # -- importing -----------------------------------------------------------------------------

    def import_now(self) -> None:
        """Write the previewed import, then close."""
        preview = self.preview
        if preview is None or self._jobs.busy:
            return
        session_id = self.session.currentData() or None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = attempt(
                self.dialog, lambda: self._services.importing.apply(preview.plan, session_id)
            )
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            self._replan()  # the directory changed under the preview: show it as it is now
            return
        self.imported.emit(preview.plan, result)
        self.dialog.accept()

    def _on_finished(self, _code: int) -> None:
        self._jobs.stop()

    def open(self) -> None:
        """Show the dialog, modal to its window, without blocking."""
        self.dialog.open()
