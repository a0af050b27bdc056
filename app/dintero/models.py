"""What Dintero sends back: sessions, transactions and their parts, validated on the way in.

Models are frozen and ignore fields they do not know (Dintero adds fields over time),
but the fields Paydesk uses are typed strictly: money must be an integer number of minor
units (`100.0` or `"100"` is refused), so a surprising answer fails at the edge with a
`ResponseFormatError` instead of deep inside a window.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    Strict,
    model_validator,
)

__all__ = [
    "MAX_AMOUNT",
    "AccessToken",
    "Address",
    "Amount",
    "Card",
    "Correction",
    "CreatedSession",
    "Customer",
    "DinteroModel",
    "EventError",
    "EventName",
    "Money",
    "OrderItem",
    "PaymentOperation",
    "PublishResult",
    "RetryPolicy",
    "Session",
    "SessionEvent",
    "SessionEventName",
    "SessionOrder",
    "SessionUrls",
    "SettlementPayout",
    "SettlementStatus",
    "ShippingOption",
    "Transaction",
    "TransactionEvent",
    "TransactionSettlements",
    "TransactionStatus",
]

Money = Annotated[int, Strict()]
"""An amount in minor units (øre, cents); floats and numeric strings are refused."""

MAX_AMOUNT = 2**31 - 1
"""Dintero's largest amount, in minor units, for an order and for any line of it."""

Amount = Annotated[int, Strict(), Field(ge=0, le=MAX_AMOUNT)]
"""Money on a session, transaction, event or line: from 0 to `MAX_AMOUNT` minor units.

Dintero never sends a negative or larger amount; an answer that does is malformed, and
is refused rather than counted as money.
"""


class DinteroModel(BaseModel):
    """Frozen, tolerant of unknown fields, strict where it says so."""

    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)


class TransactionStatus(StrEnum):
    """Transaction statuses Dintero documents; an unrecognised status reads as UNKNOWN."""

    INITIATED = "INITIATED"
    ON_HOLD = "ON_HOLD"
    AUTHORIZED = "AUTHORIZED"
    PARTIALLY_CAPTURED = "PARTIALLY_CAPTURED"
    CAPTURED = "CAPTURED"
    PARTIALLY_CAPTURED_REFUNDED = "PARTIALLY_CAPTURED_REFUNDED"
    PARTIALLY_REFUNDED = "PARTIALLY_REFUNDED"
    REFUNDED = "REFUNDED"
    AUTHORIZATION_VOIDED = "AUTHORIZATION_VOIDED"
    DECLINED = "DECLINED"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"


def _status_or_unknown(value: object) -> object:
    """A status Dintero adds later must not break a list view; it allows no operations."""
    if isinstance(value, str) and value not in TransactionStatus.__members__:
        return TransactionStatus.UNKNOWN
    return value


Status = Annotated[TransactionStatus, BeforeValidator(_status_or_unknown)]


def _header_map(value: object) -> object:
    """Header names lower-cased, non-text values dropped: a header never breaks a read."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return {str(name).lower(): text for name, text in value.items() if isinstance(text, str)}
    return value


SystemHeaders = Annotated[dict[str, str], BeforeValidator(_header_map)]
"""The creator's `Dintero-System-*` (and user-agent) headers, as Dintero stored them."""


class EventName(StrEnum):
    """Transaction event names (`TransactionEvent.event` stays a plain string)."""

    INITIALIZE = "INITIALIZE"
    AUTHORIZE = "AUTHORIZE"
    CAPTURE = "CAPTURE"
    REFUND = "REFUND"
    VOID = "VOID"
    INITIATE_CAPTURE = "INITIATE_CAPTURE"
    INITIATE_REFUND = "INITIATE_REFUND"
    INITIATE_VOID = "INITIATE_VOID"
    SETTLEMENT = "SETTLEMENT"


