"""Desk workflows run with plain pytest: no Qt, the real sandbox over loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.journal import Journal


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.in_directory(tmp_path) as opened:
        yield opened
