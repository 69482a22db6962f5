"""``territ participants import`` and ``territ participants export``."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import openpyxl
import pytest

from territ_desktop.cli import main

DATA = Path(__file__).resolve().parents[1] / "importing" / "data"
MESSY_XLSX = DATA / "inscriptions_desordre.xlsx"
MESSY_CSV = DATA / "inscriptions_desordre.csv"
SUMMARY = re.compile(
    r"(\d+) ligne\(s\) de données : (\d+) nouvelle\(s\), (\d+) déjà dans l'annuaire, "
    r"(\d+) doublon\(s\), (\d+) non importée\(s\)"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert run(capsys, "--database", path, "demo")[0] == 0
    return path


def people(capsys: pytest.CaptureFixture[str], db: str, *session: str) -> list[dict[str, str]]:
    extra = ["--session", session[0]] if session else []
    code, out, _ = run(capsys, "--database", db, "participants", "list", "--json", *extra)
    assert code == 0
    return list(json.loads(out))


def counts(out: str) -> tuple[int, ...]:
    found = SUMMARY.search(out)
    assert found is not None, out
    return tuple(int(n) for n in found.groups())


def test_import_into_a_session_counts_add_up(
    capsys: pytest.CaptureFixture[str], db: str, demo_session_id: str
) -> None:
    code, out, err = run(
        capsys,
        "--database",
        db,
        "participants",
        "import",
        str(MESSY_XLSX),
        "--session",
        demo_session_id[:8],
    )
    assert code == 0, err
    data_rows, new, merged, duplicates, rejected = counts(out)
    assert new + merged + duplicates + rejected == data_rows == 14
    assert "ligne 9 : doublon de la ligne 4 (DUPONT Jean)" in out
    assert "ligne 12 : non importée : Nom manquant" in out
    assert "Import terminé : 9 fiche(s) créée(s)" in out
    assert "territ : attention : ligne 10 : Adresse e-mail" in err
    assert len(people(capsys, db, demo_session_id)) == 41 + new

    # The CSV twin names the same people: every row merges, nothing is created.
    code, out, _ = run(capsys, "--database", db, "participants", "import", str(MESSY_CSV))
    assert code == 0
    assert counts(out)[1:3] == (0, new)
    assert "ligne 4 : déjà dans l'annuaire : fusionnée avec DUPONT Jean" in out
    assert "Import terminé : 0 fiche(s) créée(s)" in out
    assert len(people(capsys, db)) == 41 + new


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], db: str) -> None:
    before = people(capsys, db)
    code, out, _ = run(
        capsys,
        "--database",
        db,
        "participants",
        "import",
        str(MESSY_CSV),
        "--encoding",
        "cp1252",
        "--delimiter",
        ";",
        "--dry-run",
    )
    assert code == 0
    assert sum(counts(out)[1:]) == counts(out)[0]
    assert out.rstrip().endswith("Simulation : rien n'a été écrit.")
    assert people(capsys, db) == before


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.4 rien", "document PDF"),
        (b"", "est vide"),
        (b"Date;Lieu\n01/02/2026;Lyon\n", "Aucune colonne ne permet d'identifier"),
        (b"Nom;Pr\xe9nom\n;Jean\n", "Aucune ligne du fichier n'est importable"),
    ],
)
def test_bad_file_writes_nothing_and_says_why_on_one_line(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / "liste.csv"
    bad.write_bytes(content)
    before = people(capsys, db)
    code, _, err = run(capsys, "--database", db, "participants", "import", str(bad))
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("territ : erreur : ")
    assert reason in err
    assert people(capsys, db) == before


def test_missing_file_and_bad_options(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--database", db, "participants", "import", str(tmp_path / "x.csv"))
    assert code == 1 and "introuvable" in err
    copy = shutil.copy(MESSY_CSV, tmp_path / "liste.csv")
    code, _, err = run(
        capsys, "--database", db, "participants", "import", str(copy), "--delimiter", "|x"
    )
    assert code == 1 and "Séparateur" in err
    code, _, err = run(
        capsys, "--database", db, "participants", "import", str(MESSY_XLSX), "--sheet", "Nulle"
    )
    assert code == 1 and err.count("\n") == 1


def test_export_directory(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path, demo_session_id: str
) -> None:
    target = tmp_path / "annuaire.xlsx"
    code, out, _ = run(capsys, "--database", db, "participants", "export", "-o", str(target))
    assert code == 0 and "41 participant" in out
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet.max_row == 42
    csv = tmp_path / "inscrits.csv"
    code, _, _ = run(
        capsys,
        "--database",
        db,
        "participants",
        "export",
        "-o",
        str(csv),
        "--session",
        demo_session_id,
    )
    assert code == 0
    assert len(csv.read_text(encoding="utf-8-sig").splitlines()) == 42
    code, _, err = run(
        capsys, "--database", db, "participants", "export", "-o", str(tmp_path / "a.txt")
    )
    assert code == 1 and ".xlsx" in err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["participants", "import", "--help"], ["participants", "export", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == 0
    assert "--dry-run" in capsys.readouterr().out
