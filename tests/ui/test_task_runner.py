"""The task runner: a task is "in flight" until its outcome has reached its callbacks.

A finished task's done-callbacks run a turn of the event loop after ``done()``; a test (or
code) that waited only for ``running()`` to turn false could look before the result was
applied. That is how a history search was once seen showing the previous list.
"""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from app.ui.errors import ErrorPresenter
from app.ui.tasks import TaskRunner


def test_a_task_is_in_flight_until_its_result_is_handed_over(qtbot: QtBot) -> None:
    runner = TaskRunner(ErrorPresenter())
    handed: list[str] = []
    seen: list[tuple[bool, bool, bool, list[str]]] = []
    started: list[asyncio.Task[str]] = []

    def look() -> None:  # queued by the task itself, so it runs just before its callbacks
        done = started[0].done()
        seen.append((done, runner.running("search"), runner.in_flight("search"), [*handed]))

    async def search() -> str:
        asyncio.get_running_loop().call_soon(look)
        return "found"

    task = runner.start("search", search(), on_success=handed.append)
    assert task is not None
    started.append(task)
    qtbot.waitUntil(lambda: not runner.in_flight("search"), timeout=5000)
    assert handed == ["found"]
    # Done and no longer running, yet the result not handed over: still in flight.
    assert seen == [(True, False, True, [])]


def test_a_cancelled_task_leaves_flight_without_a_result(qtbot: QtBot) -> None:
    runner = TaskRunner(ErrorPresenter())
    handed: list[str] = []

    async def forever() -> str:
        await asyncio.Event().wait()
        return "never"

    runner.start("wait", forever(), on_success=handed.append)
    runner.cancel("wait")
    qtbot.waitUntil(lambda: not runner.in_flight("wait"), timeout=5000)
    assert handed == []
    assert not runner.running("wait")
