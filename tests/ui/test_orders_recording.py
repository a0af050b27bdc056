"""Orders API on: captures, refunds and voids from the desk are recorded on the order.

The order is made through the client (draft, then complete) and its id is the
transaction's merchant reference, as a shop using the Orders API would do.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.dintero import DinteroClient, OrderLine, TaxLine
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.refund_dialog import RefundDialog
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import (
    MUG,
    SHIPPING,
    SHIRT,
    Desk,
    confirm_and_wait,
    last_dialog,
    open_desk,
    press_continue,
    select,
    successful,
    wait_for,
)

RECORDED = "Recorded on order"


def _order_lines() -> list[OrderLine]:
    """The order's lines, in the transaction's line order (shipping is the third)."""
    lines = []
    for position, line in enumerate((SHIRT, MUG, SHIPPING), start=1):
        lines.append(
            OrderLine(
                line_id=position,
                id=str(line["id"]),
                description=str(line.get("description") or line.get("title")),
                quantity=Decimal(int(line.get("quantity", 1))),
                gross_amount=int(line["amount"]),
                tax_lines=(TaxLine(amount=int(line["vat_amount"]), percentage=Decimal(25)),),
            )
        )
    return lines


async def _new_order(client: DinteroClient) -> str:
    draft = await client.create_draft_order("NOK", _order_lines())
    order = await client.complete_draft_order(draft.id)
    return order.order_id


def _paid_order(
    qtbot: QtBot, sandbox: EmbeddedSandbox, desk: Desk, run_async: RunAsync
) -> tuple[str, str]:
    """(order id, transaction id): an order, and an authorized payment referring to it."""
    order_id = run_async(_new_order(desk.context.client))
    tx = sandbox.create_authorized_transaction(
        items=[SHIRT, MUG], shipping_option=SHIPPING, merchant_reference=order_id
    )
    desk.page.refresh()
    select(qtbot, desk, tx["id"])
    return order_id, str(tx["id"])


def _items(record: dict[str, Any]) -> list[tuple[int, int]]:
    return sorted((int(i["line_id"]), int(i["amount"])) for i in record["items"])


def _order_state(desk: Desk) -> str:
    return desk.page.detail.order_label.text() if desk.page.detail.order_label.isVisible() else ""


def test_capture_and_refund_are_recorded_on_the_order(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path, orders_api=True)
    try:
        order_id, tx_id = _paid_order(qtbot, sandbox, desk, run_async)

        desk.page.open_capture()
        capture = last_dialog(desk, CaptureDialog)
        capture.by_lines.setChecked(True)
        capture.lines.set_units("1", 2)
        capture.lines.set_units("shipping", 1)
        press_continue(capture)
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED
        wait_for(qtbot, lambda: RECORDED in _order_state(desk))

        desk.page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_lines.setChecked(True)
        refund.lines.set_units("1", 1)
        refund.lines.set_units("shipping", 1)
        press_continue(refund)
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED
        wait_for(
            qtbot,
            lambda: (
                len(sandbox.get_order(order_id)["refunds"]) == 1 and RECORDED in _order_state(desk)
            ),
        )

        order = sandbox.get_order(order_id)
        events = sandbox.get_transaction(tx_id)["events"]
        [captured] = successful(events, "CAPTURE")
        [refunded] = successful(events, "REFUND")
        [capture_record] = order["captures"]
        [refund_record] = order["refunds"]
        assert capture_record["amount"] == captured["amount"] == 49_900
        assert _items(capture_record) == [(1, 40_000), (3, 9_900)]
        assert refund_record["amount"] == refunded["amount"] == 29_900
        assert _items(refund_record) == [(1, 20_000), (3, 9_900)]
        for record in (capture_record, refund_record):
            assert record["payment_details"]["payment_id"] == tx_id
            assert record["success"] is True
        assert order["cancellations"] == []
        assert not desk.page.detail.retry_order.isVisible()
    finally:
        run_async(desk.context.aclose())


def test_failed_record_is_shown_retried_and_never_touches_the_capture(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path, orders_api=True)
    try:
        order_id, tx_id = _paid_order(qtbot, sandbox, desk, run_async)
        sandbox.add_fault(
            method="POST", path=r"/shopping/orders/.*/captures", kind="status", status=500, times=1
        )
        detail = desk.page.detail

        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED
        wait_for(qtbot, lambda: detail.retry_order.isVisible())

        assert "went through, but recording it on order" in detail.order_label.text()
        assert order_id in detail.order_label.text()
        qtbot.wait(50)
        assert desk.page.window().grab().save(str(screenshot_dir / "transactions_order_failed.png"))
        assert sandbox.get_order(order_id)["captures"] == []
        # The money move stands, once, and the transaction is free for the next move.
        state = sandbox.get_transaction(tx_id)
        assert state["status"] == "CAPTURED"
        assert len(successful(state["events"], "CAPTURE")) == 1
        assert len([r for r in sandbox.requests(r"/capture$") if r["method"] == "POST"]) == 1
        assert desk.page.runner is not None
        assert not desk.page.runner.is_busy(tx_id)
        wait_for(qtbot, lambda: detail.refund_button.isEnabled())

        detail.retry_order.click()
        wait_for(qtbot, lambda: RECORDED in _order_state(desk))
        assert not detail.retry_order.isVisible()
        [record] = sandbox.get_order(order_id)["captures"]
        assert record["amount"] == 49_900 + 15_000
        assert _items(record) == [(1, 40_000), (2, 15_000), (3, 9_900)]
        assert sandbox.get_transaction(tx_id)["status"] == "CAPTURED"
        assert len([r for r in sandbox.requests(r"/capture$") if r["method"] == "POST"]) == 1

        with Journal.in_directory(desk.services.data_dir) as journal:
            entries = journal.for_target(tx_id)
        assert [(e.operation, e.outcome) for e in reversed(entries)] == [
            (JournalOperation.CAPTURE, Outcome.SUCCEEDED),
            (JournalOperation.ORDER_RECORD, Outcome.FAILED),
            (JournalOperation.ORDER_RECORD, Outcome.SUCCEEDED),
        ]
    finally:
        run_async(desk.context.aclose())


def test_void_is_recorded_as_a_cancellation(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path, orders_api=True)
    try:
        order_id, tx_id = _paid_order(qtbot, sandbox, desk, run_async)
        desk.page.open_void()
        press_continue(last_dialog(desk, VoidDialog))
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED
        wait_for(qtbot, lambda: RECORDED in _order_state(desk))

        order = sandbox.get_order(order_id)
        [cancellation] = order["cancellations"]
        assert cancellation["payment_details"]["payment_id"] == tx_id
        assert order["status"] == "cancelled"  # the Orders reference: lower-case statuses
        assert order["captures"] == order["refunds"] == []
        assert sandbox.get_transaction(tx_id)["status"] == "AUTHORIZATION_VOIDED"
    finally:
        run_async(desk.context.aclose())


def test_an_amount_only_capture_and_refund_are_recorded_by_lines(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    """Dintero gets only an amount; the Orders API still gets lines that add up to it."""
    desk = open_desk(qtbot, sandbox, tmp_path, orders_api=True)
    try:
        order_id, tx_id = _paid_order(qtbot, sandbox, desk, run_async)
        desk.page.open_capture()
        capture = last_dialog(desk, CaptureDialog)
        capture.by_amount.setChecked(True)
        capture.amount_edit.setText("500,00")
        press_continue(capture)
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED
        assert "items" not in sandbox.requests(r"/capture$")[-1]["json"]
        wait_for(qtbot, lambda: RECORDED in _order_state(desk))

        desk.page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_amount.setChecked(True)
        refund.amount_edit.setText("100,00")
        press_continue(refund)
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED
        wait_for(qtbot, lambda: len(sandbox.get_order(order_id)["refunds"]) == 1)

        order = sandbox.get_order(order_id)
        [capture_record] = order["captures"]
        [refund_record] = order["refunds"]
        assert capture_record["amount"] == 50_000
        assert _items(capture_record) == [(1, 40_000), (2, 10_000)]
        assert refund_record["amount"] == 10_000
        assert _items(refund_record) == [(1, 10_000)]

        def record_outcomes() -> list[Outcome]:
            with Journal.in_directory(desk.services.data_dir) as journal:
                return [
                    e.outcome
                    for e in journal.for_target(tx_id)
                    if e.operation is JournalOperation.ORDER_RECORD
                ]

        # The order shows the refund a moment before the journal row of it is settled.
        wait_for(qtbot, lambda: record_outcomes() == [Outcome.SUCCEEDED] * 2)
    finally:
        run_async(desk.context.aclose())
