"""The summary PDF read back with pdftotext: hostile text survives, names only when allowed."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

from export_samples import leftovers
from summary_samples import (
    HOSTILE_ORG,
    LONG_NOTE,
    make_cycle,
    make_people,
    make_summary,
    pdf_raw,
)

from territ_desktop.domain import ProgrammeItem
from territ_desktop.export import (
    Evaluation,
    SummaryInput,
    TableNote,
    WorkshopSummary,
    write_summary_pdf,
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert found
    return int(found.group(1))


def test_sections_in_order_and_pages_numbered(tmp_path: Path) -> None:
    path = write_summary_pdf(make_summary(), tmp_path / "synthese.pdf")
    text = pdf_raw(path)
    headings = [
        "SYNTHÈSE DE SESSION",
        "Objectifs pédagogiques",
        "Programme réalisé",
        "Participation",
        "Par demi-journée",
        "Par type de public",
        "Par commune",
        "Assiduité sur le cycle",
        "Présence journée après journée",
        "Ateliers",
        "Notes des tables",
        "Synthèse",
        "Évaluation",
        "Annexe — Liste des participant·es inscrit·es",
        "Annexe — Composition des tables",
    ]
    position = 0
    for heading in headings:  # each one found after the previous one
        position = text.index(f"\n{heading}\n", position) + 1
    pages = _page_count(path)
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    numbers = re.findall(r"Page (\d+)/(\d+)", raw)
    assert [int(n) for n, _ in numbers] == list(range(1, pages + 1))
    assert {int(total) for _, total in numbers} == {pages}
    assert leftovers(tmp_path) == []


def test_cover_names_the_session(tmp_path: Path) -> None:
    summary = make_summary()
    text = _flat(pdf_raw(write_summary_pdf(summary, tmp_path / "s.pdf")))
    session = summary.session
    assert _flat(session.title) in text
    assert "les 17 septembre, 19 novembre 2026, 21 janvier et 18 mars 2027 (4 journées)" in text
    assert "Maison des associations, 14 rue des Tilleuls, 21000 Dijon" in text
    assert "ARS Bourgogne-Franche-Comté, Conseil régional" in text
    for trainer in session.trainers:
        assert trainer.display_name in text
    assert "Situer les enjeux de la territorialisation de la santé." in text


def test_hostile_notes_print_literally(tmp_path: Path) -> None:
    text = _flat(pdf_raw(write_summary_pdf(make_summary(), tmp_path / "s.pdf")))
    assert "Retour de la table <b>" in text
    assert 'Texte typé tel quel : <b>pas du gras</b> & Org <SARL & <a href="x">' in text
    assert f"rapporteur·e : {HOSTILE_ORG}" in text
    assert "une puce avec du gras et de l'italique" in text
    # Emoji DejaVu Sans cannot draw are dropped; the words around them stay.
    assert "émoji et au milieu, puis la suite" in text
    assert "Une note courte , sans rapporteur." in text
    assert '=HYPERLINK("http://x") <i>pas d\'italique</i> & merci' in text
    assert "Mise en commun & <synthèse>" in text


def test_hostile_text_makes_no_link(tmp_path: Path) -> None:
    path = write_summary_pdf(make_summary(), tmp_path / "s.pdf")
    content = path.read_bytes()
    assert b"/URI" not in content
    assert b"/Link" not in content


def test_long_note_prints_in_full_and_in_order(tmp_path: Path) -> None:
    text = pdf_raw(write_summary_pdf(make_summary(), tmp_path / "s.pdf"))
    numbers = [int(n) for n in re.findall(r"Phrase(\d{5})", text)]
    assert numbers == list(range(560))
    assert len(LONG_NOTE) > 20_000


def _one_note(text: str) -> SummaryInput:
    summary = make_summary(annex=False)
    first = summary.workshops[0]
    workshop = WorkshopSummary(first.item, first.rounds, (TableNote("Table <1>", 1, "", text),))
    return replace(summary, workshops=(workshop,), synthesis=text, evaluation=None)


def test_unbroken_20000_characters_and_emoji_do_not_break_the_build(tmp_path: Path) -> None:
    block = "x" * 20_000
    note = f"**{block}** 😀👍🏽🇫🇷 👨‍👩‍👧 fin <a href='y'>"
    text = pdf_raw(write_summary_pdf(_one_note(note), tmp_path / "s.pdf"))
    joined = "".join(text.split())
    # Printed twice: once as the table's note, once as the synthesis.
    assert joined.count(block) == 2
    assert joined.count("fin<ahref='y'>") == 2
    assert "Table <1>" in text


def test_markup_characters_everywhere_in_the_session(tmp_path: Path) -> None:
    summary = make_summary()
    session = replace(
        summary.session,
        title="Session <i>&amp; 'test'",
        organiser="<b>Org</b> & co",
        funders=("<a href='z'>ARS</a>",),
    )
    path = write_summary_pdf(replace(summary, session=session), tmp_path / "s.pdf")
    text = pdf_raw(path)
    assert "Session <i>&amp; 'test'" in text
    assert "<b>Org</b> & co" in text
    assert "<a href='z'>ARS</a>" in text


def test_annex_left_out_keeps_names_out(tmp_path: Path) -> None:
    summary = make_summary(annex=False)
    text = pdf_raw(write_summary_pdf(summary, tmp_path / "s.pdf"))
    assert "Annexe" not in text
    folded = text.casefold()
    for person in summary.participants:
        assert person.printed_name.casefold() not in folded
        pattern = r"(?<!\w)" + re.escape(person.last_name.casefold()) + r"(?!\w)"
        assert not re.search(pattern, folded), person.last_name
    # The figures are still there.
    assert "Par type de public" in text
    assert "Collègues ensemble" in text


def test_annex_lists_everyone_when_allowed(tmp_path: Path) -> None:
    summary = make_summary(annex=True)
    text = _flat(pdf_raw(write_summary_pdf(summary, tmp_path / "s.pdf")))
    assert "40 personnes inscrites" in text
    for person in summary.participants:
        assert person.last_name.upper() in text
    assert HOSTILE_ORG in text


def test_single_day_has_no_cycle_view(tmp_path: Path) -> None:
    text = pdf_raw(write_summary_pdf(make_summary(days=1), tmp_path / "s.pdf"))
    assert "Assiduité sur le cycle" not in text
    assert "Par demi-journée" in text


def test_empty_session_still_builds(tmp_path: Path) -> None:
    session = replace(make_cycle(), days=(), trainers=(), funders=(), title="")
    summary = SummaryInput(session=session, module=None, participants=(), records={})
    text = pdf_raw(write_summary_pdf(summary, tmp_path / "s.pdf"))
    assert "Session sans titre" in text
    assert "Aucun objectif renseigné" in text
    assert "Aucune journée saisie" in text


def test_people_without_records_and_workshop_without_tables(tmp_path: Path) -> None:
    session = make_cycle(days=2)
    item: ProgrammeItem = session.half_days[0].items[-1]
    summary = SummaryInput(
        session=session,
        module=None,
        participants=make_people(),
        records={},
        workshops=(WorkshopSummary(item),),
        evaluation=Evaluation(respondents=0, questions=(("Utile ?", (("Oui", 0),)),)),
    )
    text = _flat(pdf_raw(write_summary_pdf(summary, tmp_path / "s.pdf")))
    assert "Aucune composition de table enregistrée pour cet atelier." in text
    assert "0 personne a répondu au questionnaire." in text
    assert "Personnes venues au moins une demi-journée 0" in text


def test_giant_text_in_table_cells_is_cut_not_fatal(tmp_path: Path) -> None:
    big = "Début " + "mot " * 1500 + "fin"
    summary = make_summary()
    people = [
        replace(p, territory=big) if i == 0 else replace(p, organisation=big) if i == 1 else p
        for i, p in enumerate(summary.participants)
    ]
    first = summary.workshops[0]
    tables = dict(first.rounds[0])
    tables[big] = tables.pop(next(iter(tables)))
    half = summary.session.half_days[0]
    items = (replace(half.items[0], title=big, description=big), *half.items[1:])
    day = summary.session.days[0]
    day = replace(day, half_days=(replace(half, items=items), *day.half_days[1:]))
    session = replace(
        summary.session, days=(day, *summary.session.days[1:]), organiser=big, funders=(big,)
    )
    evaluation = Evaluation(3, (("Question ?", ((big, 2),)),), (big,))
    hostile = replace(
        summary,
        session=session,
        participants=people,
        workshops=(replace(first, rounds=(tables,)),),
        evaluation=evaluation,
    )
    text = _flat(pdf_raw(write_summary_pdf(hostile, tmp_path / "s.pdf")))
    assert "Début mot mot" in text
    assert "mot…" in text  # cut inside tables
    assert "mot fin" in text  # printed in full outside tables (the comment, the organiser)
