"""Retention rules: periods, funders, what is due, who is kept and until when."""

from __future__ import annotations

import datetime as dt

import pytest

from territ_desktop.domain.errors import ValidationError
from territ_desktop.domain.retention import (
    PersonRecord,
    RetentionStatus,
    SessionRetention,
    add_years,
    check_years,
    effective_years,
    funder_key,
    plan_privacy,
    pseudonym,
)

D = dt.date


def session(sid: str, end: dt.date, years: int = 3, **kw: object) -> SessionRetention:
    return SessionRetention(sid, f"Session {sid}", end, years, years, **kw)  # type: ignore[arg-type]


def person(pid: str, *sessions: str, **kw: object) -> PersonRecord:
    return PersonRecord(pid, pid.upper(), frozenset(sessions), **kw)  # type: ignore[arg-type]


def test_add_years_and_limits() -> None:
    assert add_years(D(2024, 2, 29), 3) == D(2027, 2, 28)
    assert add_years(D(2026, 6, 30), 3) == D(2029, 6, 30)
    assert check_years(10) == 10
    for wrong in (0, 31, -1):
        with pytest.raises(ValidationError, match="entre 1 et 30"):
            check_years(wrong)
    assert pseudonym(17) == "Participant·e 17"


def test_the_longest_period_applies() -> None:
    rules = {funder_key("ARS Bourgogne-Franche-Comté"): 5, funder_key("Région"): 10}
    assert funder_key("  ars  BOURGOGNE-franche-comte ") == funder_key(
        "ARS Bourgogne-Franche-Comté"
    )
    assert effective_years(3, ["ars bourgogne-franche-comte"], rules) == 5
    assert effective_years(3, ["ARS Bourgogne-Franche-Comté", "REGION"], rules) == 10
    assert effective_years(12, ["Région"], rules) == 12
    assert effective_years(3, ["Autre"], rules) == 3


def test_status_over_time() -> None:
    s = session("a", D(2023, 6, 1))
    assert s.expires == D(2026, 6, 1)
    assert s.status(D(2026, 5, 31)) is RetentionStatus.KEPT
    assert s.status(D(2026, 6, 1)) is RetentionStatus.DUE
    archived = session("a", D(2023, 6, 1), archived_at=dt.datetime(2026, 7, 1))
    assert archived.status(D(2030, 1, 1)) is RetentionStatus.ARCHIVED
    done = session(
        "a",
        D(2023, 6, 1),
        archived_at=dt.datetime(2026, 7, 1),
        anonymised_at=dt.datetime(2026, 7, 1),
    )
    assert done.status(D(2030, 1, 1)) is RetentionStatus.ANONYMISED


def test_plan_archives_then_anonymises_only_people_with_nothing_kept() -> None:
    old, recent = session("old", D(2020, 1, 1)), session("new", D(2026, 1, 1))
    people = [
        person("only_old", "old"),
        person("both", "old", "new"),
        person("only_new", "new"),
        person("idle", last_change=D(2021, 1, 1)),
        person("fresh", last_change=D(2026, 1, 1)),
        person("gone", "old", anonymised=True),
    ]
    plan = plan_privacy([old, recent], people, D(2026, 3, 1))
    assert [s.session_id for s in plan.archive] == ["old"]
    assert [p.participant_id for p in plan.anonymise] == ["only_old"]
    assert [p.participant_id for p in plan.delete] == ["idle"]
    assert plan.kept_for == {"both": D(2029, 1, 1), "only_new": D(2029, 1, 1)}
    assert plan.mark_anonymised == ()  # "both" is still named in the old session
    assert not plan.empty


def test_plan_marks_a_session_once_its_last_person_goes() -> None:
    old = session("old", D(2020, 1, 1), archived_at=dt.datetime(2023, 2, 1))
    plan = plan_privacy([old], [person("a", "old"), person("b", "old")], D(2026, 1, 1))
    assert {p.participant_id for p in plan.anonymise} == {"a", "b"}
    assert plan.archive == () and plan.mark_anonymised == ("old",)


def test_plan_for_one_person_stays_within_their_sessions() -> None:
    a, b = session("a", D(2020, 1, 1)), session("b", D(2020, 1, 1))
    people = [person("x", "a"), person("y", "b"), person("z", "a")]
    plan = plan_privacy([a, b], people, D(2026, 1, 1), scope={"x"})
    assert [s.session_id for s in plan.archive] == ["a"]
    assert [p.participant_id for p in plan.anonymise] == ["x"]
    assert plan.mark_anonymised == ()  # z is still there


def test_nothing_due() -> None:
    plan = plan_privacy([session("a", D(2026, 1, 1))], [person("x", "a")], D(2026, 2, 1))
    assert plan.empty and plan.kept_for == {"x": D(2029, 1, 1)}
