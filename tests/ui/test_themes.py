"""The main windows in a light and a dark palette: rendered for a person to look at, and
every label checked for contrast against what it is drawn on."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.services import AppServices
from app.sandbox import EmbeddedSandbox
from app.ui.accounts_dialog import AccountsDialog
from app.ui.errors import ErrorPresenter
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow
from app.ui.notifications import Notification
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk
from tests.ui.readability import unreadable_labels
from tests.ui.shop_support import services_with_both_shops
from tests.ui.themes import theme

pytestmark = pytest.mark.parametrize("name", ["light", "dark"])


@pytest.fixture
def services(
    tmp_path: Path, memory_keyring: MemoryKeyring, sandbox: EmbeddedSandbox
) -> AppServices:
    return services_with_both_shops(tmp_path, sandbox)


@pytest.fixture
def themed(name: str) -> Iterator[str]:
    with theme(name):
        yield name


def test_main_window_with_a_link_and_a_notice(
    qtbot: QtBot,
    qloop: object,
    themed: str,
    services: AppServices,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start_loading()
    try:
        qtbot.waitUntil(
            lambda: window.context is not None and window.sections_built, timeout=10_000
        )
        links = window.pages[0]
        assert isinstance(links, LinksPage)
        assert window.context is not None
        desk = Desk(links, window.context, qtbot)
        desk.fill_line(0, "Running shoes", "1", "1 250", "25")
        desk.create()
        links.notice.show_notification(
            Notification("failed", "Payment attempt failed", "Card declined by the issuer")
        )
        qtbot.waitUntil(lambda: links.link_view.status is not None, timeout=5000)
        qtbot.waitUntil(lambda: window.connection_label.text().startswith("●"), timeout=5000)
        assert unreadable_labels(window) == []
        window.grab().save(str(screenshot_dir / f"theme_{themed}_main_window_test.png"))

        window.accounts_menu.actions()[1].trigger()
        qtbot.waitUntil(
            lambda: window.context is not None and window.context.account.is_production,
            timeout=5000,
        )
        links.notice.show_notification(
            Notification("paid", "Link paid", "order-1 · 1 250,00 kr paid by card")
        )
        assert window.banner.is_production
        qtbot.waitUntil(lambda: window.connection_label.text().startswith("●"), timeout=5000)
        assert unreadable_labels(window) == []
        window.grab().save(str(screenshot_dir / f"theme_{themed}_main_window_production.png"))
    finally:
        run_async(window.aclose())


def test_production_confirmation(qtbot: QtBot, themed: str, screenshot_dir: Path) -> None:
    dialog = ConfirmDialog(
        Confirmation(
            "Refund", "Live shop", "P12345678", True, "P12345678.55Eh", 250_000, "NOK", "Full"
        ),
        threshold=100_000,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.typed.setText("2 000")  # an amount, though not this one: no error border
    assert dialog.typed.property("invalid") is False
    dialog.typed.setText("two thousand")
    assert dialog.typed.property("invalid") is True
    assert unreadable_labels(dialog) == []
    dialog.grab().save(str(screenshot_dir / f"theme_{themed}_confirm_production.png"))


def test_accounts_dialog(
    qtbot: QtBot, qloop: object, themed: str, services: AppServices, screenshot_dir: Path
) -> None:
    dialog = AccountsDialog(services, ErrorPresenter())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.tasks.busy and dialog.model.rowCount() == 2, timeout=3000)
    production = next(
        row for row in range(dialog.model.rowCount()) if dialog.model.account(row).is_production
    )
    dialog.view.selectRow(production)
    dialog.form.name.clear()
    dialog.save()  # refused: the message says why, in the error colour
    assert dialog.message.text()
    assert unreadable_labels(dialog) == []
    dialog.grab().save(str(screenshot_dir / f"theme_{themed}_accounts_dialog.png"))