class SessionEventName(StrEnum):
    """Session event names of the checkout spec (`SessionEvent.name` stays a plain string).

    There is no ON_HOLD session event: an ON_HOLD payment shows in the session's
    transaction, and ON_HOLD_CALLBACK_SENT records the callback about it.
    """

    INITIATED = "INITIATED"
    VISITED = "VISITED"
    COMPLETED = "COMPLETED"
    AUTHORIZED = "AUTHORIZED"
    DECLINED = "DECLINED"
    PAY_LOCK_START = "PAY_LOCK_START"
    PAY_LOCK_META = "PAY_LOCK_META"
    PAY_LOCK_END = "PAY_LOCK_END"
    PAY_FAILED = "PAY_FAILED"
    ON_HOLD_CALLBACK_SENT = "ON_HOLD_CALLBACK_SENT"
    AUTH_CALLBACK_SENT = "AUTH_CALLBACK_SENT"
    FAILED = "FAILED"
    UNKNOWN = "UNKNOWN"
    PAYMENT_TOKEN_FLOW_START = "PAYMENT_TOKEN_FLOW_START"
    UPDATE_SESSION = "UPDATE_SESSION"
    CANCELLED = "CANCELLED"
    SET_BILLING_ADDRESS = "SET_BILLING_ADDRESS"
    SET_DISCOUNT_CODES = "SET_DISCOUNT_CODES"
    SET_SHIPPING_ADDRESS = "SET_SHIPPING_ADDRESS"
    SET_SHIPPING_OPTION = "SET_SHIPPING_OPTION"
    SET_GIFT_CARD = "SET_GIFT_CARD"
    PUSH_NOTIFICATION_SENT = "PUSH_NOTIFICATION_SENT"
    SECRET_CONFIRMATION_CODE_SENT = "SECRET_CONFIRMATION_CODE_SENT"
    SET_MY_DINTERO = "SET_MY_DINTERO"
    ADD_PAYMENT_INFORMATION = "ADD_PAYMENT_INFORMATION"


class PaymentOperation(StrEnum):
    """`payment_operation` (PaymentOperationIntent): merchant-initiated or token saving.

    An ordinary checkout payment has none.
    """

    UNSCHEDULED_PURCHASE = "unscheduled_purchase"
    RECURRING_PURCHASE = "recurring_purchase"
    GENERATE_PAYMENT_TOKEN = "generate_payment_token"


class AccessToken(DinteroModel):
    """A client-credentials token; the secret part never shows in a repr."""

    access_token: SecretStr
    token_type: str = "Bearer"
    expires_in: Annotated[int, Strict()]


class OrderItem(DinteroModel):
    """An order line, as sent on sessions, captures and refunds and read back on events."""

    id: str | None = None
    line_id: str | None = None
    description: str | None = None
    quantity: Decimal | None = None
    amount: Amount
    vat_amount: Amount | None = None
    vat: Decimal | None = None
    type: str | None = None

    def to_payload(self) -> dict[str, Any]:
        """JSON for Dintero: unset fields left out, decimals as JSON numbers."""
        return _payload(self)


def _payload(model: DinteroModel) -> dict[str, Any]:
    """A flat model as Dintero JSON: unset fields left out, decimals as JSON numbers."""
    return {
        name: _json_number(value) if isinstance(value, Decimal) else value
        for name, value in model
        if value is not None
    }


def _json_number(value: Decimal) -> int | float:
    """Quantities and VAT rates are not money; Dintero wants plain JSON numbers."""
    return int(value) if value == value.to_integral_value() else float(value)


class ShippingOption(DinteroModel):
    """The chosen shipping; after payment it becomes an ordinary line on the transaction."""

    id: str
    line_id: str
    amount: Amount
    title: str
    operator: str = ""
    vat_amount: Amount | None = None
    vat: Decimal | None = None
    description: str | None = None
    delivery_method: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return _payload(self)


class Address(DinteroModel):
    first_name: str | None = None
    last_name: str | None = None
    address_line: str | None = None
    address_line_2: str | None = None
    co_address: str | None = None
    business_name: str | None = None
    postal_code: str | None = None
    postal_place: str | None = None
    country: str | None = None
    phone_number: str | None = None
    email: str | None = None
    organization_number: str | None = None


