"""Moving in: copy a desk's own link history, journal and templates into the shared database.

    python -m app.storage.migrate_to_postgres --from DATA_DIR --to URL [--desk NAME]

``DATA_DIR`` is the desk's data folder (where ``journal.sqlite3`` and ``links.sqlite3``
are); ``URL`` the shared database's connection string. The password may be in the URL,
in ``PGPASSWORD`` or in ``~/.pgpass`` (it is never printed). Safe to run again, from
every desk, in any order: a journal row is known by where it came from, so it is copied
once, and later runs only bring rows up to date that changed on the desk since (a row
settled in the shared database meanwhile is never set back); a link is replaced only by
a newer state of it; a template whose name the shop already uses is left alone. The
desk's files are only read (an older journal file gains the desk column first, as on
any start of this Paydesk).
"""

from __future__ import annotations

import argparse
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from app.storage.errors import StorageError
from app.storage.journal import JOURNAL_FILE_NAME, Journal, JournalQuery
from app.storage.links import LINKS_FILE, LinkStore
from app.storage.postgres_db import PostgresServer
from app.storage.templates import TEMPLATES_FILE, TemplateStore

__all__ = ["Copied", "copy_desk", "main"]

_ALL = 10_000_000


@dataclass(frozen=True)
class Copied:
    """How many rows were read from the desk, and how many of them changed the database."""

    journal: tuple[int, int]
    links: tuple[int, int]
    templates: tuple[int, int]

    def lines(self) -> list[str]:
        return [
            f"{name}: {read} read, {changed} added or brought up to date"
            for name, (read, changed) in (
                ("journal rows", self.journal),
                ("links and card-saving links", self.links),
                ("templates", self.templates),
            )
        ]


def copy_desk(data_dir: Path, server: PostgresServer, *, desk: str) -> Copied:
    """Copy what the desk's files in ``data_dir`` hold into the shared database."""
    journal_counts = (0, 0)
    if (data_dir / JOURNAL_FILE_NAME).exists():
        with Journal.in_directory(data_dir) as source:
            entries = source.query(JournalQuery(limit=_ALL))
        entries.reverse()  # oldest first: the shared ids keep their order
        # The file is known by the time of its first row (rows are never deleted):
        # stable across runs and renamed desks, different for every desk's file.
        origin = f"file:{entries[0].created_at.isoformat()}" if entries else "file"
        journal_counts = (
            len(entries),
            Journal.shared(server).copy_in(entries, origin=origin, desk=desk),
        )
    link_counts = (0, 0)
    if (data_dir / LINKS_FILE).exists():
        with LinkStore.in_directory(data_dir) as links:
            records = links.search(limit=_ALL)
            cards = links.all_saved_cards()
        records.reverse()
        link_counts = (
            len(records) + len(cards),
            LinkStore.shared(server).copy_in(records, cards),
        )
    template_counts = (0, 0)
    if (data_dir / TEMPLATES_FILE).exists():
        source_templates = TemplateStore.in_directory(data_dir)
        try:
            templates = source_templates.list()
        finally:
            source_templates.close()
        template_counts = (len(templates), TemplateStore.shared(server).copy_in(templates))
    return Copied(journal_counts, link_counts, template_counts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m app.storage.migrate_to_postgres",
        description=(
            "Copy a desk's own link history, audit journal and templates into the shop's "
            "shared PostgreSQL database. Safe to run again."
        ),
    )
    parser.add_argument("--from", dest="source", required=True, type=Path, help="data folder")
    parser.add_argument("--to", dest="url", required=True, help="PostgreSQL connection string")
    parser.add_argument(
        "--desk",
        default=socket.gethostname().split(".")[0] or "desk",
        help="desk name written on journal rows that have none (default: this computer)",
    )
    options = parser.parse_args(argv)
    if not options.source.is_dir():
        print(f"Not a folder: {options.source}", file=sys.stderr)
        return 2
    server = PostgresServer(options.url)
    try:
        copied = copy_desk(options.source, server, desk=options.desk)
    except StorageError as error:
        print(f"Nothing more was copied: {error.user_message}", file=sys.stderr)
        if error.details:
            print(error.details, file=sys.stderr)
        return 1
    finally:
        server.close()
    print(f"Copied from {options.source} to {server.where}:")
    for line in copied.lines():
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
