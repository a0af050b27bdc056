"""Saved order templates: the items a shop sells often, ready to drop into a new link.

Stored in their own small SQLite file beside the link history, kept the same way
(``app.storage.sqlite_db``): a damaged file is moved aside and a new, empty list started.
On the shared PostgreSQL database every desk of the shop shares one list (names compare
without regard to case there too, through a case-blind collation). Calls block; the GUI
runs them with ``asyncio.to_thread``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import UserInputError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.vat import OrderLine
from app.storage.backend import StoreDatabase
from app.storage.lines_json import lines_from_json, lines_to_json
from app.storage.links import ShippingLine, shipping_from_json, shipping_to_json
from app.storage.schema import Engine, Only, Schema, encode_time, notify_changes, upsert
from app.storage.sqlite_db import Database

if TYPE_CHECKING:  # psycopg loads only for a desk on the shared database
    from app.storage.postgres_db import PostgresServer

__all__ = ["TEMPLATES_FILE", "OrderTemplate", "TemplateError", "TemplateStore"]

TEMPLATES_FILE = "templates.sqlite3"


class TemplateError(UserInputError):
    """A template that cannot be saved; ``str()`` is for staff."""


@dataclass(frozen=True)
class OrderTemplate:
    """A named set of order lines in one currency, with its shipping or pick-up line."""

    name: str
    currency: str
    lines: tuple[OrderLine, ...]
    shipping: ShippingLine | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise TemplateError(translate("Storage", "Give the template a name"))
        if not self.lines:
            raise TemplateError(translate("Storage", "A template needs at least one order line"))


_SCHEMA = Schema(
    QT_TRANSLATE_NOOP("Storage", "template list"),
    (
        (
            Only(
                Engine.POSTGRES,
                "CREATE COLLATION IF NOT EXISTS nocase "
                "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
            ),
            """
            CREATE TABLE templates (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                currency TEXT NOT NULL,
                lines_json TEXT NOT NULL,
                saved_at TEXT NOT NULL
            )
            """,
            *notify_changes("templates", "name"),
        ),
        ("ALTER TABLE templates ADD COLUMN shipping_json TEXT",),
    ),
    key="templates",
)
_PUT = upsert(
    "templates", ("name", "currency", "lines_json", "saved_at", "shipping_json"), ("name",)
)


class TemplateStore:
    """List, save (create or replace by name) and delete templates.

    Nothing is read or written until the first call (or :meth:`open`).
    """

    def __init__(self, path: Path | None = None, *, database: StoreDatabase | None = None) -> None:
        if database is None:
            if path is None:
                raise TypeError("TemplateStore needs a path or a database")
            database = Database(path, _SCHEMA)
        self.path = path
        self._db = database

    @classmethod
    def in_directory(cls, data_dir: Path) -> TemplateStore:
        return cls(data_dir / TEMPLATES_FILE)

    @classmethod
    def shared(cls, server: PostgresServer) -> TemplateStore:
        """The one template list of every desk on the shared database."""
        from app.storage.postgres_db import PostgresDatabase

        return cls(database=PostgresDatabase(server, _SCHEMA))

    def open(self) -> None:
        """Open the file now; raises ``StorageError`` when it cannot be used."""
        self._db.open()

    def close(self) -> None:
        self._db.close()

    def list(self) -> list[OrderTemplate]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT name, currency, lines_json, shipping_json FROM templates "
                "ORDER BY name COLLATE NOCASE"
            ).fetchall()
        templates: list[OrderTemplate] = []
        for row in rows:
            with self._db.decoding(f"template {row['name']!r}"):
                templates.append(
                    OrderTemplate(
                        row["name"],
                        row["currency"],
                        lines_from_json(row["lines_json"]),
                        shipping_from_json(row["shipping_json"]),
                    )
                )
        return templates

    def save(self, template: OrderTemplate) -> None:
        with self._db.write() as db:
            db.execute(
                _PUT,
                (
                    template.name.strip(),
                    template.currency,
                    lines_to_json(template.lines),
                    encode_time(datetime.now(UTC)),
                    shipping_to_json(template.shipping),
                ),
            )

    def copy_in(self, templates: Sequence[OrderTemplate]) -> int:
        """Add templates from another list (a desk's own file) whose names are not taken
        yet; returns how many were added. The shared list wins over a desk's copy."""
        added = 0
        with self._db.write() as db:
            for template in templates:
                row = db.execute(
                    "INSERT INTO templates (name, currency, lines_json, saved_at, shipping_json) "
                    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING name",
                    (
                        template.name.strip(),
                        template.currency,
                        lines_to_json(template.lines),
                        encode_time(datetime.now(UTC)),
                        shipping_to_json(template.shipping),
                    ),
                ).fetchone()
                added += row is not None
        return added

    def delete(self, name: str) -> None:
        with self._db.write() as db:
            db.execute("DELETE FROM templates WHERE name = ?", (name,))
