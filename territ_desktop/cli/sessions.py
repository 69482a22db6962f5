"""``territ sessions ...``."""

from __future__ import annotations

import argparse
from typing import Any

from territ_desktop.cli.common import print_json, services


def register(commands: Any) -> None:
    """Add the ``sessions`` command group."""
    group = commands.add_parser("sessions", help="sessions (éditions de formation)")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="liste les sessions")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=list_sessions)


def list_sessions(args: argparse.Namespace) -> int:
    """``territ sessions list``."""
    with services(args) as svc:
        rows = svc.sessions.list_sessions()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "title": s.title,
                    "kind": str(s.kind),
                    "first_date": s.first_date.isoformat() if s.first_date else None,
                    "last_date": s.last_date.isoformat() if s.last_date else None,
                    "place": s.place_name,
                    "participants": s.participant_count,
                }
                for s in rows
            ]
        )
        return 0
    if not rows:
        print("Aucune session. « territ demo » crée une session de démonstration.")
    for s in rows:
        dates = f"{s.first_date:%d/%m/%Y}" if s.first_date else "sans date"
        if s.last_date and s.last_date != s.first_date:
            dates += f" → {s.last_date:%d/%m/%Y}"
        print(f"{s.id}  {dates:<25} {s.participant_count:>4} pers.  {s.title}")
    return 0
