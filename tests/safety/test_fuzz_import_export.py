"""Hostile input, fuzzed: any file given to the import, any text given to an export.

Already covered elsewhere, so not repeated here: plan invariants and the read-back of
well-formed files (tests/importing/test_import_properties.py), chosen bad files
(tests/importing/test_import_bad_files.py), the OWASP prefix and text cells for fixed values
(tests/export/test_safe_text.py). Here: arbitrary bytes, damaged workbooks and arbitrary text
through the import service's preview, and arbitrary text through the directory (XLSX, CSV) and
attendance (XLSX, CSV) exports, read back.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import Day, HalfDay, Period, Session
from territ_desktop.export.attendance_csv import write_attendance_csv
from territ_desktop.export.attendance_workbook import write_attendance_workbook
from territ_desktop.export.directory_export import write_directory_csv, write_directory_xlsx
from territ_desktop.export.safe_text import clean_text, xlsx_text
from territ_desktop.export.worksheet_writer import header_footer_text
from territ_desktop.importing import ImportFileError
from territ_desktop.services.importing import ImportService
from territ_desktop.storage.database import open_database

SUFFIXES = [".csv", ".xlsx", ".txt", ".xls", ""]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
TEXT_FIELDS = ("last_name", "first_name", "organisation", "function", "territory", "email")
TEXT_FIELDS += ("phone", "notes")
# Modest counts: the whole of tests/safety must stay well under two minutes on two cores.
# (Runs of 1,500 import and 500 export examples each found nothing more.)
FILES_IN = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FILES_OUT = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# All of Unicode: controls, U+FFFE and U+FFFF, even lone surrogates (hypothesis leaves them out
# unless asked; a string from Python code can hold one).
any_text = st.text(st.characters(exclude_categories=()), max_size=40)
tricky_text = st.one_of(
    any_text,
    st.sampled_from(["=1+1", "@SUM(A1)", "+33 6", "-2", "\t=x", "\r=x", "a\r\nb", "\x00=1"]),
    st.builds(lambda t, s: t + s, st.sampled_from(TRIGGERS), any_text),
)


@pytest.fixture(scope="module")
def importing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImportService]:
    """The import service over a database that already knows two people."""
    from territ_desktop.services import Services

    database = open_database(tmp_path_factory.mktemp("fuzz") / "territ.sqlite3")
    services = Services.build(database)
    services.participants.create(Participant("", "Dupont", "Jean", email="jean@ex.fr"))
    services.participants.create(Participant("", "Œillet", "Zoé", "Asso Cœur"))
    yield services.importing
    database.close()


def _preview(importing: ImportService, data: bytes, suffix: str) -> None:
    """Preview ``data`` saved as ``inscrits{suffix}``: it works or says why in French."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"inscrits{suffix}"
        path.write_bytes(data)
        try:
            importing.preview(path)
        except ImportFileError as error:
            message = str(error)
            assert message.strip() and "inscrits" in message, message


def _workbook(rows: list[list[str]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


VALID_WORKBOOK = _workbook(
    [["Nom", "Prénom", "E-mail", "Structure"], ["Dupont", "Jean", "jean@ex.fr", "Mairie"]]
    + [[f"Nom{i}", f"Prénom{i}", f"p{i}@ex.fr", "Asso"] for i in range(20)]
)
PARTS = zipfile.ZipFile(io.BytesIO(VALID_WORKBOOK)).namelist()


@FILES_IN
@given(st.binary(max_size=3000), st.sampled_from(SUFFIXES))
def test_arbitrary_bytes(importing: ImportService, data: bytes, suffix: str) -> None:
    _preview(importing, data, suffix)


@FILES_IN
@given(st.binary(max_size=3000), st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"\xef\xbb\xbf"]))
def test_arbitrary_bytes_behind_a_known_signature(
    importing: ImportService, data: bytes, signature: bytes
) -> None:
    _preview(importing, signature + data, ".xlsx")


@FILES_IN
@given(st.data())
def test_damaged_workbook(importing: ImportService, data: st.DataObject) -> None:
    """A real workbook with bytes flipped, cut short, or a part replaced by garbage."""
    how = data.draw(st.sampled_from(["flip", "cut", "part"]))
    content = bytearray(VALID_WORKBOOK)
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
        damaged = bytes(content)
    elif how == "cut":
        damaged = bytes(content[: data.draw(st.integers(1, len(content) - 1))])
    else:
        part = data.draw(st.sampled_from(PARTS))
        garbage = data.draw(
            st.one_of(st.binary(max_size=500), st.text(max_size=200).map(str.encode))
        )
        stream = io.BytesIO()
        with (
            zipfile.ZipFile(io.BytesIO(VALID_WORKBOOK)) as old,
            zipfile.ZipFile(stream, "w") as new,
        ):
            for info in old.infolist():
                new.writestr(info, garbage if info.filename == part else old.read(info))
        damaged = stream.getvalue()
    _preview(importing, damaged, ".xlsx")


