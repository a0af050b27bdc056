"""An amount filter that is not an amount is never read as "no amount filter".

"abc" in "Amount from" was marked red but the list was loaded as if the field were
empty (everything shown) without a word. Now nothing is asked of Dintero while the
field is wrong, the list keeps what it showed, and a line under the filters says so.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.dintero import TransactionFilter
from app.sandbox import EmbeddedSandbox
from app.ui.transactions.filter_bar import FilterBar
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import open_desk, wait_for
from tests.ui.typing_support import type_into, typed_text

LIST_PATH = r"^/v1/transactions$"


def test_an_amount_filter_that_is_not_an_amount_says_so_and_changes_nothing(
    qtbot: QtBot,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    for amount in (10_000, 30_000, 60_000):
        sandbox.create_authorized_transaction(amount=amount)
    desk = open_desk(qtbot, sandbox, tmp_path)
    try:
        bar, model = desk.page.filter_bar, desk.page.model
        assert model.rowCount() == 3
        assert not bar.problem.isVisible()

        qtbot.keyClicks(bar.amount_from, "abc")
        asked = len(sandbox.requests(LIST_PATH))
        qtbot.keyClick(bar.amount_from, Qt.Key.Key_Return)
        assert bar.problem.isVisible()
        assert bar.problem.text() == (
            'Amount from: "abc" is not an amount. Type digits, for example 1299,90. '
            "The list has not changed: fix the amount or clear it."
        )
        assert bar.amount_from.error
        assert len(sandbox.requests(LIST_PATH)) == asked  # nothing read as "any amount"
        assert desk.page.current_filter().amount_gte is None
        desk.page.grab().save(str(screenshot_dir / "transactions_filter_problem.png"))

        # Fixed: the note goes as soon as the text is an amount; Enter applies it.
        bar.amount_from.clear()
        qtbot.keyClicks(bar.amount_from, "200")
        assert not bar.problem.isVisible()
        qtbot.keyClick(bar.amount_from, Qt.Key.Key_Return)
        wait_for(qtbot, lambda: desk.page.current_filter().amount_gte == 20_000)
        wait_for(qtbot, lambda: not model.loading)
        assert sorted(model.row_at(i).amount for i in range(model.rowCount())) == [30_000, 60_000]
        assert sandbox.requests(LIST_PATH)[-1]["query"]["amount.gte"] == ["20000"]

        # Wrong again with a filter in place: the list keeps that filter, and says so.
        asked = len(sandbox.requests(LIST_PATH))
        qtbot.keyClicks(bar.amount_to, "1.2.3,4")
        qtbot.keyClick(bar.amount_to, Qt.Key.Key_Return)
        assert bar.problem.text().startswith("Amount to: ")
        assert bar.problem.text().endswith("The list has not changed: fix the amount or clear it.")
        bar.currency.setCurrentIndex(bar.currency.findData("NOK"))  # another filter meanwhile
        assert len(sandbox.requests(LIST_PATH)) == asked
        assert model.rowCount() == 2
        assert desk.page.current_filter().amount_gte == 20_000
    finally:
        run_async(desk.context.aclose())


@pytest.fixture
def bar(qtbot: QtBot) -> FilterBar:
    widget = FilterBar()
    qtbot.addWidget(widget)
    widget.set_default_currency("NOK")
    widget.show()
    return widget


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.one_of(typed_text, st.from_regex(r"\A[0-9 .,]{1,30}\Z"), st.just("9" * 300)))
@pytest.mark.parametrize("field", ["amount_from", "amount_to"])
def test_any_text_in_an_amount_filter_is_applied_or_explained(
    qtbot: QtBot, bar: FilterBar, field: str, text: str
) -> None:
    bar.reset()
    emitted: list[TransactionFilter] = []
    bar.filter_changed.connect(emitted.append)
    edit = getattr(bar, field)
    start = time.process_time()
    type_into(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert time.process_time() - start < 3.0
    bar.filter_changed.disconnect(emitted.append)
    typed = edit.amount()
    if edit.error:
        assert emitted == []  # never read as "no amount"
        assert bar.problem.isVisible()
        assert 0 < len(bar.problem.text()) < 300
    else:
        assert not bar.problem.isVisible()
        value = emitted[-1].amount_gte if field == "amount_from" else emitted[-1].amount_lte
        assert value == typed


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=typed_text)
def test_any_search_text_becomes_the_search(qtbot: QtBot, bar: FilterBar, text: str) -> None:
    bar.reset()
    emitted: list[TransactionFilter] = []
    bar.filter_changed.connect(emitted.append)
    type_into(qtbot, bar.search, text)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    bar.filter_changed.disconnect(emitted.append)
    assert emitted[-1].search == (text.strip() or None)
