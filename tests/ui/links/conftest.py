"""Fixtures of the link desk tests: a links page on the sandbox, closed after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.sandbox import EmbeddedSandbox
from app.ui.errors import ErrorPresenter
from tests.ui.conftest import RunAsync
from tests.ui.links.support import Desk, MailProgram, make_services, open_desk


@pytest.fixture
def errors() -> ErrorPresenter:
    return ErrorPresenter()


@pytest.fixture
def desk(
    qtbot: QtBot,
    qloop: object,
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    errors: ErrorPresenter,
    run_async: RunAsync,
) -> Iterator[Desk]:
    desk = open_desk(qtbot, sandbox, make_services(tmp_path), errors)
    yield desk
    desk.page.bind(None)
    run_async(desk.context.aclose())


@pytest.fixture
def mail_program() -> Iterator[MailProgram]:
    program = MailProgram()
    QDesktopServices.setUrlHandler("mailto", program, "open")  # type: ignore[arg-type]  # stub says bytes; it takes str
    yield program
    QDesktopServices.unsetUrlHandler("mailto")
