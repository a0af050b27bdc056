"""What Paydesk sends: sessions, payment-token sessions, captures and refunds.

Each request model renders its own JSON (`to_payload`) so the exact body Dintero gets
is decided in one place and can be checked in tests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import Field

from app.core.references import new_operation_reference
from app.dintero.models import (
    Address,
    Customer,
    DinteroModel,
    Money,
    OrderItem,
    ShippingOption,
)

__all__ = [
    "CaptureRequest",
    "PaymentTokenSessionRequest",
    "RefundRequest",
    "SessionRequest",
    "format_time",
]


def format_time(moment: datetime) -> str:
    """ISO 8601 in UTC with a `Z`; a naive time is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class SessionRequest(DinteroModel):
    """A payment link (`POST /v1/sessions-profile`).

    `amount` may be left out: it is then Σ lines + shipping. When given, the client
    checks it against that sum before sending (`LocalValidationError`).
    """

    merchant_reference: str
    currency: str
    return_url: str
    items: tuple[OrderItem, ...] = ()
    shipping_option: ShippingOption | None = None
    amount: Money | None = None
    vat_amount: Money | None = None
    callback_url: str | None = None
    merchant_terms_url: str | None = None
    merchant_reference_2: str | None = None
    customer: Customer | None = None
    shipping_address: Address | None = None
    billing_address: Address | None = None
    expires_at: datetime | None = None
    auto_capture: bool | None = None
    publish_sms: bool = False
    metadata: dict[str, str | int] = Field(default_factory=dict)
    profile_id: str = "default"
    channel: str | None = None

    @property
    def lines_total(self) -> int:
        """Σ line amounts + shipping: what `amount` must equal."""
        shipping = self.shipping_option.amount if self.shipping_option else 0
        return sum(item.amount for item in self.items) + shipping

    @property
    def order_amount(self) -> int:
        return self.lines_total if self.amount is None else self.amount

    def to_payload(self) -> dict[str, Any]:
        order: dict[str, Any] = {
            "amount": self.order_amount,
            "currency": self.currency,
            "merchant_reference": self.merchant_reference,
            "items": [item.to_payload() for item in self.items],
        }
        if self.vat_amount is not None:
            order["vat_amount"] = self.vat_amount
        if self.shipping_option is not None:
            order["shipping_option"] = self.shipping_option.to_payload()
        if self.merchant_reference_2:
            order["merchant_reference_2"] = self.merchant_reference_2
        if self.shipping_address is not None:
            order["shipping_address"] = self.shipping_address.model_dump(exclude_none=True)
        if self.billing_address is not None:
            order["billing_address"] = self.billing_address.model_dump(exclude_none=True)
        url: dict[str, Any] = {"return_url": self.return_url}
        if self.callback_url:
            url["callback_url"] = self.callback_url
        if self.merchant_terms_url:
            url["merchant_terms_url"] = self.merchant_terms_url
        body: dict[str, Any] = {"url": url, "order": order, "profile_id": self.profile_id}
        if self.customer is not None:
            body["customer"] = self.customer.model_dump(exclude_none=True)
        if self.expires_at is not None:
            body["expires_at"] = format_time(self.expires_at)
        configuration: dict[str, Any] = {}
        if self.auto_capture is not None:
            configuration["auto_capture"] = self.auto_capture
        if self.channel is not None:
            configuration["channel"] = self.channel
        if self.publish_sms:
            configuration["publish"] = [{"channel": "sms", "type": "checkout-link"}]
        if configuration:
            body["configuration"] = configuration
        if self.metadata:
            body["metadata"] = dict(self.metadata)
        return body


class PaymentTokenSessionRequest(DinteroModel):
    """A page that saves a card as a token without charging (`POST /v1/sessions/payment-token`)."""

    merchant_reference: str
    currency: str
    return_url: str
    payment_product_type: str = "dintero_psp.creditcard"
    token_types: tuple[str, ...] = ("payment_token",)
    callback_url: str | None = None
    merchant_terms_url: str | None = None
    merchant_reference_2: str | None = None
    customer: Customer | None = None
    expires_at: datetime | None = None
    profile_id: str | None = "default"
    metadata: dict[str, str | int] = Field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        order: dict[str, Any] = {
            "currency": self.currency,
            "merchant_reference": self.merchant_reference,
        }
        if self.merchant_reference_2:
            order["merchant_reference_2"] = self.merchant_reference_2
        url: dict[str, Any] = {"return_url": self.return_url}
        if self.callback_url:
            url["callback_url"] = self.callback_url
        if self.merchant_terms_url:
            url["merchant_terms_url"] = self.merchant_terms_url
        session: dict[str, Any] = {"order": order, "url": url}
        if self.profile_id:
            session["profile_id"] = self.profile_id
        if self.customer is not None:
            session["customer"] = self.customer.model_dump(exclude_none=True)
        if self.expires_at is not None:
            session["expires_at"] = format_time(self.expires_at)
        if self.metadata:
            session["metadata"] = dict(self.metadata)
        return {
            "session": session,
            "token_provider": {
                "payment_product_type": self.payment_product_type,
                "token_types": list(self.token_types),
            },
        }


class CaptureRequest(DinteroModel):
    """Capture `amount`, optionally by lines (Σ items must equal amount).

    `reference` is generated when not given; read it before calling `capture` to write
    it to a journal, or use the `on_before_send` hook.
    """

    amount: Money
    items: tuple[OrderItem, ...] = ()
    reference: str = Field(default_factory=lambda: new_operation_reference("cap"))
    final_capture: bool = False
    metadata: dict[str, str] = Field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"amount": self.amount, "capture_reference": self.reference}
        if self.items:
            body["items"] = [item.to_payload() for item in self.items]
        if self.final_capture:
            body["final_capture"] = True
        if self.metadata:
            body["metadata"] = dict(self.metadata)
        return body


class RefundRequest(DinteroModel):
    """Refund `amount`, optionally by lines (Σ items must equal amount), with a reason."""

    amount: Money
    items: tuple[OrderItem, ...] = ()
    reference: str = Field(default_factory=lambda: new_operation_reference("ref"))
    reason: str | None = None
    metadata: dict[str, str] = Field(default_factory=dict)

    def to_payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"amount": self.amount, "refund_reference": self.reference}
        if self.items:
            body["items"] = [item.to_payload() for item in self.items]
        if self.reason:
            body["reason"] = self.reason
        if self.metadata:
            body["metadata"] = dict(self.metadata)
        return body
