"""Capture many authorized transactions in full, a few at a time, each exactly once.

The selected transactions are read in pages of the list endpoint (its ``id`` filter),
all pages at once, so each capture then goes out on that reading without a read of its
own: a first send under a fresh reference (see ``app.dintero.operations``). Every
capture is still its own journalled money move through ``MoneyMoveDesk``; a transaction
with an earlier open move is read and settled first, as for any move.

"At once" counts the captures on the wire (``app.desk.send_slots``): up to twice as many
are under way, so the next ones' journal rows are written while earlier ones wait for
Dintero. Stopping the run turns away every capture not sent yet.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from app.core.i18n import translate
from app.desk.money_moves import MoneyMoveDesk
from app.desk.move_request import MoveRequest
from app.desk.send_slots import SendSlots, SendStopped
from app.dintero import DinteroError, LocalValidationError, Operation, Transaction
from app.dintero.filters import TransactionFilter
from app.storage.journal import Outcome

__all__ = ["LIST_PAGE", "BulkCapture", "BulkItem", "BulkListener", "BulkResult"]

log = logging.getLogger(__name__)

LIST_PAGE = 100
"""Dintero's largest list page: the transactions are read 100 at a time."""


class BulkResult(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    CAPTURED = "captured"
    FAILED = "failed"
    PENDING = "pending"
    UNKNOWN = "unknown"
    SKIPPED = "skipped"
    NOT_STARTED = "not started"


_RESULT_OF = {
    Outcome.SUCCEEDED: BulkResult.CAPTURED,
    Outcome.FAILED: BulkResult.FAILED,
    Outcome.PENDING: BulkResult.PENDING,
    Outcome.UNKNOWN: BulkResult.UNKNOWN,
}


@dataclass(frozen=True)
class BulkItem:
    """One transaction to capture in full, as the person confirmed it."""

    transaction_id: str
    merchant_reference: str
    amount: int
    currency: str


class BulkListener(Protocol):
    def row_changed(self, transaction_id: str, result: BulkResult, message: str) -> None: ...

    def row_done(self) -> None:
        """One more row has its final result (for a progress bar)."""


class BulkCapture:
    """One run over ``items``; ``cancel()`` stops every capture not sent yet, sent ones
    finish."""

    def __init__(
        self, desk: MoneyMoveDesk, items: Sequence[BulkItem], listener: BulkListener
    ) -> None:
        self.desk = desk
        self.items = tuple(items)
        self.listener = listener
        self.cancel_requested = False
        self.results: dict[str, BulkResult] = {i.transaction_id: BulkResult.WAITING for i in items}
        self._sending: SendSlots | None = None

    def cancel(self) -> None:
        self.cancel_requested = True
        if self._sending is not None:
            self._sending.stop()

    def _set(self, transaction_id: str, result: BulkResult, message: str = "") -> None:
        self.results[transaction_id] = result
        self.listener.row_changed(transaction_id, result, message)

    async def run(self, concurrency: int) -> Counter[BulkResult]:
        """Capture every item; cut off (account switch, quit), rows say where they stood."""
        concurrency = max(1, concurrency)
        # A row is "running" from the moment it takes a slot: only those can have been sent.
        self._sending = sending = SendSlots(
            concurrency, on_taken=lambda tx_id: self._set(tx_id, BulkResult.RUNNING)
        )
        if self.cancel_requested:
            sending.stop()
        # The next captures' journal rows are written while earlier ones are on the wire.
        under_way = asyncio.Semaphore(2 * concurrency)
        try:
            bases = await self._read_all(concurrency)

            async def one(item: BulkItem) -> None:
                try:
                    async with under_way:
                        await self._capture_one(item, bases.get(item.transaction_id), sending)
                except Exception as error:  # a bug on one row must not end the run
                    # It may have been sent before it broke: unknown, not failed.
                    log.exception("bulk capture of %s crashed", item.transaction_id)
                    self._set(
                        item.transaction_id,
                        BulkResult.UNKNOWN,
                        translate(
                            "BulkCapture",
                            "unexpected error ({error}); check the transaction before trying again",
                        ).format(error=type(error).__name__),
                    )
                self.listener.row_done()

            await asyncio.gather(*(one(item) for item in self.items), return_exceptions=True)
        except asyncio.CancelledError:
            self._interrupted()
            raise
        return Counter(self.results.values())

    async def _read_all(self, concurrency: int) -> dict[str, Transaction]:
        """The transactions as Dintero has them now, a list page each, the pages read at
        the same time (at most ``concurrency`` at once) rather than one after another.

        A transaction the list does not return is simply read by its own move.
        """
        ids = [item.transaction_id for item in self.items]
        gate = asyncio.Semaphore(max(1, concurrency))

        async def read(chunk: tuple[str, ...]) -> list[Transaction]:
            async with gate:
                try:
                    page = await self.desk.client.list_transactions(
                        TransactionFilter(ids=chunk), limit=LIST_PAGE
                    )
                except DinteroError as error:
                    log.info("bulk capture: reading %d transactions failed: %s", len(chunk), error)
                    return []
            return [t for t in page if t.id in chunk]

        chunks = [tuple(ids[start : start + LIST_PAGE]) for start in range(0, len(ids), LIST_PAGE)]
        pages = await asyncio.gather(*(read(chunk) for chunk in chunks))
        return {t.id: t for page in pages for t in page}

    async def _capture_one(
        self, item: BulkItem, basis: Transaction | None, sending: SendSlots
    ) -> None:
        tx_id = item.transaction_id
        if self.cancel_requested:
            self._set(
                tx_id,
                BulkResult.NOT_STARTED,
                translate("BulkCapture", "cancelled before it started"),
            )
            return
        if not self.desk.claim(tx_id):
            self._set(
                tx_id,
                BulkResult.SKIPPED,
                translate("BulkCapture", "another operation on it is running"),
            )
            return
        # No body: the whole rest, by lines, checked against the confirmed amount.
        request = MoveRequest(
            Operation.CAPTURE,
            tx_id,
            item.currency,
            item.merchant_reference or None,
            item.amount,
            None,
            "bulk capture",
            basis,
        )
        try:
            report = await self.desk.run(request, sending=sending)
        except SendStopped:  # journalled, never sent: to the person, it never started
            self._set(
                tx_id,
                BulkResult.NOT_STARTED,
                translate("BulkCapture", "cancelled before it started"),
            )
        except LocalValidationError as error:
            self._set(
                tx_id,
                BulkResult.FAILED,
                translate("BulkCapture", "not sent: {reason}").format(reason=error.user_message),
            )
        except DinteroError as error:
            self._set(
                tx_id,
                BulkResult.FAILED,
                translate("BulkCapture", "refused: {reason}").format(reason=error.user_message),
            )
        else:
            result = _RESULT_OF[report.outcome]
            self._set(tx_id, result, "" if result is BulkResult.CAPTURED else report.text)
        finally:
            self.desk.release(tx_id)

    def _interrupted(self) -> None:
        """Cut off: a running row (it took a send slot) may have been sent (unknown); a
        waiting one was not."""
        for tx_id, result in list(self.results.items()):
            if result is BulkResult.RUNNING:
                self._set(
                    tx_id,
                    BulkResult.UNKNOWN,
                    translate(
                        "BulkCapture", "interrupted after it was sent: check the transaction"
                    ),
                )
            elif result is BulkResult.WAITING:
                self._set(tx_id, BulkResult.NOT_STARTED, translate("BulkCapture", "interrupted"))
