"""Languages: French by default (no translation needed), English from our catalogue.

Qt's own dialogs (standard buttons, file pickers) are translated with Qt's bundled catalogues.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from territ_desktop.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and our catalogues for ``language``; returns them (keep them alive)."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalogue = QTranslator(app)
    if qt_catalogue.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_catalogue)
        installed.append(qt_catalogue)
    elif language != "en":
        log.warning("Qt's %s catalogue not found in %s", language, qt_dir)
    if language != "fr":
        ours = QTranslator(app)
        if ours.load(f"territ_{language}", str(resource("i18n"))):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("Translation territ_%s missing from %s", language, resource("i18n"))
    return installed
