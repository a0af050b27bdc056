"""An empty link history says how to send the first link instead of showing an empty
table; the table takes its place with the first link."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from app.storage.links import LinkState
from tests.ui.links.support import Desk
from tests.ui.readability import unreadable_labels


def test_an_empty_history_shows_how_to_send_the_first_link(
    desk: Desk, screenshot_dir: Path
) -> None:
    history = desk.page.history
    desk.page.resize(1280, 760)
    desk.qtbot.waitUntil(lambda: not desk.context.tasks.in_flight("history-load"), timeout=5000)
    assert history.guide.isVisible()
    assert not history.view.isVisible()
    assert not history.empty.isVisible()
    guide = history.guide.text()
    assert "How to send your first link" in guide
    assert "Create link" in guide
    assert "Ctrl+Enter" in guide
    assert unreadable_labels(desk.page) == []
    desk.page.grab().save(str(screenshot_dir / "links_first_link_guide.png"))

    desk.fill_line(0, "Wool socks", "1", "149", "25")
    desk.create()
    assert not history.guide.isVisible()
    assert history.view.isVisible()
    assert history.model.rowCount() == 1


def test_a_search_that_finds_nothing_says_so_without_the_guide(desk: Desk) -> None:
    history = desk.page.history
    desk.fill_line(0, "Wool socks", "1", "149", "25")
    desk.create()
    history.search.setText("no such order")
    desk.qtbot.keyClick(history.search, Qt.Key.Key_Return)
    desk.qtbot.waitUntil(lambda: not desk.context.tasks.in_flight("history-load"), timeout=5000)
    desk.qtbot.waitUntil(lambda: history.model.rowCount() == 0, timeout=5000)
    assert history.empty.isVisible()
    assert history.empty.text() == "No link matches the search."
    assert not history.guide.isVisible()


def test_every_history_heading_fits_beside_the_state_symbols(desk: Desk) -> None:
    desk.page.resize(1280, 760)
    desk.fill_line(0, "Wool socks", "1", "149", "25")
    desk.form.reference.setText("PD-WWWWW-WWWWW-WWWWW")
    desk.create()
    record = desk.page.link_view.record
    assert record is not None
    history = desk.page.history
    history.upsert(replace(record, state=LinkState.FAILED_ATTEMPT))  # the longest state
    history.resize(history.width() - 1, history.height())  # lay the columns out again
    view = history.view
    header = view.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
