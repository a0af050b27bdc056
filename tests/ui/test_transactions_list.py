"""The transaction list: lazy paging past 250 rows, filters, debounced search, sorting, copy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox, SandboxConfig
from app.ui.transactions.filter_bar import SEARCH_DEBOUNCE_MS
from app.ui.transactions.list_model import PAGE_SIZE, ROW_ROLE, SORT_ROLE, Column
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import Desk, open_desk, wait_for

SEEDED = 300


@pytest.fixture(scope="module")
def seeded() -> Iterator[EmbeddedSandbox]:
    server = EmbeddedSandbox(SandboxConfig(seed_transactions=SEEDED, seed_sessions=0))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def desk(
    qtbot: QtBot, seeded: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> Iterator[Desk]:
    seeded.reset()
    opened = open_desk(qtbot, seeded, tmp_path)
    yield opened
    run_async(opened.context.aclose())


def _load_everything(qtbot: QtBot, desk: Desk) -> None:
    model = desk.page.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        wait_for(qtbot, lambda: not model.loading)


def test_pages_lazily_past_250_rows_without_gaps(
    qtbot: QtBot, desk: Desk, seeded: EmbeddedSandbox, qtmodeltester: ModelTester
) -> None:
    model = desk.page.model
    assert model.rowCount() == PAGE_SIZE  # only the first page until the view asks
    view = desk.page.view
    # Scrolling to the bottom makes the view ask for more, page by page.
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(50)
        wait_for(qtbot, lambda: not model.loading)
        if not model.has_more:
            break
    assert model.rowCount() == SEEDED
    ids = [model.row_at(i).id for i in range(model.rowCount())]
    assert len(set(ids)) == SEEDED
    pages = seeded.requests(r"^/v1/transactions$")
    assert [p["query"].get("limit") for p in pages] == [["100"]] * 4
    assert "starting_after" not in pages[0]["query"]
    assert pages[1]["query"]["starting_after"] == [ids[99]]
    assert desk.page.status.text() == f"{SEEDED} transactions"
    qtmodeltester.check(model)


def test_filters_become_dintero_query_parameters(
    qtbot: QtBot, desk: Desk, seeded: EmbeddedSandbox
) -> None:
    bar = desk.page.filter_bar
    model = desk.page.model
    bar.set_statuses(("AUTHORIZED", "CAPTURED"))
    wait_for(qtbot, lambda: not model.loading)
    _load_everything(qtbot, desk)
    statuses = {model.row_at(i).status for i in range(model.rowCount())}
    assert statuses == {"AUTHORIZED", "CAPTURED"}

    bar.currency.setCurrentIndex(bar.currency.findData("SEK"))
    wait_for(qtbot, lambda: not model.loading)
    _load_everything(qtbot, desk)
    assert model.rowCount() > 0
    assert {model.row_at(i).currency for i in range(model.rowCount())} == {"SEK"}

    bar.amount_from.setText("500")
    bar.amount_from.editingFinished.emit()
    wait_for(qtbot, lambda: not model.loading)
    _load_everything(qtbot, desk)
    assert all(model.row_at(i).amount >= 50_000 for i in range(model.rowCount()))

    bar.date_preset.setCurrentText("Last 7 days")
    wait_for(qtbot, lambda: not model.loading)
    _load_everything(qtbot, desk)
    week_ago = datetime.now(UTC) - timedelta(days=8)
    assert all((model.row_at(i).created_at or week_ago) > week_ago for i in range(model.rowCount()))
    query = seeded.requests(r"^/v1/transactions$")[-1]["query"]
    assert query["status"] == ["AUTHORIZED", "CAPTURED"]
    assert query["currency"] == ["SEK"]
    assert query["amount.gte"] == ["50000"]
    assert "created_at.gte" in query

    bar.product.setCurrentIndex(bar.product.findData("vipps"))
    wait_for(qtbot, lambda: not model.loading)
    assert seeded.requests(r"^/v1/transactions$")[-1]["query"]["payment_product"] == ["vipps"]
    assert all(model.row_at(i).payment_product.startswith("vipps") for i in range(model.rowCount()))


def test_search_is_debounced_and_a_new_search_cancels_the_old(
    qtbot: QtBot, desk: Desk, seeded: EmbeddedSandbox
) -> None:
    model = desk.page.model
    _load_everything(qtbot, desk)
    target = model.row_at(123)
    other = next(
        model.row_at(i)
        for i in range(model.rowCount())
        if model.row_at(i).customer and model.row_at(i).customer != target.customer
    )
    seeded.clear_requests()

    search = desk.page.filter_bar.search
    for prefix in range(1, len(target.id) + 1):  # typing, one key at a time
        search.setText(target.id[:prefix])
    qtbot.wait(SEARCH_DEBOUNCE_MS + 200)
    wait_for(qtbot, lambda: not model.loading)
    searches = [r["query"].get("search") for r in seeded.requests(r"^/v1/transactions$")]
    assert searches == [[target.id]]  # one request for the whole typing burst
    assert [model.row_at(i).id for i in range(model.rowCount())] == [target.id]

    # A slow search in flight is cancelled by the next one.
    seeded.add_fault(
        method="GET", path=r"^/v1/transactions$", kind="latency", latency_ms=1500, times=1
    )
    search.setText("zzzz-no-such-customer")
    search.returnPressed.emit()
    wait_for(qtbot, lambda: model.loading)
    search.setText(other.customer)
    search.returnPressed.emit()
    wait_for(qtbot, lambda: not model.loading)
    assert model.rowCount() >= 1
    assert all(model.row_at(i).customer == other.customer for i in range(model.rowCount()))
    qtbot.wait(1600)  # the old answer would have arrived by now; it must not show
    assert all(model.row_at(i).customer == other.customer for i in range(model.rowCount()))


def test_sorting_uses_raw_values_and_copy_puts_ids_on_the_clipboard(
    qtbot: QtBot, desk: Desk
) -> None:
    page = desk.page
    page.view.sortByColumn(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = [
        page.proxy.index(r, Column.AMOUNT).data(SORT_ROLE) for r in range(page.proxy.rowCount())
    ]
    assert amounts == sorted(amounts)
    assert all(isinstance(a, int) for a in amounts)
    first = page.proxy.index(0, 0).data(ROW_ROLE)
    assert page.select_transaction(first.id)
    page.copy_id()
    assert QGuiApplication.clipboard().text() == first.id
    page.copy_reference()
    assert QGuiApplication.clipboard().text() == first.merchant_reference


def test_detail_shows_lines_events_customer_and_estimates(qtbot: QtBot, desk: Desk) -> None:
    page = desk.page
    model = page.model
    row = next(
        model.row_at(i) for i in range(model.rowCount()) if model.row_at(i).status == "AUTHORIZED"
    )
    page.select_transaction(row.id)
    detail = page.detail
    wait_for(qtbot, lambda: detail.transaction is not None and detail.transaction.id == row.id)
    assert detail.lines_model.rowCount() >= 1
    assert detail.events_model.rowCount() >= 1
    assert "Expires" in detail.expiry_value.text() or "expired" in detail.expiry_value.text()
    assert detail.customer_value.text() != "—"
    assert row.id in detail.title.text()


def test_unbinding_clears_the_page(qtbot: QtBot, desk: Desk) -> None:
    desk.page.bind(None)
    assert desk.page.model.rowCount() == 0
    assert desk.page.detail.transaction is None
    assert desk.page.status.text() == "No account"
