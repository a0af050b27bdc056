"""For the start-up benchmark: print when the first page of transactions is on screen."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject

from app.ui.transactions.page import TransactionsPage

__all__ = ["report_first_rows_painted"]


class _PaintedRows(QObject):
    def __init__(self, page: TransactionsPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows_in = False
        page.model.page_loaded.connect(self._rows_arrived)
        page.view.viewport().installEventFilter(self)

    def _rows_arrived(self, count: int) -> None:
        self.rows_in = self.rows_in or count > 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.rows_in:
            print(f"transactions-painted {time.time():.6f}", flush=True)
            os._exit(0)
        return False


def report_first_rows_painted(page: TransactionsPage) -> None:
    """Print ``transactions-painted <unix time>`` at the first paint with rows, then exit."""
    _PaintedRows(page)
