"""Make this process import only what the shipped app has, for memory figures.

The development environment also holds the checking tools (import-linter brings `rich`
and `click`). httpx imports its command line, and with it both of those, whenever they
are installed: about 9 MB that the shipped app, built without the dev tools, never
loads. Import this module first in a benchmark that measures the app's memory.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

DEV_ONLY = frozenset({"rich", "click"})


class _DevToolsAbsent(importlib.abc.MetaPathFinder):
    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] in DEV_ONLY:
            raise ModuleNotFoundError(f"{fullname} is a development tool, not shipped")
        return None


if not any(isinstance(finder, _DevToolsAbsent) for finder in sys.meta_path):
    sys.meta_path.insert(0, _DevToolsAbsent())
