"""Two real Paydesk processes on one data folder at once: nothing reported saved is lost.

Each test starts two interpreters (``multiprocessing``, ``spawn``) that wait at a barrier
and then save as fast as they can into the same folder; afterwards every save either
process was told had succeeded must be on disk.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.unit import process_workers

_SPAWN = multiprocessing.get_context("spawn")


def run_in_two_processes(*jobs: tuple[Callable[..., Any], tuple[Any, ...]]) -> list[Any]:
    """Each ``work(*args, barrier)`` in its own fresh interpreter, at once; their results."""
    barrier = _SPAWN.Barrier(len(jobs), timeout=60)
    results = _SPAWN.Queue()
    processes = [
        _SPAWN.Process(target=process_workers.report, args=(results, index, work, (*args, barrier)))
        for index, (work, args) in enumerate(jobs)
    ]
    for process in processes:
        process.start()
    try:
        collected = dict(results.get(timeout=120) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    outcomes = [collected[index] for index in range(len(jobs))]
    for outcome in outcomes:
        assert not isinstance(outcome, str) or not outcome.startswith("Traceback"), outcome
    return outcomes


def run_two(work: Callable[..., Any], folder: Path, count: int) -> list[Any]:
    """Workers 1 and 2 doing ``count`` saves each in ``folder``."""
    return run_in_two_processes(*((work, (str(folder), worker, count)) for worker in (1, 2)))


def test_account_saves_by_two_processes_are_all_kept_with_no_orphaned_secret(
    tmp_path: Path,
) -> None:
    count = 40  # per process: 40 new accounts, then 40 renames = 160 saves in all
    results = run_two(process_workers.save_accounts, tmp_path, count)

    document = json.loads((tmp_path / "accounts.json").read_text(encoding="utf-8"))
    on_disk = {entry["key"]: entry["name"] for entry in document["accounts"]}
    reported = {key: name for result in results for key, name in result["saved"].items()}
    assert [result["failures"] for result in results] == [[], []]
    assert len(reported) == 2 * count
    lost = {key: name for key, name in reported.items() if on_disk.get(key) != name}
    assert lost == {}
    # Every secret either process put in its keychain belongs to an account on disk.
    usernames = {f"T12345678:{entry['client_id']}" for entry in document["accounts"]}
    secrets = [username for result in results for username in result["secrets"]]
    assert sorted(secrets) == sorted(usernames)


def test_journal_writes_by_two_processes_are_all_kept(tmp_path: Path) -> None:
    count = 150
    results = run_two(process_workers.write_journal, tmp_path, count)

    assert [result["failures"] for result in results] == [[], []]
    with sqlite3.connect(tmp_path / "journal.sqlite3") as db:
        rows = dict(db.execute("SELECT reference, outcome FROM journal").fetchall())
    db.close()
    reported = {ref: entry for result in results for ref, entry in result["saved"].items()}
    assert len(reported) == 2 * count
    assert len(set(reported.values())) == 2 * count  # no row id handed out twice
    assert {ref: rows.get(ref) for ref in reported} == dict.fromkeys(reported, "succeeded")


def test_link_history_writes_by_two_processes_are_all_kept(tmp_path: Path) -> None:
    count = 100
    results = run_two(process_workers.write_links, tmp_path, count)

    assert [result["failures"] for result in results] == [[], []]
    with sqlite3.connect(tmp_path / "links.sqlite3") as db:
        rows = dict(db.execute("SELECT session_id, state FROM links").fetchall())
    db.close()
    reported = {sid: state for result in results for sid, state in result["saved"].items()}
    assert len(reported) == 2 * count
    assert rows == reported  # every link confirmed and paid, no provisional record left


def test_first_start_of_every_store_by_two_processes_at_once(tmp_path: Path) -> None:
    folders = [str(tmp_path / f"fresh-{number}") for number in range(30)]
    failures = run_in_two_processes(*[(process_workers.first_starts, (folders,))] * 2)
    assert failures == [[], []]
    for folder in folders:
        for name in ("journal.sqlite3", "links.sqlite3", "templates.sqlite3"):
            with sqlite3.connect(Path(folder) / name) as db:
                assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
                assert db.execute("PRAGMA user_version").fetchone()[0] >= 1
            db.close()
