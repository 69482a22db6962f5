"""``territ rotations ...`` and ``territ export groups``: small-group plans."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from territ_desktop.cli.common import print_json, resolve_session, services
from territ_desktop.domain.errors import UserError
from territ_desktop.services import Services


def register(commands: Any, export_commands: Any) -> None:
    """Add the ``rotations`` group and ``export groups``."""
    group = commands.add_parser("rotations", help="répartitions en petits groupes")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)

    solve = sub.add_parser(
        "solve", help="résout une instance JSON (sans base de données), voir docs/rotations-json.md"
    )
    solve.add_argument("instance", metavar="INSTANCE.json", type=Path)
    solve.add_argument("-o", "--output", metavar="PLAN.json", type=Path, required=True)
    _search_options(solve)
    solve.set_defaults(handler=solve_file)

    plan = sub.add_parser("plan", help="génère et enregistre la répartition d'une séquence")
    plan.add_argument("--session", metavar="ID", required=True)
    plan.add_argument("--item", metavar="ID", required=True, help="la séquence en petits groupes")
    plan.add_argument("--rounds", type=int, default=1, help="nombre de tours (défaut 1)")
    _search_options(plan)
    plan.set_defaults(handler=plan_item)

    listing = sub.add_parser("list", help="séquences en petits groupes et leurs répartitions")
    listing.add_argument("--session", metavar="ID", required=True)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=list_workshops)

    groups = export_commands.add_parser("groups", help="répartition d'une séquence (PDF ou XLSX)")
    groups.add_argument("--session", metavar="ID", required=True)
    groups.add_argument("--item", metavar="ID", required=True)
    groups.add_argument(
        "-o", "--output", metavar="FICHIER.pdf|FICHIER.xlsx", type=Path, required=True
    )
    groups.set_defaults(handler=export_groups)


def _search_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, default=1, help="graine (même graine, même plan)")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=None,
        metavar="SECONDES",
        help="durée maximale (par défaut : 2 s jusqu'à 60 personnes, 10 s au-delà)",
    )


def solve_file(args: argparse.Namespace) -> int:
    """``territ rotations solve``: pure JSON in, JSON out, no database."""
    from territ_desktop.services.rotations import solve_json_file

    plan = solve_json_file(args.instance, args.output, seed=args.seed, time_limit=args.time_limit)
    score = plan.get("score", {})
    print(f"Plan écrit dans {args.output} ; score : {json.dumps(score, ensure_ascii=False)}")
    return 0


def _item(svc: Services, session_id: str, key: str) -> str:
    found = [i.id for i in svc.rotations.workshops(session_id) if i.id.startswith(key)]
    if len(found) != 1:
        raise UserError(
            f"Aucune séquence en petits groupes unique ne correspond à « {key} » "
            "(voir « territ rotations list »)."
        )
    return found[0]


def plan_item(args: argparse.Namespace) -> int:
    """``territ rotations plan``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        item_id = _item(svc, session_id, args.item)
        instance = svc.rotations.default_instance(session_id, item_id, rounds=args.rounds)
        result = svc.rotations.solve(instance, seed=args.seed, time_limit=args.time_limit)
        svc.rotations.save(item_id, instance, result.plan, args.seed)
        optimal = svc.rotations.proven_optimal(instance, result.score)
    s = result.score
    print(
        f"Répartition enregistrée : {len(instance.participants)} personnes, "
        f"{len(instance.tables)} tables, {instance.rounds} tour(s) ; rencontres répétées : "
        f"{s.repeated_pairs}, au plus {s.max_meetings} fois la même paire, écart de mixité : "
        f"{s.mix_deviation}."
    )
    if optimal:
        print("Optimale : impossible de faire mieux avec ces tables et ces tours.")
    for warning in result.warnings:
        print(f"attention : {warning}")
    return 0


def list_workshops(args: argparse.Namespace) -> int:
    """``territ rotations list``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        rows = [(item, svc.rotations.load(item.id)) for item in svc.rotations.workshops(session_id)]
    if args.json:
        print_json(
            [
                {
                    "id": item.id,
                    "title": item.title,
                    "tables": list(item.themes),
                    "planned": stored is not None,
                    "rounds": stored.instance.rounds if stored else 0,
                }
                for item, stored in rows
            ]
        )
        return 0
    for item, stored in rows:
        state = f"{stored.instance.rounds} tour(s)" if stored else "sans répartition"
        print(f"{item.id}  {state:<18} {item.title}")
    return 0


def export_groups(args: argparse.Namespace) -> int:
    """``territ export groups``."""
    with services(args) as svc:
        session_id = resolve_session(svc, args.session)
        item_id = _item(svc, session_id, args.item)
        path = svc.rotations.export_groups(session_id, item_id, args.output)
    print(f"Répartition écrite : {path}")
    return 0
