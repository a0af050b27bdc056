"""Search filters for `GET /v1/transactions`, rendered to Dintero's query parameters.

Arrays repeat the key (`status=A&status=B`), except `payout_correlation_id`, which uses
the comma form. Times go out as ISO 8601 UTC; a plain date is sent as a date (Dintero
moves a date-only upper bound to the end of that day).
"""

from __future__ import annotations

from datetime import date, datetime

from app.dintero.models import DinteroModel, Money
from app.dintero.payloads import format_time

__all__ = ["QueryParams", "TransactionFilter"]

QueryParams = list[tuple[str, str]]

_REPEATED: dict[str, str] = {
    "ids": "id",
    "statuses": "status",
    "payment_products": "payment_product",
    "payment_product_types": "payment_product_type",
    "card_brands": "card_brand",
    "currencies": "currency",
    "session_ids": "session_id",
    "store_ids": "store_id",
    "token_ids": "token_id",
}
_SINGLE: dict[str, str] = {
    "merchant_reference": "merchant_reference",
    "merchant_reference_2": "merchant_reference_2",
    "customer_id": "customer_id",
    "payment_operation": "payment_operation",
    "payout_destination_id": "payout_destination_id",
    "search": "search",
}
_AMOUNTS: dict[str, str] = {
    "amount": "amount",
    "amount_gte": "amount.gte",
    "amount_lte": "amount.lte",
}
_TIMES: dict[str, str] = {
    "created_at_gte": "created_at.gte",
    "created_at_lte": "created_at.lte",
    "captured_at_gte": "captured_at.gte",
    "captured_at_lte": "captured_at.lte",
    "refunded_at_gte": "refunded_at.gte",
    "refunded_at_lte": "refunded_at.lte",
}


def _time_param(value: datetime | date) -> str:
    if isinstance(value, datetime):
        return format_time(value)
    return value.isoformat()


class TransactionFilter(DinteroModel):
    """Every filter of the transaction list; empty means "no filter"."""

    ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    payment_products: tuple[str, ...] = ()
    payment_product_types: tuple[str, ...] = ()
    card_brands: tuple[str, ...] = ()
    currencies: tuple[str, ...] = ()
    session_ids: tuple[str, ...] = ()
    store_ids: tuple[str, ...] = ()
    token_ids: tuple[str, ...] = ()
    payout_correlation_ids: tuple[str, ...] = ()
    merchant_reference: str | None = None
    merchant_reference_2: str | None = None
    customer_id: str | None = None
    payment_operation: str | None = None
    payout_destination_id: str | None = None
    amount: Money | None = None
    amount_gte: Money | None = None
    amount_lte: Money | None = None
    created_at_gte: datetime | date | None = None
    created_at_lte: datetime | date | None = None
    captured_at_gte: datetime | date | None = None
    captured_at_lte: datetime | date | None = None
    refunded_at_gte: datetime | date | None = None
    refunded_at_lte: datetime | date | None = None
    search: str | None = None
    only_successful_events: bool = False
    """`includes=events.success.true`: leave failed events out of each transaction."""

    def to_params(self) -> QueryParams:
        params: QueryParams = []
        for field, key in _REPEATED.items():
            params.extend((key, value) for value in getattr(self, field))
        if self.payout_correlation_ids:
            params.append(("payout_correlation_id", ",".join(self.payout_correlation_ids)))
        for field, key in _SINGLE.items():
            text = getattr(self, field)
            if text:
                params.append((key, text))
        for field, key in _AMOUNTS.items():
            number = getattr(self, field)
            if number is not None:
                params.append((key, str(number)))
        for field, key in _TIMES.items():
            moment = getattr(self, field)
            if moment is not None:
                params.append((key, _time_param(moment)))
        if self.only_successful_events:
            params.append(("includes", "events.success.true"))
        return params
