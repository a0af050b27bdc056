"""Payment links against the sandbox: the exact JSON sent, local checks, derived state."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from app import __version__
from app.dintero import (
    ClientConfig,
    Customer,
    DinteroClient,
    InvalidRequest,
    LocalValidationError,
    OrderItem,
    PaymentTokenSessionRequest,
    SessionRequest,
    SessionState,
    ShippingOption,
    TransactionStatus,
    session_status,
)
from app.sandbox import EmbeddedSandbox

RETURN_URL = "https://shop.example.com/return"


def _phone_order(amount: int | None = None, **extra: object) -> SessionRequest:
    return SessionRequest.model_validate(
        {
            "merchant_reference": "PD-2611-7K3F9Q",
            "currency": "NOK",
            "return_url": RETURN_URL,
            "callback_url": "https://shop.example.com/callback",
            "items": (
                OrderItem(
                    id="MUG-1",
                    line_id="1",
                    description="Coffee mug",
                    quantity=Decimal(2),
                    amount=29990,
                    vat=Decimal(25),
                    vat_amount=5998,
                ),
                OrderItem(
                    id="TEA-9",
                    line_id="2",
                    description="Loose tea, 0.5 kg",
                    quantity=Decimal("0.5"),
                    amount=12450,
                    vat=Decimal(15),
                    vat_amount=1624,
                ),
            ),
            "shipping_option": ShippingOption(
                id="posten-home",
                line_id="shipping",
                amount=9900,
                title="Home delivery",
                operator="Posten",
                vat=Decimal(25),
                vat_amount=1980,
            ),
            "amount": amount,
            "customer": Customer(email="kari@example.com", phone_number="+4799999999"),
            **extra,
        }
    )


def test_create_session_sends_exactly_the_contract_json_and_headers(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    expires = datetime(2031, 5, 17, 12, 0, tzinfo=UTC)
    request = _phone_order(
        amount=52340,
        expires_at=expires,
        auto_capture=False,
        publish_sms=True,
        metadata={"ext_desk": "phone"},
        merchant_reference_2="INV-88",
    )

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(request)
            assert created.url.endswith(f"/v1/view/{created.id}")
            assert created.id.startswith(f"{sandbox.account_id}.")
            # A test account never sends SMS; Dintero reports the publish as skipped.
            assert [(p.channel, p.status) for p in created.publish] == [("sms", "skipped")]

    asyncio.run(main())
    (sent,) = sandbox.requests(r"^/v1/sessions-profile$")
    assert sent["method"] == "POST"
    assert sent["json"] == {
        "url": {"return_url": RETURN_URL, "callback_url": "https://shop.example.com/callback"},
        "order": {
            "amount": 52340,
            "currency": "NOK",
            "merchant_reference": "PD-2611-7K3F9Q",
            "merchant_reference_2": "INV-88",
            "items": [
                {
                    "id": "MUG-1",
                    "line_id": "1",
                    "description": "Coffee mug",
                    "quantity": 2,
                    "amount": 29990,
                    "vat_amount": 5998,
                    "vat": 25,
                },
                {
                    "id": "TEA-9",
                    "line_id": "2",
                    "description": "Loose tea, 0.5 kg",
                    "quantity": 0.5,
                    "amount": 12450,
                    "vat_amount": 1624,
                    "vat": 15,
                },
            ],
            "shipping_option": {
                "id": "posten-home",
                "line_id": "shipping",
                "amount": 9900,
                "title": "Home delivery",
                "operator": "Posten",
                "vat_amount": 1980,
                "vat": 25,
            },
        },
        "profile_id": "default",
        "customer": {"email": "kari@example.com", "phone_number": "+4799999999"},
        "expires_at": "2031-05-17T12:00:00Z",
        "configuration": {
            "auto_capture": False,
            "publish": [{"channel": "sms", "type": "checkout-link"}],
        },
        "metadata": {"ext_desk": "phone"},
    }
    headers = sent["headers"]
    assert headers["dintero-feature-toggles"] == "strict-session-amounts"
    assert headers["dintero-system-name"] == "Paydesk"
    assert headers["dintero-system-version"] == __version__
    assert headers["dintero-system-plugin-name"] == "paydesk"
    assert headers["dintero-system-plugin-version"] == __version__
    assert headers["user-agent"] == f"Paydesk/{__version__} (python-httpx/{httpx.__version__})"
    assert headers["accept"] == "application/json"


def test_production_account_publishes_the_link_by_sms(sandbox: EmbeddedSandbox) -> None:
    config = ClientConfig.single_host(
        sandbox.base_url, "P12345678", "paydesk-sandbox-prod-client", "paydesk-sandbox-prod-secret"
    )

    async def main() -> None:
        async with DinteroClient(config) as client:
            created = await client.create_session(_phone_order(publish_sms=True))
            assert [(p.channel, p.status) for p in created.publish] == [("sms", "sent")]
            # A stored session has it in configuration.publish[].status, not at the top.
            stored = await client.get_session(created.id)
            assert stored.sms_status == "sent"
            assert [(p.channel, p.status) for p in stored.publish] == [("sms", "sent")]

    asyncio.run(main())


def test_amount_that_is_not_lines_plus_shipping_is_refused_before_sending(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(LocalValidationError, match="52340"):
                await client.create_session(_phone_order(amount=52341))

    asyncio.run(main())
    assert sandbox.requests(r"/v1/sessions") == []


def test_server_validation_errors_arrive_as_invalid_request(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    duplicate_lines = SessionRequest(
        merchant_reference="dup",
        currency="NOK",
        return_url=RETURN_URL,
        items=(OrderItem(line_id="1", amount=100), OrderItem(line_id="1", amount=200)),
    )

    async def main() -> InvalidRequest:
        async with DinteroClient(client_config) as client:
            with pytest.raises(InvalidRequest) as caught:
                await client.create_session(duplicate_lines)
            return caught.value

    error = asyncio.run(main())
    assert error.status == 400
    assert error.code
    assert error.errors  # the offending field is named
    assert error.request_id
    assert "HTTP status: 400" in error.details
    assert error.request_id in error.details


def test_session_state_follows_the_customer(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(_phone_order())
            session = await client.get_session(created.id)
            assert session_status(session).state is SessionState.OPEN
            assert session.order.amount == 52340
            assert session.transaction_id is None

            async with httpx.AsyncClient() as browser:  # the customer opens the link
                page = await browser.get(created.url)
                assert page.status_code == 200
            opened = session_status(await client.get_session(created.id))
            assert opened.state is SessionState.OPENED

            sandbox.pay(created.id, outcome="pay_failed")
            failed = session_status(await client.get_session(created.id))
            assert failed.state is SessionState.FAILED_ATTEMPT
            assert failed.failure_reason == "Rejected"
            assert failed.transaction_id is None

            paid_tx = sandbox.pay(created.id, outcome="authorized")
            session = await client.get_session(created.id)
            # A transaction id alone does not tell whether the payment went through.
            unread = session_status(session)
            assert unread.state is SessionState.PROCESSING
            assert unread.needs_transaction
            transaction = await client.get_transaction(paid_tx["id"])
            paid = session_status(session, transaction=transaction)
            assert paid.state is SessionState.PAID
            assert paid.transaction_id == paid_tx["id"]
            assert paid.transaction_status is TransactionStatus.AUTHORIZED
            assert paid.is_final

    asyncio.run(main())


@pytest.mark.parametrize(
    ("outcome", "declined", "reason"),
    [
        ("declined", True, "The customer declined the payment"),
        ("failed", False, "The payment could not be completed"),
    ],
)
def test_a_declined_or_failed_transaction_is_not_paid(
    sandbox: EmbeddedSandbox,
    client_config: ClientConfig,
    outcome: str,
    declined: bool,
    reason: str,
) -> None:
    """ "There will only be one transaction for any one session" (Handling payment): a
    declined or failed payment gives the session its transaction_id, and the session
    state must read that transaction's status. DECLINED = the customer declined,
    FAILED = the payment failed (Dintero's transaction statuses page)."""

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(_phone_order())
            attempt = sandbox.pay(created.id, outcome=outcome)
            session = await client.get_session(created.id)
            assert session.transaction_id == attempt["id"]
            transaction = await client.get_transaction(attempt["id"])
            status = session_status(session, transaction=transaction)
            assert status.state is SessionState.FAILED_ATTEMPT
            assert status.declined is declined
            assert status.failure_reason == reason
            assert not status.is_final

    asyncio.run(main())


def test_on_hold_waits_for_the_review_then_fails_keeping_the_id(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """ON_HOLD "will change to AUTHORIZED or FAILED later" (Handling payment): it is
    waiting for the payment provider's review, never paid, and a rejection keeps the id."""

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(_phone_order())
            held = sandbox.pay(
                created.id, outcome="on_hold", payment_product_type="collector.invoice"
            )
            session = await client.get_session(created.id)
            waiting = session_status(session, transaction=await client.get_transaction(held["id"]))
            assert waiting.state is SessionState.ON_HOLD
            assert waiting.waiting_for_review
            assert not waiting.is_final
            assert "ON_HOLD" not in [event.name for event in session.events]

            sandbox.resolve(held["id"], "failed")
            session = await client.get_session(created.id)
            assert session.transaction_id == held["id"]
            rejected = session_status(session, transaction=await client.get_transaction(held["id"]))
            assert rejected.state is SessionState.FAILED_ATTEMPT
            assert rejected.transaction_status is TransactionStatus.FAILED
            assert not rejected.declined

    asyncio.run(main())


def test_cancelled_session(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(_phone_order())
            cancelled = await client.cancel_session(created.id)
            assert cancelled.cancelled_at is not None
            assert session_status(cancelled).state is SessionState.CANCELLED
            again = await client.get_session(created.id)
            assert session_status(again).state is SessionState.CANCELLED
            assert "CANCELLED" in [e.name for e in again.events]

    asyncio.run(main())
    (cancel,) = sandbox.requests(r"/cancel$")
    assert cancel["json"] is None  # no body at all
    assert cancel["headers"]["dintero-system-name"] == "Paydesk"


def test_expired_session(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    lifetime = timedelta(hours=2)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(
                _phone_order(expires_at=datetime.now(UTC) + lifetime)
            )
            session = await client.get_session(created.id)
            assert session_status(session).state is SessionState.OPEN
            sandbox.advance_clock((lifetime + timedelta(minutes=1)).total_seconds())
            later = datetime.now(UTC) + lifetime + timedelta(minutes=1)
            expired = session_status(await client.get_session(created.id), now=later)
            assert expired.state is SessionState.EXPIRED
            assert expired.is_final
            # The sandbox agrees: the link can no longer be paid.
            with pytest.raises(Exception, match="session_expired"):
                sandbox.pay(created.id)

    asyncio.run(main())


def test_payment_token_session(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            created = await client.create_payment_token_session(
                PaymentTokenSessionRequest(
                    merchant_reference="save-card-1",
                    currency="NOK",
                    return_url=RETURN_URL,
                    customer=Customer(customer_id="cust-1", email="kari@example.com"),
                )
            )
            tx = sandbox.pay(created.id)
            with_tokens = await client.get_transaction(tx["id"], includes=("card.payment_token",))
            assert with_tokens.card is not None
            assert with_tokens.card.payment_token
            plain = await client.get_transaction(tx["id"])
            assert plain.card is None or plain.card.payment_token is None

    asyncio.run(main())
    (sent,) = sandbox.requests(r"/v1/sessions/payment-token$")
    assert sent["json"]["token_provider"] == {
        "payment_product_type": "dintero_psp.creditcard",
        "token_types": ["payment_token"],
    }
    assert sent["json"]["session"]["order"] == {
        "currency": "NOK",
        "merchant_reference": "save-card-1",
    }


def test_hosted_page_url_is_the_url_dintero_returned_on_create(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    async def main() -> tuple[str, str]:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(_phone_order())
            return created.url, client.hosted_page_url(created.id)

    returned, built = asyncio.run(main())
    assert built == returned
