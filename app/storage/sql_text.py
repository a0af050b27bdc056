"""Text search in SQLite: what staff type is matched literally, never as a LIKE pattern."""

from __future__ import annotations

__all__ = ["contains_pattern"]


def contains_pattern(text: str) -> str:
    """A ``LIKE … ESCAPE '\\'`` pattern matching ``text`` anywhere, with ``%``/``_`` literal."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
