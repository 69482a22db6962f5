"""Personal data over time (RGPD): retention periods, archiving, anonymisation, erasure.

Each method is one user action and one transaction. Applying retention and erasing someone
first take a backup (``avant-rgpd``), then archive and anonymise in one unit of work with the
archive guard lifted, then empty the write-ahead log so that no erased name stays in the
database files (``secure_delete`` already zeroes the freed space). The rules themselves are in
:mod:`territ_desktop.domain.retention`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from territ_desktop.domain.errors import NotFoundError, UserError
from territ_desktop.domain.personal_data import PersonalData
from territ_desktop.domain.retention import (
    DEFAULT_RETENTION_YEARS,
    PersonRecord,
    PrivacyPlan,
    SessionRetention,
    check_years,
    effective_years,
    funder_key,
    plan_privacy,
)
from territ_desktop.services.anonymise import anonymise_people
from territ_desktop.services.backups import BackupService
from territ_desktop.services.personal_data import load_personal_data
from territ_desktop.storage.archive_guard import allow_archived_changes
from territ_desktop.storage.backups import BEFORE_PRIVACY
from territ_desktop.storage.database import Database
from territ_desktop.storage.models import (
    AttendanceRow,
    DayRow,
    EnrolmentRow,
    FunderRetentionRow,
    HalfDayRow,
    ParticipantRow,
    SessionRow,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FunderRule:
    """A funder's retention period."""

    funder: str
    years: int


@dataclass(frozen=True)
class PrivacyReport:
    """What applying retention (or erasing one person) did."""

    archived: int
    anonymised: int
    deleted: int
    backup: Path | None


