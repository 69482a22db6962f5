"""Use cases. Each public method is one user action: one database session, domain values out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from territ_desktop.services.attendance import AttendanceService
from territ_desktop.services.backups import BackupService
from territ_desktop.services.importing import ImportService
from territ_desktop.services.notes import NotesService
from territ_desktop.services.participants import ParticipantService
from territ_desktop.services.privacy import PrivacyService
from territ_desktop.services.programme import ProgrammeService
from territ_desktop.services.rotations import RotationService
from territ_desktop.services.sessions import SessionService
from territ_desktop.services.summary import SummaryService
from territ_desktop.storage.database import Database


@dataclass(frozen=True)
class Services:
    """Every service the UI and the command line use, built once by the composition root."""

    database: Database
    sessions: SessionService
    programme: ProgrammeService
    participants: ParticipantService
    attendance: AttendanceService
    notes: NotesService
    importing: ImportService
    rotations: RotationService
    summary: SummaryService
    backups: BackupService
    privacy: PrivacyService

    @classmethod
    def build(cls, database: Database, backup_dir: Path | None = None) -> Services:
        """Wire every service to one database (``backup_dir``: its backups folder)."""
        attendance = AttendanceService(database)
        notes = NotesService(database)
        rotations = RotationService(database, attendance)
        backups = BackupService.for_database(database, backup_dir)
        return cls(
            database=database,
            sessions=SessionService(database),
            programme=ProgrammeService(database),
            participants=ParticipantService(database),
            attendance=attendance,
            notes=notes,
            importing=ImportService(database),
            rotations=rotations,
            summary=SummaryService(database, attendance, notes, rotations),
            backups=backups,
            privacy=PrivacyService(database, backups),
        )
