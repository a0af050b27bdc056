"""Damaged local files reach the window as plain words, not as "something unexpected".

Real damage: a garbage account list, and garbage written over the pages of a real audit
journal and link history. Each file is moved aside and the message names the copy; the
damaged journal keeps money moves blocked.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.sandbox import EmbeddedSandbox
from app.storage.journal import Journal
from app.storage.links import LinkStore
from app.ui.context import AccountContext
from app.ui.errors import GENERIC_MESSAGE, ErrorPresenter, Presented
from app.ui.links.page import LinksPage
from app.ui.main_window import MainWindow
from app.ui.transactions.page import TransactionsPage
from tests.ui.conftest import RunAsync
from tests.ui.transactions_support import make_context, make_services
from tests.unit.test_journal import _attempt
from tests.unit.test_storage_damage import link


def damage_pages(path: Path) -> None:
    """Random bytes over every page after the first, as a failing disk leaves a file."""
    data = bytearray(path.read_bytes())
    noise = random.Random(3)
    data[4096:] = bytes(noise.getrandbits(8) for _ in range(len(data) - 4096))
    path.write_bytes(bytes(data))


def shown(history: list[Presented], title: str) -> Presented | None:
    return next((p for p in history if p.title == title), None)


@pytest.fixture
def window_on(
    qtbot: QtBot, qloop: object, memory_keyring: MemoryKeyring, run_async: RunAsync
) -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        run_async(window.aclose())


def test_a_damaged_account_list_is_explained_in_the_window(
    qtbot: QtBot, tmp_path: Path, window_on: list[MainWindow], screenshot_dir: Path
) -> None:
    services = make_services(tmp_path)
    services.accounts.path.write_text('{"version": 1, "accounts": [{"name": ', encoding="utf-8")
    window = MainWindow(services)
    window_on.append(window)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    window.start_loading()
    title = "Could not read the saved accounts"
    qtbot.waitUntil(lambda: shown(window.errors.history, title) is not None, timeout=10_000)
    presented = shown(window.errors.history, title)
    assert presented is not None
    [aside] = tmp_path.glob("accounts.json.corrupt-*")
    assert presented.expected
    assert presented.message != GENERIC_MESSAGE
    assert f"moved it aside as {aside.name}" in presented.message
    assert "starts with an empty account list" in presented.message
    box = window.errors._box
    assert box is not None
    assert aside.name in box.informativeText()
    box.grab().save(str(screenshot_dir / "damaged-account-list.png"))


def test_a_damaged_journal_keeps_money_moves_blocked_and_says_why(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    run_async: RunAsync,
    screenshot_dir: Path,
) -> None:
    with Journal.in_directory(tmp_path) as journal:
        for number in range(200):
            journal.record_attempt(_attempt(reference=f"ref-{number}"))
    damage_pages(tmp_path / "journal.sqlite3")
    sandbox.create_authorized_transaction(amount=2_500)

    page, errors, context = bound_page(qtbot, sandbox, tmp_path, TransactionsPage)
    try:
        title = "Could not open the audit journal; money operations are blocked"
        qtbot.waitUntil(lambda: shown(errors.history, title) is not None, timeout=10_000)
        presented = shown(errors.history, title)
        assert presented is not None
        [aside] = tmp_path.glob("journal.sqlite3.corrupt-*")
        assert presented.expected
        assert f"moved it aside as {aside.name}" in presented.message
        assert "Captures, refunds and voids are blocked" in presented.message
        assert (tmp_path / "journal.sqlite3.blocked").exists()
        assert errors._box is not None
        errors._box.grab().save(str(screenshot_dir / "damaged-journal.png"))
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
        page.view.selectAll()
        assert page.runner is None  # nothing can send a capture, refund or void
        assert not page.bulk_action.isEnabled()
        assert not (tmp_path / "journal.sqlite3").exists()  # and no empty journal appeared
    finally:
        run_async(context.aclose())


def test_a_damaged_link_history_is_explained_on_the_links_page(
    qtbot: QtBot, qloop: object, sandbox: EmbeddedSandbox, tmp_path: Path, run_async: RunAsync
) -> None:
    with LinkStore.in_directory(tmp_path) as store:
        for number in range(200):
            store.add(link(number))
    damage_pages(tmp_path / "links.sqlite3")

    _page, errors, context = bound_page(qtbot, sandbox, tmp_path, LinksPage)
    try:
        title = "Could not read the link history"
        qtbot.waitUntil(lambda: shown(errors.history, title) is not None, timeout=10_000)
        presented = shown(errors.history, title)
        assert presented is not None
        [aside] = tmp_path.glob("links.sqlite3.corrupt-*")
        assert presented.expected
        assert f"moved it aside as {aside.name}" in presented.message
        assert "starts a new, empty payment link history" in presented.message
        assert LinkStore.in_directory(tmp_path).search() == []  # and the desk goes on
    finally:
        run_async(context.aclose())


Page = TypeVar("Page", TransactionsPage, LinksPage)


def bound_page(
    qtbot: QtBot, sandbox: EmbeddedSandbox, tmp_path: Path, kind: type[Page]
) -> tuple[Page, ErrorPresenter, AccountContext]:
    services = make_services(tmp_path)
    host = QWidget()
    qtbot.addWidget(host)
    errors = ErrorPresenter(host)
    page = kind(services, errors, host)
    host.resize(1280, 800)
    host.show()
    context = make_context(sandbox, services, errors)
    page.bind(context)
    return page, errors, context
