"""Orders API through the client against the sandbox: draft, complete, payment records."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest

from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    InvalidRequest,
    OrderLine,
    OrderRecordItem,
    TaxLine,
)
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox


def _lines() -> list[OrderLine]:
    return [
        OrderLine(
            id="SKU-1",
            line_id=1,
            description="Sweater",
            quantity=Decimal(1),
            gross_amount=89900,
            tax_lines=(TaxLine(amount=17980, percentage=Decimal(25)),),
        ),
        OrderLine(
            id="SKU-2",
            line_id=2,
            description="Tea",
            quantity=Decimal(2),
            gross_amount=29800,
            tax_lines=(TaxLine(amount=3887, percentage=Decimal(15)),),
        ),
    ]


def test_order_lifecycle_records_what_checkout_did(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    async def main() -> str:
        async with DinteroClient(client_config) as client:
            draft = await client.create_draft_order("NOK", _lines())
            assert draft.id
            assert draft.order_id is None
            # "Complete a draft order" answers {"orders": [{..., "id", "status": "open"}]}.
            order = await client.complete_draft_order(draft.id)
            assert len(order.order_id) == 9
            assert order.order_id == order.id
            assert order.status == "open"
            assert [line.line_id for line in order.items] == [1, 2]

            tx = sandbox.create_authorized_transaction(
                items=[
                    {"id": "SKU-1", "line_id": "1", "quantity": 1, "amount": 89900},
                    {"id": "SKU-2", "line_id": "2", "quantity": 2, "amount": 29800},
                ],
                merchant_reference=order.order_id,
            )
            both = [
                OrderRecordItem(line_id=1, amount=89900),
                OrderRecordItem(line_id=2, amount=29800),
            ]
            auth = await client.record_order_authorization(order.order_id, tx["id"], both)
            assert auth.amount == 119700
            assert auth.success is True

            captured = await client.move(Operation.CAPTURE, tx["id"], CaptureRequest(amount=89900))
            assert captured.succeeded
            record = await client.record_order_capture(
                order.order_id,
                tx["id"],
                [OrderRecordItem(line_id=1, amount=89900)],
                payment_product_type="dintero_psp.creditcard",
            )
            assert record.payment_details["payment_id"] == tx["id"]
            refund = await client.record_order_refund(
                order.order_id, tx["id"], [OrderRecordItem(line_id=1, amount=89900)]
            )
            assert refund.amount == 89900
            cancel = await client.record_order_cancellation(
                order.order_id, tx["id"], [OrderRecordItem(line_id=2, amount=29800)]
            )
            assert cancel.id

            again = await client.get_order(order.order_id)
            assert [len(again.authorizations), len(again.captures), len(again.refunds)] == [1, 1, 1]
            assert len(again.cancellations) == 1
            return order.order_id

    order_id = asyncio.run(main())
    (draft_call,) = sandbox.requests(r"/shopping/draft_orders$")
    assert draft_call["json"]["options"] == {"generate_order_id": "ALPHANUMERIC_9"}
    assert draft_call["json"]["order"]["items"][0] == {
        "line_id": 1,
        "gross_amount": 89900,
        "quantity": 1,
        "tax_lines": [{"amount": 17980, "percentage": 25}],
        "id": "SKU-1",
        "description": "Sweater",
    }
    (capture_call,) = sandbox.requests(rf"/orders/{order_id}/captures$")
    assert capture_call["json"]["processed_by"] == "dintero-checkout"
    assert capture_call["json"]["payment_details"]["payment_product_type"] == (
        "dintero_psp.creditcard"
    )


def test_recording_an_unknown_line_is_refused(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    async def main() -> None:
        async with DinteroClient(client_config) as client:
            draft = await client.create_draft_order("NOK", _lines())
            order = await client.complete_draft_order(draft.id)
            with pytest.raises(InvalidRequest) as caught:
                await client.record_order_capture(
                    order.order_id, "T12345678.x", [OrderRecordItem(line_id=7, amount=1)]
                )
            assert caught.value.errors

    asyncio.run(main())
