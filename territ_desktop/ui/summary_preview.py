"""The pages of the session summary as images, drawn off the GUI thread.

PySide6-Essentials has no QtPdf, so the PDF is written to a temporary folder and drawn by
poppler's ``pdftoppm`` when it is installed (Linux, most Macs with Homebrew). Without it, or if
it fails, the preview falls back to the summary's content, which the dialog shows as an outline
of its sections; the dialog says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from territ_desktop.export.summary_data import SummaryInput
    from territ_desktop.services.summary import SummaryService

MAX_PAGES = 40
PAGE_WIDTH_PX = 760
RENDER_TIMEOUT_S = 120


@dataclass(frozen=True)
class Preview:
    """Pages drawn, or (``pages`` empty) the summary's content and why no page was drawn.

    ``failure`` is ``"missing"`` when pdftoppm is not installed, else what went wrong.
    """

    pages: tuple[QImage, ...] = ()
    page_count: int = 0
    summary: SummaryInput | None = None
    failure: str = ""


def _page_count(pdf: Path) -> int:
    # reportlab writes every page object uncompressed: counting them is enough here.
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf.read_bytes()))


def make_preview(summary: SummaryService, session_id: str, include_annex: bool) -> Preview:
    """Write the summary PDF to a temporary file and draw its first pages (worker thread)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return Preview(
            summary=summary.build(session_id, include_participant_annex=include_annex),
            failure="missing",
        )
    with tempfile.TemporaryDirectory(prefix="territ-preview-") as folder:
        pdf = Path(folder) / "synthese.pdf"
        summary.export(session_id, pdf, include_participant_annex=include_annex)
        command = [
            tool,
            "-png",
            "-scale-to-x",
            str(PAGE_WIDTH_PX),
            "-scale-to-y",
            "-1",
            "-l",
            str(MAX_PAGES),
            str(pdf),
            str(Path(folder) / "page"),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=RENDER_TIMEOUT_S)
        except (OSError, subprocess.SubprocessError) as error:
            built = summary.build(session_id, include_participant_annex=include_annex)
            return Preview(summary=built, failure=str(error) or type(error).__name__)
        files = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        # QImage (unlike QPixmap) may be built off the GUI thread.
        pages = tuple(QImage(str(path)) for path in files)
        return Preview(pages=pages, page_count=max(_page_count(pdf), len(pages)))
