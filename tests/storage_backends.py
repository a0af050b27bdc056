"""Stores on either engine, for tests that must hold on both (see the ``backend`` fixture).

A :class:`StoreBackend` opens the journal, the link history, the templates and the leases
the way a desk does: on SQLite files in one folder, or on the shared PostgreSQL database
(one schema per test). :meth:`StoreBackend.another_desk` is a second desk on the same
data: its own connection pool on PostgreSQL, its own file handles on SQLite.
"""

from __future__ import annotations

from pathlib import Path

from app.storage.journal import Journal
from app.storage.leases import Leases, LocalLeases, PostgresLeases
from app.storage.links import LinkStore
from app.storage.postgres_db import PostgresServer
from app.storage.templates import TemplateStore


class StoreBackend:
    def __init__(self, folder: Path, postgres: tuple[str, str] | None) -> None:
        self.folder = folder
        self.postgres = postgres
        self.server = (
            PostgresServer(postgres[0], search_path=postgres[1], wait_s=10.0)
            if postgres is not None
            else None
        )
        self._local_leases = LocalLeases()
        self._others: list[StoreBackend] = []

    @property
    def engine(self) -> str:
        return "sqlite" if self.server is None else "postgres"

    def journal(self) -> Journal:
        if self.server is None:
            return Journal.in_directory(self.folder)
        return Journal.shared(self.server)

    def links(self) -> LinkStore:
        if self.server is None:
            return LinkStore.in_directory(self.folder)
        return LinkStore.shared(self.server)

    def templates(self) -> TemplateStore:
        if self.server is None:
            return TemplateStore.in_directory(self.folder)
        return TemplateStore.shared(self.server)

    def leases(self) -> Leases:
        if self.server is None:
            return self._local_leases
        return PostgresLeases(self.server)

    def another_desk(self) -> StoreBackend:
        """A second desk on the same data (a new pool; on SQLite the same folder)."""
        other = StoreBackend(self.folder, self.postgres)
        if self.server is None:
            other._local_leases = self._local_leases  # one desk per folder: one process
        self._others.append(other)
        return other

    def close(self) -> None:
        for other in self._others:
            other.close()
        if self.server is not None:
            self.server.close()
