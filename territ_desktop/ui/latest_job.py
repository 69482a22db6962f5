"""Background work where only the latest request counts (previews redone as the user types)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from territ_desktop.ui.worker import Job


class LatestJob(QObject):
    """Runs functions in the thread pool; a result arrives only if no newer one was asked for.

    ``busy_changed`` tells when work starts and when the latest one ends. After :meth:`stop`
    (the window closed) nothing more is delivered. A UserError goes to ``on_error``; a bug is
    raised again on the GUI thread, where the error dialog shows it.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running: set[Job] = set()
        self._pending = False
        self._stopped = False

    @property
    def busy(self) -> bool:
        """Whether the latest work has not delivered its outcome yet."""
        return self._pending

    def start(
        self,
        work: Callable[[], object],
        on_result: Callable[[object], None],
        on_error: Callable[[str], None],
    ) -> None:
        """Run ``work`` in the pool; ``on_result`` or ``on_error`` then run on the GUI thread."""
        if self._stopped:
            return
        self._generation += 1
        generation = self._generation
        job = Job(work)  # no parent: it must outlive a window closed while it runs
        self._running.add(job)

        def settle() -> bool:
            self._running.discard(job)
            # Deleted here, on the GUI thread it belongs to: the pool thread may hold the last
            # Python reference, and a QObject must not be destroyed from another thread.
            job.deleteLater()
            current = not self._stopped and generation == self._generation
            if current:
                self._pending = False
                self.busy_changed.emit(False)
            return current

        def finished(result: object) -> None:
            if settle():
                on_result(result)

        def failed(message: str) -> None:
            if settle():
                on_error(message)

        def crashed(details: str) -> None:
            settle()
            raise RuntimeError(f"Background work failed:\n{details}")

        job.finished.connect(finished)
        job.failed.connect(failed)
        job.crashed.connect(crashed)
        self._pending = True
        self.busy_changed.emit(True)
        job.start()

    def stop(self) -> None:
        """Deliver nothing more (work already running finishes unseen)."""
        self._stopped = True
        self._pending = False
