"""Charging a saved card in the GUI: from the transaction detail to the customer view,
the charge dialog and its confirmation, against the sandbox (offscreen Qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.card_charging import ChargeOutcome, ChargeReport
from app.sandbox import EmbeddedSandbox
from app.storage.links import SavedCardRecord
from app.ui.customers.charge_dialog import ChargeCardDialog
from app.ui.customers.customer_view import CustomerDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from tests.desk.card_support import saved_card
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import Desk, last_dialog, open_desk, select, wait_for


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def pay_requests(sandbox: EmbeddedSandbox) -> list[dict[str, object]]:
    return [r for r in sandbox.requests(r"^/v1/sessions/pay$") if r["method"] == "POST"]


def save_card(desk: Desk, sandbox: EmbeddedSandbox, run_async: RunAsync) -> SavedCardRecord:
    store = desk.services.stores.links()
    return run_async(saved_card(desk.context.client, desk.context.account, store, sandbox))


def customer_loaded(qtbot: QtBot, dialog: CustomerDialog) -> None:
    wait_for(qtbot, lambda: dialog.overview is not None)
    assert dialog.overview is not None


def charge_dialog_for(qtbot: QtBot, view: CustomerDialog) -> ChargeCardDialog:
    customer_loaded(qtbot, view)
    assert view.cards.rowCount() == 1
    view.cards.selectRow(0)
    assert view.charge_button.isEnabled()
    view.charge_button.click()
    dialog = view.charge_dialog
    assert dialog is not None
    return dialog


def fill_line(dialog: ChargeCardDialog, description: str, price: str) -> None:
    row = dialog.lines.rows[0]
    row.description.setText(description)
    row.quantity.setText("1")
    row.price.setText(price)
    row.vat.setText("15")


def confirm_charge(qtbot: QtBot, dialog: ChargeCardDialog) -> ChargeReport:
    confirm = dialog.confirm
    assert confirm is not None
    with qtbot.waitSignal(dialog.charged, timeout=15_000) as charged:
        confirm.confirm_button.click()
    report = charged.args[0]
    assert isinstance(report, ChargeReport)
    return report


def test_a_saved_card_is_charged_from_the_transaction_detail(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        card = save_card(desk, sandbox, run_async)
        desk.page.refresh()
        assert card.transaction_id is not None
        select(qtbot, desk, card.transaction_id)
        assert desk.page.detail.customer_button.isEnabled()
        desk.page.detail.customer_button.click()
        view = last_dialog(desk, CustomerDialog)
        assert view.search.text() == "+4742621565"
        dialog = charge_dialog_for(qtbot, view)
        fill_line(dialog, "Coffee refill", "249,00")
        confirm = dialog.ask_to_charge()
        assert isinstance(confirm, ConfirmDialog)
        assert not confirm.needs_typing  # a test account
        QApplication.processEvents()
        confirm.grab().save(str(screenshot_dir / "charge_confirm.png"))
        report = confirm_charge(qtbot, dialog)
        assert report.outcome is ChargeOutcome.APPROVED
        assert report.amount == 24_900
        assert "Charged 249,00" in dialog.state.text()
        assert not dialog.charge_button.isEnabled()  # one charge per order
        dialog.grab().save(str(screenshot_dir / "charge_done.png"))
        (sent,) = pay_requests(sandbox)
        body = sent["json"]
        assert isinstance(body, dict)
        assert body["session"]["order"]["amount"] == 24_900
        assert report.transaction is not None
        wait_for(
            qtbot,
            lambda: (
                view.overview is not None
                and report.transaction is not None
                and report.transaction.id in [p.id for p in view.overview.payments]
            ),
        )
        QApplication.processEvents()
        view.grab().save(str(screenshot_dir / "customer_view.png"))
        # A payment opens in the transactions page.
        row = next(
            r
            for r in range(view.payments.rowCount())
            if cell(view.payments, r, 4) == report.transaction.id
        )
        view.payments.itemDoubleClicked.emit(view.payments.item(row, 0))
        wait_for(
            qtbot,
            lambda: (
                desk.page.detail.transaction is not None
                and report.transaction is not None
                and desk.page.detail.transaction.id == report.transaction.id
            ),
        )
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())


def test_on_production_the_charge_is_typed_in_first(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path, production=True, threshold=100_000)
    try:
        save_card(desk, sandbox, run_async)
        view = desk.page.open_customer("0047 426 21 565")  # the number, however written
        assert view is not None
        dialog = charge_dialog_for(qtbot, view)
        fill_line(dialog, "Espresso machine", "2 000,00")
        confirm = dialog.ask_to_charge()
        assert confirm is not None
        assert confirm.needs_typing
        assert not confirm.confirm_button.isEnabled()
        qtbot.keyClicks(confirm.typing.edit, "2000")
        assert confirm.confirm_button.isEnabled()
        report = confirm_charge(qtbot, dialog)
        assert report.outcome is ChargeOutcome.APPROVED
        assert len(pay_requests(sandbox)) == 1
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())


def test_a_closed_confirmation_charges_nothing(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        save_card(desk, sandbox, run_async)
        view = desk.page.open_customer("kari@example.com")
        assert view is not None
        dialog = charge_dialog_for(qtbot, view)
        fill_line(dialog, "Refill", "100")
        confirm = dialog.ask_to_charge()
        assert confirm is not None
        confirm.reject()
        assert "Not charged" in dialog.state.text()
        assert pay_requests(sandbox) == []
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())


def test_a_do_not_retry_card_is_marked_and_cannot_be_charged_again(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        save_card(desk, sandbox, run_async)
        sandbox.set_card_payments("do_not_retry")
        view = desk.page.open_customer("+47 42 62 15 65")
        assert view is not None
        dialog = charge_dialog_for(qtbot, view)
        fill_line(dialog, "Refill", "100")
        dialog.ask_to_charge()
        report = confirm_charge(qtbot, dialog)
        assert report.outcome is ChargeOutcome.DECLINED
        assert "The card is blocked by the issuer" in dialog.state.text()  # Dintero's words
        assert "must not be tried again" in dialog.state.text()
        assert not dialog.charge_button.isEnabled()
        QApplication.processEvents()
        dialog.grab().save(str(screenshot_dir / "charge_declined.png"))
        wait_for(
            qtbot,
            lambda: (
                view.overview is not None and view.overview.cards[0].retry_policy == "DO_NOT_RETRY"
            ),
        )
        assert "not to try this card again" in cell(view.cards, 0, 3)
        view.cards.selectRow(0)
        assert not view.charge_button.isEnabled()
        assert len(pay_requests(sandbox)) == 1
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())


def test_a_charge_whose_answer_was_lost_is_shown_as_not_confirmed(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        save_card(desk, sandbox, run_async)
        sandbox.add_fault(kind="drop_before_apply", method="POST", path="/sessions/pay$", times=1)
        view = desk.page.open_customer("426 21 565")
        assert view is not None
        dialog = charge_dialog_for(qtbot, view)
        fill_line(dialog, "Refill", "100")
        dialog.ask_to_charge()
        report = confirm_charge(qtbot, dialog)
        assert report.outcome is ChargeOutcome.NOT_CONFIRMED
        assert "Not confirmed" in dialog.state.text()
        assert "never sends it again" in dialog.state.text()
        assert not dialog.charge_button.isEnabled()
        wait_for(qtbot, lambda: view.overview is not None and len(view.overview.charges) == 1)
        assert cell(view.payments, view.payments.rowCount() - 1, 2) == "Charge not confirmed"
        assert "not confirmed" in cell(view.cards, 0, 3)
        # Checking reads Dintero and sends nothing: the lost charge is not there (yet).
        dialog.check_button.click()
        wait_for(qtbot, lambda: "yet" in dialog.state.text())
        assert len(pay_requests(sandbox)) == 1
        QApplication.processEvents()
        view.grab().save(str(screenshot_dir / "customer_view_not_confirmed.png"))
    finally:
        desk.page.bind(None)
        run_async(desk.context.aclose())
