"""Damaged database files, for real: garbage written over pages of a real file.

The link history and the templates move the bad file aside (never over an earlier copy),
say so in plain words and start a new, empty file. The audit journal moves it aside too,
but stays blocked, across restarts, until staff restore it or delete the note.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.vat import OrderLine
from app.storage.errors import StorageError
from app.storage.journal import Journal, JournalError, Outcome
from app.storage.links import LinkRecord, LinkStore
from app.storage.templates import OrderTemplate, TemplateStore
from tests.unit.test_journal import _attempt

PAGE = 4096
LINE = OrderLine("1", "Wool socks", Decimal(2), 14990, Decimal(25))


def link(number: int) -> LinkRecord:
    moment = datetime(2026, 11, 21, tzinfo=UTC) + timedelta(minutes=number)
    return LinkRecord(
        session_id=f"T1.{number:04d}",
        account_key="acc1",
        account_id="T12345678",
        environment="test",
        merchant_reference=f"PD-{number:04d}",
        currency="NOK",
        amount=29980,
        url=f"https://pay.example/{number}",
        lines=(LINE,) * 5,
        created_at=moment,
        updated_at=moment,
    )


def fill_links(folder: Path) -> Path:
    with LinkStore.in_directory(folder) as store:
        for number in range(300):
            store.add(link(number))
    return folder / "links.sqlite3"


def fill_templates(folder: Path) -> Path:
    store = TemplateStore.in_directory(folder)
    for number in range(300):
        store.save(OrderTemplate(f"Template {number}", "NOK", (LINE,) * 5))
    store.close()
    return folder / "templates.sqlite3"


def fill_journal(folder: Path) -> Path:
    with Journal.in_directory(folder) as journal:
        for number in range(300):
            entry = journal.record_attempt(_attempt(reference=f"ref-{number}"))
            journal.settle(entry, Outcome.SUCCEEDED, request_id=f"req-{number}")
    return folder / "journal.sqlite3"


def write_garbage(path: Path, *, header: bool = False, seed: int = 7) -> bytes:
    """Overwrite the header, or every page after the first, with random bytes."""
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # every page is in the file itself
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * PAGE  # a real, multi-page database
    noise = random.Random(seed)
    start, end = (0, 100) if header else (PAGE, len(data))
    data[start:end] = bytes(noise.getrandbits(8) for _ in range(end - start))
    path.write_bytes(bytes(data))
    return bytes(data)


def aside_copies(folder: Path, name: str) -> list[Path]:
    return sorted(p for p in folder.glob(f"{name}.corrupt-*") if not p.name.endswith("-shm"))


STORES: dict[str, tuple[Callable[[Path], Path], Callable[[Path], object]]] = {
    "links": (fill_links, lambda folder: LinkStore.in_directory(folder).search()),
    "templates": (fill_templates, lambda folder: TemplateStore.in_directory(folder).list()),
}


@pytest.mark.parametrize("header", [False, True], ids=["pages", "header"])
@pytest.mark.parametrize("kind", sorted(STORES))
def test_a_damaged_file_is_moved_aside_reported_and_a_new_one_started(
    tmp_path: Path, kind: str, header: bool
) -> None:
    fill, use = STORES[kind]
    path = fill(tmp_path)
    damaged = write_garbage(path, header=header)

    with pytest.raises(StorageError) as caught:
        use(tmp_path)
    [aside] = aside_copies(tmp_path, path.name)
    message = caught.value.user_message
    assert f"Paydesk moved it aside as {aside.name}" in message
    assert "starts a new, empty" in message
    assert "Traceback" not in message
    assert aside.read_bytes() == damaged  # kept exactly as it was found
    assert aside.name.startswith(f"{path.name}.corrupt-20")

    assert use(tmp_path) == []  # the next call starts afresh
    assert path.exists()


@pytest.mark.parametrize("kind", sorted(STORES))
def test_a_second_damage_never_overwrites_the_first_copy(tmp_path: Path, kind: str) -> None:
    fill, use = STORES[kind]
    first = write_garbage(fill(tmp_path), seed=1)
    with pytest.raises(StorageError):
        use(tmp_path)
    path = fill(tmp_path)
    second = write_garbage(path, seed=2)
    with pytest.raises(StorageError) as caught:
        use(tmp_path)
    copies = aside_copies(tmp_path, path.name)
    assert sorted(p.read_bytes() for p in copies) == sorted([first, second])
    assert copies[-1].name in caught.value.user_message or copies[0].name in str(caught.value)


def test_a_writer_in_another_store_object_follows_the_file_not_the_copy(tmp_path: Path) -> None:
    """One window still has the file open when another finds it damaged and moves it aside:
    the first one's next save goes to the new file, not into the copy set aside."""
    path = fill_links(tmp_path)
    first = LinkStore.in_directory(tmp_path)
    assert len(first.search(limit=1000)) == 300  # opened while the file was still good
    write_garbage(path)
    with pytest.raises(StorageError, match="moved it aside"):
        LinkStore.in_directory(tmp_path).open()
    first.add(link(999))
    assert [r.session_id for r in LinkStore.in_directory(tmp_path).search()] == ["T1.0999"]
    first.close()


