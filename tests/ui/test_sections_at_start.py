"""At start the section on screen is built first; the other follows once the account's
first loads are shown, and works like one built at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.ui.links.page import LinksPage
from app.ui.main_window import LINKS, TRANSACTIONS, MainWindow
from app.ui.transactions.page import TransactionsPage
from tests.ui.conftest import RunAsync
from tests.ui.shop_support import services_with_both_shops


@pytest.fixture
def services(
    tmp_path: Path, memory_keyring: MemoryKeyring, sandbox: EmbeddedSandbox
) -> AppServices:
    return services_with_both_shops(tmp_path, sandbox)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int | None]]:
    """Each section as it is built, with the transactions already listed at that moment
    (None: no transactions page yet)."""
    order: list[tuple[str, int | None]] = []
    make_page = MainWindow._make_page

    def recording(window: MainWindow, section: str) -> LinksPage | TransactionsPage:
        page = window.transactions_page
        order.append((section, None if page is None else page.model.rowCount()))
        return make_page(window, section)

    monkeypatch.setattr(MainWindow, "_make_page", recording)
    return order


@pytest.fixture
def window(
    qtbot: QtBot,
    qloop: object,
    services: AppServices,
    sandbox: EmbeddedSandbox,
    run_async: RunAsync,
) -> Iterator[MainWindow]:
    sandbox.create_authorized_transaction(amount=7_000)  # so the list has a first page
    window = MainWindow(services)
    qtbot.addWidget(window)
    yield window
    run_async(window.aclose())


def test_transactions_on_screen_first_get_their_rows_before_the_links_page_is_built(
    qtbot: QtBot, window: MainWindow, built: list[tuple[str, int | None]]
) -> None:
    window.first_section = TRANSACTIONS
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.sections_built, timeout=15_000)
    (first, _), (second, listed) = built
    assert (first, second) == (TRANSACTIONS, LINKS)
    assert listed is not None
    assert listed > 0
    links, transactions = window.links_page, window.transactions_page
    assert isinstance(links, LinksPage)
    assert isinstance(transactions, TransactionsPage)
    assert len(window.pages) == 2
    assert window.pages[0] is links
    assert window.pages[1] is transactions
    assert window.tabs.currentWidget() is transactions  # still where staff are
    assert window.tabs.widget(0) is links
    assert window.tabs.tabText(0) == "Payment &links"
    # Built late, the links page works on the open account like one built at once.
    assert window.context is not None
    assert links.context is window.context
    assert links.splitter.isEnabled()
    assert links.notice.parent() is window.centralWidget()


def test_a_section_chosen_before_its_turn_is_shown_built(
    qtbot: QtBot, window: MainWindow, built: list[tuple[str, int | None]]
) -> None:
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.links_page is not None, timeout=15_000)
    window.tabs.setCurrentIndex(1)  # Transactions, at once
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.transactions_page)
    transactions = window.transactions_page
    assert isinstance(transactions, TransactionsPage)
    qtbot.waitUntil(lambda: transactions.model.rowCount() > 0, timeout=15_000)
    assert [section for section, _ in built] == [LINKS, TRANSACTIONS]
    assert window.sections_built
