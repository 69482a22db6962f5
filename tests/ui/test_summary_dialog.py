"""The summary dialog: a preview drawn in the background, then PDF and Excel exports."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from notes_helpers import close_tab, note_keys, open_notes_tab, type_text
from PySide6.QtGui import QUndoStack

from territ_desktop.services import Services
from territ_desktop.services.demo import DEMO_SESSION_ID
from territ_desktop.ui import messages, summary_preview
from territ_desktop.ui.summary_dialog import SummaryDialog, file_stem

WAIT_MS = 60_000
NOTE_EXCERPT = "les habitant·es renoncent ou vont aux urgences"
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdftoppm, pdftotext) not installed",
)


@pytest.fixture
def opened(qtbot: Any, demo: Services) -> Iterator[SummaryDialog]:
    """The dialog on the demo, its first preview drawn."""
    dialog = SummaryDialog(None, demo.summary, DEMO_SESSION_ID, "Cycle « démo » 2026/27")
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        dialog.open()
    yield dialog
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    dialog.dialog.close()
    shiboken6.delete(dialog.dialog)


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The save picker answers ``save_to["path"]``; offers to open are declined and recorded."""
    chosen: dict[str, Any] = {"asked": [], "offers": []}

    def pick(_parent: object, title: str, suggested: str, filters: str) -> Path | None:
        chosen["asked"].append((title, suggested, filters))
        return chosen.get("path")

    def confirm(_parent: object, text: str) -> bool:
        chosen["offers"].append(text)
        return False

    monkeypatch.setattr(messages, "choose_save_file", pick)
    monkeypatch.setattr(messages, "confirm", confirm)
    return chosen


def _pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return " ".join(result.stdout.split())


@needs_poppler
def test_preview_shows_the_pages(opened: SummaryDialog) -> None:
    preview = opened.preview
    assert preview is not None and preview.pages
    assert preview.page_count >= len(preview.pages) > 1
    assert len(opened.page_labels) == len(preview.pages)
    assert opened.stack.currentIndex() == 0
    assert opened.status.text().startswith("Aperçu : ")
    assert not opened.annex.isChecked()


def test_without_pdftoppm_an_outline_is_shown(
    qtbot: Any, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(summary_preview.shutil, "which", lambda _name: None)
    dialog = SummaryDialog(None, demo.summary, DEMO_SESSION_ID, "Démo")
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        dialog.open()
    assert dialog.stack.currentIndex() == 1
    assert "installez poppler-utils" in dialog.status.text()
    outline = dialog.outline.toPlainText()
    assert "Tour 1 · Accès aux soins et aux droits — Paul Garnier" in outline
    assert NOTE_EXCERPT in outline and "**" not in outline
    assert "Évaluation : 34 répondant·e(s), 3 question(s)" in outline
    assert "Annexe" not in outline
    with qtbot.waitSignal(dialog.preview_shown, timeout=WAIT_MS):
        dialog.annex.setChecked(True)
    assert "Annexe : liste nominative de 41 participant·e(s)" in dialog.outline.toPlainText()
    shiboken6.delete(dialog.dialog)


@needs_poppler
def test_export_pdf_holds_the_notes(
    qtbot: Any, opened: SummaryDialog, save_to: dict[str, Any], tmp_path: Path
) -> None:
    save_to["path"] = tmp_path / "synthèse"  # no suffix typed: .pdf is added
    with qtbot.waitSignal(opened.saved, timeout=WAIT_MS) as saved:
        opened.pdf_button.click()
    target = tmp_path / "synthèse.pdf"
    assert saved.args == [target]
    title, suggested, filters = save_to["asked"][0]
    assert suggested == "synthese-cycle-demo-2026-27.pdf" and "*.pdf" in filters
    text = _pdf_text(target)
    assert NOTE_EXCERPT in text
    assert "Paul Garnier" in text  # rapporteurs print with their notes
    assert "Pineau" not in text  # no participant names without the annex
    assert save_to["offers"] == ["« synthèse.pdf » est enregistré. L'ouvrir maintenant ?"]
    assert opened.pdf_button.isEnabled()


def test_export_excel_with_the_annex(
    qtbot: Any, opened: SummaryDialog, save_to: dict[str, Any], tmp_path: Path
) -> None:
    with qtbot.waitSignal(opened.preview_shown, timeout=WAIT_MS):
        opened.annex.setChecked(True)
    save_to["path"] = tmp_path / "synthese.xlsx"
    with qtbot.waitSignal(opened.saved, timeout=WAIT_MS):
        opened.excel_button.click()
    workbook = openpyxl.load_workbook(tmp_path / "synthese.xlsx", read_only=True)
    cells = " ".join(
        str(value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    workbook.close()
    assert "Plusieurs quartiers n'ont plus de médecin traitant" in cells
    assert "Participants" in [sheet.title for sheet in workbook.worksheets]


def test_a_cancelled_picker_writes_nothing(
    opened: SummaryDialog, save_to: dict[str, Any], tmp_path: Path
) -> None:
    opened.excel_button.click()
    assert save_to["asked"] and not opened.busy
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".xlsx")]


def test_an_export_that_fails_says_why_in_french(
    qtbot: Any,
    opened: SummaryDialog,
    save_to: dict[str, Any],
    tmp_path: Path,
    answers: list[str],
) -> None:
    save_to["path"] = tmp_path / "dossier-absent" / "synthese.pdf"
    opened.pdf_button.click()
    qtbot.waitUntil(lambda: not opened.busy, timeout=WAIT_MS)
    assert len(answers) == 1 and "dossier-absent" in answers[0]
    assert opened.status.text() == answers[0]


def test_the_tab_saves_the_note_being_typed_before_the_summary(qtbot: Any, demo: Services) -> None:
    tab = open_notes_tab(qtbot, demo, QUndoStack())
    tab.select(note_keys(tab)[6])
    type_text(tab, "Une note tapée juste avant la synthèse")
    tab.open_summary()
    dialog = tab.summary_dialog
    assert dialog is not None and dialog.title == tab.session_title
    assert not tab.is_dirty
    notes = demo.notes.session_notes(DEMO_SESSION_ID)
    assert any(n.text == "Une note tapée juste avant la synthèse" for n in notes)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    close_tab(tab)


def test_file_stem() -> None:
    assert file_stem("Cycle 2026-2027 « Coordonner » (démo)") == "cycle-2026-2027-coordonner-demo"
    assert file_stem("«»") == "session"
