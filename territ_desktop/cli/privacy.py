"""``territ privacy ...``: retention periods, archiving, anonymisation, a person's data."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from territ_desktop.cli.common import print_json, resolve_session, services
from territ_desktop.domain.errors import UserError
from territ_desktop.domain.retention import PrivacyPlan, RetentionStatus
from territ_desktop.services import Services

STATUS_WORDS = {
    RetentionStatus.KEPT: "conservée",
    RetentionStatus.DUE: "à archiver",
    RetentionStatus.ARCHIVED: "archivée",
    RetentionStatus.ANONYMISED: "anonymisée",
}


def register(commands: Any) -> None:
    """Add the ``privacy`` command group."""
    group = commands.add_parser(
        "privacy", help="données personnelles (RGPD) : conservation, archivage, anonymisation"
    )
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    status = sub.add_parser("status", help="durée de conservation et état de chaque session")
    status.add_argument("--json", action="store_true", help="sortie JSON")
    status.set_defaults(handler=show_status)
    due = sub.add_parser("due", help="ce qui est à archiver ou à anonymiser (aperçu)")
    due.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        metavar="AAAA-MM-JJ",
        help="à cette date plutôt qu'aujourd'hui (aperçu seulement)",
    )
    due.add_argument("--json", action="store_true", help="sortie JSON")
    due.set_defaults(handler=show_due)
    apply = sub.add_parser(
        "apply", help="archive et anonymise ce qui est dû aujourd'hui (sauvegarde d'abord)"
    )
    apply.add_argument("--dry-run", action="store_true", help="montre ce qui serait fait")
    apply.set_defaults(handler=apply_due)
    retention = sub.add_parser("retention", help="règle la durée de conservation d'une session")
    retention.add_argument("--session", metavar="ID", required=True)
    retention.add_argument("--years", type=int, metavar="ANS", required=True)
    retention.set_defaults(handler=set_retention)
    funder = sub.add_parser("funder", help="règle la durée de conservation exigée par un financeur")
    funder.add_argument("name", metavar="FINANCEUR")
    years = funder.add_mutually_exclusive_group(required=True)
    years.add_argument("--years", type=int, metavar="ANS")
    years.add_argument("--remove", action="store_true", help="retire la règle")
    funder.set_defaults(handler=set_funder)
    export = sub.add_parser("export", help="exporte les données d'une personne (Excel)")
    export.add_argument("participant", metavar="ID")
    export.add_argument("-o", "--output", metavar="FICHIER.xlsx", required=True, type=Path)
    export.set_defaults(handler=export_person)
    erase = sub.add_parser(
        "erase", help="efface les données d'une personne, si plus rien n'oblige à les garder"
    )
    erase.add_argument("participant", metavar="ID")
    erase.set_defaults(handler=erase_person)


def resolve_participant(svc: Services, key: str) -> str:
    """A participant id from its full id or an unambiguous beginning of it."""
    ids = [p.id for p in svc.participants.find()]
    found = [i for i in ids if i == key] or [i for i in ids if i.startswith(key)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(
            f"Aucune personne ne correspond à « {key} » (voir « territ participants list »)."
        )
    raise UserError(f"« {key} » désigne plusieurs personnes : donnez plus de caractères.")


def show_status(args: argparse.Namespace) -> int:
    """``territ privacy status``."""
    with services(args) as svc:
        rows = svc.privacy.overview()
        rules = svc.privacy.funder_rules()
    today = dt.date.today()
    if args.json:
        print_json(
            [
                {
                    "id": s.session_id,
                    "title": s.title,
                    "end": s.end.isoformat(),
                    "years": s.years,
                    "own_years": s.own_years,
                    "expires": s.expires.isoformat(),
                    "status": str(s.status(today)),
                }
                for s in rows
            ]
        )
        return 0
    for s in rows:
        print(
            f"{s.session_id[:8]}  fin {s.end:%d/%m/%Y}  {s.years} an(s)  jusqu'au "
            f"{s.expires:%d/%m/%Y}  {STATUS_WORDS[s.status(today)]:<11} {s.title}"
        )
    for rule in rules:
        print(f"Financeur « {rule.funder} » : {rule.years} an(s) au moins.")
    return 0


def _describe(plan: PrivacyPlan) -> list[str]:
    lines = [f"Session à archiver : {s.title} (fin le {s.end:%d/%m/%Y})" for s in plan.archive]
    lines += [f"Personne à anonymiser : {p.printed_name}" for p in plan.anonymise]
    lines += [f"Fiche sans session à supprimer : {p.printed_name}" for p in plan.delete]
    if plan.empty:
        lines.append("Rien à archiver ni à anonymiser.")
    return lines


def show_due(args: argparse.Namespace) -> int:
    """``territ privacy due``."""
    with services(args) as svc:
        plan = svc.privacy.plan(args.date)
    if args.json:
        print_json(
            {
                "date": plan.today.isoformat(),
                "archive": [{"id": s.session_id, "title": s.title} for s in plan.archive],
                "anonymise": [
                    {"id": p.participant_id, "name": p.printed_name} for p in plan.anonymise
                ],
                "delete": [{"id": p.participant_id, "name": p.printed_name} for p in plan.delete],
            }
        )
        return 0
    for line in _describe(plan):
        print(line)
    return 0


def apply_due(args: argparse.Namespace) -> int:
    """``territ privacy apply``."""
    with services(args) as svc:
        if args.dry_run:
            for line in _describe(svc.privacy.plan()):
                print(line)
            print("Simulation : rien n'a été écrit.")
            return 0
        report = svc.privacy.apply()
    print(
        f"{report.archived} session(s) archivée(s), {report.anonymised} personne(s) "
        f"anonymisée(s), {report.deleted} fiche(s) supprimée(s)."
    )
    if report.backup is not None:
        print(f"Sauvegarde prise avant : {report.backup}")
    return 0


def set_retention(args: argparse.Namespace) -> int:
    """``territ privacy retention``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        svc.privacy.set_session_retention(session_id, args.years)
    print(f"Durée de conservation de la session : {args.years} an(s).")
    return 0


def set_funder(args: argparse.Namespace) -> int:
    """``territ privacy funder``."""
    with services(args) as svc:
        svc.privacy.set_funder_retention(args.name, None if args.remove else args.years)
    if args.remove:
        print(f"Règle du financeur « {args.name} » retirée.")
    else:
        print(
            f"Les sessions financées par « {args.name} » sont gardées {args.years} an(s) au moins."
        )
    return 0


def export_person(args: argparse.Namespace) -> int:
    """``territ privacy export``."""
    with services(args) as svc:
        participant_id = resolve_participant(svc, args.participant)
        path = svc.privacy.export_personal_data(participant_id, args.output)
    print(f"Données exportées : {path}")
    return 0


def erase_person(args: argparse.Namespace) -> int:
    """``territ privacy erase``."""
    with services(args) as svc:
        participant_id = resolve_participant(svc, args.participant)
        report = svc.privacy.erase_participant(participant_id)
    if report.deleted:
        print("Fiche supprimée (la personne n'était inscrite à aucune session).")
    else:
        print(
            "Données personnelles effacées : la fiche est anonymisée, ses présences restent "
            "comptées dans les statistiques des sessions archivées."
        )
    if report.backup is not None:
        print(f"Sauvegarde prise avant : {report.backup}")
    return 0
