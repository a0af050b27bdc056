"""The transactions desk's dialogs by keyboard alone, against the sandbox: each opens with
the focus where work starts (the safe button on a destructive step), Tab walks every
control once in reading order and leaves tables, no Alt+letter serves two controls,
every control has a name a screen reader says, and Escape closes without doing anything.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.wording import money
from app.sandbox import EmbeddedSandbox
from app.ui.customers.customer_view import CustomerDialog
from app.ui.transactions.bulk_dialog import BulkCaptureDialog
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import Confirmation, ConfirmDialog
from app.ui.transactions.export_dialog import EXPORT_TASK, ExportDialog
from app.ui.transactions.journal_dialog import JournalDialog
from app.ui.transactions.receipt_dialog import ReceiptDialog
from app.ui.transactions.refund_dialog import RefundDialog
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.keyboard import focus_into, names, opening_focus, tab_cycle, walk
from tests.ui.test_saved_cards import charge_dialog_for, customer_loaded, pay_requests, save_card
from tests.ui.transactions_support import (
    Desk,
    confirm_and_wait,
    last_dialog,
    open_desk,
    press_continue,
    select,
    wait_for,
)
from tests.unit.money_support import TOTAL, authorized

LINE = ["Line description", "Quantity", "Unit price including VAT", "VAT percent", "Remove line"]


def press(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)


def button(dialog: QWidget, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def money_moves(sandbox: EmbeddedSandbox) -> list[dict[str, object]]:
    return [r for r in sandbox.requests(r"/(capture|refund|void)$") if r["method"] == "POST"]


def close_desk(desk: Desk, run_async: RunAsync) -> None:
    desk.page.bind(None)
    run_async(desk.context.aclose())


def test_export_starts_in_the_file_field_and_escape_writes_nothing(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        dialog = desk.page.open_export()
        assert isinstance(dialog, ExportDialog)
        assert opening_focus(qtbot, dialog) is dialog.path_edit
        assert walk(qtbot, dialog) == ["File to write", "Browse…", "Export", "Cancel"]
        target = tmp_path / "by-keyboard.csv"
        dialog.path_edit.setText(str(target))
        focus_into(qtbot, dialog.path_edit)
        with qtbot.waitSignal(dialog.rejected, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
        assert not desk.context.tasks.running(EXPORT_TASK)
        assert not target.exists()
    finally:
        close_desk(desk, run_async)


def test_the_journal_starts_in_its_search_and_tab_leaves_its_table(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        dialog = desk.page.open_journal()
        assert isinstance(dialog, JournalDialog)
        assert opening_focus(qtbot, dialog) is dialog.text
        assert walk(qtbot, dialog) == [
            "Search the journal",
            "Accounts",
            "Operation",
            "Outcome",
            "Period",
            "Journal entries",
            "Export CSV…",
            "Close",
        ]
        # Enter in the search looks now; it does not press Export, the first button.
        focus_into(qtbot, dialog.text)
        qtbot.keyClicks(dialog.text, "P123")
        with qtbot.waitSignal(dialog.loaded, timeout=5000):
            press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.findChildren(QFileDialog) == []
        with qtbot.waitSignal(dialog.rejected, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
    finally:
        close_desk(desk, run_async)


def test_bulk_capture_leaves_its_table_and_enter_never_captures(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    first, second = authorized(sandbox), authorized(sandbox)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, first)
        wait_for(qtbot, lambda: desk.page.model.index_of(second) is not None)
        desk.page.view.selectAll()
        dialog = desk.page.open_bulk_capture()
        assert isinstance(dialog, BulkCaptureDialog)
        assert opening_focus(qtbot, dialog) is dialog.table  # what will be captured first
        assert walk(qtbot, dialog) == [
            "Transactions to capture",
            "Captures at the same time",
            "Capture 2 transactions…",
            "Close",
        ]
        # Enter in the table asks; Enter in the question does not capture.
        focus_into(qtbot, dialog.table)
        press(qtbot, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: getattr(dialog, "confirm_dialog", None) is not None)
        confirm = dialog.confirm_dialog
        assert opening_focus(qtbot, confirm) is button(confirm, "dismissButton")
        assert walk(qtbot, confirm) == [
            f"Capture {money(2 * TOTAL, 'NOK')}",
            "Don't capture",
        ]
        focus_into(qtbot, button(confirm, "dismissButton"))
        with qtbot.waitSignal(confirm.rejected, timeout=3000):
            press(qtbot, Qt.Key.Key_Return)
        assert not dialog.running
        assert money_moves(sandbox) == []
        focus_into(qtbot, dialog.table)
        with qtbot.waitSignal(dialog.rejected, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
        assert money_moves(sandbox) == []
    finally:
        close_desk(desk, run_async)


def test_refund_reads_mode_reason_then_buttons_and_its_confirmation_starts_safe(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx_id = authorized(sandbox)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx_id)
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm_and_wait(qtbot, desk)
        wait_for(qtbot, lambda: desk.page.detail.refund_button.isEnabled())
        desk.page.open_refund()
        refund = last_dialog(desk, RefundDialog)
        assert opening_focus(qtbot, refund) is refund.everything
        everything = f"Everything left: {money(TOTAL, 'NOK')}"
        assert walk(qtbot, refund) == [
            everything,
            "Reason for the refund",
            "Reason, in your words",
            "Continue to confirmation…",
            "Close",
        ]
        # Arrows choose the mode; then Tab reaches what that mode needs, in its place.
        focus_into(qtbot, refund.everything)
        press(qtbot, Qt.Key.Key_Down)
        assert refund.by_lines.isChecked()
        assert walk(qtbot, refund, refund.by_lines) == [
            "Chosen lines",
            "Order lines to include",
            "Units of Wool sweater",
            "Units of Tea",
            "Units of Home",
            "Reason for the refund",
            "Reason, in your words",
            "Close",  # nothing chosen yet: Continue waits
        ]
        refund.mode_group.button(0).setChecked(True)  # everything
        focus_into(qtbot, button(refund, "continueButton"))
        press(qtbot, Qt.Key.Key_Return)  # by the user's choice: on to the confirmation
        confirm = last_dialog(desk, ConfirmDialog)
        dismiss = button(confirm, "dismissButton")
        assert opening_focus(qtbot, confirm) is dismiss
        assert walk(qtbot, confirm) == [f"Refund {money(TOTAL, 'NOK')}", "Don't refund"]
        focus_into(qtbot, dismiss)
        with qtbot.waitSignal(confirm.rejected, timeout=3000):
            press(qtbot, Qt.Key.Key_Return)
        assert [r for r in money_moves(sandbox) if str(r["path"]).endswith("refund")] == []
    finally:
        close_desk(desk, run_async)


def test_void_starts_on_keep_payment_and_only_a_chosen_continue_goes_on(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    tx_id = authorized(sandbox)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx_id)
        requested: list[object] = []
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
            desk.page.open_void()
            void = last_dialog(desk, VoidDialog)
            void.request_ready.connect(requested.append)
            keep = button(void, "dismissButton")
            assert opening_focus(qtbot, void) is keep
            assert walk(qtbot, void) == ["Continue to confirmation…", "Keep payment"]
            focus_into(qtbot, keep)
            with qtbot.waitSignal(void.rejected, timeout=3000):
                press(qtbot, key)
        assert requested == []
        desk.page.open_void()
        void = last_dialog(desk, VoidDialog)
        opening_focus(qtbot, void)
        press(qtbot, Qt.Key.Key_Tab)  # the person moves to Continue
        assert QApplication.focusWidget() is button(void, "continueButton")
        press(qtbot, Qt.Key.Key_Return)
        confirm = last_dialog(desk, ConfirmDialog)
        assert opening_focus(qtbot, confirm) is button(confirm, "dismissButton")
        assert walk(qtbot, confirm) == [f"Void {money(TOTAL, 'NOK')}", "Don't void"]
        with qtbot.waitSignal(confirm.rejected, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
        assert money_moves(sandbox) == []
        wait_for(qtbot, lambda: "not sent" in desk.page.detail.state_label.text())
    finally:
        close_desk(desk, run_async)


def test_a_typed_confirmation_starts_in_the_amount_and_enter_there_needs_it_typed(
    qtbot: QtBot,
) -> None:
    confirmation = Confirmation(
        "Refund", "Shop", "P12345678", True, "P12345678.55Eh", 250_000, "NOK", "Full"
    )
    dialog = ConfirmDialog(confirmation, threshold=100_000)
    qtbot.addWidget(dialog)
    confirmed: list[bool] = []
    dialog.confirmed.connect(lambda: confirmed.append(True))
    dialog.show()
    assert opening_focus(qtbot, dialog) is dialog.typed
    amount = money(250_000, "NOK")
    typed = names([dialog.typed])
    assert walk(qtbot, dialog) == [*typed, "Don't refund"]  # confirm waits for the amount
    focus_into(qtbot, dialog.typed)
    press(qtbot, Qt.Key.Key_Return)  # nothing typed: said why, nothing sent
    assert confirmed == []
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.typed, "2500")
    assert walk(qtbot, dialog) == [*typed, f"Refund {amount}", "Don't refund"]
    focus_into(qtbot, dialog.typed)
    press(qtbot, Qt.Key.Key_Tab)  # the person moves to the confirm button
    assert QApplication.focusWidget() is dialog.confirm_button
    press(qtbot, Qt.Key.Key_Return)
    assert confirmed == [True]


def test_enter_on_a_confirmation_moves_money_only_from_the_confirm_button(
    qtbot: QtBot,
) -> None:
    confirmation = Confirmation("Void", "Shop", "T1", False, "T1.55Eh", 9_900, "NOK")
    confirmed: list[bool] = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Escape):
        dialog = ConfirmDialog(confirmation, threshold=100_000)
        qtbot.addWidget(dialog)
        dialog.confirmed.connect(lambda: confirmed.append(True))
        dialog.show()
        assert opening_focus(qtbot, dialog) is button(dialog, "dismissButton")
        with qtbot.waitSignal(dialog.rejected, timeout=3000):
            press(qtbot, key)
        assert confirmed == []
    dialog = ConfirmDialog(confirmation, threshold=100_000)
    qtbot.addWidget(dialog)
    dialog.confirmed.connect(lambda: confirmed.append(True))
    dialog.show()
    opening_focus(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Tab)  # the person chooses the confirm button
    assert QApplication.focusWidget() is dialog.confirm_button
    press(qtbot, Qt.Key.Key_Return)
    assert confirmed == [True]


@contextlib.contextmanager
def _receipt(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> Iterator[ReceiptDialog]:
    """The receipt of an authorized payment, opened from its transaction's detail."""
    tx_id = authorized(sandbox)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx_id)
        wait_for(qtbot, lambda: desk.page.detail.receipt_button.isEnabled())
        dialog = desk.page.open_receipt()
        assert isinstance(dialog, ReceiptDialog)
        yield dialog
    finally:
        close_desk(desk, run_async)


