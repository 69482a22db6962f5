"""The session summary as a workbook (XLSX): the PDF's figures as tables, one sheet each.

Sheets: "Session" (identity, objectives, key figures), "Demi-journées", "Publics" (audience
type × half-day), "Communes", "Programme", "Ateliers" (table compositions), "Notes" (notes of
each table and the synthesis), "Cycle" when there are several days, "Évaluation" when there is
one, and "Participants" only when names may be shared. Figures come from
:class:`AttendanceData`, so they equal the attendance workbook's; hours are decimal hours, as
there. Every piece of user text is stored as text, never as a formula.
"""

from __future__ import annotations

from pathlib import Path

from territ_desktop.domain.audience import audience_label
from territ_desktop.domain.session import PERIOD_LABELS, SESSION_KIND_LABELS, TRAINER_ROLE_LABELS
from territ_desktop.export.atomic import atomic_path
from territ_desktop.export.attendance_data import AttendanceData
from territ_desktop.export.cycle_summary import cycle_figures
from territ_desktop.export.french_format import date_list
from territ_desktop.export.summary_data import SummaryInput
from territ_desktop.export.summary_figures import Participation, participation
from territ_desktop.export.summary_workbook_charts import Block, bar_chart, pie_chart
from territ_desktop.export.summary_workbook_sheets import (
    count_cell,
    cycle_sheet,
    evaluation_sheet,
    header_widths,
    hours_cell,
    notes_sheet,
    participants_sheet,
    programme_sheet,
    rate_cell,
    workshops_sheet,
)
from territ_desktop.export.worksheet_writer import (
    SheetWriter,
    Text,
    Value,
    layout,
    new_workbook,
    print_setup,
    set_widths,
)
from territ_desktop.export.workshop_mix import workshop_mix

HALF_DAY_SHEET = "Demi-journées"
AUDIENCE_SHEET = "Publics"
TERRITORY_SHEET = "Communes"


def _session_sheet(writer: SheetWriter, summary: SummaryInput, figures: Participation) -> None:
    session, module = summary.session, summary.module
    set_widths(writer.sheet, [34, 80])
    print_setup(writer.sheet, title=session.title, landscape=False)
    writer.title("Synthèse de session")
    facts: list[tuple[str, Value]] = [
        ("Intitulé", session.title),
        ("Type", SESSION_KIND_LABELS[session.kind]),
        ("Dates", date_list([d.date for d in session.days])),
        ("Lieu", session.place_name),
        ("Adresse du lieu", session.place_address),
        ("Organisme", session.organiser),
        ("Financeurs", ", ".join(session.funders)),
    ]
    if module is not None:
        facts += [("Module", module.title), ("Sous-titre du module", module.subtitle)]
    for label, value in facts:
        writer.append([Text(label, bold=True), value])
    for trainer in session.trainers:
        who = ", ".join(p for p in (trainer.display_name, trainer.organisation) if p.strip())
        writer.append([Text(TRAINER_ROLE_LABELS[trainer.role], bold=True), who])
    for objective in module.objectives if module is not None else ():
        writer.append([Text("Objectif pédagogique", bold=True), objective])
    writer.blank()
    writer.header(["Chiffres clés", "Valeur"])
    writer.append(["Personnes inscrites", count_cell(figures.enrolled)])
    writer.append(["Personnes venues au moins une demi-journée", count_cell(figures.attendees)])
    writer.append(["Heures stagiaires réalisées", hours_cell(figures.attended_minutes)])
    writer.append(["Heures stagiaires prévues", hours_cell(figures.planned_minutes)])
    writer.append(
        ["Taux de réalisation", rate_cell(figures.attended_minutes, figures.planned_minutes)]
    )


def _half_day_sheet(writer: SheetWriter, figures: Participation, title: str) -> None:
    headers = ["Demi-journée", "Date", "Début", "Fin", "Inscrits", "Présents", "dont partiels"]
    headers += ["Absents", "Excusés", "Non renseignés", "Heures réalisées", "Heures prévues"]
    set_widths(writer.sheet, header_widths(headers, [36, 12, 8, 8]))
    writer.sheet.freeze_panes = "B2"
    print_setup(writer.sheet, title=title, landscape=True, title_rows="1:1")
    writer.header(headers)
    for t in figures.half_days:
        h = t.half_day
        counts = (t.enrolled, t.present, t.partial, t.absent, t.excused, t.unrecorded)
        writer.append(
            [
                f"{h.date:%d/%m/%Y} {PERIOD_LABELS[h.period].lower()}",
                h.date,
                h.start,
                h.end,
                *(count_cell(n) for n in counts),
                hours_cell(t.attended_minutes),
                hours_cell(t.planned_minutes),
            ]
        )
    last = writer.rows
    totals = figures.half_days
    sums = [
        sum(getattr(t, name) for t in totals)
        for name in ("enrolled", "present", "partial", "absent", "excused", "unrecorded")
    ]
    writer.append(
        [Text("Ensemble (personnes × demi-journées)", bold=True), None, None, None]
        + [count_cell(n, bold=True) for n in sums]
        + [
            hours_cell(figures.attended_minutes, bold=True),
            hours_cell(figures.planned_minutes, bold=True),
        ]
    )
    if totals:
        chart = bar_chart(
            writer.sheet,
            Block(1, 2, last, 1, 5, 6),
            title="Inscrits et présents par demi-journée",
            axis_title="Personnes",
        )
        layout(writer.sheet).add_chart(chart, f"A{writer.rows + 3}")


