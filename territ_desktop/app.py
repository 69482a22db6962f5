"""Composition root: parse options, set up logging, open the database, build the window."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from territ_desktop import __version__, paths

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.storage.database import Database


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Options of ``territ-desktop``."""
    parser = argparse.ArgumentParser(
        prog="territ-desktop", description="TERRIT Desktop : la fenêtre de l'application."
    )
    parser.add_argument("--version", action="version", version=f"territ-desktop {__version__}")
    parser.add_argument(
        "--database",
        metavar="CHEMIN_OU_URL",
        help="fichier SQLite ou URL SQLAlchemy (sinon $TERRIT_DATABASE, sinon la base par défaut)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="ouvre une base de démonstration séparée, remplie d'une session exemple",
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    return parser.parse_args(argv)


def configure_logging() -> None:
    """Log to a file in the data folder (bugs end up there with their traceback)."""
    logging.basicConfig(
        filename=paths.log_path(),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        encoding="utf-8",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Start the application; returns the exit status."""
    args = parse_args(argv)
    configure_logging()
    from territ_desktop.ui import application  # Qt only once the options are valid

    settings = application.open_settings(paths.data_dir() / "settings.ini")
    app = application.create_application(settings, args.lang)
    opened: list[Database] = []

    def open_services() -> Services:
        # Imported late on purpose: the window is already on screen while this loads.
        from territ_desktop.services import Services
        from territ_desktop.services.demo import create_demo
        from territ_desktop.storage.database import open_database

        target = paths.choose_database(args.database, demo=args.demo)
        database = open_database(target, backup_dir=paths.backups_dir())
        opened.append(database)
        if args.demo:
            create_demo(database)
        return Services.build(database)

    try:
        return application.run_window(app, settings, paths.log_path(), open_services)
    finally:
        for database in opened:
            database.close()