def test_the_receipt_starts_on_its_preview_and_escape_saves_nothing(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    with _receipt(qtbot, sandbox, tmp_path, run_async) as dialog:
        dialog.folder = tmp_path / "receipts"
        assert opening_focus(qtbot, dialog) is dialog.preview
        assert walk(qtbot, dialog) == [
            "Receipt preview",
            "Print…",
            "Save as PDF…",
            "E-mail with receipt…",
            "Close",
        ]
        focus_into(qtbot, dialog.preview)
        with qtbot.waitSignal(dialog.finished, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
        assert not (tmp_path / "receipts").exists()


def test_receipt_and_customer_are_reached_in_the_transaction_detail(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        card = save_card(desk, sandbox, run_async)
        desk.page.refresh()
        assert card.transaction_id is not None
        select(qtbot, desk, card.transaction_id)
        detail = desk.page.detail
        wait_for(qtbot, lambda: detail.customer_button.isEnabled())
        detail.tabs.setCurrentWidget(detail.customer_box)
        # A card-saving payment of nothing: no capture or void, but a receipt and a customer.
        assert names(tab_cycle(qtbot, desk.page.filter_bar.search)) == [
            "Search transactions",
            "Transactions",
            "Transaction summary",
            "Payment link session",
            "Receipt…",
            "Transaction details",
            "Customer…",  # the Customer tab's own button, right after its tab
            "Filter by status",
            "Created",
            "Amount from",
            "Amount to",
            "Currency",
            "Payment product",
            "Refresh",
            "Copy id",
            "Copy reference",
            "Export CSV",
            "Audit journal",
            "Customer",  # the toolbar's customer search
        ]
    finally:
        close_desk(desk, run_async)


def test_the_customer_view_and_the_charge_dialog_by_keyboard(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    run_async: RunAsync,
) -> None:
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        save_card(desk, sandbox, run_async)
        view = desk.page.open_customer("+4742621565")
        assert isinstance(view, CustomerDialog)
        customer_loaded(qtbot, view)
        assert opening_focus(qtbot, view) is view.search
        view.cards.selectRow(0)
        assert walk(qtbot, view) == [
            "Customer phone or e-mail",
            "Find",
            "Saved cards",
            "Charge selected card…",
            "Payments",
            "Payment links",
            "Close",
        ]
        charge = charge_dialog_for(qtbot, view)
        assert opening_focus(qtbot, charge) is charge.reference_2
        buttons = ["Charge card…", "Check earlier charges", "Close"]
        tools = ["Add line", "Add a shipping line"]
        assert walk(qtbot, charge) == ["Reference 2:", *LINE, *tools, *buttons]
        charge.lines.add_line()  # a new line is chained in where it shows
        assert walk(qtbot, charge) == ["Reference 2:", *LINE, *LINE, *tools, *buttons]
        focus_into(qtbot, charge.reference_2)
        with qtbot.waitSignal(charge.finished, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
        assert pay_requests(sandbox) == []
        # Enter on a payment opens it, as a double-click does.
        opened: list[str] = []
        view.open_transaction_requested.connect(opened.append)
        focus_into(qtbot, view.payments)
        view.payments.setCurrentCell(0, 0)
        press(qtbot, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: opened)
        assert len(opened) == 1
    finally:
        close_desk(desk, run_async)


def test_the_klarna_extension_question_by_keyboard(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    klarna = sandbox.create_authorized_transaction(
        amount=30_000, payment_product_type="klarna.klarna"
    )
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, klarna["id"])
        box = desk.page.ask_extend_authorization()
        assert box is not None
        # Extending charges nothing, so it is the answer Enter gives; Escape keeps.
        extend = opening_focus(qtbot, box)
        assert names([extend]) == ["Extend authorization"]
        assert walk(qtbot, box, extend) == ["Extend authorization", "Keep as it is"]
        focus_into(qtbot, extend)
        with qtbot.waitSignal(box.finished, timeout=3000):
            press(qtbot, Qt.Key.Key_Escape)
        assert [r for r in sandbox.requests(r"/authorization$") if r["method"] == "POST"] == []
    finally:
        close_desk(desk, run_async)


def test_a_receipt_that_cannot_be_written_says_where_and_why(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    with _receipt(qtbot, sandbox, tmp_path, run_async) as dialog:
        blocking = tmp_path / "not-a-folder"
        blocking.write_text("a file where the folder should be")
        target = blocking / "receipt.pdf"
        assert not dialog.save_to(target)
        assert dialog.note.text().startswith(f"Could not save the receipt as {target}: ")
        assert dialog.saved is None
