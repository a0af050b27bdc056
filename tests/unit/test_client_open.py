"""Opening a client off the calling thread: ready to use, nothing left to load on first use."""

from __future__ import annotations

import asyncio
import sys
import threading

from app.dintero import ClientConfig, DinteroClient
from app.sandbox import EmbeddedSandbox


def test_open_builds_on_a_worker_thread_and_the_client_works(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    built_on: list[str] = []

    class Recording(DinteroClient):
        def __init__(self, config: ClientConfig) -> None:
            built_on.append(threading.current_thread().name)
            super().__init__(config)

    async def main() -> tuple[str, bool]:
        client = await Recording.open(client_config)
        async with client:
            token = await client.fetch_token()
        return token.token_type, client.closed

    token_type, closed = asyncio.run(main())
    assert token_type == "Bearer"
    assert closed
    assert len(built_on) == 1
    assert built_on[0] != threading.main_thread().name
    # What httpx would otherwise import on the GUI thread at the first request:
    assert "anyio._backends._asyncio" in sys.modules
    assert len(sandbox.requests(r"/auth/token$")) == 1
