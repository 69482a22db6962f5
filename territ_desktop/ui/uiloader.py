"""Load Designer ``.ui`` files and icons; convert Qt dates and times."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

from PySide6.QtCore import QDate, QDir, QFile, QIODevice, QObject, QTime
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from territ_desktop.paths import resource

_W = TypeVar("_W", bound=QObject)


def register_icon_path() -> None:
    """Make ``icons:NAME.svg`` resolve to ``resources/icons/NAME.svg``."""
    QDir.setSearchPaths("icons", [str(resource("icons"))])


def icon(name: str) -> QIcon:
    """An icon from ``resources/icons`` by file name without extension."""
    return QIcon(f"icons:{name}.svg")


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree described by ``resources/ui/NAME``."""
    loader = QUiLoader()
    loader.setWorkingDirectory(QDir(str(resource("ui"))))
    file = QFile(str(resource("ui", name)))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Interface file missing: {file.fileName()}")
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Cannot load {name}: {loader.errorString()}")
    return widget


def to_date(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def to_time(value: QTime) -> dt.time:
    """A QTime as a Python time (to the minute)."""
    return dt.time(value.hour(), value.minute())


def from_date(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_time(value: dt.time) -> QTime:
    """A Python time as a QTime."""
    return QTime(value.hour, value.minute)


def child(root: QWidget, kind: type[_W], name: str) -> _W:
    """The named child of ``root``; raises if the ``.ui`` file and the code disagree."""
    found = root.findChild(kind, name)
    if found is None:
        raise LookupError(f"{root.objectName()} has no {kind.__name__} named {name!r}")
    return found
