"""Shared set-up of the safety tests: child processes to kill, a 10,000-row import, a base file."""

from __future__ import annotations

import csv
import dataclasses
import multiprocessing
import pickle
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

import pytest

from territ_desktop.domain.participant import Participant
from territ_desktop.services import Services
from territ_desktop.storage.database import open_database

ROWS = 10_000
BASE_PEOPLE = 200  # committed before each import: must survive whatever happens
READY_TIMEOUT = 120.0


@dataclass
class Child:
    """What became of a child process."""

    messages: list[Any]
    exitcode: int | None

    @property
    def killed(self) -> bool:
        """Killed by SIGKILL before it finished (negative exit code -9)."""
        return self.exitcode == -9

    @property
    def result(self) -> Any:
        """The last message after ``ready``: ``("done", seconds)`` or ``("error", text)``."""
        return self.messages[-1] if len(self.messages) > 1 else None


@pytest.fixture(scope="session")
def forkserver() -> ForkServerContext:
    """Children forked from a clean process that has already imported the services and exports."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(
        ["safety_children", "territ_desktop.services", "territ_desktop.export"]
    )
    return context


RunChild = Callable[..., Child]


@pytest.fixture(scope="session")
def run_child(forkserver: ForkServerContext) -> RunChild:
    """``run_child(function, *args, kill_after=seconds)``: run and (maybe) kill a child."""

    def run(function: Callable[..., None], *args: Any, kill_after: float | None = None) -> Child:
        parent, child = forkserver.Pipe()
        process = forkserver.Process(target=function, args=(child, *args))
        process.start()
        child.close()
        messages: list[Any] = []
        if not parent.poll(READY_TIMEOUT):
            process.kill()
            raise AssertionError("the child never got ready")
        messages.append(parent.recv())
        if kill_after is not None:
            time.sleep(kill_after)  # a random moment of the work under test
            process.kill()
        process.join(READY_TIMEOUT)
        while parent.poll():
            try:
                messages.append(parent.recv())
            except EOFError:
                break
        parent.close()
        exitcode = process.exitcode
        process.close()
        return Child(messages, exitcode)

    return run


@dataclass
class Running:
    """A child left running after ``ready`` (by :func:`start_child`)."""

    process: BaseProcess
    connection: Connection

    def kill(self) -> int | None:
        """``kill -9`` it and wait for it to be gone; return its exit code."""
        self.process.kill()
        self.process.join(READY_TIMEOUT)
        return self.process.exitcode


StartChild = Callable[..., Running]


@pytest.fixture
def start_child(forkserver: ForkServerContext) -> Iterator[StartChild]:
    """``start_child(function, *args)``: a child that goes on working beside the test.

    Returns once the child said ``ready``; any child still alive at the end is killed.
    """
    started: list[Running] = []

    def start(function: Callable[..., None], *args: Any) -> Running:
        parent, child = forkserver.Pipe()
        process = forkserver.Process(target=function, args=(child, *args))
        process.start()
        child.close()
        running = Running(process, parent)
        started.append(running)
        if not parent.poll(READY_TIMEOUT):
            raise AssertionError("the child never got ready")
        assert parent.recv() == "ready"
        return running

    yield start
    for running in started:
        if running.process.is_alive():
            running.kill()
        running.process.join(READY_TIMEOUT)
        running.connection.close()
        running.process.close()


def write_registrations(path: Path, rows: int = ROWS) -> None:
    """A French-Excel CSV registration list."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Nom", "Prénom", "Structure", "E-mail", "Public"])
        for i in range(rows):
            audience = ("Élu", "ARS", "Citoyen", "Association")[i % 4]
            writer.writerow(
                [f"Nom{i:05d}", f"Prénom{i}", f"Structure {i % 300}", f"p{i}@ex.fr", audience]
            )


@pytest.fixture(scope="session")
def base_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database holding :data:`BASE_PEOPLE` committed participants (copy it to use it)."""
    path = tmp_path_factory.mktemp("base") / "base.sqlite3"
    database = open_database(path)
    people = Services.build(database).participants
    for i in range(BASE_PEOPLE):
        people.create(Participant("", f"Base{i:03d}", "Déjà", email=f"base{i}@ex.fr"))
    database.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture(scope="session")
def import_plan(base_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real import service's plan for a 10,000-row file, pickled for the children."""
    folder = tmp_path_factory.mktemp("plan")
    source = folder / "inscriptions.csv"
    write_registrations(source)
    copy = folder / "copy.sqlite3"
    shutil.copyfile(base_database, copy)
    database = open_database(copy)
    plan = Services.build(database).importing.preview(source).plan
    database.close()
    assert len(plan.new_participants) == ROWS
    # The column mapping holds a mappingproxy (not picklable) and the rows are not needed:
    # ImportService.apply reads the people, updates and ids only.
    light = dataclasses.replace(plan, mapping=None, rows=())
    target = folder / "plan.pickle"
    target.write_bytes(pickle.dumps(light))
    return target


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a database, after SQLite has recovered its log."""
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def count(path: Path, table: str = "participants") -> int:
    """Rows in a table."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()
