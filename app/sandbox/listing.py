"""`GET /v1/transactions`: every filter Dintero documents, over a per-account sorted index.

Transactions are walked newest first (created_at, then id) from the cursor position,
stopping as soon as `limit` matches are found, so a page costs little even with
10,000 transactions and nothing is copied per request.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from app.sandbox.clock import format_time, parse_time
from app.sandbox.errors import ApiError, Code
from app.sandbox.model import Json, Session, Transaction
from app.sandbox.state import SandboxState

__all__ = ["Query", "list_sessions", "list_transactions"]

Query = Mapping[str, Sequence[str]]
Predicate = Callable[[Transaction], bool]

_ARRAY_FIELDS: dict[str, Callable[[Transaction], str | None]] = {
    "id": lambda t: t.id,
    "status": lambda t: t.status,
    "payment_product": lambda t: t.payment_product,
    "payment_product_type": lambda t: t.payment_product_type,
    "card_brand": lambda t: str((t.card or {}).get("brand", "")).lower() or None,
    "currency": lambda t: t.currency,
    "session_id": lambda t: t.session_id,
    "store_id": lambda t: (t.store or {}).get("id"),
    "token_id": lambda t: t.card_tokens.get("payment_token_id"),
    "payout_correlation_id": lambda t: t.metadata.get("payout_correlation_id"),
}
_SCALAR_FIELDS: dict[str, Callable[[Transaction], Any]] = {
    "merchant_reference": lambda t: t.merchant_reference,
    "merchant_reference_2": lambda t: t.merchant_reference_2,
    "customer_id": lambda t: t.customer.get("customer_id"),
    "payment_operation": lambda t: t.payment_operation,
    "payout_destination_id": lambda t: t.metadata.get("payout_destination_id"),
}


def _values(query: Query, key: str) -> list[str]:
    """Repeated keys (`?status=A&status=B`), `key[]` and the comma form (`A,B`) all count."""
    raw = [*query.get(key, ()), *query.get(f"{key}[]", ())]
    return [part.strip() for value in raw for part in value.split(",") if part.strip()]


def _single(query: Query, key: str) -> str | None:
    values = query.get(key, ())
    return values[-1] if values else None


def _int(query: Query, key: str) -> int | None:
    value = _single(query, key)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError as exc:
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be an integer", key) from exc


def _time_range(query: Query, name: str) -> tuple[datetime | None, datetime | None, bool]:
    """(lower, upper, upper_inclusive); a date-only upper bound is exclusive next midnight."""
    lower_text, upper_text = _single(query, f"{name}.gte"), _single(query, f"{name}.lte")
    try:
        lower = parse_time(lower_text) if lower_text else None
        upper = parse_time(upper_text, upper_bound=True) if upper_text else None
    except ValueError as exc:
        raise ApiError.bad_request(
            Code.INVALID_REQUEST, "must be an ISO 8601 date or date-time", f"{name}.gte/lte"
        ) from exc
    inclusive = upper_text is None or len(upper_text.strip()) != 10
    return lower, upper, inclusive


def _event_time_filter(name: str, event_name: str, query: Query) -> Predicate | None:
    lower, upper, inclusive = _time_range(query, name)
    if lower is None and upper is None:
        return None
    low = format_time(lower) if lower else None
    high = format_time(upper) if upper else None

    def within(stamp: str) -> bool:
        if low is not None and stamp < low:
            return False
        if high is not None:
            return stamp <= high if inclusive else stamp < high
        return True

    def predicate(transaction: Transaction) -> bool:
        return any(
            e.get("event") == event_name and e.get("success") and within(str(e["created_at"]))
            for e in transaction.events
        )

    return predicate


def _search_text(transaction: Transaction) -> str:
    if not transaction.search_text:
        parts: list[Any] = [
            transaction.id,
            transaction.session_id,
            transaction.merchant_reference,
            transaction.merchant_reference_2,
            transaction.customer.get("phone_number"),
            transaction.customer.get("email"),
            transaction.card_tokens.get("payment_token_id"),
        ]
        for address in (transaction.shipping_address, transaction.billing_address):
            if address:
                parts.append(f"{address.get('first_name', '')} {address.get('last_name', '')}")
                parts.extend([address.get("phone_number"), address.get("email")])
        transaction.search_text = "\n".join(str(p).lower() for p in parts if p)
    return transaction.search_text


def _predicates(query: Query) -> list[Predicate]:
    predicates: list[Predicate] = []
    for key, getter in _ARRAY_FIELDS.items():
        wanted = set(_values(query, key))
        if key == "card_brand":
            wanted = {value.lower() for value in wanted}
        if wanted:
            predicates.append(lambda t, g=getter, w=wanted: g(t) in w)  # type: ignore[misc]
    for key, getter in _SCALAR_FIELDS.items():
        value = _single(query, key)
        if value is not None:
            predicates.append(lambda t, g=getter, v=value: g(t) == v)  # type: ignore[misc]
    exact, low, high = _int(query, "amount"), _int(query, "amount.gte"), _int(query, "amount.lte")
    if exact is not None:
        predicates.append(lambda t: t.amount == exact)
    if low is not None:
        predicates.append(lambda t: t.amount >= low)
    if high is not None:
        predicates.append(lambda t: t.amount <= high)
    created_low, created_high, inclusive = _time_range(query, "created_at")
    if created_low is not None:
        predicates.append(lambda t: t.created_at >= created_low)
    if created_high is not None:
        if inclusive:
            predicates.append(lambda t: t.created_at <= created_high)
        else:
            predicates.append(lambda t: t.created_at < created_high)
    for name, event_name in (("captured_at", "CAPTURE"), ("refunded_at", "REFUND")):
        predicate = _event_time_filter(name, event_name, query)
        if predicate is not None:
            predicates.append(predicate)
    search = (_single(query, "search") or "").strip().lower()
    if search:
        predicates.append(lambda t: search in _search_text(t))
    return predicates


def _newest_first(timeline: list[Transaction], starting_after: Transaction | None) -> Iterable[int]:
    end = len(timeline)
    if starting_after is not None:
        end = bisect.bisect_left(timeline, starting_after.sort_key(), key=Transaction.sort_key)
    return range(end - 1, -1, -1)


def list_transactions(state: SandboxState, account_id: str, query: Query) -> list[Json]:
    limit = _int(query, "limit")
    limit = 10 if limit is None else limit
    if not 1 <= limit <= 100:
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be between 1 and 100", "limit")
    cursor: Transaction | None = None
    cursor_id = _single(query, "starting_after")
    if cursor_id:
        cursor = state.transactions.get(cursor_id)
        if cursor is None or cursor.account_id != account_id:
            raise ApiError.bad_request(
                Code.INVALID_REQUEST, "is not a transaction of this account", "starting_after"
            )
    predicates = _predicates(query)
    only_successful = "events.success.true" in _values(query, "includes")
    timeline = state.timeline.get(account_id, [])
    page: list[Json] = []
    for index in _newest_first(timeline, cursor):
        transaction = timeline[index]
        if all(predicate(transaction) for predicate in predicates):
            page.append(transaction.to_json(only_successful_events=only_successful))
            if len(page) >= limit:
                break
    return page


def _session_search_text(session: Session) -> str:
    """merchant_reference, merchant_reference_2 and "{first_name} {last_name}"."""
    order = session.order
    parts: list[Any] = [order.get("merchant_reference"), order.get("merchant_reference_2")]
    for key in ("shipping_address", "billing_address"):
        address = order.get(key) or {}
        parts.append(f"{address.get('first_name', '')} {address.get('last_name', '')}".strip())
    return "\n".join(str(p).lower() for p in parts if p)


def _session_predicates(query: Query) -> list[Callable[[Session], bool]]:
    predicates: list[Callable[[Session], bool]] = []
    ids = set(_values(query, "id"))
    if ids:
        predicates.append(lambda s: s.id in ids)
    transaction_ids = set(_values(query, "transaction_id"))
    if transaction_ids:
        predicates.append(lambda s: s.transaction_id in transaction_ids)
    stores = set(_values(query, "store_id"))
    if stores:
        predicates.append(lambda s: (s.order.get("store") or {}).get("id") in stores)
    low, high, inclusive = _time_range(query, "created_at")
    if low is not None:
        predicates.append(lambda s: s.created_at >= low)
    if high is not None:
        predicates.append(
            (lambda s: s.created_at <= high) if inclusive else (lambda s: s.created_at < high)
        )
    search = (_single(query, "search") or "").strip().lower()
    if search:
        predicates.append(lambda s: search in _session_search_text(s))
    return predicates


def list_sessions(state: SandboxState, account_id: str, query: Query) -> list[Json]:
    """`GET /v1/sessions`: the account's sessions newest first, as a bare array.

    Query (the Checkout API's session list): `limit` (1–100, default 10),
    `starting_after` (a session id), `id`, `search` ("will try to match the search to
    either merchant_reference, merchant_reference_2, or the customer name using the
    format `{first_name} {last_name}`"; here: case-insensitive part of one of those),
    `transaction_id`, `created_at.gte`/`.lte`, `store_id`.
    """
    limit = _int(query, "limit")
    limit = 10 if limit is None else limit
    if not 1 <= limit <= 100:
        raise ApiError.bad_request(Code.INVALID_REQUEST, "must be between 1 and 100", "limit")
    # Newest first; sessions created in the same instant keep their creation order.
    ordered = [s for s in state.sessions.values() if s.account_id == account_id]
    position_of = {s.id: n for n, s in enumerate(ordered)}
    newest_first = sorted(ordered, key=lambda s: (s.created_at, position_of[s.id]), reverse=True)
    cursor_id = _single(query, "starting_after")
    if cursor_id:
        position = next((i for i, s in enumerate(newest_first) if s.id == cursor_id), None)
        if position is None:
            raise ApiError.bad_request(
                Code.INVALID_REQUEST, "is not a session of this account", "starting_after"
            )
        newest_first = newest_first[position + 1 :]
    predicates = _session_predicates(query)
    page: list[Json] = []
    for session in newest_first:
        if all(predicate(session) for predicate in predicates):
            page.append(session.to_json())
            if len(page) >= limit:
                break
    return page
