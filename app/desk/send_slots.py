"""How many money moves may be on the wire at once, apart from the work around them.

A bulk capture's "at once" limits the requests Dintero sees. Each move also writes its
journal row before sending and settles it after; holding a slot for those writes would
leave the wire idle while the disk works. So a move journals its attempt first, then
takes a slot, and gives it back as soon as Dintero's answer is in: the next moves' rows
are written while earlier ones are on the wire.

Stopping the run (:meth:`SendSlots.stop`) turns away a move still waiting for a slot:
it was journalled but never sent, and its row says so.
"""

from __future__ import annotations

import asyncio

from app.core.i18n import translate
from app.dintero import LocalValidationError

__all__ = ["SendSlots", "SendStopped"]


class SendStopped(LocalValidationError):
    """The run was stopped while this move waited for a slot: it was not sent."""

    def __init__(self) -> None:
        super().__init__(translate("SendSlots", "stopped before it was sent"))


class SendSlots:
    """At most ``size`` moves between "journalled" and "answered" at once."""

    def __init__(self, size: int) -> None:
        self._gate = asyncio.Semaphore(max(1, size))
        self._stopped = False
        self.taken: set[str] = set()
        """The moves (by transaction) that took a slot: only these can have been sent."""

    async def take(self, transaction_id: str) -> None:
        """Wait for a slot; raises ``SendStopped`` once the run is stopped."""
        await self._gate.acquire()
        if self._stopped:
            self._gate.release()
            raise SendStopped
        self.taken.add(transaction_id)

    def give_back(self) -> None:
        self._gate.release()

    def stop(self) -> None:
        """No move that has not taken a slot yet will take one."""
        self._stopped = True
