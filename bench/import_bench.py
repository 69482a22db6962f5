"""Benchmark: previewing a 5,000-row registration workbook against openpyxl alone.

Run as ``.venv/bin/python bench/import_bench.py [--rows N] [--repeat N]``. It writes a
workbook in a temporary folder, then times, in the same run and alternately:

- the baseline: openpyxl in read-only mode loading the workbook and reading every row's
  values;
- ours: :func:`read_table` + :func:`detect_header` (header row and column mapping) +
  :func:`plan_import` against 1,000 existing participants (the full preview).

It prints the best time of each and their ratio; the target is a ratio of at most 2.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from territ_desktop.domain import Audience, Participant  # noqa: E402
from territ_desktop.importing import detect_header, plan_import, read_table  # noqa: E402

TARGET_RATIO = 2.0

LAST = ["Dupont", "MARTIN", "Bernard", "PETIT", "Durand", "LEFÈVRE", "Moreau", "Œillet",
        "Girard", "Le Goff", "N'Diaye", "Nguyễn", "Da Silva", "ROUSSEAU", "Fontaine"]  # fmt: skip
FIRST = ["Jean", "Marie", "Élodie", "Karim", "Anne-Sophie", "Luc", "Chloé", "Mamadou", "Inès",
         "Thomas", "Zoé", "François"]  # fmt: skip
ORGS = ["Mairie de Lyon", "ARS Auvergne-Rhône-Alpes", "Association Santé Quartiers",
        "CCAS de Vénissieux", "Métropole de Lyon", "Centre social Mermoz", "DDETS du Rhône",
        ""]  # fmt: skip
AUDIENCES = ["Élu(e)", "Coordinatrice CLS", "Chef de projet PV", "ARS", "Associatif",
             "Habitante", "Infirmière", "", "adjoint au maire", "animateur santé"]  # fmt: skip
TOWNS = ["Lyon", "Vénissieux", "Villeurbanne", "Saint-Fons", "Bron", "Vaulx-en-Velin"]


def make_workbook(path: Path, rows: int, rng: random.Random) -> None:
    """Write a realistic registration workbook: a title line, a header, ``rows`` rows."""
    # A normal (not write-only) workbook, so the sheet starts with its dimension, as Excel's do.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Inscriptions"
    sheet.append(["Inscriptions – formation TERRIT 2026"])
    sheet.append([])
    sheet.append(["NOM", "Prénom", "Structure", "Fonction", "Adresse e-mail", "Téléphone",
                  "Commune", "Vous êtes :", "Commentaires", "Date d'inscription"])  # fmt: skip
    for index in range(rows):
        last, first = rng.choice(LAST), rng.choice(FIRST)
        if index % 97 == 0:
            sheet.append([])
            continue
        sheet.append([
            last.upper() if index % 3 else last,
            first,
            rng.choice(ORGS),
            "Chargé(e) de mission",
            f"{first}.{last}{index % 4000}@example.fr".replace(" ", "").upper()
            if index % 5 else "",
            612345678 + index if index % 2 else f"06 12 34 {index % 100:02d} 00",
            rng.choice(TOWNS),
            rng.choice(AUDIENCES),
            "Végétarien" if index % 11 == 0 else None,
            f"{1 + index % 28:02d}/03/2026",
        ])  # fmt: skip
    workbook.save(path)


def existing_people(count: int, rng: random.Random) -> list[Participant]:
    """Participants already in the database, some of whom the workbook names again."""
    people = []
    for index in range(count):
        last, first = rng.choice(LAST), rng.choice(FIRST)
        email = f"{first}.{last}{index * 4}@example.fr".replace(" ", "").lower()
        people.append(
            Participant(f"p{index}", last.title(), first, rng.choice(ORGS), email=email,
                        audience=Audience.AUTRE)
        )  # fmt: skip
    return people


def baseline(path: Path) -> int:
    """Openpyxl alone: load read-only and read every row's values."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        count = 0
        for _row in workbook.active.iter_rows(values_only=True):
            count += 1
        workbook.close()
    return count


def ours(path: Path, existing: list[Participant]) -> int:
    """Our preview: read, detect the header and columns, plan against existing people."""
    table = read_table(path)
    detection = detect_header(table)
    plan = plan_import(table, detection.mapping, existing)
    return plan.counts.data_rows


def best_time(function: Callable[[], int], repeat: int) -> float:
    """Best wall time of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    """Run the benchmark and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(2026)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "inscriptions.xlsx"
        make_workbook(path, args.rows, rng)
        existing = existing_people(1000, rng)
        plan_rows = ours(path, existing)  # warm up both, and check the result
        baseline(path)
        base_times, our_times = [], []
        for _ in range(args.repeat):  # alternate, so a slow moment hits both
            base_times.append(best_time(lambda: baseline(path), 1))
            our_times.append(best_time(lambda: ours(path, existing), 1))
        base, mine = min(base_times), min(our_times)
        size = path.stat().st_size
    ratio = mine / base
    print(f"workbook: {args.rows} rows, {size / 1024:.0f} KiB; {plan_rows} data rows planned")
    print(f"openpyxl read-only alone:            {base * 1000:8.1f} ms")
    print(f"read + header + mapping + plan:      {mine * 1000:8.1f} ms")
    verdict = "OK" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio: {ratio:.2f}x (target <= {TARGET_RATIO:.1f}x) {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
