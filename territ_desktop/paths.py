"""Where things live: the user's data folder and the bundled resources.

This is the one module that knows the difference between running from the source tree and
running from a frozen PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "TERRIT Desktop"
APP_AUTHOR = "TERRIT"
DATABASE_ENV = "TERRIT_DATABASE"
DATA_DIR_ENV = "TERRIT_DATA_DIR"


def resources_dir() -> Path:
    """Folder holding ``ui/``, ``icons/``, ``i18n/`` and ``fonts/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one bundled resource file, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (created if missing); ``TERRIT_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The embedded database used when no ``--database`` or ``TERRIT_DATABASE`` is given."""
    return data_dir() / "territ.sqlite3"


def demo_database_path() -> Path:
    """The separate database opened by ``territ-desktop --demo``: never the user's own."""
    return data_dir() / "territ-demo.sqlite3"


def log_path() -> Path:
    """The log file, in the data folder."""
    return data_dir() / "territ.log"


def backups_dir() -> Path:
    """Folder for database copies made before migrations and by rolling backups."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def choose_database(option: str | None, *, demo: bool = False) -> str:
    """The database to open: ``--database``, else ``TERRIT_DATABASE``, else the default file.

    ``demo`` picks the separate demo database when nothing else is named, so the demo never
    lands in the user's own data.
    """
    if option:
        return option
    from_env = os.environ.get(DATABASE_ENV)
    if from_env:
        return from_env
    return str(demo_database_path() if demo else default_database_path())
