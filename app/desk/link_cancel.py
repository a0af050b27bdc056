"""Cancelling a payment link: sent once, journaled, and settled by reading the link again.

Dintero has no idempotency key, so the cancel is written to the audit journal before it
is sent and is never repeated automatically. Its answer decides the outcome:

- the cancelled session → ``succeeded``, with the answer's request id (or, when the
  answer carries none, that of the session's CANCELLED event);
- a refusal (4xx) or no connection at all → ``failed``: nothing was done;
- an unclear answer (5xx, timeout, dropped connection, an answer we cannot read) → read
  the session again and settle by ``cancelled_at``: cancelled → ``succeeded``; not
  cancelled → ``failed`` ("did not confirm; the link is still open"), and staff may try
  again; the read fails too → ``unknown``, and the tracker keeps reading the link.

No Qt here: the links page runs this through the account's task runner.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from app.core.i18n import translate
from app.desk.services import LocalStores
from app.dintero import DinteroClient
from app.dintero.errors import (
    ApiError,
    DinteroError,
)
from app.dintero.models import Session
from app.storage.journal import JournalAttempt, Outcome

__all__ = [
    "CancelNotConfirmed",
    "CancelResult",
    "cancel_request_id",
    "cancel_session_once",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CancelResult:
    session: Session
    request_id: str | None


class CancelNotConfirmed(DinteroError):
    """The cancel got no clear answer; reading the link showed it open, or failed too."""

    def __init__(
        self,
        user_message: str,
        *,
        session_id: str,
        cause: DinteroError,
        read_error: DinteroError | None = None,
    ) -> None:
        super().__init__(f"Cancel of {session_id} not confirmed: {cause}")
        self.user_message = user_message
        self.session_id = session_id
        self.cause = cause
        self.read_error = read_error

    @property
    def details(self) -> str:
        lines = [f"Link (session): {self.session_id}", "Answer to the cancel:"]
        lines.extend(f"  {line}" for line in self.cause.details.splitlines())
        if self.read_error is not None:
            lines.append("Reading the link again:")
            lines.extend(f"  {line}" for line in self.read_error.details.splitlines())
        return "\n".join(lines)


def cancel_request_id(session: Session) -> str | None:
    """The request id of the call that cancelled the session (its last CANCELLED event)."""
    for event in reversed(session.events):
        if event.name == "CANCELLED" and event.request_id:
            return event.request_id
    return None


def _technical(error: DinteroError) -> str:
    if isinstance(error, ApiError):
        return str(error)
    return f"{error.user_message} ({type(error).__name__})"


async def cancel_session_once(
    client: DinteroClient, stores: LocalStores, attempt: JournalAttempt
) -> CancelResult:
    """Cancel the link ``attempt.target_id`` once; see the module notes for the outcomes."""
    session_id = attempt.target_id
    journal = await asyncio.to_thread(stores.journal)
    entry = await asyncio.to_thread(journal.record_attempt, attempt)

    async def settle(outcome: Outcome, request_id: str | None, message: str) -> None:
        await asyncio.to_thread(
            journal.settle, entry, outcome, request_id=request_id, message=message
        )

    async def interrupted() -> None:
        await asyncio.shield(
            settle(Outcome.UNKNOWN, None, "Interrupted before the outcome was known")
        )

    try:
        answer = await client.cancel_session_answer(session_id)
    except asyncio.CancelledError:
        await interrupted()
        raise
    except DinteroError as error:
        if error.certainly_not_applied:
            await settle(Outcome.FAILED, error.request_id, _technical(error))
            raise
        cause = error
    else:
        request_id = answer.request_id or cancel_request_id(answer.session)
        await settle(Outcome.SUCCEEDED, request_id, "")
        return CancelResult(answer.session, request_id)

    # No clear answer: Dintero may have cancelled it. Read, never send again.
    log.warning("Cancel of a link got no clear answer (%s); reading it again", type(cause))
    try:
        session = await client.get_session(session_id)
    except asyncio.CancelledError:
        await interrupted()
        raise
    except DinteroError as read_error:
        await settle(
            Outcome.UNKNOWN,
            cause.request_id,
            f"No clear answer to the cancel: {_technical(cause)}. Reading the link "
            f"again failed too: {_technical(read_error)}. Not sent again.",
        )
        raise CancelNotConfirmed(
            translate(
                "LinkCancel",
                "Paydesk could not confirm whether Dintero cancelled the link: the answer "
                "was unclear and reading the link again failed too. The cancel was not sent "
                "again. Paydesk keeps checking the link — look at its state before trying "
                "again.",
            ),
            session_id=session_id,
            cause=cause,
            read_error=read_error,
        ) from cause
    if session.cancelled_at is not None:
        request_id = cancel_request_id(session) or cause.request_id
        await settle(
            Outcome.SUCCEEDED,
            request_id,
            f"Confirmed by reading the link again after an unclear answer: {_technical(cause)}",
        )
        return CancelResult(session, request_id)
    still = (
        "the link is not cancelled and its payment was not voided"
        if session.transaction_id
        else "the link is still open"
    )
    await settle(
        Outcome.FAILED,
        cause.request_id,
        f"Dintero did not confirm; {still} (read again after: {_technical(cause)})",
    )
    told = (
        translate(
            "LinkCancel",
            "Dintero did not confirm the cancellation; the link is not cancelled and its "
            "payment was not voided. Nothing was sent again — you can try again.",
        )
        if session.transaction_id
        else translate(
            "LinkCancel",
            "Dintero did not confirm the cancellation; the link is still open. Nothing was "
            "sent again — you can try again.",
        )
    )
    raise CancelNotConfirmed(
        told,
        session_id=session_id,
        cause=cause,
    ) from cause
