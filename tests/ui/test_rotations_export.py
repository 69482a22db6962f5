"""Printing and exporting the groups from the Petits groupes tab (picker patched, worker)."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from rotations_helpers import WAIT_MS, open_tab, plan_first_workshop

from territ_desktop.services import Services
from territ_desktop.ui import messages


def _missing(module: str) -> bool:
    return importlib.util.find_spec(module) is None


@pytest.fixture
def picked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Any]:
    """The save picker answers a file in tmp_path; opening the result is recorded."""
    seen: dict[str, Any] = {"opened": [], "titles": []}

    def choose(_parent: Any, title: str, suggested: str, _filters: str) -> Path:
        seen["titles"].append(title)
        seen["suggested"] = suggested
        return tmp_path / Path(suggested).name

    monkeypatch.setattr(messages, "choose_save_file", choose)
    monkeypatch.setattr(messages, "open_file", lambda _p, path: seen["opened"].append(path))
    return seen


def _export(qtbot: Any, demo: Services, suffix: str) -> Any:
    plan_first_workshop(demo)
    tab = open_tab(qtbot, demo, QUndoStack())
    assert tab.buttons["printButton"].isEnabled()
    with qtbot.waitSignal(tab.runner.settled, timeout=WAIT_MS):
        tab.export(suffix)
    return tab


@pytest.mark.skipif(
    _missing("territ_desktop.export.groups_pdf"), reason="the group printouts are not there yet"
)
def test_print_pdf(
    qtbot: Any, demo: Services, picked: dict[str, Any], answers: list[str], tmp_path: Path
) -> None:
    _export(qtbot, demo, ".pdf")
    assert answers == []
    written = tmp_path / picked["suggested"]
    assert picked["suggested"].startswith("Petits groupes - Ateliers") and written.suffix == ".pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert picked["opened"] == [written]


@pytest.mark.skipif(
    _missing("territ_desktop.export.groups_workbook"), reason="the group workbook is not there yet"
)
def test_export_xlsx(
    qtbot: Any, demo: Services, picked: dict[str, Any], answers: list[str], tmp_path: Path
) -> None:
    _export(qtbot, demo, ".xlsx")
    assert answers == []
    written = tmp_path / picked["suggested"]
    assert zipfile.is_zipfile(written)
    assert picked["opened"] == [written]


def test_export_error_is_a_message(
    qtbot: Any,
    demo: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answers: list[str],
) -> None:
    monkeypatch.setattr(messages, "choose_save_file", lambda *_args: tmp_path / "plan.txt")
    tab = _export(qtbot, demo, ".pdf")
    assert len(answers) == 1 and "Format non pris en charge" in answers[0]
    assert not tab.runner.busy
