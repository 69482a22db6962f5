"""``territ participants import FILE``: registration spreadsheets into the directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from territ_desktop.cli.common import resolve_session, services
from territ_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from territ_desktop.services.importing import ImportCounts

_DELIMITERS = {";": ";", ",": ",", "tab": "\t", "tabulation": "\t", "\\t": "\t", "\t": "\t"}


def register_import(sub: Any) -> None:
    """Add ``participants import`` to the ``participants`` sub-commands."""
    command = sub.add_parser(
        "import",
        help="importe une liste d'inscriptions (Excel .xlsx ou CSV)",
        description=(
            "Lit le fichier, rapproche chaque ligne de l'annuaire (même e-mail, ou mêmes nom, "
            "prénom et structure) et n'écrit rien si le fichier ne peut pas être importé. "
            "Affiche une ligne par ligne fusionnée ou écartée, puis le bilan."
        ),
    )
    command.add_argument("file", metavar="FICHIER", type=Path)
    command.add_argument("--session", metavar="ID", help="inscrit aussi les personnes à la session")
    command.add_argument(
        "--sheet", metavar="FEUILLE", help="feuille du classeur (sinon la première)"
    )
    command.add_argument(
        "--encoding", metavar="ENCODAGE", help="encodage d'un CSV (utf-8, cp1252…), sinon deviné"
    )
    command.add_argument(
        "--delimiter", metavar="SÉPARATEUR", help="séparateur d'un CSV (; , ou tab), sinon deviné"
    )
    command.add_argument(
        "--dry-run", action="store_true", help="montre ce qui serait fait, sans rien écrire"
    )
    command.set_defaults(handler=import_file)


def _delimiter(text: str | None) -> str | None:
    if text is None:
        return None
    found = _DELIMITERS.get(text.lower())
    if found is None:
        raise UserError(f"Séparateur « {text} » inconnu : indiquez « ; », « , » ou « tab ».")
    return found


def _summary(counts: ImportCounts) -> str:
    blank = f" (dont {counts.blank} vide(s))" if counts.blank else ""
    return (
        f"{counts.data_rows} ligne(s) de données : {counts.new} nouvelle(s), "
        f"{counts.merged_existing} déjà dans l'annuaire, {counts.duplicates} doublon(s), "
        f"{counts.rejected} non importée(s){blank}."
    )


def import_file(args: argparse.Namespace) -> int:
    """``territ participants import``."""
    delimiter = _delimiter(args.delimiter)
    with services(args) as svc:
        session_id = resolve_session(svc, args.session) if args.session else None
        preview = svc.importing.preview(
            args.file, sheet=args.sheet, encoding=args.encoding, delimiter=delimiter
        )
        plan = preview.plan
        for outcome in plan.rows:
            line = preview.describe(outcome)
            if line is not None:
                print(line)
            for warning in outcome.warnings:
                print(
                    f"territ : attention : ligne {outcome.row_number} : {warning}", file=sys.stderr
                )
        print(_summary(plan.counts))
        if not plan.participant_ids:
            raise UserError("Aucune ligne du fichier n'est importable : rien n'a été écrit.")
        if args.dry_run:
            print("Simulation : rien n'a été écrit.")
            return 0
        result = svc.importing.apply(plan, session_id)
        title = svc.sessions.get(session_id).title if session_id is not None else ""
    enrolled = (
        f", {len(result.enrolled)} inscription(s) à la session « {title} »"
        if session_id is not None
        else ""
    )
    print(
        f"Import terminé : {len(result.created)} fiche(s) créée(s), "
        f"{len(result.filled)} fiche(s) complétée(s){enrolled}."
    )
    return 0
