"""The desk's money moves against the sandbox, with faults injected for real."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.desk.money_moves import CHECKING_TEXT, INTERRUPTED_NOTE, LATE_NOTE
from app.desk.move_request import MoveRequest
from app.desk.send_slots import STOPPED_NOTE, SendSlots, SendStopped
from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    DinteroError,
    LocalValidationError,
    Operation,
    RefundRequest,
    Transaction,
)
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from tests.desk.support import (
    RecordingListener,
    capture_in_another_process,
    eventually,
    make_desk,
    transaction_reads,
)


def _posts(sandbox: EmbeddedSandbox, tail: str) -> list[dict[str, object]]:
    return [r for r in sandbox.requests(tail) if r["method"] == "POST"]


def _capture(confirmed: Transaction, amount: int) -> MoveRequest:
    """Capture part of the transaction the person confirmed, under a fresh reference."""
    return MoveRequest.for_transaction(
        Operation.CAPTURE, confirmed, amount, CaptureRequest(amount=amount)
    )


def _answer_503_then_apply(sandbox: EmbeddedSandbox, *, after_ms: int) -> None:
    """The next capture is answered 503 and applied ``after_ms`` later all the same."""
    sandbox.add_fault(
        method="POST",
        path=r"/capture$",
        kind="error_then_apply",
        status=503,
        complete_after_ms=after_ms,
        times=1,
    )


def _successful(sandbox: EmbeddedSandbox, tx_id: str, name: str) -> list[int]:
    events = sandbox.get_transaction(tx_id)["events"]
    return [e["amount"] for e in events if e["event"] == name and e.get("success") is True]


def test_a_first_capture_is_journalled_then_sent_once_without_reading_again(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=12_000)["id"]
    rows_when_sending: list[Outcome] = []

    class Watching(RecordingListener):
        def move_state(self, transaction_id: str, text: str) -> None:
            super().move_state(transaction_id, text)
            if text.endswith("sending…"):
                rows_when_sending.extend(e.outcome for e in journal.for_target(tx_id))

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            desk.listener = listener = Watching()
            confirmed = await client.get_transaction(tx_id)  # what the person looked at
            sandbox.clear_requests()
            request = _capture(confirmed, 5_000)
            assert desk.claim(tx_id)
            report = await desk.run_claimed(request)
            assert report.outcome is Outcome.SUCCEEDED
            assert report.text == "Captured 50,00\xa0kr."
            # The answer carried the transaction: it went to the listener, no second read.
            assert listener.reads[-1].id == tx_id
            assert listener.busy == [(tx_id, True), (tx_id, False)]

    asyncio.run(main())
    assert rows_when_sending == [Outcome.ATTEMPTED]  # journalled before it went out
    assert transaction_reads(sandbox, tx_id) == 0
    assert len(_posts(sandbox, r"/capture$")) == 1
    assert _successful(sandbox, tx_id, "CAPTURE") == [5_000]
    (row,) = journal.for_target(tx_id)
    assert row.outcome is Outcome.SUCCEEDED
    assert row.operator == "tester"
    assert row.amount == 5_000


def test_a_confirmation_gone_stale_is_refused_by_dintero_and_never_doubles(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """Someone captured everything after the person confirmed "capture the rest"."""
    tx_id = sandbox.create_authorized_transaction(amount=9_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client, DinteroClient(client_config) as other:
            desk, _ = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            assert (await other.move(Operation.CAPTURE, tx_id)).succeeded
            request = MoveRequest.for_transaction(Operation.CAPTURE, confirmed, 9_000)
            report = await desk.run(request)
            assert report.outcome is Outcome.FAILED
            assert report.text.startswith("Capture failed:")

    asyncio.run(main())
    assert _successful(sandbox, tx_id, "CAPTURE") == [9_000]
    (row,) = journal.for_target(tx_id)
    assert row.outcome is Outcome.FAILED


def test_a_5xx_answer_then_a_late_apply_is_unknown_then_settled_never_resent(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    _answer_503_then_apply(sandbox, after_ms=1_200)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, listener = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            request = _capture(confirmed, 4_000)
            report = await desk.run(request)
            assert report.outcome is Outcome.UNKNOWN
            assert CHECKING_TEXT in listener.texts()
            assert not [t for t in listener.texts() if t.startswith("Not sent")]
            # The next move on it waits until the first is settled: nothing is sent.
            again = _capture(confirmed, 4_000)
            with pytest.raises(LocalValidationError, match="not confirmed yet"):
                await desk.run(again)
            await eventually(lambda: bool(_successful(sandbox, tx_id, "CAPTURE")))
            assert await desk.reconcile_unsettled() == 1

    asyncio.run(main())
    assert _successful(sandbox, tx_id, "CAPTURE") == [4_000]
    assert len(_posts(sandbox, r"/capture$")) == 1
    (row,) = journal.for_target(tx_id)
    assert row.outcome is Outcome.SUCCEEDED
    assert row.message == "Confirmed later by reading the transaction."


def test_an_earlier_row_absent_past_the_window_is_settled_and_the_move_reads_first(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """A 503 that Dintero really did not apply: once the row is old enough it is settled
    as not carried out, and a new capture (a new intent) reads the transaction first."""
    config = client_config.model_copy(update={"settle_timeout_s": 0.2})
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="status", status=503, times=1)

    async def main() -> None:
        async with DinteroClient(config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            first = _capture(confirmed, 4_000)
            assert (await desk.run(first)).outcome is Outcome.UNKNOWN
            await asyncio.sleep(0.5)  # older than twice the settle window
            sandbox.clear_requests()
            second = _capture(confirmed, 4_000)
            assert (await desk.run(second)).outcome is Outcome.SUCCEEDED

    asyncio.run(main())
    assert transaction_reads(sandbox, tx_id) >= 2  # settling the old row, then the move
    assert _successful(sandbox, tx_id, "CAPTURE") == [4_000]
    rows = sorted(journal.for_target(tx_id), key=lambda e: e.id)
    assert [r.outcome for r in rows] == [Outcome.FAILED, Outcome.SUCCEEDED]
    assert rows[0].message.startswith("Not carried out")


def test_a_move_cut_off_after_sending_is_journalled_unknown(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=7_000)["id"]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=1_500)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            request = MoveRequest.for_transaction(Operation.CAPTURE, confirmed, 7_000)
            task = asyncio.ensure_future(desk.run(request))
            await eventually(lambda: bool(_posts(sandbox, r"/capture$")))
            task.cancel()  # the account is switched, or Paydesk quits
            with pytest.raises(asyncio.CancelledError):
                await task

    asyncio.run(main())
    (row,) = journal.for_target(tx_id)
    assert row.outcome is Outcome.UNKNOWN
    assert row.message == INTERRUPTED_NOTE


def test_a_move_cut_off_twice_is_marked_unknown_when_the_journal_closes(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Quitting cancels a move twice: the second cancellation ends the wait for its
    "unknown" mark, which is still committed, at the latest when the journal closes."""
    tx_id = sandbox.create_authorized_transaction(amount=6_000)["id"]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=1_500)
    journal = Journal.in_directory(tmp_path)
    writes: list[asyncio.Future[object]] = []
    queued = Journal.queued

    def noting(self: Journal, step: Callable[[Journal], object]) -> asyncio.Future[object]:
        writes.append(queued(self, step))
        return writes[-1]

    monkeypatch.setattr(Journal, "queued", noting)
    busy, release = threading.Event(), threading.Event()

    def hold_the_worker(_journal: Journal) -> None:
        busy.set()
        release.wait(10)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            task = asyncio.ensure_future(desk.run(_capture(confirmed, 6_000)))
            await eventually(lambda: bool(_posts(sandbox, r"/capture$")))
            journal.queue(hold_the_worker)  # the disk is slow: the mark has to wait
            await eventually(busy.is_set)
            task.cancel()  # the window closes
            await eventually(lambda: len(writes) == 2)  # the attempt, then the mark
            task.cancel()  # and the loop shuts down
            with pytest.raises(asyncio.CancelledError):
                await task
            assert not writes[1].done()  # the move ended without waiting for its mark
            release.set()

    asyncio.run(main())
    journal.close()
    with Journal.in_directory(tmp_path) as reopened:
        (row,) = reopened.for_target(tx_id)
    assert (row.outcome, row.message) == (Outcome.UNKNOWN, INTERRUPTED_NOTE)


