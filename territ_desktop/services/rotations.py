"""Small-group rotations of a session's workshop items: build, solve, store, print."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.attendance import AttendanceStatus
from territ_desktop.domain.errors import NotFoundError, UserError
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.participant import Participant
from territ_desktop.domain.session import ProgrammeItem, Session
from territ_desktop.rotation import (
    Instance,
    Options,
    PastRound,
    Person,
    Plan,
    ProgressCallback,
    Result,
    Score,
    Table,
    instance_from_json,
    instance_to_json,
    plan_from_json,
    plan_to_json,
    proven_optimal,
    replan,
    score_plan,
    solve,
    validate,
)
from territ_desktop.services.attendance import AttendanceService
from territ_desktop.services.sessions import load_session_row
from territ_desktop.storage import convert
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import ParticipantRow, ProgrammeItemRow, RotationPlanRow

DEFAULT_TABLE_SIZE = 8


@dataclass(frozen=True)
class StoredPlan:
    """A plan as saved with the session, re-scored on loading."""

    item_id: str
    instance: Instance
    plan: Plan
    score: Score
    seed: int


@dataclass(frozen=True)
class Workshop:
    """A small-group item with what the rotations page needs to show it."""

    session: Session
    item: ProgrammeItem
    people: tuple[Participant, ...]  # who can be seated: present if attendance exists
    plan: StoredPlan | None


def _orm_item(orm: OrmSession, item_id: str) -> ProgrammeItemRow:
    row = orm.get(ProgrammeItemRow, item_id)
    if row is None:
        raise NotFoundError("Cette séquence n'existe plus dans le programme.")
    return row


def _stored(row: RotationPlanRow) -> StoredPlan:
    instance = instance_from_json(row.instance)
    plan = plan_from_json(row.plan)
    return StoredPlan(row.programme_item_id, instance, plan, score_plan(instance, plan), row.seed)


def default_tables(item: ProgrammeItem, people: int) -> tuple[Table, ...]:
    """One table per theme of the item (else tables of about eight), seating everyone."""
    names = list(item.themes) or [
        f"Table {n}" for n in range(1, max(1, math.ceil(people / DEFAULT_TABLE_SIZE)) + 1)
    ]
    capacity = max(2, math.ceil(people / len(names)))
    return tuple(Table(name, capacity) for name in names)


def solve_json_file(
    source: Path, target: Path, *, seed: int = 1, time_limit: float | None = None
) -> dict[str, object]:
    """``territ rotations solve``: read an instance, write the plan (atomically), return it."""
    import json

    from territ_desktop.export.atomic import atomic_path
    from territ_desktop.rotation import solve_json

    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(f"Impossible de lire « {source} » : {error.strerror}.") from error
    except ValueError as error:
        raise UserError(f"« {source} » n'est pas du JSON valide ({error}).") from error
    if not isinstance(data, dict):
        raise UserError(f"« {source} » doit contenir un objet JSON (voir docs/rotations-json.md).")
    plan = solve_json(data, seed=seed, time_limit=time_limit)
    with atomic_path(target) as temporary:
        temporary.write_text(json.dumps(plan, ensure_ascii=False, indent=2), encoding="utf-8")
    return dict(plan)


class RotationService:
    """Rotations for the workshop items of a session."""

    def __init__(self, database: Database, attendance: AttendanceService) -> None:
        self._db = database
        self._attendance = attendance

    def workshops(self, session_id: str) -> list[ProgrammeItem]:
        """The small-group items of a session, in programme order."""
        session = self._session(session_id)
        return [i for h in session.half_days for i in h.items if i.is_group_work]

    def workshop(self, session_id: str, item_id: str) -> Workshop:
        """An item, the people who can be seated, and its saved plan if any."""
        sheet = self._attendance.sheet(session_id)
        half = next(
            (h for h in sheet.session.half_days if any(i.id == item_id for i in h.items)), None
        )
        if half is None:
            raise NotFoundError("Cette séquence ne fait pas partie de la session.")
        item = next(i for i in half.items if i.id == item_id)
        recorded = [sheet.record(p.id, half.id) for p in sheet.participants]
        if any(r is not None for r in recorded):
            # Attendance exists for this half-day: seat only the people who are there.
            people = tuple(
                p
                for p, r in zip(sheet.participants, recorded, strict=True)
                if r is not None
                and r.status in (AttendanceStatus.PRESENT, AttendanceStatus.PARTIAL)
            )
        else:
            people = sheet.participants
        return Workshop(sheet.session, item, people, self.load(item_id))

    def default_instance(self, session_id: str, item_id: str, rounds: int = 1) -> Instance:
        """A ready-to-solve instance: present people, one table per theme, the cycle's history."""
        workshop = self.workshop(session_id, item_id)
        if not workshop.people:
            raise UserError("Personne à répartir : inscrivez des participant·es à la session.")
        return Instance(
            rounds=rounds,
            tables=default_tables(workshop.item, len(workshop.people)),
            participants=tuple(Person.from_participant(p) for p in workshop.people),
            history=self.history(session_id, item_id),
            options=Options(),
        )

    def history(self, session_id: str, item_id: str) -> tuple[PastRound, ...]:
        """Rounds of the workshops held earlier in the same session (cycle), for mixing."""
        history: list[PastRound] = []
        for item in self.workshops(session_id):
            if item.id == item_id:
                break
            stored = self.load(item.id)
            if stored is not None:
                history.extend(stored.plan.as_past_rounds())
        return tuple(history)

    @staticmethod
    def check(instance: Instance) -> tuple[str, ...]:
        """Refuse settings the solver cannot take (``UserError``); return its warnings."""
        return validate(instance)

    @staticmethod
    def replan(
        instance: Instance,
        current: Plan,
        from_round: int,
        *,
        arrivals: Sequence[Person] = (),
        no_shows: Sequence[str] = (),
        seed: int = 1,
        time_limit: float = 2.0,
        max_iterations: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> Result:
        """Seat latecomers, leave out no-shows, from ``from_round`` on; earlier rounds untouched.

        No database: safe to call from a worker thread.
        """
        return replan(
            instance,
            current,
            from_round,
            arrivals=arrivals,
            no_shows=no_shows,
            seed=seed,
            time_limit=time_limit,
            max_iterations=max_iterations,
            progress=progress,
        )

    @staticmethod
    def proven_optimal(instance: Instance, score: Score) -> bool:
        """Whether no plan can do better than ``score`` (every goal at its counting bound)."""
        return proven_optimal(instance, score)

    @staticmethod
    def solve(
        instance: Instance,
        *,
        seed: int = 1,
        time_limit: float | None = None,
        max_iterations: int | None = None,
        progress: ProgressCallback | None = None,
    ) -> Result:
        """Run the solver (no database: safe to call from a worker thread).

        Without ``time_limit``, the solver's budget: 2 s up to 60 people, 10 s beyond.
        """
        return solve(
            instance,
            seed=seed,
            time_limit=time_limit,
            max_iterations=max_iterations,
            progress=progress,
        )

    def load(self, item_id: str) -> StoredPlan | None:
        """The saved plan of an item, or None."""
        with self._db.unit_of_work() as orm:
            row = orm.scalar(
                select(RotationPlanRow).where(RotationPlanRow.programme_item_id == item_id)
            )
            return _stored(row) if row is not None else None

    def save(
        self, item_id: str, instance: Instance, plan: Plan, seed: int = 1
    ) -> StoredPlan | None:
        """Save (replace) an item's plan; returns the previous one for undo."""
        with self._db.unit_of_work() as orm:
            _orm_item(orm, item_id)
            row = orm.scalar(
                select(RotationPlanRow).where(RotationPlanRow.programme_item_id == item_id)
            )
            previous = _stored(row) if row is not None else None
            if row is None:
                row = RotationPlanRow(id=new_id(), programme_item_id=item_id, locked={})
                orm.add(row)
            row.instance = instance_to_json(instance)
            row.plan = plan_to_json(plan, score_plan(instance, plan))
            row.seed = seed
            return previous

    def delete(self, item_id: str) -> StoredPlan | None:
        """Remove an item's plan; returns it for undo."""
        with self._db.unit_of_work() as orm:
            row = orm.scalar(
                select(RotationPlanRow).where(RotationPlanRow.programme_item_id == item_id)
            )
            if row is None:
                return None
            previous = _stored(row)
            orm.delete(row)
            return previous

    def restore(self, item_id: str, previous: StoredPlan | None) -> None:
        """Undo a save or a delete."""
        if previous is None:
            self.delete(item_id)
        else:
            self.save(item_id, previous.instance, previous.plan, previous.seed)

    def plan_all(self, session_id: str, *, seed: int = 1, max_iterations: int = 3000) -> int:
        """Generate and save a plan for every workshop item that has none; returns how many."""
        made = 0
        for item in self.workshops(session_id):
            if self.load(item.id) is not None:
                continue
            instance = self.default_instance(
                session_id, item.id, rounds=2 if len(item.themes) > 1 else 1
            )
            result = self.solve(instance, seed=seed, time_limit=30.0, max_iterations=max_iterations)
            self.save(item.id, instance, result.plan, seed)
            made += 1
        return made

    def export_groups(self, session_id: str, item_id: str, target: Path) -> Path:
        """Printouts of an item's plan: PDF (pages, overview, cards, tents) or XLSX."""
        from territ_desktop.export.groups_data import GroupPlanPrint, TableInfo
        from territ_desktop.export.groups_pdf import write_groups_pdf
        from territ_desktop.export.groups_workbook import write_groups_workbook

        workshop = self.workshop(session_id, item_id)
        stored = workshop.plan
        if stored is None:
            raise UserError("Cette séquence n'a pas encore de répartition : générez-la d'abord.")
        half = next(h for h in workshop.session.half_days if any(i.id == item_id for i in h.items))
        seated = {pid for r in stored.plan.rounds for ids in r.values() for pid in ids}
        with self._db.unit_of_work() as orm:
            rows = orm.scalars(select(ParticipantRow).where(ParticipantRow.id.in_(seated)))
            known = {row.id: convert.participant(row) for row in rows}
        # Someone deleted from the directory since the plan was made is left off the printout.
        rounds = tuple(
            {table: tuple(i for i in ids if i in known) for table, ids in r.items()}
            for r in stored.plan.rounds
        )
        data = GroupPlanPrint(
            session_title=workshop.session.title,
            item_title=workshop.item.title,
            tables=tuple(TableInfo(t.name, "", t.capacity) for t in stored.instance.tables),
            rounds=rounds,
            participants=known,
            facilitators=frozenset(p.participant for p in stored.instance.pinned) & set(known),
            date=half.date,
            start=workshop.item.start,
            end=workshop.item.end,
        )
        suffix = target.suffix.lower()
        if suffix == ".pdf":
            return write_groups_pdf(data, target)
        if suffix == ".xlsx":
            return write_groups_workbook(data, target)
        raise UserError(
            f"Format non pris en charge : « {target.name} ». Choisissez un nom en .pdf ou .xlsx."
        )

    def _session(self, session_id: str) -> Session:
        with self._db.unit_of_work() as orm:
            return convert.session(load_session_row(orm, session_id))
