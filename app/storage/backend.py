"""What a store needs from its database, whichever engine holds it.

The journal, the link history and the templates are written once against
:class:`StoreDatabase`: ``read()`` and ``write()`` hand out a :class:`Session` whose
``execute`` takes the store's SQL (``?`` placeholders, see ``app.storage.schema``) and
returns a cursor whose rows are read by column name. :class:`RowDecoding` turns what a
damaged row makes the decoding code raise into the store's own error, the same way for
both engines.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, Protocol

from app.core.i18n import translate
from app.storage.errors import StorageError
from app.storage.schema import Dialect, Schema, parse_time

__all__ = ["Cursor", "RowDecoding", "Session", "StoreDatabase"]


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class Session(Protocol):
    """One connection for the length of a ``read()`` or ``write()`` block."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Cursor: ...


class StoreDatabase(Protocol):
    """One store's tables on one engine (a SQLite file, or a shared PostgreSQL database)."""

    schema: Schema
    error: type[StorageError]
    dialect: Dialect

    @property
    def where(self) -> str:
        """Where the store lives, for messages (a file name, or the shared database)."""

    def open(self) -> None: ...

    def close(self) -> None: ...

    def read(self) -> contextlib.AbstractContextManager[Session]: ...

    def write(self) -> contextlib.AbstractContextManager[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""

    def decode_time(self, text: object, row: str = "") -> datetime: ...

    def decode_optional_time(self, text: object, row: str = "") -> datetime | None: ...

    def decoding(self, row: str) -> contextlib.AbstractContextManager[None]: ...


class RowDecoding:
    """Reading stored values back; a damaged one raises the store's error, never a bare
    ``ValueError``. Needs ``error``, ``schema`` and ``where`` from the database class."""

    error: type[StorageError]
    schema: Schema

    @property
    def where(self) -> str:
        raise NotImplementedError

    def decode_time(self, text: object, row: str = "") -> datetime:
        """A stored timestamp (of ``row``, for the message)."""
        try:
            return parse_time(text)
        except ValueError as error:
            where = f"{row}: timestamp {text!r}" if row else f"timestamp {text!r}"
            raise self._damaged_row(where, error) from error

    def decode_optional_time(self, text: object, row: str = "") -> datetime | None:
        return None if text is None else self.decode_time(text, row)

    @contextlib.contextmanager
    def decoding(self, row: str) -> Iterator[None]:
        """Turn what a damaged row makes the decoding code raise into the store's error."""
        try:
            yield
        except (ValueError, TypeError, KeyError, IndexError, ArithmeticError) as error:
            raise self._damaged_row(row, error) from error

    def _damaged_row(self, row: str, error: BaseException) -> StorageError:
        return self.error(
            translate(
                "Storage",
                "A record in the {store} ({file}) is damaged and cannot be read. Keep it for "
                "support.",
            ).format(store=self.schema.words, file=self.where),
            f"{self.where}: {row}: {type(error).__name__}: {error}",
        )
