"""Test set-up shared by every package: offscreen Qt, a private data folder, databases."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: no screen needed, and never touch the user's real data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TERRIT_DATA_DIR"] = tempfile.mkdtemp(prefix="territ-tests-")
os.environ.pop("TERRIT_DATABASE", None)

from territ_desktop.services import Services  # noqa: E402
from territ_desktop.services.demo import DEMO_SESSION_ID, create_demo  # noqa: E402
from territ_desktop.storage.database import Database, open_database  # noqa: E402

_QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses the Qt application as ``gui`` (as qutebrowser does)."""
    for item in items:
        if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database in a temporary folder."""
    db = open_database(tmp_path / "territ.sqlite3", backup_dir=tmp_path / "backups")
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    """Services over an empty database."""
    return Services.build(database)


@pytest.fixture
def demo(services: Services) -> Services:
    """Services over a database holding the demo session (without its group plans)."""
    create_demo(services.database, plans=False)
    return services


@pytest.fixture
def demo_session_id() -> str:
    """Identifier of the demo session."""
    return DEMO_SESSION_ID
