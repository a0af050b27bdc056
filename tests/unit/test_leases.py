"""Leases on both engines: one holder at a time, told who holds it, runs out by itself."""

from __future__ import annotations

import threading
import time

import pytest

from app.storage.leases import LeaseHeld, LeaseHolder
from tests.storage_backends import StoreBackend

KARI = LeaseHolder("Front desk", "kari", "refund 50,00 kr")
OLA = LeaseHolder("Back office", "ola", "refund 20,00 kr")


def test_one_holder_at_a_time_and_the_other_is_told_who_and_since_when(
    backend: StoreBackend,
) -> None:
    front, back = backend.leases(), backend.another_desk().leases()
    lease = front.acquire("move", "T1.a", KARI, 30.0)
    with pytest.raises(LeaseHeld) as held:
        back.acquire("move", "T1.a", OLA, 30.0)
    assert held.value.holder == KARI
    assert abs((held.value.since - lease.since).total_seconds()) < 1
    message = held.value.user_message
    assert message.startswith("kari at desk “Front desk” has been working on this since ")
    assert message.endswith("(refund 50,00 kr).")
    # Not re-entrant: the same desk asking again is refused too.
    with pytest.raises(LeaseHeld):
        front.acquire("move", "T1.a", KARI, 30.0)
    # Other keys and other kinds are free.
    back.release(back.acquire("move", "T1.b", OLA, 30.0))
    back.release(back.acquire("poll", "T1.a", OLA, 30.0))
    assert front.renew(lease, 30.0)
    front.release(lease)
    taken = back.acquire("move", "T1.a", OLA, 30.0)
    assert not front.renew(lease, 30.0)  # released: a stale token renews nothing
    front.release(lease)  # and releases nothing
    with pytest.raises(LeaseHeld):
        front.acquire("move", "T1.a", KARI, 30.0)
    back.release(taken)


def test_a_lease_nobody_renews_runs_out(backend: StoreBackend) -> None:
    front, back = backend.leases(), backend.another_desk().leases()
    front.acquire("move", "T1.a", KARI, 0.3)  # the desk then crashes: never released
    deadline = time.monotonic() + 30
    while True:
        try:
            lease = back.acquire("move", "T1.a", OLA, 30.0)
            break
        except LeaseHeld:
            assert time.monotonic() < deadline, "the lease never ran out"
            time.sleep(0.05)
    assert lease.holder == OLA


def test_a_desk_may_take_over_its_own_lease_only_when_it_asks_to(backend: StoreBackend) -> None:
    front, back = backend.leases(), backend.another_desk().leases()
    front.acquire("poll", "T1.link", KARI, 30.0)
    again = front.acquire("poll", "T1.link", KARI, 30.0, take_over_own=True)
    if backend.engine == "postgres":  # another desk's lease is never taken over
        with pytest.raises(LeaseHeld):
            back.acquire("poll", "T1.link", OLA, 30.0, take_over_own=True)
    front.release(again)


def test_many_threads_racing_for_one_key_get_it_one_at_a_time(backend: StoreBackend) -> None:
    desks = [backend.leases(), backend.another_desk().leases()]
    inside = 0
    most_inside = 0
    granted = 0
    lock = threading.Lock()

    def work(number: int) -> None:
        nonlocal inside, most_inside, granted
        leases = desks[number % 2]
        for _ in range(15):
            try:
                lease = leases.acquire("move", "T1.hot", KARI, 30.0)
            except LeaseHeld:
                continue
            with lock:
                inside += 1
                granted += 1
                most_inside = max(most_inside, inside)
            time.sleep(0.002)  # the move, while the lease is held
            with lock:
                inside -= 1
            leases.release(lease)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert most_inside == 1
    assert granted >= 1
