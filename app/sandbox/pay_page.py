"""The hosted pay page: plain HTML with inline CSS, so a person can pay as a customer would."""

from __future__ import annotations

from decimal import Decimal
from html import escape
from typing import Any

from babel.numbers import format_currency, get_currency_precision

from app.sandbox.model import Session
from app.sandbox.payments import PAY_PAGE_PRODUCTS

__all__ = ["PAGE_LANGUAGES", "format_money", "page_language", "render_done", "render_pay_page"]

#: The words of the page in each language Dintero's page takes as ``?language=`` (``no``
#: is Norwegian), keyed as the page's ``<html lang>``; anything else is shown in English.
PAGE_LANGUAGES: dict[str, dict[str, str]] = {
    "en": {
        "lang": "en",
        "title": "Payment",
        "pay_heading": "Pay for your order",
        "card_heading": "Save your card",
        "reference": "Order reference",
        "method": "Payment method",
        "pay": "Pay",
        "save": "Save card",
        "decline": "Decline",
        "fail": "Fail",
    },
    "no": {
        "lang": "nb",
        "title": "Betaling",
        "pay_heading": "Betal for bestillingen",
        "card_heading": "Lagre kortet ditt",
        "reference": "Ordrereferanse",
        "method": "Betalingsmåte",
        "pay": "Betal",
        "save": "Lagre kortet",
        "decline": "Avslå",
        "fail": "Feil",
    },
    "sv": {
        "lang": "sv",
        "title": "Betalning",
        "pay_heading": "Betala din beställning",
        "card_heading": "Spara ditt kort",
        "reference": "Orderreferens",
        "method": "Betalsätt",
        "pay": "Betala",
        "save": "Spara kortet",
        "decline": "Avböj",
        "fail": "Fel",
    },
    "da": {
        "lang": "da",
        "title": "Betaling",
        "pay_heading": "Betal for din ordre",
        "card_heading": "Gem dit kort",
        "reference": "Ordrereference",
        "method": "Betalingsmetode",
        "pay": "Betal",
        "save": "Gem kortet",
        "decline": "Afvis",
        "fail": "Fejl",
    },
}

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f3f4f6;
margin:0;color:#111827}
main{max-width:560px;margin:40px auto;background:#fff;border-radius:12px;
box-shadow:0 4px 24px rgba(0,0,0,.08);padding:28px 32px}
h1{font-size:1.3rem;margin:0 0 4px}.muted{color:#6b7280;font-size:.9rem}
.badge{display:inline-block;background:#fef3c7;color:#92400e;border-radius:6px;
padding:2px 8px;font-size:.8rem;font-weight:600}
table{width:100%;border-collapse:collapse;margin:20px 0}
td,th{padding:8px 4px;border-bottom:1px solid #e5e7eb;text-align:left;font-size:.95rem}
td.num,th.num{text-align:right;white-space:nowrap}
tr.total td{font-weight:700;border-bottom:none;font-size:1.05rem}
fieldset{border:1px solid #e5e7eb;border-radius:8px;margin:16px 0;padding:12px 16px}
legend{font-weight:600;padding:0 6px}label{display:block;padding:4px 0;cursor:pointer}
.buttons{display:flex;gap:10px;margin-top:18px}
button{flex:1;border:0;border-radius:8px;padding:12px;font-size:1rem;font-weight:600;
cursor:pointer}
.pay{background:#16a34a;color:#fff}.decline{background:#f59e0b;color:#fff}
.fail{background:#dc2626;color:#fff}
.state{margin-top:20px;padding:16px;border-radius:8px;background:#f3f4f6;font-weight:600}
.note{margin-top:12px;padding:10px 12px;border-radius:8px;background:#fee2e2;color:#991b1b}
"""


def format_money(amount: int, currency: str) -> str:
    """Minor units to a display string, exactly (Decimal), e.g. `kr 1 299,90`."""
    try:
        precision = get_currency_precision(currency)
    except Exception:
        precision = 2
    value = Decimal(amount).scaleb(-precision)
    try:
        return str(format_currency(value, currency, locale="nb_NO"))
    except Exception:
        return f"{value} {currency}"


def page_language(requested: str | None) -> str:
    """The page language for a ``?language=`` value: one the page speaks, else English."""
    code = (requested or "").strip().lower()
    return code if code in PAGE_LANGUAGES else "en"


def _page(title: str, content: str, lang: str = "en") -> str:
    return (
        f"<!DOCTYPE html><html lang='{escape(lang)}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{content}</main></body></html>"
    )


def _lines(session: Session) -> str:
    order: dict[str, Any] = session.order
    currency = str(order.get("currency", ""))
    rows = []
    for item in order.get("items") or []:
        description = escape(str(item.get("description") or item.get("id") or "Item"))
        quantity = escape(str(item.get("quantity", 1)))
        amount = format_money(int(item.get("amount", 0)), currency)
        rows.append(
            f"<tr><td>{description}</td><td class='num'>{quantity}</td>"
            f"<td class='num'>{escape(amount)}</td></tr>"
        )
    shipping = order.get("shipping_option")
    if shipping:
        title = escape(str(shipping.get("title", "Shipping")))
        amount = format_money(int(shipping.get("amount", 0)), currency)
        rows.append(
            f"<tr><td>Shipping: {title}</td><td class='num'>1</td>"
            f"<td class='num'>{escape(amount)}</td></tr>"
        )
    total = format_money(int(order.get("amount", 0)), currency)
    rows.append(
        f"<tr class='total'><td>Total</td><td></td><td class='num'>{escape(total)}</td></tr>"
    )
    return (
        "<table><thead><tr><th>Item</th><th class='num'>Qty</th><th class='num'>Amount</th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


_STATE_TEXT = {
    "cancelled": "This payment link has been cancelled by the merchant.",
    "expired": "This payment link has expired.",
    "paid": "This order has already been paid. Thank you!",
    "on_hold": "Your payment is being reviewed by the payment provider.",
    "failed": "The payment did not go through. Ask the shop for a new payment link.",
}


def render_pay_page(session: Session, state: str, language: str = "en") -> str:
    """The order and, while the session is open (or after a failed try), the pay form, in
    ``language`` (a ``PAGE_LANGUAGES`` key)."""
    language = page_language(language)
    words = PAGE_LANGUAGES[language]
    reference = escape(str(session.order.get("merchant_reference", "")))
    token_flow = session.payment_operation == "generate_payment_token"
    header = (
        "<span class='badge'>SANDBOX — no real money</span>"
        f"<h1>{words['card_heading'] if token_flow else words['pay_heading']}</h1>"
        f"<div class='muted'>{words['reference']} <strong>{reference}</strong></div>"
    )
    body = "" if token_flow else _lines(session)
    if state in _STATE_TEXT:
        state_text = f"<div class='state'>{_STATE_TEXT[state]}</div>"
        return _page(words["title"], f"{header}{body}{state_text}", words["lang"])
    note = ""
    if state == "attempt_failed":
        note = "<div class='note'>The previous payment attempt did not go through. Try again.</div>"
    products = (
        [str((session.token_provider or {}).get("payment_product_type"))]
        if token_flow
        else list(PAY_PAGE_PRODUCTS)
    )
    choices = "".join(
        f"<label><input type='radio' name='payment_product_type' value='{escape(p)}'"
        f"{' checked' if index == 0 else ''}> {escape(PAY_PAGE_PRODUCTS.get(p, p))}</label>"
        for index, p in enumerate(products)
    )
    form = (
        f"<form method='post' action='/v1/view/{escape(session.id)}?language={language}'>"
        f"<fieldset><legend>{words['method']}</legend>{choices}</fieldset>"
        "<div class='buttons'>"
        f"<button class='pay' name='action' value='pay'>"
        f"{words['save'] if token_flow else words['pay']}</button>"
        f"<button class='decline' name='action' value='decline'>{words['decline']}</button>"
        f"<button class='fail' name='action' value='fail'>{words['fail']}</button></div></form>"
    )
    return _page(words["title"], f"{header}{body}{note}{form}", words["lang"])


def render_done(title: str, message: str) -> str:
    return _page(title, f"<h1>{escape(title)}</h1><div class='state'>{escape(message)}</div>")
