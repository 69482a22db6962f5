"""Load Designer ``.ui`` files and icons."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QDir, QFile, QIODevice, QObject
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from territ_desktop.paths import resource

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle  # its enums take 5 ms to build: not at start-up

_W = TypeVar("_W", bound=QObject)


def register_icon_path() -> None:
    """Make ``icons:NAME.svg`` resolve to ``resources/icons/NAME.svg``."""
    QDir.setSearchPaths("icons", [str(resource("icons"))])


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by file name without extension."""
    return QIcon(f"icons:{name}.svg")


@cache
def _loader() -> QUiLoader:
    """One form loader for the whole application, made without Qt Designer's plugins.

    A new QUiLoader loads every plugin of ``plugins/designer`` (PySide's own, QQuickWidget with
    QtQuick and QML, QWebEngineView...), about 12 ms that would delay the first window
    (docs/startup.md). Our forms use only Qt's standard widgets, so the loader is made while
    Qt's library path is empty, then the path is put back.
    """
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        loader = QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)
    loader.setWorkingDirectory(QDir(str(resource("ui"))))
    return loader


@cache
def _tab_style() -> QStyle | None:
    """The style for tab bars, when the application's style needs mending (see tab_style)."""
    if QApplication.style().name() != "fusion":
        return None
    from territ_desktop.ui.tab_style import UnshiftedTabs  # not needed by the first window

    return UnshiftedTabs("fusion")


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree described by ``resources/ui/NAME``."""
    loader = _loader()
    file = QFile(str(resource("ui", name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Interface file missing: {file.fileName()}")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Cannot load {name}: {loader.errorString()}")
    bars = widget.findChildren(QTabBar)
    if bars and (tab_style := _tab_style()) is not None:
        for bar in bars:
            bar.setStyle(tab_style)
    return widget


def child(root: QWidget, kind: type[_W], name: str) -> _W:
    """The named child of ``root``; raises if the ``.ui`` file and the code disagree."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{root.objectName()} has no {kind.__name__} named {name!r}")
    return found
