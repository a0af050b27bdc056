"""Per-product rules: what the client sends so each payment product takes the move.

Sources: the checkout spec's capture and refund pages (Instabank: "`items` is required
... with `line_id`, `quantity` and `amount`"; `final_capture` "only applies to ...
`dintero_psp`"), and the Integration checklist ("When capturing Collector payments,
capture full item lines").
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.dintero import (
    CaptureRequest,
    ClientConfig,
    DinteroClient,
    Ledger,
    LocalValidationError,
    Operation,
    OrderItem,
    RefundRequest,
    Transaction,
)
from app.dintero.ledger import product_rules, spread_amount
from app.sandbox import EmbeddedSandbox
from tests.unit.money_support import LINES, SHIPPING, TOTAL, authorized

# -- the spread rule ------------------------------------------------------------------

_lines = st.lists(
    st.tuples(st.text(min_size=1, max_size=4), st.integers(min_value=0, max_value=10**7)),
    max_size=8,
)


@given(_lines, st.data())
def test_a_spread_adds_up_exactly_and_never_exceeds_a_line(
    remaining: list[tuple[str, int]], data: st.DataObject
) -> None:
    total = sum(left for _, left in remaining)
    amount = data.draw(st.integers(min_value=0, max_value=total))
    parts = spread_amount(remaining, amount)
    assert sum(share for _, share in parts) == amount
    # The parts take the lines that have something left, in order: each whole but the
    # last, which may be taken in part.
    lines_with_something_left = [line for line in remaining if line[1] > 0]
    taken = lines_with_something_left[: len(parts)]
    assert [line_id for line_id, _ in parts] == [line_id for line_id, _ in taken]
    for position, ((_, share), (_, left)) in enumerate(zip(parts, taken, strict=True)):
        assert 0 < share <= left
        if position < len(parts) - 1:
            assert share == left
    assert spread_amount(list(remaining), amount) == parts  # deterministic


@given(_lines, st.integers(min_value=1, max_value=10**6))
def test_more_than_the_lines_have_left_is_refused(
    remaining: list[tuple[str, int]], extra: int
) -> None:
    total = sum(left for _, left in remaining)
    with pytest.raises(ValueError, match="less left"):
        spread_amount(remaining, total + extra)


def test_the_rule_is_first_lines_first() -> None:
    assert spread_amount([("1", 500), ("2", 300), ("3", 200)], 650) == (("1", 500), ("2", 150))
    assert spread_amount([("1", 0), ("2", 300)], 100) == (("2", 100),)


def test_product_rules() -> None:
    assert product_rules("instabank.finance").items_required
    assert product_rules("collector.invoice").whole_line_captures
    assert product_rules("dintero_psp.creditcard").final_capture
    assert not product_rules("payex.creditcard").final_capture
    assert product_rules("klarna.klarna").void_rest
    assert not product_rules("collector.invoice").void_rest


# -- against the sandbox, which enforces the same rules ---------------------------------


def test_instabank_amount_only_moves_are_sent_as_lines_with_quantities(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    tx_id = authorized(sandbox, payment_product_type="instabank.finance")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            captured = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=100_000))
            assert captured.succeeded
            refunded = await client.move(Operation.REFUND, tx_id, RefundRequest(amount=5_000))
            assert refunded.succeeded

    asyncio.run(main())
    capture_body, refund_body = (
        sandbox.requests(f"/{tx_id}/capture$")[0]["json"],
        sandbox.requests(f"/{tx_id}/refund$")[0]["json"],
    )
    # First lines first: the sweater (89 900) whole, then 10 100 of the two teas.
    assert [(i["line_id"], i["amount"], i["quantity"]) for i in capture_body["items"]] == [
        ("1", 89_900, 1),
        ("2", 10_100, 0.678),
    ]
    assert [(i["line_id"], i["amount"], i["quantity"]) for i in refund_body["items"]] == [
        ("1", 5_000, 0.056)
    ]


def test_walley_captures_whole_lines(sandbox: EmbeddedSandbox, client_config: ClientConfig) -> None:
    tx_id = authorized(sandbox, payment_product_type="collector.invoice")

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(LocalValidationError, match="whole lines"):
                await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=50_000))
            part_line = OrderItem(line_id="2", amount=14_900, quantity=Decimal(1))
            with pytest.raises(LocalValidationError, match="whole lines"):
                await client.move(
                    Operation.CAPTURE, tx_id, CaptureRequest(amount=14_900, items=(part_line,))
                )
            # An amount that is exactly the first line is spread as that whole line.
            first = await client.move(Operation.CAPTURE, tx_id, CaptureRequest(amount=89_900))
            assert first.succeeded
            rest = await client.move(Operation.CAPTURE, tx_id)
            assert rest.succeeded
            assert str(rest.transaction.status) == "CAPTURED"

    asyncio.run(main())
    bodies = [request["json"] for request in sandbox.requests(f"/{tx_id}/capture$")]
    assert len(bodies) == 2  # the refused ones never left the desk
    assert bodies[0]["items"] == [
        {
            "id": "SKU-1",
            "line_id": "1",
            "description": "Wool sweater",
            "quantity": 1,
            "amount": 89_900,
        }
    ]


def test_final_capture_only_for_dintero_psp_and_part_lines_carry_quantity(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    payex = authorized(sandbox, payment_product_type="payex.creditcard")
    psp = authorized(sandbox)

    async def main() -> None:
        async with DinteroClient(client_config) as client:
            with pytest.raises(LocalValidationError, match="final capture"):
                await client.move(
                    Operation.CAPTURE, payex, CaptureRequest(amount=1_000, final_capture=True)
                )
            ledger = Ledger(await client.get_transaction(psp))
            half_tea = ledger.item_for("2", 14_900)
            assert half_tea.quantity == 1  # half of two teas is one
            third = ledger.item_for("1", 29_967)
            assert third.quantity == Decimal("0.333")
            done = await client.move(
                Operation.CAPTURE,
                psp,
                CaptureRequest(amount=TOTAL - SHIPPING["amount"], final_capture=True),
            )
            assert done.succeeded

    asyncio.run(main())
    assert LINES[1]["quantity"] == 2
    assert sandbox.requests(f"/{payex}/capture$") == []


def test_the_spread_can_be_shown_before_confirming() -> None:
    """`Ledger.items_to_send` reads no network: a dialog shows what will be sent."""
    transaction = Transaction.model_validate(
        {
            "id": "T1.instabank",
            "status": "AUTHORIZED",
            "amount": 30_000,
            "currency": "NOK",
            "payment_product_type": "instabank.invoice",
            "items": [
                {"line_id": "a", "amount": 20_000, "quantity": 4},
                {"line_id": "b", "amount": 10_000},
            ],
        }
    )
    items = Ledger(transaction).items_to_send(Operation.CAPTURE, 25_000)
    assert [(i.line_id, i.amount, i.quantity) for i in items] == [
        ("a", 20_000, 4),
        ("b", 5_000, Decimal("0.5")),
    ]
    card = transaction.model_copy(update={"payment_product_type": "dintero_psp.creditcard"})
    assert Ledger(card).items_to_send(Operation.CAPTURE, 25_000) == ()  # not needed there