class PrivacyService:
    """Retention periods, the privacy plan and its application, erasure on request."""

    def __init__(
        self,
        database: Database,
        backups: BackupService,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        self._db = database
        self._backups = backups
        self._clock = clock

    def _now(self) -> dt.datetime:
        return self._clock().replace(microsecond=0)

    # -- reading -------------------------------------------------------------------------------

    def _rules(self, orm: OrmSession) -> dict[str, int]:
        return {r.funder_key: r.years for r in orm.scalars(select(FunderRetentionRow))}

    def _retentions(self, orm: OrmSession) -> list[SessionRetention]:
        rules = self._rules(orm)
        ends = dict(
            orm.execute(
                select(DayRow.session_id, func.max(DayRow.date)).group_by(DayRow.session_id)
            ).all()
        )
        counts = dict(
            orm.execute(
                select(EnrolmentRow.session_id, func.count()).group_by(EnrolmentRow.session_id)
            ).all()
        )
        found = []
        for row in orm.scalars(select(SessionRow)):
            end = ends.get(row.id) or (row.created_at or self._now()).date()
            found.append(
                SessionRetention(
                    session_id=row.id,
                    title=row.title,
                    end=end,
                    own_years=row.retention_years,
                    years=effective_years(row.retention_years, row.funders, rules),
                    archived_at=row.archived_at,
                    anonymised_at=row.anonymised_at,
                    participants=counts.get(row.id, 0),
                )
            )
        found.sort(key=lambda s: (s.expires, s.title))
        return found

    def _people(self, orm: OrmSession) -> list[PersonRecord]:
        sessions: dict[str, set[str]] = defaultdict(set)
        for person, session in orm.execute(
            select(EnrolmentRow.participant_id, EnrolmentRow.session_id)
        ):
            sessions[person].add(session)
        attended = (
            select(AttendanceRow.participant_id, DayRow.session_id)
            .join(HalfDayRow, HalfDayRow.id == AttendanceRow.half_day_id)
            .join(DayRow, DayRow.id == HalfDayRow.day_id)
            .distinct()
        )
        for person, session in orm.execute(attended):
            sessions[person].add(session)
        return [
            PersonRecord(
                participant_id=row.id,
                printed_name=f"{row.last_name.upper()} {row.first_name}".strip(),
                session_ids=frozenset(sessions.get(row.id, ())),
                anonymised=row.anonymised_at is not None,
                last_change=(row.updated_at or row.created_at or self._now()).date(),
            )
            for row in orm.scalars(select(ParticipantRow))
        ]

    def overview(self) -> list[SessionRetention]:
        """Every session with its end, period and expiry, the soonest to expire first."""
        with self._db.unit_of_work() as orm:
            return self._retentions(orm)

    def plan(self, today: dt.date | None = None) -> PrivacyPlan:
        """What applying retention would do on ``today`` (a preview: nothing is written)."""
        with self._db.unit_of_work() as orm:
            return plan_privacy(
                self._retentions(orm), self._people(orm), today or self._now().date()
            )

    # -- settings ------------------------------------------------------------------------------

    def set_session_retention(self, session_id: str, years: int) -> int:
        """Set a session's own retention period; return the previous one (for undo)."""
        check_years(years)
        with self._db.unit_of_work() as orm:
            row = orm.get(SessionRow, session_id)
            if row is None:
                raise NotFoundError("Cette session n'existe plus (elle a peut-être été supprimée).")
            previous = row.retention_years
            row.retention_years = years
            return previous

    def funder_rules(self) -> list[FunderRule]:
        """The retention periods set per funder, by name."""
        with self._db.unit_of_work() as orm:
            rows = orm.scalars(select(FunderRetentionRow).order_by(FunderRetentionRow.funder_key))
            return [FunderRule(r.funder, r.years) for r in rows]

    def known_funders(self) -> list[str]:
        """The funders named by sessions or by rules, each once, by name."""
        with self._db.unit_of_work() as orm:
            names = {
                funder_key(r.funder): r.funder for r in orm.scalars(select(FunderRetentionRow))
            }
            for funders in orm.scalars(select(SessionRow.funders)):
                for name in funders or ():
                    if name.strip():
                        names.setdefault(funder_key(name), name.strip())
        return sorted(names.values(), key=funder_key)

    def set_funder_retention(self, funder: str, years: int | None) -> None:
        """Set (or with None remove) a funder's retention period.

        A session keeps its records for the longest of its own period and its funders'.
        """
        key = funder_key(funder)
        if not key:
            raise UserError("Indiquez le nom du financeur.")
        with self._db.unit_of_work() as orm:
            row = orm.get(FunderRetentionRow, key)
            if years is None:
                if row is not None:
                    orm.delete(row)
                return
            check_years(years)
            if row is None:
                row = FunderRetentionRow(funder_key=key)
                orm.add(row)
            row.funder = funder.strip()
            row.years = years

    # -- applying ------------------------------------------------------------------------------

    def apply(self, today: dt.date | None = None) -> PrivacyReport:
        """Archive the sessions due, anonymise the people due, delete idle contacts.

        A backup is taken first; nothing is done (and no backup taken) when nothing is due.
        """
        plan = self.plan(today)
        if plan.empty:
            return PrivacyReport(0, 0, 0, None)
        return self._carry_out(plan)

    def _carry_out(self, plan: PrivacyPlan) -> PrivacyReport:
        backup = None
        if self._backups.available:
            backup = self._backups.make(BEFORE_PRIVACY).path
        now = self._now()
        with self._db.unit_of_work() as orm:
            allow_archived_changes(orm)
            archive_ids = [s.session_id for s in plan.archive]
            for row in orm.scalars(select(SessionRow).where(SessionRow.id.in_(archive_ids))):
                row.archived_at = row.archived_at or now
            anonymise_people(orm, [p.participant_id for p in plan.anonymise], now)
            for person in plan.delete:
                gone = orm.get(ParticipantRow, person.participant_id)
                if gone is not None:
                    orm.delete(gone)
            for row in orm.scalars(
                select(SessionRow).where(SessionRow.id.in_(plan.mark_anonymised))
            ):
                row.anonymised_at = now
        self._forget_old_pages()
        log.info(
            "RGPD : %d session(s) archivée(s), %d personne(s) anonymisée(s), %d supprimée(s)",
            len(plan.archive),
            len(plan.anonymise),
            len(plan.delete),
        )
        return PrivacyReport(len(plan.archive), len(plan.anonymise), len(plan.delete), backup)

    def _forget_old_pages(self) -> None:
        """Empty the write-ahead log, where the previous versions of the pages still are."""
        if self._db.path is None:
            return
        with self._db.engine.connect() as connection:
            busy, _log, _done = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        if busy:
            log.warning("Journal WAL non vidé (base occupée) : il le sera à la fermeture")

    def erase_participant(self, participant_id: str, today: dt.date | None = None) -> PrivacyReport:
        """Erase a person's data at their request, where no proof duty remains.

        Someone in no session is deleted. Someone whose sessions are all past their retention
        period is anonymised (their sessions archived first); their attendance stays counted,
        anonymously. Someone in a session still kept as proof is refused, with the date.
        """
        today = today or self._now().date()
        with self._db.unit_of_work() as orm:
            row = orm.get(ParticipantRow, participant_id)
            if row is None:
                raise NotFoundError("Cette personne n'existe plus dans l'annuaire.")
            if row.anonymised_at is not None:
                raise UserError("Les données de cette personne sont déjà anonymisées.")
            retentions = self._retentions(orm)
            people = self._people(orm)
        person = next(p for p in people if p.participant_id == participant_id)
        if not person.session_ids:
            plan = PrivacyPlan(today, delete=(person,))
        else:
            plan = plan_privacy(retentions, people, today, scope={participant_id})
        if participant_id in plan.kept_for:
            raise UserError(self._still_kept(person, retentions, plan.kept_for[participant_id]))
        return self._carry_out(plan)

    @staticmethod
    def _still_kept(person: PersonRecord, sessions: list[SessionRetention], until: dt.date) -> str:
        live = [s for s in sessions if s.session_id in person.session_ids and s.archived_at is None]
        titles = ", ".join(f"« {s.title} »" for s in live[:3])
        more = f" et {len(live) - 3} autre(s)" if len(live) > 3 else ""
        return (
            f"Les données de {person.printed_name} servent encore de preuve de présence pour "
            f"{titles}{more} : elles doivent être conservées jusqu'au {until:%d/%m/%Y} "
            f"(durée de conservation, {DEFAULT_RETENTION_YEARS} ans par défaut après la fin de "
            "la session). Elles pourront être effacées à partir de cette date ; vous pouvez "
            "déjà exporter ses données."
        )

    # -- right of access ------------------------------------------------------------------------

    def personal_data(self, participant_id: str) -> PersonalData:
        """Everything stored about one participant."""
        with self._db.unit_of_work() as orm:
            return load_personal_data(orm, participant_id, self._retentions(orm))

    def export_personal_data(self, participant_id: str, target: Path) -> Path:
        """Write everything stored about one participant to an XLSX workbook."""
        from territ_desktop.export.personal_data_workbook import write_personal_data_xlsx

        if Path(target).suffix.lower() != ".xlsx":
            raise UserError("Choisissez un nom de fichier en .xlsx.")
        return write_personal_data_xlsx(self.personal_data(participant_id), target)
