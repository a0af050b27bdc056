"""The link history and template stores: round trips, search, restarts, schema versions."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.vat import OrderLine
from app.storage.links import (
    DO_NOT_RETRY,
    LinkRecord,
    LinkState,
    LinkStore,
    SavedCardRecord,
    SavedCardState,
    ShippingLine,
    StorageError,
)
from app.storage.templates import OrderTemplate, TemplateError
from tests.storage_backends import StoreBackend

LINES = (
    OrderLine("1", "Wool socks", Decimal(2), 14990, Decimal(25)),
    OrderLine("2", "Coffee 250 g", Decimal("1.5"), 8900, Decimal(15), sku="COF-250"),
)


def record(
    session_id: str, *, account: str = "acc1", minutes: int = 0, **extra: object
) -> LinkRecord:
    base = datetime(2026, 11, 21, 12, 0, tzinfo=UTC) + timedelta(minutes=minutes)
    fields: dict[str, object] = {
        "session_id": session_id,
        "account_key": account,
        "account_id": "T12345678",
        "environment": "test",
        "merchant_reference": f"PD-{session_id}",
        "currency": "NOK",
        "amount": 29980 + 13350 + 9900,
        "url": f"https://checkout.example/v1/view/{session_id}",
        "lines": LINES,
        "shipping": ShippingLine("Posten", 9900, Decimal(25)),
        "customer_phone": "+4799999999",
        "customer_email": "kari@example.no",
        "expires_at": base + timedelta(days=1),
        "sms_status": "skipped",
        "created_at": base,
        "updated_at": base,
    }
    fields.update(extra)
    return LinkRecord(**fields)  # type: ignore[arg-type]


def test_round_trip_keeps_every_field_exactly(backend: StoreBackend) -> None:
    store = backend.links()
    original = record("T1.a")
    store.add(original)
    assert store.get("T1.a") == original
    assert store.get("missing") is None


def test_history_survives_a_new_store_object(backend: StoreBackend) -> None:
    backend.links().add(record("T1.a"))
    reopened = backend.another_desk().links()
    assert [r.session_id for r in reopened.search()] == ["T1.a"]
    assert reopened.get("T1.a") == record("T1.a")


def test_history_file_is_in_wal_mode(tmp_path: Path) -> None:
    LinkStore.in_directory(tmp_path).add(record("T1.a"))
    with sqlite3.connect(tmp_path / "links.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert (
            db.execute("PRAGMA user_version").fetchone()[0] == 3
        )  # links, saved cards, chargeable cards


def test_state_updates_and_unfinished_links(backend: StoreBackend) -> None:
    store = backend.links()
    store.add(record("T1.a", minutes=0))
    store.add(record("T1.b", minutes=1))
    store.add(record("T1.c", minutes=2, account="acc2"))
    updated = store.update_state("T1.a", LinkState.PAID, "AUTHORIZED · card", "T1.tx")
    assert updated is not None
    assert (updated.state, updated.state_detail, updated.transaction_id) == (
        "paid",
        "AUTHORIZED · card",
        "T1.tx",
    )
    assert updated.finished
    # A later update without a transaction id keeps the known one.
    assert store.update_state("T1.a", LinkState.PAID, "again") is not None
    again = store.get("T1.a")
    assert again is not None
    assert again.transaction_id == "T1.tx"
    assert [r.session_id for r in store.unfinished("acc1")] == ["T1.b"]
    assert store.update_state("nope", LinkState.PAID) is None


def test_search_is_newest_first_per_account_and_matches_words(backend: StoreBackend) -> None:
    store = backend.links()
    store.add(record("T1.a", minutes=0))
    store.add(record("T1.b", minutes=5, customer_phone="+4741234567", lines=LINES[:1]))
    store.add(record("T1.c", minutes=9, account="acc2"))
    assert [r.session_id for r in store.search("acc1")] == ["T1.b", "T1.a"]
    assert [r.session_id for r in store.search(None)] == ["T1.c", "T1.b", "T1.a"]
    assert [r.session_id for r in store.search("acc1", "coffee")] == ["T1.a"]
    assert [r.session_id for r in store.search("acc1", "41234567")] == ["T1.b"]
    assert [r.session_id for r in store.search("acc1", "wool PD-T1.a")] == ["T1.a"]
    # LIKE wildcards typed by staff are taken literally.
    assert store.search("acc1", "%") == []


def test_concurrent_writers_from_threads(backend: StoreBackend) -> None:
    store = backend.links()
    threads = [
        threading.Thread(target=store.add, args=(record(f"T1.{n}", minutes=n),)) for n in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.search(limit=100)) == 8


def test_a_file_from_a_newer_version_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(StorageError, match="newer Paydesk"):
        LinkStore(path).search()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 99


def test_templates_save_replace_list_delete(backend: StoreBackend) -> None:
    store = backend.templates()
    store.save(OrderTemplate("Socks", "NOK", LINES[:1]))
    store.save(OrderTemplate("coffee box", "NOK", LINES))
    store.save(OrderTemplate("SOCKS", "NOK", LINES))  # same name, other case: replaces
    listed = backend.templates().list()
    assert [t.name for t in listed] == ["coffee box", "SOCKS"]
    assert listed[1].lines == LINES
    store.delete("coffee box")
    assert [t.name for t in store.list()] == ["SOCKS"]
    with pytest.raises(TemplateError):
        OrderTemplate(" ", "NOK", LINES)
    with pytest.raises(TemplateError):
        OrderTemplate("Empty", "NOK", ())


def test_a_link_is_recorded_before_sending_and_confirmed_in_place(backend: StoreBackend) -> None:
    from app.storage.links import pending_id

    store = backend.links()
    provisional = pending_id("PD-1")
    store.add(record(provisional, merchant_reference="PD-1", url="", state=LinkState.CREATING))
    [waiting] = store.unfinished("acc1")
    assert waiting.unconfirmed
    assert waiting.provisional

    confirmed = store.confirm(provisional, "T1.real", "https://pay/T1.real", sms_status="sent")
    assert confirmed is not None
    assert (confirmed.session_id, confirmed.url, confirmed.state) == (
        "T1.real",
        "https://pay/T1.real",
        LinkState.OPEN,
    )
    assert confirmed.sms_status == "sent"
    assert confirmed.lines == LINES
    assert store.get(provisional) is None
    assert store.get("T1.real") == confirmed
    # Confirming twice (a payment found for it meanwhile) is harmless.
    assert store.confirm(provisional, "T1.real", "https://pay/T1.real") is None
    assert [r.session_id for r in store.search("acc1")] == ["T1.real"]


def test_a_refused_link_is_discarded_and_unfinished_lists_every_open_link(
    backend: StoreBackend,
) -> None:
    from app.storage.links import pending_id

    store = backend.links()
    store.add(record(pending_id("PD-9"), url="", state=LinkState.CREATING))
    store.discard(pending_id("PD-9"))
    assert store.search() == []
    for number in range(60):
        store.add(record(f"T{number:02d}", minutes=number))
    store.update_state("T05", LinkState.PAID)
    unfinished = store.unfinished("acc1")
    assert len(unfinished) == 59
    assert unfinished[0].session_id == "T59"
    assert "T05" not in {r.session_id for r in unfinished}


def test_an_amount_beyond_32_bits_round_trips(backend: StoreBackend) -> None:
    store = backend.links()
    big = record("T1.big", amount=5_000_000_000)
    store.add(big)
    assert store.get("T1.big") == big


def test_saved_cards_round_trip_newest_first(backend: StoreBackend) -> None:
    from app.storage.links import SavedCardRecord, SavedCardState

    store = backend.links()
    base = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    first = SavedCardRecord(
        "T1.card1", "acc1", "T12345678", "test", "PD-C1", "NOK", "https://pay/1", created_at=base
    )
    second = SavedCardRecord(
        "T1.card2",
        "acc1",
        "T12345678",
        "test",
        "PD-C2",
        "NOK",
        "https://pay/2",
        created_at=base + timedelta(minutes=1),
    )
    store.put_saved_card(first)
    store.put_saved_card(second)
    saved = SavedCardRecord(
        **{**first.__dict__, "state": SavedCardState.SAVED, "token_reference": "tok-1"}
    )
    store.put_saved_card(saved)
    assert store.saved_cards("acc1") == [second, saved]
    assert store.saved_cards("acc2") == []


def test_a_chargeable_card_round_trips_and_is_found_by_its_customer(
    backend: StoreBackend,
) -> None:
    store = backend.links()
    saved_at = datetime(2026, 11, 21, 12, 5, tzinfo=UTC)
    card = SavedCardRecord(
        "T1.card",
        "acc1",
        "T12345678",
        "test",
        "PD-CARD",
        "NOK",
        "https://checkout.example/v1/view/T1.card",
        customer_phone="+4742621565",
        customer_email="Kari@Example.no",
        state=SavedCardState.SAVED,
        token_reference="tok-id-1",
        masked_pan="476173******0416",
        brand="Visa",
        created_at=datetime(2026, 11, 21, 12, 0, tzinfo=UTC),
        saved_at=saved_at,
        customer_id="CUST-7",
        card_expiry="11/2029",
        payment_token="pt_secret",
        retry_policy=DO_NOT_RETRY,
        retry_after=saved_at + timedelta(hours=1),
        last_decline="Card blocked",
    )
    store.put_saved_card(card)
    store.add(record("T1.link", customer_phone="+4742621565", customer_email=None))
    store.add(record("T1.other", customer_phone="+4799999999"))
    other_desk = backend.another_desk().links()
    assert other_desk.saved_card("T1.card") == card
    assert not card.chargeable
    links, cards = other_desk.for_customer("acc1", phone="+4742621565")
    assert [r.session_id for r in links] == ["T1.link"]
    assert cards == [card]
    links, cards = other_desk.for_customer("acc1", email="kari@example.no")
    assert [r.session_id for r in links] == ["T1.other"]
    assert cards == [card]
    assert other_desk.for_customer("acc2", phone="+4742621565") == ([], [])
    assert other_desk.for_customer("acc1") == ([], [])
