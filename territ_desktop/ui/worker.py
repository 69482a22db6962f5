"""Run long work off the GUI thread so the window never freezes."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from territ_desktop.domain.errors import UserError

log = logging.getLogger(__name__)


class Job(QObject):
    """A function to run in the thread pool; its outcome comes back as a signal.

    ``finished`` carries the result, ``failed`` the French message of a UserError, ``crashed``
    the traceback of a bug (already logged).
    """

    finished = Signal(object)
    failed = Signal(str)
    crashed = Signal(str)

    def __init__(self, function: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function

    def start(self) -> None:
        """Queue the job (connect to its signals first)."""
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self._function()
        except UserError as error:
            self.failed.emit(str(error))
        except Exception:
            log.exception("Background job failed")
            self.crashed.emit(traceback.format_exc())
        else:
            self.finished.emit(result)


def wait_for_jobs(timeout_ms: int = 30_000) -> bool:
    """Wait for running jobs (at shutdown, so none is cut off mid-write)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
