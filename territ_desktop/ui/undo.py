"""Undoable edits: each command replays service calls, never holds ORM objects."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from territ_desktop.domain.errors import UserError
from territ_desktop.ui import messages


class ServiceCommand(QUndoCommand):
    """An edit already applied once, that undo/redo can replay through the services.

    The action runs before the command is pushed (so a refused edit never enters the stack);
    the first ``redo`` that ``QUndoStack.push`` triggers is therefore skipped.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._refresh = refresh
        self._applied = True

    def redo(self) -> None:
        """Apply the edit again (skipped right after the push: it was just applied)."""
        if self._applied:
            self._applied = False
        else:
            self._run(self._redo)
        self._refresh()

    def undo(self) -> None:
        """Revert the edit."""
        self._run(self._undo)
        self._refresh()

    def _run(self, step: Callable[[], object]) -> None:
        try:
            step()
        except UserError as error:
            # The data changed under us (e.g. the session was deleted): say so, keep going.
            self.setObsolete(True)
            messages.show_error(None, str(error))
