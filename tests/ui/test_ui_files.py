"""Every .ui file loads, and every widget the code looks up by name exists in it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from territ_desktop.paths import resource
from territ_desktop.ui.uiloader import load_ui

UI_DIR = resource("ui")
CODE_DIR = Path(__file__).resolve().parents[2] / "territ_desktop" / "ui"
UI_FILES = sorted(UI_DIR.glob("*.ui"))


def names_in(ui_file: Path) -> set[str]:
    root = ET.parse(ui_file).getroot()
    return {e.get("name", "") for e in root.iter() if e.tag in ("widget", "action", "layout")}


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_ui_file_loads(qapp: Any, ui_file: Path) -> None:
    widget = load_ui(ui_file.name)
    assert widget.objectName()
    widget.deleteLater()


def test_forms_load_without_designer_plugins(qapp: Any) -> None:
    # Designer's plugins (QtQuick, WebEngine...) cost start-up time and our forms need none.
    from PySide6.QtCore import QCoreApplication

    from territ_desktop.ui.uiloader import _loader

    paths = QCoreApplication.libraryPaths()
    load_ui("main_window.ui").deleteLater()
    assert _loader().pluginPaths() == []
    assert QCoreApplication.libraryPaths() == paths  # Qt's own plugins still found


def test_unselected_tab_labels_keep_their_accents(qapp: Any) -> None:
    from PySide6.QtWidgets import QStyle, QStyleFactory, QTabBar

    shift = QStyle.PixelMetric.PM_TabBarTabShiftVertical
    fusion = QStyleFactory.create("fusion")
    assert fusion.pixelMetric(shift) > 0  # lowers and clips « État » in a tab not chosen
    form = load_ui("privacy_window.ui")
    bars = form.findChildren(QTabBar)
    assert bars and all(bar.style().pixelMetric(shift, None, bar) == 0 for bar in bars)
    form.deleteLater()


def test_every_ui_file_is_used() -> None:
    code = "".join(p.read_text(encoding="utf-8") for p in CODE_DIR.glob("*.py"))
    unused = [f.name for f in UI_FILES if f'"{f.name}"' not in code]
    assert not unused


@pytest.mark.parametrize("module", sorted(CODE_DIR.glob("*.py")), ids=lambda p: p.name)
def test_names_used_by_code_exist(module: Path) -> None:
    source = module.read_text(encoding="utf-8")
    wanted = set(re.findall(r'child\(\s*[\w.]+,\s*\w+,\s*"(\w+)"', source))
    wanted |= set(re.findall(r'self\.action\("(\w+)"\)', source))
    wanted |= set(re.findall(r'^\s+"(\w+(?:Button|Edit|Combo))": ', source, re.MULTILINE))
    files = [UI_DIR / name for name in re.findall(r'"(\w+\.ui)"', source)]
    available: set[str] = set()
    for ui_file in files or UI_FILES:
        available |= names_in(ui_file)
    missing = wanted - available
    assert not missing, f"{module.name} uses names missing from its .ui: {sorted(missing)}"
