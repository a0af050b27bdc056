"""`DinteroClient`: one account's async connection to Dintero Checkout and the Orders API.

Use it as an async context manager, one per account; it keeps one `httpx.AsyncClient`
(keep-alive) and one token. Reads retry on transient failures; money moves go through
`operations.MoneyMoves` and are never repeated blindly.
"""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import quote

import httpx

from app.core.i18n import translate
from app.core.references import new_operation_reference
from app.dintero.auth import TokenProvider
from app.dintero.card_payment import STRICT_REFERENCE, PayResult, PayWithTokenRequest
from app.dintero.config import ClientConfig
from app.dintero.errors import LocalValidationError, ResponseFormatError
from app.dintero.filters import QueryParams, TransactionFilter
from app.dintero.ledger import Operation
from app.dintero.models import AccessToken, CreatedSession, Session, Transaction
from app.dintero.operations import BeforeSend, MoneyMoves, OnUncertain, OperationOutcome
from app.dintero.orders import (
    CompletedDraft,
    DraftOrder,
    Order,
    OrderLine,
    OrderRecord,
    OrderRecordItem,
)
from app.dintero.payloads import (
    CaptureRequest,
    PaymentTokenSessionRequest,
    RefundRequest,
    SessionRequest,
    format_time,
)
from app.dintero.transaction_endpoints import TransactionEndpoints, path_segment
from app.dintero.transport import Transport
from app.dintero.wire import Wire, decode, decode_list_off_loop, request_id_of

__all__ = ["CancelledSession", "DinteroClient", "ExtendedAuthorization"]

STRICT_AMOUNTS = {"Dintero-Feature-Toggles": "strict-session-amounts"}
MAX_PAGE = 100
DETAIL_INCLUDES = ("initiating_system_request_headers", "session")
"""What `get_transaction_detail` asks Dintero to include beyond the default answer."""


@dataclass(frozen=True)
class ExtendedAuthorization:
    """Dintero's answer to an authorization extension, with what to journal."""

    transaction: Transaction
    reference: str
    request_id: str | None


@dataclass(frozen=True)
class CancelledSession:
    """Dintero's answer to a session cancel, with the `request-id` staff quote to support."""

    session: Session
    request_id: str | None


