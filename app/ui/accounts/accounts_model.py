"""The account list of the accounts dialog: immutable ``Account`` rows, columns as an enum."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.accounts.models import Account
from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui import style
from app.ui.style import Tone
from app.ui.table_model import ROW_ROLE, SORT_ROLE, RowTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "AccountColumn", "AccountsModel"]


class AccountColumn(enum.IntEnum):
    NAME = 0
    ACCOUNT_ID = 1
    ENVIRONMENT = 2


_TITLES = {
    AccountColumn.NAME: QT_TRANSLATE_NOOP("TableHeader", "Name"),
    AccountColumn.ACCOUNT_ID: QT_TRANSLATE_NOOP("TableHeader", "Account"),
    AccountColumn.ENVIRONMENT: QT_TRANSLATE_NOOP("TableHeader", "Environment"),
}


class AccountsModel(RowTableModel[Account, AccountColumn]):
    """Accounts in file order; production rows are marked in red."""

    columns = AccountColumn
    titles = _TITLES

    def account(self, row: int) -> Account:
        return self.row_at(row)

    def row_of(self, key: str) -> int | None:
        return next((n for n, a in enumerate(self._rows) if a.key == key), None)

    def display(self, row: Account, column: AccountColumn) -> str:
        if column == AccountColumn.NAME:
            return row.name
        if column == AccountColumn.ACCOUNT_ID:
            return row.account_id
        return self.tr("PRODUCTION") if row.is_production else self.tr("Test")

    def extra(self, row: Account, column: AccountColumn, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == AccountColumn.ENVIRONMENT
            and row.is_production
        ):
            return QBrush(style.colour(Tone.PRODUCTION))
        return None
