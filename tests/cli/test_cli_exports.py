from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from territ_desktop.cli import main


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--database", path, "demo"]) == 0
    return path


def test_export_commands(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session = "e408"
    assert (
        main(
            [
                "--database",
                db,
                "export",
                "attendance-sheets",
                "--session",
                session,
                "--blank",
                "-o",
                str(tmp_path / "blank.pdf"),
            ]
        )
        == 0
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "blank.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Signature" in text and "Page 1/" in text
    assert (
        main(
            [
                "--database",
                db,
                "export",
                "attendance",
                "--session",
                session,
                "-o",
                str(tmp_path / "a.xlsx"),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--database",
                db,
                "export",
                "attestations",
                "--session",
                session,
                "-o",
                str(tmp_path / "att.pdf"),
            ]
        )
        == 0
    )
    assert (tmp_path / "a.xlsx").exists() and (tmp_path / "att.pdf").exists()
    capsys.readouterr()


def test_export_errors_are_one_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "--database",
            db,
            "export",
            "attendance",
            "--session",
            "e408",
            "-o",
            str(tmp_path / "missing" / "a.xlsx"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "missing").exists()
    code = main(
        [
            "--database",
            db,
            "export",
            "attendance-sheets",
            "--session",
            "e408",
            "--half-day",
            "zzz",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 1 and not (tmp_path / "x.pdf").exists()