def _audience_sheet(writer: SheetWriter, figures: Participation, title: str) -> None:
    half_days = figures.data.half_days
    n = len(half_days)
    headers = ["Public", "Inscrits", *(h.label for h in half_days)]
    headers += ["Venus au moins une fois", "Heures réalisées", "Heures prévues", "Taux"]
    set_widths(writer.sheet, header_widths(headers, [36]))
    writer.sheet.freeze_panes = "B2"
    print_setup(writer.sheet, title=title, landscape=True, title_rows="1:1")
    writer.header(headers)
    for line in figures.audiences:
        total = line.total
        writer.append(
            [
                audience_label(line.audience),
                count_cell(total.enrolled),
                *(count_cell(p) for p in line.present),
                count_cell(total.attendees),
                hours_cell(total.attended_minutes),
                hours_cell(total.planned_minutes),
                rate_cell(total.attended_minutes, total.planned_minutes),
            ]
        )
    last = writer.rows
    total_row: list[Value] = [
        Text("Ensemble", bold=True),
        count_cell(figures.enrolled, bold=True),
        *(count_cell(t.present, bold=True) for t in figures.half_days),
        count_cell(figures.attendees, bold=True),
        hours_cell(figures.attended_minutes, bold=True),
        hours_cell(figures.planned_minutes, bold=True),
        rate_cell(figures.attended_minutes, figures.planned_minutes, bold=True),
    ]
    writer.append(total_row)
    writer.blank()
    writer.append(["Les colonnes des demi-journées comptent les personnes présentes."])
    if figures.audiences:
        venus = 3 + n
        chart = pie_chart(
            writer.sheet,
            Block(1, 2, last, 1, venus, venus),
            title="Personnes venues au moins une fois, par public",
        )
        layout(writer.sheet).add_chart(chart, f"A{writer.rows + 3}")


def _territory_sheet(writer: SheetWriter, figures: Participation, title: str) -> None:
    headers = ["Commune / territoire", "Inscrits", "Venus", "Heures réalisées"]
    set_widths(writer.sheet, header_widths(headers, [36]))
    writer.sheet.freeze_panes = "A2"
    territories = figures.territories
    layout(writer.sheet).auto_filter.ref = f"A1:D{len(territories) + 1}"
    print_setup(writer.sheet, title=title, landscape=False, title_rows="1:1")
    writer.header(headers)
    for t in territories:
        writer.append(
            [
                Text(t.label),
                count_cell(t.enrolled),
                count_cell(t.attendees),
                hours_cell(t.attended_minutes),
            ]
        )
    if territories:
        chart = bar_chart(
            writer.sheet,
            Block(1, 2, writer.rows, 1, 3, 3),
            title="Personnes venues au moins une fois, par commune",
            axis_title="Personnes",
            horizontal=True,
            height_cm=max(6, round(0.6 * len(territories) + 2.5)),
        )
        layout(writer.sheet).add_chart(chart, "F2")


def write_summary_workbook(summary: SummaryInput, target: Path | str) -> Path:
    """Write the session summary workbook.

    Args:
        summary: The session, its participants and attendance, workshops, synthesis and
            evaluation; ``include_participant_annex`` decides whether names are written.
        target: The ``.xlsx`` file to create or replace (atomically).

    Returns:
        The path written.

    Raises:
        ExportError: The file could not be written (folder, disk, file open in Excel).
    """
    session = summary.session
    data = AttendanceData.build(session, summary.participants, summary.records)
    figures = participation(data)
    mixes = [workshop_mix(w, session, summary.participants) for w in summary.workshops]
    cycle = cycle_figures(data)
    title = session.title
    target = Path(target)
    # Built only once the target is known to be writable (see write_attendance_workbook).
    with atomic_path(target) as temporary:
        workbook = new_workbook()
        _session_sheet(SheetWriter(workbook, "Session"), summary, figures)
        _half_day_sheet(SheetWriter(workbook, HALF_DAY_SHEET), figures, title)
        _audience_sheet(SheetWriter(workbook, AUDIENCE_SHEET), figures, title)
        _territory_sheet(SheetWriter(workbook, TERRITORY_SHEET), figures, title)
        programme_sheet(SheetWriter(workbook, "Programme"), data, title)
        workshops_sheet(SheetWriter(workbook, "Ateliers"), mixes, summary, title)
        notes_sheet(SheetWriter(workbook, "Notes"), summary, title)
        if cycle is not None:
            cycle_sheet(SheetWriter(workbook, "Cycle"), cycle, title)
        if summary.evaluation is not None:
            evaluation_sheet(SheetWriter(workbook, "Évaluation"), summary.evaluation, title)
        if summary.include_participant_annex:
            participants_sheet(SheetWriter(workbook, "Participants"), data, title)
        workbook.save(temporary)
    return target
