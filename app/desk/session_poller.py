"""One poller per account for everything that waits on Dintero: links, card-saving links.

Dintero calls back only to a public https URL, which a desk does not have, so the desk
reads. To keep the load on Dintero bounded however many links are open, one loop does
all the reading: each watch has its own pause that starts short and doubles while
nothing changes; the watch on screen ("urgent") pauses at most ``max_interval_s``,
watches in the background at most ``background_interval_s``; whatever is due, reads are
spaced at least ``min_gap_s`` apart, and the urgent watch goes first. A passing failure
(no network, 5xx, 429, the shared database away) backs off and tries again; any other
refusal stops that watch.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from enum import Enum
from typing import Protocol

from app.dintero.errors import DinteroError, RateLimited, ServerError, TransportError
from app.storage.errors import StorageError

__all__ = ["PollResult", "SessionPoller", "Watch"]

log = logging.getLogger(__name__)


class PollResult(Enum):
    CHANGED = "changed"
    """Something new: read again soon."""
    UNCHANGED = "unchanged"
    """Nothing new: wait longer before the next read."""
    FINISHED = "finished"
    """Nothing more can happen: stop following."""


class Watch(Protocol):
    """One thing followed by the poller (a payment link, a card-saving link)."""

    @property
    def key(self) -> str: ...

    async def poll(self) -> PollResult:
        """Read once; raise ``DinteroError`` when Dintero could not be read."""

    def trouble(self, error: DinteroError | StorageError, *, retrying: bool) -> None:
        """Reading failed; ``retrying`` False means the poller stopped following it."""


@dataclass
class _Entry:
    watch: Watch
    due: float
    delay: float
    urgent: bool


class SessionPoller:
    """Schedules the reads of every watch; ``run()`` until nothing is left to follow."""

    initial_interval_s = 1.0
    max_interval_s = 15.0
    background_interval_s = 60.0
    min_gap_s = 0.25

    def __init__(self) -> None:
        self._entries: dict[str, _Entry] = {}
        self._wake = asyncio.Event()
        self._last_read = float("-inf")

    @property
    def keys(self) -> list[str]:
        return list(self._entries)

    def watch_for(self, key: str) -> Watch | None:
        entry = self._entries.get(key)
        return entry.watch if entry is not None else None

    def follow(self, watch: Watch, *, urgent: bool = False) -> None:
        """Follow ``watch`` (again). Urgent: it is on screen — read it now and often.

        Only one watch is urgent at a time; the one before goes back to the background.
        """
        now = _now()
        if urgent:
            for other in self._entries.values():
                other.urgent = False
        entry = self._entries.get(watch.key)
        if entry is None:
            delay = self.initial_interval_s if urgent else self.background_interval_s
            self._entries[watch.key] = _Entry(watch, now, delay, urgent)
        elif urgent:
            entry.urgent = True
            entry.due = now
            entry.delay = self.initial_interval_s
        self._wake.set()

    def replace(self, old_key: str, watch: Watch) -> None:
        """Follow ``watch`` instead of the one under ``old_key``, read now."""
        old = self._entries.pop(old_key, None)
        urgent = old.urgent if old is not None else False
        self._entries[watch.key] = _Entry(watch, _now(), self.initial_interval_s, urgent)
        self._wake.set()

    def unfollow(self, key: str) -> None:
        self._entries.pop(key, None)

    def nudge(self, key: str) -> None:
        """Read ``key`` now (another desk changed it), keeping its place otherwise."""
        entry = self._entries.get(key)
        if entry is not None:
            entry.due = _now()
            self._wake.set()

    def clear(self) -> None:
        self._entries.clear()
        self._last_read = float("-inf")

    async def run(self) -> None:
        """Read whatever is due, until nothing is followed any more."""
        while self._entries:
            now = _now()
            entry = self._next(now)
            wait = max(entry.due, self._last_read + self.min_gap_s) - now
            if wait > 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), wait)
                continue  # pick again: something more urgent may have arrived
            self._last_read = _now()
            await self._poll(entry)

    def _next(self, now: float) -> _Entry:
        """The urgent watch if it is due, else the one due the longest."""
        entries = self._entries.values()
        due = [entry for entry in entries if entry.due <= now]
        if due:
            return min(due, key=lambda entry: (not entry.urgent, entry.due))
        return min(entries, key=lambda entry: entry.due)

    async def _poll(self, entry: _Entry) -> None:
        watch = entry.watch
        try:
            result = await watch.poll()
        except (TransportError, ServerError, RateLimited, StorageError) as error:
            watch.trouble(error, retrying=True)
            self._backoff(entry)
            entry.due = _now() + entry.delay
            return
        except DinteroError as error:
            # Dintero refuses to show it (unknown, another account's, ...): stop following
            # it; the rest carry on. Following it again tries again.
            log.warning("Stopped following %s: %s", watch.key, error.details)
            self._drop(entry)
            watch.trouble(error, retrying=False)
            return
        if result is PollResult.FINISHED:
            self._drop(entry)
            return
        if result is PollResult.CHANGED:
            entry.delay = self.initial_interval_s
        else:
            self._backoff(entry)
        entry.due = _now() + entry.delay

    def _drop(self, entry: _Entry) -> None:
        if self._entries.get(entry.watch.key) is entry:
            del self._entries[entry.watch.key]

    def _backoff(self, entry: _Entry) -> None:
        ceiling = self.max_interval_s if entry.urgent else self.background_interval_s
        entry.delay = min(entry.delay * 2, ceiling)


def _now() -> float:
    """The poller's clock (the same one asyncio's loop uses)."""
    return time.monotonic()
