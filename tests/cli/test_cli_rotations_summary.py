from __future__ import annotations

import json
import subprocess
from pathlib import Path

import openpyxl
import pytest

from territ_desktop.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--database", path, "demo"]) == 0
    return path


def test_solve_json_without_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = [
        {"id": f"p{i}", "audience": "elu" if i % 2 else "citoyen", "organisation": ""}
        for i in range(15)
    ]
    instance = {
        "rounds": 3,
        "tables": [{"name": f"T{t}", "capacity": 3} for t in range(5)],
        "participants": people,
    }
    source = tmp_path / "instance.json"
    source.write_text(json.dumps(instance), encoding="utf-8")
    target = tmp_path / "plan.json"
    assert main(["rotations", "solve", str(source), "-o", str(target), "--time-limit", "2"]) == 0
    plan = json.loads(target.read_text(encoding="utf-8"))
    assert len(plan["rounds"]) == 3
    for round_ in plan["rounds"]:
        assert sorted(i for ids in round_.values() for i in ids) == sorted(p["id"] for p in people)
    capsys.readouterr()


def test_solve_bad_json_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{not json", encoding="utf-8")
    assert main(["rotations", "solve", str(source), "-o", str(tmp_path / "p.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "JSON" in err
    assert not (tmp_path / "p.json").exists()


def test_list_plan_and_export_groups(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--database", db, "rotations", "list", "--session", "e408", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 4 and all(i["planned"] for i in items)
    assert (
        main(
            [
                "--database",
                db,
                "rotations",
                "plan",
                "--session",
                "e408",
                "--item",
                items[3]["id"][:8],
                "--rounds",
                "2",
                "--time-limit",
                "1",
            ]
        )
        == 0
    )
    assert "Répartition enregistrée" in capsys.readouterr().out
    pdf = tmp_path / "groups.pdf"
    assert (
        main(
            [
                "--database",
                db,
                "export",
                "groups",
                "--session",
                "e408",
                "--item",
                items[0]["id"][:8],
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Santé mentale" in text and "KOWALSKI" in text


def test_export_summary(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"
    assert main(["--database", db, "export", "summary", "--session", "e408", "-o", str(pdf)]) == 0
    assert main(["--database", db, "export", "summary", "--session", "e408", "-o", str(xlsx)]) == 0
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "renoncement" in text  # a demo workshop note
    assert "KOWALSKI" not in text  # no names without --with-participants
    assert len(openpyxl.load_workbook(xlsx).sheetnames) >= 3
    assert (
        main(
            [
                "--database",
                db,
                "export",
                "summary",
                "--session",
                "e408",
                "-o",
                str(tmp_path / "s.doc"),
            ]
        )
        == 1
    )
    capsys.readouterr()


def _plan_output(db: str, capsys: pytest.CaptureFixture[str], which: int, rounds: int) -> str:
    assert main(["--database", db, "rotations", "list", "--session", "e408", "--json"]) == 0
    item = json.loads(capsys.readouterr().out)[which]["id"][:8]
    args = ["--database", db, "rotations", "plan", "--session", "e408", "--item", item]
    assert main([*args, "--rounds", str(rounds), "--time-limit", "0.5"]) == 0
    return capsys.readouterr().out


def test_plan_says_when_no_plan_can_do_better(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    # The first workshop in one round: nobody has met yet, every goal at its bound.
    assert "Optimale : impossible de faire mieux" in _plan_output(db, capsys, 0, 1)
    # The last one in two rounds, after three workshops of the same people: pairs meet again,
    # more than counting alone proves unavoidable.
    assert "Optimale" not in _plan_output(db, capsys, 3, 2)
