"""Workshop, synthesis, evaluation and annex pages of the summary PDF.

Notes and the synthesis are Markdown-light typed by trainers; they go through
:mod:`markdown_light`, one paragraph per block, so a note of any length flows over pages
instead of overflowing a table cell. Names of participants appear only in the annexes, which
are left out when the summary must not carry personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph

from territ_desktop.domain.audience import audience_label, audience_short_label
from territ_desktop.domain.participant import Participant
from territ_desktop.export.attendance_data import printed_order
from territ_desktop.export.french_format import count, percent, time_range
from territ_desktop.export.markdown_light import to_flowables
from territ_desktop.export.summary_data import Evaluation, TableNote
from territ_desktop.export.summary_pdf_style import Styles, cell, cells, data_table, esc, para
from territ_desktop.export.workshop_mix import MIXED_TYPES, TableMix, WorkshopMix

MEMBERS_LIMIT = 4000
"""Characters of names one table of the annex may list (about 150 people)."""


def _where(mix: WorkshopMix) -> str:
    item, half_day = mix.workshop.item, mix.half_day
    parts: list[str] = []
    if half_day is not None:
        parts.append(half_day.label)
    if item.start is not None and item.end is not None:
        parts.append(time_range(item.start, item.end))
    table_names = {t.table for t in mix.tables}
    parts.append(count(len(table_names), "table", "tables"))
    parts.append(count(mix.round_count, "tour", "tours"))
    return ", ".join(parts)


def _mix_sentence(mix: WorkshopMix) -> str:
    total = len(mix.tables)
    if not total:
        return "Aucune composition de table enregistrée pour cet atelier."
    text = (
        f"Tables réunissant au moins {MIXED_TYPES} types de public : {mix.well_mixed} sur "
        f"{total}. Tables où des collègues d'un même organisme se retrouvent : "
        f"{mix.with_colleagues}."
    )
    if mix.round_count > 1:
        text += (
            f" Paires de personnes de nouveau ensemble d'un tour à l'autre : {mix.repeated_pairs}."
        )
    return text


def _breakdown(table: TableMix) -> str:
    return ", ".join(f"{audience_short_label(a)} {n}" for a, n in table.audiences) or "—"


def _colleagues(table: TableMix) -> str:
    return "; ".join(f"{name} ({n})" for name, n in table.colleagues) or "—"


def _composition_table(mix: WorkshopMix, styles: Styles) -> Any:
    head = cells(
        ["Tour", "Table", "Effectif", "Types de public", "Répartition", "Collègues ensemble"],
        styles.head,
    )
    rows: list[list[Any]] = [head]
    for table in mix.tables:
        rows.append(
            [
                str(table.round),
                cell(table.table, styles.cell),
                str(table.size),
                str(table.audience_count),
                cell(_breakdown(table), styles.cell),
                cell(_colleagues(table), styles.cell),
            ]
        )
    widths = [1.0, 3.3, 1.3, 1.4, 6.0, 4.0]
    table = data_table(rows, [w * cm for w in widths], styles)
    table.setStyle([("ALIGN", (2, 1), (3, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER")])
    return table


def _note_heading(note: TableNote, styles: Styles) -> Paragraph:
    text = f"Tour {note.round} — table « {esc(note.table)} »"
    if note.rapporteur.strip():
        text += f" <font size=8.5>· rapporteur·e : {esc(note.rapporteur)}</font>"
    return para(text, styles.h3)


def _notes(notes: Sequence[TableNote], styles: Styles) -> list[Any]:
    if not notes:
        return []
    story: list[Any] = [para("Notes des tables", styles.h3)]
    for note in notes:
        body = to_flowables(note.text, styles.notes)
        if not body:
            body = [para("<i>Aucune note saisie.</i>", styles.body)]
        # The heading stays with the start of its note; the note itself may run over pages.
        story += [CondPageBreak(2.5 * cm), _note_heading(note, styles), *body]
    return story


def workshops_section(mixes: Sequence[WorkshopMix], styles: Styles) -> list[Any]:
    """One part per workshop: how its tables were composed, then the notes of each table."""
    if not mixes:
        return []
    story: list[Any] = [CondPageBreak(10 * cm), para("Ateliers", styles.h1)]
    for mix in mixes:
        story += [
            CondPageBreak(5 * cm),
            para(esc(mix.workshop.item.title) or "Atelier", styles.h2),
            para(esc(_where(mix)), styles.small),
            para(esc(_mix_sentence(mix)), styles.body),
        ]
        if mix.tables:
            story.append(_composition_table(mix, styles))
        story += _notes(mix.workshop.notes, styles)
    return story


def synthesis_section(text: str, styles: Styles) -> list[Any]:
    """The synthesis of the workshops, as typed."""
    body = to_flowables(text, styles.notes)
    if not body:
        return []
    return [CondPageBreak(6 * cm), para("Synthèse", styles.h1), *body]


def evaluation_section(evaluation: Evaluation | None, styles: Styles) -> list[Any]:
    """Answers per question (count and share of respondents), then the free comments."""
    if evaluation is None:
        return []
    respondents = evaluation.respondents
    story: list[Any] = [
        CondPageBreak(6 * cm),
        para("Évaluation", styles.h1),
        para(
            esc(f"{count(respondents, 'personne a', 'personnes ont')} répondu au questionnaire."),
            styles.body,
        ),
    ]
    for question, answers in evaluation.questions:
        head = cells(["Réponse", "Nombre", "Part des répondants"], styles.head)
        rows: list[list[Any]] = [head]
        for answer, number in answers:
            share = percent(number / respondents) if respondents else "—"
            rows.append([cell(answer, styles.cell), str(number), share])
        story.append(
            KeepTogether(
                [
                    para(esc(question), styles.h3),
                    data_table(rows, [9.0 * cm, 2.2 * cm, 3.4 * cm], styles, numeric_from=1),
                ]
            )
        )
    if evaluation.comments:
        story.append(para("Commentaires libres", styles.h3))
        story += [
            Paragraph(esc(comment), styles.bullet, bulletText="•")
            for comment in evaluation.comments
            if comment.strip()
        ]
    return story


def _names(members: Sequence[Participant]) -> str:
    return ", ".join(p.printed_name for p in members) or "—"


def annex_section(
    participants: Sequence[Participant], mixes: Sequence[WorkshopMix], styles: Styles
) -> list[Any]:
    """The annexes with names: the participant list and who sat at which table."""
    head = cells(["Nom", "Prénom", "Organisme", "Public"], styles.head)
    rows: list[list[Any]] = [head]
    for person in printed_order(participants):
        rows.append(
            cells(
                [
                    person.last_name.upper(),
                    person.first_name,
                    person.organisation,
                    audience_label(person.audience),
                ],
                styles.cell,
            )
        )
    story: list[Any] = [
        PageBreak(),
        para("Annexe — Liste des participant·es inscrit·es", styles.h1),
        para(esc(count(len(rows) - 1, "personne inscrite", "personnes inscrites")), styles.small),
        data_table(rows, [3.4 * cm, 2.8 * cm, 6.0 * cm, 4.8 * cm], styles),
    ]
    with_tables = [mix for mix in mixes if mix.tables]
    if with_tables:
        story += [CondPageBreak(6 * cm), para("Annexe — Composition des tables", styles.h1)]
    for mix in with_tables:
        story.append(para(esc(mix.workshop.item.title) or "Atelier", styles.h2))
        head = cells(["Tour", "Table", "Participant·es"], styles.head)
        lines: list[list[Any]] = [head]
        for table in mix.tables:
            lines.append(
                [
                    str(table.round),
                    cell(table.table, styles.cell),
                    cell(_names(table.members), styles.cell, limit=MEMBERS_LIMIT),
                ]
            )
        story.append(data_table(lines, [1.0 * cm, 3.8 * cm, 12.2 * cm], styles))
    return story
