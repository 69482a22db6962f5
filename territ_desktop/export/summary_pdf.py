"""The session summary (synthèse) as an A4 PDF.

In order: a cover (title, dates, place, organiser, funders, trainers), the module's objectives,
the programme as delivered, participation (half-days, audience types, communes, with charts),
the cycle view when there are several days, the workshops (table compositions and notes), the
synthesis, the evaluation, and (only if asked) the annexes with names. Every figure comes from
:class:`AttendanceData`, as in the attendance workbook, so the two documents always agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

from territ_desktop.domain.session import (
    ITEM_KIND_LABELS,
    SESSION_KIND_LABELS,
    TRAINER_ROLE_LABELS,
    Day,
    HalfDay,
    ProgrammeItem,
    Session,
    TrainingModule,
)
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.attendance_data import AttendanceData, HalfDayTotal
from territ_desktop.export.cycle_summary import cycle_figures
from territ_desktop.export.french_format import clock, count, date_list, long_date
from territ_desktop.export.pdf_drawing import no_break
from territ_desktop.export.safe_text import pdf_markup
from territ_desktop.export.summary_data import SummaryInput
from territ_desktop.export.summary_figures import Participation, grouped_hours, participation
from territ_desktop.export.summary_pdf_participation import (
    cycle_section,
    half_day_heading,
    participation_section,
)
from territ_desktop.export.summary_pdf_style import (
    Styles,
    build_pdf,
    cell,
    cells,
    clip,
    data_table,
    esc,
    make_styles,
    para,
)
from territ_desktop.export.summary_pdf_workshops import (
    annex_section,
    evaluation_section,
    synthesis_section,
    workshops_section,
)
from territ_desktop.export.workshop_mix import workshop_mix


def _joined(*parts: str, separator: str = ", ") -> str:
    return separator.join(p.strip() for p in parts if p.strip())


def _cover(summary: SummaryInput, figures: Participation, styles: Styles) -> list[Any]:
    session, module = summary.session, summary.module
    story: list[Any] = [
        para(esc(session.organiser) or "&nbsp;", styles.kicker),
        Spacer(1, 3.2 * cm),
        para("SYNTHÈSE DE SESSION", styles.kicker),
        Spacer(1, 0.2 * cm),
        para(esc(session.title) or "Session sans titre", styles.title),
    ]
    if module is not None and _joined(module.title, module.subtitle, separator=" — "):
        story.append(
            para(esc(_joined(module.title, module.subtitle, separator=" — ")), styles.subtitle)
        )
    dates = date_list([d.date for d in session.days]) or "dates non renseignées"
    facts: list[tuple[str, str]] = [
        ("Type", SESSION_KIND_LABELS[session.kind]),
        ("Dates", f"{dates} ({no_break(count(len(session.days), 'journée', 'journées'))})"),
        ("Lieu", _joined(session.place_name, session.place_address) or "—"),
        ("Organisme", _joined(session.organiser, session.organiser_address) or "—"),
        ("Financeurs", _joined(*session.funders) or "—"),
        (
            "Participation",
            f"{count(figures.enrolled, 'personne inscrite', 'personnes inscrites')}, "
            f"{count(figures.attendees, 'venue', 'venues')} au moins une demi-journée ; "
            f"heures stagiaires réalisées : {no_break(grouped_hours(figures.attended_minutes))}",
        ),
    ]
    if module is not None and module.coordinating_body.strip():
        facts.insert(4, ("Coordination", module.coordinating_body))
    facts += [
        (TRAINER_ROLE_LABELS[t.role], _joined(t.display_name, t.organisation))
        for t in session.trainers
    ]
    rows = [
        [para(f"<b>{label}</b>", styles.body), cell(value, styles.body)] for label, value in facts
    ]
    table = data_table(rows, [4.0 * cm, 13.0 * cm], styles, header_rows=0)
    story += [Spacer(1, 1.0 * cm), table]
    return story


def _objectives(module: TrainingModule | None, styles: Styles) -> list[Any]:
    story: list[Any] = [PageBreak(), para("Objectifs pédagogiques", styles.h1)]
    objectives = [o for o in (module.objectives if module else ()) if o.strip()]
    if not objectives:
        story.append(para("<i>Aucun objectif renseigné pour ce module.</i>", styles.body))
    story += [Paragraph(esc(o), styles.bullet, bulletText="•") for o in objectives]
    if module is not None and module.description.strip():
        story.append(para(esc(module.description), styles.body))
    return story


def _item_text(item: ProgrammeItem, styles: Styles) -> Paragraph:
    """Title, speaker, room, tables and description of an item, each cut to fit one page."""
    text = f"<b>{pdf_markup(clip(item.title, 300)) or '—'}</b>"
    themes = ", ".join(t for t in item.themes if t.strip())
    details = [
        f"Intervenant·e : {pdf_markup(clip(item.speaker, 200))}" if item.speaker.strip() else "",
        f"Salle : {pdf_markup(clip(item.room, 200))}" if item.room.strip() else "",
        f"Tables : {pdf_markup(clip(themes, 400))}" if themes else "",
    ]
    extra = " · ".join(d for d in details if d)
    if extra:
        text += f"<br/><font size=7.5>{extra}</font>"
    if item.description.strip():
        text += f"<br/>{pdf_markup(clip(item.description, 1500))}"
    return Paragraph(text, styles.cell)


def _half_day_block(half_day: HalfDay, total: HalfDayTotal, styles: Styles) -> list[Any]:
    heading = (
        f"{half_day_heading(half_day)} — {total.present} présent·es sur {total.enrolled} inscrit·es"
    )
    items = sorted(half_day.items, key=lambda i: (i.position, i.start or half_day.start))
    if not items:
        return [para(heading, styles.h3), para("<i>Pas de séquence saisie.</i>", styles.body)]
    rows: list[list[Any]] = [cells(["Horaires", "Séquence", "Contenu"], styles.head)]
    for item in items:
        times = f"{clock(item.start)} – {clock(item.end)}" if item.start and item.end else ""
        rows.append(
            [times, Paragraph(ITEM_KIND_LABELS[item.kind], styles.cell), _item_text(item, styles)]
        )
    table = data_table(rows, [2.6 * cm, 3.4 * cm, 11.0 * cm], styles)
    table.setStyle([("VALIGN", (0, 1), (-1, -1), "TOP")])
    return [KeepTogether([para(heading, styles.h3), table])]


def _programme(session: Session, data: AttendanceData, styles: Styles) -> list[Any]:
    totals = {t.half_day.id: t for t in data.half_day_totals()}
    story: list[Any] = [CondPageBreak(8 * cm), para("Programme réalisé", styles.h1)]
    if not session.days:
        story.append(para("<i>Aucune journée saisie.</i>", styles.body))
    for number, day in enumerate(session.days, start=1):
        story += _day_block(number, day, totals, styles)
    return story


def _day_block(number: int, day: Day, totals: dict[str, HalfDayTotal], styles: Styles) -> list[Any]:
    title = f"Journée {number} — {long_date(day.date, weekday=True)}"
    if day.title.strip():
        title += f" : {esc(day.title)}"
    story: list[Any] = [CondPageBreak(5 * cm), para(title, styles.h2)]
    for half_day in day.half_days:
        story += _half_day_block(half_day, totals[half_day.id], styles)
    return story


def build_summary_story(summary: SummaryInput) -> list[Any]:
    """The flowables of the summary, in order (exposed for tests and previews)."""
    styles = make_styles()
    session = summary.session
    data = AttendanceData.build(session, summary.participants, summary.records)
    figures = participation(data)
    mixes = [workshop_mix(w, session, summary.participants) for w in summary.workshops]
    story = [
        *_cover(summary, figures, styles),
        *_objectives(summary.module, styles),
        *_programme(session, data, styles),
        PageBreak(),
        *participation_section(figures, styles),
    ]
    cycle = cycle_figures(data)
    if cycle is not None:
        story += cycle_section(cycle, styles)
    story += workshops_section(mixes, styles)
    story += synthesis_section(summary.synthesis, styles)
    story += evaluation_section(summary.evaluation, styles)
    if summary.include_participant_annex:
        story += annex_section(summary.participants, mixes, styles)
    return story


def write_summary_pdf(summary: SummaryInput, target: Path | str) -> Path:
    """Write the session summary PDF.

    Args:
        summary: The session, its participants and attendance, workshops, synthesis and
            evaluation; ``include_participant_annex`` decides whether names are printed.
        target: The PDF to create or replace (atomically).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open elsewhere).
    """
    story = build_summary_story(summary)
    target = Path(target)
    session = summary.session
    with atomic_path(target) as temporary:
        build_pdf(temporary, story, title=session.title, author=session.organiser)
    return target
