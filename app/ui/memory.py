"""Hand memory that Python has freed back to the operating system, where the C library
allows it (glibc's ``malloc_trim``; elsewhere nothing happens).

Decoding a page of transactions makes thousands of short-lived objects; the allocator
keeps the freed space, so a long list would hold the high-water mark of every page.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache

__all__ = ["give_back_freed_memory"]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def give_back_freed_memory() -> None:
    """Blocking, a millisecond or so: call it from a worker thread."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
