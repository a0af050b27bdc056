"""Write the filtered transaction list to CSV, every page, without freezing the window.

Pages are fetched over the cursor; each page's rows are written by a worker thread.
Amounts are decimal numbers with a dot (``120.50``) beside their currency. The file
is written beside the target under a temporary name and moved into place at the end,
so a cancelled or failed export leaves no half file behind.
"""

from __future__ import annotations

import asyncio
import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from app.dintero import DinteroClient, TransactionFilter
from app.storage.journal import csv_amount, csv_safe
from app.ui.transactions.list_model import PAGE_SIZE
from app.ui.transactions.rows import TransactionRow, row_from_transaction

__all__ = ["CSV_COLUMNS", "export_transactions"]

CSV_COLUMNS = (
    "id",
    "created_at",
    "status",
    "amount",
    "captured",
    "refunded",
    "currency",
    "merchant_reference",
    "customer",
    "payment_product",
    "session_id",
)


def _values(row: TransactionRow) -> list[object]:
    """One CSV row; customer-typed text never starts a formula (see `csv_safe`)."""
    return [
        csv_safe(value)
        for value in (
            row.id,
            row.created_at.isoformat() if row.created_at else "",
            row.status,
            csv_amount(row.amount, row.currency),
            csv_amount(row.captured, row.currency),
            csv_amount(row.refunded, row.currency),
            row.currency,
            row.merchant_reference,
            row.customer,
            row.payment_product,
            row.session_id or "",
        )
    ]


def _write_rows(out: TextIO, rows: list[TransactionRow]) -> None:
    writer = csv.writer(out)
    writer.writerows(_values(row) for row in rows)
    out.flush()


async def export_transactions(
    client: DinteroClient,
    search: TransactionFilter,
    target: Path,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Export every matching transaction to ``target``; returns the row count."""
    partial = target.with_name(target.name + ".part")
    out = await asyncio.to_thread(partial.open, "w", newline="", encoding="utf-8")
    count = 0
    try:
        await asyncio.to_thread(csv.writer(out).writerow, CSV_COLUMNS)
        cursor: str | None = None
        while True:
            page = await client.list_transactions(search, limit=PAGE_SIZE, starting_after=cursor)
            rows = [row_from_transaction(t) for t in page]
            await asyncio.to_thread(_write_rows, out, rows)
            count += len(rows)
            if on_progress is not None:
                on_progress(count)
            if len(page) < PAGE_SIZE:
                break
            cursor = page[-1].id
        await asyncio.to_thread(out.close)
        await asyncio.to_thread(os.replace, partial, target)
    except BaseException:
        out.close()
        partial.unlink(missing_ok=True)
        raise
    return count
