"""Exports from the Présences tab: checks first, pickers patched, work in the background."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from territ_desktop.services import Services
from territ_desktop.ui import messages
from territ_desktop.ui.attendance_exports import ExportKind, file_stem
from territ_desktop.ui.attendance_tab import AttendanceTab
from territ_desktop.ui.export_checks_dialog import ExportChecksDialog
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.signature_pad import SignaturePad

WAIT_MS = 20_000
TODAY = dt.date(2026, 11, 22)  # after the two study days recorded in the demo


@pytest.fixture
def tab(window: MainWindow) -> AttendanceTab:
    page = window.session_page
    page.tabs.setCurrentWidget(page.attendance_tab.widget)
    attendance = page.attendance_tab
    attendance.exports.today = lambda: TODAY
    return attendance


@pytest.fixture
def picked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """Pickers answer paths in tmp_path/out; opening a result is recorded."""
    out = tmp_path / "out"
    out.mkdir()
    seen: dict[str, Any] = {"opened": [], "asked": [], "folder": out / "attestations"}

    def choose(_parent: Any, title: str, suggested: str, _filters: str) -> Path:
        seen["asked"].append(title)
        return out / suggested

    def choose_folder(_parent: Any, title: str) -> Path:
        seen["asked"].append(title)
        return seen["folder"]

    monkeypatch.setattr(messages, "choose_save_file", choose)
    monkeypatch.setattr(messages, "choose_folder", choose_folder)
    monkeypatch.setattr(messages, "open_file", lambda _p, path: seen["opened"].append(path))
    return seen


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The warning dialog answers ``checks["answer"]`` and records what it showed."""
    state: dict[str, Any] = {"answer": True, "shown": []}

    def fake_exec(self: ExportChecksDialog) -> bool:
        state["shown"].append([self.list.item(i).text() for i in range(self.list.count())])
        return bool(state["answer"])

    monkeypatch.setattr(ExportChecksDialog, "exec", fake_exec)
    return state


def run(qtbot: Any, tab: AttendanceTab, kind: ExportKind) -> list[Path]:
    with qtbot.waitSignal(tab.exports.finished, timeout=WAIT_MS) as blocker:
        tab.export_actions[kind].trigger()
        assert not tab.buttons["exportButton"].isEnabled()  # busy: no second export
    assert tab.buttons["exportButton"].isEnabled() and tab.export_status.text() == ""
    return list(blocker.args[0])


def test_file_stem() -> None:
    assert file_stem("Cycle 2026-2027 « Coordonner » (démo)") == "cycle-2026-2027-coordonner-demo"
    assert file_stem("«»") == "session"


def test_funder_workbook_without_warnings(
    qtbot: Any,
    tab: AttendanceTab,
    picked: dict[str, Any],
    checks: dict[str, Any],
    answers: list[str],
) -> None:
    (written,) = run(qtbot, tab, ExportKind.FUNDER)
    assert checks["shown"] == []  # nothing to warn about up to today
    assert written.name.startswith("presences-cycle-2026-2027") and written.suffix == ".xlsx"
    assert openpyxl.load_workbook(written).sheetnames
    assert picked["opened"] == [written]  # the user said yes to "open it now?"
    assert answers == []


def test_warnings_then_cancel_or_export_anyway(
    qtbot: Any,
    tab: AttendanceTab,
    picked: dict[str, Any],
    checks: dict[str, Any],
    answers: list[str],
    demo: Services,
    demo_session_id: str,
) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # a past half-day now lacks a status
    checks["answer"] = False
    tab.export_actions[ExportKind.FILLED_SHEETS].trigger()
    assert len(checks["shown"]) == 1 and "sans statut de présence" in checks["shown"][0][0]
    assert checks["shown"][0][0].startswith("Présences à compléter — 17/09/2026 matin")
    assert picked["asked"] == [] and not tab.exports.busy  # cancelled before the picker

    checks["answer"] = True
    (written,) = run(qtbot, tab, ExportKind.FILLED_SHEETS)
    assert written.read_bytes().startswith(b"%PDF") and written.name.startswith("emargement-")
    assert len(checks["shown"]) == 2


def test_export_error_is_a_french_message(
    qtbot: Any,
    tab: AttendanceTab,
    picked: dict[str, Any],
    checks: dict[str, Any],
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    gone = tmp_path / "usb-key-removed" / "presences.csv"
    monkeypatch.setattr(messages, "choose_save_file", lambda *_args: gone)
    with qtbot.waitSignal(
        tab.exports.busy_changed, timeout=WAIT_MS, check_params_cb=lambda b: not b
    ):
        tab.export_actions[ExportKind.FUNDER].trigger()
    assert len(answers) == 1 and "n'existe pas" in answers[0]
    assert picked["opened"] == [] and tab.buttons["exportButton"].isEnabled()


def test_blank_sheets_and_attestations(
    qtbot: Any,
    tab: AttendanceTab,
    picked: dict[str, Any],
    checks: dict[str, Any],
    answers: list[str],
) -> None:
    (blank,) = run(qtbot, tab, ExportKind.BLANK_SHEETS)
    assert blank.name.startswith("emargement-vierge-") and blank.read_bytes()[:4] == b"%PDF"
    (single,) = run(qtbot, tab, ExportKind.ATTESTATIONS_PDF)
    assert single.suffix == ".pdf" and single.stat().st_size > 0
    each = run(qtbot, tab, ExportKind.ATTESTATIONS_FOLDER)
    assert len(each) > 30 and {p.parent for p in each} == {picked["folder"]}
    assert picked["opened"] == [blank, single, picked["folder"]]


def test_filled_sheets_show_signatures_taken_on_the_laptop(
    qtbot: Any,
    tab: AttendanceTab,
    picked: dict[str, Any],
    checks: dict[str, Any],
    answers: list[str],
    demo: Services,
    demo_session_id: str,
) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(600, 200)
    pad.show()
    qtbot.waitExposed(pad)
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(40, 120))
    for x in range(48, 560, 8):
        QTest.mouseMove(pad, QPoint(x, 120 + (x % 48) - 24))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(560, 120))
    sheet = demo.attendance.sheet(demo_session_id)
    half = sheet.session.half_days[4]
    person = sheet.participants[0]
    demo.attendance.sign(demo_session_id, person.id, half.id, pad.to_png())
    demo.attendance.sign_trainer(
        demo_session_id, sheet.session.trainers[0].id, half.id, pad.to_png()
    )
    tab.set_session(demo_session_id)
    (written,) = run(qtbot, tab, ExportKind.FILLED_SHEETS)
    data = written.read_bytes()
    assert data.count(b"/Subtype /Image") >= 1
    text = subprocess.run(
        ["pdftotext", "-layout", str(written), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "ARNAUD" in text and "14/01/2027" in text
