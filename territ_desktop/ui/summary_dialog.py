"""Dialog to preview the session summary (synthèse) and save it as PDF or Excel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from territ_desktop.domain.participant import fold
from territ_desktop.ui import messages
from territ_desktop.ui.latest_job import LatestJob
from territ_desktop.ui.markdown_preview import parse_blocks
from territ_desktop.ui.summary_preview import MAX_PAGES, Preview, make_preview
from territ_desktop.ui.uiloader import child, load_ui
from territ_desktop.ui.worker import Job

if TYPE_CHECKING:
    from territ_desktop.export.summary_data import SummaryInput
    from territ_desktop.services.summary import SummaryService

EXCERPT = 220


def file_stem(title: str) -> str:
    """A file-name-safe short form of a session title."""
    words = "".join(c if c.isalnum() else " " for c in fold(title)).split()
    return "-".join(words)[:48].strip("-") or "session"


class SummaryDialog(QObject):
    """Shows the summary's pages before anything is saved; the exports run in the background.

    ``preview_shown`` fires once a preview (pages or outline) is on screen, ``saved`` with the
    path of each file written.
    """

    preview_shown = Signal()
    saved = Signal(object)

    def __init__(
        self, parent: QWidget | None, summary: SummaryService, session_id: str, title: str
    ) -> None:
        super().__init__(parent)
        dialog = load_ui("summary_dialog.ui", parent)
        assert isinstance(dialog, QDialog)
        self.dialog = dialog
        self.setParent(dialog)  # deleting the dialog deletes this object and its preview jobs
        self._summary = summary
        self.session_id = session_id
        self.title = title
        self.annex = child(dialog, QCheckBox, "annexCheck")
        self.status = child(dialog, QLabel, "previewStatusLabel")
        self.stack = child(dialog, QStackedWidget, "previewStack")
        self.pages_widget = child(dialog, QWidget, "pagesWidget")
        self.outline = child(dialog, QPlainTextEdit, "outlineEdit")
        self.pdf_button = child(dialog, QPushButton, "savePdfButton")
        self.excel_button = child(dialog, QPushButton, "saveExcelButton")
        self.page_labels: list[QLabel] = []
        self.preview: Preview | None = None
        self._previews = LatestJob(self)
        self._exports: set[Job] = set()
        self.annex.toggled.connect(lambda _checked: self.refresh_preview())
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.excel_button.clicked.connect(lambda: self.save(".xlsx"))
        child(dialog, QDialogButtonBox, "buttonBox").rejected.connect(dialog.reject)
        dialog.finished.connect(lambda _result: self._previews.stop())
        dialog.setWindowTitle(self.tr("Synthèse de la session — {title}").format(title=title))

    def open(self) -> None:
        """Show the dialog (window-modal) and start drawing the preview."""
        self.dialog.open()
        self.refresh_preview()

    # -- preview -----------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Draw the preview again (after the annex option changed)."""
        summary, session_id, annex = self._summary, self.session_id, self.annex.isChecked()
        self.status.setText(self.tr("Préparation de l'aperçu…"))
        self._previews.start(
            lambda: make_preview(summary, session_id, annex), self._show_preview, self._failed
        )

    def _show_preview(self, result: object) -> None:
        assert isinstance(result, Preview)
        self.preview = result
        layout = self.pages_widget.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            taken = layout.takeAt(0)
            old = taken.widget() if taken is not None else None
            if old is not None:
                old.deleteLater()
        self.page_labels = []
        if result.pages:
            for image in result.pages:
                label = QLabel(self.pages_widget)
                pixmap = QPixmap.fromImage(image)
                label.setPixmap(pixmap)
                label.setFixedSize(pixmap.size())
                label.setToolTip(self.tr("Page {n}").format(n=len(self.page_labels) + 1))
                layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self.page_labels.append(label)
            layout.addStretch(1)
            self.stack.setCurrentIndex(0)
            status = self.tr("Aperçu : {n} page(s).").format(n=result.page_count)
            if result.page_count > len(result.pages):
                status += " " + self.tr("Seules les {n} premières sont montrées ici.").format(
                    n=MAX_PAGES
                )
            self.status.setText(status)
        else:
            self.outline.setPlainText(self.outline_text(result.summary))
            self.stack.setCurrentIndex(1)
            if result.failure == "missing":
                why = self.tr(
                    "Aperçu simplifié (le plan du document) : pour voir les pages, installez "
                    "poppler-utils (pdftoppm). Le PDF enregistré sera complet."
                )
            else:
                why = self.tr(
                    "Aperçu simplifié (le plan du document) : les pages n'ont pas pu être "
                    "dessinées ({reason}). Le PDF enregistré sera complet."
                ).format(reason=result.failure)
            self.status.setText(why)
        self.preview_shown.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        messages.show_error(self.dialog, message)
        self.preview_shown.emit()

    def outline_text(self, summary: SummaryInput | None) -> str:
        """The sections of the summary as plain text (when no page could be drawn)."""
        if summary is None:
            return ""
        lines = [summary.session.title, ""]
        items = sum(len(h.items) for h in summary.session.half_days)
        lines.append(
            self.tr("Programme réalisé : {halves} demi-journée(s), {items} séquence(s)").format(
                halves=len(summary.session.half_days), items=items
            )
        )
        lines.append(
            self.tr("Participation : {n} inscrit·e(s)").format(n=len(summary.participants))
        )
        lines += ["", self.tr("Ateliers")]
        for workshop in summary.workshops:
            lines.append(f"  • {workshop.item.title}")
            for note in workshop.notes:
                heading = self.tr("Tour {round} · {table}").format(
                    round=note.round, table=note.table
                )
                if note.rapporteur:
                    heading += f" — {note.rapporteur}"
                lines.append(f"      {heading}")
                lines.append(f"        {_excerpt(note.text)}")
        if summary.synthesis.strip():
            lines += ["", self.tr("Synthèse"), f"  {_excerpt(summary.synthesis, 600)}"]
        if summary.evaluation is not None:
            lines += [
                "",
                self.tr("Évaluation : {n} répondant·e(s), {q} question(s)").format(
                    n=summary.evaluation.respondents, q=len(summary.evaluation.questions)
                ),
            ]
        if summary.include_participant_annex:
            lines += [
                "",
                self.tr("Annexe : liste nominative de {n} participant·e(s)").format(
                    n=len(summary.participants)
                ),
            ]
        return "\n".join(lines)

    # -- saving ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a file is being written."""
        return bool(self._exports)

    def save(self, suffix: str) -> None:
        """Ask where to write the PDF (``.pdf``) or the workbook (``.xlsx``), then write it."""
        if self.busy:
            return
        if suffix == ".pdf":
            caption = self.tr("Enregistrer la synthèse en PDF")
            filters = self.tr("Documents PDF (*.pdf)")
        else:
            caption = self.tr("Enregistrer la synthèse en Excel")
            filters = self.tr("Classeurs Excel (*.xlsx)")
        suggested = self.tr("synthese-{stem}").format(stem=file_stem(self.title)) + suffix
        target = messages.choose_save_file(self.dialog, caption, suggested, filters)
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        summary, session_id, annex = self._summary, self.session_id, self.annex.isChecked()
        job = Job(lambda: summary.export(session_id, target, include_participant_annex=annex))
        self._exports.add(job)
        job.finished.connect(lambda written: self._saved(job, written))
        job.failed.connect(lambda message: self._export_failed(job, message))
        job.crashed.connect(lambda details: self._crashed(job, details))
        self._set_busy(True, target)
        job.start()

    def _set_busy(self, busy: bool, target: Path | None = None) -> None:
        self.pdf_button.setEnabled(not busy)
        self.excel_button.setEnabled(not busy)
        if busy and target is not None:
            self.status.setText(self.tr("Enregistrement de « {name} »…").format(name=target.name))

    def _settle(self, job: Job) -> None:
        self._exports.discard(job)
        self._set_busy(False)

    def _saved(self, job: Job, written: object) -> None:
        self._settle(job)
        path = Path(str(written))
        self.status.setText(self.tr("« {name} » est enregistré.").format(name=path.name))
        self.saved.emit(path)
        question = self.tr("« {name} » est enregistré. L'ouvrir maintenant ?").format(
            name=path.name
        )
        if messages.confirm(self.dialog, question):
            messages.open_file(self.dialog, path)

    def _export_failed(self, job: Job, message: str) -> None:
        self._settle(job)
        self.status.setText(message)
        messages.show_error(self.dialog, message)

    def _crashed(self, job: Job, details: str) -> None:
        self._settle(job)
        # A bug: raised on the GUI thread, where the error dialog shows it with the log.
        raise RuntimeError(f"Summary export failed:\n{details}")


def _excerpt(text: str, width: int = EXCERPT) -> str:
    """The words of a Markdown-light text without its marks, cut to ``width`` characters."""
    blocks = (
        " ".join("".join(run for run, _, _ in line) for line in block.lines)
        for block in parse_blocks(text)
    )
    flat = " ".join(" · ".join(blocks).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