class DinteroClient:
    """Async Dintero client for one account. Every method raises only `DinteroError`s."""

    def __init__(self, config: ClientConfig, *, http_client: httpx.AsyncClient | None = None):
        self.config = config
        self._wire = Wire(config, http_client)
        self.tokens = TokenProvider(self._wire, config)
        self._transport = Transport(config, self._wire, self.tokens)
        self.transactions = TransactionEndpoints(config, self._transport)
        self._moves = MoneyMoves(self.transactions, config)

    @classmethod
    async def open(cls, config: ClientConfig) -> Self:
        """Build the client on a worker thread, ready for its first request.

        Setting up TLS and importing the async HTTP stack's lazily loaded modules take tens
        of milliseconds; on a GUI thread that is a visible stall at the first request.
        """
        return await asyncio.to_thread(_built_and_warm, cls, config)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections; call on quit and on account switch."""
        self.tokens.forget()
        await self._wire.aclose()

    @property
    def closed(self) -> bool:
        """True once `aclose` ran (on quit or account switch): no call can be made."""
        return self._wire.client.is_closed

    def __repr__(self) -> str:
        return f"DinteroClient(account_id={self.config.account_id!r})"

    # -- auth -----------------------------------------------------------------------

    def hosted_page_url(self, session_id: str) -> str:
        """The customer's pay page of a session (reading a session does not return it)."""
        return f"{self.config.checkout_url}/v1/view/{quote(session_id, safe='')}"

    async def fetch_token(self) -> AccessToken:
        """Fetch a fresh token: the "test connection" button."""
        return await self.tokens.fetch()

    # -- sessions -------------------------------------------------------------------

    async def create_session(
        self, request: SessionRequest, *, include_session: bool = False
    ) -> CreatedSession:
        """Create a payment link; amount = Σ lines + shipping is checked before sending."""
        if request.amount is not None and request.amount != request.lines_total:
            raise LocalValidationError(
                f"The order amount {request.amount} does not equal the lines plus shipping "
                f"({request.lines_total})."
            )
        if request.order_amount <= 0:
            raise LocalValidationError(
                translate("Operations", "A payment link needs an amount above zero.")
            )
        params = {"include_session": "true"} if include_session else None
        response = await self._transport.write(
            "POST",
            f"{self.config.checkout_url}/v1/sessions-profile",
            json_body=request.to_payload(),
            params=params,
            headers=STRICT_AMOUNTS,
        )
        return decode(response, CreatedSession)

    async def get_session(self, session_id: str) -> Session:
        response = await self._transport.read(
            f"{self.config.checkout_url}/v1/sessions/{path_segment(session_id)}"
        )
        return decode(response, Session)

    async def cancel_session(self, session_id: str) -> Session:
        """Cancel a link; an authorized payment on it is voided by Dintero. Sent once."""
        return (await self.cancel_session_answer(session_id)).session

    async def cancel_session_answer(self, session_id: str) -> CancelledSession:
        """`cancel_session`, also giving the answer's `request-id` (for the journal)."""
        response = await self._transport.write(
            "POST", f"{self.config.checkout_url}/v1/sessions/{path_segment(session_id)}/cancel"
        )
        return CancelledSession(decode(response, Session), request_id_of(response))

    async def create_payment_token_session(
        self, request: PaymentTokenSessionRequest, *, include_session: bool = False
    ) -> CreatedSession:
        params = {"include_session": "true"} if include_session else None
        response = await self._transport.write(
            "POST",
            f"{self.config.checkout_url}/v1/sessions/payment-token",
            json_body=request.to_payload(),
            params=params,
        )
        return decode(response, CreatedSession)

    async def pay_with_token(self, request: PayWithTokenRequest) -> PayResult:
        """Charge a saved card (`POST /v1/sessions/pay`). Sent once, with the
        `strict-merchant-reference` toggle: a resend of the same reference is refused.

        A refused card is a normal answer (`PayResult.decline`); an error here that is
        not `certainly_not_applied` leaves the charge uncertain: look for its merchant
        reference (`find_transactions_by_reference`) instead of sending it again.
        """
        if request.amount <= 0:
            raise LocalValidationError("A card payment needs an amount above zero.")
        if request.items and sum(item.amount for item in request.items) != request.amount:
            raise LocalValidationError(
                f"The order amount {request.amount} does not equal the lines' total."
            )
        response = await self._transport.write(
            "POST",
            f"{self.config.checkout_url}/v1/sessions/pay",
            json_body=request.to_payload(),
            headers=STRICT_REFERENCE,
        )
        return decode(response, PayResult)

    async def find_transactions_by_reference(self, merchant_reference: str) -> list[Transaction]:
        """The transactions whose `merchant_reference` is exactly this one (newest first)."""
        page = await self.list_transactions(
            TransactionFilter(merchant_reference=merchant_reference)
        )
        return [t for t in page if t.merchant_reference == merchant_reference]

    # -- session list ---------------------------------------------------------------

    async def list_sessions(
        self,
        *,
        search: str | None = None,
        limit: int = MAX_PAGE,
        starting_after: str | None = None,
        ids: Sequence[str] = (),
        transaction_ids: Sequence[str] = (),
    ) -> list[Session]:
        """One page of the account's sessions (`GET /v1/sessions`), newest first.

        `search` "will try to match" merchant_reference, merchant_reference_2 or the
        customer's name: do not rely on how it matches (see `find_sessions_by_reference`).
        Pass the last id as `starting_after` for the next page.
        """
        if not 1 <= limit <= MAX_PAGE:
            raise LocalValidationError(f"limit must be between 1 and {MAX_PAGE}.")
        params: QueryParams = [("id", value) for value in ids]
        params.extend(("transaction_id", value) for value in transaction_ids)
        if search:
            params.append(("search", search))
        params.append(("limit", str(limit)))
        if starting_after:
            params.append(("starting_after", starting_after))
        response = await self._transport.read(
            f"{self.config.checkout_url}/v1/sessions", params=params
        )
        return await decode_list_off_loop(response, Session)

    async def find_sessions_by_reference(
        self, merchant_reference: str, *, max_pages: int = 10
    ) -> list[Session]:
        """Every session whose `order.merchant_reference` is exactly this one, newest first.

        Dintero's `search` only "will try to match", so its pages are walked (at most
        `max_pages`) and kept only where the reference is equal: how to find a link
        whose creation answer was lost before sending it again.
        """
        found: list[Session] = []
        cursor: str | None = None
        for _ in range(max_pages):
            page = await self.list_sessions(search=merchant_reference, starting_after=cursor)
            found.extend(s for s in page if s.order.merchant_reference == merchant_reference)
            if len(page) < MAX_PAGE or page[-1].id == cursor:
                break
            cursor = page[-1].id
        return found

    # -- transactions ---------------------------------------------------------------

    async def get_transaction(
        self, transaction_id: str, includes: Iterable[str] = ()
    ) -> Transaction:
        """One transaction; `includes` e.g. `("card.payment_token", "session")`."""
        return await self.transactions.get_transaction(transaction_id, includes)

    async def get_transaction_detail(self, transaction_id: str) -> Transaction:
        """One transaction with what the detail view shows beyond the plain read.

        GET transaction leaves `initiating_system_request_headers` out unless `includes`
        asks for it; the "created by a webshop plugin" warning reads it. `session` adds the
        session, whose `configuration.auto_capture` says whether Dintero will capture.
        """
        return await self.get_transaction(transaction_id, includes=DETAIL_INCLUDES)

    async def list_transactions(
        self,
        filter: TransactionFilter | None = None,
        *,
        limit: int = MAX_PAGE,
        starting_after: str | None = None,
    ) -> list[Transaction]:
        """One page (newest first); pass the last id as `starting_after` for the next.

        The page is validated in a worker thread, so a GUI on this loop does not stall.
        """
        if not 1 <= limit <= MAX_PAGE:
            raise LocalValidationError(f"limit must be between 1 and {MAX_PAGE}.")
        params: QueryParams = filter.to_params() if filter else []
        params.append(("limit", str(limit)))
        if starting_after:
            params.append(("starting_after", starting_after))
        response = await self._transport.read(
            f"{self.config.checkout_url}/v1/transactions", params=params
        )
        return await decode_list_off_loop(response, Transaction)

    async def iter_transactions(
        self, filter: TransactionFilter | None = None, *, page_size: int = MAX_PAGE
    ) -> AsyncIterator[Transaction]:
        """Every matching transaction, page by page over Dintero's cursor."""
        cursor: str | None = None
        seen_cursors: set[str] = set()
        while True:
            page = await self.list_transactions(filter, limit=page_size, starting_after=cursor)
            for transaction in page:
                yield transaction
            if len(page) < page_size:
                return
            cursor = page[-1].id
            if cursor in seen_cursors:  # a server that ignores the cursor must not loop us
                return
            seen_cursors.add(cursor)

    async def update_merchant_reference_2(self, transaction_id: str, value: str) -> Transaction:
        response = await self._transport.write(
            "PUT",
            f"{self.config.checkout_url}/v1/transactions/{path_segment(transaction_id)}",
            json_body={"merchant_reference_2": value},
        )
        return decode(response, Transaction)

    # -- safe money moves -----------------------------------------------------------

    async def move(
        self,
        operation: Operation,
        transaction_id: str,
        request: CaptureRequest | RefundRequest | None = None,
        *,
        journal: BeforeSend | None = None,
        on_uncertain: OnUncertain | None = None,
        basis: Transaction | None = None,
    ) -> OperationOutcome:
        """Capture, refund or void by the rules in `operations`; never sent twice.

        `request` None means everything left (by lines when they add up); a void takes
        none. `journal(prepared)` is awaited just before sending (record the reference
        there; raising stops the send). `on_uncertain(prepared, error)`, sync or async,
        is called when the send got no clear answer, before the transaction is re-read to
        settle it. `basis`, the transaction as last read, skips the first read: pass it
        only for a first send under a reference that was never sent.
        """
        if operation is Operation.VOID and request is not None:
            raise LocalValidationError("A void takes no amount or lines.")
        if operation is Operation.CAPTURE and isinstance(request, RefundRequest):
            raise LocalValidationError("A capture needs a capture request.")
        if operation is Operation.REFUND and isinstance(request, CaptureRequest):
            raise LocalValidationError("A refund needs a refund request.")
        return await self._moves.run(
            operation,
            transaction_id,
            request,
            journal=journal,
            on_uncertain=on_uncertain,
            basis=basis,
        )

    async def wait_for_completion(
        self,
        transaction_id: str,
        event_request_id: str,
        timeout_s: float = 30.0,
        *,
        pending: OperationOutcome | None = None,
    ) -> OperationOutcome:
        """Poll after a 202 until the correlated event settles it; never resends.

        Pass the 202's `pending` outcome: it comes back (still `pending`, with the
        latest transaction) when the event cannot be matched or read within `timeout_s`.
        """
        return await self._moves.wait_for_completion(
            transaction_id, event_request_id, timeout_s, pending=pending
        )

    async def find_outcome(
        self, transaction_id: str, operation: Operation, reference: str
    ) -> OperationOutcome | None:
        """Settle a journaled move by its reference (e.g. after a crash); None if absent."""
        return await self._moves.find_outcome(transaction_id, operation, reference)

    # -- authorization extension ----------------------------------------------------

    async def extend_authorization(
        self, transaction_id: str, *, reason: str, reference: str | None = None
    ) -> ExtendedAuthorization:
        """Extend a Klarna authorization (`POST /v1/transactions/{id}/authorization`).

        The checkout spec's "Extend authorization (Klarna)": `reason` and `reference`,
        no amount. Sent once, never repeated; journal the reference before calling and
        the answer's `request_id` after. `authorization.is_extendable` says which
        payments can be extended.
        """
        if not reason.strip():
            raise LocalValidationError(
                translate("Operations", "Say why the authorization is extended.")
            )
        reference = reference or new_operation_reference("ext")
        response = await self._transport.write(
            "POST",
            f"{self.config.checkout_url}/v1/transactions/{path_segment(transaction_id)}/authorization",
            json_body={"reason": reason, "reference": reference},
        )
        return ExtendedAuthorization(
            decode(response, Transaction), reference, request_id_of(response)
        )

    # -- Orders API -----------------------------------------------------------------

    async def create_draft_order(
        self, currency: str, items: Sequence[OrderLine], *, order_id: str | None = None
    ) -> DraftOrder:
        """A draft order; Dintero generates a 9-character order id unless `order_id` is given."""
        options: dict[str, Any] = (
            {"order_id": order_id} if order_id else {"generate_order_id": "ALPHANUMERIC_9"}
        )
        response = await self._transport.write(
            "POST",
            f"{self.config.orders_url}/draft_orders",
            json_body={
                "options": options,
                "order": {"currency": currency, "items": [i.to_payload() for i in items]},
            },
        )
        return decode(response, DraftOrder)

    async def complete_draft_order(self, draft_order_id: str) -> Order:
        """Make the draft an active order; Dintero answers `{"orders": [order]}`."""
        response = await self._transport.write(
            "PUT", f"{self.config.orders_url}/draft_orders/{path_segment(draft_order_id)}/complete"
        )
        completed = decode(response, CompletedDraft)
        if not completed.orders:
            raise ResponseFormatError(
                "completing the draft order answered no order", request_id=request_id_of(response)
            )
        return completed.orders[0]

    async def get_order(self, order_id: str) -> Order:
        response = await self._transport.read(
            f"{self.config.orders_url}/orders/{path_segment(order_id)}"
        )
        return decode(response, Order)

    async def record_order_authorization(
        self,
        order_id: str,
        transaction_id: str,
        items: Sequence[OrderRecordItem],
        *,
        success: bool = True,
        processed_at: datetime | None = None,
        payment_product_type: str | None = None,
    ) -> OrderRecord:
        """Record that checkout authorized the order's payment (`transaction_id`)."""
        return await self._record(
            order_id,
            "authorizations",
            transaction_id,
            items,
            success=success,
            processed_at=processed_at,
            payment_product_type=payment_product_type,
        )

    async def record_order_capture(
        self,
        order_id: str,
        transaction_id: str,
        items: Sequence[OrderRecordItem],
        *,
        success: bool = True,
        processed_at: datetime | None = None,
        payment_product_type: str | None = None,
        authorization_id: str | None = None,
    ) -> OrderRecord:
        """Record a capture that succeeded at checkout (run the checkout capture first)."""
        return await self._record(
            order_id,
            "captures",
            transaction_id,
            items,
            success=success,
            processed_at=processed_at,
            payment_product_type=payment_product_type,
            authorization_id=authorization_id,
        )

    async def record_order_refund(
        self,
        order_id: str,
        transaction_id: str,
        items: Sequence[OrderRecordItem],
        *,
        success: bool = True,
        processed_at: datetime | None = None,
        payment_product_type: str | None = None,
        authorization_id: str | None = None,
    ) -> OrderRecord:
        """Record a refund that succeeded at checkout."""
        return await self._record(
            order_id,
            "refunds",
            transaction_id,
            items,
            success=success,
            processed_at=processed_at,
            payment_product_type=payment_product_type,
            authorization_id=authorization_id,
        )

    async def record_order_cancellation(
        self,
        order_id: str,
        transaction_id: str,
        items: Sequence[OrderRecordItem] = (),
        *,
        reason: str | None = None,
        processed_at: datetime | None = None,
    ) -> OrderRecord:
        """Record that the uncaptured order was cancelled (after voiding the transaction)."""
        return await self._record(
            order_id,
            "cancellations",
            transaction_id,
            items,
            processed_at=processed_at,
            reason=reason,
        )

    async def _record(
        self,
        order_id: str,
        kind: str,
        transaction_id: str,
        items: Sequence[OrderRecordItem],
        *,
        success: bool = True,
        processed_by: str = "dintero-checkout",
        processed_at: datetime | None = None,
        authorization_id: str | None = None,
        payment_product_type: str | None = None,
        reason: str | None = None,
    ) -> OrderRecord:
        details: dict[str, Any] = {"payment_id": transaction_id}
        if payment_product_type:
            details["payment_product_type"] = payment_product_type
        body: dict[str, Any] = {
            "items": [item.model_dump() for item in items],
            "payment_details": details,
            "success": success,
            "processed_by": processed_by,
        }
        if processed_at is not None:
            body["processed_at"] = format_time(processed_at)
        if authorization_id:
            body["authorization_id"] = authorization_id
        if reason:  # the record has no reason field: "Additional details" are metadata
            body["metadata"] = {"reason": reason}
        response = await self._transport.write(
            "POST",
            f"{self.config.orders_url}/orders/{path_segment(order_id)}/{kind}",
            json_body=body,
        )
        return decode(response, OrderRecord)


# Imported by httpx/httpcore on the first request, not at import time.
_FIRST_REQUEST_MODULES = ("sniffio", "anyio._backends._asyncio", "anyio.streams.tls")
_C = TypeVar("_C", bound=DinteroClient)


def _built_and_warm(cls: type[_C], config: ClientConfig) -> _C:
    for name in _FIRST_REQUEST_MODULES:
        importlib.import_module(name)
    return cls(config)