class Customer(DinteroModel):
    customer_id: str | None = None
    email: str | None = None
    phone_number: str | None = None
    """International form, `+4799999999`."""


class SessionUrls(DinteroModel):
    return_url: str | None = None
    callback_url: str | None = None
    merchant_terms_url: str | None = None


class SessionOrder(DinteroModel):
    """A session's order; payment-token sessions carry no amount (read as 0)."""

    amount: Amount = 0
    currency: str
    merchant_reference: str = ""
    merchant_reference_2: str | None = None
    vat_amount: Amount | None = None
    items: tuple[OrderItem, ...] = ()
    shipping_option: ShippingOption | None = None
    shipping_address: Address | None = None
    billing_address: Address | None = None
    partial_payment: bool = False


class SessionEvent(DinteroModel):
    id: str | None = None
    name: str
    created_at: datetime | None = None
    request_id: str | None = None
    details: dict[str, Any] | None = None


class PublishResult(DinteroModel):
    """How Dintero delivered a payment link: `status` is sent, skipped or failed."""

    id: str | None = None
    channel: str
    type: str | None = None
    status: str | None = None


class Session(DinteroModel):
    """A checkout session; it has no status field (see `session_state.session_status`)."""

    id: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    expires_at: datetime | None = None
    url: SessionUrls | None = None
    order: SessionOrder
    customer: Customer | None = None
    configuration: dict[str, Any] = {}
    metadata: dict[str, Any] = {}
    payment_operation: str | None = None
    events: tuple[SessionEvent, ...] = ()
    transaction_id: str | None = None
    cancelled_at: datetime | None = None
    cancelled_by: str | None = None
    publish: tuple[PublishResult, ...] = ()
    initiating_system_request_headers: SystemHeaders = {}
    """Who created the session (a webshop plugin names itself here); empty if unknown.
    Dintero sends it only when asked (`includes=initiating_system_request_headers`)."""

    @model_validator(mode="before")
    @classmethod
    def _publish_from_configuration(cls, data: Any) -> Any:
        """A stored session reports its publishing in `configuration.publish` (with
        `status`); only the create answer has a top-level `publish`. Both land in `publish`."""
        if not isinstance(data, dict) or data.get("publish"):
            return data
        configuration = data.get("configuration")
        published = configuration.get("publish") if isinstance(configuration, dict) else None
        if isinstance(published, list):
            return {**data, "publish": published}
        return data

    @property
    def sms_status(self) -> str | None:
        """How Dintero's SMS with the link went: sent, skipped or failed (None: no SMS)."""
        return next((p.status for p in self.publish if p.channel == "sms"), None)


class CreatedSession(DinteroModel):
    """The answer to creating a session: the hosted page `url` to send to the customer."""

    id: str
    url: str
    publish: tuple[PublishResult, ...] = ()
    session: Session | None = None


class RetryPolicy(DinteroModel):
    """Whether a failed payment may be tried again: `DO_NOT_RETRY`, `RETRY_IMMEDIATELY`,
    or `RETRY_AFTER_DELAY` with `retry_after`."""

    retry_codes: tuple[str, ...] = ()
    retry_after: datetime | None = None

    @property
    def do_not_retry(self) -> bool:
        return "DO_NOT_RETRY" in self.retry_codes


class EventError(DinteroModel):
    code: str | None = None
    message: str | None = None
    type: tuple[str, ...] | str | None = None
    result_code: str | None = None
    retry_policy: RetryPolicy | None = None


class SettlementStatus(StrEnum):
    """A transaction's `settlement_status`: how much of its captured money was paid out."""

    NOT_SETTLED = "NOT_SETTLED"
    PENDING_SETTLEMENT = "PENDING_SETTLEMENT"
    PARTIALLY_SETTLED = "PARTIALLY_SETTLED"
    SETTLED = "SETTLED"


class SettlementPayout(DinteroModel):
    """One payout to the merchant's bank account (TransactionSettlementsEvent)."""

    settlement_id: str | None = None
    provider_reference: str | None = None
    event_correlation_id: str | None = None
    """The transaction event (capture or refund) this payout settles."""
    amount: Money | None = None
    capture: Money | None = None
    refund: Money | None = None
    fee: Money | None = None


