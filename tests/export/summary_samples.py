"""A realistic cycle for the session-summary tests: 4 study days, 40 people, 2 workshops.

Everything is deterministic (a seeded generator), so the expected figures are stable; the
tests still compute them from the attendance workbook rather than trusting numbers written here.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import subprocess
from dataclasses import replace
from pathlib import Path

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Audience,
    Day,
    HalfDay,
    ItemKind,
    Participant,
    Period,
    ProgrammeItem,
    Session,
    SessionKind,
    Trainer,
    TrainerRole,
    TrainingModule,
)
from territ_desktop.export.summary_data import (
    Evaluation,
    SummaryInput,
    TableNote,
    WorkshopSummary,
)

DATES = (dt.date(2026, 9, 17), dt.date(2026, 11, 19), dt.date(2027, 1, 21), dt.date(2027, 3, 18))
TABLES = ("Accès aux soins et aux droits", "Santé mentale", "Santé des jeunes", "Cadre de vie")
THEMES = (
    "Territoires et santé : d'où partons-nous ?",
    "Du diagnostic aux priorités",
    "Coopérer avec les habitants",
    "Coordonner dans la durée",
)
HOSTILE_ORG = 'Org <SARL & <a href="x">'
HOSTILE_NOTE = (
    "# Retour de la table <b>\n"
    "Texte typé tel quel : <b>pas du gras</b> & " + HOSTILE_ORG + "\n"
    "- une puce avec **du gras** et *de l'italique*\n"
    "- émoji 🎉 et 👍🏽 au milieu, puis la suite\n"
)
LONG_WORD = "ContinuationSansEspace"
LONG_NOTE = " ".join(f"Phrase{n:05d} de la très longue note." for n in range(560))
assert len(LONG_NOTE) > 20_000

_PEOPLE: tuple[tuple[str, str, Audience, str, str], ...] = (
    # last name, first name, audience, organisation, commune
    ("Wójcik", "Łukasz", Audience.ELU, "Ville de Besançon", "Besançon"),
    ("Garnier", "Hélène", Audience.ELU, "Ville de Dole", "Dole"),
    ("Roux", "Patrice", Audience.ELU, "Ville de Nevers", "Nevers"),
    ("Lambert", "Sylvie", Audience.ELU, "Ville de Besançon", "Besançon"),
    ("Faure", "Gilles", Audience.ELU, "Communauté de communes du Jura Nord", "Dampierre"),
    ("Chevalier", "Inès", Audience.ELU, "Ville d'Auxerre", "Auxerre"),
    ("Popescu", "Ştefan", Audience.COORDINATEUR, "CLS du Grand Dole", "Dole"),
    ("Bertrand", "Camille", Audience.COORDINATEUR, "ASV de Besançon", "Besançon"),
    ("Morel", "Julien", Audience.COORDINATEUR, "CLSM de Nevers", "Nevers"),
    ("Girard", "Laure", Audience.COORDINATEUR, "CLS du Pays Beaunois", "Beaune"),
    ("André", "Thomas", Audience.COORDINATEUR, "CLS de l'Auxerrois", "Auxerre"),
    ("Mercier", "Anaïs", Audience.COORDINATEUR, "ASV de Dijon", "Dijon"),
    ("Blanc", "Romain", Audience.COORDINATEUR, "CLSM de Dijon", "Dijon"),
    ("Guérin", "Élodie", Audience.COORDINATEUR, "CLS de Montbéliard", "Montbéliard"),
    ("Boyer", "Nadia", Audience.COORDINATEUR, "CLS du Haut-Doubs", "Pontarlier"),
    ("Nguyễn", "Thị Minh", Audience.COORDINATEUR, "ASV de Dijon", "dijon"),
    ("Fournier", "Paul", Audience.POLITIQUE_VILLE, "Ville de Besançon", "Besançon"),
    ("Dupont-Martin", "Marie-Christine", Audience.POLITIQUE_VILLE, "Ville de Dijon", "Dijon"),
    ("Lemoine", "Karim", Audience.POLITIQUE_VILLE, "Ville de Nevers", "Nevers"),
    ("Renard", "Chloé", Audience.POLITIQUE_VILLE, "Ville d'Auxerre", "Auxerre"),
    ("Perrin", "Bastien", Audience.POLITIQUE_VILLE, "Ville de Montbéliard", "Montbéliard"),
    ("Écuyer", "Anne", Audience.INSTITUTION, "ARS Bourgogne-Franche-Comté", "Dijon"),
    ("Colin", "François", Audience.INSTITUTION, "ARS Bourgogne-Franche-Comté", "Dijon"),
    ("Vidal", "Marion", Audience.INSTITUTION, "DRJSCS", "Besançon"),
    ("Caron", "Olivier", Audience.INSTITUTION, "DDCS de la Nièvre", "Nevers"),
    ("Robin", "Sophie", Audience.INSTITUTION, "ARS Bourgogne-Franche-Comté", "Besançon"),
    ("Arnaud", "Mathieu", Audience.INSTITUTION, "DDCS du Doubs", "Besançon"),
    ("Picard", "Lucie", Audience.ASSOCIATIF, HOSTILE_ORG, "Dijon"),
    ("Roche", "Yannick", Audience.ASSOCIATIF, "Mutualité française", "Dijon"),
    ("Gauthier", "Émilie", Audience.ASSOCIATIF, "Maison des adolescents", "Auxerre"),
    ("Brun", "Hugo", Audience.ASSOCIATIF, "Centre social des Grésilles", "Dijon"),
    ("Leroy", "Agathe", Audience.ASSOCIATIF, "Association Addictions France", "Nevers"),
    ("Masson", "Cédric", Audience.ASSOCIATIF, "Maison des adolescents", "Auxerre"),
    ("Barbier", "Zoé", Audience.ASSOCIATIF, "Planning familial", "Besançon"),
    ("Dumas", "Jeanne", Audience.CITOYEN, "Conseil citoyen des Grésilles", "Dijon"),
    ("=1+1", "Jean", Audience.CITOYEN, "@SUM(A1)", "-Auxerre"),
    ("Meunier", "Rachid", Audience.CITOYEN, "Conseil citoyen de Planoise", "Besançon"),
    ("Schmitt", "Odile", Audience.CITOYEN, "", ""),
    ("Huet", "Bruno", Audience.AUTRE, "Université de Bourgogne", "Dijon"),
    ("Tessier", "Manon", Audience.AUTRE, "Étudiante", ""),
)


def _half_day(day_id: str, date: dt.date, period: Period) -> HalfDay:
    start, end = (
        (dt.time(9, 15), dt.time(12, 30))
        if period is Period.MORNING
        else (dt.time(13, 45), dt.time(17, 0))
    )
    return HalfDay(f"{day_id}-{period.value}", day_id, date, period, start, end)


def _items(half: HalfDay, day_number: int) -> tuple[ProgrammeItem, ...]:
    hid = half.id
    if half.period is Period.MORNING:
        plan = [
            (ItemKind.PLENARY, "Accueil et tour de table", (9, 15), (10, 0), ""),
            (
                ItemKind.EXPERT_TALK,
                f"Exposé n° {day_number} : repères",
                (10, 0),
                (11, 0),
                "A. Roussel",
            ),
            (ItemKind.WORKSHOP, "Ateliers : nos territoires en trois mots", (11, 15), (12, 30), ""),
        ]
    else:
        plan = [
            (ItemKind.CASE_STUDY, "Étude de cas : un diagnostic partagé", (13, 45), (15, 15), ""),
            (ItemKind.WORKSHOP, "Ateliers : prioriser avec les habitants", (15, 30), (16, 30), ""),
            (ItemKind.PLENARY, "Mise en commun & <synthèse>", (16, 30), (17, 0), ""),
        ]
    return tuple(
        ProgrammeItem(
            id=f"{hid}-i{n}",
            half_day_id=hid,
            position=n,
            kind=kind,
            title=title,
            start=dt.time(*start),
            end=dt.time(*end),
            speaker=speaker,
            themes=TABLES if kind is ItemKind.WORKSHOP else (),
        )
        for n, (kind, title, start, end, speaker) in enumerate(plan)
    )


def make_cycle(days: int = 4) -> Session:
    built: list[Day] = []
    for n, date in enumerate(DATES[:days], start=1):
        day_id = f"j{n}"
        halves = tuple(
            replace(h, items=_items(h, n))
            for h in (_half_day(day_id, date, p) for p in (Period.MORNING, Period.AFTERNOON))
        )
        built.append(Day(day_id, "cycle", date, title=THEMES[n - 1], half_days=halves))
    return Session(
        id="cycle",
        title="Cycle « Coordonner un projet territorial de santé » 2026-2027",
        kind=SessionKind.CYCLE,
        module_id="territ",
        place_name="Maison des associations",
        place_address="14 rue des Tilleuls, 21000 Dijon",
        organiser="IREPS Bourgogne-Franche-Comté",
        organiser_address="3 place du Marché, 21000 Dijon",
        funders=("ARS Bourgogne-Franche-Comté", "Conseil régional"),
        room_capacity=45,
        days=tuple(built),
        trainers=(
            Trainer("t1", "Fontaine", "Claire", "IREPS", TrainerRole.LEAD),
            Trainer("t2", "Benali", "Mehdi", "Trajectoires Ressources", TrainerRole.TRAINER),
            Trainer("t3", "Roussel", "Anne", "ORS", TrainerRole.SPEAKER),
        ),
    )


def make_module() -> TrainingModule:
    return TrainingModule(
        id="territ",
        title="TERRIT",
        subtitle="Projets territoriaux de santé : de la stratégie à la mise en œuvre",
        objectives=(
            "Situer les enjeux de la territorialisation de la santé.",
            "Conduire les étapes d'un projet territorial : observer, diagnostiquer, concerter, "
            "prioriser, planifier.",
            "Distinguer ASV, CLSM, CLS et CTS, leurs liens et leurs financements.",
            "Préciser le rôle et les compétences d'un·e coordinateur·rice.",
        ),
    )


def make_people() -> list[Participant]:
    return [
        Participant(f"p{n:02d}", last, first, org, audience=aud, territory=town)
        for n, (last, first, aud, org, town) in enumerate(_PEOPLE, start=1)
    ]


def make_attendance(
    session: Session, people: list[Participant], seed: int = 7
) -> dict[tuple[str, str], AttendanceRecord]:
    """Mostly present; some absent, excused, late, never recorded; a few people drop out."""
    rng = random.Random(seed)
    records: dict[tuple[str, str], AttendanceRecord] = {}
    for index, half in enumerate(session.half_days):
        for n, person in enumerate(people):
            if person.id == "p40":
                continue  # enrolled, never came, never recorded
            if n % 9 == 0 and index >= 4:
                status = AttendanceStatus.ABSENT  # dropped out after two days
            else:
                roll = rng.random()
                status = (
                    AttendanceStatus.PRESENT
                    if roll < 0.78
                    else AttendanceStatus.ABSENT
                    if roll < 0.88
                    else AttendanceStatus.EXCUSED
                    if roll < 0.94
                    else AttendanceStatus.PARTIAL
                )
            if index == 7 and n % 5 == 1:
                continue  # the last sheet is not fully typed in yet
            arrival = (
                dt.time(half.start.hour + 1, 0) if status is AttendanceStatus.PARTIAL else None
            )
            records[(person.id, half.id)] = AttendanceRecord(person.id, half.id, status, arrival)
    return records


def _present_ids(
    half: HalfDay, people: list[Participant], records: dict[tuple[str, str], AttendanceRecord]
) -> list[str]:
    present = (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)
    return [
        p.id
        for p in people
        if (r := records.get((p.id, half.id))) is not None and r.status in present
    ]


def _rounds(ids: list[str], shift: int) -> tuple[dict[str, tuple[str, ...]], ...]:
    """Round 1 deals people round the tables; round 2 moves each one by their rank."""
    size = len(TABLES)
    first = {t: tuple(ids[i::size]) for i, t in enumerate(TABLES)}
    second: dict[str, list[str]] = {t: [] for t in TABLES}
    for n, pid in enumerate(ids):
        second[TABLES[(n + n // size + shift) % size]].append(pid)
    return (first, {t: tuple(v) for t, v in second.items()})


def make_workshops(
    session: Session, people: list[Participant], records: dict[tuple[str, str], AttendanceRecord]
) -> tuple[WorkshopSummary, WorkshopSummary]:
    halves = session.half_days
    morning, afternoon = halves[0], halves[5]
    item_1 = next(i for i in morning.items if i.kind is ItemKind.WORKSHOP)
    item_2 = next(i for i in afternoon.items if i.kind is ItemKind.WORKSHOP)
    notes_1 = tuple(
        TableNote(
            table,
            r,
            f"Rapporteur·e {r}.{n}",
            f"## Constats\n- point **clé** n° {n}\n- *à creuser* au tour {r}\n\nSuite du texte.",
        )
        for r in (1, 2)
        for n, table in enumerate(TABLES, start=1)
    )
    notes_2 = (
        TableNote(TABLES[0], 1, HOSTILE_ORG, HOSTILE_NOTE),
        TableNote(TABLES[1], 1, "Camille", LONG_NOTE),
        TableNote(TABLES[2], 2, "", "Une note courte 😀, sans rapporteur."),
    )
    return (
        WorkshopSummary(item_1, _rounds(_present_ids(morning, people, records), 3), notes_1),
        WorkshopSummary(item_2, _rounds(_present_ids(afternoon, people, records), 5), notes_2),
    )


SYNTHESIS = (
    "# Ce que retiennent les ateliers\n"
    "Les tables ont insisté sur **l'accès aux droits** et sur la place des habitants.\n\n"
    "- Mieux *articuler* CLS et CLSM\n"
    "- Associer les élus dès le diagnostic\n"
    "  - en particulier dans les petites communes\n"
    "## Suites\n"
    "Prochaine journée : la santé des jeunes."
)


def make_evaluation() -> Evaluation:
    return Evaluation(
        respondents=31,
        questions=(
            (
                "Les contenus répondaient-ils à vos attentes ?",
                (("Tout à fait", 14), ("Plutôt", 12), ("Plutôt pas", 4), ("Pas du tout", 1)),
            ),
            (
                "Le format alternant plénières et ateliers vous a-t-il convenu ?",
                (("Oui", 27), ("Non", 2), ("Sans avis", 2)),
            ),
        ),
        comments=(
            "Très riche, mais les journées sont denses.",
            '=HYPERLINK("http://x") <i>pas d\'italique</i> & merci 🙏',
        ),
    )


def make_summary(*, annex: bool = True, days: int = 4) -> SummaryInput:
    session = make_cycle(days)
    people = make_people()
    records = make_attendance(session, people)
    workshops = make_workshops(session, people, records) if days >= 3 else ()
    return SummaryInput(
        session=session,
        module=make_module(),
        participants=people,
        records=records,
        workshops=workshops,
        synthesis=SYNTHESIS,
        evaluation=make_evaluation(),
        include_participant_annex=annex,
    )


def pdf_raw(path: Path) -> str:
    """The text of a PDF in content order (``pdftotext -raw``), no-break spaces made plain.

    Raw order keeps a table's row on one line, which the figure checks rely on. Page breaks
    become line breaks and the page footers are left out, so text running over pages reads
    as one.
    """
    command = ["pdftotext", "-raw", str(path), "-"]
    result = subprocess.run(command, capture_output=True, check=True, text=True)
    text = result.stdout.replace("\u00a0", " ").replace("\u202f", " ").replace("\f", "\n")
    return "\n".join(line for line in text.split("\n") if not FOOTER.search(line))


FOOTER = re.compile(r"Page \d+/\d+$")


def minutes_of(text: str) -> int:
    """``"1 234 h 30"`` → 74 070."""
    found = re.fullmatch(r"\s*([\d ]+) h (\d\d)\s*", text)
    assert found, text
    return int(found.group(1).replace(" ", "")) * 60 + int(found.group(2))


def hours_to_minutes(value: float) -> int:
    """Decimal hours as the workbooks store them (rounded to 2 places) back to minutes."""
    return round(value * 60)
