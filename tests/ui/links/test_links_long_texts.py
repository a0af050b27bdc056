"""Long references and e-mails are cut with "…" (whole in the tooltip), never widen the
window, and the reference field takes no more than the form allows.

A 79-character reference used to push the page's minimum width to about 1,600 px and
squeeze the history to nothing; a 300-character one to about 4,800 px. Such references
can still come from links stored before the cap or found by recovery.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.storage.links import LinkRecord
from app.ui.links.history_model import HistoryColumn
from app.ui.links.history_panel import REFERENCE_MAX_WIDTH
from app.ui.links.new_link_form import MAX_REFERENCE_LENGTH
from tests.ui.links.support import Desk


def _first_link(desk: Desk) -> LinkRecord:
    desk.fill_line(0, "Chair", "1", "100", "25")
    desk.create()
    record = desk.page.link_view.record
    assert record is not None
    return record


def _show(desk: Desk, record: LinkRecord) -> None:
    desk.page.store.add(record)
    desk.page.history.upsert(record)
    desk.page.show_link(record)
    desk.qtbot.waitUntil(lambda: desk.page.link_view.record == record, timeout=3000)


@pytest.mark.parametrize("length", [79, 300])
def test_a_long_reference_neither_widens_the_page_nor_hides_the_history(
    desk: Desk, length: int, screenshot_dir: Path
) -> None:
    record = _first_link(desk)
    short_minimum = desk.page.minimumSizeHint().width()
    reference = "ORDER-" + "X" * (length - 10) + "-END"
    long = replace(
        record,
        session_id=f"{record.session_id}-{length}",
        merchant_reference=reference,
        customer_email="kari.nordmann." + "x" * 120 + "@example.no",
    )
    _show(desk, long)

    assert desk.page.minimumSizeHint().width() <= short_minimum
    assert desk.page.history.width() >= 300  # the splitter still gives the history room

    history = desk.page.history
    header = history.view.horizontalHeader()
    assert header.sectionSize(HistoryColumn.REFERENCE) <= REFERENCE_MAX_WIDTH
    row = history.proxy.mapFromSource(
        history.model.index(history.model.row_of(long.session_id) or 0, HistoryColumn.REFERENCE)
    )
    assert row.data(Qt.ItemDataRole.ToolTipRole) == reference
    state_x = header.sectionViewportPosition(HistoryColumn.STATE)
    assert 0 <= state_x < history.view.viewport().width()  # the state is still in sight

    view = desk.page.link_view
    assert view.title.full_text().startswith(reference)
    assert view.title.is_elided()
    assert view.title.toolTip() == view.title.full_text()
    assert view.title.text().endswith("-END · 100,00\xa0kr")  # both ends kept
    assert view.title.width() <= view.width()
    assert view.customer.is_elided()
    assert view.customer.toolTip() == long.customer_email
    desk.page.grab().save(str(screenshot_dir / f"links_long_reference_{length}.png"))


def test_the_reference_field_takes_at_most_the_cap(desk: Desk) -> None:
    field = desk.form.reference
    assert field.maxLength() == MAX_REFERENCE_LENGTH
    field.clear()
    desk.qtbot.keyClicks(field, "R" * (MAX_REFERENCE_LENGTH + 20))
    assert field.text() == "R" * MAX_REFERENCE_LENGTH
