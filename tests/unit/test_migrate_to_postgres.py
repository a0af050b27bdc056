"""Moving in: a desk's own files copied into the shared database, safe to run again."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.journal import Journal, JournalQuery, Outcome
from app.storage.links import LinkState, LinkStore
from app.storage.migrate_to_postgres import main
from app.storage.postgres_db import PostgresServer
from app.storage.templates import OrderTemplate, TemplateStore
from tests.unit.test_journal import _attempt
from tests.unit.test_link_store import LINES, record

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shared(postgres_url: str, pg_schema: str) -> Iterator[PostgresServer]:
    server = PostgresServer(postgres_url, search_path=pg_schema)
    assert server.ping()  # creates the test's schema, which the command's URL names
    try:
        yield server
    finally:
        server.close()


def _schema_url(postgres_url: str, schema: str) -> str:
    """The test database with every table in ``schema`` (as the command would use it)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(postgres_url)
    parts["options"] = f"-c search_path={schema}"
    return make_conninfo("", **parts)


def _a_desk(folder: Path, *, reference_prefix: str) -> tuple[int, int]:
    """A desk's own files: journal rows (one settled, two open), links, a template."""
    with Journal.in_directory(folder) as journal:
        done = journal.record_attempt(_attempt(reference=f"{reference_prefix}-done"))
        journal.settle(done, Outcome.SUCCEEDED, request_id="req-1")
        first_open = journal.record_attempt(_attempt(reference=f"{reference_prefix}-open"))
        second_open = journal.record_attempt(_attempt(reference=f"{reference_prefix}-open2"))
    with LinkStore.in_directory(folder) as links:
        links.add(record(f"T1.{reference_prefix}-a", minutes=0))
        links.add(record(f"T1.{reference_prefix}-b", minutes=1, state=LinkState.PAID))
    templates = TemplateStore.in_directory(folder)
    templates.save(OrderTemplate("Socks", "NOK", LINES[:1]))
    templates.close()
    return first_open, second_open


def test_copying_twice_adds_nothing_and_never_sets_a_settled_row_back(
    tmp_path: Path, postgres_url: str, pg_schema: str, shared: PostgresServer
) -> None:
    front, back = tmp_path / "front", tmp_path / "back"
    first_open, second_open = _a_desk(front, reference_prefix="f")
    _a_desk(back, reference_prefix="b")
    url = _schema_url(postgres_url, pg_schema)

    assert main(["--from", str(front), "--to", url, "--desk", "Front desk"]) == 0
    assert main(["--from", str(back), "--to", url, "--desk", "Back office"]) == 0
    journal = Journal.shared(shared)
    rows = journal.query()
    assert sorted((r.reference, r.desk) for r in rows) == [
        ("b-done", "Back office"),
        ("b-open", "Back office"),
        ("b-open2", "Back office"),
        ("f-done", "Front desk"),
        ("f-open", "Front desk"),
        ("f-open2", "Front desk"),
    ]
    assert [r.reference for r in journal.unsettled()] == ["f-open", "f-open2", "b-open", "b-open2"]
    links = LinkStore.shared(shared)
    assert len(links.search(limit=100)) == 4
    assert [t.name for t in TemplateStore.shared(shared).list()] == ["Socks"]

    # Copying again, under another desk name, adds nothing.
    assert main(["--from", str(front), "--to", url, "--desk", "renamed desk"]) == 0
    assert len(journal.query()) == 6

    # Another desk settles one open row in the shared journal; the front desk, still on
    # its own file, settles both its open rows its own way, and cancels a link.
    (settled_here,) = journal.query(JournalQuery(reference="f-open2"))
    journal.settle(settled_here.id, Outcome.FAILED, message="not carried out")
    with Journal.in_directory(front) as local:
        local.settle(first_open, Outcome.SUCCEEDED, request_id="req-late")
        local.settle(second_open, Outcome.SUCCEEDED, request_id="req-other")
    with LinkStore.in_directory(front) as local_links:
        local_links.update_state("T1.f-a", LinkState.CANCELLED)
    assert main(["--from", str(front), "--to", url]) == 0
    (moved_in,) = journal.query(JournalQuery(reference="f-open"))
    assert (moved_in.outcome, moved_in.request_id) == (Outcome.SUCCEEDED, "req-late")
    assert journal.get(settled_here.id).outcome is Outcome.FAILED  # never set back
    assert links.get("T1.f-a") is not None
    assert links.get("T1.f-a").state == LinkState.CANCELLED  # type: ignore[union-attr]
    assert len(links.search(limit=100)) == 4
    assert len(journal.query()) == 6


def test_the_command_runs_as_a_module_and_reports_what_it_did(
    tmp_path: Path, postgres_url: str, pg_schema: str, shared: PostgresServer
) -> None:
    _a_desk(tmp_path, reference_prefix="m")
    url = _schema_url(postgres_url, pg_schema)
    command = [sys.executable, "-m", "app.storage.migrate_to_postgres", "--from", str(tmp_path)]
    env = dict(os.environ, PYTHONUTF8="1")
    first = subprocess.run(
        [*command, "--to", url], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert first.returncode == 0, first.stderr
    assert "journal rows: 3 read, 3 added or brought up to date" in first.stdout
    assert "templates: 1 read, 1 added" in first.stdout
    again = subprocess.run(
        [*command, "--to", url], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert again.returncode == 0, again.stderr
    assert "journal rows: 3 read, 0 added" in again.stdout
    assert "links and card-saving links: 2 read, 0 added" in again.stdout
    assert "password" not in first.stdout + again.stdout

    unreachable = subprocess.run(
        [*command, "--to", "postgresql://nobody@127.0.0.1:1/none"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert unreachable.returncode == 1
    assert "cannot be reached" in unreachable.stderr
