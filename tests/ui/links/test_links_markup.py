"""Text typed by staff or customers is shown as typed, never run as markup.

A QLabel guesses whether its text is rich text; a description such as ``<b>Ullsokker``
came out bold and ``<rustfri>`` disappeared as an unknown tag. Each test reads what the
label shows a person (rich text through Qt's own document model) and looks for the
typed characters.
"""

from __future__ import annotations

from pathlib import Path

from app.sandbox import EmbeddedSandbox
from app.ui.links.cancel_dialog import CancelLinkDialog
from tests.ui.links.support import Desk
from tests.ui.shown_text import everything_shown, shown

BOLD = "<b>Ullsokker</b>"
UNKNOWN_TAG = "Stål <rustfri> & blank"
SHIPPING = "<i>Posten</i> & co"
REFERENCE = "<b>ORD-7</b>"


def test_the_link_view_shows_descriptions_and_references_as_typed(
    desk: Desk, sandbox: EmbeddedSandbox, screenshot_dir: Path
) -> None:
    desk.fill_line(0, BOLD, "2", "149", "25")
    desk.form.lines.add_line()
    desk.fill_line(1, UNKNOWN_TAG, "1", "89", "25")
    desk.form.lines.shipping_enabled.setChecked(True)
    desk.form.lines.shipping_title.setText(SHIPPING)
    desk.form.lines.shipping_price.setText("49")
    desk.form.reference.setText(REFERENCE)
    desk.create()
    view = desk.page.link_view
    order = shown(view.lines)
    assert f"2 × {BOLD} = 298,00 kr" in order
    assert f"1 × {UNKNOWN_TAG} = 89,00 kr" in order
    assert f"{SHIPPING} = 49,00 kr" in order
    assert view.title.full_text().startswith(REFERENCE)
    assert REFERENCE in shown(view.title)
    view.grab().save(str(screenshot_dir / "links_markup_as_text.png"))

    sandbox.pay(view.record.session_id if view.record else "", outcome="authorized")
    desk.qtbot.waitUntil(
        lambda: view.status is not None and view.status.transaction_status == "AUTHORIZED",
        timeout=5000,
    )
    view.cancel_button.click()
    box = desk.page._confirm
    assert isinstance(box, CancelLinkDialog)
    desk.qtbot.waitExposed(box)
    text = everything_shown(box)
    assert f"Cancel the payment link {REFERENCE}?" in text
    assert f"\n{REFERENCE}\n" in f"\n{text}\n"
    box.keep_button.click()
