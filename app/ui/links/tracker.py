"""Follows open payment links until they are paid, cancelled or expired.

Each link is polled in its own named task on the account's task runner (so switching
account stops every poll). The pause between polls starts short and doubles while
nothing changes (1 s → 2 → 4 … at most 15 s); any change starts it short again, because
a customer who just opened the page is about to do something. Every change is written to
the link history before it is shown, so quitting mid-payment loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from app.dintero.errors import RateLimited, ServerError, TransportError
from app.dintero.models import Transaction
from app.dintero.session_state import session_status
from app.storage.links import LinkRecord, LinkStore
from app.ui.context import AccountContext
from app.ui.links.timeline import LinkStatus, build_status

__all__ = ["LinkTracker"]

log = logging.getLogger(__name__)


def _task_name(session_id: str) -> str:
    return f"track:{session_id}"


class LinkTracker(QObject):
    """Polls links with backoff and reports every change it sees."""

    #: LinkStatus, the state known before this change, whether a new failed attempt appeared
    status_changed = Signal(object, str, bool)
    problem = Signal(str, str)  # session id, what went wrong (while retrying)

    initial_interval_s = 1.0
    max_interval_s = 15.0

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

    def bind(self, context: AccountContext | None) -> None:
        """A new account: the old polls die with the old account's task runner."""
        self.context = context
        self.latest.clear()

    def is_tracking(self, session_id: str) -> bool:
        return self.context is not None and self.context.tasks.running(_task_name(session_id))

    def track(self, record: LinkRecord) -> None:
        """Start (or restart) following one link; a finished link is read once."""
        context = self.context
        if context is None or record.account_key != context.account.key:
            return
        context.tasks.start(
            _task_name(record.session_id),
            self._follow(context, record),
            error_context=f"Stopped following link {record.merchant_reference}",
        )

    def refresh(self, record: LinkRecord) -> None:
        """Read the link now (after cancelling it, or when staff reopen it)."""
        self.track(record)

    async def _follow(self, context: AccountContext, record: LinkRecord) -> None:
        delay = self.initial_interval_s
        known_state = record.state
        known_failures: int | None = None  # the first reading sets the baseline
        transaction: Transaction | None = None
        seen_events = -1
        while True:
            try:
                session = await context.client.get_session(record.session_id)
                status = session_status(session, self.clock())
                if status.transaction_id and (
                    transaction is None
                    or transaction.id != status.transaction_id
                    or len(session.events) != seen_events
                    or str(transaction.status) == "ON_HOLD"
                ):
                    transaction = await context.client.get_transaction(status.transaction_id)
                seen_events = len(session.events)
            except (TransportError, ServerError, RateLimited) as error:
                message = getattr(error, "user_message", str(error))
                self.problem.emit(record.session_id, f"{message} Retrying…")
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.max_interval_s)
                continue
            link = build_status(session, status, transaction, record.sms_status)
            if known_failures is None:
                # Resuming from the history: failures already behind us are not news.
                fresh = known_state in ("open", "opened")
                known_failures = 0 if fresh else link.failed_attempts
            previous = self.latest.get(record.session_id)
            if previous is None or _differs(previous, link):
                await asyncio.to_thread(
                    self.store.update_state,
                    record.session_id,
                    link.state,
                    link.detail,
                    link.transaction_id,
                )
                self.latest[record.session_id] = link
                new_failure = link.failed_attempts > known_failures
                self.status_changed.emit(link, known_state, new_failure)
                known_state = link.state
                known_failures = link.failed_attempts
                delay = self.initial_interval_s
            else:
                delay = min(delay * 2, self.max_interval_s)
            if link.finished and link.transaction_status != "ON_HOLD":
                return
            await asyncio.sleep(delay)


def _differs(old: LinkStatus, new: LinkStatus) -> bool:
    return (
        old.state != new.state
        or old.detail != new.detail
        or len(old.timeline) != len(new.timeline)
        or old.transaction_status != new.transaction_status
    )
