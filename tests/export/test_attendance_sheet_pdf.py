"""Sign-in sheets read back with pdftotext, as an auditor's tools (or eyes) would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from export_samples import HOSTILE, leftovers, make_session, pdf_pages, pdf_text, signature_png

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Participant,
    Session,
)
from territ_desktop.export import SheetLayout, write_attendance_sheets

Records = dict[tuple[str, str], AttendanceRecord]


def test_blank_sheets_carry_every_required_fact(
    tmp_path: Path, session: Session, participants: list[Participant]
) -> None:
    path = write_attendance_sheets(session, participants, tmp_path / "emargement.pdf")
    pages = pdf_pages(path)
    assert len(pages) == len(session.half_days)  # one sheet per half-day, one page each
    for page, half_day in zip(pages, session.half_days, strict=True):
        flat = " ".join(page.split())
        assert "FEUILLE D'ÉMARGEMENT" in page
        assert " ".join(session.title.split()) in flat
        assert f"{half_day.date.day} juin 2026" in page
        start = f"{half_day.start.hour} h {half_day.start.minute:02d}"
        end = f"{half_day.end.hour} h {half_day.end.minute:02d}"
        assert f"de {start} à {end}" in flat
        assert "Maison des associations, 12 rue de la Liberté, 21000 Dijon" in page
        assert "Instance régionale d'éducation" in page
        assert "Cachet de l'organisme" in page
        for trainer in session.trainers:
            assert trainer.display_name in page
        assert "Signature" in page
        assert "Page 1/1" in page
        assert "Participants inscrits : 7" in page
        for person in participants:
            assert person.first_name in page
        for needle in ("Łukasz", "Ştefan", "NGUYỄN", "Thị Minh", HOSTILE, "@SUM(A1)", "=1+1"):
            assert needle in page
        for person in participants:  # a long name wraps, so look for each of its words
            assert all(word in page for word in person.last_name.upper().split())
    assert leftovers(tmp_path) == []


def test_participants_sorted_by_folded_last_name(
    tmp_path: Path, session: Session, participants: list[Participant]
) -> None:
    path = write_attendance_sheets(session, participants, tmp_path / "e.pdf")
    page = pdf_pages(path)[0]
    order = ["ABADIE", "DUPONT-MARTIN", "ÉCUYER", "NGUYỄN", "POPESCU", "WÓJCIK"]
    positions = [page.index(name) for name in order]
    assert positions == sorted(positions)


def test_fonts_are_embedded_dejavu(
    tmp_path: Path, session: Session, participants: list[Participant]
) -> None:
    path = write_attendance_sheets(session, participants, tmp_path / "e.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = fonts.stdout.splitlines()[2:]
    assert len(lines) == 2, fonts.stdout
    for line in lines:
        name, *_, embedded, subset, unicode, _object, _generation = line.split()
        assert "DejaVuSans" in name
        assert (embedded, subset, unicode) == ("yes", "yes", "yes")


def test_many_participants_span_pages_with_header_on_each(tmp_path: Path) -> None:
    session = make_session(days=1)
    people = [Participant(f"x{i}", f"Nom{i:03d}", "Prénom", "Orga") for i in range(60)]
    path = write_attendance_sheets(
        session, people, tmp_path / "e.pdf", half_day_ids=[session.half_days[0].id], spare_lines=5
    )
    pages = pdf_pages(path)
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number}/{len(pages)}" in page
        assert "FEUILLE D'ÉMARGEMENT" in page
        assert "Signature" in page
        assert "Marie-Hélène Lefebvre" in page
        assert "Participants inscrits : 60" in page
    everything = "\n".join(pages)
    for person in people:
        assert everything.count(person.last_name.upper()) == 1
    numbers = {int(n) for n in re.findall(r"^\s*(\d+)\s*$", everything, re.MULTILINE)}
    assert set(range(1, 66)) <= numbers  # 60 people then 5 spare lines, numbered on


def test_one_sheet_per_day_has_both_signature_columns(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_sheets(
        session, participants, tmp_path / "e.pdf", records=records, layout=SheetLayout.PER_DAY
    )
    pages = pdf_pages(path)
    assert len(pages) == len(session.days)
    for page in pages:
        assert page.count("Signature") >= 4  # trainer and participant columns, twice
        assert "Matin 9 h 00–12 h 30" in page
        assert "Après-midi 13 h 30–17 h 00" in page


def test_filled_sheets_print_statuses_and_signatures(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    trainer_png = {h.id: signature_png(7) for h in session.half_days}
    path = write_attendance_sheets(
        session,
        participants,
        tmp_path / "e.pdf",
        records=records,
        trainer_signatures=trainer_png,
    )
    pages = pdf_pages(path)
    assert "Absent·e" in pages[0]  # Popescu, first morning
    assert "Partiel 10 h 15–12 h 30 (2 h 15)" in pages[0]
    assert "Excusé·e" in pages[1]  # Écuyer, first afternoon
    assert "présents : matin 5" in pages[0]
    assert "signé à 9 h 05" in pages[0]
    content = path.read_bytes()
    assert content.count(b"/Subtype /Image") >= 1


def test_blank_mode_prints_no_status(
    tmp_path: Path, session: Session, participants: list[Participant]
) -> None:
    text = pdf_text(write_attendance_sheets(session, participants, tmp_path / "e.pdf"))
    assert "Absent" not in text
    assert "présents :" not in text
    assert b"/Subtype /Image" not in (tmp_path / "e.pdf").read_bytes()


def test_unreadable_signature_does_not_stop_the_export(
    tmp_path: Path, session: Session, participants: list[Participant]
) -> None:
    half_day = session.half_days[0]
    broken = {
        (participants[0].id, half_day.id): AttendanceRecord(
            participants[0].id, half_day.id, AttendanceStatus.PRESENT, signature_png=b"not a png"
        )
    }
    path = write_attendance_sheets(session, participants, tmp_path / "e.pdf", records=broken)
    assert "signature illisible" in pdf_pages(path)[0]


def test_session_without_trainer_still_has_a_trainer_box(
    tmp_path: Path, participants: list[Participant]
) -> None:
    session = make_session(days=1, trainers=())
    text = pdf_text(write_attendance_sheets(session, participants, tmp_path / "e.pdf"))
    assert "Nom :" in text


def test_very_long_texts_stay_in_their_boxes(tmp_path: Path) -> None:
    title = " ".join(["Développer la santé communautaire dans les quartiers prioritaires"] * 5)
    session = make_session(days=1, title=title)
    person = Participant(
        "long",
        "Anticonstitutionnellement-Extraordinairement-Long",
        "Jean-Baptiste-Emmanuel-Marie",
        "Établissement public de coopération intercommunale " * 4,
    )
    path = write_attendance_sheets(session, [person], tmp_path / "e.pdf")
    page = " ".join(pdf_pages(path)[0].split())
    assert title in page  # the exact title is never cut


def test_no_half_day_gives_a_one_page_notice(
    tmp_path: Path, participants: list[Participant]
) -> None:
    session = make_session(days=0)
    text = pdf_text(write_attendance_sheets(session, participants, tmp_path / "e.pdf"))
    assert "Aucune demi-journée" in text


def test_each_trainer_signature_goes_in_its_box(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    morning = session.half_days[0]
    lead, speaker = session.trainers
    path = write_attendance_sheets(
        session,
        participants,
        tmp_path / "e.pdf",
        records={},
        trainer_signatures_by_trainer={
            (lead.id, morning.id): signature_png(1),
            (speaker.id, morning.id): signature_png(2),
        },
        half_day_ids=[morning.id],
    )
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    kinds = [line.split()[2] for line in listing]
    assert kinds.count("image") == 2  # two signatures (each with its transparency mask)
