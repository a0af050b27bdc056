"""Everything a running sandbox remembers, in one object that `reset` replaces.

All state is touched only from the server's event loop thread, so it needs no locks.
"""

from __future__ import annotations

import asyncio
import bisect
import random
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.sandbox.card_pay_scenario import CardPayScenario
from app.sandbox.clock import SandboxClock
from app.sandbox.config import AutoCaptureSettings, SandboxAccount, SandboxConfig
from app.sandbox.errors import ApiError
from app.sandbox.faults import FaultBook
from app.sandbox.ids import account_of
from app.sandbox.model import DraftOrder, Json, Order, Session, Transaction

__all__ = ["IssuedToken", "RequestContext", "SandboxState"]

REQUEST_LOG_LIMIT = 50_000
"""The request log keeps the newest entries only, so a long demo run stays small."""


@dataclass(frozen=True)
class IssuedToken:
    account_id: str
    client_id: str
    expires_at: datetime


@dataclass(frozen=True)
class RequestContext:
    """Who asked and how: recorded on the events an API call creates."""

    request_id: str
    client_id: str
    account_id: str
    system_headers: dict[str, str] = field(default_factory=dict)


class SandboxState:
    """Accounts, tokens, resources, faults and the request log of one sandbox run."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.clock = SandboxClock()
        self.rng = random.Random(config.seed)
        self.accounts: dict[str, SandboxAccount] = {a.account_id: a for a in config.accounts}
        self.tokens: dict[str, IssuedToken] = {}
        self.sessions: dict[str, Session] = {}
        self.transactions: dict[str, Transaction] = {}
        self.timeline: dict[str, list[Transaction]] = {aid: [] for aid in self.accounts}
        """Per account, transactions sorted oldest first by (created_at, id)."""
        self.draft_orders: dict[str, DraftOrder] = {}
        self.orders: dict[str, Order] = {}
        self.withheld_scopes: dict[str, set[str]] = {}
        """Per account, scopes its API client lacks (all are granted unless withheld)."""
        self.faults = FaultBook(
            config.run_faults(), config.standing_rules(), random.Random(config.seed)
        )
        self.request_log: deque[Json] = deque(maxlen=REQUEST_LOG_LIMIT)
        self.timers: set[asyncio.TimerHandle] = set()
        self.tasks: set[asyncio.Task[None]] = set()
        self.callbacks: list[Json] = []
        self.auto_capture: AutoCaptureSettings = config.auto_capture()
        self.settlement_delay_s: float | None = config.settlement_delay_s
        self.card_pay_scenario = CardPayScenario()
        """What the next `POST /v1/sessions/pay` answers (set under /sandbox/card-payments)."""

    def close(self) -> None:
        """Cancel pending delayed work (ON_HOLD resolution, 202 completions, callbacks)."""
        for timer in self.timers:
            timer.cancel()
        self.timers.clear()
        for task in self.tasks:
            task.cancel()
        self.tasks.clear()

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        """Run background work (callback deliveries) that a reset or stop cancels."""
        task = asyncio.get_running_loop().create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def later(self, delay_s: float, callback: Callable[[], None]) -> None:
        """Run `callback` after `delay_s` on the loop, unless this state is reset first."""
        loop = asyncio.get_running_loop()
        handle: asyncio.TimerHandle

        def run() -> None:
            self.timers.discard(handle)
            callback()

        handle = loop.call_later(max(0.0, delay_s), run)
        self.timers.add(handle)

    # -- resources -------------------------------------------------------------------

    def add_session(self, session: Session) -> None:
        self.sessions[session.id] = session

    def add_transaction(self, transaction: Transaction) -> None:
        self.transactions[transaction.id] = transaction
        timeline = self.timeline.setdefault(transaction.account_id, [])
        bisect.insort(timeline, transaction, key=Transaction.sort_key)

    def add_history(self, transactions: list[Transaction]) -> None:
        """Add many transactions at once (seeding): one sort instead of many inserts."""
        for transaction in transactions:
            self.transactions[transaction.id] = transaction
            self.timeline.setdefault(transaction.account_id, []).append(transaction)
        for timeline in self.timeline.values():
            timeline.sort(key=Transaction.sort_key)

    def session_for(self, session_id: str, account_id: str) -> Session:
        """The session, or 404; 403 when it belongs to another account."""
        session = self.sessions.get(session_id)
        if session is None:
            if account_of(session_id) != account_id and account_of(session_id) in self.accounts:
                raise ApiError.forbidden("The session belongs to another account")
            raise ApiError.not_found("Session")
        if session.account_id != account_id:
            raise ApiError.forbidden("The session belongs to another account")
        return session

    def transaction_for(self, transaction_id: str, account_id: str) -> Transaction:
        """The transaction, or 404; 403 when it belongs to another account."""
        transaction = self.transactions.get(transaction_id)
        if transaction is None:
            if account_of(transaction_id) != account_id and (
                account_of(transaction_id) in self.accounts
            ):
                raise ApiError.forbidden("The transaction belongs to another account")
            raise ApiError.not_found("Transaction")
        if transaction.account_id != account_id:
            raise ApiError.forbidden("The transaction belongs to another account")
        return transaction
