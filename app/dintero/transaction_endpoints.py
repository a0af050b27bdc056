"""The two transaction calls the money-move engine needs, apart from the client that owns it.

`MoneyMoves` depends on this small surface (read one transaction, send one operation as
is), so the engine can be reasoned about and tested without the rest of the client.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from app.dintero.config import ClientConfig
from app.dintero.ledger import Operation
from app.dintero.models import Transaction
from app.dintero.transport import Transport
from app.dintero.wire import decode, request_id_of

__all__ = ["SentOperation", "TransactionEndpoints", "path_segment"]


def path_segment(value: str) -> str:
    """An id as one URL path segment (ids come from users' searches too)."""
    return quote(value, safe="")


@dataclass(frozen=True)
class SentOperation:
    """Dintero's direct answer to one capture/refund/void request (200 or 202)."""

    status_code: int
    transaction: Transaction
    event_request_id: str | None
    request_id: str | None


class TransactionEndpoints:
    """GET one transaction and POST one operation; no checks, no settling."""

    def __init__(self, config: ClientConfig, transport: Transport) -> None:
        self._config = config
        self._transport = transport

    def _url(self, transaction_id: str) -> str:
        return f"{self._config.checkout_url}/v1/transactions/{path_segment(transaction_id)}"

    async def get_transaction(
        self, transaction_id: str, includes: Iterable[str] = ()
    ) -> Transaction:
        params = [("includes", value) for value in includes]
        response = await self._transport.read(self._url(transaction_id), params=params or None)
        return decode(response, Transaction)

    async def send_operation(
        self, operation: Operation, transaction_id: str, payload: dict[str, Any] | None
    ) -> SentOperation:
        """One write, as is: callers go through `MoneyMoves`, which makes it safe."""
        response = await self._transport.write(
            "POST", f"{self._url(transaction_id)}/{operation.value}", json_body=payload
        )
        return SentOperation(
            status_code=response.status_code,
            transaction=decode(response, Transaction),
            event_request_id=response.headers.get("event-request-id"),
            request_id=request_id_of(response),
        )
