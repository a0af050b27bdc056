"""References put on money operations and on payment links: unique beyond doubt, readable."""

from __future__ import annotations

import asyncio
import math
import re
import time
from collections import Counter

import pytest

from app.core.references import (
    CROCKFORD,
    MERCHANT_REFERENCE_BITS,
    MERCHANT_REFERENCE_PATTERN,
    new_merchant_reference,
    new_operation_reference,
)
from app.dintero import ClientConfig, DinteroClient, SessionRequest, TransactionFilter
from app.sandbox import EmbeddedSandbox

MANY = 200_000


def test_operation_references_are_unique_safe_and_time_sorted() -> None:
    earlier = new_operation_reference("cap")
    time.sleep(0.002)  # a later millisecond, so the time part must sort after it
    later = [new_operation_reference("cap") for _ in range(2000)]
    assert len(set(later)) == len(later)
    assert all(earlier < reference for reference in later)
    for reference in [earlier, *later]:
        assert re.fullmatch(r"pd-cap-[0-9a-z]{22}", reference)


def test_operation_reference_kind_is_checked() -> None:
    assert new_operation_reference("void").startswith("pd-void-")
    for bad in ("", "Cap", "cap ture", "x" * 13, "cap-1"):
        with pytest.raises(ValueError, match="short lower-case word"):
            new_operation_reference(bad)


@pytest.fixture(scope="module")
def merchant_references() -> list[str]:
    return [new_merchant_reference() for _ in range(MANY)]


def test_merchant_references_are_short_and_readable_on_the_phone(
    merchant_references: list[str],
) -> None:
    for reference in merchant_references:
        assert MERCHANT_REFERENCE_PATTERN.fullmatch(reference), reference
    assert {len(reference) for reference in merchant_references} == {20}
    characters = set("".join(merchant_references)) - set("PD-")
    assert characters <= set(CROCKFORD)
    assert not characters & set("ILOU")  # nothing mistaken for 1, 0 or V when read out


def test_merchant_references_carry_at_least_64_random_bits(
    merchant_references: list[str],
) -> None:
    """The bits follow from alphabet and length, and every position really varies."""
    random_parts = [reference[3:].replace("-", "") for reference in merchant_references]
    length = len(random_parts[0])
    assert MERCHANT_REFERENCE_BITS == length * math.log2(len(CROCKFORD)) >= 64
    # Measured, not assumed: each position uses the whole alphabet about evenly, so
    # none of it is a date, a counter or a constant.
    measured = 0.0
    for position in range(length):
        counts = Counter(part[position] for part in random_parts)
        assert set(counts) == set(CROCKFORD)
        measured += -sum(n / MANY * math.log2(n / MANY) for n in counts.values())
    assert measured >= 0.99 * MERCHANT_REFERENCE_BITS


def test_many_merchant_references_never_collide(merchant_references: list[str]) -> None:
    """The old 30-bit references collided 14-26 times in this many; 75 bits make one
    collision here a one-in-a-trillion event."""
    assert len(set(merchant_references)) == MANY


def test_a_new_reference_goes_through_dintero_and_finds_its_payment(
    sandbox: EmbeddedSandbox, client_config: ClientConfig
) -> None:
    """Link recovery searches by the reference: the format must survive the round trip."""
    reference = new_merchant_reference()
    request = SessionRequest.model_validate(
        {
            "merchant_reference": reference,
            "currency": "NOK",
            "return_url": "https://shop.example.com/return",
            "items": [{"id": "MUG", "line_id": "1", "quantity": 1, "amount": 29_900}],
        }
    )

    async def main() -> list[str]:
        async with DinteroClient(client_config) as client:
            created = await client.create_session(request)
            sandbox.pay(created.id)
            found = await client.list_transactions(TransactionFilter(merchant_reference=reference))
            return [str(tx.merchant_reference) for tx in found]

    assert asyncio.run(main()) == [reference]
