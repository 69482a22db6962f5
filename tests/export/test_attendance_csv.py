"""The attendance CSV: French Excel flavour, formulas defused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from export_samples import HOSTILE, leftovers

from territ_desktop.domain import AttendanceRecord, Participant, Session
from territ_desktop.export import write_attendance_csv

Records = dict[tuple[str, str], AttendanceRecord]


def _read(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_french_excel_flavour(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    path = write_attendance_csv(session, participants, records, tmp_path / "p.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    assert b"\r\n" in raw
    assert not raw.startswith(b"\xef\xbb\xbfsep=")
    rows = _read(path)
    assert rows[0][:2] == ["Nom", "Prénom"]
    assert rows[0][-1] == "Taux de présence (%)"
    assert len(rows) == len(participants) + 1
    assert all(len(row) == len(rows[0]) for row in rows)


def test_values_and_owasp_prefix(
    tmp_path: Path, session: Session, participants: list[Participant], records: Records
) -> None:
    rows = {
        row[1]: row
        for row in _read(write_attendance_csv(session, participants, records, tmp_path / "p.csv"))
    }
    jean = rows["Jean"]
    assert jean[0] == "'=1+1"
    assert jean[2] == "'@SUM(A1)"
    assert jean[4] == "'-Auxerre"
    assert rows["Thị Minh"][2] == HOSTILE
    assert rows["Łukasz"][0] == "Wójcik"
    assert rows["Ştefan"][5:] == ["A", "P", "P", "P", "10,50", "14,00", "75,0"]
    assert rows["Marie-Christine"][5] == "2,25"
    assert rows["Zoé"][5:] == ["", "", "", "", "0,00", "14,00", "0,0"]
    assert leftovers(tmp_path) == []
