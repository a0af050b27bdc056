"""The receipt of one payment: a preview, then print it, save it as PDF, or e-mail it.

Printing and PDF use Qt's own printing support (``QtPrintSupport`` and ``QPdfWriter``),
so no other PDF library ships with Paydesk; the receipt is laid out once, as HTML, by
``app.desk.receipt`` and drawn by ``QTextDocument`` on the printer or the PDF page.

E-mailing: the desk opens the computer's mail program with a ``mailto:`` address (see
``app.desk.link_mail``), and a ``mailto:`` cannot carry attachments — the standard has no
such field, and the few mail programs that accepted one no longer do, for safety. So the
receipt is saved as a PDF in the receipts folder first, that folder is opened beside the
new e-mail, and the dialog says where the file is: staff drag it into the message. That
keeps the e-mail in staff's own mail program (their address, their sent folder) and works
with every mail program, at the price of one drag.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.accounts.models import Account
from app.desk.link_mail import mailto_url, receipt_mail
from app.desk.receipt import Receipt, build_receipt, receipt_file_name, receipt_html
from app.dintero.models import Transaction
from app.ui import style
from app.ui.focus_order import chain
from app.ui.style import Tone

__all__ = ["ReceiptDialog", "default_receipts_folder", "receipt_document", "save_receipt_pdf"]

#: Resolution of a saved receipt (dots per inch): sharp when printed, a small file.
PDF_DPI = 300

log = logging.getLogger(__name__)


def default_receipts_folder() -> Path:
    """Where receipts for e-mail are saved: "Paydesk receipts" in the user's documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Paydesk receipts"


def receipt_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def _a4(device: QPdfWriter | QPrinter) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(18, 18, 18, 18),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)


def save_receipt_pdf(html: str, path: Path) -> None:
    """Write the receipt to ``path`` as an A4 PDF; raises ``OSError`` when it cannot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(path.stem)
    writer.setCreator("Paydesk")
    _a4(writer)
    receipt_document(html).print_(writer)
    del writer  # closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"the PDF {path} was not written")


def open_url(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))


class ReceiptDialog(QDialog):
    """Shows the receipt of ``transaction``; Print…, Save as PDF…, E-mail with receipt…"""

    def __init__(self, account: Account, transaction: Transaction, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt"))
        self.receipt: Receipt = build_receipt(account, transaction)
        self.html = receipt_html(self.receipt)
        self.customer_email = transaction.customer.email if transaction.customer else None
        self.folder = default_receipts_folder()
        self.opener: Callable[[str], bool] = open_url
        self.printer: QPrinter | None = None
        self.saved: Path | None = None

        layout = QVBoxLayout(self)
        self.preview = QTextBrowser(self)
        self.preview.setObjectName("receiptPreview")
        self.preview.setAccessibleName(self.tr("Receipt preview"))
        self.preview.setTabChangesFocus(True)
        self.preview.setHtml(self.html)
        self.preview.setMinimumSize(520, 520)
        layout.addWidget(self.preview, 1)
        self.note = QLabel(self)
        self.note.setObjectName("receiptNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style.apply(self.note, Tone.INFO)
        self.note.hide()
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.mail_button = QPushButton(self.tr("&E-mail with receipt…"), self)
        self.mail_button.setObjectName("mailReceipt")
        self.mail_button.setToolTip(
            self.tr(
                "Saves the receipt as a PDF, opens its folder and a new e-mail: drag the "
                "PDF into the e-mail"
            )
        )
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("receiptClose")
        for button in (self.print_button, self.pdf_button, self.mail_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self.ask_print)
        self.pdf_button.clicked.connect(self.ask_save)
        self.mail_button.clicked.connect(self.mail_with_receipt)
        close.clicked.connect(self.close)
        chain([self.preview, self.print_button, self.pdf_button, self.mail_button, close])
        self.preview.setFocus()  # the receipt is read first, then what to do with it

    # ------------------------------------------------------------------ printing
    def ask_print(self) -> QPrintDialog:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        _a4(printer)
        self.printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("receiptPrintDialog")
        dialog.accepted.connect(lambda: self.print_on(printer))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        return dialog

    def print_on(self, printer: QPrinter) -> None:
        receipt_document(self.html).print_(printer)

    # ------------------------------------------------------------------ PDF
    def ask_save(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the receipt as PDF"))
        dialog.setObjectName("receiptSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setDirectory(str(self.folder))
        dialog.selectFile(receipt_file_name(self.receipt))
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()
        return dialog

    def save_to(self, path: Path) -> bool:
        try:
            save_receipt_pdf(self.html, path)
        except OSError as error:
            log.warning("could not save the receipt as %s: %s", path, error)
            reason = error.strerror or self.tr("the file was not written")
            self._say(
                self.tr("Could not save the receipt as {path}: {reason}").format(
                    path=path, reason=reason
                )
            )
            return False
        self.saved = path
        self._say(self.tr("Receipt saved as {path}").format(path=path))
        return True

    # ------------------------------------------------------------------ e-mail
    def mail_with_receipt(self) -> bool:
        """Save the PDF in the receipts folder, open that folder and a new e-mail."""
        path = self.folder / receipt_file_name(self.receipt)
        if not self.save_to(path):
            return False
        receipt = self.receipt
        mail = receipt_mail(
            to=self.customer_email,
            reference=receipt.reference or receipt.transaction_id,
            amount=receipt.total,
            currency=receipt.currency,
            shop=receipt.shop_name,
        )
        self.opener(
            QUrl.fromLocalFile(str(self.folder)).toString(
                QUrl.ComponentFormattingOption.FullyEncoded
            )
        )
        opened = self.opener(mailto_url(mail))
        if opened:
            text = self.tr(
                "The receipt is saved as {path}. Its folder and a new e-mail are open: drag "
                "the PDF into the e-mail (an e-mail link cannot attach files by itself)."
            )
        else:
            text = self.tr(
                "The receipt is saved as {path}, but no mail program opened. Attach the PDF "
                "to an e-mail to the customer by hand."
            )
        self._say(text.format(path=path))
        return opened

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
