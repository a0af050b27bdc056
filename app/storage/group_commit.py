"""Many callers' small writes committed together, by one worker thread.

A bulk capture runs a dozen money moves at once, and each writes its journal row before
sending and settles it after. One transaction (and one sync to disk) per write, each in
a worker thread of its own, costs more CPU than the HTTP request it guards. Here the
writes wait in a queue; a single worker takes every write that arrived while the last
commit ran and runs them in one transaction.

Each caller still gets its answer only once its write is committed (durable on return,
as before), and each keeps its own result or error: when a step fails, the shared
transaction is rolled back and every step is run again on its own, so one caller's error
is never another's. When the transaction itself cannot begin or commit (the database is
away), every step of the group gets that error at once: a commit that failed may still
have landed, so nothing is run a second time.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from app.storage.backend import Session, StoreDatabase

__all__ = ["GroupCommit"]

T = TypeVar("T")
_Step = tuple[Callable[[Session], Any], "Future[Any]"]


class GroupCommit:
    """A queue of steps (each a function of the open transaction) and the worker that
    commits them in groups. Started on first use; :meth:`close` lets it finish the queue."""

    def __init__(self, database: StoreDatabase, name: str) -> None:
        self._database = database
        self._name = name
        self._lock = threading.Lock()
        self._worker: tuple[threading.Thread, queue.SimpleQueue[_Step | None]] | None = None

    def submit(self, step: Callable[[Session], T]) -> Future[T]:
        """Run ``step`` in the next group's transaction; the future ends after the commit."""
        future: Future[T] = Future()
        with self._lock:
            if self._worker is None:
                steps: queue.SimpleQueue[_Step | None] = queue.SimpleQueue()
                thread = threading.Thread(
                    target=self._run, args=(steps,), name=self._name, daemon=True
                )
                thread.start()
                self._worker = (thread, steps)
            self._worker[1].put((step, future))
        return future

    def close(self) -> None:
        """Commit what is queued, then stop the worker (a later ``submit`` starts another)."""
        with self._lock:
            worker, self._worker = self._worker, None
            if worker is None:
                return
            thread, steps = worker
            steps.put(None)
        thread.join()

    def _run(self, steps: queue.SimpleQueue[_Step | None]) -> None:
        try:
            while True:
                first = steps.get()
                if first is None:
                    return
                group, stop = [first], False
                while not stop:
                    try:
                        more = steps.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        stop = True
                    else:
                        group.append(more)
                self._commit([s for s in group if s[1].set_running_or_notify_cancel()])
                if stop:
                    return
        except BaseException as error:  # never expected; no caller may wait forever
            self._abandon(steps, error)
            raise

    def _abandon(self, steps: queue.SimpleQueue[_Step | None], error: BaseException) -> None:
        """The worker stopped unexpectedly: fail what waits, and let the next submit start
        a new worker."""
        with self._lock:
            if self._worker is not None and self._worker[1] is steps:
                self._worker = None
        while True:
            try:
                item = steps.get_nowait()
            except queue.Empty:
                return
            if item is not None and item[1].set_running_or_notify_cancel():
                item[1].set_exception(RuntimeError(f"the {self._name} worker stopped: {error!r}"))

    def _commit(self, group: list[_Step]) -> None:
        if len(group) > 1:
            step_failed = False
            try:
                with self._database.write() as session:
                    results = []
                    for step, _ in group:
                        try:
                            results.append(step(session))
                        except BaseException:
                            step_failed = True
                            raise
            except BaseException as error:
                if not step_failed:
                    # The transaction itself could not begin or commit: the same for every
                    # step, and a commit that failed may still have landed, so none runs again.
                    for _, future in group:
                        future.set_exception(error)
                    return
                # A step failed: the group was rolled back; each runs again alone below.
            else:
                for (_, future), result in zip(group, results, strict=True):
                    future.set_result(result)
                return
        for step, future in group:
            try:
                with self._database.write() as session:
                    result = step(session)
            except BaseException as error:  # handed to the caller
                future.set_exception(error)
            else:
                future.set_result(result)
