"""``territ-desktop --smoke-test`` from the source tree (the built bundle: tests/packaging)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from territ_desktop import paths, smoke_test


def _environment(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", paths.DATA_DIR_ENV: str(data_dir)}
    env.pop(paths.DATABASE_ENV, None)
    return env


def test_smoke_test_passes_from_the_sources(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    report = tmp_path / "rapport.txt"
    result = subprocess.run(
        [sys.executable, "-m", "territ_desktop", "--smoke-test", str(report)],
        env=_environment(data_dir),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("OK  ") for line in lines[:-1]), lines
    assert len(lines) == 8
    assert "schéma" in lines[1] and "PDF écrit et relu" in lines[4]
    assert "« Annuler »" in lines[6]  # Qt's standard buttons in French
    assert lines[-1].startswith("Test de fumée réussi : 7 étapes")
    assert report.read_text(encoding="utf-8").splitlines() == lines
    assert list(data_dir.iterdir()) == []  # the user's data folder is never touched


def test_a_failing_step_gives_one_line_and_status_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)  # a bundle without resources/
    out, err = io.StringIO(), io.StringIO()
    status = smoke_test.run(out, err, qt_check=lambda _folder: "Qt non vérifié")
    assert status == 1
    assert out.getvalue() == ""
    [line] = err.getvalue().splitlines()
    assert line.startswith("Test de fumée échoué à l'étape « ressources » : ressources absentes")
    assert "main_window.ui" in line


def test_an_unexpected_error_names_its_type(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_state: object) -> str:
        raise OSError("disque plein\nsur deux lignes")

    monkeypatch.setattr(smoke_test, "_migrate", broken)
    out, err = io.StringIO(), io.StringIO()
    assert smoke_test.run(out, err, qt_check=lambda _folder: "Qt non vérifié") == 1
    assert out.getvalue().startswith("OK  Ressources trouvées (sources)")
    assert err.getvalue() == (
        "Test de fumée échoué à l'étape « migrations » : OSError : disque plein sur deux lignes\n"
    )


def test_the_option_is_parsed() -> None:
    from territ_desktop.app import parse_args

    assert parse_args([]).smoke_test is None
    assert parse_args(["--smoke-test"]).smoke_test == ""
    assert parse_args(["--smoke-test", "r.txt"]).smoke_test == "r.txt"
