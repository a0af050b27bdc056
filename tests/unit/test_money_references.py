"""References put on money operations and on orders."""

from __future__ import annotations

import re
import time
from datetime import datetime

import pytest

from app.core.references import new_merchant_reference, new_operation_reference


def test_operation_references_are_unique_safe_and_time_sorted() -> None:
    earlier = new_operation_reference("cap")
    time.sleep(0.002)
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


def test_merchant_reference_is_readable() -> None:
    reference = new_merchant_reference(datetime(2026, 11, 3))
    assert re.fullmatch(r"PD-2611-[0-9A-HJKMNP-TV-Z]{6}", reference)
    references = {new_merchant_reference() for _ in range(200)}
    assert len(references) == 200
