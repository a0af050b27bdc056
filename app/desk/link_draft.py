"""A payment link as staff filled it in, and how it becomes Dintero's session request.

Kept free of widgets so the exact amounts sent can be reasoned about in one place: every
line's amount and VAT come from ``app.core.vat.OrderLine`` and the order amount is
Σ lines + shipping, in minor units.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.vat import OrderLine, order_total, vat_from_gross
from app.dintero.models import Customer, OrderItem, ShippingOption
from app.dintero.payloads import SessionRequest
from app.storage.links import ShippingLine

__all__ = ["SHIPPING_LINE_ID", "LinkDraft"]

SHIPPING_LINE_ID = "shipping"


@dataclass(frozen=True)
class LinkDraft:
    """Everything the new-link form collects, already validated."""

    currency: str
    merchant_reference: str
    lines: tuple[OrderLine, ...]
    shipping: ShippingLine | None
    phone: str | None
    email: str | None
    expires_at: datetime
    auto_capture: bool
    send_sms: bool
    merchant_reference_2: str | None = None
    """The reference staff typed, when the merchant reference is an order id made for it."""
    customer_language: str = ""
    """The language the customer reads the payment page in; "" follows the phone's
    country (``app.desk.customer_texts``)."""

    @property
    def amount(self) -> int:
        return order_total(self.lines, self.shipping.amount if self.shipping else 0)

    @property
    def vat_amount(self) -> int:
        shipping_vat = (
            vat_from_gross(self.shipping.amount, self.shipping.vat_rate) if self.shipping else 0
        )
        return sum((line.vat_amount for line in self.lines), start=shipping_vat)

    def to_session_request(
        self, *, return_url: str, callback_url: str | None, profile_id: str
    ) -> SessionRequest:
        items = tuple(
            OrderItem(
                id=line.sku or f"item-{line.line_id}",
                line_id=line.line_id,
                description=line.description,
                quantity=line.quantity,
                amount=line.amount,
                vat_amount=line.vat_amount,
                vat=line.vat_rate,
            )
            for line in self.lines
        )
        shipping = None
        if self.shipping is not None:
            shipping = ShippingOption(
                id=SHIPPING_LINE_ID,
                line_id=SHIPPING_LINE_ID,
                amount=self.shipping.amount,
                title=self.shipping.title,
                operator="",
                vat_amount=vat_from_gross(self.shipping.amount, self.shipping.vat_rate),
                vat=self.shipping.vat_rate,
                delivery_method=self.shipping.delivery_method,
            )
        customer = None
        if self.phone or self.email:
            customer = Customer(phone_number=self.phone, email=self.email)
        return SessionRequest(
            merchant_reference=self.merchant_reference,
            merchant_reference_2=self.merchant_reference_2,
            currency=self.currency,
            return_url=return_url,
            callback_url=callback_url,
            items=items,
            shipping_option=shipping,
            amount=self.amount,
            vat_amount=self.vat_amount,
            customer=customer,
            expires_at=self.expires_at,
            auto_capture=self.auto_capture,
            publish_sms=self.send_sms,
            profile_id=profile_id,
        )
