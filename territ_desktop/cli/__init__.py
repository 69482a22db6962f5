"""The ``territ`` command: the same services as the window, for scripts and power users.

Commands and flags are a public interface: keep them stable once released (see README).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from territ_desktop import __version__
from territ_desktop.cli import (
    backups,
    common,
    exports,
    participants,
    privacy,
    rotations,
    sessions,
)
from territ_desktop.domain.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="territ",
        description="TERRIT Desktop en ligne de commande : démo, sessions, participant·es.",
    )
    parser.add_argument("--version", action="version", version=f"territ {__version__}")
    parser.add_argument(
        "--database",
        metavar="CHEMIN_OU_URL",
        help="fichier SQLite ou URL SQLAlchemy (sinon $TERRIT_DATABASE, sinon la base par défaut)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", required=True)
    demo = commands.add_parser("demo", help="remplit la base avec la session de démonstration")
    demo.set_defaults(handler=common.run_demo)
    sessions.register(commands)
    participants.register(commands)
    export_commands = exports.register(commands)
    rotations.register(commands, export_commands)
    backups.register(commands)
    privacy.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status (0 success, 1 user error, 2 usage)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except UserError as error:
        print(f"territ : erreur : {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. ``head``) went away: not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("territ : interrompu.", file=sys.stderr)
        return 130
