"""Follows every unfinished payment link of an account until it is paid, cancelled or
expired, through the account's one ``SessionPoller``.

Every change is written to the link history before it is told, so quitting mid-payment
loses nothing. A link whose creation Dintero never confirmed (state ``creating``) cannot
be read by id: its watch looks for the session by its merchant reference instead (see
``link_recovery``), paid or not, and if it turns up, completes the record with it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from app.desk.link_recovery import confirm_found, find_lost_session
from app.desk.link_status import LinkStatus, build_status, unconfirmed_status
from app.desk.session_poller import PollResult, SessionPoller
from app.dintero import DinteroClient
from app.dintero.errors import DinteroError
from app.dintero.models import Session, Transaction
from app.dintero.session_state import session_status
from app.storage.links import LinkRecord, LinkState, LinkStore

__all__ = ["LinkListener", "LinkTracking", "LinkWatch"]


class LinkListener(Protocol):
    def link_changed(self, link: LinkStatus, known_state: str, new_failure: bool) -> None:
        """A change, already in the history; ``known_state`` is the state before it."""

    def link_trouble(self, session_id: str, text: str) -> None:
        """Reading the link failed (``text`` says whether it is retried)."""

    def link_confirmed(self, provisional_id: str, record: LinkRecord) -> None:
        """An unconfirmed link was found at Dintero: ``record`` is its real record."""


class LinkTracking:
    """One account's followed links: their watches, their latest status, the history."""

    def __init__(
        self,
        client: DinteroClient,
        account_key: str,
        store: LinkStore,
        listener: LinkListener,
        poller: SessionPoller,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.client = client
        self.account_key = account_key
        self.store = store
        self.listener = listener
        self.poller = poller
        self.clock = clock or (lambda: datetime.now(UTC))
        self.latest: dict[str, LinkStatus] = {}

    def track(self, record: LinkRecord, *, urgent: bool = False) -> bool:
        """Follow one link (again); False when it belongs to another account."""
        if record.account_key != self.account_key:
            return False
        watch = self.poller.watch_for(record.session_id)
        if not isinstance(watch, LinkWatch):
            watch = LinkWatch(self, record)
        self.poller.follow(watch, urgent=urgent)
        return True

    async def publish(self, watch: LinkWatch, link: LinkStatus) -> bool:
        """Write a change to the history, then tell; False when nothing changed."""
        session_id = watch.record.session_id
        previous = self.latest.get(session_id)
        if previous is not None and not _differs(previous, link):
            return False
        await asyncio.to_thread(
            self.store.update_state, session_id, link.state, link.detail, link.transaction_id
        )
        self.latest[session_id] = link
        known_failures = watch.known_failures or 0
        new_failure = link.failed_attempts > known_failures
        self.listener.link_changed(link, watch.known_state, new_failure)
        watch.known_state = link.state
        watch.known_failures = link.failed_attempts
        return True

    async def confirm(self, watch: LinkWatch, session: Session) -> None:
        """Complete an unconfirmed record with the session found for it."""
        provisional = watch.record.session_id
        confirmed = await confirm_found(self.client, self.store, watch.record, session)
        if confirmed is None:
            self.poller.unfollow(provisional)
            return
        self.listener.link_confirmed(provisional, confirmed)
        self.poller.replace(provisional, LinkWatch(self, confirmed))


class LinkWatch:
    """One link being followed, and what has been learnt about it so far."""

    def __init__(self, tracking: LinkTracking, record: LinkRecord) -> None:
        self.tracking = tracking
        self.record = record
        self.known_state: str = record.state
        self.known_failures: int | None = None  # the first reading sets the baseline
        self.transaction: Transaction | None = None
        self.seen_events = -1

    @property
    def key(self) -> str:
        return self.record.session_id

    def trouble(self, error: DinteroError, *, retrying: bool) -> None:
        text = (
            f"{error.user_message} Retrying…"
            if retrying
            else f"Stopped following this link: {error.user_message}"
        )
        self.tracking.listener.link_trouble(self.key, text)

    async def poll(self) -> PollResult:
        if self.record.unconfirmed:
            return await self._look_for_payment()
        return await self._read()

    async def _read(self) -> PollResult:
        client = self.tracking.client
        session = await client.get_session(self.record.session_id)
        transaction = self.transaction
        if session.transaction_id and (
            transaction is None
            or transaction.id != session.transaction_id
            or len(session.events) != self.seen_events
            or str(transaction.status) in ("ON_HOLD", "INITIATED", "UNKNOWN")
        ):
            transaction = await client.get_transaction(session.transaction_id)
            self.transaction = transaction
        # A transaction id does not mean paid: the state is read from its status.
        status = session_status(session, self.tracking.clock(), transaction)
        self.seen_events = len(session.events)
        link = build_status(session, status, transaction, self.record.sms_status)
        if self.known_failures is None:
            # Resuming from the history: failures already behind us are not news.
            fresh = self.known_state in (LinkState.OPEN, LinkState.OPENED)
            self.known_failures = 0 if fresh else link.failed_attempts
        changed = await self.tracking.publish(self, link)
        if link.finished:
            return PollResult.FINISHED
        return PollResult.CHANGED if changed else PollResult.UNCHANGED

    async def _look_for_payment(self) -> PollResult:
        """Look for the unconfirmed link at Dintero by its reference, paid or not."""
        record = self.record
        session = await find_lost_session(self.tracking.client, self.tracking.store, record)
        if session is not None:
            await self.tracking.confirm(self, session)
            return PollResult.CHANGED
        expired = record.expires_at is not None and record.expires_at <= self.tracking.clock()
        link = unconfirmed_status(record, expired=expired)
        self.known_failures = 0
        changed = await self.tracking.publish(self, link)
        if expired:
            return PollResult.FINISHED
        return PollResult.CHANGED if changed else PollResult.UNCHANGED


def _differs(old: LinkStatus, new: LinkStatus) -> bool:
    return (
        old.state != new.state
        or old.detail != new.detail
        or len(old.timeline) != len(new.timeline)
        or old.transaction_status != new.transaction_status
    )
