"""Backup files: names, the backup API copy, listing, thinning (exact sets), the policy file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from territ_desktop.domain.errors import UserError
from territ_desktop.storage import backups
from territ_desktop.storage.backups import BackupError, ThinningPolicy, backups_to_keep
from territ_desktop.storage.database import Database

T = dt.datetime


def _insert(database: Database, last_name: str) -> None:
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (id, last_name, first_name, organisation, function, "
                "audience, territory, email, phone, notes) VALUES "
                "(:id, :name, '', '', '', 'elu', '', '', '', '')"
            ),
            {"id": last_name, "name": last_name},
        )


def test_names_round_trip() -> None:
    when = T(2026, 3, 12, 9, 14, 5, 123456)
    name = backups.backup_name("territ-demo", when, "avant-migration-0003")
    assert name == "territ-demo-20260312-091405-123456-avant-migration-0003.sqlite3"
    assert backups.parse_backup_name(name) == ("territ-demo", when, "avant-migration-0003")
    assert backups.parse_backup_name("territ-20260312-091405-auto.sqlite3") == (
        "territ",
        T(2026, 3, 12, 9, 14, 5),
        "auto",
    )
    for other in ("notes.txt", ".territ-20260312-091405-000000-auto.sqlite3.tmp", "politique.json"):
        assert backups.parse_backup_name(other) is None


def test_folder_for_databases_elsewhere(tmp_path: Path) -> None:
    home, root = tmp_path / "home", tmp_path / "home" / "backups"
    home.mkdir()
    assert backups.folder_for(home / "territ.sqlite3", root, home) == root
    a = backups.folder_for(tmp_path / "a" / "territ.sqlite3", root, home)
    b = backups.folder_for(tmp_path / "b" / "territ.sqlite3", root, home)
    assert a.parent == root and b.parent == root and a != b
    assert a.name.startswith("territ-")


def test_make_backup_holds_recent_commits_and_is_self_contained(
    database: Database, tmp_path: Path
) -> None:
    assert database.path is not None
    holder = database.engine.connect()  # keeps the commit below in the -wal file
    _insert(database, "Morel")
    made = backups.make_backup(database.path, tmp_path / "b", "manuelle", T(2026, 1, 2, 3, 4, 5))
    holder.close()
    assert made.path.name == "territ-20260102-030405-000000-manuelle.sqlite3"
    assert made.size == made.path.stat().st_size > 0
    assert not Path(f"{made.path}-wal").exists()
    conn = sqlite3.connect(f"file:{made.path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert conn.execute("SELECT last_name FROM participants").fetchall() == [("Morel",)]
    conn.close()
    assert backups.is_good(made.path)
    assert [p.name for p in (tmp_path / "b").iterdir()] == [made.path.name]


def test_list_is_newest_first_and_only_this_database(tmp_path: Path) -> None:
    folder = tmp_path
    for name in (
        "territ-20260101-100000-000000-auto.sqlite3",
        "territ-20260103-100000-000000-auto.sqlite3",
        "territ-demo-20260104-100000-000000-auto.sqlite3",
        "territ-20260102-100000-avant-migration-0002.sqlite3",
        ".territ-20260105-100000-000000-auto.sqlite3.tmp",
    ):
        (folder / name).write_bytes(b"x")
    found = backups.list_backups(folder, "territ")
    assert [b.taken_at.day for b in found] == [3, 2, 1]
    assert [b.reason for b in found] == ["auto", "avant-migration-0002", "auto"]
    assert backups.list_backups(tmp_path / "missing", "territ") == []


def test_newest_good_skips_damaged_backups(database: Database, tmp_path: Path) -> None:
    assert database.path is not None
    good = backups.make_backup(database.path, tmp_path, "auto", T(2026, 1, 1))
    bad = tmp_path / "territ-20260102-000000-000000-auto.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    listed = backups.list_backups(tmp_path, "territ")
    assert listed[0].path == bad
    found = backups.newest_good(listed)
    assert found is not None and found.path == good.path


def test_unreadable_source_is_a_clear_error(tmp_path: Path) -> None:
    source = tmp_path / "x.sqlite3"
    source.write_bytes(b"not a database" * 100)
    with pytest.raises(BackupError):
        backups.make_backup(source, tmp_path / "b", "manuelle")
    assert not any((tmp_path / "b").glob("*"))  # no temporary file left


# -- thinning ----------------------------------------------------------------------------------


def test_thinning_a_year_of_daily_backups() -> None:
    taken = [T(2026, 1, 1, 10) + dt.timedelta(days=i) for i in range(400)]
    kept = backups_to_keep(taken, ThinningPolicy(daily=7, weekly=4, monthly=12))
    expected_days = [
        # dailies: the newest 7 days (the last 24 hours included)
        (2027, 2, 4), (2027, 2, 3), (2027, 2, 2), (2027, 2, 1), (2027, 1, 31), (2027, 1, 30),
        (2027, 1, 29),
        # weeklies: the Sundays of the 4 previous ISO weeks (2027-01-03 is in 2026-W53)
        (2027, 1, 24), (2027, 1, 17), (2027, 1, 10), (2027, 1, 3),
        # monthlies: the last day of the 12 previous months
        (2026, 12, 31), (2026, 11, 30), (2026, 10, 31), (2026, 9, 30), (2026, 8, 31),
        (2026, 7, 31), (2026, 6, 30), (2026, 5, 31), (2026, 4, 30), (2026, 3, 31),
        (2026, 2, 28), (2026, 1, 31),
    ]  # fmt: skip
    assert kept == {T(y, m, d, 10) for y, m, d in expected_days}


def test_thinning_keeps_the_last_24_hours_whole() -> None:
    taken = [T(2026, 3, 10, 8) + dt.timedelta(hours=5 * i) for i in range(20)]
    kept = backups_to_keep(taken, ThinningPolicy(daily=2, weekly=1, monthly=0))
    assert kept == {
        T(2026, 3, 13, 11),
        T(2026, 3, 13, 16),
        T(2026, 3, 13, 21),
        T(2026, 3, 14, 2),
        T(2026, 3, 14, 7),
    }


def test_thinning_sparse_use_keeps_old_backups() -> None:
    """Used twice a year: nothing is lost for being old, only for being superseded."""
    taken = [T(2020 + i // 2, 1 + 6 * (i % 2), 5, 9) for i in range(8)]
    assert backups_to_keep(taken, ThinningPolicy(daily=7)) == set(taken)
    assert backups_to_keep(taken, ThinningPolicy(daily=1, weekly=1, monthly=1)) == {
        taken[-1],
        taken[-2],
        taken[-3],
    }


def test_thinning_edge_cases() -> None:
    assert backups_to_keep([], ThinningPolicy()) == set()
    one = T(2026, 5, 5, 5)
    assert backups_to_keep([one, one], ThinningPolicy(daily=1, weekly=0, monthly=0)) == {one}
    same_day = [T(2026, 5, 1, h) for h in range(3)] + [T(2026, 5, 3, 12)]
    assert backups_to_keep(same_day, ThinningPolicy(daily=2, weekly=0, monthly=0)) == {
        T(2026, 5, 3, 12),
        T(2026, 5, 1, 2),
    }


stamps = st.lists(
    st.datetimes(min_value=T(2024, 1, 1), max_value=T(2027, 12, 31)), min_size=1, max_size=60
)
policies = st.builds(
    ThinningPolicy,
    st.integers(1, 10),
    st.integers(0, 6),
    st.integers(0, 14),
)


@settings(max_examples=200, deadline=None)
@given(stamps, policies)
def test_thinning_invariants(taken: list[dt.datetime], policy: ThinningPolicy) -> None:
    kept = backups_to_keep(taken, policy)
    newest = max(taken)
    assert newest in kept
    assert kept <= set(taken)
    recent = {t for t in taken if t >= newest - backups.RECENT}
    assert recent <= kept
    older = kept - recent
    assert len(older) <= policy.daily + policy.weekly + policy.monthly
    for stamp in older:  # each kept older backup is the newest of its day
        assert stamp == max(t for t in taken if t.date() == stamp.date())
    assert backups_to_keep(kept, policy) == kept  # thinning twice changes nothing


def test_thin_deletes_exactly_what_is_not_kept(tmp_path: Path) -> None:
    made = []
    for i in range(10):
        when = T(2026, 1, 1, 12) + dt.timedelta(days=3 * i)
        path = tmp_path / backups.backup_name("territ", when, "auto")
        path.write_bytes(b"x")
        made.append(when)
    listed = backups.list_backups(tmp_path, "territ")
    policy = ThinningPolicy(daily=2, weekly=1, monthly=1)
    keep = backups_to_keep(made, policy)
    deleted = backups.thin(listed, policy)
    assert {backups.parse_backup_name(p.name)[1] for p in deleted} == set(made) - keep  # type: ignore[index]
    assert {b.taken_at for b in backups.list_backups(tmp_path, "territ")} == keep


def test_policy_file(tmp_path: Path) -> None:
    assert backups.load_policy(tmp_path) == ThinningPolicy()
    backups.save_policy(tmp_path, ThinningPolicy(3, 2, 1))
    assert backups.load_policy(tmp_path) == ThinningPolicy(3, 2, 1)
    (tmp_path / backups.POLICY_FILE).write_text("{broken", encoding="utf-8")
    assert backups.load_policy(tmp_path) == ThinningPolicy()
    with pytest.raises(UserError, match="quotidiennes"):
        ThinningPolicy(daily=0)
