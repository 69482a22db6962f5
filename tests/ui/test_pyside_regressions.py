"""Known PySide6 defects that would crash the app; these tests fail on a version that has them."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox


def test_none_results_keep_none_alive(qapp: Any) -> None:
    """PySide6 6.12.0 decrements None's refcount when a QVariant converts to None.

    On Python 3.11 (where None is not immortal) the process then aborts with "deallocating
    None" after enough calls; pyproject.toml pins PySide6 below 6.12 for that reason.
    """
    combo = QComboBox()
    combo.addItem("sans donnée")
    before = sys.getrefcount(None)
    for _ in range(500):
        QModelIndex().data()
        combo.currentData()
    assert sys.getrefcount(None) >= before - 50
