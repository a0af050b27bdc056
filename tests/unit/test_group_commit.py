"""Grouped journal writes: committed together, each caller with its own result or error."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest

from app.storage.backend import Session
from app.storage.errors import StorageError
from app.storage.group_commit import GroupCommit
from app.storage.journal import Journal, JournalAttempt, JournalError, JournalOperation, Outcome
from app.storage.sqlite_db import Database
from tests.storage_backends import StoreBackend

WAIT_S = 30.0


def _attempt(target: str) -> JournalAttempt:
    return JournalAttempt(
        operator="kari",
        account_id="T12345678",
        environment="test",
        operation=JournalOperation.CAPTURE,
        target_id=target,
        amount=10_000,
        currency="NOK",
        reference=f"ref-{target}",
    )


def _recording(target: str) -> Callable[[Journal], int]:
    return lambda journal: journal.record_attempt(_attempt(target))


class _Gate:
    """A step that holds the worker inside its transaction until released, so that the
    steps queued meanwhile form the next group."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, journal: Journal) -> None:
        self.entered.set()
        assert self.release.wait(WAIT_S)

    def hold(self, journal: Journal) -> Future[None]:
        """Queue the gate and wait until the worker is inside it."""
        held = journal.queue(self)
        assert self.entered.wait(WAIT_S)
        return held


def _rows(journal: Journal, target_prefix: str) -> list[str]:
    return sorted(e.target_id for e in journal.query() if e.target_id.startswith(target_prefix))


def test_queued_writes_are_committed_and_visible_to_another_desk_when_answered(
    backend: StoreBackend,
) -> None:
    journal = backend.journal()
    gate = _Gate()
    held = gate.hold(journal)
    futures = [journal.queue(_recording(f"tx-{n}")) for n in range(12)]
    gate.release.set()
    held.result(WAIT_S)
    ids = [f.result(WAIT_S) for f in futures]

    assert len(set(ids)) == 12
    other = backend.another_desk().journal()
    assert _rows(other, "tx-") == sorted(f"tx-{n}" for n in range(12))
    settled = journal.queue(lambda j: j.settle(ids[0], Outcome.SUCCEEDED, request_id="r-1"))
    assert settled.result(WAIT_S) is Outcome.SUCCEEDED
    assert other.get(ids[0]).outcome is Outcome.SUCCEEDED
    journal.close()
    other.close()


def test_a_failing_step_fails_alone_and_its_group_is_written_exactly_once(
    backend: StoreBackend,
) -> None:
    journal = backend.journal()
    gate = _Gate()
    held = gate.hold(journal)

    def half_written(j: Journal) -> int:
        j.record_attempt(_attempt("tx-broken"))
        raise ValueError("the step broke after writing")

    before = journal.queue(lambda j: j.record_attempt(_attempt("tx-before")))
    broken = journal.queue(half_written)
    missing = journal.queue(lambda j: j.settle(999_999, Outcome.SUCCEEDED))
    after = journal.queue(lambda j: j.record_attempt(_attempt("tx-after")))
    gate.release.set()
    held.result(WAIT_S)

    assert isinstance(before.result(WAIT_S), int)
    assert isinstance(after.result(WAIT_S), int)
    with pytest.raises(ValueError, match="broke after writing"):
        broken.result(WAIT_S)
    with pytest.raises(Exception, match="999999 does not exist"):
        missing.result(WAIT_S)
    # The group was rolled back and each step run again alone: no row twice, and
    # nothing of the broken step.
    assert _rows(journal, "tx-") == ["tx-after", "tx-before"]
    journal.close()


class _CountingDatabase(Database):
    """A real journal file that counts its write transactions."""

    writes = 0

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        self.writes += 1
        with super().write() as connection:
            yield connection


def test_steps_queued_while_a_commit_runs_share_one_transaction(tmp_path: Path) -> None:
    journal = Journal.in_directory(tmp_path)
    database = _CountingDatabase(tmp_path / "grouped.sqlite3", journal._db.schema)
    database.open()
    group = GroupCommit(database, "test group")
    entered, release = threading.Event(), threading.Event()

    def hold(_session: object) -> None:
        entered.set()
        assert release.wait(WAIT_S)

    held = group.submit(hold)
    assert entered.wait(WAIT_S)

    def select(n: int) -> Callable[[Session], int]:
        return lambda session: int(session.execute("SELECT ? AS n", (n,)).fetchone()["n"])

    futures: list[Future[int]] = [group.submit(select(n)) for n in range(20)]
    release.set()
    held.result(WAIT_S)
    assert [f.result(WAIT_S) for f in futures] == list(range(20))
    assert database.writes == 2  # the held step's, then one for all twenty
    group.close()
    database.close()
    journal.close()


def test_close_commits_what_is_queued_and_a_later_step_starts_a_new_worker(
    tmp_path: Path,
) -> None:
    journal = Journal.in_directory(tmp_path)
    gate = _Gate()
    gate.hold(journal)
    queued = [journal.queue(_recording(f"q-{n}")) for n in range(3)]
    closing = threading.Thread(target=journal.close)
    closing.start()
    gate.release.set()
    closing.join(WAIT_S)
    assert not closing.is_alive()
    assert all(f.done() and f.exception() is None for f in queued)

    reopened = Journal.in_directory(tmp_path)
    assert _rows(reopened, "q-") == ["q-0", "q-1", "q-2"]
    later = reopened.queue(lambda j: j.record_attempt(_attempt("q-later")))
    assert isinstance(later.result(WAIT_S), int)
    reopened.close()
    # A closed journal stays closed: a step queued now gets that error, it never hangs.
    with pytest.raises(JournalError, match="was closed"):
        reopened.queue(lambda j: len(j.query())).result(WAIT_S)
    reopened.close()


