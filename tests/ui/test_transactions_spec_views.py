"""What the detail pane and the confirmations say about Dintero's own behaviour: automatic
capture, per-product lines, settlement, and extending a Klarna authorization."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.desk.transaction_notes import AUTO_CAPTURE_NOTE
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal, JournalOperation, Outcome
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from app.ui.transactions.list_model import Column
from app.ui.transactions.refund_dialog import RefundDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import (
    last_dialog,
    open_desk,
    press_continue,
    select,
    successful,
    wait_for,
)

INSTABANK_LINES = [
    {"id": "sofa", "line_id": "1", "description": "Sofa", "quantity": 1, "amount": 60_000},
    {"id": "lamp", "line_id": "2", "description": "Lamp", "quantity": 2, "amount": 40_000},
]


def _auto_capture_payment(sandbox: EmbeddedSandbox) -> str:
    """An AUTHORIZED payment Dintero will capture by itself (the attempt held back)."""
    sandbox.set_auto_capture(delay_s=None)
    created = sandbox.create_session(
        {
            "profile_id": "default",
            "url": {"return_url": "https://shop.example.com/return"},
            "order": {
                "amount": 25_000,
                "currency": "NOK",
                "merchant_reference": "auto-1",
                "items": [{"id": "a", "line_id": "1", "amount": 25_000, "quantity": 1}],
            },
            "configuration": {"auto_capture": True},
        }
    )
    paid = sandbox.pay(created["id"])
    assert paid["status"] == "AUTHORIZED"
    return str(paid["id"])


def test_an_auto_capture_payment_says_so_and_asks_before_a_manual_capture(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    tx_id = _auto_capture_payment(sandbox)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx_id)
        detail = desk.page.detail
        assert detail.auto_capture_label.isVisibleTo(detail)
        assert detail.auto_capture_label.text() == AUTO_CAPTURE_NOTE
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        assert "Dintero will capture this automatically" in confirm.confirmation.detail
        assert confirm.confirmation.detail.endswith("Capture anyway?")
        confirm.grab().save(str(screenshot_dir / "transactions_confirm_auto_capture.png"))
        confirm.reject()
    finally:
        run_async(desk.context.aclose())


def test_an_instabank_capture_by_amount_shows_the_lines_it_is_sent_as(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    """Instabank needs lines: 80 000 by amount goes as the whole sofa and half the lamps."""
    tx = sandbox.create_authorized_transaction(
        items=INSTABANK_LINES, payment_product_type="instabank.finance"
    )
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_capture()
        capture = last_dialog(desk, CaptureDialog)
        capture.by_amount.setChecked(True)
        capture.amount_edit.setText("800,00")
        press_continue(capture)
        confirm = last_dialog(desk, ConfirmDialog)
        detail = confirm.confirmation.detail
        assert "it will be captured as Sofa: 600,00\xa0kr; Lamp: 200,00\xa0kr." in detail
        confirm.grab().save(str(screenshot_dir / "transactions_confirm_spread.png"))
        runner = desk.page.runner
        assert runner is not None
        with qtbot.waitSignal(runner.finished, timeout=15_000):
            confirm.confirm_button.click()
        (capture_event,) = successful(sandbox.get_transaction(tx["id"])["events"], "CAPTURE")
        sent = [(i["line_id"], i["amount"], float(i["quantity"])) for i in capture_event["items"]]
        assert sent == [("1", 60_000, 1.0), ("2", 20_000, 1.0)]
    finally:
        run_async(desk.context.aclose())


def test_settlement_shows_in_the_detail_and_the_list(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    sandbox.set_settlement_delay(None)
    captured = sandbox.create_authorized_transaction(amount=10_000, outcome="captured")
    settled = sandbox.create_authorized_transaction(amount=20_000, outcome="captured")
    sandbox.settle(settled["id"])
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        model = desk.page.model
        wait_for(qtbot, lambda: model.index_of(settled["id"]) is not None)

        def cell(tx_id: str) -> str:
            row = model.index_of(tx_id)
            assert row is not None
            return str(model.index(row, Column.SETTLED).data())

        assert cell(settled["id"]) == "Settled"
        assert cell(captured["id"]) == "Not yet"
        select(qtbot, desk, settled["id"])
        assert desk.page.detail.settlement_value.text() == "Settled, paid out 200,00\xa0kr."
        select(qtbot, desk, captured["id"])
        assert desk.page.detail.settlement_value.text() == (
            "Not settled yet, 100,00\xa0kr still to be paid out."
        )
    finally:
        run_async(desk.context.aclose())


def test_a_klarna_authorization_is_extended_once_and_journalled(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    klarna = sandbox.create_authorized_transaction(
        amount=30_000, payment_product_type="klarna.klarna"
    )
    card = sandbox.create_authorized_transaction(amount=30_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, card["id"])
        detail = desk.page.detail
        assert not detail.extend_button.isVisibleTo(detail)
        select(qtbot, desk, klarna["id"])
        assert detail.extend_button.isVisibleTo(detail)
        before = detail.expiry_value.text()
        assert "Klarna authorizations last 28 days" in before
        detail.grab().save(str(screenshot_dir / "transactions_klarna_extend.png"))
        detail.extend_button.click()
        box = last_dialog(desk, QMessageBox)
        extend = next(b for b in box.buttons() if "Extend" in b.text())
        extend.click()
        wait_for(qtbot, lambda: "Authorization extended." in detail.state_label.text())
        posts = [r for r in sandbox.requests(r"/authorization$") if r["method"] == "POST"]
        assert len(posts) == 1
        with Journal.in_directory(desk.services.data_dir) as journal:
            (row,) = journal.for_target(klarna["id"])
        assert row.operation is JournalOperation.EXTEND_AUTHORIZATION
        assert row.outcome is Outcome.SUCCEEDED
        assert row.reference == posts[0]["json"]["reference"]

        # The pane shows the transaction as the answer carried it: a second AUTHORIZE.
        def authorizations() -> int:
            shown = detail.transaction
            return sum(e.event == "AUTHORIZE" for e in shown.events) if shown else 0

        wait_for(qtbot, lambda: authorizations() == 2)
    finally:
        run_async(desk.context.aclose())


def test_an_over_refund_is_refused_in_plain_words(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    """Issue: the refund dialog said "can be refundd"; the words come from one table now."""
    tx = sandbox.create_authorized_transaction(amount=10_000, outcome="captured")
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        desk.page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        refund.by_amount.setChecked(True)
        refund.amount_edit.setText("150,00")
        assert refund.problem() == (
            "At most 100,00\xa0kr can be refunded (asked for 150,00\xa0kr)."
        )
        refund.reject()
    finally:
        run_async(desk.context.aclose())
