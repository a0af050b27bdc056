"""Run coroutines from Qt slots without freezing the window.

Slots stay plain: they call :meth:`TaskRunner.start`, which schedules the coroutine on the
running qasync loop, keeps a strong reference to the task (asyncio only keeps weak ones),
replaces an older task of the same name (a new search cancels the previous search),
disables the widgets that must not be used meanwhile, and hands failures to the window's
error presenter. Cancellation is silent by design.

``busy`` (and ``busy_changed``) count only foreground work — what staff asked for and
wait on. Long-running background tasks (the link poller) are started with
``background=True`` so the window does not look busy forever.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.ui.errors import ErrorPresenter

T = TypeVar("T")
log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """Owns the background tasks of one window (or one account)."""

    busy_changed = Signal(bool)

    def __init__(self, errors: ErrorPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._errors = errors
        self._tasks: dict[str, asyncio.Task[Any]] = {}
        self._busy_widgets: dict[str, list[QWidget]] = {}
        self._background: set[str] = set()

    @property
    def busy(self) -> bool:
        """Some foreground task is running (background tasks do not count)."""
        return any(name not in self._background for name in self._tasks)

    def running_names(self) -> list[str]:
        """Names of the tasks running now (foreground and background)."""
        return [name for name, task in self._tasks.items() if not task.done()]

    def running(self, name: str) -> bool:
        task = self._tasks.get(name)
        return task is not None and not task.done()

    def in_flight(self, name: str) -> bool:
        """Started, and its outcome not yet handed to ``on_success``/``on_error``.

        A finished task's callbacks run one turn of the event loop after it is ``done``:
        wait on this, not on :meth:`running`, to see what the task's result changed.
        """
        return name in self._tasks

    def start(
        self,
        name: str,
        coro: Coroutine[Any, Any, T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], bool] | None = None,
        busy: Iterable[QWidget] = (),
        error_context: str = "",
        background: bool = False,
    ) -> asyncio.Task[T] | None:
        """Start ``coro`` as task ``name``, cancelling an older task of that name.

        ``on_error`` may return True to say it handled the failure itself; otherwise the
        failure goes to the error presenter with ``error_context`` as its headline.
        ``background`` tasks do not make the runner ``busy``. None when no event loop is
        left to run it on (the app is closing).
        """
        self.cancel(name)
        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:
            # A Qt timer fired after the window's event loop ended (the app is closing):
            # there is nothing to run it on, so close it rather than leave it unawaited.
            coro.close()
            log.info("task %s not started: no event loop any more", name)
            return None
        task: asyncio.Task[T] = loop.create_task(coro, name=name)
        widgets = [w for w in busy]
        for widget in widgets:
            widget.setEnabled(False)
        was_busy = self.busy
        self._tasks[name] = task
        self._busy_widgets[name] = widgets
        if background:
            self._background.add(name)
        else:
            self._background.discard(name)
        if self.busy and not was_busy:
            self.busy_changed.emit(True)
        task.add_done_callback(
            lambda t: self._finished(name, t, on_success, on_error, error_context)
        )
        return task

    def _finished(
        self,
        name: str,
        task: asyncio.Task[T],
        on_success: Callable[[T], None] | None,
        on_error: Callable[[BaseException], bool] | None,
        error_context: str,
    ) -> None:
        if self._tasks.get(name) is task:
            was_busy = self.busy
            del self._tasks[name]
            self._background.discard(name)
            for widget in self._busy_widgets.pop(name, []):
                _enable_if_alive(widget)
            if was_busy and not self.busy:
                self.busy_changed.emit(False)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            if on_success is not None:
                try:
                    on_success(task.result())
                except Exception as exc:  # a bug in a GUI callback must still be seen
                    self._errors.present(exc, error_context)
        elif on_error is None or not on_error(error):
            self._errors.present(error, error_context)

    def cancel(self, name: str) -> None:
        task = self._tasks.get(name)
        if task is not None and not task.done():
            task.cancel()

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            if not task.done():
                task.cancel()

    async def drain(self) -> None:
        """Cancel everything and wait until every task has really ended."""
        tasks = list(self._tasks.values())
        self.cancel_all()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def _enable_if_alive(widget: QWidget) -> None:
    try:
        widget.setEnabled(True)
    except RuntimeError:  # the C++ widget is gone (window closed meanwhile)
        log.debug("busy widget deleted before its task ended")