def test_a_queued_step_cannot_queue_another_or_close_the_journal(tmp_path: Path) -> None:
    journal = Journal.in_directory(tmp_path)

    def queue_again(j: Journal) -> None:
        j.queue(lambda inner: None)

    nested = journal.queue(queue_again)
    with pytest.raises(RuntimeError, match="cannot queue"):
        nested.result(WAIT_S)
    closing = journal.queue(lambda j: j.close())
    with pytest.raises(RuntimeError, match="cannot close"):
        closing.result(WAIT_S)
    journal.close()


def test_a_transaction_that_cannot_begin_fails_its_whole_group_once(tmp_path: Path) -> None:
    """The database closed under the worker (as when it goes away): every step queued
    gets that error, none runs, and a failed group is not run again step by step (each
    retry would wait for the database again, and a failed commit may have landed)."""
    journal = Journal.in_directory(tmp_path)
    database = _CountingDatabase(tmp_path / "away.sqlite3", journal._db.schema)
    database.open()
    group = GroupCommit(database, "test group")
    ran: list[int] = []

    def step(n: int) -> Callable[[Session], int]:
        def run(_session: Session) -> int:
            ran.append(n)
            return n

        return run

    with database._lock:  # the worker waits for it with its first step alone
        first = group.submit(step(0))
        deadline = time.monotonic() + WAIT_S
        while database.writes == 0 and time.monotonic() < deadline:
            time.sleep(0.001)  # until the worker has entered write() and waits on the lock
        rest = [group.submit(step(n)) for n in range(1, 6)]  # queued: the next group
        database.close()
    for future in [first, *rest]:
        with pytest.raises(StorageError, match="was closed"):
            future.result(WAIT_S)
    assert ran == []
    assert database.writes == 2  # the first step's, then one for the other five together
    group.close()
    journal.close()


class _WakeCountingLoop(asyncio.SelectorEventLoop):
    """A real loop that counts the group worker's calls into it."""

    def __init__(self) -> None:
        super().__init__()
        self.wakes = 0

    def call_soon_threadsafe(  # type: ignore[override]
        self, callback: Any, *args: Any, context: Any = None
    ) -> Any:
        if getattr(callback, "__name__", "") == "_copy_outcomes":
            self.wakes += 1
        return super().call_soon_threadsafe(callback, *args, context=context)


def test_awaiting_callers_are_woken_once_per_group_each_with_its_own_outcome(
    tmp_path: Path,
) -> None:
    """The loop is called once for a whole group (not once per write), each caller
    still gets its own result or error, and a wait cancelled before the worker took
    its step cancels the step."""
    journal = Journal.in_directory(tmp_path)
    gate = _Gate()
    loop = _WakeCountingLoop()

    def failing(_journal: Journal) -> int:
        raise ValueError("this step's own error")

    def ending_an_iterator(_journal: Journal) -> int:
        raise StopIteration  # an asyncio future refuses it: handed over as another error

    async def main() -> None:
        held = journal.queued(gate)
        assert await asyncio.to_thread(gate.entered.wait, WAIT_S)
        writes = [journal.queued(_recording(f"w-{n}")) for n in range(8)]
        broken = journal.queued(failing)
        odd = journal.queued(ending_an_iterator)
        dropped = journal.queued(_recording("w-dropped"))
        last = journal.queued(_recording("w-last"))
        dropped.cancel()
        await asyncio.sleep(0)  # the cancellation reaches the queued step
        gate.release.set()
        await held
        ids = await asyncio.gather(*writes)
        assert len(set(ids)) == 8
        with pytest.raises(ValueError, match="own error"):
            await broken
        with pytest.raises(RuntimeError, match="StopIteration"):
            await odd
        assert isinstance(await last, int)  # not kept waiting by the odd one before it
        assert loop.wakes == 2  # the held step's group, then the other twelve together
        assert dropped.cancelled()

    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        runner.run(main())
    assert _rows(journal, "w-") == sorted([*(f"w-{n}" for n in range(8)), "w-last"])
    journal.close()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_awaiting_caller_is_never_left_waiting_when_the_worker_breaks(
    tmp_path: Path,
) -> None:
    """A worker that dies in the middle of a group (a bug, never expected) fails its
    awaiting callers instead of leaving them waiting forever."""
    journal = Journal.in_directory(tmp_path)
    database = _CountingDatabase(tmp_path / "broken.sqlite3", journal._db.schema)
    database.open()
    group = GroupCommit(database, "test group")

    def crash(_group: list[Any]) -> None:
        raise SystemError("the worker broke")

    group._commit = crash  # type: ignore[method-assign, assignment]

    plain: list[Future[int]] = []

    async def main() -> threading.Thread:
        waiting = group.submit_awaitable(lambda session: 1)
        assert group._worker is not None
        worker = group._worker[0]
        plain.append(group.submit(lambda session: 2))  # a caller off the loop, too
        with pytest.raises(RuntimeError, match="worker stopped"):
            await asyncio.wait_for(waiting, WAIT_S)
        return worker

    worker = asyncio.run(main())
    with pytest.raises(RuntimeError, match="worker stopped"):
        plain[0].result(WAIT_S)
    worker.join(WAIT_S)  # its exception is this test's, not a later one's
    assert not worker.is_alive()
    database.close()
    journal.close()
