"""Archived sessions and anonymised people are read-only, whatever service tries to write.

Installed on the session factory of every :class:`~territ_desktop.storage.database.Database`,
two ORM hooks refuse, with a French :class:`ArchivedError`, any change that touches an archived
session (its own row, days, half-days, programme, enrolments, attendance, signatures, plans,
notes) or an anonymised participant:

- ``before_flush`` checks the rows added, changed or deleted through the unit of work;
- ``do_orm_execute`` checks bulk ``update()``/``delete()`` statements, by selecting the rows
  their WHERE clause reaches.

Deleting a participant who appears in an archived session is refused too (the database would
cascade the deletion into the archived attendance). The privacy service, which archives and
anonymises, lifts the guard for its own unit of work with :func:`allow_archived_changes`.
The check costs one indexed query per flush while no session is archived.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, and_, or_, select, true
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import MANYTOONE, NO_VALUE, ORMExecuteState, Session, sessionmaker

from territ_desktop.domain.errors import UserError
from territ_desktop.storage.models import (
    AttendanceRow,
    DayRow,
    EnrolmentRow,
    HalfDayRow,
    ParticipantRow,
    ProgrammeItemRow,
    RotationPlanRow,
    SessionRow,
    SessionTrainerRow,
    TrainerSignatureRow,
    WorkshopNoteRow,
)

_OVERRIDE = "territ_allow_archived_changes"
_CHUNK = 200  # conditions per query

ARCHIVED_SESSION = (
    "Cette session est archivée (sa durée de conservation est écoulée) : elle ne peut plus être "
    "modifiée."
)
ANONYMISED_PERSON = (
    "Les données de cette personne ont été anonymisées : sa fiche ne peut plus être modifiée."
)
PERSON_IN_ARCHIVE = (
    "Cette personne figure dans une session archivée : sa fiche ne peut pas être supprimée (ses "
    "présences comptent dans les statistiques). Pour effacer ses données personnelles, utilisez "
    "Fichier › Données personnelles."
)


class ArchivedError(UserError):
    """A change to an archived session or an anonymised person was refused."""


def allow_archived_changes(orm: Session) -> None:
    """Lift the guard for this ORM session (archiving and anonymising only)."""
    orm.info[_OVERRIDE] = True


def _session_ids(table: Table, where: ColumnElement[bool]) -> Select[tuple[str]] | None:
    """A query of the session ids of the rows of ``table`` matched by ``where``."""
    days, halves, items = DayRow.__table__, HalfDayRow.__table__, ProgrammeItemRow.__table__
    if table is SessionRow.__table__:
        return select(table.c.id).where(where)
    if table in (DayRow.__table__, EnrolmentRow.__table__, SessionTrainerRow.__table__):
        return select(table.c.session_id).where(where)
    if table is halves:
        return select(days.c.session_id).join(halves, halves.c.day_id == days.c.id).where(where)
    via_half_day = (ProgrammeItemRow.__table__, AttendanceRow.__table__)
    if table in (*via_half_day, TrainerSignatureRow.__table__):
        return (
            select(days.c.session_id)
            .join(halves, halves.c.day_id == days.c.id)
            .join(table, table.c.half_day_id == halves.c.id)
            .where(where)
        )
    if table in (RotationPlanRow.__table__, WorkshopNoteRow.__table__):
        return (
            select(days.c.session_id)
            .join(halves, halves.c.day_id == days.c.id)
            .join(items, items.c.half_day_id == halves.c.id)
            .join(table, table.c.programme_item_id == items.c.id)
            .where(where)
        )
    return None


def _any_archived(orm: Session, queries: Iterable[Select[tuple[str]]]) -> bool:
    sessions = SessionRow.__table__
    connection = orm.connection()
    for query in queries:
        hit = connection.execute(
            select(sessions.c.id)
            .where(sessions.c.archived_at.is_not(None), sessions.c.id.in_(query.scalar_subquery()))
            .limit(1)
        ).first()
        if hit is not None:
            return True
    return False


def _archive_exists(orm: Session) -> bool:
    sessions = SessionRow.__table__
    query = select(sessions.c.id).where(sessions.c.archived_at.is_not(None)).limit(1)
    return orm.connection().execute(query).first() is not None


def _any_of(conditions: list[ColumnElement[bool]]) -> Iterable[ColumnElement[bool]]:
    """``OR`` of the conditions, in chunks that keep each statement small."""
    for start in range(0, len(conditions), _CHUNK):
        yield or_(*conditions[start : start + _CHUNK])


def _people_check(orm: Session, where: ColumnElement[bool], deleting: bool) -> None:
    people = ParticipantRow.__table__
    connection = orm.connection()
    anonymised = select(people.c.id).where(where, people.c.anonymised_at.is_not(None)).limit(1)
    if connection.execute(anonymised).first() is not None:
        raise ArchivedError(ANONYMISED_PERSON)
    if not deleting:
        return
    ids = select(people.c.id).where(where).scalar_subquery()
    enrolments = EnrolmentRow.__table__
    attendance = SessionRow.metadata.tables[AttendanceRow.__tablename__]
    queries = [
        select(enrolments.c.session_id).where(enrolments.c.participant_id.in_(ids)),
        _session_ids(attendance, attendance.c.participant_id.in_(ids)),
    ]
    if _any_archived(orm, [q for q in queries if q is not None]):
        raise ArchivedError(PERSON_IN_ARCHIVE)


def _known(obj: Any) -> bool:
    return all(getattr(obj, c.key, None) is not None for c in obj.__table__.primary_key.columns)


def _identity(obj: Any) -> ColumnElement[bool]:
    return and_(*(column == getattr(obj, column.key) for column in obj.__table__.primary_key))


def _parents(obj: Any) -> list[tuple[Table, ColumnElement[bool]]]:
    """Conditions reaching the rows an object hangs from: its foreign keys and parent objects.

    Parent objects are read without loading anything (a parent set through a relationship has
    not filled the foreign key yet when the flush begins).
    """
    found: list[tuple[Table, ColumnElement[bool]]] = []
    tables = SessionRow.metadata.tables
    for fk in obj.__table__.foreign_keys:
        value = getattr(obj, fk.parent.key, None)
        if value is not None:
            found.append((tables[fk.column.table.name], fk.column == value))
    state = sa_inspect(obj)
    for relation in state.mapper.relationships:
        if relation.direction is not MANYTOONE:
            continue
        parent = state.attrs[relation.key].loaded_value
        if parent is not None and parent is not NO_VALUE and _known(parent):
            found.append((parent.__table__, _identity(parent)))
    return found


def _before_flush(orm: Session, _context: Any, _instances: Any) -> None:
    if orm.info.get(_OVERRIDE):
        return
    touched = [*orm.new, *(o for o in orm.dirty if orm.is_modified(o)), *orm.deleted]
    if not touched or not _archive_exists(orm):
        return
    people = [o for o in touched if isinstance(o, ParticipantRow) and o not in orm.new]
    for deleting in (False, True):
        group = [_identity(p) for p in people if (p in orm.deleted) is deleting]
        for condition in _any_of(group):
            _people_check(orm, condition, deleting)
    conditions: dict[Table, list[ColumnElement[bool]]] = defaultdict(list)
    for obj in touched:
        if isinstance(obj, ParticipantRow):
            continue
        if obj not in orm.new and _known(obj):
            conditions[obj.__table__].append(_identity(obj))
        for table, condition in _parents(obj):
            conditions[table].append(condition)
    queries = [
        query
        for table, found in conditions.items()
        for condition in _any_of(found)
        if (query := _session_ids(table, condition)) is not None
    ]
    if _any_archived(orm, queries):
        raise ArchivedError(ARCHIVED_SESSION)


def _do_orm_execute(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete) or state.session.info.get(_OVERRIDE):
        return
    statement: Any = state.statement
    # ORM statements carry an annotated copy of the table: find the plain one by name.
    table = SessionRow.metadata.tables.get(getattr(statement.table, "name", ""))
    if table is None or not _archive_exists(state.session):
        return
    where = statement.whereclause if statement.whereclause is not None else true()
    if table is ParticipantRow.__table__:
        _people_check(state.session, where, deleting=state.is_delete)
        return
    query = _session_ids(table, where)
    if query is not None and _any_archived(state.session, [query]):
        raise ArchivedError(ARCHIVED_SESSION)


def install(factory: sessionmaker[Session]) -> None:
    """Guard every ORM session made by ``factory``."""
    from sqlalchemy import event

    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _do_orm_execute)
