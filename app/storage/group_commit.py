"""Many callers' small writes committed together, by one worker thread.

A bulk capture runs a dozen money moves at once, and each writes its journal row before
sending and settles it after. One transaction (and one sync to disk) per write, each in
a worker thread of its own, costs more CPU than the HTTP request it guards. Here the
writes wait in a queue; a single worker takes every write that arrived while the last
commit ran and runs them in one transaction.

A caller on an asyncio loop (:meth:`GroupCommit.submit_awaitable`) is woken with the
rest of its group: one call into the loop per group, not one per write (each such call
is a system call, and a wait for the loop thread's interpreter lock).

Each caller still gets its answer only once its write is committed (durable on return,
as before), and each keeps its own result or error: when a step fails, the shared
transaction is rolled back and every step is run again on its own, so one caller's error
is never another's. When the transaction itself cannot begin or commit (the database is
away), every step of the group gets that error at once: a commit that failed may still
have landed, so nothing is run a second time.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from app.storage.backend import Session, StoreDatabase

__all__ = ["GroupCommit"]

T = TypeVar("T")
_Waiter = tuple[asyncio.AbstractEventLoop, "asyncio.Future[Any]"]
_Step = tuple[Callable[[Session], Any], "Future[Any]", _Waiter | None]


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
        self._enqueue((step, future, None))
        return future

    def submit_awaitable(self, step: Callable[[Session], T]) -> asyncio.Future[T]:
        """``submit`` for a caller on the running asyncio loop. Cancelling the awaitable
        before the worker takes the step cancels the step, as ``asyncio.wrap_future``."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[T] = loop.create_future()
        future: Future[T] = Future()
        waiter.add_done_callback(lambda w: future.cancel() if w.cancelled() else None)
        self._enqueue((step, future, (loop, waiter)))
        return waiter

    def _enqueue(self, item: _Step) -> None:
        with self._lock:
            if self._worker is None:
                steps: queue.SimpleQueue[_Step | None] = queue.SimpleQueue()
                thread = threading.Thread(
                    target=self._run, args=(steps,), name=self._name, daemon=True
                )
                thread.start()
                self._worker = (thread, steps)
            self._worker[1].put(item)

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
                try:
                    self._commit([s for s in group if s[1].set_running_or_notify_cancel()])
                except BaseException as error:  # never expected: fail the group, then stop
                    for _, future, _ in group:
                        if not future.done():
                            future.set_exception(
                                RuntimeError(f"the {self._name} worker stopped: {error!r}")
                            )
                    raise
                finally:
                    _wake(group)
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
        left: list[_Step] = []
        while True:
            try:
                item = steps.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                left.append(item)
                if item[1].set_running_or_notify_cancel():
                    item[1].set_exception(
                        RuntimeError(f"the {self._name} worker stopped: {error!r}")
                    )
        _wake(left)

    def _commit(self, group: list[_Step]) -> None:
        if len(group) > 1:
            step_failed = False
            try:
                with self._database.write() as session:
                    results = []
                    for step, _, _ in group:
                        try:
                            results.append(step(session))
                        except BaseException:
                            step_failed = True
                            raise
            except BaseException as error:
                if not step_failed:
                    # The transaction itself could not begin or commit: the same for every
                    # step, and a commit that failed may still have landed, so none runs again.
                    for _, future, _ in group:
                        future.set_exception(error)
                    return
                # A step failed: the group was rolled back; each runs again alone below.
            else:
                for (_, future, _), result in zip(group, results, strict=True):
                    future.set_result(result)
                return
        for step, future, _ in group:
            try:
                with self._database.write() as session:
                    result = step(session)
            except BaseException as error:  # handed to the caller
                future.set_exception(error)
            else:
                future.set_result(result)


def _wake(steps: list[_Step]) -> None:
    """Hand the finished steps' outcomes to their asyncio callers: one call per loop."""
    by_loop: dict[asyncio.AbstractEventLoop, list[tuple[Future[Any], asyncio.Future[Any]]]] = {}
    for _, future, waiter in steps:
        if waiter is not None:
            by_loop.setdefault(waiter[0], []).append((future, waiter[1]))
    for loop, pairs in by_loop.items():
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody waits any more
            loop.call_soon_threadsafe(_copy_outcomes, pairs)


def _copy_outcomes(pairs: list[tuple[Future[Any], asyncio.Future[Any]]]) -> None:
    """On the loop: each caller its own outcome; one that cannot be handed over (an
    asyncio future refuses ``StopIteration``) never keeps the others waiting."""
    for future, waiter in pairs:
        if waiter.done():
            continue
        try:
            if not future.done():  # the worker broke off in the middle of the group
                waiter.set_exception(RuntimeError("the journal worker stopped"))
            elif future.cancelled():
                waiter.cancel()
            elif (error := future.exception()) is not None:
                waiter.set_exception(error)
            else:
                waiter.set_result(future.result())
        except Exception as refused:
            waiter.set_exception(RuntimeError(f"a journal step ended with {refused!r}"))
