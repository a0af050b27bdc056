"""Render the desk, its dialogs and the journal to PNG for a person to look at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox
from app.ui.transactions.bulk_dialog import BulkCaptureDialog
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from app.ui.transactions.export_dialog import ExportDialog
from app.ui.transactions.journal_dialog import JournalDialog
from app.ui.transactions.refund_dialog import RefundDialog
from app.ui.transactions.void_dialog import VoidDialog
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import MUG, SHIPPING, SHIRT, open_desk, wait_for


def test_render_desk_and_dialogs(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    tx = sandbox.create_authorized_transaction(
        items=[SHIRT, MUG],
        shipping_option=SHIPPING,
        merchant_reference="PD-2611-7K3F9Q",
        account_id="P12345678",
    )
    captured = sandbox.create_authorized_transaction(
        items=[SHIRT, MUG],
        shipping_option=SHIPPING,
        merchant_reference="PD-2611-R8M2XW",
        account_id="P12345678",
        outcome="captured",
    )
    for n in range(5):
        sandbox.create_authorized_transaction(amount=12_000 + n * 990, account_id="P12345678")
    # A threshold of 200 kr: the 299 kr capture below must be typed in to confirm.
    desk = open_desk(qtbot, sandbox, tmp_path, production=True, threshold=20_000)
    try:
        page = desk.page
        wait_for(qtbot, lambda: page.model.index_of(tx["id"]) is not None)
        page.select_transaction(tx["id"])
        wait_for(qtbot, lambda: page.detail.transaction is not None)
        qtbot.wait(100)
        assert page.window().grab().save(str(screenshot_dir / "transactions_page.png"))
        page.detail.tabs.setCurrentIndex(1)
        assert page.detail.grab().save(str(screenshot_dir / "transactions_detail_events.png"))
        page.detail.tabs.setCurrentIndex(2)
        assert page.detail.grab().save(str(screenshot_dir / "transactions_detail_customer.png"))

        page.open_capture()
        capture = [d for d in page._dialogs if isinstance(d, CaptureDialog)][-1]
        capture.by_lines.setChecked(True)
        capture.lines.set_units("1", 1)
        capture.lines.set_units("shipping", 1)
        qtbot.wait(50)
        assert capture.grab().save(str(screenshot_dir / "transactions_capture_dialog.png"))
        continue_button = capture.findChild(QPushButton, "continueButton")
        assert continue_button is not None
        continue_button.click()
        confirm = [d for d in page._dialogs if isinstance(d, ConfirmDialog)][-1]
        assert confirm.typed.isVisible()
        assert not confirm.confirm_button.isEnabled()
        confirm.typed.setText("299,00")
        assert confirm.confirm_button.isEnabled()
        qtbot.wait(50)
        assert confirm.grab().save(str(screenshot_dir / "transactions_confirm_production.png"))
        confirm.reject()

        paid = run_async(desk.context.client.get_transaction(captured["id"]))
        refund = RefundDialog(paid, page)
        qtbot.addWidget(refund)
        refund.show()
        refund.by_lines.setChecked(True)
        refund.lines.set_units("1", 1)
        refund.lines.set_units("shipping", 1)
        refund.reason.setCurrentText("Returned goods")
        refund.reason_text.setText("one shirt back, wrong size")
        qtbot.wait(50)
        assert refund.grab().save(str(screenshot_dir / "transactions_refund_dialog.png"))
        refund.close()
        transaction = page.detail.transaction
        assert transaction is not None
        void = VoidDialog(transaction, page)
        qtbot.addWidget(void)
        void.show()
        qtbot.wait(50)
        assert void.grab().save(str(screenshot_dir / "transactions_void_dialog.png"))
        void.close()

        page.view.selectAll()
        bulk = page.open_bulk_capture()
        assert isinstance(bulk, BulkCaptureDialog)
        qtbot.wait(50)
        assert bulk.grab().save(str(screenshot_dir / "transactions_bulk_dialog.png"))
        bulk.close()
        export = page.open_export()
        assert isinstance(export, ExportDialog)
        qtbot.wait(50)
        assert export.grab().save(str(screenshot_dir / "transactions_export_dialog.png"))
        export.close()
        journal = page.open_journal()
        assert isinstance(journal, JournalDialog)
        qtbot.wait(300)
        assert journal.grab().save(str(screenshot_dir / "transactions_journal.png"))
        journal.close()
    finally:
        run_async(desk.context.aclose())
