"""A table model over immutable rows, shared by every table in the app.

Rows are plain immutable objects, columns an ``IntEnum``. Subclasses only say how a cell
reads (``display``), what it sorts by (``sort_value``, raw values such as minor units or
datetimes, so a ``QSortFilterProxyModel`` with ``SORT_ROLE`` sorts correctly) and any
extra role (tooltips, colours). ``ROW_ROLE`` returns the row object itself, so views work
through a proxy. ``data()`` only formats: it never does I/O.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

__all__ = ["ROW_ROLE", "SORT_ROLE", "Index", "RowTableModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

R = TypeVar("R")
C = TypeVar("C", bound=enum.IntEnum)


class RowTableModel(QAbstractTableModel, Generic[R, C]):
    """Immutable rows in a list; subclasses set ``columns`` and ``titles`` (by column, or a
    sequence in column order)."""

    columns: ClassVar[type[enum.IntEnum]]
    titles: ClassVar[Mapping[Any, str] | Sequence[str]]
    right_aligned: ClassVar[frozenset[Any]] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # ------------------------------------------------------------- row access
    def rows(self) -> tuple[R, ...]:
        """The rows in model order (a snapshot: change them through the methods below)."""
        return tuple(self._rows)

    def row_at(self, number: int) -> R:
        return self._rows[number]

    def set_rows(self, rows: Iterable[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Iterable[R]) -> None:
        new = list(rows)
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def replace_row(self, number: int, row: R) -> None:
        self._rows[number] = row
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def insert_row(self, number: int, row: R) -> None:
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.insert(number, row)
        self.endInsertRows()

    # ------------------------------------------------------------- cell reading
    def display(self, row: R, column: C) -> str:
        raise NotImplementedError

    def sort_value(self, row: R, column: C) -> Any:
        return self.display(row, column)

    def extra(self, row: R, column: C, role: int) -> Any:
        """Any other role (tooltip, foreground, font…); None by default."""
        return None

    # ------------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TableHeader", self.titles[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column: Any = self.columns(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right_aligned:
            return _RIGHT
        return self.extra(row, column, role)
