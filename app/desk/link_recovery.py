"""Finding a link whose creation answer was lost, and sending it again only if it is not there.

Dintero may have created the session even though its answer never arrived. It is looked
up by the link's merchant reference (``GET /v1/sessions``), or, when that search finds
nothing, through a payment carrying the reference. Only a session that can be this very
link is taken: the same reference, amount and currency, created no earlier than
``CLOCK_SLACK`` before the link was recorded (the desk's clock and Dintero's differ),
and not another link already in the history (staff may type a reference used before).

"Send again with the same reference" looks first: a session found is adopted (the record
is confirmed with it) instead of creating a second live link with the same reference.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from app.accounts.models import Account
from app.core.errors import UserFacingError
from app.core.i18n import translate
from app.desk.customer_texts import language_for_phone, payment_page_url
from app.desk.link_creation import create_link, draft_from_record
from app.dintero import DinteroClient, TransactionFilter
from app.dintero.errors import DinteroError
from app.dintero.models import Session
from app.storage.links import LinkRecord, LinkState, LinkStore

__all__ = [
    "CLOCK_SLACK",
    "ResendNotChecked",
    "Resent",
    "confirm_found",
    "find_lost_session",
    "resend_link",
]

#: How much earlier than the record a session may say it was created and still be it.
CLOCK_SLACK = timedelta(hours=1)


class ResendNotChecked(UserFacingError):
    """Looking for the link at Dintero failed, so it was not sent again."""

    def __init__(self, record: LinkRecord, cause: DinteroError) -> None:
        super().__init__(f"could not look for {record.merchant_reference} before resending")
        self.user_message = translate(
            "ResendNotChecked",
            "Paydesk could not check whether Dintero already has the link "
            "{merchant_reference}, so it did not send it again (that could leave "
            "the customer with two links). {user_message} Try again in a moment.",
        ).format(merchant_reference=record.merchant_reference, user_message=cause.user_message)
        self._details = cause.details


@dataclass(frozen=True)
class Resent:
    """What "send again" did: ``found_existing`` — Dintero had the link after all, and
    ``record`` is it, confirmed; otherwise ``record`` is the link just created."""

    record: LinkRecord
    found_existing: bool


def _could_be(record: LinkRecord, session: Session) -> bool:
    order = session.order
    if order.merchant_reference != record.merchant_reference:
        return False
    if order.amount != record.amount or order.currency != record.currency:
        return False
    created = session.created_at
    return created is None or created >= record.created_at - CLOCK_SLACK


def _most_likely(sessions: list[Session]) -> Session:
    """Paid (or tried) before untouched, live before cancelled, then newest (the order
    Dintero lists them in)."""
    ranked = sorted(
        enumerate(sessions),
        key=lambda pair: (
            pair[1].transaction_id is None,
            pair[1].cancelled_at is not None,
            pair[0],
        ),
    )
    return ranked[0][1]


async def _not_other_links(
    store: LinkStore, record: LinkRecord, sessions: list[Session]
) -> list[Session]:
    """The sessions that are not another link of the history (this very link, already
    confirmed by another path, is kept: it was recorded at the same moment)."""

    def other_links() -> set[str]:
        others = set()
        for session in sessions:
            known = store.get(session.id)
            if known is not None and not _same_link(known, record):
                others.add(session.id)
        return others

    ids = await asyncio.to_thread(other_links) if sessions else set()
    return [s for s in sessions if s.id not in ids]


def _same_link(known: LinkRecord, record: LinkRecord) -> bool:
    return (
        known.account_key == record.account_key
        and known.merchant_reference == record.merchant_reference
        and known.created_at == record.created_at
    )


async def find_lost_session(
    client: DinteroClient, store: LinkStore, record: LinkRecord
) -> Session | None:
    """The session Dintero created for the unconfirmed ``record``, if it did.

    Raises ``DinteroError`` when Dintero could not be asked.
    """
    reference = record.merchant_reference
    listed = await client.find_sessions_by_reference(reference)
    found = await _not_other_links(store, record, [s for s in listed if _could_be(record, s)])
    if found:
        return _most_likely(found)
    # The list's search "will try to match": a payment with the reference is exact.
    paid = await client.list_transactions(TransactionFilter(merchant_reference=reference), limit=10)
    for session_id in dict.fromkeys(
        t.session_id for t in paid if t.session_id and t.merchant_reference == reference
    ):
        session = await client.get_session(session_id)
        if _could_be(record, session) and await _not_other_links(store, record, [session]):
            return session
    return None


def _page_url(client: DinteroClient, record: LinkRecord, session_id: str) -> str:
    """The link as the customer gets it: in the language of their phone's country (a
    choice made on the form is not kept with an unconfirmed link)."""
    language = language_for_phone(record.customer_phone)
    return payment_page_url(client.hosted_page_url(session_id), language)


async def confirm_found(
    client: DinteroClient, store: LinkStore, record: LinkRecord, session: Session
) -> LinkRecord | None:
    """Complete the unconfirmed ``record`` with the ``session`` found for it; None when
    it was confirmed meanwhile by another path."""
    sms = next((p.status for p in session.publish if p.channel == "sms" and p.status), None)
    return await asyncio.to_thread(
        store.confirm,
        record.session_id,
        session.id,
        _page_url(client, record, session.id),
        sms_status=sms if record.sms_status else None,
    )


async def resend_link(
    client: DinteroClient, store: LinkStore, account: Account, record: LinkRecord, now: datetime
) -> Resent:
    """Send the unconfirmed ``record`` again with the same reference — unless Dintero has
    it already, in which case that link is adopted and nothing is sent.

    Raises ``ResendNotChecked`` when Dintero could not be asked (nothing is sent), and
    what ``create_link`` raises.
    """
    try:
        existing = await find_lost_session(client, store, record)
    except DinteroError as error:
        raise ResendNotChecked(record, error) from error
    if existing is None:
        created = await create_link(client, store, account, draft_from_record(record, now), now)
        return Resent(created, found_existing=False)
    confirmed = await confirm_found(client, store, record, existing)
    if confirmed is None:  # the tracker found it first
        confirmed = await asyncio.to_thread(store.get, existing.id)
    if confirmed is None:  # the provisional row vanished too: write the link whole
        confirmed = replace(
            record,
            session_id=existing.id,
            url=_page_url(client, record, existing.id),
            state=LinkState.OPEN,
            state_detail="",
        )
        await asyncio.to_thread(store.add, confirmed)
    return Resent(confirmed, found_existing=True)
