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
from territ_desktop.export.groups_data import GroupPlanPrint, TableInfo

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


def pdf_raw_pages(path: Path) -> list[str]:
    """The text of each page in drawing order (``pdftotext -raw``), spaces collapsed."""
    result = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, check=True, text=True
    )
    pages = result.stdout.replace("\u00a0", " ").replace("\u202f", " ").split("\f")[:-1]
    return [" ".join(page.split()) for page in pages]


def pdf_page_sizes(path: Path) -> list[tuple[float, float]]:
    """Width and height of each page, in points (from ``pdfinfo``)."""
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "100000", str(path)],
        capture_output=True,
        check=True,
        text=True,
    )
    sizes: list[tuple[float, float]] = []
    for line in result.stdout.splitlines():
        if line.startswith("Page") and " size:" in line:
            words = line.split("size:")[1].split()
            sizes.append((float(words[0]), float(words[2])))
    return sizes


def pdf_page_image(path: Path, page: int, *, dpi: int = 30) -> Image.Image:
    """One page rendered in grey levels by ``pdftoppm`` (pages count from 1)."""
    result = subprocess.run(
        ["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), str(path)],
        capture_output=True,
        check=True,
    )
    return Image.open(io.BytesIO(result.stdout)).convert("L")


def leftovers(folder: Path) -> list[str]:
    """Temporary files an export may have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


GROUP_TABLES = (
    ("Table A", "Accès aux soins et aux droits"),
    ("Table B", "Santé mentale"),
    ("Salle du conseil (rez-de-chaussée)", "Santé des jeunes"),
    ("Table D", ""),
    (
        "Table E",
        "Prévention et promotion de la santé : l'expérience des ateliers santé ville "
        "dans les quartiers prioritaires",
    ),
)
# Last name / first name pairs of varied length and origin.
_GROUP_NAMES = """
Li/Inès Ba/Mamadou Moreau/Claire Lefèvre/Jean-Baptiste Diallo/Fatou Girard/Paul Bonnet/Élodie
Ng/Minh Rousseau/Hugo Faure/Anne-Sophie Benali/Karim Chevalier-Dubois/Louise Mercier/Théo
Blanc/Chloé Guérin/Yasmine Boyer/Gaëlle Garnier/Nicolas Ō/Aiko Lambert/Bernadette
Fontaine/Samuel Kowalczyk/Agnieszka N'Diaye/Aminata Perrin/Luc Robin/Jade Masson/Rémi
Sánchez_Gómez/María_José Henry/Léa Roux/Pierre-Emmanuel Colin/Manon Vidal/Omar Caron/Sarah
Da_Silva_Pereira/João Haddad/Nour
"""
_ORGS = (
    "Mairie de Dijon",
    "CCAS",
    "ARS Bourgogne-Franche-Comté, délégation départementale de la Côte-d'Or",
    "Maison de santé pluriprofessionnelle des Grésilles",
    "",
    "Mission locale",
    "Centre hospitalier spécialisé La Chartreuse",
)


def make_group_people() -> list[Participant]:
    """41 people: the seven sample participants and 34 more of varied length."""
    people = make_participants()
    audiences = list(Audience)
    for index, pair in enumerate(_GROUP_NAMES.split()):
        last, first = pair.replace("_", " ").split("/")
        people.append(
            Participant(
                f"g{index}",
                last,
                first,
                _ORGS[index % len(_ORGS)],
                audience=audiences[index % len(audiences)],
            )
        )
    people.append(Participant("g-away", "Absent-Partout", "Igor", "Ville de Sens"))
    return people


def make_group_plan(
    *, rounds: int = 3, with_times: bool = True, date: dt.date | None = dt.date(2026, 6, 11)
) -> GroupPlanPrint:
    """40 people over 5 tables of 8 for ``rounds`` rounds; the first five are facilitators.

    Person ``i`` (group ``i % 5``, rank ``i // 5``) sits at table ``(group + round × rank) % 5``,
    so each table has 8 people every round and rank 0 (the facilitators) never moves. A few
    people are absent from some rounds; "Absent-Partout" is absent from all.
    """
    people = make_group_people()
    tables = tuple(TableInfo(name, theme, 8) for name, theme in GROUP_TABLES)
    seated = [p for p in people if p.id != "g-away"]
    absent = {("g3", 1), ("g10", 0), ("g20", 1), ("g20", 2), ("p4", 2)}
    plan_rounds: list[dict[str, tuple[str, ...]]] = []
    for r in range(rounds):
        groups: dict[str, list[str]] = {t.name: [] for t in tables}
        for i, person in enumerate(seated):
            if (person.id, r) in absent:
                continue
            groups[tables[(i % 5 + r * (i // 5)) % 5].name].append(person.id)
        plan_rounds.append({name: tuple(ids) for name, ids in groups.items()})
    first = dt.datetime(2026, 6, 11, 14, 0)
    times = tuple(
        (
            (first + dt.timedelta(minutes=40 * r)).time(),
            (first + dt.timedelta(minutes=40 * r + 35)).time(),
        )
        for r in range(rounds)
    )
    return GroupPlanPrint(
        session_title="Construire un projet territorial de santé : du diagnostic à l'action",
        item_title="Ateliers : partager les diagnostics locaux",
        date=date,
        start=dt.time(14, 0),
        end=dt.time(16, 0),
        tables=tables,
        rounds=tuple(plan_rounds),
        participants={p.id: p for p in people},
        facilitators=frozenset(p.id for p in seated[:5]),
        round_times=times if with_times else (),
    )
