"""Follows every unfinished payment link of an account until it is paid, cancelled or
expired, through the account's one ``SessionPoller``.

Every change is written to the link history before it is told, so quitting mid-payment
loses nothing. A link whose creation Dintero never confirmed (state ``creating``) cannot
be read by id: its watch looks for the session by its merchant reference instead (see
``link_recovery``), paid or not, and if it turns up, completes the record with it.

Several desks on one shared database read each link from one desk only: a watch reads
Dintero while it holds the link's ``poll`` lease (renewed at every reading, released
when the link is finished; a desk that went away loses it after ``poll_lease_ttl_s``).
The other desks follow the link in the shared history instead, and tell what they find
there (the holder wrote it), so every desk hears that a link was paid or cancelled.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from app.core.i18n import translate
from app.desk.link_recovery import confirm_found, find_lost_session
from app.desk.link_status import (
    LinkStatus,
    TimelineEntry,
    build_status,
    state_label,
    unconfirmed_status,
)
from app.desk.session_poller import PollResult, SessionPoller
from app.dintero import DinteroClient
from app.dintero.errors import DinteroError
from app.dintero.models import Session, Transaction
from app.dintero.session_state import session_status
from app.storage.errors import StorageError
from app.storage.leases import Lease, LeaseHeld, LeaseHolder, Leases, LocalLeases
from app.storage.links import LinkRecord, LinkState, LinkStore

log = logging.getLogger(__name__)

#: The kind of lease a desk takes on a link it reads from Dintero.
POLL_LEASE = "poll"

__all__ = ["POLL_LEASE", "LinkListener", "LinkTracking", "LinkWatch", "recorded_status"]


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
        *,
        leases: Leases | None = None,
        holder: Callable[[], LeaseHolder] = lambda: LeaseHolder("", ""),
        poll_lease_ttl_s: float = 90.0,
    ) -> None:
        self.client = client
        self.account_key = account_key
        self.store = store
        self.listener = listener
        self.poller = poller
        self.clock = clock or (lambda: datetime.now(UTC))
        self.latest: dict[str, LinkStatus] = {}
        self.leases: Leases = leases if leases is not None else LocalLeases()
        self.holder = holder
        self.poll_lease_ttl_s = poll_lease_ttl_s
        """Longer than the slowest background pause, so the holder keeps it between reads."""

    def track(self, record: LinkRecord, *, urgent: bool = False) -> bool:
        """Follow one link (again); False when it belongs to another account."""
        if record.account_key != self.account_key:
            return False
        watch = self.poller.watch_for(record.session_id)
        if not isinstance(watch, LinkWatch):
            watch = LinkWatch(self, record)
        self.poller.follow(watch, urgent=urgent)
        return True

    async def hold(self, watch: LinkWatch) -> bool:
        """Hold (take or renew) the link's poll lease; False while another desk reads it."""
        leases = self.leases
        if watch.lease is not None:
            if await asyncio.to_thread(leases.renew, watch.lease, self.poll_lease_ttl_s):
                return True
            watch.lease = None  # it ran out and someone else may have it now
        purpose = f"following link {watch.record.merchant_reference}"
        holder = self.holder()
        try:
            watch.lease = await asyncio.to_thread(
                leases.acquire,
                POLL_LEASE,
                watch.key,
                LeaseHolder(holder.desk, holder.operator, purpose),
                self.poll_lease_ttl_s,
                take_over_own=True,
            )
        except LeaseHeld:
            return False
        return True

    def let_go(self, watch: LinkWatch, *, finished: bool = False) -> None:
        """Release the poll lease, without holding up the poller (a lease not released
        runs out by itself).

        A finished link's lease is kept on the shared database until it runs out: a desk
        that took it now would read Dintero once more before learning from the history
        that the link is done.
        """
        lease, watch.lease = watch.lease, None
        if lease is None:
            return
        if not self.leases.shared:
            self.leases.release(lease)  # in memory: instant
            return
        if finished:
            return
        released = asyncio.get_running_loop().run_in_executor(None, self.leases.release, lease)
        released.add_done_callback(_log_failure)

    async def publish(self, watch: LinkWatch, link: LinkStatus, *, write: bool = True) -> bool:
        """Write a change to the history, then tell; False when nothing changed.

        ``write`` False: the change is already in the shared history (another desk wrote it).
        """
        session_id = watch.record.session_id
        previous = self.latest.get(session_id)
        if previous is not None and not _differs(previous, link):
            return False
        if write:
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

    async def follow_confirmed(self, watch: LinkWatch) -> bool:
        """Another desk confirmed this unconfirmed link: follow its real record instead.

        The record is the one written for this link (confirming keeps its creation time):
        a replacement link keeps its order's reference, so the reference alone could name
        an older, cancelled link."""
        record = watch.record
        found = await asyncio.to_thread(
            self.store.search, self.account_key, record.merchant_reference, 20
        )
        confirmed = next(
            (
                r
                for r in found
                if r.merchant_reference == record.merchant_reference
                and r.created_at == record.created_at
                and not r.provisional
            ),
            None,
        )
        if confirmed is None:
            return False
        self.let_go(watch)
        self.listener.link_confirmed(record.session_id, confirmed)
        self.poller.replace(record.session_id, LinkWatch(self, confirmed))
        return True


