from __future__ import annotations

import json
from pathlib import Path

import pytest

from territ_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_lists(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, out, _ = run(capsys, "--database", db, "demo")
    assert code == 0 and "créée" in out
    code, out, _ = run(capsys, "--database", db, "demo")
    assert code == 0 and "existe déjà" in out
    code, out, _ = run(capsys, "--database", db, "sessions", "list", "--json")
    sessions = json.loads(out)
    assert len(sessions) == 1 and sessions[0]["participants"] == 41
    code, out, _ = run(
        capsys,
        "--database",
        db,
        "participants",
        "list",
        "--session",
        sessions[0]["id"][:8],
        "--json",
    )
    people = json.loads(out)
    assert len(people) == 41
    assert {"id", "last_name", "first_name", "organisation", "email", "audience"} <= set(people[0])
    assert {p["audience"] for p in people} == {
        "elu",
        "coordinateur",
        "politique_ville",
        "institution",
        "associatif",
        "citoyen",
        "autre",
    }


def test_environment_variable_chooses_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("TERRIT_DATABASE", str(db))
    assert run(capsys, "demo")[0] == 0
    assert db.exists()


def test_user_error_is_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite3")
    code, _, err = run(capsys, "--database", db, "participants", "list", "--session", "zzz")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Aucune session" in err


def test_bad_database_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "--database", str(bad), "sessions", "list")
    assert code == 1 and "Traceback" not in err


def test_help_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["--help"],
        ["sessions", "list", "--help"],
        ["participants", "list", "--help"],
        ["demo", "--help"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 0
    assert "territ" in capsys.readouterr().out
