"""Hand-written sample sessions and participants for the export tests (and a look by eye)."""

from __future__ import annotations

import datetime as dt
import io
import random
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw

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

HOSTILE = 'Org <SARL & <a href="x">'


def half_day(day_id: str, date: dt.date, period: Period) -> HalfDay:
    if period is Period.MORNING:
        start, end = dt.time(9, 0), dt.time(12, 30)
    else:
        start, end = dt.time(13, 30), dt.time(17, 0)
    return HalfDay(f"{day_id}-{period.value}", day_id, date, period, start, end)


def make_session(
    days: int = 2,
    *,
    title: str = "Construire un projet territorial de santé : du diagnostic à l'action",
    first: dt.date = dt.date(2026, 6, 11),
    trainers: tuple[Trainer, ...] | None = None,
    room_capacity: int | None = 30,
) -> Session:
    built: list[Day] = []
    for n in range(days):
        date = first + dt.timedelta(days=n)
        day_id = f"d{n + 1}"
        halves = (half_day(day_id, date, Period.MORNING), half_day(day_id, date, Period.AFTERNOON))
        built.append(Day(day_id, "s1", date, half_days=halves))
    if trainers is None:
        trainers = (
            Trainer("t1", "Lefebvre", "Marie-Hélène", "IREPS", TrainerRole.LEAD),
            Trainer("t2", "Nguyễn", "Văn An", "ARS Bourgogne-Franche-Comté", TrainerRole.SPEAKER),
        )
    return Session(
        id="s1",
        title=title,
        place_name="Maison des associations",
        place_address="12 rue de la Liberté, 21000 Dijon",
        organiser="Instance régionale d'éducation et de promotion de la santé",
        organiser_address="3 rue Jean Renoir, 21000 Dijon",
        funders=("ARS Bourgogne-Franche-Comté", "Région"),
        room_capacity=room_capacity,
        days=tuple(built),
        trainers=trainers,
    )


def make_participants() -> list[Participant]:
    return [
        Participant(
            "p1",
            "Wójcik",
            "Łukasz",
            "Ville de Besançon",
            audience=Audience.ELU,
            territory="Besançon",
        ),
        Participant(
            "p2",
            "Popescu",
            "Ştefan",
            "CLS du Grand Dole",
            audience=Audience.COORDINATEUR,
            territory="Dole",
        ),
        Participant(
            "p3", "Nguyễn", "Thị Minh", HOSTILE, audience=Audience.ASSOCIATIF, territory="Dijon"
        ),
        Participant(
            "p4", "=1+1", "Jean", "@SUM(A1)", audience=Audience.CITOYEN, territory="-Auxerre"
        ),
        Participant(
            "p5",
            "Écuyer",
            "Anaïs",
            "Association de prévention spécialisée et "
            "d'accompagnement des jeunes du Nord Franche-Comté",
            audience=Audience.INSTITUTION,
            territory="Montbéliard",
        ),
        Participant(
            "p6",
            "Dupont-Martin de la Tour d'Auvergne",
            "Marie-Christine",
            "Ville",
            audience=Audience.POLITIQUE_VILLE,
            territory="Nevers",
        ),
        Participant("p7", "abadie", "Zoé", "", audience=Audience.AUTRE),
    ]


def signature_png(seed: int = 0) -> bytes:
    rng = random.Random(seed)
    image = Image.new("RGBA", (300, 100), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    points = [(10 + i * 14, 50 + rng.randint(-30, 30)) for i in range(20)]
    draw.line(points, fill=(10, 20, 120, 255), width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def make_records(
    session: Session, participants: list[Participant]
) -> dict[tuple[str, str], AttendanceRecord]:
    """A mix of statuses: everyone present with a signature except a few cases."""
    records: dict[tuple[str, str], AttendanceRecord] = {}
    png = signature_png()
    for index, hd in enumerate(session.half_days):
        for p in participants:
            if p.id == "p7":
                continue  # never recorded
            status = AttendanceStatus.PRESENT
            arrival = departure = None
            if p.id == "p2" and index == 0:
                status = AttendanceStatus.ABSENT
            elif p.id == "p5" and index == 1:
                status = AttendanceStatus.EXCUSED
            elif p.id == "p6" and index == 0:
                status, arrival = AttendanceStatus.PARTIAL, dt.time(10, 15)
            records[(p.id, hd.id)] = AttendanceRecord(
                p.id,
                hd.id,
                status,
                arrival=arrival,
                departure=departure,
                signed_at=dt.datetime.combine(hd.date, dt.time(9, 5)),
                signature_png=png if status is not AttendanceStatus.ABSENT else None,
            )
    return records


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The text of a PDF as pdftotext reads it, with no-break spaces made plain.

    ``layout=True`` keeps the page's columns side by side; ``False`` gives the reading order,
    where a wrapped cell's lines stay together.
    """
    command = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    result = subprocess.run(command, capture_output=True, check=True, text=True)
    return result.stdout.replace("\u00a0", " ").replace("\u202f", " ")


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF."""
    return pdf_text(path).split("\f")[:-1]


def leftovers(folder: Path) -> list[str]:
    """Temporary files an export may have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