class TransactionSettlements(DinteroModel):
    """`events[].settlements`: the payouts of an event, and the status after them."""

    events: tuple[SettlementPayout, ...] = ()
    settlement_status: str | None = None


class Correction(DinteroModel):
    """ "Correction of the transaction status and event after a failed operation"."""

    event_ids: tuple[str, ...] = ()
    status: str | None = None
    remaining_capture_amount: Money | None = None
    remaining_refund_amount: Money | None = None
    remaining_void_amount: Money | None = None


class TransactionEvent(DinteroModel):
    """One thing that happened to a transaction; CAPTURE/REFUND events carry the money."""

    id: str | None = None
    event: str
    transaction_status: str | None = None
    success: Annotated[bool, Strict()] | None = None
    amount: Annotated[int, Strict(), Field(ge=-MAX_AMOUNT, le=MAX_AMOUNT)] | None = None
    """Minor units. Only a SETTLEMENT event may be negative (refunds paid back exceed the
    captures paid out); for any other event a negative amount is a malformed answer."""
    items: tuple[OrderItem, ...] = ()
    created_at: datetime | None = None
    created_by: str | None = None
    request_id: str | None = None
    correlation_request_id: str | None = None
    initiate_request_id: str | None = None
    """The 2020 changelog's name for `correlation_request_id`; either may come."""
    event_reference: str | None = None
    error: EventError | None = None
    correction: Correction | None = None
    metadata: dict[str, Any] = {}
    settlements: TransactionSettlements | None = None

    @model_validator(mode="after")
    def _money_moves_are_never_negative(self) -> TransactionEvent:
        if self.amount is not None and self.amount < 0 and self.event != "SETTLEMENT":
            raise ValueError(f"a {self.event} event cannot have a negative amount")
        return self

    @property
    def completes(self) -> str | None:
        """The `request_id` of the INITIATE_* event this event completes (after a 202):
        `correlation_request_id` in the current spec, `initiate_request_id` in the 2020
        changelog."""
        return self.correlation_request_id or self.initiate_request_id


class Card(DinteroModel):
    brand: str | None = None
    masked_pan: str | None = None
    expiry_date: str | None = None
    """`MM/YYYY` (the spec's format `\\d{2}/\\d{4}`); see `expiry`."""
    type: str | None = None
    country: str | None = None
    issuing_bank: str | None = None
    payment_token: str | None = None
    payment_token_id: str | None = None
    recurrence_token: str | None = None
    recurrence_token_id: str | None = None

    @property
    def expiry(self) -> tuple[int, int] | None:
        """(month, year) from `expiry_date` (`MM/YYYY`; a two-digit year is read as 20YY);
        None when it is missing or not a date."""
        month_text, _, year_text = (self.expiry_date or "").strip().partition("/")
        if not (month_text.isdigit() and year_text.isdigit() and len(year_text) in (2, 4)):
            return None
        month, year = int(month_text), int(year_text)
        if len(year_text) == 2:
            year += 2000
        return (month, year) if 1 <= month <= 12 else None


class Transaction(DinteroModel):
    """A payment. `amount` is the authorized total; use `ledger.Ledger` for the rest."""

    id: str
    session_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    status: Status
    amount: Amount
    currency: str
    payment_product: str | None = None
    payment_product_type: str | None = None
    merchant_reference: str | None = None
    merchant_reference_2: str | None = None
    channel: str | None = None
    payment_operation: str | None = None
    settlement_status: str | None = None
    items: tuple[OrderItem, ...] = ()
    shipping_option: ShippingOption | None = None
    shipping_address: Address | None = None
    billing_address: Address | None = None
    customer: Customer | None = None
    store: dict[str, Any] | None = None
    metadata: dict[str, Any] = {}
    card: Card | None = None
    events: tuple[TransactionEvent, ...] = ()
    session: Session | None = None
    initiating_system_request_headers: SystemHeaders = {}
    """Who created the payment (a webshop plugin names itself here); empty if unknown."""
