"""``territ participants ...``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from territ_desktop.cli.common import print_json, resolve_session, services
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
