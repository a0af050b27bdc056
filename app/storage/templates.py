"""Saved order templates: the items a shop sells often, ready to drop into a new link.

Stored in their own small SQLite file beside the link history, kept the same way
(``app.storage.sqlite_db``): a damaged file is moved aside and a new, empty list started.
Calls block; the GUI runs them with ``asyncio.to_thread``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.errors import UserInputError
from app.core.vat import OrderLine
from app.storage.lines_json import lines_from_json, lines_to_json
from app.storage.sqlite_db import Database, Schema, encode_time

__all__ = ["TEMPLATES_FILE", "OrderTemplate", "TemplateError", "TemplateStore"]

TEMPLATES_FILE = "templates.sqlite3"


class TemplateError(UserInputError):
    """A template that cannot be saved; ``str()`` is for staff."""


@dataclass(frozen=True)
class OrderTemplate:
    """A named set of order lines in one currency."""

    name: str
    currency: str
    lines: tuple[OrderLine, ...]

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise TemplateError("Give the template a name")
        if not self.lines:
            raise TemplateError("A template needs at least one order line")


_SCHEMA = Schema(
    "template list",
    (
        (
            """
            CREATE TABLE templates (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                currency TEXT NOT NULL,
                lines_json TEXT NOT NULL,
                saved_at TEXT NOT NULL
            )
            """,
        ),
    ),
)


class TemplateStore:
    """List, save (create or replace by name) and delete templates.

    Nothing is read or written until the first call (or :meth:`open`).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = Database(path, _SCHEMA)

    @classmethod
    def in_directory(cls, data_dir: Path) -> TemplateStore:
        return cls(data_dir / TEMPLATES_FILE)

    def open(self) -> None:
        """Open the file now; raises ``StorageError`` when it cannot be used."""
        self._db.open()

    def close(self) -> None:
        self._db.close()

    def list(self) -> list[OrderTemplate]:
        with self._db.read() as db:
            rows = db.execute(
                "SELECT name, currency, lines_json FROM templates ORDER BY name COLLATE NOCASE"
            ).fetchall()
        templates: list[OrderTemplate] = []
        for row in rows:
            with self._db.decoding(f"template {row['name']!r}"):
                templates.append(
                    OrderTemplate(row["name"], row["currency"], lines_from_json(row["lines_json"]))
                )
        return templates

    def save(self, template: OrderTemplate) -> None:
        with self._db.write() as db:
            db.execute(
                "INSERT OR REPLACE INTO templates (name, currency, lines_json, saved_at) "
                "VALUES (?, ?, ?, ?)",
                (
                    template.name.strip(),
                    template.currency,
                    lines_to_json(template.lines),
                    encode_time(datetime.now(UTC)),
                ),
            )

    def delete(self, name: str) -> None:
        with self._db.write() as db:
            db.execute("DELETE FROM templates WHERE name = ?", (name,))
