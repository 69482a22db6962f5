"""``territ participants ...``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from territ_desktop.cli.common import print_json, resolve_session, services
from territ_desktop.cli.participants_import import register_import
from territ_desktop.domain.audience import audience_short_label


def register(commands: Any) -> None:
    """Add the ``participants`` command group."""
    group = commands.add_parser("participants", help="annuaire des participant·es")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="liste les participant·es")
    listing.add_argument(
        "--session", metavar="ID", help="seulement les inscrit·es de cette session"
    )
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=list_participants)
    register_import(sub)
    export = sub.add_parser("export", help="exporte l'annuaire (Excel ou CSV)")
    export.add_argument(
        "-o", "--output", metavar="FICHIER.xlsx|FICHIER.csv", required=True, type=Path
    )
    export.add_argument("--session", metavar="ID", help="seulement les inscrit·es de cette session")
    export.set_defaults(handler=export_directory)


def list_participants(args: argparse.Namespace) -> int:
    """``territ participants list``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session) if args.session else None
        people = svc.participants.find(session_id)
    if args.json:
        print_json([{**asdict(p), "audience": str(p.audience)} for p in people])
        return 0
    for p in people:
        print(f"{p.printed_name:<35} {p.organisation[:40]:<40} {audience_short_label(p.audience)}")
    print(f"{len(people)} participant·e(s).")
    return 0


def export_directory(args: argparse.Namespace) -> int:
    """``territ participants export``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session) if args.session else None
        people = svc.participants.find(session_id)
        path = svc.participants.export_directory(people, args.output)
    print(f"Annuaire écrit ({len(people)} participant·e(s)) : {path}")
    return 0
