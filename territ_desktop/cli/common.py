"""What every command needs: opening the services, resolving a session, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from territ_desktop import paths
from territ_desktop.domain.errors import UserError
from territ_desktop.services import Services
from territ_desktop.services.demo import create_demo
from territ_desktop.services.startup import Recovery, StartupProblem, open_checked


def _recovery(problem: StartupProblem) -> Recovery:
    """A damaged or foreign file stops the command; a lost one is recreated, with a warning."""
    if problem.moves_file:
        hint = (
            f" Restaurez-la avec « territ restore {problem.backup.path} »."
            if problem.backup is not None
            else ""
        )
        raise UserError(
            f"{problem.inspection.describe()} Rien n'a été modifié.{hint} "
            "Voir aussi « territ backups list »."
        )
    print(
        f"territ : attention : {problem.message()} (voir « territ backups list »)", file=sys.stderr
    )
    return Recovery.NEW


@contextmanager
def services(args: argparse.Namespace) -> Iterator[Services]:
    """Open the chosen database (checked, migrated), and close it afterwards."""
    opened = open_checked(
        paths.choose_database(args.database),
        backup_root=paths.backups_dir(),
        home=paths.data_dir(),
        decide=_recovery,
        lock=False,  # the command line may run beside the window: SQLite serialises writes
    )
    try:
        yield opened.services()
    finally:
        opened.close()


def resolve_session(services: Services, key: str) -> str:
    """A session id from its full id or an unambiguous beginning of it."""
    ids = [s.id for s in services.sessions.list_sessions()]
    if key in ids:
        return key
    found = [i for i in ids if i.startswith(key)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(
            f"Aucune session ne correspond à « {key} » (voir « territ sessions list »)."
        )
    raise UserError(f"« {key} » désigne plusieurs sessions : donnez plus de caractères.")


def print_json(value: Any) -> None:
    """Print a value as indented UTF-8 JSON."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def run_demo(args: argparse.Namespace) -> int:
    """``territ demo``."""
    with services(args) as svc:
        result = create_demo(svc.database)
        where = svc.database.display_name
    if result.created:
        print(f"Session de démonstration créée dans {where} (id {result.session_id}).")
    else:
        print(f"La session de démonstration existe déjà dans {where} : rien n'a été ajouté.")
    return 0
