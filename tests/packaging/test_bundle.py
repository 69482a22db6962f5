"""The PyInstaller bundle: build it, run it, look inside. Marked ``packaging`` (about a minute).

Deselected by default (``addopts`` in pyproject.toml); ``.ci/run`` runs it after the other
tests: ``.venv/bin/pip install -e '.[packaging]' && .venv/bin/pytest -m packaging``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "territ-desktop"
EXE = ".exe" if sys.platform == "win32" else ""
MAX_BYTES = 250_000_000


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    """Build the bundle once for this module (no archive: the folder is what is tested)."""
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-archive", "--no-smoke-test"],
        check=True,
        cwd=ROOT,
        timeout=900,
    )
    yield BUNDLE


def _run(program: Path, *args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TERRIT_DATA_DIR": str(data_dir)}
    env.pop("TERRIT_DATABASE", None)
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=300, cwd=data_dir
    )


def test_built_window_passes_its_smoke_test(bundle: Path, tmp_path: Path) -> None:
    result = _run(bundle / f"territ-desktop{EXE}", "--smoke-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("OK  Ressources trouvées (paquet)")
    assert any("« Annuler »" in line for line in lines)  # qtbase_fr.qm shipped and found
    assert lines[-1].startswith("Test de fumée réussi")
    assert result.stderr == ""
    assert list(tmp_path.iterdir()) == []


def test_built_command_line_works_without_qt(bundle: Path, tmp_path: Path) -> None:
    territ = bundle / f"territ{EXE}"
    database = str(tmp_path / "cli.sqlite3")
    assert _run(territ, "--database", database, "demo", data_dir=tmp_path).returncode == 0
    listed = _run(territ, "--database", database, "sessions", "list", "--json", data_dir=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 1
    pdf = tmp_path / "feuilles.pdf"
    session = json.loads(listed.stdout)[0]["id"]
    exported = _run(
        territ, "--database", database, "export", "attendance-sheets", "--session", session,
        "--blank", "-o", str(pdf), data_dir=tmp_path,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_bundle_ships_what_the_app_loads_as_files(bundle: Path) -> None:
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    migrations = internal / "territ_desktop" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    assert len(list((migrations / "versions").glob("0*.py"))) >= 4
    for name in (
        "ui/main_window.ui",
        "icons/territ.svg",
        "i18n/territ_en.qm",
        "fonts/DejaVuSans.ttf",
    ):
        assert (internal / "resources" / name).is_file(), name
    catalogues = {p.name for p in internal.rglob("qtbase_*.qm")}
    assert "qtbase_fr.qm" in catalogues
    assert catalogues <= {"qtbase_fr.qm", "qtbase_en.qm"}


def test_bundle_is_small_and_leaves_unused_qt_out(bundle: Path) -> None:
    size = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() or p.is_symlink())
    assert size < MAX_BYTES, f"{size / 1e6:.0f} MB"
    names = {p.name for p in bundle.rglob("*")}
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtDesigner", "QtOpenGL", "QtSql"):
        assert not any(n.startswith(f"{unused}.") for n in names), unused  # Python bindings
    assert not any("Qt6Quick" in n or "Qt6Qml" in n for n in names)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop entry")
def test_linux_folder_has_desktop_entry_icons_and_installer(bundle: Path) -> None:
    entry = (bundle / "territ-desktop.desktop").read_text(encoding="utf-8")
    assert "Exec=territ-desktop" in entry and "Icon=territ-desktop" in entry
    for size in (16, 32, 48, 128, 256):
        assert (
            bundle / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "territ-desktop.png"
        ).is_file()
    assert os.access(bundle / "install.sh", os.X_OK)
