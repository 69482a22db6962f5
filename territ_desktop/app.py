"""Composition root: parse options, set up logging, open the database, build the window."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from territ_desktop import __version__, paths

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.services.startup import OpenedDatabase


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
    parser.add_argument(
        "--smoke-test",
        nargs="?",
        const="",
        metavar="RAPPORT",
        help="vérifie l'installation sans fenêtre (base temporaire, PDF, Excel, Qt en français) ; "
        "RAPPORT : fichier où écrire aussi le compte rendu",
    )
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
    if args.smoke_test is not None:  # before logging: never touches the user's data folder
        from territ_desktop import smoke_test

        return smoke_test.run(report=Path(args.smoke_test) if args.smoke_test else None)
    configure_logging()
    from territ_desktop.ui import application  # Qt only once the options are valid

    settings = application.open_settings(paths.data_dir() / "settings.ini")
    app = application.create_application(settings, args.lang)
    opened: list[OpenedDatabase] = []

    def open_services() -> Services:
        # Imported late on purpose: the window is already on screen while this loads.
        from territ_desktop.services.demo import create_demo
        from territ_desktop.services.startup import Recovery, StartupProblem, open_checked
        from territ_desktop.ui import messages

        def decide(problem: StartupProblem) -> Recovery:
            backup = problem.backup
            when = f"{backup.taken_at:%d/%m/%Y à %H:%M}" if backup is not None else None
            return Recovery(messages.offer_recovery(None, problem.message(), when))

        target = paths.choose_database(args.database, demo=args.demo)
        # One window per database, integrity checks, recovery, then open and migrate.
        database = open_checked(
            target, backup_root=paths.backups_dir(), home=paths.data_dir(), decide=decide
        )
        opened.append(database)
        if args.demo:
            create_demo(database.database)
        return database.services()

    try:
        return application.run_window(app, settings, paths.log_path(), open_services)
    finally:
        for database in opened:
            database.close()  # also lets the instance lock go
