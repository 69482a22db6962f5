"""The summary's figures equal the attendance workbook's, in the PDF and in the summary workbook.

Each document is read back the way a person would see it (pdftotext, openpyxl), and compared
with the funder workbook written by ``write_attendance_workbook`` for the same input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from summary_samples import hours_to_minutes, make_summary, minutes_of, pdf_raw

from territ_desktop.domain import audience_label
from territ_desktop.export import (
    SummaryInput,
    write_attendance_workbook,
    write_summary_pdf,
    write_summary_workbook,
)

HOURS = r"(\d[\d ]* h \d\d)"


@dataclass(frozen=True)
class HalfDayFigures:
    enrolled: int
    present: int
    partial: int
    absent: int
    excused: int
    unrecorded: int
    minutes: int


@dataclass(frozen=True)
class Written:
    summary: SummaryInput
    pdf_text: str
    summary_book: Any
    attendance_book: Any


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Written:
    folder: Path = tmp_path_factory.mktemp("summary")
    summary = make_summary()
    pdf = write_summary_pdf(summary, folder / "synthese.pdf")
    book = write_summary_workbook(summary, folder / "synthese.xlsx")
    attendance = write_attendance_workbook(
        summary.session, summary.participants, summary.records, folder / "presences.xlsx"
    )
    return Written(summary, pdf_raw(pdf), load_workbook(book), load_workbook(attendance))


def _attendance_half_days(book: Any) -> dict[str, HalfDayFigures]:
    """The "Totaux par demi-journée" table of the attendance workbook, keyed by label."""
    rows = list(book["Totaux"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "Demi-journée") + 1
    out: dict[str, HalfDayFigures] = {}
    for row in rows[start:]:
        if row[0] is None or str(row[0]).startswith("Ensemble"):
            break
        label = f"{row[1]:%d/%m/%Y} {row[0].lower()}"
        out[label] = HalfDayFigures(*row[4:10], minutes=hours_to_minutes(row[10]))
    return out


def _attendance_audiences(book: Any) -> dict[str, tuple[int, int, int]]:
    """The "Totaux par public" table: label → (enrolled, attendees, minutes)."""
    rows = list(book["Totaux"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "Public") + 1
    out: dict[str, tuple[int, int, int]] = {}
    for row in rows[start:]:
        if row[0] in (None, "Ensemble"):
            break
        out[row[0]] = (row[1], row[2], hours_to_minutes(row[3]))
    return out


def _attendance_total_minutes(book: Any, *, planned: bool = False) -> int:
    rows = list(book["Totaux"].iter_rows(values_only=True))
    ensemble = next(row for row in rows if row[0] == "Ensemble")
    return hours_to_minutes(ensemble[4 if planned else 3])


def test_written_sample_is_realistic(written: Written) -> None:
    summary = written.summary
    assert len(summary.session.days) == 4
    assert len(summary.session.half_days) == 8
    assert len(summary.participants) == 40
    assert len({p.audience for p in summary.participants}) == 7
    assert len(summary.workshops) == 2
    assert all(len(w.rounds) == 2 and len(w.rounds[0]) == 4 for w in summary.workshops)


def test_pdf_half_days_equal_attendance_workbook(written: Written) -> None:
    expected = _attendance_half_days(written.attendance_book)
    assert len(expected) == 8
    for label, figures in expected.items():
        found = re.search(
            re.escape(label) + r"\nde [^\n]+\n" + r"(\d+) " * 6 + HOURS, written.pdf_text
        )
        assert found, label
        counts = tuple(int(n) for n in found.groups()[:6])
        assert counts == (
            figures.enrolled,
            figures.present,
            figures.partial,
            figures.absent,
            figures.excused,
            figures.unrecorded,
        )
        assert minutes_of(found.group(7)) == figures.minutes
        # The programme gives the same headcount for the half-day.
        assert f"{figures.present} présent·es sur {figures.enrolled} inscrit·es" in written.pdf_text


def test_workbook_half_days_equal_attendance_workbook(written: Written) -> None:
    expected = _attendance_half_days(written.attendance_book)
    rows = list(written.summary_book["Demi-journées"].iter_rows(values_only=True))
    assert rows[0][4:11] == (
        "Inscrits",
        "Présents",
        "dont partiels",
        "Absents",
        "Excusés",
        "Non renseignés",
        "Heures réalisées",
    )
    found = {row[0]: row for row in rows[1:] if row[0] in expected}
    assert found.keys() == expected.keys()
    for label, figures in expected.items():
        row = found[label]
        assert HalfDayFigures(*row[4:10], minutes=hours_to_minutes(row[10])) == figures


def test_total_hours_agree_everywhere(written: Written) -> None:
    minutes = _attendance_total_minutes(written.attendance_book)
    found = re.search(r"Heures stagiaires réalisées " + HOURS, written.pdf_text)
    assert found and minutes_of(found.group(1)) == minutes
    planned = _attendance_total_minutes(written.attendance_book, planned=True)
    assert planned >= 60_000  # thousands of hours: "1 040 h 00", grouped the French way
    found = re.search(r"Heures stagiaires prévues \(tous les inscrits\) " + HOURS, written.pdf_text)
    assert found and minutes_of(found.group(1)) == planned
    rows = list(written.summary_book["Session"].iter_rows(values_only=True))
    value = next(row[1] for row in rows if row[0] == "Heures stagiaires réalisées")
    assert hours_to_minutes(value) == minutes
    ensemble = next(
        row
        for row in written.summary_book["Demi-journées"].iter_rows(values_only=True)
        if str(row[0]).startswith("Ensemble")
    )
    assert hours_to_minutes(ensemble[10]) == minutes


def test_audiences_agree_everywhere(written: Written) -> None:
    expected = _attendance_audiences(written.attendance_book)
    assert len(expected) == 7
    rows = list(written.summary_book["Publics"].iter_rows(values_only=True))
    header = rows[0]
    venus = header.index("Venus au moins une fois")
    hours = header.index("Heures réalisées")
    book = {row[0]: (row[1], row[venus], hours_to_minutes(row[hours])) for row in rows[1:8]}
    assert book == expected

    text = written.pdf_text
    came = re.search(r"Venus au moins\nune fois\n([\d ]+)\n", text)
    spent = re.search(r"Heures\nréalisées\n((?:" + HOURS + r" ?)+)\n", text)
    assert came and spent
    attendees = [int(n) for n in came.group(1).split()]
    minutes = [minutes_of(h) for h in re.findall(HOURS, spent.group(1))]
    assert attendees[:-1] == [attendees for _, attendees, _ in expected.values()]
    assert minutes[:-1] == [m for _, _, m in expected.values()]
    assert attendees[-1] == sum(a for _, a, _ in expected.values())
    assert minutes[-1] == _attendance_total_minutes(written.attendance_book)


def test_audience_by_half_day_adds_up_to_half_day_presence(written: Written) -> None:
    expected = _attendance_half_days(written.attendance_book)
    rows = list(written.summary_book["Publics"].iter_rows(values_only=True))
    header = rows[0]
    labels = {audience_label(p.audience) for p in written.summary.participants}
    audiences = [row for row in rows[1:] if row[0] in labels]
    for label, figures in expected.items():
        column = header.index(label)
        assert sum(row[column] for row in audiences) == figures.present


def test_cycle_view_counts_every_attendee_once(written: Written) -> None:
    expected = _attendance_audiences(written.attendance_book)
    rows = list(written.summary_book["Cycle"].iter_rows(values_only=True))
    ensemble = next(row for row in rows if row[0] == "Ensemble")
    counts = ensemble[1:6]  # no day, 1, 2, 3, 4 days
    assert sum(counts) == len(written.summary.participants)
    assert sum(counts[1:]) == sum(attendees for _, attendees, _ in expected.values())
    assert "Assiduité sur le cycle" in written.pdf_text
    found = re.search(r"\nEnsemble " + r"(\d+) " * 5 + r"(\d+)\n", written.pdf_text)
    assert found and tuple(int(n) for n in found.groups()[:5]) == counts
