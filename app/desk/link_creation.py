"""Creating a payment link so that a crash or a lost answer never loses it.

The link is written to the history (state ``creating``, provisional id) *before* the
request leaves, then completed with Dintero's session id and url. When Dintero certainly
created nothing (it refused with a 4xx, or the connection never opened) the record is
removed again. With the account's Orders API setting on, the order the link pays is made
(or found) first (``order_recording.order_for_link``): an order alone moves no money, so
nothing needs remembering before that. When the outcome is unknown (timeout, dropped
connection, 5xx, the app quitting mid-request) the record stays, and staff see it as
"not confirmed" — a second link is never sent behind their back.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta

from app.accounts.models import Account
from app.core.errors import UserFacingError
from app.core.i18n import translate
from app.desk.customer_texts import customer_language, payment_page_url
from app.desk.link_draft import LinkDraft
from app.desk.order_recording import order_for_link
from app.dintero import DinteroClient
from app.dintero.errors import (
    DinteroError,
)
from app.storage.links import LinkRecord, LinkState, LinkStore, pending_id

__all__ = ["LinkNotConfirmed", "create_link", "draft_from_record"]

#: The SMS status remembered for a link whose creation is not confirmed yet.
SMS_REQUESTED = "requested"


class LinkNotConfirmed(UserFacingError):
    """Dintero may have created the link, but its answer never arrived."""

    def __init__(self, record: LinkRecord, cause: BaseException) -> None:
        super().__init__(f"creation of {record.merchant_reference} not confirmed")
        self.record = record
        self.user_message = translate(
            "LinkNotConfirmed",
            "Dintero did not confirm the link {merchant_reference}: the answer "
            "never arrived, so the link may or may not exist. It is kept in the "
            "link history as “Not confirmed” and Paydesk keeps looking for it at "
            "Dintero by this reference. Ask the customer whether they received a "
            "link before you send it again.",
        ).format(merchant_reference=record.merchant_reference)
        self._details = (
            cause.details
            if isinstance(cause, UserFacingError)
            else f"{type(cause).__name__}: {cause}"
        )


def pending_record(account: Account, draft: LinkDraft, now: datetime) -> LinkRecord:
    """The history record written before sending."""
    return LinkRecord(
        session_id=pending_id(draft.merchant_reference),
        account_key=account.key,
        account_id=account.account_id,
        environment=account.environment.value,
        merchant_reference=draft.merchant_reference,
        currency=draft.currency,
        amount=draft.amount,
        url="",
        lines=draft.lines,
        shipping=draft.shipping,
        customer_phone=draft.phone,
        customer_email=draft.email,
        expires_at=draft.expires_at,
        auto_capture=draft.auto_capture,
        sms_status=SMS_REQUESTED if draft.send_sms else None,
        state=LinkState.CREATING,
        created_at=now,
        updated_at=now,
    )


async def create_link(
    client: DinteroClient, store: LinkStore, account: Account, draft: LinkDraft, now: datetime
) -> LinkRecord:
    """Record, send, complete. Raises ``LinkNotConfirmed`` when the outcome is unknown,
    ``OrderNotMade`` when the Orders API is on and the order could not be made."""
    if account.orders_api_enabled:
        draft = await order_for_link(client, draft)
    pending = pending_record(account, draft, now)
    await asyncio.to_thread(store.add, pending)
    request = draft.to_session_request(
        return_url=account.return_url,
        callback_url=account.callback_url,
        profile_id=account.profile_id,
    )
    try:
        created = await client.create_session(request)
    except DinteroError as error:
        if error.certainly_not_applied:
            await asyncio.to_thread(store.discard, pending.session_id)
            raise
        raise LinkNotConfirmed(pending, error) from error
    # asyncio.CancelledError (the app quits) leaves the record "creating": not confirmed.
    sms = next((p.status for p in created.publish if p.channel == "sms"), None)
    sms_status = (sms or "failed") if draft.send_sms else None
    language = customer_language(draft.customer_language, draft.phone)
    url = payment_page_url(created.url, language)
    record = await asyncio.to_thread(
        store.confirm, pending.session_id, created.id, url, sms_status=sms_status
    )
    if record is None:  # the pending row vanished (another desk window?): write it whole
        record = replace(
            pending,
            session_id=created.id,
            url=url,
            state=LinkState.OPEN,
            sms_status=sms_status,
        )
        await asyncio.to_thread(store.add, record)
    return record


def draft_from_record(record: LinkRecord, now: datetime) -> LinkDraft:
    """Send an unconfirmed link again with the same reference, lines and customer.

    The expiry is kept if it is still ahead; otherwise the link gets the same lifetime
    again from now.
    """
    expires_at = record.expires_at or now + timedelta(days=1)
    if expires_at <= now + timedelta(minutes=10):
        lifetime = expires_at - record.created_at
        expires_at = now + max(lifetime, timedelta(hours=1))
    return LinkDraft(
        currency=record.currency,
        merchant_reference=record.merchant_reference,
        lines=record.lines,
        shipping=record.shipping,
        phone=record.customer_phone,
        email=record.customer_email,
        expires_at=expires_at,
        auto_capture=record.auto_capture,
        send_sms=record.sms_status is not None,
    )
