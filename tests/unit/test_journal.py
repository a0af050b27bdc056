"""The audit journal: rows written before sending, settled after, survive reopening."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage.journal import (
    OPEN_OUTCOMES,
    SCHEMA_VERSION,
    Journal,
    JournalAttempt,
    JournalError,
    JournalOperation,
    JournalQuery,
    Outcome,
    write_csv,
)
from tests.storage_backends import StoreBackend


def _attempt(**overrides: object) -> JournalAttempt:
    values: dict[str, object] = {
        "operator": "kari",
        "account_id": "T12345678",
        "environment": "test",
        "operation": JournalOperation.REFUND,
        "target_id": "T12345678.abc",
        "amount": 12_550,
        "currency": "NOK",
        "reference": "pd-ref-0001",
        "merchant_reference": "PD-2611-AAAAAA",
        "account_name": "Shop",
    }
    values.update(overrides)
    return JournalAttempt(**values)  # type: ignore[arg-type]


def test_attempt_is_durable_before_settling_and_updated_after(backend: StoreBackend) -> None:
    journal = backend.journal()
    entry_id = journal.record_attempt(_attempt(desk="front desk"))

    # Another desk (or this one restarted after a crash) already sees the attempted row.
    seen = backend.another_desk().journal().get(entry_id)
    assert (seen.outcome, seen.reference, seen.amount) == ("attempted", "pd-ref-0001", 12_550)
    assert (seen.operator, seen.desk) == ("kari", "front desk")

    journal.settle(entry_id, Outcome.SUCCEEDED, request_id="req-1")
    entry = journal.get(entry_id)
    assert entry.outcome is Outcome.SUCCEEDED
    assert entry.request_id == "req-1"
    assert entry.amount == 12_550  # untouched fields keep their value
    assert entry.updated_at >= entry.created_at
    journal.close()


def test_wal_mode_and_schema_version(tmp_path: Path) -> None:
    Journal.in_directory(tmp_path).close()
    with sqlite3.connect(tmp_path / "journal.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reopen_keeps_rows_and_lists_unsettled(backend: StoreBackend) -> None:
    with backend.journal() as journal:
        done = journal.record_attempt(_attempt(reference="r-done"))
        journal.settle(done, Outcome.FAILED, message="refused")
        journal.record_attempt(_attempt(reference="r-open"))
        pending = journal.record_attempt(_attempt(reference="r-pending"))
        journal.settle(pending, Outcome.PENDING, request_id="evt-1")
    with backend.journal() as reopened:
        assert [e.reference for e in reopened.unsettled()] == ["r-open", "r-pending"]
        assert [e.message for e in reopened.query() if e.reference == "r-done"] == ["refused"]


def test_query_filters(backend: StoreBackend) -> None:
    with backend.journal() as journal:
        a = journal.record_attempt(_attempt(target_id="tx-a", reference="ref-a"))
        journal.settle(a, Outcome.SUCCEEDED)
        b = journal.record_attempt(
            _attempt(target_id="tx-b", operation=JournalOperation.CAPTURE, reference="ref-b")
        )
        journal.settle(b, Outcome.FAILED, message="over 100% captured")
        journal.record_attempt(
            _attempt(account_id="P12345678", environment="production", target_id="tx-c")
        )

        assert [e.target_id for e in journal.query()] == ["tx-c", "tx-b", "tx-a"]
        assert [e.target_id for e in journal.query(JournalQuery(account_id="T12345678"))] == [
            "tx-b",
            "tx-a",
        ]
        only_capture = journal.query(JournalQuery(operations=(JournalOperation.CAPTURE,)))
        assert [e.target_id for e in only_capture] == ["tx-b"]
        failed = journal.query(JournalQuery(outcomes=(Outcome.FAILED,)))
        assert [e.reference for e in failed] == ["ref-b"]
        assert [e.target_id for e in journal.query(JournalQuery(text="100%"))] == ["tx-b"]
        assert journal.query(JournalQuery(text="_")) == []  # LIKE wildcards are literal
        future = datetime.now(UTC) + timedelta(hours=1)
        assert journal.query(JournalQuery(since=future)) == []
        assert len(journal.query(JournalQuery(until=future))) == 3
        assert [e.target_id for e in journal.for_target("tx-a")] == ["tx-a"]


def test_settle_unknown_entry_is_an_error(backend: StoreBackend) -> None:
    with backend.journal() as journal, pytest.raises(JournalError):
        journal.settle(999, Outcome.SUCCEEDED)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(JournalError, match="newer Paydesk"):
        Journal(path)


def test_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(JournalError, match="cannot be opened"):
        Journal(blocker / "journal.sqlite3")


def test_concurrent_writers_from_threads(backend: StoreBackend) -> None:
    with backend.journal() as journal:

        def work(n: int) -> None:
            for i in range(20):
                entry = journal.record_attempt(_attempt(reference=f"r-{n}-{i}"))
                journal.settle(entry, Outcome.SUCCEEDED)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        entries = journal.query()
        assert len(entries) == 80
        assert {e.outcome for e in entries} == {Outcome.SUCCEEDED}
        assert len({e.reference for e in entries}) == 80


def test_csv_export_round_trips(backend: StoreBackend) -> None:
    with backend.journal() as journal:
        entry = journal.record_attempt(_attempt(note='line "1", shipping'))
        journal.settle(entry, Outcome.SUCCEEDED, request_id="req-9")
        out = io.StringIO()
        assert write_csv(journal.query(), out) == 1
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["amount"] == "125.50"  # a decimal number with a dot, beside its currency
    assert rows[0]["currency"] == "NOK"
    assert rows[0]["outcome"] == "succeeded"
    assert rows[0]["dintero_request_id"] == "req-9"
    assert rows[0]["note"] == 'line "1", shipping'


def test_csv_export_neutralises_formula_cells(backend: StoreBackend) -> None:
    """A reference typed by a customer must open as text in a spreadsheet, not run."""
    with backend.journal() as journal:
        entry_id = journal.record_attempt(
            _attempt(merchant_reference='=HYPERLINK("http://evil.example","x")', note="+1 call")
        )
        journal.settle(entry_id, Outcome.FAILED, message="@SUM(A1)\t-2")
        journal.record_attempt(_attempt(merchant_reference="plain-ref", note="\rcr"))
        out = io.StringIO()
        write_csv(journal.query(), out)
    rows = {row["merchant_reference"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    evil = rows['\'=HYPERLINK("http://evil.example","x")']
    assert evil["note"] == "'+1 call"
    assert evil["message"] == "'@SUM(A1)\t-2"
    assert evil["amount"] == "125.50"  # numbers stay numbers
    assert rows["plain-ref"]["note"] == "'\rcr"


def test_unsettled_narrows_by_account_transaction_and_operation(backend: StoreBackend) -> None:
    with backend.journal() as journal:
        a = journal.record_attempt(_attempt(target_id="tx-a"))
        b = journal.record_attempt(_attempt(target_id="tx-b"))
        c = journal.record_attempt(_attempt(target_id="tx-a", account_id="T87654321"))
        d = journal.record_attempt(
            _attempt(target_id="tx-a", operation=JournalOperation.CANCEL_LINK)
        )
        done = journal.record_attempt(_attempt(target_id="tx-a"))
        journal.settle(done, Outcome.SUCCEEDED)
        journal.settle(b, Outcome.UNKNOWN)
        assert [e.id for e in journal.unsettled()] == [a, b, c, d]
        ids = [
            e.id
            for e in journal.unsettled(
                account_id="T12345678",
                target_id="tx-a",
                operations=(
                    JournalOperation.CAPTURE,
                    JournalOperation.REFUND,
                    JournalOperation.VOID,
                ),
            )
        ]
        assert ids == [a]
        assert [e.id for e in journal.unsettled(account_id="T12345678")] == [a, b, d]


def test_csv_amounts_are_decimals_in_the_currency_s_own_digits(backend: StoreBackend) -> None:
    with backend.journal() as journal:
        journal.record_attempt(_attempt(amount=1_200, currency="JPY", reference="jpy"))
        journal.record_attempt(_attempt(amount=5, currency="NOK", reference="small"))
        journal.record_attempt(_attempt(amount=None, currency=None, reference="none"))
        out = io.StringIO()
        write_csv(journal.query(), out)
    rows = {row["reference"]: row for row in csv.DictReader(io.StringIO(out.getvalue()))}
    assert rows["jpy"]["amount"] == "1200"
    assert rows["small"]["amount"] == "0.05"
    assert rows["none"]["amount"] == ""


def test_two_desks_settling_one_row_differently_leave_the_first_outcome(
    backend: StoreBackend,
) -> None:
    """Desk A confirms the refund while desk B, reconciling, thinks it was not carried
    out: the guarded update lets only the first settle the row, and both learn which."""
    desk_a = backend.journal()
    desk_b = backend.another_desk().journal()
    entry_id = desk_a.record_attempt(_attempt())
    assert desk_a.settle(entry_id, Outcome.SUCCEEDED, request_id="req-a") is Outcome.SUCCEEDED
    assert desk_b.settle(entry_id, Outcome.FAILED, message="not carried out") is Outcome.SUCCEEDED
    row = desk_b.get(entry_id)
    assert (row.outcome, row.request_id, row.message) == (Outcome.SUCCEEDED, "req-a", "")
    # A move thought not carried out may still be corrected when Dintero applied it late.
    other = desk_a.record_attempt(_attempt(reference="pd-ref-0002"))
    assert desk_b.settle(other, Outcome.FAILED, message="absent") is Outcome.FAILED
    assert desk_a.settle(other, Outcome.SUCCEEDED, only_from=(Outcome.FAILED,)) is (
        Outcome.SUCCEEDED
    )


def test_concurrent_settlements_of_one_row_from_many_threads_agree(backend: StoreBackend) -> None:
    journals = [backend.journal(), backend.another_desk().journal()]
    entry_ids = [journals[0].record_attempt(_attempt(reference=f"r-{n}")) for n in range(10)]
    results: dict[tuple[int, int], Outcome] = {}

    def settle(worker: int) -> None:
        journal = journals[worker % 2]
        outcome = (Outcome.SUCCEEDED, Outcome.FAILED, Outcome.UNKNOWN, Outcome.PENDING)[worker]
        for entry_id in entry_ids:
            # Only open rows may move on: a settled one stays as the first settler left it.
            results[(worker, entry_id)] = journal.settle(
                entry_id, outcome, only_from=(Outcome.ATTEMPTED,)
            )

    threads = [threading.Thread(target=settle, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for entry_id in entry_ids:
        stored = journals[1].get(entry_id).outcome
        assert {results[(w, entry_id)] for w in range(4)} == {stored}
    assert OPEN_OUTCOMES == (Outcome.ATTEMPTED, Outcome.PENDING, Outcome.UNKNOWN)


def test_text_search_is_case_blind_and_covers_the_desk(backend: StoreBackend) -> None:
    with backend.journal() as journal:
        journal.record_attempt(_attempt(desk="Front Desk", reference="Ref-Upper"))
        journal.record_attempt(_attempt(desk="back office", reference="other"))
        assert [e.desk for e in journal.query(JournalQuery(text="front"))] == ["Front Desk"]
        assert [e.reference for e in journal.query(JournalQuery(text="ref-upper"))] == ["Ref-Upper"]
        out = io.StringIO()
        write_csv(journal.query(), out)
    desks = [row["desk"] for row in csv.DictReader(io.StringIO(out.getvalue()))]
    assert desks == ["back office", "Front Desk"]


def test_a_shared_journal_written_by_a_newer_paydesk_is_refused(
    postgres_url: str, pg_schema: str
) -> None:
    import psycopg

    backend = StoreBackend(Path(), (postgres_url, pg_schema))
    try:
        backend.journal().query()  # creates the tables
        with psycopg.connect(postgres_url, autocommit=True) as connection:
            connection.execute(
                f"UPDATE {pg_schema}.paydesk_schema SET version = 99 WHERE store = 'journal'"
            )
        with pytest.raises(JournalError, match="newer Paydesk"):
            backend.another_desk().journal().query()
        with psycopg.connect(postgres_url, autocommit=True) as connection:
            version = connection.execute(
                f"SELECT version FROM {pg_schema}.paydesk_schema WHERE store = 'journal'"
            ).fetchone()
        assert version == (99,)  # left unchanged
    finally:
        backend.close()
