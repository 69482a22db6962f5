"""``territ backup``, ``territ backups list|policy`` and ``territ restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from territ_desktop import paths
from territ_desktop.cli.common import print_json
from territ_desktop.services.backups import BackupService, ThinningPolicy
from territ_desktop.services.startup import backups_for, restore_file

REASONS = {
    "auto": "automatique",
    "manuelle": "manuelle",
    "avant-restauration": "avant restauration",
    "avant-rgpd": "avant purge RGPD",
}


def reason_label(reason: str) -> str:
    """A backup's reason in words (« avant mise à jour du schéma 0003 »...)."""
    if reason.startswith("avant-migration-"):
        return f"avant mise à jour du schéma {reason.removeprefix('avant-migration-')}"
    return REASONS.get(reason, reason)


def register(commands: Any) -> None:
    """Add ``backup``, ``backups`` and ``restore``."""
    backup = commands.add_parser(
        "backup",
        help="écrit une copie de la base dans un fichier (API de sauvegarde de SQLite)",
        description="Copie cohérente de la base, même pendant que la fenêtre est ouverte.",
    )
    backup.add_argument("-o", "--output", metavar="FICHIER", required=True, type=Path)
    backup.set_defaults(handler=backup_to_file)

    group = commands.add_parser("backups", help="sauvegardes automatiques de la base")
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="liste les sauvegardes, la plus récente d'abord")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(handler=list_backups)
    policy = sub.add_parser(
        "policy",
        help="montre ou règle combien de sauvegardes sont gardées",
        description=(
            "Sont gardées la plus récente sauvegarde de chacun des N derniers jours, puis de "
            "chacune des N semaines précédentes, puis de chacun des N mois précédents."
        ),
    )
    policy.add_argument("--daily", type=int, metavar="N", help="jours (7 par défaut)")
    policy.add_argument("--weekly", type=int, metavar="N", help="semaines (4 par défaut)")
    policy.add_argument("--monthly", type=int, metavar="N", help="mois (12 par défaut)")
    policy.set_defaults(handler=backup_policy)

    restore = commands.add_parser(
        "restore",
        help="remplace la base par une sauvegarde (la base actuelle est sauvegardée d'abord)",
        description=(
            "Refusé si la base est ouverte dans une fenêtre. La base actuelle est d'abord "
            "sauvegardée (ou, si elle est endommagée, renommée en NOM.damaged-…)."
        ),
    )
    restore.add_argument("file", metavar="FICHIER", type=Path)
    restore.set_defaults(handler=restore_backup)


def _service(args: argparse.Namespace) -> BackupService:
    return backups_for(
        paths.choose_database(args.database), backup_root=paths.backups_dir(), home=paths.data_dir()
    )


def backup_to_file(args: argparse.Namespace) -> int:
    """``territ backup -o FILE``."""
    written = _service(args).backup_to(args.output)
    print(f"Sauvegarde écrite : {written}")
    return 0


def list_backups(args: argparse.Namespace) -> int:
    """``territ backups list``."""
    service = _service(args)
    found = service.all()
    if args.json:
        print_json(
            [
                {
                    "file": str(b.path),
                    "taken_at": b.taken_at.isoformat(timespec="seconds"),
                    "reason": b.reason,
                    "size": b.size,
                }
                for b in found
            ]
        )
        return 0
    if not found:
        print(f"Aucune sauvegarde dans {service.folder}.")
    for b in found:
        size = f"{b.size / 1024:.0f} Ko"
        print(f"{b.taken_at:%d/%m/%Y %H:%M}  {size:>9}  {reason_label(b.reason):<32} {b.path}")
    return 0


def backup_policy(args: argparse.Namespace) -> int:
    """``territ backups policy``."""
    service = _service(args)
    current = service.policy()
    if args.daily is None and args.weekly is None and args.monthly is None:
        deleted: list[Path] = []
    else:
        current = ThinningPolicy(
            args.daily if args.daily is not None else current.daily,
            args.weekly if args.weekly is not None else current.weekly,
            args.monthly if args.monthly is not None else current.monthly,
        )
        deleted = service.set_policy(current)
    print(
        f"Sauvegardes gardées : {current.daily} quotidienne(s), {current.weekly} "
        f"hebdomadaire(s), {current.monthly} mensuelle(s)."
    )
    if deleted:
        print(f"{len(deleted)} sauvegarde(s) supprimée(s).")
    return 0


def restore_backup(args: argparse.Namespace) -> int:
    """``territ restore FILE`` (a path, or the name of a file of ``territ backups list``)."""
    chosen: Path = args.file
    if not chosen.exists() and chosen.parent == Path():
        chosen = _service(args).folder / chosen
    outcome = restore_file(
        paths.choose_database(args.database),
        chosen,
        backup_root=paths.backups_dir(),
        home=paths.data_dir(),
    )
    print(f"Base restaurée depuis {outcome.restored_from}.")
    if outcome.kept is not None:
        print(f"La base remplacée a été sauvegardée : {outcome.kept.path}")
    if outcome.moved_aside is not None:
        print(f"Le fichier endommagé a été mis de côté : {outcome.moved_aside}")
    return 0
