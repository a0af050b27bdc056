"""Text typed by staff or customers is shown as typed, never run as markup.

A QLabel guesses whether its text is rich text; a description such as ``<b>Ullsokker``
came out bold and ``<rustfri>`` disappeared as an unknown tag. Each test reads what the
label shows a person (rich text through Qt's own document model) and looks for the
typed characters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.sandbox import EmbeddedSandbox
from app.ui.transactions.capture_dialog import CaptureDialog
from app.ui.transactions.confirm_dialog import ConfirmDialog
from tests.ui.conftest import RunAsync
from tests.ui.shown_text import shown
from tests.ui.transactions_support import last_dialog, open_desk, press_continue, select

UNKNOWN_TAG = "Stål <rustfri> & blank"
REFERENCE = "<b>ORD-7</b>"


def test_the_transaction_desk_shows_references_and_addresses_as_typed(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    session = sandbox.create_session(
        {
            "profile_id": "default",
            "url": {"return_url": "https://shop.example.com/return"},
            "order": {
                "amount": 10_000,
                "currency": "NOK",
                "merchant_reference": REFERENCE,
                "items": [
                    {
                        "id": "1",
                        "line_id": "1",
                        "description": UNKNOWN_TAG,
                        "quantity": 1,
                        "amount": 10_000,
                        "vat": 25,
                        "vat_amount": 2_000,
                    }
                ],
                "shipping_address": {
                    "first_name": "<b>Kari</b>",
                    "last_name": "Nordmann",
                    "address_line": "<img src='x'> Storgata 1",
                    "postal_code": "0150",
                    "postal_place": "Oslo",
                    "country": "NO",
                },
            },
        }
    )
    tx = sandbox.pay(session["id"])
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        select(qtbot, desk, tx["id"])
        detail = desk.page.detail
        assert shown(detail.reference_value) == REFERENCE
        address = shown(detail.shipping_value)
        assert "<b>Kari</b> Nordmann" in address
        assert "<img src='x'> Storgata 1" in address
        desk.page.open_capture()
        press_continue(last_dialog(desk, CaptureDialog))
        confirm = last_dialog(desk, ConfirmDialog)
        transaction = confirm.findChild(QLabel, "confirmTransaction")
        assert shown(transaction) == f"{tx['id']}\n{REFERENCE}"
        confirm.reject()
    finally:
        run_async(desk.context.aclose())
