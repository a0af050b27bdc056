"""PySide6's ``__feature__`` import hook is dropped: it read every module's source on import."""

from __future__ import annotations

import builtins
import linecache
import subprocess
import sys
import textwrap
from pathlib import Path

import app
from app.core.import_hook import drop_qt_feature_import_hook

APP_DIR = Path(app.__file__).parent


def test_no_module_of_paydesk_uses_pyside_features() -> None:
    """Without the hook, importing a feature from ``__feature__`` would silently do nothing."""
    users = [
        str(path.relative_to(APP_DIR))
        for path in APP_DIR.rglob("*.py")
        if "from __feature__" in path.read_text(encoding="utf-8")
    ]
    assert users == []


def test_importing_the_ui_leaves_the_interpreters_own_import_in_place() -> None:
    script = textwrap.dedent(
        """
        import builtins, linecache, sys
        import PySide6.QtCore
        hooked = builtins.__import__ is not builtins.__orig_import__
        import app.ui.style
        import app.dintero
        restored = builtins.__import__ is builtins.__orig_import__
        first = ("app/__init__.py", "core/__init__.py", "core/import_hook.py")
        read = [n for n in linecache.cache if "/app/" in n and not n.endswith(first)]
        print(hooked, restored, len(read))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    # PySide6 hooked the import; Paydesk put it back before its modules were read (only
    # the package and the module that drops the hook are imported under it).
    assert done.stdout.split() == ["True", "True", "0"]


def test_dropping_twice_is_harmless() -> None:
    drop_qt_feature_import_hook()
    assert drop_qt_feature_import_hook() is False
    original = getattr(builtins, "__orig_import__", None)
    if original is not None:
        assert builtins.__import__ is original
    assert isinstance(linecache.cache, dict)


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
