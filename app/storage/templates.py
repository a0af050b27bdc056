"""Saved order templates: the items a shop sells often, ready to drop into a new link.

Stored in their own small SQLite file beside the link history, with the same WAL mode and
versioned schema. Calls block; the GUI runs them with ``asyncio.to_thread``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.errors import UserInputError
from app.core.vat import OrderLine
from app.storage.links import connect, lines_from_json, lines_to_json, migrate

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


_SCHEMA: tuple[str, ...] = (
    """
    CREATE TABLE templates (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        currency TEXT NOT NULL,
        lines_json TEXT NOT NULL,
        saved_at TEXT NOT NULL
    );
    """,
)


class TemplateStore:
    """List, save (create or replace by name) and delete templates."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._ready = False

    @classmethod
    def in_directory(cls, data_dir: Path) -> TemplateStore:
        return cls(data_dir / TEMPLATES_FILE)

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        with connect(self.path) as connection:
            if not self._ready:
                migrate(connection, _SCHEMA, "template list")
                self._ready = True
            yield connection

    def list(self) -> list[OrderTemplate]:
        with self._connection() as db:
            rows = db.execute(
                "SELECT name, currency, lines_json FROM templates ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [
            OrderTemplate(row["name"], row["currency"], lines_from_json(row["lines_json"]))
            for row in rows
        ]

    def save(self, template: OrderTemplate) -> None:
        with self._connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO templates (name, currency, lines_json, saved_at) "
                "VALUES (?, ?, ?, ?)",
                (
                    template.name.strip(),
                    template.currency,
                    lines_to_json(template.lines),
                    datetime.now(UTC).isoformat(),
                ),
            )

    def delete(self, name: str) -> None:
        with self._connection() as db:
            db.execute("DELETE FROM templates WHERE name = ?", (name,))
