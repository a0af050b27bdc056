"""A receipt for one payment: what the customer bought, the VAT in it, and where the
payment stands (captured and refunded so far).

Built from the account (the shop's name and organisation number) and the transaction as
Dintero has it now, so a receipt printed after a refund shows the refund. The layout is
plain HTML that the UI prints or saves as PDF with Qt's own printing support; everything
typed by people (descriptions, references, shop name) is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from html import escape

from app.accounts.models import Account
from app.core.i18n import translate
from app.core.money import format_amount
from app.core.vat import vat_from_gross
from app.desk.wording import product_label
from app.dintero.ledger import Ledger
from app.dintero.models import Transaction

__all__ = ["Receipt", "ReceiptLine", "build_receipt", "receipt_file_name", "receipt_html"]


@dataclass(frozen=True)
class ReceiptLine:
    description: str
    quantity: Decimal | None
    amount: int
    vat_rate: Decimal | None
    vat_amount: int


@dataclass(frozen=True)
class Receipt:
    """Everything printed on a receipt, amounts in minor units of ``currency``."""

    shop_name: str
    organization_number: str
    reference: str
    transaction_id: str
    paid_at: datetime | None
    currency: str
    lines: tuple[ReceiptLine, ...]
    vat_by_rate: tuple[tuple[Decimal, int], ...]
    total: int
    payment_method: str
    captured: int
    refunded: int
    voided: bool
    test: bool

    @property
    def vat_total(self) -> int:
        return sum(amount for _rate, amount in self.vat_by_rate)


def _line_vat(amount: int, vat_amount: int | None, rate: Decimal | None) -> int:
    if vat_amount is not None:
        return vat_amount
    return vat_from_gross(amount, rate) if rate is not None else 0


def build_receipt(account: Account, transaction: Transaction) -> Receipt:
    """The receipt of ``transaction`` as Dintero has it now."""
    lines = [
        ReceiptLine(
            item.description or item.id or item.line_id or "—",
            item.quantity,
            item.amount,
            item.vat,
            _line_vat(item.amount, item.vat_amount, item.vat),
        )
        for item in transaction.items
    ]
    shipping = transaction.shipping_option
    listed = {item.line_id for item in transaction.items}
    if shipping is not None and shipping.line_id not in listed:
        lines.append(
            ReceiptLine(
                shipping.title,
                Decimal(1),
                shipping.amount,
                shipping.vat,
                _line_vat(shipping.amount, shipping.vat_amount, shipping.vat),
            )
        )
    vat: defaultdict[Decimal, int] = defaultdict(int)
    for line in lines:
        vat[line.vat_rate if line.vat_rate is not None else Decimal(0)] += line.vat_amount
    method = product_label(transaction.payment_product_type)
    card = transaction.card
    if card is not None and card.masked_pan:
        method = f"{method} · {card.brand + ' ' if card.brand else ''}{card.masked_pan}"
    ledger = Ledger(transaction)
    return Receipt(
        shop_name=account.receipt_name,
        organization_number=account.organization_number,
        reference=transaction.merchant_reference or "",
        transaction_id=transaction.id,
        paid_at=transaction.created_at,
        currency=transaction.currency,
        lines=tuple(lines),
        vat_by_rate=tuple(sorted(vat.items(), reverse=True)),
        total=transaction.amount,
        payment_method=method,
        captured=ledger.captured,
        refunded=ledger.refunded,
        voided=ledger.voided,
        test=not account.is_production,
    )


def receipt_file_name(receipt: Receipt) -> str:
    """A file name that says what it is and cannot reach outside its folder."""
    reference = "".join(c if c.isalnum() or c in "-_" else "-" for c in receipt.reference)
    name = translate("Receipt", "Receipt {reference}.pdf")
    return name.format(reference=reference or receipt.transaction_id)


def _rate(rate: Decimal) -> str:
    text = format(rate.normalize(), "f")
    return text.replace(".", ",")


def _words() -> dict[str, str]:
    """The receipt's fixed words in the desk's language, escaped for HTML."""
    words = {
        "vat": translate("Receipt", "VAT"),
        "org": translate("Receipt", "Organisation number"),
        "test": translate("Receipt", "TEST PAYMENT — no money was moved"),
        "captured": translate("Receipt", "Captured so far"),
        "refunded": translate("Receipt", "Refunded so far"),
        "voided": translate("Receipt", "The rest of the payment was voided"),
        "receipt": translate("Receipt", "Receipt"),
        "order": translate("Receipt", "Order"),
        "date": translate("Receipt", "Date"),
        "transaction": translate("Receipt", "Transaction"),
        "method": translate("Receipt", "Payment method"),
        "item": translate("Receipt", "Item"),
        "qty": translate("Receipt", "Qty"),
        "amount": translate("Receipt", "Amount"),
        "total": translate("Receipt", "Total"),
        "vat_total": translate("Receipt", "VAT in total"),
    }
    return {key: escape(text) for key, text in words.items()}


def receipt_html(receipt: Receipt) -> str:
    """The receipt as simple HTML (tables, no style sheets) for Qt's text renderer."""
    w = _words()

    def money(amount: int) -> str:
        return escape(format_amount(amount, receipt.currency))

    def pair(label: str, value: str) -> str:
        return f"<tr><td>{label}</td><td align='right'>{value}</td></tr>"

    rows = []
    for line in receipt.lines:
        quantity = _rate(line.quantity) if line.quantity is not None else ""
        rate = f"{_rate(line.vat_rate)} %" if line.vat_rate is not None else ""
        rows.append(
            f"<tr><td>{escape(line.description)}</td><td align='right'>{quantity}</td>"
            f"<td align='right'>{rate}</td><td align='right'>{money(line.amount)}</td></tr>"
        )
    sums = [
        pair(f"{w['vat']} {_rate(rate)} %", money(amount)) for rate, amount in receipt.vat_by_rate
    ]
    sums.append(pair(w["vat_total"], money(receipt.vat_total)))
    sums.append(pair(w["captured"], money(receipt.captured)))
    sums.append(pair(w["refunded"], money(receipt.refunded)))
    if receipt.voided:
        sums.append(f"<tr><td colspan='2'>{w['voided']}</td></tr>")
    when = receipt.paid_at.astimezone().strftime("%d.%m.%Y %H:%M") if receipt.paid_at else "—"
    org = receipt.organization_number
    facts = [
        (w["order"], escape(receipt.reference)),
        (w["date"], when),
        (w["transaction"], escape(receipt.transaction_id)),
        (w["method"], escape(receipt.payment_method)),
    ]
    return "".join(
        [
            "<html><body>",
            f"<h2>{escape(receipt.shop_name)}</h2>",
            f"<p>{w['org']} {escape(org)}</p>" if org else "",
            f"<p><b>{w['test']}</b></p>" if receipt.test else "",
            f"<h3>{w['receipt']}</h3>",
            "<table cellspacing='0' cellpadding='2'>",
            *(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in facts),
            "</table><br>",
            "<table width='100%' cellspacing='0' cellpadding='3'>",
            f"<tr><th align='left'>{w['item']}</th><th align='right'>{w['qty']}</th>",
            f"<th align='right'>{w['vat']}</th><th align='right'>{w['amount']}</th></tr>",
            *rows,
            f"<tr><td colspan='3'><b>{w['total']}</b></td>",
            f"<td align='right'><b>{money(receipt.total)}</b></td></tr>",
            "</table><br>",
            "<table cellspacing='0' cellpadding='2'>",
            *sums,
            "</table></body></html>",
        ]
    )
