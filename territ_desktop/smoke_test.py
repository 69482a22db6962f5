"""``territ-desktop --smoke-test``: does this installation work? For packagers and CI.

Everything happens in a temporary folder, never in the user's data folder: a new database is
created and migrated, the demo is written into it, sign-in sheets (PDF) and the attendance
workbook (XLSX) are exported and read back, then Qt is started without any window to check that
its standard buttons come out in French, that SVG icons render and that ``.ui`` files load. Run
from a PyInstaller bundle, this proves that the resources, the Alembic migrations, the fonts and
Qt's translations were shipped.

One French line per step; on failure, one line giving the step and the reason, and status 1.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from territ_desktop import paths

if TYPE_CHECKING:
    from territ_desktop.services import Services
    from territ_desktop.storage.database import Database

QtCheck = Callable[[Path], str]
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_RESOURCES = (
    ("ui", "main_window.ui"),
    ("icons", "territ.svg"),
    ("i18n", "territ_en.qm"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
)


class SmokeTestError(Exception):
    """A step found something wrong; the message says what, in French."""


@dataclass
class _State:
    folder: Path
    database: Database | None = None
    services: Services | None = None
    session_id: str = ""
    names: list[str] = field(default_factory=list)

    def ready(self) -> Services:
        if self.services is None:
            raise SmokeTestError("la base de démonstration n'a pas été créée")
        return self.services


def _check_resources(state: _State) -> str:
    where = paths.resources_dir()
    missing = [str(Path(*parts)) for parts in _RESOURCES if not paths.resource(*parts).is_file()]
    if missing:
        raise SmokeTestError(f"ressources absentes de {where} : {', '.join(missing)}")
    origin = "paquet" if getattr(sys, "frozen", False) else "sources"
    return f"Ressources trouvées ({origin}) : {where}"


def _migrate(state: _State) -> str:
    from territ_desktop.storage import migrate
    from territ_desktop.storage.database import open_database

    head = migrate.head_revision()  # reads every migration script from MIGRATIONS_DIR
    if head != migrate.SCHEMA_HEAD:
        raise SmokeTestError(
            f"migrations : dernière version {head}, {migrate.SCHEMA_HEAD} attendue"
        )
    path = state.folder / "test-de-fumee.sqlite3"
    state.database = open_database(path, backup_dir=state.folder / "backups")
    revision = migrate.sqlite_revision(path)
    if revision != head:
        raise SmokeTestError(f"la base est au schéma {revision} au lieu de {head}")
    count = len(migrate.known_revisions())
    return f"Base temporaire créée et migrée : schéma {revision} ({count} migrations)"


def _demo(state: _State) -> str:
    from territ_desktop.services import Services
    from territ_desktop.services.demo import create_demo

    if state.database is None:
        raise SmokeTestError("la base temporaire n'est pas ouverte")
    result = create_demo(state.database)
    state.services = Services.build(state.database, state.folder / "backups")
    state.session_id = result.session_id
    sheet = state.services.attendance.sheet(result.session_id)
    state.names = [p.last_name for p in sheet.participants]
    if not result.created or not state.names:
        raise SmokeTestError("la démonstration n'a créé aucun participant")
    return f"Démonstration créée : « {sheet.session.title} », {len(state.names)} participants"


def _checks(state: _State) -> str:
    warnings = state.ready().attendance.checks(state.session_id)  # French public holidays too
    return f"Contrôles avant export : {len(warnings)} avertissement(s)"


def _pdf(state: _State) -> str:
    path = state.ready().attendance.export_sheets(state.session_id, state.folder / "feuilles.pdf")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SmokeTestError(f"{path.name} n'est pas un PDF complet")
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise SmokeTestError(f"{path.name} n'a aucune page")
    read = ""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        text = subprocess.run(
            [pdftotext, "-layout", str(path), "-"], capture_output=True, check=True, timeout=60
        ).stdout.decode("utf-8", "replace")
        if not any(name.upper() in text.upper() for name in state.names):  # NOM in capitals
            raise SmokeTestError(f"{path.name} : aucun nom de participant lisible (pdftotext)")
        read = ", noms lisibles (pdftotext)"
    return f"PDF écrit et relu : {path.name}, {pages} pages, {len(data) // 1024} Ko{read}"


def _xlsx(state: _State) -> str:
    from openpyxl import load_workbook

    path = state.ready().attendance.export_attendance(
        state.session_id, state.folder / "presences.xlsx"
    )
    workbook = load_workbook(path, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        cells = {str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None}
        title = sheet.title
    finally:
        workbook.close()
    found = [name for name in state.names if any(name in cell for cell in cells)]
    if len(found) < len(state.names):
        raise SmokeTestError(f"{path.name} : {len(state.names) - len(found)} participants absents")
    return f"Classeur Excel écrit et relu : feuille « {title} », {len(found)} participants"


def _qt_check() -> QtCheck:
    from territ_desktop.ui.smoke import check_qt

    return check_qt


def _seconds(value: float) -> str:
    return f"{value:.1f} s".replace(".", ",")  # French decimal comma


@contextmanager
def _scratch_data_dir(folder: Path) -> Iterator[None]:
    """Point TERRIT_DATA_DIR at ``folder`` meanwhile, so the user's folder is never touched."""
    saved = os.environ.get(paths.DATA_DIR_ENV)
    os.environ[paths.DATA_DIR_ENV] = str(folder)
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop(paths.DATA_DIR_ENV, None)
        else:
            os.environ[paths.DATA_DIR_ENV] = saved


def run(
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    report: Path | None = None,
    qt_check: QtCheck | None = None,
) -> int:
    """Run every step; returns the exit status (0: all passed).

    Args:
        out: Where the step lines go (default: standard output, if there is one).
        err: Where the failure line goes (default: standard error, if there is one).
        report: A file to write every line to as well (a windowed program on Windows has no
            console).
        qt_check: The Qt step (default: :func:`territ_desktop.ui.smoke.check_qt`).
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    lines: list[str] = []

    def say(line: str, stream: TextIO | None) -> None:
        lines.append(line)
        if stream is not None:
            stream.write(line + "\n")
            stream.flush()

    start = time.perf_counter()
    status = 0
    with tempfile.TemporaryDirectory(prefix="territ-smoke-") as scratch:
        folder = Path(scratch)
        state = _State(folder)
        steps: list[tuple[str, Callable[[], str]]] = [
            ("ressources", lambda: _check_resources(state)),
            ("migrations", lambda: _migrate(state)),
            ("démonstration", lambda: _demo(state)),
            ("contrôles", lambda: _checks(state)),
            ("PDF", lambda: _pdf(state)),
            ("Excel", lambda: _xlsx(state)),
            ("Qt", lambda: (qt_check or _qt_check())(folder)),
        ]
        with _scratch_data_dir(folder):
            try:
                for name, step in steps:
                    began = time.perf_counter()
                    try:
                        line = step()
                        say(f"OK  {line} [{_seconds(time.perf_counter() - began)}]", out)
                    except Exception as error:  # every failure becomes one line
                        reason = " ".join(str(error).split()) or type(error).__name__
                        if not isinstance(error, SmokeTestError):
                            reason = f"{type(error).__name__} : {reason}"
                        say(f"Test de fumée échoué à l'étape « {name} » : {reason}", err)
                        status = 1
                        break
            finally:
                if state.database is not None:
                    state.database.close()
    if status == 0:
        elapsed = _seconds(time.perf_counter() - start)
        say(f"Test de fumée réussi : {len(steps)} étapes en {elapsed}", out)
    if report is not None:
        report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return status
