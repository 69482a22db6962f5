"""Export benchmark: our writers against bare reportlab / openpyxl doing the same cells.

Run with ``.venv/bin/python bench/export_bench.py`` (not part of the test suite). It builds a
session of 4 days (8 half-days) with 300 participants and times, best of a few runs:

* sign-in sheets (blank, one sheet per half-day) against a bare platypus ``Table`` document
  holding the same cells (number, name, first name, organisation, audience, empty signature),
  same font, same row height, header row repeated, one table per half-day;
* the funder workbook against a bare openpyxl workbook (default mode, ``ws.append``) holding
  the same cells on the same three sheets.

Times are the best of several interleaved runs (the machine may be busy with other work); the
CPU ratio is printed too. Our writers also flush the file to disk (fsync) before replacing the
target, which the bare versions do not. Target: each ratio at most 1.5.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Audience,
    Day,
    HalfDay,
    Participant,
    Period,
    Session,
    Trainer,
    TrainerRole,
)
from territ_desktop.domain.audience import audience_short_label
from territ_desktop.export import (
    AttendanceData,
    write_attendance_sheets,
    write_attendance_workbook,
)
from territ_desktop.export.attendance_grid import grid_rows, headers
from territ_desktop.export.pdf_fonts import register_fonts

PEOPLE = 300
DAYS = 4
RUNS = 7
SPARE = 5
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "García",
    "Nguyễn",
    "Wójcik",
    "Popescu",
]
FIRST = [
    "Marie",
    "Jean",
    "Łukasz",
    "Ştefan",
    "Anaïs",
    "Zoé",
    "Thị Minh",
    "Jean-Baptiste",
    "Hélène",
    "Karim",
    "Fatou",
    "Chloé",
]
ORGS = [
    "Ville de Dijon",
    "CCAS de Besançon",
    "ARS Bourgogne-Franche-Comté",
    "Association de prévention spécialisée du Nord Franche-Comté",
    "CLS du Grand Dole",
    "Mutualité française",
    "IREPS",
    "Conseil départemental du Doubs",
]


def build() -> tuple[Session, list[Participant], dict[tuple[str, str], AttendanceRecord]]:
    rng = random.Random(20260611)
    days = []
    for n in range(DAYS):
        date = dt.date(2026, 6, 8) + dt.timedelta(days=n)
        halves = (
            HalfDay(f"d{n}m", f"d{n}", date, Period.MORNING, dt.time(9), dt.time(12, 30)),
            HalfDay(f"d{n}a", f"d{n}", date, Period.AFTERNOON, dt.time(13, 30), dt.time(17)),
        )
        days.append(Day(f"d{n}", "s", date, half_days=halves))
    session = Session(
        "s",
        "Construire un projet territorial de santé : du diagnostic partagé à l'action",
        place_name="Maison des associations",
        place_address="12 rue de la Liberté, 21000 Dijon",
        organiser="Instance régionale d'éducation et de promotion de la santé",
        organiser_address="3 rue Jean Renoir, 21000 Dijon",
        funders=("ARS Bourgogne-Franche-Comté", "Région"),
        days=tuple(days),
        trainers=(
            Trainer("t1", "Lefebvre", "Marie-Hélène", "IREPS", TrainerRole.LEAD),
            Trainer("t2", "Benali", "Mehdi", "ARS", TrainerRole.SPEAKER),
        ),
    )
    people = [
        Participant(
            f"p{i}",
            f"{rng.choice(LAST)}{'-' + rng.choice(LAST) if i % 9 == 0 else ''}",
            rng.choice(FIRST),
            rng.choice(ORGS),
            audience=rng.choice(list(Audience)),
            territory=rng.choice(["Dijon", "Besançon", "Dole", "Nevers"]),
        )
        for i in range(PEOPLE)
    ]
    statuses = [AttendanceStatus.PRESENT] * 8 + [AttendanceStatus.ABSENT, AttendanceStatus.PARTIAL]
    records = {}
    for p in people:
        for h in session.half_days:
            status = rng.choice(statuses)
            arrival = dt.time(10) if status is AttendanceStatus.PARTIAL else None
            records[(p.id, h.id)] = AttendanceRecord(p.id, h.id, status, arrival=arrival)
    return session, people, records


def bare_sheets(session: Session, people: list[Participant], path: Path) -> None:
    """The same cells as plain platypus tables: what the sheets cost without any care."""
    font = register_fonts().regular
    ordered = AttendanceData.build(session, people).rows
    story: list[object] = []
    for half_day in session.half_days:
        rows = [["N°", "NOM", "Prénom", "Organisme", "Public", f"Signature {half_day.label}"]]
        for number, row in enumerate(ordered, start=1):
            p = row.participant
            short = audience_short_label(p.audience)
            rows.append([str(number), p.last_name.upper(), p.first_name, p.organisation, short, ""])
        rows += [[str(len(rows) + i), "", "", "", "", ""] for i in range(SPARE)]
        table = Table(
            rows,
            colWidths=[0.8 * cm, 3.5 * cm, 2.8 * cm, 4.4 * cm, 2.5 * cm, 4.6 * cm],
            rowHeights=1.1 * cm,
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [("FONT", (0, 0), (-1, -1), font, 8), ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]
            )
        )
        story += [table, PageBreak()]
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=font).build(story)


def bare_workbook(session: Session, people: list[Participant], records: object, path: Path) -> None:
    """The same cells in a default openpyxl workbook, appended row by row."""
    assert isinstance(records, dict)
    data = AttendanceData.build(session, people, records)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Présences"
    sheet.append(headers(data))
    for row in grid_rows(data):
        sheet.append(
            [*row.identity, *row.half_days, row.attended_hours, row.planned_hours, row.rate]
        )
    totals = workbook.create_sheet("Totaux")
    for a in data.audience_totals():
        totals.append(
            [
                str(a.audience),
                a.enrolled,
                a.attendees,
                a.attended_minutes / 60,
                a.planned_minutes / 60,
                a.rate,
            ]
        )
    for t in data.half_day_totals():
        totals.append(
            [
                t.half_day.label,
                t.half_day.date,
                t.half_day.start,
                t.half_day.end,
                t.enrolled,
                t.present,
                t.partial,
                t.absent,
                t.excused,
                t.unrecorded,
                t.attended_minutes / 60,
                t.planned_minutes / 60,
            ]
        )
    info = workbook.create_sheet("Session")
    info.append(["Intitulé", session.title])
    for h in session.half_days:
        info.append([h.label, h.date, h.start, h.end])
    workbook.save(path)


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def compare(ours: Callable[[], object], bare: Callable[[], object]) -> dict[str, float]:
    """Best wall and CPU times of both, runs interleaved so that load spikes hit both alike."""
    ours()
    bare()
    times: dict[str, list[float]] = {"ours": [], "bare": [], "ours_cpu": [], "bare_cpu": []}
    for _ in range(RUNS):
        for name, action in (("ours", ours), ("bare", bare)):
            wall, cpu = timed(action)
            times[name].append(wall)
            times[f"{name}_cpu"].append(cpu)
    best = {name: min(values) for name, values in times.items()}
    best["ours_median"] = statistics.median(times["ours"])
    best["bare_median"] = statistics.median(times["bare"])
    return best


def main() -> int:
    session, people, records = build()
    register_fonts()
    folder = Path(tempfile.mkdtemp(prefix="territ-bench-"))
    cases = [
        (
            "Feuilles d'émargement (300 × 8, vierges)",
            lambda: write_attendance_sheets(
                session, people, folder / "ours.pdf", spare_lines=SPARE
            ),
            lambda: bare_sheets(session, people, folder / "bare.pdf"),
        ),
        (
            "Classeur financeur (300 × 8)",
            lambda: write_attendance_workbook(session, people, records, folder / "ours.xlsx"),
            lambda: bare_workbook(session, people, records, folder / "bare.xlsx"),
        ),
    ]
    worst = 0.0
    print(f"{'cas':42} {'nous (s)':>9} {'brut (s)':>9} {'ratio':>6} {'ratio CPU':>10}")
    for label, ours, bare in cases:
        t = compare(ours, bare)
        ratio = t["ours"] / t["bare"]
        cpu_ratio = t["ours_cpu"] / t["bare_cpu"]
        worst = max(worst, ratio)
        print(
            f"{label:42} {t['ours']:9.3f} {t['bare']:9.3f} {ratio:6.2f} {cpu_ratio:10.2f}"
            f"   (médianes {t['ours_median']:.3f} / {t['bare_median']:.3f})"
        )
    filled, _cpu = min(
        timed(
            lambda: write_attendance_sheets(session, people, folder / "filled.pdf", records=records)
        )
        for _ in range(3)
    )
    print(f"{'Feuilles remplies (pour information)':42} {filled:9.3f}")
    print(f"Pire ratio : {worst:.2f} (objectif ≤ 1,5)")
    return 0 if worst <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
