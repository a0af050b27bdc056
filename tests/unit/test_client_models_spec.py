"""Smaller facts of Dintero's checkout spec as the client's models read them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.dintero import Card, Transaction
from app.dintero.authorization import (
    authorization_lifetime,
    authorized_at,
    estimate_expiry,
    is_extendable,
)
from app.dintero.models import PaymentOperation, SessionEventName


def test_card_expiry_date_is_month_and_four_digit_year() -> None:
    """The spec's Card.expiry_date has the format `\\d{2}/\\d{4}` (MM/YYYY)."""
    assert Card(expiry_date="03/2029").expiry == (3, 2029)
    assert Card(expiry_date="11/27").expiry == (11, 2027)  # a two-digit year still reads
    assert Card(expiry_date="13/2029").expiry is None
    assert Card(expiry_date="soon").expiry is None
    assert Card().expiry is None


def test_session_event_names_have_no_on_hold() -> None:
    """The spec's session event enum: ON_HOLD_CALLBACK_SENT, but no ON_HOLD."""
    assert "ON_HOLD" not in SessionEventName.__members__
    assert SessionEventName.ON_HOLD_CALLBACK_SENT == "ON_HOLD_CALLBACK_SENT"


def test_payment_operation_values() -> None:
    """PaymentOperationIntent: unscheduled_purchase | recurring_purchase |
    generate_payment_token."""
    assert {op.value for op in PaymentOperation} == {
        "unscheduled_purchase",
        "recurring_purchase",
        "generate_payment_token",
    }


@pytest.mark.parametrize(
    ("product_type", "days", "extendable"),
    [
        # Dintero knowledge base, "Duration of authorizations".
        ("collector.invoice", 90, False),
        ("collector.installment", 90, False),
        ("klarna.klarna", 28, True),
        ("dintero_psp.creditcard", 7, False),
        ("payex.mobilepay", 7, False),
        ("vipps", 7, False),
        ("swish.swish", None, False),
    ],
)
def test_authorization_lifetimes(product_type: str, days: int | None, extendable: bool) -> None:
    lifetime = authorization_lifetime(product_type)
    assert lifetime.days == days
    assert lifetime.extendable is extendable


def _transaction(product_type: str, *events: dict[str, object]) -> Transaction:
    return Transaction.model_validate(
        {
            "id": "T1.x",
            "status": "AUTHORIZED",
            "amount": 100,
            "currency": "NOK",
            "payment_product_type": product_type,
            "created_at": "2026-01-01T10:00:00Z",
            "events": list(events),
        }
    )


def test_expiry_counts_from_the_newest_authorization() -> None:
    first = {"event": "AUTHORIZE", "success": True, "created_at": "2026-01-01T10:00:00Z"}
    walley = _transaction("collector.invoice", first)
    assert estimate_expiry(walley) == datetime(2026, 4, 1, 10, tzinfo=UTC)
    renewed = {"event": "AUTHORIZE", "success": True, "created_at": "2026-01-21T10:00:00Z"}
    klarna = _transaction("klarna.klarna", first, renewed)
    assert authorized_at(klarna) == datetime(2026, 1, 21, 10, tzinfo=UTC)
    assert estimate_expiry(klarna) == datetime(2026, 1, 21, 10, tzinfo=UTC) + timedelta(days=28)
    assert is_extendable(klarna)
    assert estimate_expiry(_transaction("swish.swish")) is None
