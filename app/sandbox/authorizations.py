"""`POST /v1/transactions/{id}/authorization`: extend a Klarna authorization.

The checkout spec's use case 1, "Extend authorization (Klarna)": provider `klarna`,
required `reason` and `reference`, no `amount` ("If `amount` is **not provided**: Extend
authorization flow is used"). Dintero's knowledge base: Klarna authorizations last 28
days and can be renewed "for another 28 days ... repeated for up to 6 months". The spec
does not say how an extension shows on the transaction; the sandbox appends a successful
AUTHORIZE event (status unchanged, `event_reference` = the reference, `metadata.reason`),
so a lifetime counted from the newest AUTHORIZE starts again. The other use cases
(Klarna amount update, Dintero PSP pre-authorization, Dintero External) are refused.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from app.sandbox.clock import parse_time
from app.sandbox.errors import ApiError, Code
from app.sandbox.events import transaction_event
from app.sandbox.ledger import Ledger
from app.sandbox.model import Transaction
from app.sandbox.state import RequestContext, SandboxState
from app.sandbox.validation import Problems

__all__ = ["KLARNA_LIFETIME", "KLARNA_MAX_LIFETIME", "update_authorization"]

KLARNA_LIFETIME = timedelta(days=28)
KLARNA_MAX_LIFETIME = timedelta(days=180)
_FIELDS = frozenset(
    {"reason", "reference", "amount", "final_authorization", "items", "description"}
)
_OPEN_STATUSES = frozenset({"AUTHORIZED", "PARTIALLY_CAPTURED", "PARTIALLY_CAPTURED_REFUNDED"})


def _conflict(message: str) -> ApiError:
    return ApiError(409, Code.AUTHORIZATION_NOT_EXTENDABLE, message)


def update_authorization(
    state: SandboxState, ctx: RequestContext, transaction: Transaction, body: Any
) -> Transaction:
    problems = Problems()
    if problems.object(body, "body") is None:
        problems.check()
    for key in sorted(set(body) - _FIELDS):
        problems.add(key, "is not a field of this request")
    problems.check()
    if transaction.payment_product != "klarna" or body.get("amount") is not None:
        raise ApiError.bad_request(
            Code.AUTHORIZATION_UPDATE_NOT_SUPPORTED,
            "The sandbox only extends Klarna authorizations (no amount)",
        )
    problems.text(body, "reason", "reason")
    problems.text(body, "reference", "reference")
    problems.check()
    if transaction.status not in _OPEN_STATUSES or Ledger(transaction).capturable <= 0:
        raise _conflict(f"Nothing is reserved on a {transaction.status} transaction")
    authorizations = [
        e for e in transaction.events if e.get("event") == "AUTHORIZE" and e.get("success")
    ]
    now = state.clock.now()
    first, newest = _times(transaction, authorizations)
    if now > newest + KLARNA_LIFETIME:
        raise _conflict("The authorization has lapsed")
    if now + KLARNA_LIFETIME > first + KLARNA_MAX_LIFETIME:
        raise _conflict("A Klarna authorization cannot be extended beyond 6 months")
    event = transaction_event(
        "AUTHORIZE",
        status=transaction.status,
        at=now,
        amount=transaction.amount,
        request_id=ctx.request_id,
        created_by=ctx.client_id,
        event_reference=str(body["reference"]),
        request_headers=ctx.system_headers,
        metadata={"reason": str(body["reason"])},
    )
    transaction.events.append(event)
    transaction.updated_at = now
    return transaction


def _times(
    transaction: Transaction, authorizations: list[dict[str, Any]]
) -> tuple[datetime, datetime]:
    """When it was first authorized, and when the authorization standing now was given."""
    if not authorizations:
        return transaction.created_at, transaction.created_at
    first = parse_time(str(authorizations[0]["created_at"]))
    return first, parse_time(str(authorizations[-1]["created_at"]))
