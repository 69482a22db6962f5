"""Background work of the Petits groupes tab: the solver with progress and cancel, exports."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from territ_desktop.rotation import ProgressCallback, Score
from territ_desktop.ui.worker import Job

Work = Callable[[ProgressCallback], object]


class _ProgressBridge(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal).

    It has no parent, like the job, so that the worker never emits on a deleted object when the
    window closes mid-search.
    """

    progressed = Signal(float, object)


class SolveRunner(QObject):
    """Runs one piece of work at a time in the thread pool.

    The work receives a progress callback to hand to the solver: it forwards (fraction, best
    score) to ``progressed`` on the GUI thread and returns False once :meth:`cancel` was asked
    (a ``threading.Event``, safe to read from the worker). ``busy_changed`` tells when work
    starts and ends; ``settled`` fires after the result or error was handled.
    """

    progressed = Signal(float, object)
    busy_changed = Signal(bool)
    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._running: set[Job] = set()
        self._bridges: set[_ProgressBridge] = set()
        # Set when the tab goes away: the search stops and nothing more is delivered.
        self._gone = gone = threading.Event()
        cancel = self._cancel

        def stop(*_args: object) -> None:
            gone.set()
            cancel.set()

        self.destroyed.connect(stop)

    @property
    def busy(self) -> bool:
        """Whether some work is running."""
        return bool(self._running)

    @property
    def cancelled(self) -> bool:
        """Whether the running work was asked to stop."""
        return self._cancel.is_set()

    def start(
        self,
        work: Work,
        on_result: Callable[[object], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``work(progress)`` in the pool; ``on_result`` or ``on_error`` on the GUI thread."""
        if self.busy:
            raise RuntimeError("SolveRunner is already running something")
        self._cancel.clear()
        cancel = self._cancel
        bridge = _ProgressBridge()
        bridge.progressed.connect(self.progressed)

        def progress(fraction: float, best: Score) -> bool:
            bridge.progressed.emit(fraction, best)
            return not cancel.is_set()

        job = Job(lambda: work(progress))  # no parent: it must outlive a closed window
        self._running.add(job)
        self._bridges.add(bridge)

        gone = self._gone

        def settle() -> bool:
            if gone.is_set():
                return False
            self._running.discard(job)
            self._bridges.discard(bridge)
            self.busy_changed.emit(False)
            return True

        def finished(result: object) -> None:
            if settle():
                on_result(result)
                self.settled.emit()

        def failed(message: str) -> None:
            if settle():
                on_error(message)
                self.settled.emit()

        def crashed(details: str) -> None:
            if settle():
                self.settled.emit()
            raise RuntimeError(f"Background work failed:\n{details}")

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.crashed.connect(crashed)
        self.busy_changed.emit(True)
        job.start()

    def cancel(self) -> None:
        """Ask the running search to stop (it returns at its next progress report)."""
        self._cancel.set()
