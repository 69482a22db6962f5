"""Plain domain values: no Qt, no SQLAlchemy.

Everything above this package (storage, services, rotation, importing, export, ui) speaks in
these values. They are frozen dataclasses, so a widget can hold one without holding a database.

Names are re-exported lazily (PEP 562): importing one submodule, such as
``territ_desktop.domain.errors``, does not load the others, which keeps start-up short.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "AttendanceRecord": "territ_desktop.domain.attendance",
    "AttendanceStatus": "territ_desktop.domain.attendance",
    "Audience": "territ_desktop.domain.audience",
    "DatabaseTooNewError": "territ_desktop.domain.errors",
    "Day": "territ_desktop.domain.session",
    "HalfDay": "territ_desktop.domain.session",
    "ItemKind": "territ_desktop.domain.session",
    "NotFoundError": "territ_desktop.domain.errors",
    "Participant": "territ_desktop.domain.participant",
    "Period": "territ_desktop.domain.session",
    "ProgrammeItem": "territ_desktop.domain.session",
    "Session": "territ_desktop.domain.session",
    "SessionKind": "territ_desktop.domain.session",
    "Trainer": "territ_desktop.domain.session",
    "TrainerRole": "territ_desktop.domain.session",
    "TrainingModule": "territ_desktop.domain.session",
    "UserError": "territ_desktop.domain.errors",
    "ValidationError": "territ_desktop.domain.errors",
    "attended_minutes": "territ_desktop.domain.attendance",
    "audience_label": "territ_desktop.domain.audience",
    "fold": "territ_desktop.domain.participant",
    "format_last_name": "territ_desktop.domain.participant",
    "new_id": "territ_desktop.domain.ids",
    "planned_minutes": "territ_desktop.domain.attendance",
}

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


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
