"""One window per database: the OS lock, the holder's name, a lock left by a crash."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from territ_desktop.domain.errors import UserError
from territ_desktop.storage import instance_lock
from territ_desktop.storage.instance_lock import InstanceLockedError, LockHolder


def test_second_holder_is_refused_with_the_holder_named(tmp_path: Path) -> None:
    database = tmp_path / "territ.sqlite3"
    first = instance_lock.acquire(database, now=dt.datetime(2026, 3, 12, 9, 14))
    assert first.held and first.previous is None
    holder = instance_lock.current_holder(database)
    assert holder is not None and holder.pid == os.getpid()
    with pytest.raises(InstanceLockedError) as refused:
        instance_lock.acquire(database)
    message = str(refused.value)
    assert f"processus {os.getpid()}" in message
    assert "12/03/2026 à 09:14" in message
    assert "déjà ouverte" in message
    first.release()
    first.release()  # idempotent
    assert instance_lock.current_holder(database) is None  # emptied on a clean exit
    with instance_lock.acquire(database) as again:
        assert again.previous is None


def test_content_left_by_a_crash_is_reported_and_replaced(tmp_path: Path) -> None:
    database = tmp_path / "territ.sqlite3"
    crashed = LockHolder(99999, "PORTABLE-1", "marie", dt.datetime(2026, 1, 1, 8, 0))
    instance_lock.lock_path(database).write_text(crashed.to_json(), encoding="utf-8")
    with instance_lock.acquire(database) as lock:
        assert lock.previous == crashed
        now_held = instance_lock.current_holder(database)
        assert now_held is not None and now_held.pid == os.getpid()


def test_holder_text_round_trip_and_garbage() -> None:
    me = LockHolder.me(dt.datetime(2026, 2, 3, 4, 5, 6))
    assert LockHolder.from_json(me.to_json()) == me
    assert json.loads(me.to_json())["program"] == "TERRIT Desktop"
    for text in ("", "{", "[]", '{"pid": "x"}'):
        assert LockHolder.from_json(text) is None
    assert "marie sur PC (processus 7)" in LockHolder(7, "PC", "marie", me.started).describe()


def test_unwritable_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Impossible de créer"):
        instance_lock.acquire(tmp_path / "missing" / "territ.sqlite3")