@pytest.mark.parametrize("header", [False, True], ids=["pages", "header"])
def test_a_damaged_journal_blocks_money_moves_until_restored(tmp_path: Path, header: bool) -> None:
    path = fill_journal(tmp_path)
    good_copy = tmp_path / "backup.sqlite3"
    good_copy.write_bytes(path.read_bytes())
    damaged = write_garbage(path, header=header)

    with pytest.raises(JournalError) as caught:
        Journal.in_directory(tmp_path)
    [aside] = aside_copies(tmp_path, "journal.sqlite3")
    assert aside.read_bytes() == damaged
    message = caught.value.user_message
    assert f"Paydesk moved it aside as {aside.name}" in message
    assert "Captures, refunds and voids are blocked" in message
    assert "new, empty" not in message.split(".")[0]
    note = tmp_path / "journal.sqlite3.blocked"
    assert aside.name in note.read_text(encoding="utf-8")

    # Every later start stays blocked, and never creates an empty journal meanwhile.
    for _ in range(2):
        with pytest.raises(JournalError, match=f"moved aside as {aside.name}"):
            Journal.in_directory(tmp_path)
    assert not path.exists()

    # Staff restore the journal: it opens, the note goes, the old rows are all there.
    path.write_bytes(good_copy.read_bytes())
    with Journal.in_directory(tmp_path) as journal:
        assert len(journal.query()) == 300
    assert not note.exists()


def test_a_blocked_journal_starts_afresh_only_when_staff_delete_the_note(tmp_path: Path) -> None:
    write_garbage(fill_journal(tmp_path))
    with pytest.raises(JournalError):
        Journal.in_directory(tmp_path)
    (tmp_path / "journal.sqlite3.blocked").unlink()
    with Journal.in_directory(tmp_path) as journal:
        assert journal.query() == []
        journal.record_attempt(_attempt())
    assert len(aside_copies(tmp_path, "journal.sqlite3")) == 1


def test_a_restored_journal_that_is_still_damaged_is_moved_aside_again(tmp_path: Path) -> None:
    path = fill_journal(tmp_path)
    first = write_garbage(path, seed=1)
    with pytest.raises(JournalError):
        Journal.in_directory(tmp_path)
    path.write_bytes(first[:PAGE] + b"\0" * (len(first) - PAGE))  # a bad "restore"
    with pytest.raises(JournalError, match="moved it aside as"):
        Journal.in_directory(tmp_path)
    assert len(aside_copies(tmp_path, "journal.sqlite3")) == 2
    assert (tmp_path / "journal.sqlite3.blocked").exists()
    assert not path.exists()


def test_an_unreadable_journal_location_is_still_a_plain_open_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    with pytest.raises(JournalError, match="Money operations are blocked") as caught:
        Journal.in_directory(tmp_path / "data")
    assert "cannot be opened" in caught.value.user_message
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_garbage_is_detected_by_the_real_sqlite_not_by_size(tmp_path: Path) -> None:
    """The fixture really damages the file: plain sqlite3 cannot read it either."""
    path = fill_links(tmp_path)
    write_garbage(path)
    db = sqlite3.connect(path)
    try:
        verdict = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        verdict = [(str(error),)]
    finally:
        db.close()
    assert verdict != [("ok",)]
