"""Charging a saved card over loopback HTTP against the sandbox (`POST /v1/sessions/pay`)."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

import pytest

from app.diagnostics.scrub import scrub
from app.dintero import (
    ClientConfig,
    Customer,
    DinteroClient,
    DinteroError,
    InvalidRequest,
    LocalValidationError,
    OrderItem,
    PaymentTokenSessionRequest,
    PayWithTokenRequest,
    TransactionStatus,
)
from app.sandbox import EmbeddedSandbox


async def saved_token(client: DinteroClient, sandbox: EmbeddedSandbox) -> str:
    created = await client.create_payment_token_session(
        PaymentTokenSessionRequest(
            merchant_reference="save-card-1",
            currency="NOK",
            return_url="https://shop.example.com/return",
            customer=Customer(customer_id="c-42"),
        )
    )
    paid = await asyncio.to_thread(sandbox.pay, created.id)
    transaction = await client.get_transaction(paid["id"], includes=("card.payment_token",))
    assert transaction.card is not None
    assert transaction.card.payment_token
    return transaction.card.payment_token


def charge(token: str, reference: str = "PD-CHARGE-1") -> PayWithTokenRequest:
    return PayWithTokenRequest(
        merchant_reference=reference,
        currency="NOK",
        amount=24900,
        payment_token=token,
        items=(
            OrderItem(
                id="REFILL",
                line_id="1",
                description="Coffee refill",
                quantity=Decimal(1),
                amount=24900,
                vat=Decimal(15),
                vat_amount=3248,
            ),
        ),
        customer=Customer(customer_id="c-42", phone_number="+4742621565"),
    )


def test_charge_sends_the_spec_body_with_the_strict_toggle(
    client_config: ClientConfig, sandbox: EmbeddedSandbox
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            token = await saved_token(client, sandbox)
            result = await client.pay_with_token(charge(token))
        assert result.approved
        assert result.success is True
        assert result.status is TransactionStatus.AUTHORIZED
        assert result.decline is None
        sent = sandbox.requests(r"^/v1/sessions/pay$")[-1]
        assert sent["headers"]["dintero-feature-toggles"] == "strict-merchant-reference"
        body = sent["json"]
        assert body["payment"] == {
            "payment_product_type": "dintero_psp.creditcard",
            "operation": "unscheduled_purchase",
        }
        assert body["session"]["order"]["merchant_reference"] == "PD-CHARGE-1"
        assert body["session"]["order"]["amount"] == 24900
        assert body["session"]["customer"] == {
            "customer_id": "c-42",
            "phone_number": "+4742621565",
            "tokens": {"dintero_psp.creditcard": {"payment_token": token}},
        }

    asyncio.run(main())


def test_the_token_stays_out_of_reprs_and_logs() -> None:
    request = charge("pt_secret_token_value")
    assert "pt_secret_token_value" not in repr(request)
    assert "pt_secret_token_value" not in str(request)
    # Should the body ever be logged or land in a crash report, the scrubber removes it.
    assert "pt_secret_token_value" not in scrub(json.dumps(request.to_payload()))


@pytest.mark.parametrize(
    ("scenario", "do_not_retry", "delayed"),
    [("decline", False, False), ("do_not_retry", True, False), ("retry_after", False, True)],
)
def test_a_decline_is_a_failed_transaction_with_its_retry_policy(
    client_config: ClientConfig,
    sandbox: EmbeddedSandbox,
    scenario: str,
    do_not_retry: bool,
    delayed: bool,
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            token = await saved_token(client, sandbox)
            sandbox.set_card_payments(scenario, times=1)
            result = await client.pay_with_token(charge(token))
        assert not result.approved
        assert result.success is False
        assert result.status is TransactionStatus.FAILED
        decline = result.decline
        assert decline is not None
        failed_event = result.events[-1]
        assert failed_event.error is not None
        assert decline.message == failed_event.error.message  # Dintero's own words
        assert decline.do_not_retry is do_not_retry
        assert (decline.retry_after is not None) is delayed

    asyncio.run(main())


def test_a_resend_of_the_same_reference_is_refused_not_charged(
    client_config: ClientConfig, sandbox: EmbeddedSandbox
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            token = await saved_token(client, sandbox)
            await client.pay_with_token(charge(token))
            with pytest.raises(InvalidRequest) as refused:
                await client.pay_with_token(charge(token))
            assert refused.value.certainly_not_applied
            found = await client.find_transactions_by_reference("PD-CHARGE-1")
        assert len(found) == 1

    asyncio.run(main())


def test_a_lost_answer_is_uncertain_and_found_by_reading(
    client_config: ClientConfig, sandbox: EmbeddedSandbox
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            token = await saved_token(client, sandbox)
            sandbox.add_fault(kind="drop_after_apply", method="POST", path="/sessions/pay$")
            with pytest.raises(DinteroError) as lost:
                await client.pay_with_token(charge(token))
            assert not lost.value.certainly_not_applied
            found = await client.find_transactions_by_reference("PD-CHARGE-1")
        assert [t.status for t in found] == [TransactionStatus.AUTHORIZED]

    asyncio.run(main())


def test_lines_that_do_not_add_up_are_refused_before_sending(
    client_config: ClientConfig, sandbox: EmbeddedSandbox
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            bad = charge("pt_x").model_copy(update={"amount": 100})
            with pytest.raises(LocalValidationError):
                await client.pay_with_token(bad)
        assert sandbox.requests(r"^/v1/sessions/pay$") == []

    asyncio.run(main())
