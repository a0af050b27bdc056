"""A saved card charged without the customer: `POST /v1/sessions/pay`.

Dintero creates a session and pays it with the card's payment token in one request
(operation `unscheduled_purchase`). A refused card is not an error status: the answer
is a 200 whose transaction is FAILED, the reason and the card scheme's `retry_policy`
on its AUTHORIZE event (`PayResult.decline`). The request carries the
`strict-merchant-reference` toggle, so the same merchant reference sent twice is
refused instead of charged twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from app.core.i18n import translate
from app.dintero.models import (
    Customer,
    DinteroModel,
    EventError,
    Money,
    OrderItem,
    RetryPolicy,
    Transaction,
    TransactionStatus,
)
from app.dintero.payloads import format_time

__all__ = [
    "STRICT_REFERENCE",
    "Decline",
    "PayResult",
    "PayWithTokenRequest",
    "decline_of",
]

STRICT_REFERENCE = {"Dintero-Feature-Toggles": "strict-merchant-reference"}
"""A second session with the same `merchant_reference` is refused (400), never charged."""


class PayWithTokenRequest(DinteroModel):
    """What to charge a saved card: the order, and the card's token (never logged)."""

    merchant_reference: str
    currency: str
    amount: Money
    payment_token: str = Field(repr=False)
    items: tuple[OrderItem, ...] = ()
    vat_amount: Money | None = None
    payment_product_type: str = "dintero_psp.creditcard"
    operation: str = "unscheduled_purchase"
    customer: Customer | None = None
    merchant_reference_2: str | None = None
    callback_url: str | None = None
    auto_capture: bool | None = None
    expires_at: datetime | None = None
    metadata: dict[str, str | int] = Field(default_factory=dict)

    def __str__(self) -> str:
        return f"charge {self.amount} {self.currency} ({self.merchant_reference})"

    def to_payload(self) -> dict[str, Any]:
        order: dict[str, Any] = {
            "amount": self.amount,
            "currency": self.currency,
            "merchant_reference": self.merchant_reference,
            "items": [item.to_payload() for item in self.items],
        }
        if self.vat_amount is not None:
            order["vat_amount"] = self.vat_amount
        if self.merchant_reference_2:
            order["merchant_reference_2"] = self.merchant_reference_2
        customer = self.customer.model_dump(exclude_none=True) if self.customer else {}
        customer["tokens"] = {self.payment_product_type: {"payment_token": self.payment_token}}
        session: dict[str, Any] = {"order": order, "customer": customer}
        if self.callback_url:
            session["url"] = {"callback_url": self.callback_url}
        if self.auto_capture is not None:
            session["configuration"] = {"auto_capture": self.auto_capture}
        if self.expires_at is not None:
            session["expires_at"] = format_time(self.expires_at)
        if self.metadata:
            session["metadata"] = dict(self.metadata)
        return {
            "session": session,
            "payment": {
                "payment_product_type": self.payment_product_type,
                "operation": self.operation,
            },
        }


class Decline(DinteroModel):
    """Why the card was refused, in Dintero's words, and whether it may be tried again."""

    message: str
    code: str | None = None
    retry_policy: RetryPolicy | None = None

    @property
    def do_not_retry(self) -> bool:
        return self.retry_policy is not None and self.retry_policy.do_not_retry

    @property
    def retry_after(self) -> datetime | None:
        return self.retry_policy.retry_after if self.retry_policy else None


class PayResult(Transaction):
    """The answer: the new transaction plus `SessionPayResult` (`session_id`, `success`)."""

    success: bool | None = None

    @property
    def approved(self) -> bool:
        return self.status in (TransactionStatus.AUTHORIZED, TransactionStatus.CAPTURED)

    @property
    def decline(self) -> Decline | None:
        """The refusal when the transaction is FAILED or DECLINED."""
        return decline_of(self)


def decline_of(transaction: Transaction) -> Decline | None:
    """Why a charge's transaction was refused (its newest failed event's error), or None
    when it was approved."""
    if transaction.status in (TransactionStatus.AUTHORIZED, TransactionStatus.CAPTURED):
        return None
    error: EventError | None = None
    for event in reversed(transaction.events):
        if event.success is False and event.error is not None:
            error = event.error
            break
    status_text = translate("CardPayment", "The payment is {status}.").format(
        status=transaction.status
    )
    if error is None:
        return Decline(message=status_text)
    message = error.message or error.code or status_text
    return Decline(message=message, code=error.code, retry_policy=error.retry_policy)
