"""Dintero's own example bodies (tests/fixtures/dintero, sources in its README).

Every response example decodes in the client's models at the same edge a real answer
goes through; every request the client sends for these cases has the spec's required
fields and no others (field lists from the generated payments types).
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.dintero import (
    AccessToken,
    Address,
    CaptureRequest,
    ClientConfig,
    CompletedDraft,
    CreatedSession,
    Customer,
    DinteroClient,
    Ledger,
    OrderItem,
    OrderLine,
    OrderRecord,
    OrderRecordItem,
    PaymentTokenSessionRequest,
    RefundRequest,
    Session,
    SessionEvent,
    SessionRequest,
    SessionState,
    SettlementStatus,
    ShippingOption,
    TaxLine,
    Transaction,
    TransactionEvent,
    TransactionStatus,
    session_status,
)
from app.dintero.ledger import Operation
from app.dintero.wire import decode
from app.sandbox import EmbeddedSandbox

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "dintero"
FIELDS: dict[str, Any] = json.loads((FIXTURES / "request_fields.json").read_text("utf-8"))


def _answer(name: str) -> httpx.Response:
    """The example as Dintero would answer it: the bytes go through the client's decoder."""
    return httpx.Response(200, content=(FIXTURES / name).read_bytes())


# -- responses ---------------------------------------------------------------------------


def test_transaction_example_decodes() -> None:
    transaction = decode(_answer("transaction.assembled.json"), Transaction)
    assert transaction.status is TransactionStatus.CAPTURED
    assert transaction.items[0].quantity == Decimal("2.5")
    assert [e.event for e in transaction.events][:2] == ["INITIATE", "AUTHORIZE"]
    assert transaction.card is not None
    assert transaction.card.expiry == (5, 2029)
    assert transaction.initiating_system_request_headers["dintero-system-name"] == "woocommerce"
    ledger = Ledger(transaction)
    assert ledger.captured == 59_700 + 8_600
    assert ledger.settlement.status is SettlementStatus.PENDING_SETTLEMENT


def test_transaction_items_and_events_examples_decode() -> None:
    items = decode(_answer("transaction_items.example.json"), tuple[OrderItem, ...])
    assert [item.line_id for item in items] == ["1", "2", "3"]
    events = decode(_answer("transaction_events.example.json"), tuple[TransactionEvent, ...])
    assert [e.amount for e in events if e.event == "CAPTURE"] == [59_700, 8_600]
    assert events[2].items[0].quantity == 3


def test_session_examples_decode_and_read() -> None:
    events = decode(_answer("session_events.example.json"), tuple[SessionEvent, ...])
    assert [e.name for e in events] == ["INITIATED", "VISITED", "PAY_FAILED", "FAILED"]
    cancelled = decode(_answer("cancel_session.response.json"), Session)
    assert cancelled.sms_status == "sent"  # configuration.publish[].status
    assert cancelled.order.amount == 72_200
    assert session_status(cancelled).state is SessionState.CANCELLED
    # The same session before it got a transaction: the events say an attempt failed.
    raw = json.loads((FIXTURES / "cancel_session.response.json").read_text("utf-8"))
    for key in ("transaction_id", "cancelled_at", "cancelled_by"):
        raw.pop(key)
    open_session = Session.model_validate(raw)
    moment = datetime(2019, 5, 9, 10, tzinfo=UTC)
    status = session_status(open_session, moment)
    assert status.state is SessionState.FAILED_ATTEMPT
    assert status.failure_reason == "failed"


def test_created_session_and_token_examples_decode() -> None:
    created = decode(_answer("session_created.assembled.json"), CreatedSession)
    assert created.url.endswith(created.id)
    assert [p.status for p in created.publish] == ["skipped"]
    token = decode(_answer("access_token.example.json"), AccessToken)
    assert token.expires_in == 86_400


