"""How many money moves may be on the wire at once, apart from the work around them.

A bulk capture's "at once" limits the requests Dintero sees. Each move also writes its
journal row before sending and settles it after; holding a slot for those writes would
leave the wire idle while the disk works. So a move journals its attempt first, then
takes a slot, and gives it back as soon as Dintero's answer is in: the next moves' rows
are written while earlier ones are on the wire.

Stopping the run (:meth:`SendSlots.stop`) turns away at once every move still waiting
for a slot, and every move that has not been journalled yet: neither was sent.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Callable

from app.core.i18n import translate
from app.dintero import LocalValidationError

__all__ = ["STOPPED_NOTE", "SendSlots", "SendStopped"]

STOPPED_NOTE = "Not sent: the run was stopped before it was sent."
"""The journal's note (in English, like its others) on a move journalled, then turned
away by a stopped run."""


class SendStopped(LocalValidationError):
    """The run was stopped before this move took a slot: it was not sent."""

    def __init__(self) -> None:
        #: Why a capture was not sent: the person stopped the run while it waited its turn.
        super().__init__(translate("SendSlots", "stopped before it was sent"))


class SendSlots:
    """At most ``size`` moves on the wire at once (each holds a slot from just before it
    sends until its answer, or the re-read that settles an unclear one, is in), first
    come first served. ``on_taken`` hears each move that takes a slot."""

    def __init__(self, size: int, on_taken: Callable[[str], None] | None = None) -> None:
        self._free = max(1, size)
        self._waiting: collections.deque[asyncio.Future[bool]] = collections.deque()
        self._on_taken = on_taken
        self.stopped = False

    def check(self) -> None:
        """Raises ``SendStopped`` once the run is stopped (before journalling a move)."""
        if self.stopped:
            raise SendStopped

    async def take(self, transaction_id: str) -> None:
        """Wait for a slot; raises ``SendStopped`` if the run is stopped meanwhile."""
        self.check()
        if self._free > 0 and not self._waiting:
            self._free -= 1
        else:
            turn: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
            self._waiting.append(turn)
            try:
                granted = await turn
            except asyncio.CancelledError:
                if turn.done() and not turn.cancelled() and turn.result():
                    self.give_back()  # handed a slot just as it was cut off: pass it on
                elif turn in self._waiting:  # a slot given back meanwhile skipped it
                    self._waiting.remove(turn)
                raise
            if not granted:
                raise SendStopped
        if self._on_taken is not None:
            self._on_taken(transaction_id)

    def give_back(self) -> None:
        """The answer is in: the slot goes to the longest waiting move, if any."""
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(True)
                return
        self._free += 1

    def stop(self) -> None:
        """No move that has not taken a slot yet will take one; waiting ones are told now."""
        self.stopped = True
        while self._waiting:
            turn = self._waiting.popleft()
            if not turn.done():
                turn.set_result(False)
