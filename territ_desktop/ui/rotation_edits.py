"""Edits of a rotation plan made by hand in the window: pure functions over solver values.

Nothing here imports Qt: the Petits groupes tab calls these, then saves the result through the
rotation service (with undo) and re-scores it with :func:`territ_desktop.rotation.score_plan`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from territ_desktop.rotation import Absence, Instance, PastRound, Person, Pin, Plan

#: Separates a person's identifier from a round number in the stand-in seated for a lock.
LOCK_MARK = "\x1flock:"

#: A lock: (round number from 1, participant identifier).
Lock = tuple[int, str]


def move(plan: Plan, round_number: int, people: Collection[str], table: str) -> Plan:
    """Seat ``people`` at ``table`` in one round (numbered from 1), wherever they were."""
    rounds = list(plan.rounds)
    current = rounds[round_number - 1]
    moved = [pid for ids in current.values() for pid in ids if pid in people]
    moved += [pid for pid in people if pid not in moved]
    new = {name: tuple(pid for pid in ids if pid not in people) for name, ids in current.items()}
    new[table] = new.get(table, ()) + tuple(moved)
    rounds[round_number - 1] = new
    return Plan(rounds=tuple(rounds))


def swap(plan: Plan, round_number: int, first: str, second: str) -> Plan:
    """Exchange the seats of two people in one round."""
    current = plan.rounds[round_number - 1]
    other = {first: second, second: first}
    new = {name: tuple(other.get(pid, pid) for pid in ids) for name, ids in current.items()}
    rounds = list(plan.rounds)
    rounds[round_number - 1] = new
    return Plan(rounds=tuple(rounds))


def rename_table(plan: Plan, old: str, new: str) -> Plan:
    """The same plan with a table renamed in every round (order kept)."""
    return Plan(
        rounds=tuple({new if n == old else n: ids for n, ids in r.items()} for r in plan.rounds)
    )


def fit_plan(plan: Plan, instance: Instance) -> Plan:
    """The plan reshaped to the instance's tables and rounds (in the instance's table order).

    New tables and new rounds start empty; people at a removed table, or in a removed round, are
    no longer seated (the score says so until the plan is generated again).
    """
    names = [t.name for t in instance.tables]
    rounds = []
    for r in range(instance.rounds):
        current = plan.rounds[r] if r < len(plan.rounds) else {}
        rounds.append({name: tuple(current.get(name, ())) for name in names})
    return Plan(rounds=tuple(rounds))


def empty_plan(instance: Instance) -> Plan:
    """A plan with every table empty in every round."""
    return fit_plan(Plan(rounds=()), instance)


def set_rounds(instance: Instance, rounds: int) -> Instance:
    """The instance with another number of rounds (absences past the last round dropped)."""
    return replace(
        instance,
        rounds=rounds,
        absent=frozenset(a for a in instance.absent if a.round <= rounds),
    )


def remove_table(instance: Instance, name: str) -> Instance:
    """The instance without a table, and without the pins to it."""
    return replace(
        instance,
        tables=tuple(t for t in instance.tables if t.name != name),
        pinned=tuple(p for p in instance.pinned if p.table != name),
    )


def rename_in_instance(instance: Instance, old: str, new: str) -> Instance:
    """The instance with a table renamed (pins follow)."""
    return replace(
        instance,
        tables=tuple(replace(t, name=new) if t.name == old else t for t in instance.tables),
        pinned=tuple(replace(p, table=new) if p.table == old else p for p in instance.pinned),
    )


def fresh_instance(
    settings: Instance, people: Sequence[Person], history: tuple[PastRound, ...]
) -> Instance:
    """The settings applied to the people there now: links and absences of others dropped."""
    ids = {p.id for p in people}

    def kept(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        trimmed = (tuple(pid for pid in group if pid in ids) for group in groups)
        return tuple(group for group in trimmed if len(group) >= 2)

    return replace(
        settings,
        participants=tuple(people),
        pinned=tuple(p for p in settings.pinned if p.participant in ids),
        keep_apart=kept(settings.keep_apart),
        keep_together=kept(settings.keep_together),
        absent=frozenset(
            a for a in settings.absent if a.participant in ids and a.round <= settings.rounds
        ),
        history=history,
    )


def lock_copy_id(participant_id: str, round_number: int) -> str:
    """Identifier of the stand-in that holds a locked person's seat in one round."""
    return f"{participant_id}{LOCK_MARK}{round_number}"


