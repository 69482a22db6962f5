"""Figures behind the summary: participation cuts, the cycle view, how mixed the tables were."""

from __future__ import annotations

import datetime as dt

from summary_samples import make_attendance, make_cycle, make_people, make_summary

from territ_desktop.domain import (
    AttendanceRecord,
    AttendanceStatus,
    Audience,
    Participant,
)
from territ_desktop.export import AttendanceData
from territ_desktop.export.cycle_summary import cycle_figures
from territ_desktop.export.summary_data import WorkshopSummary
from territ_desktop.export.summary_figures import (
    UNKNOWN_TERRITORY,
    grouped,
    grouped_hours,
    participation,
)
from territ_desktop.export.workshop_mix import workshop_mix

NNBSP = "\u202f"


def _data(days: int = 4) -> AttendanceData:
    session = make_cycle(days)
    people = make_people()
    return AttendanceData.build(session, people, make_attendance(session, people))


def test_grouped_hours_french_style() -> None:
    assert grouped_hours(0) == "0 h 00"
    assert grouped_hours(185) == "3 h 05"
    assert grouped_hours(74_070) == f"1{NNBSP}234 h 30"
    assert grouped(1_234_567) == f"1{NNBSP}234{NNBSP}567"


def test_participation_cuts_add_up() -> None:
    figures = participation(_data())
    assert figures.enrolled == 40
    assert figures.attendees == 39  # one person never came
    for index, total in enumerate(figures.half_days):
        assert sum(a.present[index] for a in figures.audiences) == total.present
    assert sum(a.total.attendees for a in figures.audiences) == figures.attendees
    assert sum(a.total.attended_minutes for a in figures.audiences) == figures.attended_minutes
    assert sum(t.attendees for t in figures.territories) == figures.attendees
    assert sum(t.enrolled for t in figures.territories) == figures.enrolled
    assert sum(t.attended_minutes for t in figures.territories) == figures.attended_minutes
    assert 0 < figures.rate < 1


def test_communes_grouped_as_typed_and_unknown_last() -> None:
    figures = participation(_data())
    labels = [t.label for t in figures.territories]
    assert labels.count("Dijon") == 1 and "dijon" not in labels  # "dijon" joins "Dijon"
    assert labels[-1] == UNKNOWN_TERRITORY
    attendees = [t.attendees for t in figures.territories[:-1]]
    assert attendees == sorted(attendees, reverse=True)


def test_cycle_view_matches_the_records() -> None:
    data = _data()
    cycle = cycle_figures(data)
    assert cycle is not None
    assert cycle.day_count == 4
    assert sum(cycle.overall.counts) == 40
    assert cycle.overall.attendees == len(data.attendees)
    for line in cycle.distribution:
        assert sum(line.counts) == sum(
            1 for r in data.rows if r.participant.audience == line.audience
        )
    # Day by day, counted straight from the minutes.
    for day in cycle.days:
        ids = {h.id for h in day.day.half_days}
        positions = [i for i, h in enumerate(data.half_days) if h.id in ids]
        came = sum(1 for r in data.rows if any(r.minutes[i] > 0 for i in positions))
        assert day.present == came
        assert sum(n for _, n in day.by_audience) == came
        assert day.enrolled == 40
    # People who came k days, counted straight from the minutes.
    days_came = [
        sum(any(r.minutes[2 * d + h] > 0 for h in (0, 1)) for d in range(4)) for r in data.rows
    ]
    assert cycle.overall.counts == tuple(days_came.count(k) for k in range(5))


def test_no_cycle_view_for_one_day() -> None:
    assert cycle_figures(_data(days=1)) is None


def _person(pid: str, audience: Audience, organisation: str) -> Participant:
    return Participant(pid, f"Nom{pid}", "Prénom", organisation, audience=audience)


def test_table_mix_counts_types_colleagues_and_repeats() -> None:
    session = make_cycle(1)
    item = session.half_days[0].items[-1]
    people = [
        _person("a", Audience.ELU, "Ville de Dole"),
        _person("b", Audience.ELU, " ville de  DOLE "),
        _person("c", Audience.COORDINATEUR, "CLS"),
        _person("d", Audience.CITOYEN, ""),
        _person("e", Audience.CITOYEN, ""),
        _person("f", Audience.INSTITUTION, "ARS"),
    ]
    workshop = WorkshopSummary(
        item,
        rounds=(
            {"T1": ("a", "b", "c"), "T2": ("d", "e", "f", "walk-in")},
            {"T1": ("a", "b", "d"), "T2": ("c", "e", "f")},
        ),
    )
    mix = workshop_mix(workshop, session, people)
    assert mix.half_day == session.half_days[0]
    assert mix.round_count == 2
    first, second, third, fourth = mix.tables
    assert (first.round, first.table, first.size, first.audience_count) == (1, "T1", 3, 2)
    assert first.colleagues == (("Ville de Dole", 2),)
    assert first.with_colleague == 2
    assert second.size == 4  # the walk-in counts in the size only
    assert [p.id for p in second.members] == ["d", "e", "f"]
    assert second.colleagues == ()  # no organisation is not a shared organisation
    assert second.audience_count == 2
    assert third.audience_count == 2 and fourth.audience_count == 3
    assert mix.well_mixed == 1
    assert mix.with_colleagues == 2
    # a-b (both rounds) and e-f (both rounds) met twice.
    assert mix.repeated_pairs == 2


def test_sample_workshops_are_mixed() -> None:
    summary = make_summary()
    for workshop in summary.workshops:
        mix = workshop_mix(workshop, summary.session, summary.participants)
        assert len(mix.tables) == 8
        assert mix.well_mixed == 8


def test_records_of_strangers_are_ignored() -> None:
    session = make_cycle(2)
    people = make_people()[:3]
    half = session.half_days[0]
    records = {
        ("nobody", half.id): AttendanceRecord("nobody", half.id, AttendanceStatus.PRESENT),
        (people[0].id, half.id): AttendanceRecord(
            people[0].id, half.id, AttendanceStatus.PARTIAL, arrival=dt.time(11, 15)
        ),
    }
    figures = participation(AttendanceData.build(session, people, records))
    assert figures.attendees == 1
    assert figures.attended_minutes == 75
    assert figures.half_days[0].present == 1
