"""Review fixes on the desk: account switch, stale list, actions, reasons, formats, "By"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSplitter
from pytestqt.qtbot import QtBot

from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Outcome
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.transactions.events_model import EventColumn
from app.ui.transactions.list_model import PAGE_SIZE, Column
from app.ui.transactions.refund_dialog import RefundDialog
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import (
    Desk,
    confirm_and_wait,
    last_dialog,
    make_context,
    open_desk,
    press_continue,
    select,
    wait_for,
)

PHONE_ONLY = {"phone_number": "+4741234567"}


def _pay_with_customer(sandbox: EmbeddedSandbox, customer: dict[str, Any]) -> dict[str, Any]:
    session = {
        "profile_id": "default",
        "url": {"return_url": "https://shop.example.com/return"},
        "order": {
            "amount": 12_050,
            "currency": "NOK",
            "merchant_reference": "phone-order",
            "items": [
                {
                    "id": "item-1",
                    "line_id": "1",
                    "description": "Phone order",
                    "quantity": 1,
                    "amount": 12_050,
                    "vat": 25,
                    "vat_amount": 2_410,
                }
            ],
        },
        "customer": customer,
    }
    created = sandbox.create_session(session)
    return sandbox.pay(created["id"])


def _listed_ids(desk: Desk) -> list[str]:
    model = desk.page.model
    return [model.row_at(i).id for i in range(model.rowCount())]


def test_switching_account_clears_search_and_filters(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    test_tx = sandbox.create_authorized_transaction(merchant_reference="only-on-test")
    prod_txs = [
        sandbox.create_authorized_transaction(amount=5_000 + n, account_id="P12345678")
        for n in range(3)
    ]
    desk = open_desk(qtbot, sandbox, tmp_path)
    page, bar = desk.page, desk.page.filter_bar
    prod = make_context(sandbox, desk.services, desk.errors, production=True)
    try:
        bar.search.setText("only-on-test")
        bar.search.returnPressed.emit()
        bar.set_statuses(("AUTHORIZED",))
        bar.currency.setCurrentIndex(bar.currency.findData("NOK"))
        wait_for(qtbot, lambda: _listed_ids(desk) == [test_tx["id"]] and not page.model.loading)

        page.bind(prod)
        assert bar.search.text() == ""
        assert bar.selected_statuses() == ()
        assert bar.currency.currentData() is None
        assert bar.status_button.text() == "Status: any"
        assert page.current_filter().search is None
        assert page.current_filter().statuses == ()
        wait_for(qtbot, lambda: not page.model.loading and page.model.rowCount() == 3)
        assert set(_listed_ids(desk)) == {tx["id"] for tx in prod_txs}
        assert page.status.text() == "3 transactions"
        query = sandbox.requests(r"^/v1/transactions$")[-1]["query"]
        assert "search" not in query
        assert "status" not in query
        qtbot.wait(50)
        assert page.window().grab().save(str(screenshot_dir / "transactions_after_switch.png"))

        # Bound again to the same account (e.g. after its settings changed): kept.
        bar.search.setText("keep-me")
        bar.search.returnPressed.emit()
        page.bind(prod)
        assert bar.search.text() == "keep-me"
        assert page.current_filter().search == "keep-me"
    finally:
        run_async(desk.context.aclose())
        run_async(prod.aclose())


def test_show_transaction_by_id_inserts_refreshes_and_selects(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    old = sandbox.create_authorized_transaction(amount=3_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        assert _listed_ids(desk) == [old["id"]]
        paid_later = sandbox.create_authorized_transaction(amount=4_000)
        with qtbot.waitSignal(page.transaction_shown, timeout=10_000) as shown:
            page.show_transaction_by_id(paid_later["id"])
        assert shown.args == [paid_later["id"]]
        assert page.model.index_of(paid_later["id"]) == 0  # on top of the loaded rows
        assert page.model.rowCount() == 2
        current = page.current_row()
        assert current is not None
        assert current.id == paid_later["id"]
        assert page.detail.transaction is not None
        assert page.detail.transaction.id == paid_later["id"]
        gets = sandbox.requests(rf"^/v1/transactions/{paid_later['id']}$")
        assert len(gets) == 1  # selecting it did not read it a second time

        # Captured elsewhere meanwhile: the loaded row is refreshed in place.
        run_async(desk.context.client.move(Operation.CAPTURE, old["id"], None))
        with qtbot.waitSignal(page.transaction_shown, timeout=10_000):
            page.show_transaction_by_id(old["id"])
        assert page.model.rowCount() == 2
        position = page.model.index_of(old["id"])
        assert position is not None
        assert page.model.row_at(position).status == "CAPTURED"
        current = page.current_row()
        assert current is not None
        assert current.id == old["id"]
    finally:
        run_async(desk.context.aclose())


def test_refresh_if_stale_reloads_only_an_old_list_and_keeps_the_selection(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    first = sandbox.create_authorized_transaction(amount=1_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        select(qtbot, desk, first["id"])
        newer = sandbox.create_authorized_transaction(amount=2_000)
        sandbox.clear_requests()
        assert not page.refresh_if_stale(max_age_s=3600)
        assert sandbox.requests(r"^/v1/transactions$") == []
        assert newer["id"] not in _listed_ids(desk)

        assert page.refresh_if_stale(max_age_s=0)
        wait_for(qtbot, lambda: newer["id"] in _listed_ids(desk) and not page.model.loading)
        assert len(sandbox.requests(r"^/v1/transactions$")) == 1
        wait_for(qtbot, lambda: page.current_row() is not None)
        current = page.current_row()
        assert current is not None
        assert current.id == first["id"]
        age = page.list_age_s
        assert age is not None
        assert age < 5
    finally:
        run_async(desk.context.aclose())


def test_capture_selected_follows_a_capture_of_the_selected_row(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=7_500)
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        select(qtbot, desk, tx["id"])
        assert page.bulk_action.isEnabled()
        page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        report = confirm_and_wait(qtbot, desk)
        assert report.outcome is Outcome.SUCCEEDED
        wait_for(qtbot, lambda: (row := page.current_row()) is not None and row.captured > 0)
        assert not page.bulk_action.isEnabled()
        assert page.open_bulk_capture() is None
    finally:
        run_async(desk.context.aclose())


def test_reasons_are_visible_under_the_buttons(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    authorized = sandbox.create_authorized_transaction(amount=9_900)
    swish = sandbox.create_authorized_transaction(
        amount=4_900, payment_product_type="swish.swish", currency="SEK"
    )
    desk = open_desk(qtbot, sandbox, tmp_path)
    detail = desk.page.detail
    try:
        select(qtbot, desk, authorized["id"])
        assert detail.reasons_label.isVisible()
        text = detail.reasons_label.text()
        assert text.startswith("Refund — ")
        assert "void instead" in text
        assert "Capture" not in text
        assert "Void" not in text
        qtbot.wait(50)
        assert detail.grab().save(str(screenshot_dir / "transactions_detail_reasons.png"))

        select(qtbot, desk, swish["id"])
        assert detail.transaction is not None
        assert str(detail.transaction.status) == "CAPTURED"
        assert detail.reasons_label.isVisible()
        lines = detail.reasons_label.text().splitlines()
        assert any(line.startswith("Void — Swish captures at payment") for line in lines)
        assert any(line.startswith("Capture — ") for line in lines)
        assert not any(line.startswith("Refund") for line in lines)
        qtbot.wait(50)
        assert detail.grab().save(str(screenshot_dir / "transactions_detail_reasons_swish.png"))
    finally:
        run_async(desk.context.aclose())


def test_count_says_when_sorting_covers_only_loaded_rows(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    for n in range(PAGE_SIZE + 5):
        sandbox.create_authorized_transaction(amount=1_000 + n)
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        assert page.status.text() == f"{PAGE_SIZE} loaded · more as you scroll"
        page.view.sortByColumn(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
        assert page.status.text() == (
            f"{PAGE_SIZE} loaded · sorted among loaded rows · more as you scroll"
        )
        assert "only the rows loaded so far" in page.status.toolTip()
        page.view.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        assert page.status.text() == f"{PAGE_SIZE} loaded · more as you scroll"
        page.view.sortByColumn(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
        page.view.scrollToBottom()
        wait_for(qtbot, lambda: not page.model.has_more and not page.model.loading)
        assert page.status.text() == f"{PAGE_SIZE + 5} transactions"  # all loaded: exact
    finally:
        run_async(desk.context.aclose())


def test_formats_phone_date_and_amounts(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = _pay_with_customer(sandbox, PHONE_ONLY)
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        select(qtbot, desk, tx["id"])
        position = page.model.index_of(tx["id"])
        assert position is not None
        cell = page.model.index(position, Column.CUSTOMER).data()
        assert cell == "+47 41 23 45 67"
        created = page.model.index(position, Column.CREATED).data()
        row = page.model.row_at(position)
        assert row.created_at is not None
        assert created == row.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
        assert "+47 41 23 45 67" in page.detail.customer_value.text()
        events = page.detail.events_model
        amounts = [
            events.index(r, EventColumn.AMOUNT).data()
            for r in range(events.rowCount())
            if events.index(r, EventColumn.AMOUNT).data()
        ]
        assert amounts
        assert all(a == "120,50\xa0kr" for a in amounts), amounts
    finally:
        run_async(desk.context.aclose())


def test_events_by_names_the_operator_for_journaled_moves(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx = sandbox.create_authorized_transaction(amount=6_000)
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        select(qtbot, desk, tx["id"])
        page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        assert confirm_and_wait(qtbot, desk).outcome is Outcome.SUCCEEDED
        events = page.detail.events_model

        def by_of(name: str) -> list[str]:
            return [
                events.index(r, EventColumn.BY).data()
                for r in range(events.rowCount())
                if events.index(r, EventColumn.WHAT).data() == name
            ]

        wait_for(qtbot, lambda: by_of("Captured") == ["tester (Paydesk)"])
        assert all("(Paydesk)" not in by for by in by_of("Authorized"))
        capture_row = next(
            r
            for r in range(events.rowCount())
            if events.index(r, EventColumn.WHAT).data() == "Captured"
        )
        tip = events.index(capture_row, EventColumn.BY).data(Qt.ItemDataRole.ToolTipRole)
        assert "Sent through API client:" in tip

        # Selected again later (a fresh read): still the operator, not the API client.
        page.view.selectionModel().clearCurrentIndex()
        page.detail.show_transaction(None)
        select(qtbot, desk, tx["id"])
        assert by_of("Captured") == ["tester (Paydesk)"]
    finally:
        run_async(desk.context.aclose())


def test_dismiss_buttons_cannot_be_read_as_cancelling_the_payment(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    tx = sandbox.create_authorized_transaction(amount=9_900)
    captured = sandbox.create_authorized_transaction(amount=9_900, outcome="captured")
    desk = open_desk(qtbot, sandbox, tmp_path)
    page = desk.page
    try:
        select(qtbot, desk, tx["id"])
        transaction = page.detail.transaction
        assert transaction is not None
        void = VoidDialog(transaction, page)
        qtbot.addWidget(void)
        void.show()
        dismiss = void.findChild(QPushButton, "dismissButton")
        assert dismiss is not None
        assert dismiss.text() == "Keep payment"
        assert dismiss.isDefault()
        summary = void.findChild(QLabel, "voidSummary")
        assert summary is not None
        assert "Cancel" not in summary.text()
        qtbot.wait(50)
        assert void.grab().save(str(screenshot_dir / "transactions_void_dialog_buttons.png"))
        with qtbot.waitSignal(void.rejected):
            dismiss.click()

        capture = CaptureDialog(transaction, page)
        qtbot.addWidget(capture)
        capture_dismiss = capture.findChild(QPushButton, "dismissButton")
        assert capture_dismiss is not None
        assert capture_dismiss.text() == "Close"
        paid = run_async(desk.context.client.get_transaction(captured["id"]))
        refund = RefundDialog(paid, page)
        qtbot.addWidget(refund)
        refund_dismiss = refund.findChild(QPushButton, "dismissButton")
        assert refund_dismiss is not None
        assert refund_dismiss.text() == "Close"
        confirm = ConfirmDialog(
            Confirmation("Void", "Test shop", "T1", False, tx["id"], 9_900, "NOK"), 100_000, page
        )
        qtbot.addWidget(confirm)
        confirm_dismiss = confirm.findChild(QPushButton, "dismissButton")
        assert confirm_dismiss is not None
        assert confirm_dismiss.text() == "Don't void"
    finally:
        run_async(desk.context.aclose())


def test_empty_detail_pane_has_no_scrollbar(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    sandbox.create_authorized_transaction()
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        qtbot.wait(50)
        scroll = desk.page.detail.findChild(QScrollArea, "detailSummary")
        assert scroll is not None
        assert not scroll.verticalScrollBar().isVisible()
        # Even with the list dragged as tall as it goes, the plain summary fits.
        splitter = desk.page.findChild(QSplitter)
        assert splitter is not None
        splitter.setSizes([10_000, 1])
        qtbot.wait(50)
        assert not scroll.verticalScrollBar().isVisible()
    finally:
        run_async(desk.context.aclose())
