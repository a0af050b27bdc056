"""Sending a link again by SMS: a replacement link for the same order, the old one cancelled.

Dintero sends the SMS only when a session is created, so "send again" cannot re-send the
old link: it creates a new link with the same reference, lines, customer and expiry, sent
by SMS, and then cancels the old one so the customer cannot pay twice. The order matters:

1. The new link is created first (crash-safe, see ``link_creation``). When that fails
   nothing else happens: the old link stays open and the customer can still pay it.
2. The old link is read again. A payment started on it meanwhile (the customer paid the
   first SMS after all) means it is *not* cancelled — cancelling would void that payment —
   and staff are told that two links are now open.
3. The old link is cancelled once, journalled (``link_cancel``). When that fails or is not
   confirmed, the new link stays (it has been sent) and staff are told plainly that the
   old one may still be open.

Nothing is repeated behind the staff's back; every outcome is in ``Replaced``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import datetime

from app.accounts.models import Account
from app.core.i18n import translate
from app.desk.journal_rows import cancel_attempt
from app.desk.link_cancel import cancel_session_once
from app.desk.link_creation import create_link, draft_from_record
from app.desk.services import LocalStores
from app.dintero import DinteroClient
from app.dintero.errors import DinteroError
from app.storage.links import LinkRecord, LinkState

__all__ = ["Replaced", "replace_link"]


@dataclass(frozen=True)
class Replaced:
    """The new link, and whether the old one is cancelled (``old`` is then its record as
    cancelled); ``problem`` says in plain words what staff must check when it is not
    (empty when all went well)."""

    new: LinkRecord
    old: LinkRecord
    old_cancelled: bool
    problem: str = ""


async def replace_link(
    client: DinteroClient,
    stores: LocalStores,
    account: Account,
    old: LinkRecord,
    now: datetime,
    *,
    operator: str,
    desk: str = "",
) -> Replaced:
    """Create a replacement for ``old`` sent by SMS, then cancel ``old``.

    Raises what ``create_link`` raises when the new link was not made (the old one is
    then left alone).
    """
    draft = replace(draft_from_record(old, now), send_sms=True)
    new = await create_link(client, stores.links(), account, draft, now)
    reference = old.merchant_reference
    try:
        session = await client.get_session(old.session_id)
    except DinteroError as error:
        return Replaced(
            new,
            old,
            False,
            translate(
                "LinkReplacement",
                "The new link was sent, but Paydesk could not read the old link of {ref}, "
                "so it did not cancel it: the customer may have two links. Open the old "
                "link and cancel it. ({reason})",
            ).format(ref=reference, reason=error.user_message),
        )
    if session.cancelled_at is not None:
        return Replaced(new, await _cancelled(stores, old), True)
    if session.transaction_id:
        return Replaced(
            new,
            old,
            False,
            translate(
                "LinkReplacement",
                "The customer has started paying the old link of {ref} (payment "
                "{transaction}), so it was not cancelled: cancelling would void that "
                "payment. Two links for this order are open now: check the old link's "
                "payment, then cancel the new link if it is paid.",
            ).format(ref=reference, transaction=session.transaction_id),
        )
    attempt = cancel_attempt(account, operator, old, desk=desk)
    try:
        await cancel_session_once(client, stores, attempt)
    except DinteroError as error:
        return Replaced(
            new,
            old,
            False,
            translate(
                "LinkReplacement",
                "The new link was sent, but the old link of {ref} was NOT cancelled: "
                "{reason} The customer may have two links. Open the old link and cancel it.",
            ).format(ref=reference, reason=error.user_message),
        )
    return Replaced(new, await _cancelled(stores, old), True)


async def _cancelled(stores: LocalStores, old: LinkRecord) -> LinkRecord:
    """Write the old link's new state to the history at once (tracking confirms it later)."""
    detail = translate("LinkReplacement", "replaced by a new link sent by SMS")
    links = stores.links()
    updated = await asyncio.to_thread(
        links.update_state, old.session_id, LinkState.CANCELLED, detail
    )
    return updated or replace(old, state=LinkState.CANCELLED, state_detail=detail)
