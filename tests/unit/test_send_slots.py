"""Send slots: at most N moves on the wire, first come first served, and a stop that
turns away at once every move not on the wire yet."""

from __future__ import annotations

import asyncio

import pytest

from app.desk.send_slots import SendSlots, SendStopped


def test_at_most_size_taken_and_handed_on_in_order() -> None:
    taken: list[str] = []

    async def main() -> None:
        slots = SendSlots(2, on_taken=taken.append)
        await slots.take("a")
        await slots.take("b")
        later = [asyncio.ensure_future(slots.take(name)) for name in ("c", "d")]
        await asyncio.sleep(0.01)
        assert taken == ["a", "b"]  # c and d wait
        slots.give_back()
        await asyncio.sleep(0.01)
        assert taken == ["a", "b", "c"]
        slots.give_back()
        await asyncio.gather(*later)
        assert taken == ["a", "b", "c", "d"]
        slots.give_back()
        slots.give_back()
        await slots.take("e")  # two were free again
        await slots.take("f")
        assert taken[-2:] == ["e", "f"]

    asyncio.run(main())


def test_stop_turns_away_waiting_moves_at_once_and_later_ones_before_journalling() -> None:
    async def main() -> None:
        slots = SendSlots(1)
        await slots.take("on the wire")
        waiting = asyncio.ensure_future(slots.take("waiting"))
        await asyncio.sleep(0.01)
        slots.stop()  # the slot is still out; the waiting move must not wait for it
        with pytest.raises(SendStopped):
            await asyncio.wait_for(waiting, 1.0)
        with pytest.raises(SendStopped):
            slots.check()
        slots.give_back()
        with pytest.raises(SendStopped):
            await slots.take("after the stop")

    asyncio.run(main())


def test_a_move_cut_off_just_as_it_is_handed_a_slot_passes_it_on() -> None:
    """Cancelled in the same turn as it was handed the slot: the slot is not lost."""
    taken: list[str] = []

    async def main() -> None:
        slots = SendSlots(1, on_taken=taken.append)
        await slots.take("first")
        second = asyncio.ensure_future(slots.take("second"))
        third = asyncio.ensure_future(slots.take("third"))
        await asyncio.sleep(0.01)
        slots.give_back()  # handed to the second ...
        second.cancel()  # ... which is cut off before it runs again
        with pytest.raises(asyncio.CancelledError):
            await second
        await asyncio.wait_for(third, 1.0)
        assert taken == ["first", "third"]

    asyncio.run(main())


def test_a_waiting_move_cut_off_leaves_the_queue() -> None:
    async def main() -> None:
        slots = SendSlots(1)
        await slots.take("first")
        cut = asyncio.ensure_future(slots.take("cut"))
        await asyncio.sleep(0.01)
        cut.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cut
        slots.give_back()
        await asyncio.wait_for(slots.take("next"), 1.0)  # the slot did not go to "cut"

    asyncio.run(main())


def test_moves_cut_off_together_with_the_one_on_the_wire_leave_no_trace() -> None:
    """An account switch cancels them all at once: the one on the wire gives its slot
    back while the waiting ones, already cut off, are still in the queue."""

    async def main() -> None:
        slots = SendSlots(1)
        await slots.take("on the wire")
        waiting = [asyncio.ensure_future(slots.take(name)) for name in ("b", "c")]
        await asyncio.sleep(0.01)
        for task in waiting:
            task.cancel()
        slots.give_back()  # skips the cut-off turns; the slot is free again
        for task in waiting:
            with pytest.raises(asyncio.CancelledError):
                await task
        await asyncio.wait_for(slots.take("next"), 1.0)

    asyncio.run(main())
