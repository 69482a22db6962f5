"""Labels of domain codes in the user's language.

The domain holds the French labels (printed on French documents); the window passes them through
Qt's translation system under the context ``labels`` (catalogue built by
``packaging/update_translations.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from territ_desktop.domain.attendance import STATUS_LABELS, AttendanceStatus
from territ_desktop.domain.audience import AUDIENCE_LABELS, Audience
from territ_desktop.domain.session import (
    ITEM_KIND_LABELS,
    PERIOD_LABELS,
    SESSION_KIND_LABELS,
    TRAINER_ROLE_LABELS,
    ItemKind,
    Period,
    SessionKind,
    TrainerRole,
)

CONTEXT = "labels"

ALL_LABELS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [
            *AUDIENCE_LABELS.values(),
            *ITEM_KIND_LABELS.values(),
            *PERIOD_LABELS.values(),
            *SESSION_KIND_LABELS.values(),
            *TRAINER_ROLE_LABELS.values(),
            *STATUS_LABELS.values(),
        ]
    )
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def audience(code: Audience | str) -> str:
    """Label of an audience type."""
    return _tr(AUDIENCE_LABELS[Audience(code)])


def item_kind(kind: ItemKind) -> str:
    """Label of a programme item kind."""
    return _tr(ITEM_KIND_LABELS[kind])


def period(value: Period) -> str:
    """Label of a half-day period."""
    return _tr(PERIOD_LABELS[value])


def session_kind(kind: SessionKind) -> str:
    """Label of a session kind."""
    return _tr(SESSION_KIND_LABELS[kind])


def trainer_role(role: TrainerRole) -> str:
    """Label of a trainer role."""
    return _tr(TRAINER_ROLE_LABELS[role])


def attendance_status(status: AttendanceStatus) -> str:
    """Label of an attendance status."""
    return _tr(STATUS_LABELS[status])