def test_settlement_and_correction_events_decode() -> None:
    settled = decode(_answer("settlement_event.assembled.json"), TransactionEvent)
    assert settled.settlements is not None
    assert settled.settlements.events[0].fee == 750
    corrected = decode(_answer("correction_event.assembled.json"), TransactionEvent)
    assert corrected.correction is not None
    assert corrected.correction.remaining_capture_amount == 50_000
    assert corrected.error is not None
    assert corrected.error.retry_policy is not None
    assert corrected.error.retry_policy.retry_codes == ("DO_NOT_RETRY",)


def test_orders_examples_decode() -> None:
    completed = decode(_answer("orders_complete_draft.response.json"), CompletedDraft)
    [order] = completed.orders
    assert order.order_id == order.id == "3c90c3cc-0d44-4b50-8888-8dd25736052a"
    assert order.status == "open"
    record = decode(_answer("orders_cancellation.response.json"), OrderRecord)
    assert record.amount == 27_840
    assert record.items[0].line_id == 123


# -- requests ----------------------------------------------------------------------------


def _at(body: Any, path: str) -> list[Any]:
    """The values at a field path ('order.items[]', '' for the body itself)."""
    values = [body]
    for part in [p for p in path.split(".") if p]:
        each = part.endswith("[]")
        key = part.removesuffix("[]")
        found = [v[key] for v in values if isinstance(v, dict) and key in v]
        values = [x for v in found for x in v] if each else found
    return values


def assert_follows_spec(kind: str, body: Any) -> None:
    for path, rule in FIELDS[kind]["paths"].items():
        for value in _at(body, path):
            assert isinstance(value, dict), (kind, path)
            missing = set(rule["required"]) - set(value)
            unknown = set(value) - set(rule["allowed"])
            assert not missing, f"{kind} {path or '(body)'}: missing {sorted(missing)}"
            assert not unknown, f"{kind} {path or '(body)'}: unknown {sorted(unknown)}"


@pytest.mark.parametrize(
    ("kind", "example"),
    [
        ("session_create", "session_for_order.request.json"),
        ("orders_draft", "orders_draft.request.json"),
    ],
)
def test_dintero_request_examples_follow_the_field_lists(kind: str, example: str) -> None:
    assert_follows_spec(kind, json.loads((FIXTURES / example).read_text("utf-8")))


def _sent(sandbox: EmbeddedSandbox, path: str) -> list[Any]:
    return [request["json"] for request in sandbox.requests(path)]


