"""The phone desk across the window, against the real sandbox: a link paid while staff
work on Transactions is announced above every section and opens its payment with a
click, the transaction list takes the payment in by itself, a payment voided elsewhere
turns its link "voided", and the receipt is shown, saved as PDF and sent with an e-mail."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.desk.services import AppServices
from app.dintero.ledger import Operation
from app.sandbox import EmbeddedSandbox
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow
from app.ui.transactions.page import TransactionsPage
from app.ui.transactions.receipt_dialog import ReceiptDialog
from tests.ui.conftest import RunAsync
from tests.ui.shop_support import services_with_both_shops


class DesktopRecorder(QObject):
    """Where the computer's mail program and file manager are: Qt hands it the URLs the
    app opens through ``QDesktopServices`` (the app's real path to them)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def desktop() -> Iterator[DesktopRecorder]:
    recorder = DesktopRecorder()
    for scheme in ("mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")  # type: ignore[arg-type]  # stub says bytes; it takes str
    yield recorder
    for scheme in ("mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def services(
    tmp_path: Path, memory_keyring: MemoryKeyring, sandbox: EmbeddedSandbox
) -> AppServices:
    services = services_with_both_shops(tmp_path, sandbox)
    test_shop = next(a for a in services.accounts.load() if not a.is_production)
    services.accounts.update(
        replace(test_shop, shop_name="Fjord & Fjell AS", organization_number="987 654 321")
    )
    return services


@pytest.fixture
def window(
    qtbot: QtBot, qloop: object, services: AppServices, run_async: RunAsync
) -> Iterator[MainWindow]:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.start_loading()
    qtbot.waitUntil(lambda: window.context is not None and window.sections_built, timeout=10_000)
    links = window.links_page
    assert links is not None
    links.tracker.initial_interval_s = 0.05
    links.tracker.max_interval_s = 0.2
    yield window
    run_async(window.aclose())


def pages(window: MainWindow) -> tuple[LinksPage, TransactionsPage]:
    assert window.links_page is not None
    assert window.transactions_page is not None
    return window.links_page, window.transactions_page


def paid_link(qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox) -> str:
    """Create a two-rate link on the links page, then show the (loaded) transaction list
    while the customer pays it; returns the transaction id."""
    links, transactions = pages(window)
    row = links.form.lines.rows[0]
    row.description.setText("Wool blanket")
    row.price.setText("1200")
    links.form.lines.add_line()
    second = links.form.lines.rows[1]
    second.description.setText("Cookbook")
    second.price.setText("300")
    second.vat.setText("0")
    links.form.submit()
    qtbot.waitUntil(lambda: links.link_view.record is not None, timeout=5000)
    record = links.link_view.record
    assert record is not None
    qtbot.waitUntil(lambda: links.link_view.status is not None, timeout=5000)
    window.tabs.setCurrentWidget(transactions)
    transactions.refresh()
    qtbot.waitUntil(lambda: transactions.list_age_s is not None, timeout=5000)
    qtbot.waitUntil(lambda: not transactions.model.loading, timeout=5000)
    tx = sandbox.pay(record.session_id)
    return str(tx["id"])


def test_a_link_paid_while_on_transactions_is_announced_and_opens_its_payment(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    links, transactions = pages(window)
    tx_id = paid_link(qtbot, window, sandbox)
    notice = links.notice
    qtbot.waitUntil(lambda: notice.isVisible() and notice.kind == "paid", timeout=5000)
    assert window.tabs.currentWidget() is transactions  # announced where staff are
    assert notice.transaction_id == tx_id
    assert notice.open_button.isVisible()
    # The list takes the payment in by itself, on top, without a reload.
    qtbot.waitUntil(lambda: transactions.model.index_of(tx_id) == 0, timeout=5000)
    window.grab().save(str(screenshot_dir / "window_paid_notice_on_transactions.png"))
    notice.open_button.click()
    detail = transactions.detail
    qtbot.waitUntil(
        lambda: detail.transaction is not None and detail.transaction.id == tx_id,
        timeout=5000,
    )


def test_a_payment_voided_elsewhere_turns_its_paid_link_voided(
    qtbot: QtBot, window: MainWindow, sandbox: EmbeddedSandbox, run_async: RunAsync
) -> None:
    links, transactions = pages(window)
    tx_id = paid_link(qtbot, window, sandbox)
    qtbot.waitUntil(lambda: links.notice.kind == "paid", timeout=5000)
    record = links.link_view.record
    assert record is not None
    row = links.history.model.row_of(record.session_id)
    assert row is not None
    assert links.history.model.record(row).state == "paid"
    context = window.context
    assert context is not None
    # Voided in Dintero's back office (or on another desk): the link's tracking has ended.
    run_async(context.client.move(Operation.VOID, tx_id))
    transactions.show_transaction_by_id(tx_id)
    qtbot.waitUntil(
        lambda: links.history.model.record(row).state == "voided",
        timeout=5000,
    )
    stored = links.store.get(record.session_id)
    assert stored is not None
    assert stored.state == "voided"
    window.tabs.setCurrentWidget(links)
    view = links.link_view
    qtbot.waitUntil(lambda: view.state_badge.text().startswith("Paid, then voided"), timeout=5000)
    assert not view.url_box.isVisible()
    assert not view.qr.isVisible()


def test_the_receipt_is_shown_saved_as_pdf_and_sent_with_an_e_mail(
    qtbot: QtBot,
    window: MainWindow,
    sandbox: EmbeddedSandbox,
    desktop: DesktopRecorder,
    tmp_path: Path,
    screenshot_dir: Path,
) -> None:
    links, transactions = pages(window)
    tx_id = paid_link(qtbot, window, sandbox)
    qtbot.waitUntil(lambda: links.notice.kind == "paid", timeout=5000)
    links.notice.open_button.click()
    detail = transactions.detail
    qtbot.waitUntil(
        lambda: detail.transaction is not None and detail.transaction.id == tx_id,
        timeout=5000,
    )
    assert detail.receipt_button.isEnabled()
    detail.receipt_button.click()
    dialog = next(d for d in transactions._dialogs if isinstance(d, ReceiptDialog))
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(screenshot_dir / "receipt_dialog.png"))
    shown = dialog.preview.toPlainText()
    for text in (
        "Fjord & Fjell AS",
        "Organisation number 987 654 321",
        "Wool blanket",
        "Cookbook",
        "VAT 25 %",
        "240,00",  # the VAT in 1 200,00 at 25 %
        "VAT 0 %",
        "1 500,00",
        tx_id,
        "Card",
        "Captured so far",
        "Refunded so far",
    ):
        assert text.replace(" ", "\xa0") in shown.replace(" ", "\xa0"), text

    dialog.folder = tmp_path / "receipts"
    assert dialog.mail_with_receipt()
    pdf_path = dialog.folder / f"Receipt {dialog.receipt.reference}.pdf"
    assert dialog.saved == pdf_path
    assert str(pdf_path) in dialog.note.text()
    # The folder is opened beside the e-mail, which is in the link's language (NOK).
    folder_url, mail_url = desktop.opened
    assert QUrl(folder_url).toLocalFile() == str(dialog.folder)
    parts = urlsplit(mail_url)
    fields = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert fields["subject"] == f"Kvittering for ordre {dialog.receipt.reference}"
    assert "Fjord & Fjell AS" in fields["body"]

    # The PDF is a real one page A4 document with the receipt's words on it.
    document = pdfium.PdfDocument(str(pdf_path))
    assert len(document) == 1
    page = document[0]
    width, height = page.get_size()
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = page.get_textpage().get_text_range()
    for words in ("Fjord & Fjell AS", "987 654 321", "Wool blanket", tx_id):
        assert words in text.replace("\r", "").replace("\n", " "), words
    page.render(scale=1.5).to_pil().save(str(screenshot_dir / "receipt_pdf_page.png"))
    document.close()

    # Printing goes through QtPrintSupport's QPrinter (here a printer that writes a file).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    dialog.print_on(printer)
    del printer
    with pdfium.PdfDocument(str(printed)) as on_paper:
        assert "Wool blanket" in on_paper[0].get_textpage().get_text_range()
