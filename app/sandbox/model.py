"""The sandbox's stored resources: sessions, transactions and orders.

Resources are plain mutable records owned by the server's event loop; `to_json`
builds a fresh top-level dict per answer, so nothing is deep-copied per request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.sandbox.clock import format_time

__all__ = ["DraftOrder", "Json", "Order", "Session", "Transaction"]

Json = dict[str, Any]


def _events(events: list[Json], with_headers: bool) -> list[Json]:
    """Events as answered: their `request_headers` only when asked for."""
    if with_headers:
        return list(events)
    return [
        {key: value for key, value in event.items() if key != "request_headers"}
        if "request_headers" in event
        else event
        for event in events
    ]


@dataclass(eq=False)
class Session:
    """A checkout session; its state is derived from events, transaction and times."""

    id: str
    account_id: str
    created_at: datetime
    updated_at: datetime
    expires_at: datetime
    order: Json
    url: Json
    profile_id: str
    customer: Json | None = None
    configuration: Json = field(default_factory=dict)
    metadata: Json = field(default_factory=dict)
    express: Json | None = None
    checkboxes: list[Json] | None = None
    payment_operation: str | None = None
    """`unscheduled_purchase`, `recurring_purchase` or `generate_payment_token`
    (PaymentOperationIntent); an ordinary checkout has none."""
    token_provider: Json | None = None
    initiating_system_request_headers: dict[str, str] = field(default_factory=dict)
    events: list[Json] = field(default_factory=list)
    transaction_id: str | None = None
    """The session's one transaction, also when that payment was declined or failed."""
    cancelled_at: datetime | None = None
    cancelled_by: str | None = None
    publish: list[Json] = field(default_factory=list)
    """How the link was published (id, channel, type, status); a stored session shows it
    as `configuration.publish`, only the create answer has a top-level `publish`."""
    pay_url: str = ""
    page_languages: list[str] = field(default_factory=list)
    """The ``?language=`` each visit of the pay page asked for ("" when none), in order;
    the sandbox's own record (``GET /sandbox/sessions/{id}``), not part of Dintero's answer."""

    def is_expired(self, now: datetime) -> bool:
        return now >= self.expires_at

    def _configuration(self) -> Json:
        if not self.publish:
            return self.configuration
        return {**self.configuration, "publish": [dict(entry) for entry in self.publish]}

    def to_json(
        self, *, headers: bool = False, event_headers: bool = False, latest_event: bool = False
    ) -> Json:
        """The session as Dintero answers it: `initiating_system_request_headers` and the
        events' `request_headers` are left out unless asked for (`includes`)."""
        events = self.events[-1:] if latest_event else self.events
        body: Json = {
            "id": self.id,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
            "expires_at": format_time(self.expires_at),
            "url": dict(self.url),
            "order": self.order,
            "configuration": self._configuration(),
            "metadata": {"session:profile_id": self.profile_id, **self.metadata},
            "events": _events(events, event_headers),
        }
        if self.payment_operation is not None:
            body["payment_operation"] = self.payment_operation
        if headers:
            body["initiating_system_request_headers"] = dict(self.initiating_system_request_headers)
        if self.customer is not None:
            body["customer"] = self.customer
        if self.express is not None:
            body["express"] = self.express
        if self.checkboxes is not None:
            body["checkboxes"] = self.checkboxes
        if self.token_provider is not None:
            body["token_provider"] = self.token_provider
        if self.transaction_id is not None:
            body["transaction_id"] = self.transaction_id
        if self.cancelled_at is not None:
            body["cancelled_at"] = format_time(self.cancelled_at)
            body["cancelled_by"] = self.cancelled_by
        return body


