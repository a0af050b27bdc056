"""The link history as a table: immutable ``LinkRecord`` rows, columns as an enum, raw
values under ``SORT_ROLE`` and the record itself under ``ROW_ROLE``."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.money import format_amount
from app.core.phone import format_phone_display
from app.desk.link_status import state_label
from app.desk.status_pills import PILL_TONES, link_pill
from app.storage.links import LinkRecord
from app.ui import style
from app.ui.icon_set import pill_icon
from app.ui.table_model import ROW_ROLE, SORT_ROLE, RowTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "HistoryColumn", "HistoryModel"]


class HistoryColumn(enum.IntEnum):
    CREATED = 0
    REFERENCE = 1
    AMOUNT = 2
    CUSTOMER = 3
    STATE = 4


_TITLES = {
    HistoryColumn.CREATED: QT_TRANSLATE_NOOP("TableHeader", "Created"),
    HistoryColumn.REFERENCE: QT_TRANSLATE_NOOP("TableHeader", "Reference"),
    HistoryColumn.AMOUNT: QT_TRANSLATE_NOOP("TableHeader", "Amount"),
    HistoryColumn.CUSTOMER: QT_TRANSLATE_NOOP("TableHeader", "Customer"),
    HistoryColumn.STATE: QT_TRANSLATE_NOOP("TableHeader", "State"),
}
_PILL_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole)
_SHORT_STATES = {
    "creating": QT_TRANSLATE_NOOP("HistoryModel", "Not confirmed"),
    "open": QT_TRANSLATE_NOOP("HistoryModel", "Open"),
    "opened": QT_TRANSLATE_NOOP("HistoryModel", "Opened"),
    "failed_attempt": QT_TRANSLATE_NOOP("HistoryModel", "Failed attempt"),
    "processing": QT_TRANSLATE_NOOP("HistoryModel", "In progress"),
    "on_hold": QT_TRANSLATE_NOOP("HistoryModel", "On hold"),
    "paid": QT_TRANSLATE_NOOP("HistoryModel", "Paid"),
    "payment_failed": QT_TRANSLATE_NOOP("HistoryModel", "Payment failed"),
    "declined": QT_TRANSLATE_NOOP("HistoryModel", "Declined"),
    "cancelled": QT_TRANSLATE_NOOP("HistoryModel", "Cancelled"),
    "expired": QT_TRANSLATE_NOOP("HistoryModel", "Expired"),
    "voided": QT_TRANSLATE_NOOP("HistoryModel", "Voided"),
    "partly_refunded": QT_TRANSLATE_NOOP("HistoryModel", "Partly refunded"),
    "refunded": QT_TRANSLATE_NOOP("HistoryModel", "Refunded"),
}


class HistoryModel(RowTableModel[LinkRecord, HistoryColumn]):
    """Rows newest first as loaded; ``upsert`` keeps a row current as the tracker reports."""

    columns = HistoryColumn
    titles = _TITLES
    right_aligned = frozenset({HistoryColumn.AMOUNT})

    def upsert(self, record: LinkRecord) -> None:
        number = self.row_of(record.session_id)
        if number is None:
            self.insert_row(0, record)
        else:
            self.replace_row(number, record)

    def session_ids(self) -> list[str]:
        return [record.session_id for record in self._rows]

    def remove(self, session_id: str) -> None:
        row = self.row_of(session_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def record(self, row: int) -> LinkRecord:
        return self.row_at(row)

    def row_of(self, session_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.session_id == session_id), None)

    def display(self, row: LinkRecord, column: HistoryColumn) -> str:
        return _text(row, column)

    def sort_value(self, row: LinkRecord, column: HistoryColumn) -> Any:
        return _raw(row, column)

    def extra(self, row: LinkRecord, column: HistoryColumn, role: int) -> Any:
        if column == HistoryColumn.STATE and role in _PILL_ROLES:
            pill = link_pill(row.state)
            if role == Qt.ItemDataRole.DecorationRole:
                return pill_icon(pill)
            return style.colour(PILL_TONES[pill])
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if column == HistoryColumn.STATE:
            detail = f" — {row.state_detail}" if row.state_detail else ""
            return state_label(row.state)[0] + detail
        if column in (HistoryColumn.REFERENCE, HistoryColumn.CUSTOMER):
            return _text(row, column)  # whole, where the cell may be cut with "…"
        return None


def _raw(record: LinkRecord, column: HistoryColumn) -> Any:
    if column == HistoryColumn.CREATED:
        return record.created_at.timestamp()
    if column == HistoryColumn.REFERENCE:
        return record.merchant_reference
    if column == HistoryColumn.AMOUNT:
        return record.amount
    if column == HistoryColumn.CUSTOMER:
        return record.customer_phone or record.customer_email or ""
    return record.state


def _text(record: LinkRecord, column: HistoryColumn) -> str:
    if column == HistoryColumn.CREATED:
        return record.created_at.astimezone().strftime("%d.%m %H:%M")
    if column == HistoryColumn.REFERENCE:
        return record.merchant_reference
    if column == HistoryColumn.AMOUNT:
        return format_amount(record.amount, record.currency)
    if column == HistoryColumn.CUSTOMER:
        if record.customer_phone:
            return format_phone_display(record.customer_phone)
        return record.customer_email or "—"
    return QCoreApplication.translate("HistoryModel", _SHORT_STATES.get(record.state, record.state))
