"""``territ privacy ...``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from territ_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def old_session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, str]:
    """A database with a session held in 2020 and one person in it: (database, session, person)."""
    from territ_desktop.domain.participant import Participant
    from territ_desktop.domain.session import Session
    from territ_desktop.services import Services
    from territ_desktop.storage.database import open_database

    db = tmp_path / "cli.sqlite3"
    database = open_database(db, backup_dir=tmp_path / "b")
    services = Services.build(database)
    session = services.sessions.create(Session(id="", title="Journée 2020", funders=("ARS",)))
    services.programme.add_day(session.id, dt.date(2020, 6, 4), "")
    person = services.participants.create(Participant("", "Morel", "Anne"), session.id)
    database.close()
    return str(db), session.id, person.id


def test_status_due_apply(
    old_session: tuple[str, str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, session_id, person_id = old_session
    code, out, _ = run(capsys, "--database", db, "privacy", "status", "--json")
    (row,) = json.loads(out)
    assert row["status"] == "a_archiver" and row["expires"] == "2023-06-04"
    code, out, _ = run(capsys, "--database", db, "privacy", "due", "--date", "2021-01-01")
    assert out.strip() == "Rien à archiver ni à anonymiser."
    code, out, _ = run(capsys, "--database", db, "privacy", "due", "--json")
    due = json.loads(out)
    assert due["anonymise"] == [{"id": person_id, "name": "MOREL Anne"}]
    code, out, _ = run(capsys, "--database", db, "privacy", "apply", "--dry-run")
    assert "Personne à anonymiser : MOREL Anne" in out and "rien n'a été écrit" in out
    code, out, _ = run(capsys, "--database", db, "privacy", "apply")
    assert code == 0 and "1 session(s) archivée(s), 1 personne(s) anonymisée(s)" in out
    assert "avant-rgpd" in out
    code, out, _ = run(capsys, "--database", db, "participants", "list", "--json")
    assert json.loads(out)[0]["last_name"] == "Participant·e 1"
    code, _, err = run(
        capsys,
        "--database",
        db,
        "privacy",
        "retention",
        "--session",
        session_id[:8],
        "--years",
        "5",
    )
    assert code == 1 and "archivée" in err


def test_retention_funder_export_erase(
    old_session: tuple[str, str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db, session_id, person_id = old_session
    code, out, _ = run(capsys, "--database", db, "privacy", "funder", "ars", "--years", "10")
    assert code == 0 and "10 an(s)" in out
    code, out, _ = run(capsys, "--database", db, "privacy", "status")
    assert "10 an(s)" in out and "conservée" in out
    code, out, _ = run(
        capsys, "--database", db, "privacy", "export", person_id[:8], "-o", str(tmp_path / "m.xlsx")
    )
    assert code == 0
    book = load_workbook(tmp_path / "m.xlsx", read_only=True)
    assert book["Sessions"]["F2"].value.year == 2030  # type: ignore[union-attr]
    book.close()
    code, _, err = run(capsys, "--database", db, "privacy", "erase", person_id)
    assert code == 1 and "jusqu'au 04/06/2030" in err
    run(capsys, "--database", db, "privacy", "funder", "ARS", "--remove")
    run(capsys, "--database", db, "privacy", "retention", "--session", session_id, "--years", "3")
    code, out, _ = run(capsys, "--database", db, "privacy", "erase", person_id)
    assert code == 0 and "anonymisée" in out
    code, _, err = run(capsys, "--database", db, "privacy", "erase", "zzz")
    assert code == 1 and "Aucune personne" in err
