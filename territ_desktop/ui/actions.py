"""Run a user action and turn a UserError into a message instead of a crash."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from territ_desktop.domain.errors import UserError
from territ_desktop.ui import messages

_T = TypeVar("_T")


def attempt(parent: QWidget | None, action: Callable[[], _T]) -> _T | None:
    """Run ``action``; on a UserError show its French message and return None."""
    try:
        return action()
    except UserError as error:
        messages.show_error(parent, str(error))
        return None
