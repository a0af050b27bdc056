"""The account list of the accounts dialog: immutable ``Account`` rows, columns as an enum."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.accounts.models import Account

__all__ = ["ROW_ROLE", "SORT_ROLE", "AccountColumn", "AccountsModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class AccountColumn(enum.IntEnum):
    NAME = 0
    ACCOUNT_ID = 1
    ENVIRONMENT = 2


_TITLES = {
    AccountColumn.NAME: "Name",
    AccountColumn.ACCOUNT_ID: "Account",
    AccountColumn.ENVIRONMENT: "Environment",
}


class AccountsModel(QAbstractTableModel):
    """Accounts in file order; production rows are marked in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Account] = []

    def set_rows(self, rows: list[Account]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def account(self, row: int) -> Account:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        return next((n for n, a in enumerate(self._rows) if a.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AccountColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(AccountColumn)
        ):
            return _TITLES[AccountColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(AccountColumn):
            return None
        account = self._rows[index.row()]
        column = AccountColumn(index.column())
        if role == ROW_ROLE:
            return account
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == AccountColumn.NAME:
                return account.name
            if column == AccountColumn.ACCOUNT_ID:
                return account.account_id
            return "PRODUCTION" if account.is_production else "Test"
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == AccountColumn.ENVIRONMENT
            and account.is_production
        ):
            return QBrush(QColor("#b3261e"))
        return None
