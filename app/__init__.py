"""Paydesk: a desktop back office for merchants on Dintero Checkout."""

from __future__ import annotations

from app.core.import_hook import drop_qt_feature_import_hook

# When PySide6 came first (a test run, a benchmark), drop its import hook before the rest
# of Paydesk is imported; ``app.ui`` does it again once it has imported PySide6 itself.
drop_qt_feature_import_hook()


def __getattr__(name: str) -> str:
    # Read on first use: the package metadata costs a few milliseconds at start-up.
    if name == "__version__":
        from app.core.version import version

        return version()
    raise AttributeError(f"module 'app' has no attribute {name!r}")
