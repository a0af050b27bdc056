"""Several desks on one shared database: whether it can be reached, and what the others did.

:class:`DatabaseWatch` keeps the desk told whether the shared database is reachable (the
status bar says so) and brings it back by itself: while it is away it is tried every
few seconds, otherwise now and then. Money moves need it (``MoneyMoveDesk`` refuses to
send while it is away); Dintero lookups do not.

:class:`ChangeWatch` hears what other desks change — links created, paid or cancelled,
journal rows — through PostgreSQL's ``LISTEN/NOTIFY`` within moments, and re-reads
everything every ``reread_every_s`` as well (and after every reconnection), in case a
notice was missed. It tells a :class:`ChangeListener` in batches.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.storage.postgres_db import PostgresServer

__all__ = [
    "ChangeListener",
    "ChangeWatch",
    "Changes",
    "DatabaseListener",
    "DatabaseWatch",
]

log = logging.getLogger(__name__)

_EVERYTHING = "*"


@dataclass(frozen=True)
class Changes:
    """What changed: keys per table (``links``, ``saved_cards``, ``journal``,
    ``templates``), or ``everything`` (after a reconnection, or the periodic re-read)."""

    keys: dict[str, frozenset[str]] = field(default_factory=dict)
    everything: bool = False

    def touches(self, table: str) -> bool:
        return self.everything or table in self.keys

    def of(self, table: str) -> frozenset[str]:
        return self.keys.get(table, frozenset())


class ChangeListener(Protocol):
    def shared_changes(self, changes: Changes) -> None: ...


class DatabaseListener(Protocol):
    def database_status(self, online: bool, problem: str) -> None:
        """Reachable or not (``problem`` says why not), on the event loop's thread."""


class DatabaseWatch:
    """Tells ``listener`` whether the shared database is reachable; tries it now and then."""

    def __init__(
        self,
        server: PostgresServer,
        listener: DatabaseListener,
        *,
        online_every_s: float = 30.0,
        offline_every_s: float = 3.0,
    ) -> None:
        self.server = server
        self.listener = listener
        self.online_every_s = online_every_s
        self.offline_every_s = offline_every_s

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        woken = asyncio.Event()

        def changed(online: bool, problem: str) -> None:  # from any thread
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(self._tell, online, problem, woken)

        stop = self.server.on_status(changed)
        try:
            while True:
                await asyncio.to_thread(self.server.ping)
                online = self.server.online
                pause = self.online_every_s if online else self.offline_every_s
                woken.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(woken.wait(), pause)
        finally:
            stop()

    def _tell(self, online: bool, problem: str, woken: asyncio.Event) -> None:
        self.listener.database_status(online, problem)
        if not online:
            woken.set()  # start trying again soon


class ChangeWatch:
    """Tells ``listener`` what changed in the shared database (see the module docstring)."""

    def __init__(
        self,
        server: PostgresServer,
        listener: ChangeListener,
        *,
        reread_every_s: float = 15.0,
    ) -> None:
        self.server = server
        self.listener = listener
        self.reread_every_s = reread_every_s

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str] = asyncio.Queue()

        def put(payload: str) -> None:  # from the feed's thread
            with contextlib.suppress(RuntimeError):  # the loop is closing
                loop.call_soon_threadsafe(queue.put_nowait, payload)

        feed = self.server.listen(put, lambda: put(_EVERYTHING))
        try:
            while True:
                try:
                    first = await asyncio.wait_for(queue.get(), self.reread_every_s)
                except TimeoutError:
                    first = _EVERYTHING
                payloads = [first]
                while not queue.empty():
                    payloads.append(queue.get_nowait())
                self._tell(payloads)
        finally:
            await asyncio.to_thread(feed.stop)

    def _tell(self, payloads: list[str]) -> None:
        keys: dict[str, set[str]] = defaultdict(set)
        everything = False
        for payload in payloads:
            if payload == _EVERYTHING:
                everything = True
                continue
            table, _, key = payload.partition(":")
            keys[table].add(key)
        changes = Changes({t: frozenset(k) for t, k in keys.items()}, everything)
        try:
            self.listener.shared_changes(changes)
        except Exception:
            log.exception("a change listener failed")