def with_locks(instance: Instance, plan: Plan, locks: Iterable[Lock]) -> Instance:
    """An instance in which every locked person keeps their seat of ``plan``.

    Pins hold for every round, but a lock holds for one: a locked person is replaced, in that
    round only, by a stand-in pinned to their table (absent from the other rounds), and is
    themself absent from that round. :func:`without_lock_copies` turns the solved plan back.
    Keep-apart links carry over to the stand-ins; the solver leaves stand-ins out of the
    meeting counts (as any pinned person), the final score counts them again.
    """
    people = {p.id: p for p in instance.participants}
    tables = {t.name for t in instance.tables}
    copies: dict[str, list[tuple[int, str]]] = {}
    added: list[Person] = []
    pins = list(instance.pinned)
    absent = set(instance.absent)
    every_round = range(1, instance.rounds + 1)
    for number, pid in sorted(set(locks)):
        if pid not in people or number > min(instance.rounds, len(plan.rounds)):
            continue
        table = plan.table_of(pid, number)
        if table is None or table not in tables or not instance.is_present(pid, number):
            continue
        copy = lock_copy_id(pid, number)
        added.append(replace(people[pid], id=copy))
        pins.append(Pin(copy, table))
        absent.add(Absence(pid, number))
        absent |= {Absence(copy, r) for r in every_round if r != number}
        copies.setdefault(pid, []).append((number, copy))
    apart: list[tuple[str, ...]] = list(instance.keep_apart)
    for group in instance.keep_apart:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                apart += _stand_in_pairs(a, b, copies)
    return replace(
        instance,
        participants=instance.participants + tuple(added),
        pinned=tuple(pins),
        absent=frozenset(absent),
        keep_apart=tuple(apart),
    )


def _stand_in_pairs(
    a: str, b: str, copies: dict[str, list[tuple[int, str]]]
) -> list[tuple[str, str]]:
    """Pairs to keep apart once ``a`` or ``b`` have stand-ins (same round, or an original)."""
    left = [(0, a), *copies.get(a, [])]
    right = [(0, b), *copies.get(b, [])]
    return [
        (x, y) for rx, x in left for ry, y in right if (rx or ry) and (rx == ry or not (rx and ry))
    ]


def without_lock_copies(plan: Plan) -> Plan:
    """A plan made for :func:`with_locks`, with each stand-in replaced by its person."""
    return Plan(
        rounds=tuple(
            {name: tuple(pid.split(LOCK_MARK)[0] for pid in ids) for name, ids in r.items()}
            for r in plan.rounds
        )
    )


def seated(plan: Plan) -> set[str]:
    """Everyone seated in at least one round."""
    return {pid for r in plan.rounds for ids in r.values() for pid in ids}


def again(
    plan: Plan, instance: Instance, round_number: int, *, earlier: bool = False
) -> dict[str, list[str]]:
    """For each person of a round, the tablemates they meet in another round of the plan.

    With ``earlier``, the tablemates they met in earlier workshops (the instance's history).
    """
    if earlier:
        groups = [g for past in instance.history for g in past.groups]
    else:
        others = [r for i, r in enumerate(plan.rounds, start=1) if i != round_number]
        groups = [ids for r in others for ids in r.values()]
    pairs = {frozenset((a, b)) for g in groups for a in g for b in g if a != b}
    found: dict[str, list[str]] = {}
    for ids in plan.rounds[round_number - 1].values():
        for pid in ids:
            found[pid] = [q for q in ids if q != pid and frozenset((pid, q)) in pairs]
    return found