class LinkWatch:
    """One link being followed, and what has been learnt about it so far."""

    def __init__(self, tracking: LinkTracking, record: LinkRecord) -> None:
        self.tracking = tracking
        self.record = record
        self.known_state: str = record.state
        self.known_failures: int | None = None  # the first reading sets the baseline
        self.transaction: Transaction | None = None
        self.seen_events = -1
        self.lease: Lease | None = None

    @property
    def key(self) -> str:
        return self.record.session_id

    def trouble(self, error: DinteroError | StorageError, *, retrying: bool) -> None:
        text = (
            translate("LinkTracking", "{problem} Retrying…")
            if retrying
            else translate("LinkTracking", "Stopped following this link: {problem}")
        ).format(problem=error.user_message)
        self.tracking.listener.link_trouble(self.key, text)

    async def poll(self) -> PollResult:
        if not await self.tracking.hold(self):
            return await self._follow_history()
        if self.record.unconfirmed:
            result = await self._look_for_payment()
        else:
            result = await self._read()
        if result is PollResult.FINISHED:
            self.tracking.let_go(self, finished=True)
        return result

    async def _follow_history(self) -> PollResult:
        """Another desk reads this link: tell what it wrote to the shared history."""
        tracking = self.tracking
        record = await asyncio.to_thread(tracking.store.get, self.record.session_id)
        if record is None:
            if self.record.provisional and await tracking.follow_confirmed(self):
                return PollResult.CHANGED
            return PollResult.FINISHED  # discarded: Dintero refused it
        self.record = record
        if self.known_failures is None:
            self.known_failures = 0
        changed = await tracking.publish(self, recorded_status(record), write=False)
        if record.finished:
            return PollResult.FINISHED
        return PollResult.CHANGED if changed else PollResult.UNCHANGED

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


def _log_failure(future: asyncio.Future[None]) -> None:
    if not future.cancelled() and future.exception() is not None:
        log.info("could not release a poll lease: %s", future.exception())


def recorded_status(record: LinkRecord) -> LinkStatus:
    """A link as the history has it (what the desk reading it from Dintero wrote there)."""
    if record.unconfirmed:
        return unconfirmed_status(record, expired=False)
    entries = [
        TimelineEntry(record.created_at, "created", translate("LinkTracking", "Link created"))
    ]
    if record.state not in (LinkState.OPEN, LinkState.CREATING):
        words = state_label(record.state)[0]
        text = f"{words} — {record.state_detail}" if record.state_detail else words
        entries.append(TimelineEntry(record.updated_at, record.state, text))
    return LinkStatus(
        record.session_id,
        record.state,
        record.state_detail,
        tuple(entries),
        transaction_id=record.transaction_id,
    )


def _differs(old: LinkStatus, new: LinkStatus) -> bool:
    return (
        old.state != new.state
        or old.detail != new.detail
        or len(old.timeline) != len(new.timeline)
        or old.transaction_status != new.transaction_status
    )
