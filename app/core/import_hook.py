"""Undo PySide6's replacement of ``__import__``.

Importing PySide6 swaps ``builtins.__import__`` for a hook that serves its optional
``__feature__`` switches (snake_case, true_property). The hook then runs Python
code on every ``import`` statement, and reads the whole source of every newly imported
module (``inspect.getsource``) to see whether it mentions PySide6: tenths of a second of
start-up and megabytes of source text kept in ``linecache`` for the life of the process.
Paydesk uses no ``__feature__`` (a test checks), so the plain import is put back; PySide6
keeps the original under ``builtins.__orig_import__``.
"""

from __future__ import annotations

import builtins

__all__ = ["drop_qt_feature_import_hook"]


def drop_qt_feature_import_hook() -> bool:
    """Put the interpreter's own ``__import__`` back if PySide6 replaced it; True if it did."""
    original = getattr(builtins, "__orig_import__", None)
    if original is None or builtins.__import__ is original:
        return False
    builtins.__import__ = original
    return True
