"""Write the filtered transaction list to CSV, every page, without freezing the window.

Pages are fetched over the cursor; each page's rows are written by a worker thread.
The file is what a spreadsheet in the user's language opens correctly (``CsvStyle``):
semicolons and ``120,50`` in Norwegian, Swedish or Danish, commas and ``120.50`` in
English, UTF-8 with a byte-order mark. It is written beside the target under a
temporary name and moved into place at the end, so a cancelled or failed export leaves
no half file behind; a folder that does not exist or cannot be written is said in
plain words (``ExportError``) before anything is fetched.
"""

from __future__ import annotations

import asyncio
import csv
import os
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication

from app.core.errors import UserFacingError
from app.core.spreadsheet_csv import ENCODING, CsvStyle
from app.dintero import DinteroClient, TransactionFilter
from app.storage.journal import csv_safe
from app.ui.transactions.list_model import PAGE_SIZE
from app.ui.transactions.rows import TransactionRow, row_from_transaction

__all__ = ["CSV_COLUMNS", "ExportError", "cannot_write", "export_transactions", "open_export_file"]


class ExportError(UserFacingError):
    """The file cannot be written where staff asked; the message says where and why."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.user_message = message
        self._details = details


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


def _values(row: TransactionRow, style: CsvStyle) -> list[object]:
    """One CSV row; customer-typed text never starts a formula (see `csv_safe`)."""
    return [
        csv_safe(value)
        for value in (
            row.id,
            row.created_at.isoformat() if row.created_at else "",
            row.status,
            style.amount(row.amount, row.currency),
            style.amount(row.captured, row.currency),
            style.amount(row.refunded, row.currency),
            row.currency,
            row.merchant_reference,
            row.customer,
            row.payment_product,
            row.session_id or "",
        )
    ]


def _write_rows(out: TextIO, rows: list[TransactionRow], style: CsvStyle) -> None:
    writer = csv.writer(out, delimiter=style.delimiter)
    writer.writerows(_values(row, style) for row in rows)
    out.flush()


def open_export_file(path: Path, named: Path | None = None) -> TextIO:
    """Open ``path`` for a spreadsheet CSV, or say in plain words why it cannot be written.

    ``named`` is the file staff chose, when ``path`` is a temporary name beside it.
    """
    chosen = named or path
    if not chosen.parent.is_dir():
        raise ExportError(
            QCoreApplication.translate(
                "ExportCsv",
                "The folder {parent} does not exist. Choose another folder, or create it first.",
            ).format(parent=chosen.parent),
            str(chosen),
        )
    try:
        return path.open("w", newline="", encoding=ENCODING)
    except OSError as error:
        raise cannot_write(chosen, error) from error


def cannot_write(path: Path, error: OSError) -> ExportError:
    """The plain words for a file the system refused to write (permissions, disk full…)."""
    reason = error.strerror or type(error).__name__
    return ExportError(
        QCoreApplication.translate(
            "ExportCsv",
            "Paydesk could not write {name} in {parent}: {reason}. Choose another "
            "folder or file name.",
        ).format(name=path.name, parent=path.parent, reason=reason),
        f"{type(error).__name__}: {error}",
    )


def _move_into_place(partial: Path, target: Path) -> None:
    try:
        os.replace(partial, target)
    except OSError as error:
        raise cannot_write(target, error) from error


async def export_transactions(
    client: DinteroClient,
    search: TransactionFilter,
    target: Path,
    on_progress: Callable[[int], None] | None = None,
    style: CsvStyle | None = None,
) -> int:
    """Export every matching transaction to ``target``; returns the row count.

    ``style`` is the user's spreadsheet locale; English marks when not given.
    """
    style = style or CsvStyle.for_locale("en_US")
    partial = target.with_name(target.name + ".part")
    out = await asyncio.to_thread(open_export_file, partial, target)
    count = 0
    try:
        writer = csv.writer(out, delimiter=style.delimiter)
        await asyncio.to_thread(writer.writerow, CSV_COLUMNS)
        cursor: str | None = None
        while True:
            page = await client.list_transactions(search, limit=PAGE_SIZE, starting_after=cursor)
            rows = [row_from_transaction(t) for t in page]
            await asyncio.to_thread(_write_rows, out, rows, style)
            count += len(rows)
            if on_progress is not None:
                on_progress(count)
            if len(page) < PAGE_SIZE:
                break
            cursor = page[-1].id
        await asyncio.to_thread(out.close)
        await asyncio.to_thread(_move_into_place, partial, target)
    except BaseException:
        out.close()
        partial.unlink(missing_ok=True)
        raise
    return count
