"""Attestations de présence: one A4 page per participant who attended.

Each page states who attended (identity and organisation), what (the exact session title), when
and where, how long (hours attended out of hours planned), which half-days, who organised it,
and leaves room for the organiser's stamp and signature and the trainers' signature. Only
people with attended time get one. A cycle of study days is simply a session whose days are
the cycle's days: the dates are then listed rather than given as a range.

Pages are built with reportlab's platypus; every piece of user text is escaped before it goes
into a ``Paragraph``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from territ_desktop.domain.attendance import AttendanceRecord, AttendanceStatus
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import PERIOD_LABELS, Session, SessionKind
from territ_desktop.export.atomic import ExportError, atomic_path
from territ_desktop.export.attendance_data import AttendanceData, ParticipantAttendance, RecordKey
from territ_desktop.export.file_names import person_stem, unique_stems
from territ_desktop.export.french_format import (
    clock,
    date_list,
    hours,
    hours_out_of,
    long_date,
    percent,
)
from territ_desktop.export.pdf_fonts import PdfFonts, register_fonts
from territ_desktop.export.safe_text import pdf_markup

_WHAT = {
    SessionKind.MODULE: "la formation",
    SessionKind.CYCLE: "le cycle de journées d'étude",
    SessionKind.STUDY_DAY: "la journée d'étude",
}
_POSTCODE_TOWN = re.compile(r"\b\d{5}\s+([^,\n]+)")
GREY = Color(0.35, 0.35, 0.35)
NO_ATTENDEE = (
    "Aucune attestation à produire : personne n'a de présence enregistrée pour cette session. "
    "Saisissez les présences à partir des feuilles d'émargement, puis recommencez."
)


def _styles(fonts: PdfFonts) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.regular, fontSize=10.5, leading=14.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=GREY),
        "org": ParagraphStyle("org", base, fontName=fonts.bold, fontSize=12, leading=15),
        "title": ParagraphStyle(
            "title", base, fontName=fonts.bold, fontSize=18, leading=22, alignment=TA_CENTER
        ),
        "name": ParagraphStyle("name", base, fontName=fonts.bold, fontSize=13, leading=17),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11),
    }


def issue_town(session: Session) -> str:
    """Guess the town for "Fait à": the town after a postcode in the place's or organiser's address.

    Falls back to the place's name when neither address has a French postcode.
    """
    for address in (session.place_address, session.organiser_address):
        found = _POSTCODE_TOWN.search(address)
        if found:
            return found.group(1).strip()
    return session.place_name.strip()


def _half_day_rows(row: ParticipantAttendance, data: AttendanceData) -> list[list[str]]:
    lines = [["Date", "Demi-journée", "Horaires", "Heures suivies"]]
    for index, half_day in enumerate(data.half_days):
        minutes = row.minutes[index]
        if minutes <= 0:
            continue
        record: AttendanceRecord | None = row.records[index]
        start, end = half_day.start, half_day.end
        if record is not None and record.status is AttendanceStatus.PARTIAL:
            start = max(record.arrival or start, start)
            end = min(record.departure or end, end)
        lines.append(
            [
                long_date(half_day.date, weekday=True),
                PERIOD_LABELS[half_day.period],
                f"{clock(start)} – {clock(end)}",
                hours(minutes),
            ]
        )
    return lines


def _page(
    row: ParticipantAttendance,
    data: AttendanceData,
    styles: dict[str, ParagraphStyle],
    fonts: PdfFonts,
    issued: str,
) -> list[Any]:
    session, person = data.session, row.participant
    esc = pdf_markup
    identity = ", ".join(esc(p) for p in (person.function, person.organisation) if p.strip())
    place = ", ".join(esc(p) for p in (session.place_name, session.place_address) if p.strip())
    organiser = ", ".join(
        esc(p) for p in (session.organiser, session.organiser_address) if p.strip()
    )
    attended = hours_out_of(row.attended_minutes, row.planned_minutes)
    story: list[Any] = [
        Paragraph(esc(session.organiser) or "&nbsp;", styles["org"]),
        Paragraph(esc(session.organiser_address), styles["small"]),
        Spacer(1, 1.2 * cm),
        Paragraph("ATTESTATION DE PRÉSENCE", styles["title"]),
        Spacer(1, 0.9 * cm),
        Paragraph(
            f"L'organisme soussigné, {esc(session.organiser)}, atteste que :", styles["body"]
        ),
        Spacer(1, 0.3 * cm),
        Paragraph(f"{esc(person.first_name)} {esc(person.last_name.upper())}", styles["name"]),
    ]
    if identity:
        story.append(Paragraph(identity, styles["body"]))
    story += [
        Spacer(1, 0.3 * cm),
        Paragraph(f"a suivi {_WHAT[session.kind]} :", styles["body"]),
        Paragraph(f"<b>« {esc(session.title)} »</b>", styles["body"]),
        Spacer(1, 0.3 * cm),
        Paragraph(f"<b>Dates :</b> {date_list([d.date for d in session.days])}", styles["body"]),
        Paragraph(f"<b>Lieu :</b> {place or '—'}", styles["body"]),
        Paragraph(f"<b>Organisme :</b> {organiser or '—'}", styles["body"]),
        Paragraph(
            f"<b>Durée suivie :</b> {attended} prévues (assiduité {percent(row.rate)})",
            styles["body"],
        ),
        Spacer(1, 0.4 * cm),
        Paragraph("<b>Demi-journées suivies</b>", styles["body"]),
        Spacer(1, 0.15 * cm),
    ]
    table = Table(
        _half_day_rows(row, data),
        colWidths=[6.2 * cm, 3.2 * cm, 4.2 * cm, 3.0 * cm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 9),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 9),
                ("GRID", (0, 0), (-1, -1), 0.5, GREY),
                ("BACKGROUND", (0, 0), (-1, 0), Color(0.9, 0.92, 0.95)),
                ("ALIGN", (3, 0), (3, -1), "RIGHT"),
            ]
        )
    )
    trainers = ", ".join(esc(t.display_name) for t in session.trainers) or "&nbsp;"
    signatures = Table(
        [
            [
                Paragraph("Pour l'organisme : cachet et signature", styles["cell"]),
                Paragraph(f"Formateur·rice(s) : {trainers}", styles["cell"]),
            ],
            ["", ""],
        ],
        colWidths=[8.3 * cm, 8.3 * cm],
        rowHeights=[None, 3.2 * cm],
    )
    signatures.setStyle(
        TableStyle(
            [
                ("BOX", (0, 1), (0, 1), 0.7, GREY),
                ("BOX", (1, 1), (1, 1), 0.7, GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 0.6 * cm),
        KeepTogether(
            [
                Paragraph(esc(issued), styles["body"]),
                Spacer(1, 0.3 * cm),
                signatures,
            ]
        ),
        Spacer(1, 0.5 * cm),
        Paragraph(
            "Attestation établie d'après les feuilles d'émargement signées pour chaque "
            "demi-journée.",
            styles["small"],
        ),
    ]
    return story


def _document(path: Path, session: Session) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=1.8 * cm,
        bottomMargin=1.8 * cm,
        title=f"Attestations de présence — {session.title}",
        author=session.organiser,
        creator="TERRIT Desktop",
        initialFontName=register_fonts().regular,  # Keep Helvetica out of the file.
    )


def _prepare(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[RecordKey, AttendanceRecord],
    issue_date: dt.date | None,
    issue_place: str,
) -> tuple[AttendanceData, str]:
    data = AttendanceData.build(session, participants, records)
    if not data.attendees:
        raise ExportError(NO_ATTENDEE)
    town = issue_place.strip() or issue_town(session)
    date = long_date(issue_date or dt.date.today())
    issued = f"Fait à {town}, le {date}." if town else f"Fait le {date}."
    return data, issued


def write_attestations_pdf(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[RecordKey, AttendanceRecord],
    target: Path | str,
    *,
    issue_date: dt.date | None = None,
    issue_place: str = "",
) -> Path:
    """Write one PDF with an attestation page for each participant who attended.

    Args:
        session: The session (or cycle) with its days and half-days.
        participants: The enrolled participants; those with no attended time are skipped.
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        target: The PDF to create or replace (atomically).
        issue_date: Date printed after "Fait à" (default: today).
        issue_place: Town printed after "Fait à" (default: guessed from the addresses).

    Returns:
        The path written.

    Raises:
        ExportError: Nobody attended, or the file could not be written.
    """
    data, issued = _prepare(session, participants, records, issue_date, issue_place)
    fonts = register_fonts()
    styles = _styles(fonts)
    story: list[Any] = []
    for row in data.attendees:
        if story:
            story.append(PageBreak())
        story += _page(row, data, styles, fonts, issued)
    target = Path(target)
    with atomic_path(target) as temporary:
        _document(temporary, session).build(story)
    return target


def write_attestation_files(
    session: Session,
    participants: Sequence[Participant],
    records: Mapping[RecordKey, AttendanceRecord],
    folder: Path | str,
    *,
    issue_date: dt.date | None = None,
    issue_place: str = "",
) -> list[Path]:
    """Write one PDF per participant who attended, named ``LASTNAME_Firstname.pdf``.

    Names are plain ASCII and never collide (``DUPONT_Jean_2.pdf`` for a namesake). Existing
    files of the same name are replaced. The folder must exist.

    Args:
        session: The session (or cycle) with its days and half-days.
        participants: The enrolled participants; those with no attended time are skipped.
        records: Attendance records keyed by ``(participant_id, half_day_id)``.
        folder: Where to write the files.
        issue_date: Date printed after "Fait à" (default: today).
        issue_place: Town printed after "Fait à" (default: guessed from the addresses).

    Returns:
        The paths written, in name order.

    Raises:
        ExportError: Nobody attended, or a file could not be written.
    """
    data, issued = _prepare(session, participants, records, issue_date, issue_place)
    fonts = register_fonts()
    styles = _styles(fonts)
    folder = Path(folder)
    stems = unique_stems(
        person_stem(r.participant.last_name, r.participant.first_name) for r in data.attendees
    )
    written: list[Path] = []
    for row, stem in zip(data.attendees, stems, strict=True):
        target = folder / f"{stem}.pdf"
        with atomic_path(target) as temporary:
            _document(temporary, session).build(_page(row, data, styles, fonts, issued))
        written.append(target)
    return written
