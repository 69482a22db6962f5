"""``territ export ...``: files for the room and for funders."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from territ_desktop.cli.common import resolve_session, services
from territ_desktop.domain.errors import UserError
from territ_desktop.services import Services


def register(commands: Any) -> Any:
    """Add the ``export`` command group; returns its sub-commands for other groups to extend."""
    group = commands.add_parser("export", help="exports PDF, Excel et CSV")
    sub = group.add_subparsers(dest="what", metavar="EXPORT", required=True)

    sheets = sub.add_parser("attendance-sheets", help="feuilles d'émargement (PDF)")
    _session_and_output(sheets, "FICHIER.pdf")
    sheets.add_argument("--blank", action="store_true", help="feuilles vierges, à imprimer")
    sheets.add_argument("--half-day", metavar="ID", help="une seule demi-journée")
    sheets.add_argument(
        "--per-day", action="store_true", help="une feuille par journée (matin et après-midi)"
    )
    sheets.set_defaults(handler=export_sheets)

    attendance = sub.add_parser("attendance", help="présences pour les financeurs (XLSX ou CSV)")
    _session_and_output(attendance, "FICHIER.xlsx|FICHIER.csv")
    attendance.set_defaults(handler=export_attendance)

    attestations = sub.add_parser("attestations", help="attestations de présence (PDF)")
    _session_and_output(attestations, "FICHIER.pdf|DOSSIER")
    attestations.set_defaults(handler=export_attestations)

    summary = sub.add_parser("summary", help="synthèse de la session (PDF ou XLSX)")
    _session_and_output(summary, "FICHIER.pdf|FICHIER.xlsx")
    summary.add_argument(
        "--with-participants",
        action="store_true",
        help="ajoute la liste nominative des participant·es (données personnelles)",
    )
    summary.set_defaults(handler=export_summary)
    return sub


def _session_and_output(parser: argparse.ArgumentParser, output: str) -> None:
    parser.add_argument("--session", metavar="ID", required=True, help="la session")
    parser.add_argument("-o", "--output", metavar=output, required=True, type=Path)


def _warn(svc: Services, session_id: str) -> None:
    """Print the pre-export checks; they never stop the export (the user decides)."""
    for warning in svc.attendance.checks(session_id, until=dt.date.today()):
        print(f"territ : attention : {warning.message}", file=sys.stderr)


def _half_day(svc: Services, session_id: str, key: str) -> str:
    ids = [h.id for h in svc.sessions.get(session_id).half_days]
    found = [i for i in ids if i.startswith(key)]
    if len(found) != 1:
        raise UserError(f"Aucune demi-journée unique ne correspond à « {key} » dans la session.")
    return found[0]


def export_sheets(args: argparse.Namespace) -> int:
    """``territ export attendance-sheets``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        half_day = _half_day(svc, session_id, args.half_day) if args.half_day else None
        if not args.blank:
            _warn(svc, session_id)
        path = svc.attendance.export_sheets(
            session_id, args.output, blank=args.blank, half_day_id=half_day, per_day=args.per_day
        )
    print(f"Feuilles d'émargement écrites : {path}")
    return 0


def export_attendance(args: argparse.Namespace) -> int:
    """``territ export attendance``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        _warn(svc, session_id)
        path = svc.attendance.export_attendance(session_id, args.output)
    print(f"Présences écrites : {path}")
    return 0


def export_attestations(args: argparse.Namespace) -> int:
    """``territ export attestations``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        _warn(svc, session_id)
        paths = svc.attendance.export_attestations(session_id, args.output)
    print(f"{len(paths)} fichier(s) d'attestation écrit(s) : {args.output}")
    return 0


def export_summary(args: argparse.Namespace) -> int:
    """``territ export summary``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        path = svc.summary.export(
            session_id, args.output, include_participant_annex=args.with_participants
        )
    print(f"Synthèse écrite : {path}")
    return 0
