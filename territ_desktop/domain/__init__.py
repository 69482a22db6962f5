"""Plain domain values: no Qt, no SQLAlchemy.

Everything above this package (storage, services, rotation, importing, export, ui) speaks in
these values. They are frozen dataclasses, so a widget can hold one without holding a database.
"""

from territ_desktop.domain.attendance import (
    AttendanceRecord,
    AttendanceStatus,
    attended_minutes,
    planned_minutes,
)
from territ_desktop.domain.audience import Audience, audience_label
from territ_desktop.domain.errors import (
    DatabaseTooNewError,
    NotFoundError,
    UserError,
    ValidationError,
)
from territ_desktop.domain.ids import new_id
from territ_desktop.domain.participant import Participant, fold, format_last_name
from territ_desktop.domain.session import (
    Day,
    HalfDay,
    ItemKind,
    Period,
    ProgrammeItem,
    Session,
    SessionKind,
    Trainer,
    TrainerRole,
    TrainingModule,
)

__all__ = [
    "AttendanceRecord",
    "AttendanceStatus",
    "Audience",
    "DatabaseTooNewError",
    "Day",
    "HalfDay",
    "ItemKind",
    "NotFoundError",
    "Participant",
    "Period",
    "ProgrammeItem",
    "Session",
    "SessionKind",
    "Trainer",
    "TrainerRole",
    "TrainingModule",
    "UserError",
    "ValidationError",
    "attended_minutes",
    "audience_label",
    "fold",
    "format_last_name",
    "new_id",
    "planned_minutes",
]
