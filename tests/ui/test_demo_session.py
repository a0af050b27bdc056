"""The demo closes everything it opened in its temporary folder before removing it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import psutil
import pytest
from pytestqt.qtbot import QtBot

from app.accounts.memory_keyring import MemoryKeyring
from app.ui.demo import DemoSession
from tests.ui.conftest import RunAsync


def open_under(folder: Path) -> list[str]:
    """Files this process holds open inside ``folder`` (deleted ones included)."""
    root = str(folder.resolve())
    return [f.path for f in psutil.Process().open_files() if f.path.startswith(root)]


@pytest.mark.skipif(not hasattr(psutil.Process, "open_files"), reason="needs psutil.open_files")
def test_the_demo_closes_its_stores_and_sandbox_before_removing_its_folder(
    qtbot: QtBot, run_async: RunAsync, memory_keyring: MemoryKeyring
) -> None:
    session = DemoSession.create()
    folder = session.path
    run_async(session.start(), timeout_ms=30_000)
    assert session.sandbox is not None
    base_url = session.sandbox.base_url
    stores = session.services.stores

    async def use_the_stores() -> None:
        await asyncio.to_thread(stores.journal)
        await asyncio.to_thread(stores.links)
        await asyncio.to_thread(stores.templates)

    run_async(use_the_stores())
    assert open_under(folder), "the stores should hold their database files open"
    removed_with_files_open: list[list[str]] = []
    original_cleanup = session._folder.cleanup

    def checked_cleanup() -> None:
        removed_with_files_open.append(open_under(folder))
        original_cleanup()

    session._folder.cleanup = checked_cleanup  # type: ignore[method-assign]
    run_async(session.aclose(), timeout_ms=30_000)

    assert removed_with_files_open == [[]]  # nothing open when the folder went
    assert not folder.exists()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base_url}/sandbox/requests", timeout=2)  # the sandbox is stopped
