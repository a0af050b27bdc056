"""The one SQLite module: files written by earlier Paydesk versions open and migrate, damaged
rows raise the store's error, and every store shares one error type."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.errors import UserFacingError
from app.core.vat import OrderLine
from app.storage.errors import StorageError
from app.storage.journal import Journal, JournalError, Outcome
from app.storage.links import LinkState, LinkStore, SavedCardRecord
from app.storage.sqlite_db import Database, Schema, encode_time
from app.storage.templates import OrderTemplate, TemplateStore

# The CREATE statements exactly as the previous Paydesk release ran them (one connection
# per call, steps split on ';'), so these files are what a shop has on disk today.
OLD_LINKS_STEP_1 = """
    CREATE TABLE links (
        session_id TEXT PRIMARY KEY,
        account_key TEXT NOT NULL,
        account_id TEXT NOT NULL,
        environment TEXT NOT NULL,
        kind TEXT NOT NULL,
        merchant_reference TEXT NOT NULL,
        currency TEXT NOT NULL,
        amount INTEGER NOT NULL,
        url TEXT NOT NULL,
        lines_json TEXT NOT NULL,
        shipping_json TEXT,
        customer_phone TEXT,
        customer_email TEXT,
        expires_at TEXT,
        auto_capture INTEGER NOT NULL,
        sms_status TEXT,
        state TEXT NOT NULL,
        state_detail TEXT NOT NULL,
        transaction_id TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX links_by_account ON links (account_key, created_at);
    CREATE INDEX links_by_state ON links (state);
"""
OLD_LINKS_STEP_2 = """
    CREATE TABLE saved_cards (
        session_id TEXT PRIMARY KEY,
        account_key TEXT NOT NULL,
        account_id TEXT NOT NULL,
        environment TEXT NOT NULL,
        merchant_reference TEXT NOT NULL,
        currency TEXT NOT NULL,
        url TEXT NOT NULL,
        customer_phone TEXT,
        customer_email TEXT,
        expires_at TEXT,
        state TEXT NOT NULL,
        token_reference TEXT,
        masked_pan TEXT,
        brand TEXT,
        transaction_id TEXT,
        created_at TEXT NOT NULL,
        saved_at TEXT
    );
    CREATE INDEX saved_cards_by_account ON saved_cards (account_key, created_at);
"""
OLD_TEMPLATES = """
    CREATE TABLE templates (
        name TEXT PRIMARY KEY COLLATE NOCASE,
        currency TEXT NOT NULL,
        lines_json TEXT NOT NULL,
        saved_at TEXT NOT NULL
    );
"""
OLD_JOURNAL = """
CREATE TABLE IF NOT EXISTS journal (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    operator           TEXT NOT NULL,
    account_id         TEXT NOT NULL,
    account_name       TEXT NOT NULL DEFAULT '',
    environment        TEXT NOT NULL,
    operation          TEXT NOT NULL,
    target_id          TEXT NOT NULL,
    amount             INTEGER,
    currency           TEXT,
    reference          TEXT,
    merchant_reference TEXT,
    outcome            TEXT NOT NULL,
    request_id         TEXT,
    message            TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS journal_target ON journal (target_id);
CREATE INDEX IF NOT EXISTS journal_reference ON journal (reference);
CREATE INDEX IF NOT EXISTS journal_created ON journal (created_at);
"""

LINES_JSON = (
    '[{"line_id": "1", "description": "Wool socks", "quantity": "2", "unit_price": 14990, '
    '"vat_rate": "25", "sku": null}]'
)
CREATED = "2026-11-21T12:00:00.000000+00:00"


def old_file(path: Path, version: int, *scripts: str) -> None:
    """A database as the previous release left it: WAL mode, its scripts, its version."""
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript("".join(scripts))
        db.execute(f"PRAGMA user_version = {version}")
    db.close()


def old_link_row(path: Path, session_id: str, *, created_at: str = CREATED) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO links VALUES (?, 'acc1', 'T12345678', 'test', 'payment', 'PD-1', "
            "'NOK', 29980, 'https://pay/x', ?, NULL, '+4799999999', NULL, NULL, 0, NULL, "
            "'open', '', NULL, ?, ?)",
            (session_id, LINES_JSON, created_at, created_at),
        )
    db.close()


def test_a_link_history_from_schema_1_opens_and_gains_saved_cards(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    old_file(path, 1, OLD_LINKS_STEP_1)
    old_link_row(path, "T1.old")

    store = LinkStore(path)
    [old] = store.search()
    assert old.session_id == "T1.old"
    assert old.created_at == datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    assert old.lines == (OrderLine("1", "Wool socks", Decimal(2), 14990, Decimal(25)),)
    assert old.state == LinkState.OPEN
    # The migration steps ran: saved cards work, and the file says schema 3.
    store.put_saved_card(
        SavedCardRecord("T1.card", "acc1", "T12345678", "test", "PD-2", "NOK", "https://pay/c")
    )
    assert [c.session_id for c in store.saved_cards("acc1")] == ["T1.card"]
    store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 3
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()


def test_a_link_history_from_schema_2_opens_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    old_file(path, 2, OLD_LINKS_STEP_1, OLD_LINKS_STEP_2)
    old_link_row(path, "T1.old")
    with LinkStore(path) as store:
        updated = store.update_state("T1.old", LinkState.PAID, "paid", "T1.tx")
    assert updated is not None
    assert updated.transaction_id == "T1.tx"
    assert updated.created_at == datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def test_an_old_template_file_opens(tmp_path: Path) -> None:
    path = tmp_path / "templates.sqlite3"
    old_file(path, 1, OLD_TEMPLATES)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO templates VALUES ('Socks', 'NOK', ?, ?)",
            (LINES_JSON, "2026-11-21T12:00:00.123456+00:00"),
        )
    db.close()
    store = TemplateStore(path)
    [socks] = store.list()
    assert (socks.name, socks.currency, socks.lines[0].description) == (
        "Socks",
        "NOK",
        "Wool socks",
    )
    store.save(OrderTemplate("Coffee", "NOK", socks.lines))
    assert [t.name for t in store.list()] == ["Coffee", "Socks"]
    store.close()


def test_an_old_journal_opens_with_its_unsettled_rows(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    old_file(path, 1, OLD_JOURNAL)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO journal (created_at, updated_at, operator, account_id, environment,"
            " operation, target_id, amount, currency, reference, outcome)"
            " VALUES (?, ?, 'kari', 'T12345678', 'test', 'refund', 'T1.tx', 500, 'NOK',"
            " 'pd-ref-1', 'attempted')",
            (CREATED, CREATED),
        )
    db.close()
    with Journal(path) as journal:
        [open_row] = journal.unsettled()
        assert (open_row.reference, open_row.outcome) == ("pd-ref-1", Outcome.ATTEMPTED)
        journal.settle(open_row.id, Outcome.SUCCEEDED)
        assert journal.get(open_row.id).outcome is Outcome.SUCCEEDED


def test_one_error_type_for_every_store() -> None:
    assert issubclass(StorageError, UserFacingError)
    assert issubclass(JournalError, StorageError)
    assert not issubclass(StorageError, ValueError)


def damage_row(path: Path, sql: str) -> None:
    """Change a stored row straight with sqlite3, as a faulty tool or disk would."""
    with sqlite3.connect(path) as db:
        db.execute(sql)
    db.close()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("created_at", "yesterday-ish"),
        ("expires_at", "2026-13-45T99:00:00"),
        ("lines_json", "[{broken"),
        ("lines_json", '[{"line_id": "1"}]'),
    ],
)
def test_a_damaged_link_row_raises_the_store_error(tmp_path: Path, column: str, value: str) -> None:
    path = tmp_path / "links.sqlite3"
    old_file(path, 2, OLD_LINKS_STEP_1, OLD_LINKS_STEP_2)
    old_link_row(path, "T1.bad")
    damage_row(path, f"UPDATE links SET {column} = '{value}'")
    store = LinkStore(path)
    for call in (store.search, lambda: store.get("T1.bad"), lambda: store.unfinished("acc1")):
        with pytest.raises(StorageError, match="is damaged and cannot be read") as caught:
            call()
        assert not isinstance(caught.value, ValueError)
        assert "T1.bad" in caught.value.details
    # The file itself is fine: nothing is moved aside for one bad row.
    assert sorted(p.name for p in tmp_path.glob("links.sqlite3.corrupt*")) == []
    store.close()


def test_a_damaged_journal_row_raises_journal_error(tmp_path: Path) -> None:
    with Journal.in_directory(tmp_path) as journal:
        from tests.unit.test_journal import _attempt

        entry_id = journal.record_attempt(_attempt())
    damage_row(tmp_path / "journal.sqlite3", "UPDATE journal SET updated_at = '31/12/2026'")
    with Journal.in_directory(tmp_path) as journal:
        with pytest.raises(JournalError, match="is damaged") as caught:
            journal.get(entry_id)
        assert not isinstance(caught.value, ValueError)
        assert "31/12/2026" in caught.value.details
    damage_row(tmp_path / "journal.sqlite3", "UPDATE journal SET outcome = 'maybe'")
    with Journal.in_directory(tmp_path) as journal, pytest.raises(JournalError):
        journal.query()


def test_a_damaged_template_row_raises_the_store_error(tmp_path: Path) -> None:
    store = TemplateStore.in_directory(tmp_path)
    store.save(OrderTemplate("Socks", "NOK", (OrderLine("1", "S", Decimal(1), 100, Decimal(25)),)))
    damage_row(tmp_path / "templates.sqlite3", "UPDATE templates SET lines_json = '[]'")
    with pytest.raises(StorageError, match="template list") as caught:
        store.list()
    assert not isinstance(caught.value, ValueError)
    store.close()


def test_stores_open_lazily_and_refuse_calls_once_closed(tmp_path: Path) -> None:
    store = LinkStore.in_directory(tmp_path)
    templates = TemplateStore.in_directory(tmp_path)
    assert list(tmp_path.iterdir()) == []  # creating a store reads and writes nothing
    store.open()
    assert (tmp_path / "links.sqlite3").exists()
    store.close()
    with pytest.raises(StorageError, match="was closed"):
        store.search()
    store.open()  # an explicit open() makes it usable again
    assert store.search() == []
    store.close()
    templates.close()
    journal = Journal.in_directory(tmp_path)
    journal.close()
    with pytest.raises(JournalError, match="was closed"):
        journal.query()


def test_timestamps_are_utc_text_in_time_order() -> None:
    from datetime import timedelta, timezone

    oslo = timezone(timedelta(hours=1))
    early = encode_time(datetime(2026, 1, 1, 12, 0, tzinfo=oslo))
    late = encode_time(datetime(2026, 1, 1, 11, 30, tzinfo=UTC))
    assert early == "2026-01-01T11:00:00.000000+00:00"
    assert early is not None
    assert late is not None
    assert early < late
    assert encode_time(datetime(2026, 1, 1, 12, 0)) == "2026-01-01T12:00:00.000000+00:00"
    assert encode_time(None) is None


def test_schema_steps_run_in_order_and_only_once(tmp_path: Path) -> None:
    schema = Schema(
        "test list",
        (
            ("CREATE TABLE a (x)",),
            ("CREATE TABLE b (y)", "INSERT INTO b VALUES (1)"),
        ),
    )
    first = Database(tmp_path / "t.sqlite3", Schema("test list", schema.steps[:1]))
    first.open()
    first.close()
    for _ in range(2):  # opening twice must not run step 2 twice
        database = Database(tmp_path / "t.sqlite3", schema)
        with database.read() as db:
            assert db.execute("SELECT COUNT(*) FROM b").fetchone()[0] == 1
            assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        database.close()
    newer = Database(tmp_path / "t.sqlite3", Schema("test list", schema.steps[:1]))
    with pytest.raises(StorageError, match="newer Paydesk"):
        newer.open()
    assert newer.decode_optional_time(None) is None
    with pytest.raises(StorageError) as caught:
        newer.decode_time("not a time")
    assert not isinstance(caught.value, ValueError)


def test_a_failed_write_is_rolled_back_and_reported_as_the_store_error(tmp_path: Path) -> None:
    schema = Schema("test list", (("CREATE TABLE a (x NOT NULL)",),))
    database = Database(tmp_path / "t.sqlite3", schema)

    def two_inserts() -> None:
        with database.write() as db:
            db.execute("INSERT INTO a VALUES (1)")
            db.execute("INSERT INTO a VALUES (NULL)")

    with pytest.raises(StorageError, match="could not be saved"):
        two_inserts()
    with database.read() as db:
        assert db.execute("SELECT COUNT(*) FROM a").fetchone()[0] == 0
    database.close()


def test_busy_messages_say_another_window_is_busy(tmp_path: Path) -> None:
    schema = Schema("test list", (("CREATE TABLE a (x)",),))
    database = Database(tmp_path / "t.sqlite3", schema)
    database.open()
    blocker = sqlite3.connect(tmp_path / "t.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")

    def insert() -> None:
        with database.write() as db:
            db.execute("INSERT INTO a VALUES (1)")

    try:
        # Waiting the real 10 s busy timeout would slow the suite; a short one is the same.
        with database.read() as connection:
            connection.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StorageError, match="Another Paydesk window is busy"):
            insert()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        database.close()
