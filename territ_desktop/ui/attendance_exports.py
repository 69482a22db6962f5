"""Attendance exports from the window: checks first, then a file picker, then a worker thread.

Sign-in sheets (blank or filled), the funder workbook (Excel or CSV) and the attestations (one
PDF, or one file per person in a folder). The checks of ``AttendanceService.checks`` run before
the picker: their warnings never stop an export, but the user reads them first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from territ_desktop.domain.participant import fold
from territ_desktop.ui import messages
from territ_desktop.ui.actions import attempt
from territ_desktop.ui.export_checks_dialog import ExportChecksDialog
from territ_desktop.ui.worker import Job

if TYPE_CHECKING:
    from territ_desktop.services.attendance import AttendanceService


class ExportKind(Enum):
    """What to export."""

    BLANK_SHEETS = "blank"
    FILLED_SHEETS = "filled"
    FUNDER = "funder"
    ATTESTATIONS_PDF = "attestations_pdf"
    ATTESTATIONS_FOLDER = "attestations_folder"


def file_stem(title: str) -> str:
    """A file-name-safe short form of a session title (accents and punctuation dropped)."""
    words = "".join(c if c.isalnum() else " " for c in fold(title)).split()
    return "-".join(words)[:48].strip("-") or "session"


class AttendanceExports(QObject):
    """Runs the exports of one tab; ``busy_changed`` tells when one is being written."""

    busy_changed = Signal(bool)
    finished = Signal(object)  # the paths written, after the user was told

    def __init__(self, parent_widget: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widget = parent_widget
        self._jobs: set[Job] = set()
        self.today: Callable[[], dt.date] = dt.date.today  # tests fix the clock here

    def menu(
        self, parent: QWidget, chosen: Callable[[ExportKind], None]
    ) -> tuple[QMenu, dict[ExportKind, QAction]]:
        """A menu of every export; ``chosen`` gets the kind picked."""
        menu = QMenu(parent)
        actions: dict[ExportKind, QAction] = {}
        for kind, text in (
            (ExportKind.BLANK_SHEETS, self.tr("Feuilles d'émargement vierges…")),
            (ExportKind.FILLED_SHEETS, self.tr("Feuilles d'émargement remplies…")),
            (ExportKind.FUNDER, self.tr("Présences pour le financeur (Excel/CSV)…")),
            (ExportKind.ATTESTATIONS_PDF, self.tr("Attestations (un seul PDF)…")),
            (ExportKind.ATTESTATIONS_FOLDER, self.tr("Attestations (un fichier par personne)…")),
        ):
            actions[kind] = menu.addAction(text)
            actions[kind].triggered.connect(lambda _checked=False, k=kind: chosen(k))
        return menu, actions

    @property
    def busy(self) -> bool:
        """Whether an export is being written."""
        return bool(self._jobs)

    def run(
        self, kind: ExportKind, service: AttendanceService, session_id: str, title: str
    ) -> None:
        """Check, ask where to write, and export in the background."""
        if self.busy:
            return
        warnings = attempt(self._widget, lambda: service.checks(session_id, until=self.today()))
        if warnings is None:
            return
        if warnings:
            checks = ExportChecksDialog(self._widget, warnings)
            go_on = checks.exec()
            checks.dialog.deleteLater()
            if not go_on:
                return
        target = self._ask_target(kind, file_stem(title))
        if target is None:
            return
        work = self._work(kind, service, session_id, target)
        job = Job(work)  # no parent: it must outlive a window closed while it runs
        self._jobs.add(job)
        job.finished.connect(lambda result: self._done(job, kind, result))
        job.failed.connect(lambda message: self._failed(job, message))
        job.crashed.connect(lambda details: self._crashed(job, details))
        self.busy_changed.emit(True)
        job.start()

    def _ask_target(self, kind: ExportKind, stem: str) -> Path | None:
        w = self._widget
        pdf = self.tr("Documents PDF (*.pdf)")
        if kind is ExportKind.BLANK_SHEETS:
            title = self.tr("Enregistrer les feuilles d'émargement vierges")
            return _with_suffix(
                messages.choose_save_file(
                    w, title, self.tr("emargement-vierge-{stem}.pdf").format(stem=stem), pdf
                ),
                ".pdf",
            )
        if kind is ExportKind.FILLED_SHEETS:
            title = self.tr("Enregistrer les feuilles d'émargement remplies")
            return _with_suffix(
                messages.choose_save_file(
                    w, title, self.tr("emargement-{stem}.pdf").format(stem=stem), pdf
                ),
                ".pdf",
            )
        if kind is ExportKind.FUNDER:
            title = self.tr("Enregistrer les présences pour le financeur")
            filters = self.tr("Classeur Excel (*.xlsx);;Fichier CSV (*.csv)")
            chosen = messages.choose_save_file(
                w, title, self.tr("presences-{stem}.xlsx").format(stem=stem), filters
            )
            if chosen is not None and chosen.suffix.lower() not in (".xlsx", ".csv"):
                chosen = chosen.with_name(chosen.name + ".xlsx")
            return chosen
        if kind is ExportKind.ATTESTATIONS_PDF:
            title = self.tr("Enregistrer les attestations de présence")
            return _with_suffix(
                messages.choose_save_file(
                    w, title, self.tr("attestations-{stem}.pdf").format(stem=stem), pdf
                ),
                ".pdf",
            )
        title = self.tr("Dossier où enregistrer une attestation par personne")
        return messages.choose_folder(w, title)

    @staticmethod
    def _work(
        kind: ExportKind, service: AttendanceService, session_id: str, target: Path
    ) -> Callable[[], list[Path]]:
        def work() -> list[Path]:
            if kind is ExportKind.BLANK_SHEETS:
                return [service.export_sheets(session_id, target, blank=True)]
            if kind is ExportKind.FILLED_SHEETS:
                return [service.export_sheets(session_id, target)]
            if kind is ExportKind.FUNDER:
                return [service.export_attendance(session_id, target)]
            return service.export_attestations(session_id, target)

        return work

    def _settle(self, job: Job) -> None:
        self._jobs.discard(job)
        if not self._jobs:
            self.busy_changed.emit(False)

    def _done(self, job: Job, kind: ExportKind, result: object) -> None:
        self._settle(job)
        assert isinstance(result, list)
        paths = [Path(p) for p in result]
        if kind is ExportKind.ATTESTATIONS_FOLDER:
            folder = paths[0].parent if paths else None
            question = self.tr(
                "{n} attestation(s) enregistrée(s) dans « {folder} ». Ouvrir le dossier ?"
            )
            if folder is None:
                messages.show_info(
                    self._widget,
                    self.tr("Aucune attestation : personne n'a de présence enregistrée."),
                )
            elif messages.confirm(self._widget, question.format(n=len(paths), folder=folder)):
                messages.open_file(self._widget, folder)
        elif paths:
            question = self.tr("« {name} » est enregistré. L'ouvrir maintenant ?")
            if messages.confirm(self._widget, question.format(name=paths[0].name)):
                messages.open_file(self._widget, paths[0])
        self.finished.emit(paths)

    def _failed(self, job: Job, message: str) -> None:
        self._settle(job)
        messages.show_error(self._widget, message)

    def _crashed(self, job: Job, details: str) -> None:
        self._settle(job)
        # A bug: raised on the GUI thread, where the error dialog shows it with the log.
        raise RuntimeError(f"Export failed:\n{details}")


def _with_suffix(path: Path | None, suffix: str) -> Path | None:
    if path is not None and path.suffix.lower() != suffix:
        return path.with_name(path.name + suffix)
    return path
