"""A paid link follows what happens to its payment afterwards.

Link tracking stops once a link is paid, so a payment voided or refunded later (on the
Transactions page, or in Dintero's back office) would leave the link saying "Paid". Every
transaction the desk reads is therefore offered here: when it belongs to a paid link of
the history, the link's state is brought up to date.
"""

from __future__ import annotations

import asyncio

from app.desk.link_status import state_after_payment
from app.desk.wording import status_label
from app.dintero.models import Transaction
from app.storage.links import LinkRecord, LinkStore

__all__ = ["follow_payment"]


async def follow_payment(store: LinkStore, transaction: Transaction) -> LinkRecord | None:
    """Update the link whose payment ``transaction`` is; the changed record, or None when
    it belongs to no link of the history or the link's state stays as it was."""
    if not transaction.session_id:
        return None
    record = await asyncio.to_thread(store.get, transaction.session_id)
    if record is None or record.transaction_id not in (None, transaction.id):
        return None
    state = state_after_payment(record.state, str(transaction.status))
    if state == record.state:
        return None
    detail = status_label(str(transaction.status))
    return await asyncio.to_thread(
        store.update_state, record.session_id, state, detail, transaction.id
    )
