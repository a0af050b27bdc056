"""Desks on one shared PostgreSQL database, for tests and the benchmark.

A :class:`SharedDesk` is one desk's whole service stack: its own connection pool, journal,
link history and leases on the shared schema, its own Dintero client — so two of them,
each on its own event loop (a thread or a process), are two desks, not two objects
sharing memory. :class:`CuttableProxy` stands between a desk and the server so a test can
take the database away for real (connections cut, new ones refused) and bring it back.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading

from app.accounts.models import Account
from app.core import desk_locale
from app.desk.money_moves import MoneyMoveDesk
from app.desk.move_request import MoveRequest
from app.dintero import ClientConfig, DinteroClient, Operation, RefundRequest
from app.storage.journal import Journal
from app.storage.leases import PostgresLeases
from app.storage.links import LinkStore
from app.storage.postgres_db import PostgresServer
from tests.desk.support import RecordingListener


class SharedDesk:
    """One desk's stores on the shared database (blocking parts; the client is opened by
    the caller on its own loop)."""

    def __init__(self, url: str, schema: str, *, name: str, operator: str) -> None:
        self.name = name
        self.operator = operator
        self.server = PostgresServer(url, search_path=schema, wait_s=15.0)
        self.journal = Journal.shared(self.server)
        self.links = LinkStore.shared(self.server)
        self.leases = PostgresLeases(self.server)

    def money_desk(
        self,
        client: DinteroClient,
        account: Account,
        listener: RecordingListener | None = None,
        **options: float,
    ) -> MoneyMoveDesk:
        return MoneyMoveDesk(
            client,
            account,
            self.journal,
            listener or RecordingListener(),
            operator=lambda: self.operator,
            desk_name=lambda: self.name,
            leases=self.leases,
            pending_timeout_s=5.0,
            **options,
        )

    def close(self) -> None:
        self.server.close()


def refund_from_another_desk(
    base_url: str,
    account_id: str,
    client_id: str,
    secret: str,
    postgres: tuple[str, str],
    desk: tuple[str, str],
    tx_id: str,
    amount: int,
    lease_ttl_s: float,
) -> None:
    """Child process: a desk of its own that refunds ``amount`` on ``tx_id``."""
    desk_locale.set_current_locale("nb_NO")  # a Norwegian desk, like its parent's
    config = ClientConfig.single_host(base_url, account_id, client_id, secret, timeout_s=30.0)
    shared = SharedDesk(*postgres, name=desk[0], operator=desk[1])

    async def main() -> None:
        async with DinteroClient(config) as client:
            account = Account("Other desk", account_id, client_id, base_url=base_url)
            money = shared.money_desk(client, account, lease_ttl_s=lease_ttl_s)
            basis = await client.get_transaction(tx_id)
            request = MoveRequest.for_transaction(
                Operation.REFUND, basis, amount, RefundRequest(amount=amount)
            )
            await money.run(request)

    try:
        asyncio.run(main())
    finally:
        shared.close()


def postgres_address(url: str) -> tuple[str, int]:
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(url)
    return str(parts.get("host") or "127.0.0.1"), int(parts.get("port") or 5432)


def through(url: str, port: int) -> str:
    """``url`` with its host and port replaced by the proxy's."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(url)
    parts.update(host="127.0.0.1", port=str(port))
    return make_conninfo("", **parts)


class CuttableProxy:
    """A TCP proxy on loopback in front of the database, on a thread with its own loop.

    ``cut()`` closes every connection and stops listening (the server is "away");
    ``restore()`` listens again on the same port.
    """

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._generation = 0
        self._thread.start()

    def _call(self, coroutine: object) -> None:
        asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)  # type: ignore[arg-type]

    def restore(self) -> None:
        self._call(self._listen())

    def cut(self) -> None:
        self._call(self._cut())

    def close(self) -> None:
        self.cut()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def _cut(self) -> None:
        self._generation += 1  # connections still being set up see it and give up
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        generation = self._generation
        self._writers.add(writer)
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        if generation != self._generation:  # cut while connecting: this one is cut too
            writer.close()
            upstream_writer.close()
            return
        self._writers.add(upstream_writer)

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with contextlib.suppress(OSError, ConnectionError):
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            sink.close()

        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))
        self._writers.difference_update({writer, upstream_writer})