@dataclass(eq=False)
class Transaction:
    """A payment; `amount` stays the authorized total, captures live in `events`."""

    id: str
    account_id: str
    session_id: str
    created_at: datetime
    updated_at: datetime
    status: str
    amount: int
    currency: str
    payment_product: str
    payment_product_type: str
    merchant_reference: str
    items: list[Json]
    customer: Json
    url: Json
    merchant_reference_2: str | None = None
    channel: str = "ecommerce"
    payment_operation: str | None = None
    settlement_status: str = "NOT_SETTLED"
    shipping_option: Json | None = None
    shipping_address: Json | None = None
    billing_address: Json | None = None
    store: Json | None = None
    metadata: Json = field(default_factory=dict)
    card: Json | None = None
    card_tokens: Json = field(default_factory=dict)
    customer_ip: str = "127.0.0.1"
    user_agent: str | None = None
    initiating_system_request_headers: dict[str, str] = field(default_factory=dict)
    events: list[Json] = field(default_factory=list)
    capture_closed: bool = False
    """True once a void or a final capture released the uncaptured remainder."""
    settled_event_ids: set[str] = field(default_factory=set)
    """CAPTURE and REFUND events already paid out in a SETTLEMENT event."""
    auto_capture_pending: bool = False
    """Dintero will capture it by itself (auto_capture), until a manual capture or void."""
    auto_capture_until: datetime | None = None
    search_text: str = ""

    def sort_key(self) -> tuple[datetime, str]:
        return (self.created_at, self.id)

    def to_json(
        self,
        *,
        include_tokens: bool = False,
        only_successful_events: bool = False,
        session: Json | None = None,
        headers: bool = False,
        event_headers: bool = False,
    ) -> Json:
        """The transaction as Dintero answers it: `initiating_system_request_headers` and
        the events' `request_headers` are left out unless asked for (`includes`)."""
        events = self.events
        if only_successful_events:
            events = [event for event in events if event.get("success")]
        body: Json = {
            "id": self.id,
            "session_id": self.session_id,
            "created_at": format_time(self.created_at),
            "updated_at": format_time(self.updated_at),
            "status": self.status,
            "amount": self.amount,
            "currency": self.currency,
            "payment_product": self.payment_product,
            "payment_product_type": self.payment_product_type,
            "merchant_reference": self.merchant_reference,
            "channel": self.channel,
            "settlement_status": self.settlement_status,
            "items": self.items,
            "customer": self.customer,
            "customer_ip": self.customer_ip,
            "url": self.url,
            "metadata": self.metadata,
            "events": _events(events, event_headers),
        }
        if headers:
            body["initiating_system_request_headers"] = dict(self.initiating_system_request_headers)
        optional: dict[str, Any] = {
            "payment_operation": self.payment_operation,
            "merchant_reference_2": self.merchant_reference_2,
            "shipping_option": self.shipping_option,
            "shipping_address": self.shipping_address,
            "billing_address": self.billing_address,
            "store": self.store,
            "user_agent": self.user_agent,
        }
        body.update({key: value for key, value in optional.items() if value is not None})
        if self.card is not None:
            card = dict(self.card)
            if include_tokens:
                card.update(self.card_tokens)
            body["card"] = card
        if session is not None:
            body["session"] = session
        return body


@dataclass(eq=False)
class DraftOrder:
    """An Orders API draft; completing it turns it into an `Order`."""

    id: str
    account_id: str
    created_at: datetime
    options: Json
    order: Json
    completed_order_id: str | None = None

    def to_json(self) -> Json:
        body: Json = {
            "id": self.id,
            "created_at": format_time(self.created_at),
            "status": "COMPLETED" if self.completed_order_id else "DRAFT",
            "options": self.options,
            "order": self.order,
        }
        if self.completed_order_id:
            body["order_id"] = self.completed_order_id
        return body


@dataclass(eq=False)
class Order:
    """An active order with the payment records the merchant reported on it.

    Shaped as the Orders API's "Complete a draft order" example: the order's `id` (the
    `{order_id}` of the order paths), `currency`, `status` "open", times and creator.
    """

    order_id: str
    account_id: str
    draft_order_id: str
    created_at: datetime
    order: Json
    created_by: str = ""
    records: dict[str, list[Json]] = field(
        default_factory=lambda: {
            "authorizations": [],
            "captures": [],
            "refunds": [],
            "cancellations": [],
        }
    )

    def to_json(self) -> Json:
        body: Json = {
            **self.order,
            "id": self.order_id,
            "created_at": format_time(self.created_at),
            "created_by": self.created_by,
            "updated_at": format_time(self.created_at),
            "status": "open",
            "gross_amount": sum(
                int(item.get("gross_amount", 0)) for item in self.order.get("items") or []
            ),
        }
        cancellations = self.records["cancellations"]
        if cancellations:
            body["status"] = "cancelled"
            body["cancelled_at"] = cancellations[-1]["created_at"]
            body["cancelled_by"] = cancellations[-1]["created_by"]
        for kind, records in self.records.items():
            body[kind] = list(records)
        return body
