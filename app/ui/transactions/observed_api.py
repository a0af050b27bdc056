"""The client's transaction calls, with a signal when a send ends without a clear answer.

The client's safe-move engine (``app.dintero.operations.MoneyMoves``) settles an
unanswered capture/refund/void by re-reading the transaction. The desk wants to show
"checking…" exactly while that happens, so it hands the engine this thin adapter,
which calls back when a send raised an error that may have reached Dintero.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from app.dintero import (
    DinteroClient,
    Operation,
    ResponseFormatError,
    SentOperation,
    ServerError,
    Transaction,
    TransportError,
)

__all__ = ["ObservedApi"]


class ObservedApi:
    def __init__(self, client: DinteroClient, on_uncertain: Callable[[str], None]) -> None:
        self._client = client
        self._on_uncertain = on_uncertain

    async def get_transaction(
        self, transaction_id: str, includes: Iterable[str] = ()
    ) -> Transaction:
        return await self._client.get_transaction(transaction_id, includes)

    async def send_operation(
        self, operation: Operation, transaction_id: str, payload: dict[str, Any] | None
    ) -> SentOperation:
        try:
            return await self._client.send_operation(operation, transaction_id, payload)
        except (ServerError, ResponseFormatError):
            self._on_uncertain(transaction_id)
            raise
        except TransportError as error:
            if error.may_have_reached_server:
                self._on_uncertain(transaction_id)
            raise
