"""The Qt face of link tracking: signals for the links page, the poller on the account's tasks.

What is followed, how often and what a change means is in ``app.desk.link_tracking`` and
``app.desk.session_poller``; this adapter turns their listener calls into signals and runs
the account's one poller as a named background task (switching account stops it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal

from app.desk.link_status import LinkStatus
from app.desk.link_tracking import LinkTracking
from app.desk.session_poller import SessionPoller
from app.storage.leases import LeaseHolder, Leases
from app.storage.links import LinkRecord, LinkStore
from app.ui.context import AccountContext

__all__ = ["POLLER_TASK", "LinkTracker"]

POLLER_TASK = "link-poller"


class LinkTracker(QObject):
    """Follows the account's unfinished links and reports every change it sees."""

    #: LinkStatus, the state known before this change, whether a new failed attempt appeared
    status_changed = Signal(object, str, bool)
    problem = Signal(str, str)  # session id, what went wrong (while retrying)
    #: provisional id, the LinkRecord now confirmed (a payment was found for its reference)
    confirmed = Signal(str, object)

    def __init__(
        self,
        store: LinkStore,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
        *,
        leases: Leases | None = None,
        holder: Callable[[], LeaseHolder] = lambda: LeaseHolder("", ""),
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.leases = leases
        self.holder = holder
        self.clock = clock or (lambda: datetime.now(UTC))
        self.context: AccountContext | None = None
        self.poller = SessionPoller()
        self.tracking: LinkTracking | None = None
        self.latest: dict[str, LinkStatus] = {}

    # -- pacing (tests make it quick) -------------------------------------------------
    @property
    def initial_interval_s(self) -> float:
        return self.poller.initial_interval_s

    @initial_interval_s.setter
    def initial_interval_s(self, seconds: float) -> None:
        self.poller.initial_interval_s = seconds

    @property
    def max_interval_s(self) -> float:
        return self.poller.max_interval_s

    @max_interval_s.setter
    def max_interval_s(self, seconds: float) -> None:
        self.poller.max_interval_s = seconds

    @property
    def min_gap_s(self) -> float:
        return self.poller.min_gap_s

    @min_gap_s.setter
    def min_gap_s(self, seconds: float) -> None:
        self.poller.min_gap_s = seconds

    # -- the desk's listener ----------------------------------------------------------
    def link_changed(self, link: LinkStatus, known_state: str, new_failure: bool) -> None:
        self.status_changed.emit(link, known_state, new_failure)

    def link_trouble(self, session_id: str, text: str) -> None:
        self.problem.emit(session_id, text)

    def link_confirmed(self, provisional_id: str, record: LinkRecord) -> None:
        self.confirmed.emit(provisional_id, record)

    # -- public -----------------------------------------------------------------------
    def bind(self, context: AccountContext | None) -> None:
        """A new account: the old poller dies with the old account's task runner."""
        self.context = context
        old = self.poller
        self.poller = SessionPoller()
        for name in ("initial_interval_s", "max_interval_s", "background_interval_s", "min_gap_s"):
            setattr(self.poller, name, getattr(old, name))
        old.clear()
        self.latest = {}
        self.tracking = (
            LinkTracking(
                context.client,
                context.account.key,
                self.store,
                self,
                self.poller,
                self.clock,
                leases=self.leases,
                holder=self.holder,
            )
            if context is not None
            else None
        )
        if self.tracking is not None:
            self.tracking.latest = self.latest

    @property
    def followed(self) -> list[str]:
        """Session ids being followed now."""
        return self.poller.keys

    def is_tracking(self, session_id: str) -> bool:
        return (
            self.context is not None
            and session_id in self.poller.keys
            and self.context.tasks.running(POLLER_TASK)
        )

    def track(self, record: LinkRecord, *, urgent: bool = False) -> None:
        """Follow one link (again). ``urgent``: it is on screen — read it now and often."""
        context, tracking = self.context, self.tracking
        if context is None or tracking is None or not tracking.track(record, urgent=urgent):
            return
        if not context.tasks.running(POLLER_TASK):
            context.tasks.start(
                POLLER_TASK,
                self.poller.run(),
                background=True,
                error_context=self.tr("Stopped following the open payment links"),
            )

    def track_all(self, records: list[LinkRecord]) -> None:
        """Resume every unfinished link (background); the poller spaces the reads out."""
        for record in records:
            self.track(record)

    def refresh(self, record: LinkRecord) -> None:
        """Read the link now (after cancelling it, or when staff reopen it)."""
        self.track(record, urgent=True)

    def untrack(self, session_id: str) -> None:
        self.poller.unfollow(session_id)

    def nudge(self, session_ids: frozenset[str]) -> None:
        """Another desk changed these links: read them now."""
        for session_id in session_ids:
            self.poller.nudge(session_id)
