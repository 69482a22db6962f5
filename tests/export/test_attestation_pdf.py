"""Attestations de présence: only for attendees, right hours, literal text, safe file names."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from export_samples import HOSTILE, leftovers, make_session, pdf_pages, pdf_text

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Participant,
    Session,
    SessionKind,
)
from territ_desktop.export import ExportError, write_attestation_files, write_attestations_pdf
from territ_desktop.export.attestation_pdf import issue_town

Records = dict[tuple[str, str], AttendanceRecord]
ISSUED = dt.date(2026, 6, 20)


def test_one_page_per_attendee_only(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attestations_pdf(
        session, participants, records, tmp_path / "a.pdf", issue_date=ISSUED
    )
    pages = pdf_pages(path)
    # Zoé Abadie has no record at all: no attestation for her.
    assert len(pages) == len(participants) - 1
    assert not any("ABADIE" in page for page in pages)
    for page in pages:
        assert "ATTESTATION DE PRÉSENCE" in page
        assert session.title in " ".join(page.split())
        assert "du 11 au 12 juin 2026" in page
        assert "Fait à Dijon, le 20 juin 2026." in page
        assert "Marie-Hélène Lefebvre" in page
        assert "cachet et signature" in page
    assert leftovers(tmp_path) == []


def test_hours_and_half_days(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    pages = pdf_pages(write_attestations_pdf(session, participants, records, tmp_path / "a.pdf"))
    by_name = {
        name: page
        for page in pages
        for name in ("POPESCU", "DUPONT-MARTIN", "WÓJCIK", "ÉCUYER", "NGUYỄN", "=1+1")
        if name in page
    }
    assert "10 h 30 sur 14 h 00" in by_name["POPESCU"]
    assert "Ştefan" in by_name["POPESCU"]
    assert "jeudi 11 juin 2026" in by_name["WÓJCIK"]
    assert "Łukasz" in by_name["WÓJCIK"]
    dupont = by_name["DUPONT-MARTIN"]
    assert "12 h 45 sur 14 h 00" in dupont
    assert "10 h 15 – 12 h 30" in dupont  # the partial morning as attended
    assert "2 h 15" in dupont
    popescu = by_name["POPESCU"]
    assert popescu.count("Matin") == 1  # absent on the first morning: not listed
    assert HOSTILE in by_name["NGUYỄN"]
    assert "Thị Minh" in by_name["NGUYỄN"]
    assert "@SUM(A1)" in by_name["=1+1"]


def test_hostile_title_prints_literally(
    tmp_path: Path, participants: list[Participant], records: Records
) -> None:
    session = make_session(title=f"Formation {HOSTILE}")
    path = write_attestations_pdf(session, participants, records, tmp_path / "a.pdf")
    assert f"« Formation {HOSTILE} »" in pdf_text(path)
    assert b"/URI" not in path.read_bytes()


def test_nobody_attended(tmp_path: Path, session: Session, participants: list[Participant]) -> None:
    absent = {
        (p.id, h.id): AttendanceRecord(p.id, h.id, AttendanceStatus.ABSENT)
        for p in participants
        for h in session.half_days
    }
    with pytest.raises(ExportError, match="Aucune attestation"):
        write_attestations_pdf(session, participants, absent, tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()


def test_one_file_per_person_with_safe_unique_names(
    tmp_path: Path, session: Session, records: Records
) -> None:
    people = [
        Participant("a", "Wójcik", "Łukasz"),
        Participant("b", "Nguyễn", "Thị Minh"),
        Participant("c", "Dupont", "Jean"),
        Participant("d", "DUPONT", "jean"),  # a namesake
        Participant("e", "../../etc", "passwd"),
        Participant("f", "CON", ""),
        Participant("g", "", ""),
    ]
    attended = {
        (p.id, h.id): AttendanceRecord(p.id, h.id, AttendanceStatus.PRESENT)
        for p in people
        for h in session.half_days
    }
    paths = write_attestation_files(session, people, attended, tmp_path, issue_date=ISSUED)
    names = sorted(p.name for p in paths)
    assert names == sorted(
        [
            "WOJCIK_Lukasz.pdf",
            "NGUYEN_Thi-Minh.pdf",
            "DUPONT_Jean.pdf",
            "DUPONT_jean_2.pdf",
            "ETC_passwd.pdf",
            "CON_.pdf",
            "participant.pdf",
        ]
    )
    assert all(p.parent == tmp_path and p.exists() for p in paths)
    assert all(name.isascii() for name in names)
    assert "Łukasz" in pdf_text(tmp_path / "WOJCIK_Lukasz.pdf")
    assert len(pdf_pages(tmp_path / "WOJCIK_Lukasz.pdf")) == 1
    assert leftovers(tmp_path) == []


def test_files_skip_people_who_did_not_attend(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    paths = write_attestation_files(session, participants, records, tmp_path)
    assert len(paths) == len(participants) - 1
    assert not any(p.name.startswith("ABADIE") for p in paths)


def test_cycle_lists_its_days(tmp_path: Path, participants: list[Participant]) -> None:
    dates = [dt.date(2026, 3, 12), dt.date(2026, 5, 14), dt.date(2026, 10, 1)]
    days = tuple(
        replace(day, date=date, half_days=tuple(replace(h, date=date) for h in day.half_days))
        for day, date in zip(make_session(days=3).days, dates, strict=True)
    )
    cycle = Session(
        "c", "Cycle des coordinateurs", kind=SessionKind.CYCLE, days=days, place_address="Dijon"
    )
    present = {
        (participants[0].id, h.id): AttendanceRecord(
            participants[0].id, h.id, AttendanceStatus.PRESENT
        )
        for h in cycle.half_days
    }
    text = pdf_text(write_attestations_pdf(cycle, participants, present, tmp_path / "c.pdf"))
    assert "le cycle de journées d'étude" in text
    assert "les 12 mars, 14 mai et 1er octobre 2026" in text
    assert "21 h 00 sur 21 h 00" in text


def test_issue_town() -> None:
    assert issue_town(make_session()) == "Dijon"
    assert issue_town(Session("s", "t", place_name="Salle des fêtes")) == "Salle des fêtes"
