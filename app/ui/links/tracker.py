"""Follows every unfinished payment link of the account until it is paid, cancelled or
expired — with one poller, so the load on Dintero stays bounded however many links are open.

The poller is a single named task on the account's task runner (switching account stops
it). Each link has its own pause that starts short and doubles while nothing changes; the
link on screen ("urgent") pauses at most ``max_interval_s``, links followed in the
background at most ``background_interval_s``. Whatever is due, reads are spaced at least
``min_gap_s`` apart for the whole account, and the link on screen goes first. Every change
is written to the link history before it is shown, so quitting mid-payment loses nothing.

A link whose creation Dintero never confirmed (state ``creating``) cannot be read by id:
the poller looks for a transaction with its merchant reference instead, and if one turns
up, completes the record with that transaction's session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from app.dintero import TransactionFilter
from app.dintero.errors import DinteroError, RateLimited, ServerError, TransportError
from app.dintero.models import Transaction
from app.dintero.session_state import session_status
from app.storage.links import LinkRecord, LinkState, LinkStore
from app.ui.context import AccountContext
from app.ui.links.timeline import LinkStatus, build_status, unconfirmed_status

__all__ = ["POLLER_TASK", "LinkTracker"]

log = logging.getLogger(__name__)

POLLER_TASK = "link-poller"


@dataclass
class _Followed:
    """One link being followed, and what the poller has learnt about it so far."""

    record: LinkRecord
    due: float
    delay: float
    urgent: bool
    known_state: str
    known_failures: int | None = None  # the first reading sets the baseline
    transaction: Transaction | None = None
    seen_events: int = -1


class LinkTracker(QObject):
    """Polls links with backoff through one poller and reports every change it sees."""

    #: LinkStatus, the state known before this change, whether a new failed attempt appeared
    status_changed = Signal(object, str, bool)
    problem = Signal(str, str)  # session id, what went wrong (while retrying)
    #: provisional id, the LinkRecord now confirmed (a payment was found for its reference)
    confirmed = Signal(str, object)

    initial_interval_s = 1.0
    max_interval_s = 15.0
    background_interval_s = 60.0
    min_gap_s = 0.25

    def __init__(
        self,
        store: LinkStore,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock or (lambda: datetime.now(UTC))
        self.context: AccountContext | None = None
        self.latest: dict[str, LinkStatus] = {}
        self._followed: dict[str, _Followed] = {}
        self._wake = asyncio.Event()
        self._last_read = float("-inf")

    # ------------------------------------------------------------------ public
    def bind(self, context: AccountContext | None) -> None:
        """A new account: the old poller dies with the old account's task runner."""
        self.context = context
        self.latest.clear()
        self._followed.clear()
        self._last_read = float("-inf")

    @property
    def followed(self) -> list[str]:
        """Session ids being followed now."""
        return list(self._followed)

    def is_tracking(self, session_id: str) -> bool:
        return (
            self.context is not None
            and session_id in self._followed
            and self.context.tasks.running(POLLER_TASK)
        )

    def track(self, record: LinkRecord, *, urgent: bool = False) -> None:
        """Follow one link (again). ``urgent``: it is on screen — read it now and often.

        Only one link is urgent at a time; the one before goes back to the background.
        """
        context = self.context
        if context is None or record.account_key != context.account.key:
            return
        now = _now()
        if urgent:
            for other in self._followed.values():
                other.urgent = False
        entry = self._followed.get(record.session_id)
        if entry is None:
            delay = self.initial_interval_s if urgent else self.background_interval_s
            entry = _Followed(record, now, delay, urgent, record.state)
            self._followed[record.session_id] = entry
        elif urgent:
            entry.urgent = True
            entry.due = now
            entry.delay = self.initial_interval_s
        self._ensure_poller(context)

    def track_all(self, records: list[LinkRecord]) -> None:
        """Resume every unfinished link (background); the poller spaces the reads out."""
        for record in records:
            self.track(record)

    def refresh(self, record: LinkRecord) -> None:
        """Read the link now (after cancelling it, or when staff reopen it)."""
        self.track(record, urgent=True)

    def untrack(self, session_id: str) -> None:
        self._followed.pop(session_id, None)

    # ------------------------------------------------------------------ poller
    def _ensure_poller(self, context: AccountContext) -> None:
        self._wake.set()
        if not context.tasks.running(POLLER_TASK):
            context.tasks.start(
                POLLER_TASK,
                self._run(context),
                background=True,
                error_context="Stopped following the open payment links",
            )

    async def _run(self, context: AccountContext) -> None:
        while self._followed and self.context is context:
            now = _now()
            entry = self._next(now)
            wait = max(entry.due, self._last_read + self.min_gap_s) - now
            if wait > 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)
                continue  # pick again: something more urgent may have arrived
            self._last_read = _now()
            await self._poll(context, entry)

    def _next(self, now: float) -> _Followed:
        """The urgent link if it is due, else the link due the longest."""
        entries = self._followed.values()
        due = [entry for entry in entries if entry.due <= now]
        if due:
            return min(due, key=lambda entry: (not entry.urgent, entry.due))
        return min(entries, key=lambda entry: entry.due)

    def _backoff(self, entry: _Followed) -> None:
        ceiling = self.max_interval_s if entry.urgent else self.background_interval_s
        entry.delay = min(entry.delay * 2, ceiling)

    def _reschedule(self, entry: _Followed) -> None:
        entry.due = _now() + entry.delay

    async def _poll(self, context: AccountContext, entry: _Followed) -> None:
        session_id = entry.record.session_id
        try:
            if entry.record.unconfirmed:
                finished = await self._reconcile(context, entry)
            else:
                finished = await self._read(context, entry)
        except (TransportError, ServerError, RateLimited) as error:
            self.problem.emit(session_id, f"{error.user_message} Retrying…")
            self._backoff(entry)
            self._reschedule(entry)
            return
        except DinteroError as error:
            # Dintero refuses to show this link (unknown, another account's, ...): stop
            # following it; the rest carry on. Reopening the link tries again.
            log.warning("Stopped following %s: %s", session_id, error.details)
            self.problem.emit(session_id, f"Stopped following this link: {error.user_message}")
            self._followed.pop(session_id, None)
            return
        if finished:
            if self._followed.get(session_id) is entry:
                del self._followed[session_id]
        else:
            self._reschedule(entry)

    async def _read(self, context: AccountContext, entry: _Followed) -> bool:
        """Read one link; True when it is finished (nothing more can happen to it)."""
        record = entry.record
        session = await context.client.get_session(record.session_id)
        transaction = entry.transaction
        if session.transaction_id and (
            transaction is None
            or transaction.id != session.transaction_id
            or len(session.events) != entry.seen_events
            or str(transaction.status) in ("ON_HOLD", "INITIATED", "UNKNOWN")
        ):
            transaction = await context.client.get_transaction(session.transaction_id)
            entry.transaction = transaction
        # A transaction id does not mean paid: the state is read from its status.
        status = session_status(session, self.clock(), transaction)
        entry.seen_events = len(session.events)
        link = build_status(session, status, transaction, record.sms_status)
        if entry.known_failures is None:
            # Resuming from the history: failures already behind us are not news.
            fresh = entry.known_state in (LinkState.OPEN, LinkState.OPENED)
            entry.known_failures = 0 if fresh else link.failed_attempts
        await self._publish(entry, link)
        return link.finished and link.transaction_status != "ON_HOLD"

    async def _reconcile(self, context: AccountContext, entry: _Followed) -> bool:
        """Look for a payment carrying the unconfirmed link's reference."""
        record = entry.record
        found = await context.client.list_transactions(
            TransactionFilter(merchant_reference=record.merchant_reference), limit=10
        )
        match = next(
            (
                t
                for t in found
                if t.session_id and t.merchant_reference == record.merchant_reference
            ),
            None,
        )
        if match is not None and match.session_id:
            session = await context.client.get_session(match.session_id)
            url = context.client.hosted_page_url(session.id)
            confirmed = await asyncio.to_thread(
                self.store.confirm, record.session_id, session.id, url
            )
            self._followed.pop(record.session_id, None)
            if confirmed is not None:
                self.confirmed.emit(record.session_id, confirmed)
                self._followed[confirmed.session_id] = replace(
                    entry, record=confirmed, due=_now(), known_failures=None
                )
            return False
        expired = record.expires_at is not None and record.expires_at <= self.clock()
        link = unconfirmed_status(record, expired=expired)
        entry.known_failures = 0
        await self._publish(entry, link)
        return expired

    async def _publish(self, entry: _Followed, link: LinkStatus) -> None:
        """Write a change to the history, then tell the page; back off when nothing changed."""
        session_id = entry.record.session_id
        previous = self.latest.get(session_id)
        if previous is None or _differs(previous, link):
            await asyncio.to_thread(
                self.store.update_state, session_id, link.state, link.detail, link.transaction_id
            )
            self.latest[session_id] = link
            known_failures = entry.known_failures or 0
            new_failure = link.failed_attempts > known_failures
            self.status_changed.emit(link, entry.known_state, new_failure)
            entry.known_state = link.state
            entry.known_failures = link.failed_attempts
            entry.delay = self.initial_interval_s
        else:
            self._backoff(entry)


def _now() -> float:
    """The poller's clock (the same one asyncio's loop uses)."""
    return time.monotonic()


def _differs(old: LinkStatus, new: LinkStatus) -> bool:
    return (
        old.state != new.state
        or old.detail != new.detail
        or len(old.timeline) != len(new.timeline)
        or old.transaction_status != new.transaction_status
    )
