"""GUI test wiring: one qasync loop marked as running for the whole session.

pytest-qt spins Qt's event loop inside ``qtbot.wait*``; a qasync loop created with
``already_running=True`` runs its asyncio callbacks from those same Qt events, so tasks
started by the windows make progress while a test waits. Never call ``qtbot.wait*``
inside a coroutine, and never stop the loop inside a test.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.language import install_language

T = TypeVar("T")


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    install_language(qapp, "en")  # as the app does: the English plural forms
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Marked running only while a GUI test runs (see _drain_tasks), so that plain
    # ``asyncio.run`` in the unit tests collected after these still works.
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(loop)
    yield loop
    loop.stop()
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def _drain_tasks(qloop: asyncio.AbstractEventLoop, qtbot: QtBot) -> Iterator[None]:
    """Every test runs with the loop marked running, and ends with no task of its own left."""
    asyncio.set_event_loop(qloop)
    asyncio.events._set_running_loop(qloop)
    before = set(asyncio.all_tasks(qloop))
    try:
        yield
        _cancel_leftovers(qloop, qtbot, before)
    finally:
        asyncio.events._set_running_loop(None)


def _cancel_leftovers(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, before: set[asyncio.Task[Any]]
) -> None:
    leftover = [t for t in asyncio.all_tasks(qloop) if t not in before and not t.done()]
    for task in leftover:
        task.cancel()
    if leftover:
        qtbot.waitUntil(lambda: all(t.done() for t in leftover), timeout=5000)


class RunAsync(Protocol):
    def __call__(self, coro: Coroutine[Any, Any, T], timeout_ms: int = ...) -> T: ...


@pytest.fixture
def run_async(qloop: asyncio.AbstractEventLoop, qtbot: QtBot) -> RunAsync:
    """Run a coroutine on the GUI loop from a test, spinning Qt until it is done."""

    def run(coro: Coroutine[Any, Any, T], timeout_ms: int = 10_000) -> T:
        task = qloop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=timeout_ms)
        return task.result()

    return run


@pytest.fixture
def screenshot_dir() -> Path:
    """Where tests save renders of windows for a person to look at (ignored by git)."""
    path = Path(__file__).resolve().parents[2] / "screenshots"
    path.mkdir(exist_ok=True)
    return path
