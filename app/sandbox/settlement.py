"""Settlement: captured money is paid out to the merchant a while after the capture.

The checkout spec: a transaction's `settlement_status` is NOT_SETTLED,
PENDING_SETTLEMENT, PARTIALLY_SETTLED or SETTLED ("Overall settlement status after the
events"); a SETTLEMENT event carries `settlements` (`events`: one per payout, with
`settlement_id`, `provider_reference`, `event_correlation_id` "for matching to
transaction event", `amount`, `capture`, `refund`; and the `settlement_status`).

The sandbox: a successful capture makes the transaction PENDING_SETTLEMENT (or
PARTIALLY_SETTLED when earlier money was settled); `delay_s` later (None: only when
asked, `POST /sandbox/transactions/{id}/settle`) every capture and refund not settled
yet is paid out in one SETTLEMENT event, and the transaction is SETTLED.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from app.sandbox.errors import ApiError, Code
from app.sandbox.events import transaction_event
from app.sandbox.model import Json, Transaction
from app.sandbox.state import SandboxState

__all__ = ["money_moved", "pay_out", "settle", "settlement_status"]

_MONEY_EVENTS = ("CAPTURE", "REFUND")


def _money_events(transaction: Transaction) -> list[Json]:
    return [
        event
        for event in transaction.events
        if event.get("event") in _MONEY_EVENTS and event.get("success")
    ]


def settlement_status(transaction: Transaction) -> str:
    """The status the transaction's captures, refunds and settlements add up to."""
    money = _money_events(transaction)
    if not any(event["event"] == "CAPTURE" for event in money):
        return "NOT_SETTLED"
    settled = [event for event in money if event["id"] in transaction.settled_event_ids]
    if len(settled) == len(money):
        return "SETTLED"
    return "PARTIALLY_SETTLED" if settled else "PENDING_SETTLEMENT"


def money_moved(state: SandboxState, transaction: Transaction) -> None:
    """After a successful capture or refund: pending settlement, paid out later."""
    transaction.settlement_status = settlement_status(transaction)
    delay = state.settlement_delay_s
    if delay is None or transaction.settlement_status == "SETTLED":
        return
    transaction_id = transaction.id

    def run() -> None:
        current = state.transactions.get(transaction_id)
        if current is not None and settlement_status(current) != "SETTLED":
            settle(state, current)

    state.later(delay, run)


def settle(state: SandboxState, transaction: Transaction) -> Transaction:
    """Pay out every capture and refund not settled yet, in one SETTLEMENT event."""
    if not pay_out(transaction, state.clock.now(), str(uuid.uuid4()), str(uuid.uuid4())):
        raise ApiError.bad_request(Code.OPERATION_NOT_ALLOWED, "Nothing is waiting to be settled")
    return transaction


def pay_out(
    transaction: Transaction,
    at: datetime,
    settlement_id: str,
    request_id: str,
    event_id: str | None = None,
) -> bool:
    """Append the SETTLEMENT event for what is not settled yet; False if nothing is."""
    unsettled = [
        event
        for event in _money_events(transaction)
        if event["id"] not in transaction.settled_event_ids
    ]
    if not unsettled:
        return False
    payouts: list[Json] = []
    for event in unsettled:
        amount = int(event.get("amount", 0))
        kind = "capture" if event["event"] == "CAPTURE" else "refund"
        payouts.append(
            {
                "settlement_id": settlement_id,
                "provider_reference": f"SBX-{settlement_id[:8].upper()}",
                "event_correlation_id": event["id"],
                "amount": amount if kind == "capture" else -amount,
                kind: amount,
            }
        )
        transaction.settled_event_ids.add(event["id"])
    transaction.settlement_status = settlement_status(transaction)
    event = transaction_event(
        "SETTLEMENT",
        status=transaction.status,
        at=at,
        amount=sum(int(p["amount"]) for p in payouts),
        request_id=request_id,
        created_by="dintero-settlement",
        event_id=event_id,
    )
    event["settlements"] = {"events": payouts, "settlement_status": transaction.settlement_status}
    transaction.events.append(event)
    transaction.updated_at = max(transaction.updated_at, at)
    return True