@FILES_IN
@given(
    st.lists(st.lists(any_text, max_size=5), max_size=8),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
    st.sampled_from([";", ",", "\t"]),
)
def test_arbitrary_text_in_a_csv(
    importing: ImportService, rows: list[list[str]], encoding: str, delimiter: str
) -> None:
    stream = io.StringIO()
    csv.writer(stream, delimiter=delimiter).writerows(rows)
    data = stream.getvalue().encode(encoding, errors="replace")
    _preview(importing, data, ".csv")


# -- exports ----------------------------------------------------------------------------------


def _people(draw: st.DrawFn, size: int) -> list[Participant]:
    return [
        Participant(f"p{i}", **{field: draw(tricky_text) for field in TEXT_FIELDS})
        for i in range(size)
    ]


@st.composite
def directories(draw: st.DrawFn) -> list[Participant]:
    return _people(draw, draw(st.integers(1, 3)))


def _xlsx_cells(path: Path) -> Iterator[Any]:
    """Every cell of every sheet, after checking that none is a formula."""
    book = load_workbook(path)
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                yield cell
    book.close()


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    for row in rows:
        for cell in row:
            assert not cell.startswith(TRIGGERS), cell  # Excel would run it
    return rows


def _as_csv(value: str) -> str:
    """What a CSV cell must hold: the cleaned text, with the OWASP quote if Excel would run it."""
    text = clean_text(value)
    return "'" + text if text.startswith(TRIGGERS) else text


@FILES_OUT
@given(directories())
def test_directory_workbook_round_trip(people: list[Participant]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_directory_xlsx(people, Path(folder) / "annuaire.xlsx")
        cells = list(_xlsx_cells(path))
    rows: dict[int, list[Any]] = {}
    for cell in cells:
        rows.setdefault(cell.row, []).append(cell.value)
    by_id = {row[-1]: row for number, row in rows.items() if number > 1}
    for person in people:
        row = by_id[person.id]
        for index, field in enumerate(("last_name", "first_name", "organisation", "function")):
            assert row[index] == (xlsx_text(getattr(person, field)) or None)
        expected = [xlsx_text(getattr(person, f)) or None for f in TEXT_FIELDS[4:]]
        assert row[5:9] == expected


@FILES_OUT
@given(directories())
def test_directory_csv_round_trip(people: list[Participant]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = _csv_rows(write_directory_csv(people, Path(folder) / "annuaire.csv"))
    assert len(rows) == len(people) + 1
    by_id = {row[-1]: row for row in rows[1:]}
    for person in people:
        row = by_id[person.id]
        fields = ("last_name", "first_name", "organisation", "function")
        assert row[:4] == [_as_csv(getattr(person, f)) for f in fields]
        assert row[5:9] == [_as_csv(getattr(person, f)) for f in TEXT_FIELDS[4:]]


@st.composite
def sessions(draw: st.DrawFn) -> tuple[Session, list[Participant]]:
    day = dt.date(2026, 6, 11)
    halves = (
        HalfDay("h1", "d1", day, Period.MORNING, dt.time(9), dt.time(12, 30)),
        HalfDay("h2", "d1", day, Period.AFTERNOON, dt.time(13, 30), dt.time(17)),
    )
    session = Session(
        id="s1",
        title=draw(tricky_text),
        place_name=draw(tricky_text),
        place_address=draw(tricky_text),
        organiser=draw(tricky_text),
        funders=(draw(tricky_text),),
        days=(Day("d1", "s1", day, half_days=halves),),
    )
    return session, _people(draw, draw(st.integers(1, 3)))


@FILES_OUT
@given(sessions())
def test_attendance_workbook_round_trip(drawn: tuple[Session, list[Participant]]) -> None:
    session, people = drawn
    with tempfile.TemporaryDirectory() as folder:
        path = write_attendance_workbook(session, people, {}, Path(folder) / "presences.xlsx")
        values = {cell.value for cell in _xlsx_cells(path)}
        book = load_workbook(path)
        headers = {sheet.oddHeader.center.text for sheet in book}
        book.close()
    for text in (session.title, session.place_name, session.place_address, session.organiser):
        assert (xlsx_text(text) or None) in values
    for person in people:
        for field in ("last_name", "first_name", "organisation", "territory"):
            assert (xlsx_text(getattr(person, field)) or None) in values
    assert headers == {header_footer_text(session.title[:120]) or None}


@FILES_OUT
@given(sessions())
def test_attendance_csv_is_never_a_formula(drawn: tuple[Session, list[Participant]]) -> None:
    session, people = drawn
    with tempfile.TemporaryDirectory() as folder:
        rows = _csv_rows(write_attendance_csv(session, people, {}, Path(folder) / "p.csv"))
    cells = {cell for row in rows for cell in row}
    for person in people:
        for field in ("last_name", "first_name", "organisation", "territory"):
            assert _as_csv(getattr(person, field)) in cells