def test_moves_cut_off_together_are_journalled_unknown_by_the_journals_worker(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    journal: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An account switch cuts off every move on the wire at once: their rows are marked
    on the journal's worker, not one commit after another on the loop's (GUI) thread."""
    ids = [sandbox.create_authorized_transaction(amount=3_000)["id"] for _ in range(4)]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=1_500)
    settled_on: list[int] = []
    settle = Journal.settle

    def noting_thread(self: Journal, *args: object, **kwargs: object) -> Outcome:
        settled_on.append(threading.get_ident())
        return settle(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "settle", noting_thread)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            confirmed = [await client.get_transaction(tx_id) for tx_id in ids]
            tasks = [asyncio.ensure_future(desk.run(_capture(tx, 3_000))) for tx in confirmed]
            await eventually(lambda: len(_posts(sandbox, r"/capture$")) == len(ids))
            for task in tasks:
                task.cancel()  # the account is switched
            results = await asyncio.gather(*tasks, return_exceptions=True)
            assert all(isinstance(r, asyncio.CancelledError) for r in results)

    asyncio.run(main())
    rows = [row for tx_id in ids for row in journal.for_target(tx_id)]
    assert [(r.outcome, r.message) for r in rows] == [(Outcome.UNKNOWN, INTERRUPTED_NOTE)] * 4
    assert len(settled_on) == 4
    assert threading.get_ident() not in settled_on  # asyncio.run ran on this thread


def test_a_move_waiting_for_a_send_slot_is_journalled_not_sent_when_the_run_stops(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """Bulk capture's slots (``app.desk.send_slots``): the attempt is journalled, then
    the move waits for a slot; the run stops meanwhile, so it is never sent."""
    tx_id = sandbox.create_authorized_transaction(amount=5_000)["id"]
    taken: list[str] = []
    slots = SendSlots(1, on_taken=taken.append)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, listener = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            await slots.take("another")  # the only slot is on the wire elsewhere
            task = asyncio.ensure_future(desk.run(_capture(confirmed, 5_000), sending=slots))
            await eventually(lambda: bool(journal.for_target(tx_id)))
            slots.stop()  # the slot is still out: the waiting move is told at once
            with pytest.raises(SendStopped):
                await task
            assert listener.texts()[-1] == "Not sent: stopped before it was sent"

    asyncio.run(main())
    assert _posts(sandbox, r"/capture$") == []
    (row,) = journal.for_target(tx_id)
    assert row.outcome is Outcome.FAILED
    assert row.message == STOPPED_NOTE
    assert taken == ["another"]


def test_a_202_is_pending_then_settled_by_its_event(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    tx_id = sandbox.create_authorized_transaction(amount=6_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, listener = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            assert (
                await desk.run(MoveRequest.for_transaction(Operation.CAPTURE, confirmed, 6_000))
            ).outcome is Outcome.SUCCEEDED
            sandbox.add_fault(
                method="POST",
                path=r"/refund$",
                kind="accepted_later",
                complete_after_ms=300,
                times=1,
            )
            captured = await client.get_transaction(tx_id)
            report = await desk.run(
                MoveRequest.for_transaction(
                    Operation.REFUND, captured, 2_000, RefundRequest(amount=2_000)
                )
            )
            assert report.outcome is Outcome.SUCCEEDED
            assert any("pending" in text for text in listener.texts())

    asyncio.run(main())
    assert _successful(sandbox, tx_id, "REFUND") == [2_000]
    assert len(_posts(sandbox, r"/refund$")) == 1
    refund = next(r for r in journal.for_target(tx_id) if r.operation == "refund")
    assert refund.outcome is Outcome.SUCCEEDED


def test_a_failed_order_record_is_kept_for_a_retry_and_the_move_stands(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """The merchant reference names no order: recording fails, the capture is done."""
    tx_id = sandbox.create_authorized_transaction(amount=3_000, merchant_reference="no-order")["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, listener = make_desk(client, sandbox, journal, orders_api=True)
            confirmed = await client.get_transaction(tx_id)
            report = await desk.run(
                MoveRequest.for_transaction(Operation.CAPTURE, confirmed, 3_000)
            )
            assert report.outcome is Outcome.SUCCEEDED
            assert report.order_record is not None
            await desk.record_order(report.order_record)
            (_tx, text, retryable) = listener.order_records[-1]
            assert retryable
            assert "recording it on order no-order failed" in text
            assert len(desk.take_failed_order_records(tx_id)) == 1
            assert desk.take_failed_order_records(tx_id) == []

    asyncio.run(main())
    assert _successful(sandbox, tx_id, "CAPTURE") == [3_000]
    outcomes = {(r.operation, r.outcome) for r in journal.for_target(tx_id)}
    assert outcomes == {("capture", Outcome.SUCCEEDED), ("order_record", Outcome.FAILED)}


def test_busy_transactions_refuse_a_second_claim(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with Journal.in_directory(tmp_path) as journal:
                desk, _ = make_desk(client, sandbox, journal)
                assert desk.claim("T1.x")
                assert not desk.claim("T1.x")
                assert desk.has_money_in_flight()
                assert desk.busy_ids == frozenset({"T1.x"})
                desk.release("T1.x")
                assert not desk.has_money_in_flight()

    asyncio.run(main())


def test_a_desk_killed_mid_capture_never_lets_a_retry_double_it(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, tmp_path: Path
) -> None:
    """Issue: a desk killed while a capture was in flight restarted, settled the row as
    not carried out, allowed a retry, and the first capture landed later: twice the money.

    Here a real child process is killed by SIGKILL while its capture waits in the sandbox
    (which applies it 2.5 s later). The restarted desk settles the row as not carried out,
    keeps watching its reference, and refuses the retry once the first capture shows up.
    """
    tx_id = sandbox.create_authorized_transaction(amount=30_000)["id"]
    sandbox.add_fault(method="POST", path=r"/capture$", kind="latency", latency_ms=2_500, times=1)
    spawn = multiprocessing.get_context("spawn")
    child = spawn.Process(
        target=capture_in_another_process,
        args=(
            sandbox.base_url,
            sandbox.account_id,
            sandbox.client_id,
            sandbox.client_secret,
            str(tmp_path),
            tx_id,
            10_000,
        ),
    )
    child.start()
    try:
        deadline = time.monotonic() + 30
        # Killed once the sandbox has the whole request (its body logged): killed earlier,
        # the capture never arrives at all, which is another test's case.
        while not any(post.get("json") for post in _posts(sandbox, r"/capture$")):
            assert time.monotonic() < deadline, "the child never sent its capture"
            time.sleep(0.02)
        os.kill(child.pid or 0, signal.SIGKILL)
    finally:
        child.join(10)
    assert child.exitcode == -signal.SIGKILL
    config = client_config.model_copy(update={"settle_timeout_s": 0.2})

    async def main() -> None:
        async with DinteroClient(config) as client:
            with Journal.in_directory(tmp_path) as journal:
                desk, _ = make_desk(client, sandbox, journal)
                (row,) = journal.for_target(tx_id)
                assert row.outcome is Outcome.ATTEMPTED  # killed before it knew
                await asyncio.sleep(0.5)  # older than twice the settle window
                assert await desk.reconcile_unsettled() == 1
                (row,) = journal.for_target(tx_id)
                assert row.outcome is Outcome.FAILED  # absent so far: "not carried out"
                await eventually(lambda: bool(_successful(sandbox, tx_id, "CAPTURE")))
                basis = await client.get_transaction(tx_id)
                retry = _capture(basis, 10_000)
                with pytest.raises(LocalValidationError, match="applied by Dintero after all"):
                    await desk.run(retry)
                (row,) = journal.for_target(tx_id)
                assert row.outcome is Outcome.SUCCEEDED
                assert row.message == LATE_NOTE

    asyncio.run(main())
    assert _successful(sandbox, tx_id, "CAPTURE") == [10_000]
    assert len(_posts(sandbox, r"/capture$")) == 1


def test_a_move_found_late_on_opening_the_account_corrects_the_journal(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    """A 503 that Dintero applied after the row was settled as not carried out."""
    config = client_config.model_copy(update={"settle_timeout_s": 0.2})
    tx_id = sandbox.create_authorized_transaction(amount=20_000)["id"]
    _answer_503_then_apply(sandbox, after_ms=1_500)

    async def main() -> None:
        async with DinteroClient(config) as client:
            desk, _ = make_desk(client, sandbox, journal)
            confirmed = await client.get_transaction(tx_id)
            request = _capture(confirmed, 4_000)
            assert (await desk.run(request)).outcome is Outcome.UNKNOWN
            await asyncio.sleep(0.5)
            assert await desk.reconcile_unsettled() == 1  # absent: not carried out
            assert journal.for_target(tx_id)[0].outcome is Outcome.FAILED
            await eventually(lambda: bool(_successful(sandbox, tx_id, "CAPTURE")))
            assert await desk.reconcile_unsettled() == 1  # found late: corrected
            assert journal.for_target(tx_id)[0].outcome is Outcome.SUCCEEDED

    asyncio.run(main())


def test_an_authorization_extension_is_journalled_before_it_is_sent(
    sandbox: EmbeddedSandbox, client_config: ClientConfig, journal: Journal
) -> None:
    klarna = sandbox.create_authorized_transaction(
        amount=5_000, payment_product_type="klarna.klarna"
    )["id"]
    card = sandbox.create_authorized_transaction(amount=5_000)["id"]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            desk, listener = make_desk(client, sandbox, journal)
            await desk.extend_authorization(await client.get_transaction(klarna), "not shipped")
            assert listener.texts()[-1] == "Authorization extended."
            with pytest.raises(DinteroError):  # Dintero refuses: only Klarna extends
                await desk.extend_authorization(await client.get_transaction(card), "why not")

    asyncio.run(main())
    (extended,) = journal.for_target(klarna)
    assert extended.operation is JournalOperation.EXTEND_AUTHORIZATION
    assert extended.outcome is Outcome.SUCCEEDED
    assert extended.note == "not shipped"
    (refused,) = journal.for_target(card)
    assert refused.outcome is Outcome.FAILED
    assert len([r for r in sandbox.requests(r"/authorization$") if r["method"] == "POST"]) == 2
