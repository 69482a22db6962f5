"""The Qt step of ``territ-desktop --smoke-test``: translations, icons, ``.ui`` files; no window.

A bundle that lacks Qt's ``qtbase_fr.qm``, the SVG icon plugin or QtUiTools still starts, but
shows English buttons, blank icons or nothing: this finds out without a screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from territ_desktop.smoke_test import SmokeTestError

_CANCEL_FR = "Annuler"


def check_qt(folder: Path) -> str:
    """Start Qt as the window would (French), check what it shows; returns the report line.

    Uses the offscreen platform unless ``QT_QPA_PLATFORM`` says otherwise, so no window ever
    appears; the settings file goes to ``folder``.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from territ_desktop.ui import application
    from territ_desktop.ui.uiloader import icon, load_ui

    settings = application.open_settings(folder / "settings.ini")
    application.create_application(settings, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    try:
        button = box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel = button.text().replace("&", "") if button is not None else ""
    finally:
        box.deleteLater()
    if cancel != _CANCEL_FR:
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        raise SmokeTestError(
            f"bouton « {cancel} » au lieu de « {_CANCEL_FR} » : "
            f"traduction de Qt qtbase_fr.qm absente de {where}"
        )
    image = icon("territ").pixmap(32, 32).toImage()
    if image.isNull() or image.pixelColor(16, 16).alpha() == 0:
        raise SmokeTestError("les icônes SVG ne s'affichent pas (module d'images SVG de Qt absent)")
    form = load_ui("main_window.ui")
    try:
        widgets = len(form.findChildren(QWidget))
    finally:
        form.deleteLater()
    return (
        f"Qt en français (« {cancel} »), icônes SVG affichées, "
        f"interface chargée ({widgets} éléments)"
    )
