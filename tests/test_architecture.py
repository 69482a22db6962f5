"""Layering rules, checked on the source: Qt only in ui/, SQLAlchemy only in storage/services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "territ_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _part(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0]


def test_sources_found() -> None:
    assert len(_modules()) > 20


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_pyside6_only_in_ui(path: Path) -> None:
    if _part(path) == "ui":
        return
    qt = {m for m in _imports(path) if m.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")}
    assert not qt, f"{path.name} imports Qt ({qt}); only territ_desktop/ui/ may"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_sqlalchemy_only_in_storage_and_services(path: Path) -> None:
    if _part(path) in ("storage", "services"):
        return
    orm = {m for m in _imports(path) if m.split(".")[0] in ("sqlalchemy", "alembic")}
    assert not orm, f"{path.name} imports {orm}; only storage/ and services/ may"


# Which layers each layer may import (nothing points back up).
ALLOWED = {
    "domain": {"domain"},
    "rotation": {"domain", "rotation"},
    "importing": {"domain", "importing"},
    "export": {"domain", "export", "paths"},
    "storage": {"domain", "storage"},
    "services": {"domain", "storage", "services", "rotation", "importing", "export", "paths"},
    # The command line is a front end like the window: it goes through the services (it only
    # opens the database itself, in cli/common.py, as the window's composition root does).
    "cli": {"domain", "services", "cli", "paths", "storage"},
}


def test_cli_touches_storage_only_to_open_the_database() -> None:
    for path in (PACKAGE / "cli").glob("*.py"):
        storage = {m for m in _imports(path) if m.startswith("territ_desktop.storage")}
        allowed = {"territ_desktop.storage.database"} if path.name == "common.py" else set()
        assert storage <= allowed, f"cli/{path.name} uses {storage}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_point_down(path: Path) -> None:
    layer = _part(path)
    if layer not in ALLOWED:
        return
    used = {
        m.split(".")[1]
        for m in _imports(path)
        if m.startswith("territ_desktop.") and len(m.split(".")) > 1
    }
    assert used <= ALLOWED[layer], f"{layer}/{path.name} reaches up into {used - ALLOWED[layer]}"


@pytest.mark.parametrize(
    "path", sorted((PACKAGE / "ui").glob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_the_window_takes_only_values_from_the_solver(path: Path) -> None:
    # The rotation package's plain values (Instance, Plan, Score...) travel up to the widgets;
    # its functions (solve, replan, validate...) are called through the rotations service.
    import inspect

    import territ_desktop.rotation as rotation

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "territ_desktop.rotation":
            calls = [a.name for a in node.names if inspect.isfunction(getattr(rotation, a.name))]
            assert not calls, f"ui/{path.name} calls {calls} directly; go through the service"
