"""Regenerate the README screenshots: ``.venv/bin/python docs/make_screenshots.py``.

Opens the window offscreen on a fresh demo database and saves one PNG per tab into
``docs/images/``. Also handy to look at the window after a change.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TERRIT_DATA_DIR"] = tempfile.mkdtemp(prefix="territ-shots-")

from territ_desktop import paths  # noqa: E402
from territ_desktop.services import Services  # noqa: E402
from territ_desktop.services.demo import create_demo  # noqa: E402
from territ_desktop.storage.database import open_database  # noqa: E402
from territ_desktop.ui import application  # noqa: E402
from territ_desktop.ui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent / "images"
TABS = ("session", "programme", "participants")


def main() -> None:
    """Save one screenshot per tab of the session page."""
    settings = application.open_settings(paths.data_dir() / "settings.ini")
    language = sys.argv[1] if len(sys.argv) > 1 else None
    app = application.create_application(settings, language)
    database = open_database(paths.demo_database_path())
    create_demo(database)
    window = MainWindow(settings, paths.log_path())
    window.window.resize(1280, 800)
    window.show()
    window.attach(Services.build(database))
    app.processEvents()
    OUT.mkdir(exist_ok=True)
    suffix = f"-{language}" if language else ""
    for index, name in enumerate(TABS):
        window.session_page.tabs.setCurrentIndex(index)
        app.processEvents()
        window.window.grab().save(str(OUT / f"{name}{suffix}.png"))
    database.close()


if __name__ == "__main__":
    main()
