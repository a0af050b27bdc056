"""Whatever a person types into the new-link form is read or refused in words, quickly.

Text is typed into the real fields with key clicks and the form's own validation runs
(``NewLinkForm.read``, what Create and Ctrl+Enter call). Refusals stay on the form: no
pop-up, nothing sent to Dintero. Amounts Dintero would refuse (0, or above int32 minor
units per line or per order) are refused here, before sending.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.core.money import MAX_DINTERO_AMOUNT
from app.desk.link_draft import LinkDraft
from app.sandbox import EmbeddedSandbox
from app.ui.links.new_link_form import MAX_REFERENCE_LENGTH, NewLinkForm
from tests.ui.links.support import Desk, sent_sessions
from tests.ui.typing_support import type_into, typed_text

#: CPU seconds that typing plus one validation may take; the unbounded parser took 30+.
BUDGET_S = 3.0
#: The form may not grow wider than this whatever is typed (it starts near 700 px).
MAX_FORM_WIDTH = 1000

numberish = st.one_of(
    st.from_regex(r"\A[0-9]{1,40}([.,][0-9]{0,6})?\Z"),
    st.from_regex(r"\A-?[0-9]{1,3}[eE][+-]?[0-9]{1,12}\Z"),
    st.sampled_from(["Infinity", "NaN", "-1", "0", "1e9", "2 147 483 647", "21474836,48"]),
    typed_text,
)


@pytest.fixture
def form(qtbot: QtBot) -> NewLinkForm:
    form = NewLinkForm()
    qtbot.addWidget(form)
    form.set_account("NOK", production=False)
    form.resize(900, 700)
    form.show()
    return form


def _reset(form: NewLinkForm) -> None:
    """A valid one-line order, so the field under test is the only thing that varies."""
    form.clear()
    row = form.lines.rows[0]
    row.description.setText("Soap")
    row.quantity.setText("2")
    row.price.setText("45")
    row.vat.setText("25")
    form.lines.shipping_enabled.setChecked(False)


def _messages(form: NewLinkForm) -> list[str]:
    labels = (
        form.lines.error,
        form.reference_error,
        form.customer_error,
        form.expiry_error,
        form.sms_error,
    )
    return [label.text() for label in labels if label.isVisibleTo(form) and label.text()]


def _check_outcome(form: NewLinkForm, draft: LinkDraft | None) -> None:
    """Either a draft Dintero would take, or a plain message on the form."""
    if draft is None:
        messages = _messages(form)
        assert messages, "a refused form says why"
        assert all(len(m) < 400 for m in messages), messages
    else:
        assert 0 < draft.amount <= MAX_DINTERO_AMOUNT
        assert all(abs(line.amount) <= MAX_DINTERO_AMOUNT for line in draft.lines)
        assert all(line.quantity > 0 for line in draft.lines)
        assert 0 < len(draft.merchant_reference) <= MAX_REFERENCE_LENGTH
    assert form.minimumSizeHint().width() <= MAX_FORM_WIDTH


def _typed_then_read(qtbot: QtBot, form: NewLinkForm, field: QLineEdit, text: str) -> None:
    start = time.process_time()
    type_into(qtbot, field, text)
    draft = form.read()
    assert time.process_time() - start < BUDGET_S, f"typing {text[:40]!r} stalled the form"
    _check_outcome(form, draft)


_FIELDS: dict[str, Callable[[NewLinkForm], QLineEdit]] = {
    "description": lambda f: f.lines.rows[0].description,
    "quantity": lambda f: f.lines.rows[0].quantity,
    "price": lambda f: f.lines.rows[0].price,
    "vat": lambda f: f.lines.rows[0].vat,
    "shipping title": lambda f: f.lines.shipping_title,
    "shipping price": lambda f: f.lines.shipping_price,
    "shipping vat": lambda f: f.lines.shipping_vat,
    "reference": lambda f: f.reference,
    "phone": lambda f: f.phone,
    "email": lambda f: f.email,
}
_NUMBER_FIELDS = ("quantity", "price", "vat", "shipping price", "shipping vat")
_HYPOTHESIS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.mark.parametrize("name", sorted(_FIELDS))
@_HYPOTHESIS
@given(text=typed_text)
def test_any_text_in_any_field_is_read_or_refused_in_words(
    qtbot: QtBot, form: NewLinkForm, name: str, text: str
) -> None:
    _reset(form)
    if name.startswith("shipping"):
        form.lines.shipping_enabled.setChecked(True)
    _typed_then_read(qtbot, form, _FIELDS[name](form), text)


@pytest.mark.parametrize("name", _NUMBER_FIELDS)
@_HYPOTHESIS
@given(text=numberish)
@example(text="9" * 40)  # once made the shipping total wider than the form may be
@example(text="1e999999")
@example(text="1e100000000")
@example(text="1e9")
@example(text="9" * 300)
def test_numbers_in_any_form_are_read_or_refused_in_words(
    qtbot: QtBot, form: NewLinkForm, name: str, text: str
) -> None:
    _reset(form)
    if name.startswith("shipping"):
        form.lines.shipping_enabled.setChecked(True)
    _typed_then_read(qtbot, form, _FIELDS[name](form), text)


@pytest.mark.parametrize(
    ("quantity", "message"),
    [
        ("1e999999", "Line 1: Quantity must be a number such as 1 or 1,5"),
        ("1e100000000", "Line 1: Quantity must be a number such as 1 or 1,5"),
        ("1e9", "Line 1: Quantity must be a number such as 1 or 1,5"),
        ("1000000", "Line 1: The line total can be at most 21 474 836,47 kr at Dintero"),
    ],
)
def test_giant_quantities_are_refused_on_the_form(
    qtbot: QtBot, form: NewLinkForm, quantity: str, message: str
) -> None:
    _reset(form)
    row = form.lines.rows[0]
    row.price.setText("10 000")
    _typed_then_read(qtbot, form, row.quantity, quantity)
    assert form.read() is None
    assert _spaced(form.lines.error.text()).startswith(message)
    assert row.quantity.property("invalid")
    assert row.total.text() == ""  # no 10 000 000 000,00 kr line total on screen


def test_five_thousand_pasted_digits_are_refused_in_words(qtbot: QtBot, form: NewLinkForm) -> None:
    _reset(form)
    row = form.lines.rows[0]
    _typed_then_read(qtbot, form, row.price, "9" * 5000)
    assert "is too long for an amount" in form.lines.error.text()
    assert row.price.property("invalid")
    _typed_then_read(qtbot, form, row.quantity, "9" * 5000)


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([("1", "21 474 836,48")], "Line 1: The unit price can be at most 21 474 836,47 kr"),
        ([("2", "10 737 418,24")], "Line 1: The line total can be at most 21 474 836,47 kr"),
        (
            [("1", "21 474 836,47"), ("1", "0,01")],
            "The total can be at most 21 474 836,47 kr at Dintero (this is 21 474 836,48 kr).",
        ),
        ([("1", "0")], "The total must be more than 0,00 kr: add a price."),
        ([("3", "0,00")], "The total must be more than 0,00 kr: add a price."),
    ],
)
def test_amounts_dintero_would_refuse_are_refused_on_the_form(
    desk: Desk,
    sandbox: EmbeddedSandbox,
    lines: list[tuple[str, str]],
    message: str,
    screenshot_dir: Path,
) -> None:
    for number, (quantity, price) in enumerate(lines):
        if number:
            desk.form.lines.add_line()
        desk.fill_line(number, f"Item {number + 1}", quantity, price, "25")
    desk.form.submit()
    assert _spaced(desk.form.lines.error.text()).startswith(message)
    assert desk.page.stack.currentWidget() is desk.form
    assert desk.page.errors.history == []  # said on the form, not in a pop-up
    assert sent_sessions(sandbox) == []
    name = f"links_refused_{len(lines)}_{lines[0][0]}_{lines[0][1].replace(' ', '')}"
    desk.form.grab().save(str(screenshot_dir / f"{name}.png"))


def test_the_largest_amount_dintero_takes_is_sent(desk: Desk, sandbox: EmbeddedSandbox) -> None:
    desk.fill_line(0, "Boat", "1", "21 474 836,47", "25")
    desk.create()
    body = sent_sessions(sandbox)[-1]["json"]
    assert body["order"]["amount"] == MAX_DINTERO_AMOUNT


def test_the_reference_is_capped_as_it_is_typed(qtbot: QtBot, form: NewLinkForm) -> None:
    _reset(form)
    _typed_then_read(qtbot, form, form.reference, "R" * 300)
    assert form.reference.text() == "R" * MAX_REFERENCE_LENGTH
    draft = form.read()
    assert draft is not None
    assert draft.merchant_reference == "R" * MAX_REFERENCE_LENGTH
    assert draft.lines[0].quantity == Decimal(2)


def _spaced(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.one_of(typed_text, st.sampled_from(["%", "_", "'; DROP TABLE links; --"])))
def test_any_history_search_runs_and_shows_what_the_history_finds(desk: Desk, text: str) -> None:
    """Any text searches at once on Enter, without an error, and the list shows exactly
    what the link history finds for it (the matching itself is the store's)."""
    key = desk.context.account.key
    if not desk.page.store.search(key, ""):
        desk.fill_line(0, "Wool socks", "1", "149", "25")
        desk.create()
    history = desk.page.history
    type_into(desk.qtbot, history.search, text)
    desk.qtbot.keyClick(history.search, Qt.Key.Key_Return)
    desk.qtbot.waitUntil(lambda: not desk.context.tasks.in_flight("history-load"), timeout=5000)
    assert desk.page.errors.history == []
    shown = [history.model.record(row).session_id for row in range(history.model.rowCount())]
    assert shown == [record.session_id for record in desk.page.store.search(key, text)]
    assert history.empty.isVisible() == (not shown)


def test_news_of_a_link_the_search_did_not_find_leaves_the_list_as_found(desk: Desk) -> None:
    """The link tracker reports on links whatever the list shows; while a search is
    typed, a link it did not find must not slip back in (a found flake: a link confirmed
    after the search had loaded reappeared under "%")."""
    desk.fill_line(0, "Wool socks", "1", "149", "25")
    desk.create()
    key = desk.context.account.key
    (record,) = desk.page.store.search(key, "")
    history = desk.page.history
    type_into(desk.qtbot, history.search, "no such link")
    desk.qtbot.keyClick(history.search, Qt.Key.Key_Return)
    desk.qtbot.waitUntil(lambda: history.model.rowCount() == 0, timeout=5000)
    history.upsert(record)  # what a status update or a late confirmation does
    assert history.model.rowCount() == 0
    assert history.empty.isVisible()
    history.search.clear()
    desk.qtbot.keyClick(history.search, Qt.Key.Key_Return)
    desk.qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=5000)
    history.upsert(record)
    assert history.model.rowCount() == 1
