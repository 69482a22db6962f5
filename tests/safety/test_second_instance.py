"""One window per database: a second one is refused naming the first; after kill -9, it starts."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
import safety_children
from conftest import BASE_PEOPLE, StartChild, count, integrity

from territ_desktop.domain.errors import UserError
from territ_desktop.services.startup import OpenedDatabase, Recovery, StartupProblem, open_checked
from territ_desktop.storage.instance_lock import InstanceLockedError


def _never_asked(problem: StartupProblem) -> Recovery:
    raise AssertionError(f"a healthy database needs no decision: {problem.message()}")


def _open(path: Path) -> OpenedDatabase:
    return open_checked(
        str(path), backup_root=path.parent / "backups", home=path.parent, decide=_never_asked
    )


def test_second_instance_is_refused_then_starts_after_kill(
    start_child: StartChild, base_database: Path, tmp_path: Path
) -> None:
    path = tmp_path / "territ.sqlite3"
    shutil.copyfile(base_database, path)
    for _round in range(2):  # a new start after a kill -9, then after another one
        first = start_child(safety_children.hold_window_lock, str(path))
        pid = first.process.pid
        with pytest.raises(InstanceLockedError) as refused:
            _open(path)
        assert isinstance(refused.value, UserError)  # a message box, not a crash
        message = str(refused.value)
        assert "déjà ouverte" in message, message
        assert f"processus {pid}" in message and socket.gethostname() in message, message
        assert refused.value.holder is not None and refused.value.holder.pid == pid
        assert first.process.is_alive()  # the first window is not disturbed
        assert first.kill() == -9
        second = _open(path)
        assert second.previous_run_crashed  # the lock file still named the killed window
        assert second.lock is not None and second.lock.previous is not None
        assert second.lock.previous.pid == pid
        assert len(second.services().participants.find()) == BASE_PEOPLE
        second.close()
    assert integrity(path) == "ok" and count(path) == BASE_PEOPLE
    clean = _open(path)  # the last run ended normally: nothing to report
    assert not clean.previous_run_crashed and clean.lock is not None
    assert clean.lock.previous is None
    clean.close()