def test_checkout_requests_have_required_and_only_known_fields(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    address = Address(first_name="Kari", last_name="Nordmann", postal_code="0150", country="NO")
    session = SessionRequest(
        merchant_reference="fx-1",
        merchant_reference_2="fx-1b",
        currency="NOK",
        return_url="https://shop.example.no/return",
        callback_url="https://shop.example.no/callback",
        merchant_terms_url="https://shop.example.no/terms",
        items=(
            OrderItem(
                id="a",
                line_id="1",
                description="Sweater",
                quantity=Decimal(1),
                amount=89_900,
                vat=Decimal(25),
                vat_amount=17_980,
            ),
            OrderItem(id="b", line_id="2", description="Tea", quantity=Decimal(2), amount=29_800),
        ),
        shipping_option=ShippingOption(
            id="post",
            line_id="ship",
            amount=9_900,
            title="Home",
            operator="Posten",
            vat=Decimal(25),
            vat_amount=1_980,
        ),
        vat_amount=20_000,
        customer=Customer(email="kari@example.no", phone_number="+4799999999"),
        shipping_address=address,
        billing_address=address,
        expires_at=datetime.now(UTC) + timedelta(days=1),
        auto_capture=False,
        channel="ecommerce",
        publish_sms=True,
        metadata={"ext_desk": "1"},
    )
    token_session = PaymentTokenSessionRequest(
        merchant_reference="fx-2",
        merchant_reference_2="fx-2b",
        currency="NOK",
        return_url="https://shop.example.no/return",
        callback_url="https://shop.example.no/callback",
        customer=Customer(customer_id="c-1", email="kari@example.no"),
        expires_at=datetime.now(UTC) + timedelta(days=1),
        metadata={"ext_desk": "1"},
    )

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(session)
            await client.create_payment_token_session(token_session)
            tx_id = sandbox.pay(created.id)["id"]
            captured = await client.move(
                Operation.CAPTURE,
                tx_id,
                CaptureRequest(
                    amount=89_900 + 14_900,
                    items=(
                        OrderItem(line_id="1", amount=89_900),
                        OrderItem(line_id="2", amount=14_900, quantity=Decimal(1)),
                    ),
                    metadata={"ext_batch": "7"},
                ),
            )
            assert captured.succeeded
            refunded = await client.move(
                Operation.REFUND,
                tx_id,
                RefundRequest(
                    amount=5_000,
                    items=(OrderItem(line_id="1", amount=5_000),),
                    reason="damaged",
                    metadata={"ext_case": "9"},
                ),
            )
            assert refunded.succeeded
            final = await client.move(
                Operation.CAPTURE, tx_id, CaptureRequest(amount=1_000, final_capture=True)
            )
            assert final.succeeded
            await client.update_merchant_reference_2(tx_id, "WO-1")
            klarna = sandbox.create_authorized_transaction(payment_product_type="klarna.klarna")
            await client.extend_authorization(klarna["id"], reason="Delivery delayed")

    asyncio.run(main())
    checks = {
        "session_create": r"/v1/sessions-profile$",
        "payment_token_session": r"/v1/sessions/payment-token$",
        "capture": r"/capture$",
        "refund": r"/refund$",
        "extend_authorization": r"/authorization$",
        "update_transaction": r"^/v1/transactions/[^/]+$",
    }
    for kind, path in checks.items():
        bodies = [body for body in _sent(sandbox, path) if body is not None]
        assert bodies, kind
        for body in bodies:
            assert_follows_spec(kind, body)
    capture_items = _sent(sandbox, r"/capture$")[0]["items"]
    assert all("quantity" in item for item in capture_items)  # part lines carry quantity


def test_orders_requests_have_required_and_only_known_fields(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    lines = [
        OrderLine(
            line_id=1,
            gross_amount=39_800,
            quantity=Decimal(2),
            id="175938",
            description="Stablestol",
            description_alias="Stol",
            tax_lines=(TaxLine(amount=7_960, percentage=Decimal(25)),),
        ),
    ]

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            draft = await client.create_draft_order("NOK", lines)
            order = await client.complete_draft_order(draft.id)
            tx = sandbox.create_authorized_transaction(
                amount=39_800, merchant_reference=order.order_id
            )
            record = (OrderRecordItem(line_id=1, amount=39_800),)
            await client.record_order_authorization(
                order.order_id,
                tx["id"],
                record,
                processed_at=datetime.now(UTC),
                payment_product_type="dintero_psp.creditcard",
            )
            await client.record_order_cancellation(
                order.order_id, tx["id"], record, reason="customer"
            )

    asyncio.run(main())
    [draft_body] = _sent(sandbox, r"/draft_orders$")
    assert_follows_spec("orders_draft", draft_body)
    for path in (r"/authorizations$", r"/cancellations$"):
        for body in _sent(sandbox, path):
            assert_follows_spec("orders_record", body)


def test_the_field_check_catches_missing_and_unknown_fields() -> None:
    with pytest.raises(AssertionError, match=r"unknown \['capture_now'\]"):
        assert_follows_spec("capture", {"amount": 1, "capture_now": True})
    with pytest.raises(AssertionError, match=r"items\[\]: missing \['line_id'\]"):
        assert_follows_spec("refund", {"amount": 1, "items": [{"amount": 1}]})
    with pytest.raises(AssertionError, match=r"order.items\[\]: unknown \['price'\]"):
        assert_follows_spec(
            "session_create",
            {
                "url": {"return_url": "https://x.no"},
                "profile_id": "default",
                "order": {
                    "amount": 1,
                    "currency": "NOK",
                    "merchant_reference": "r",
                    "items": [{"amount": 1, "price": 1}],
                },
            },
        )
