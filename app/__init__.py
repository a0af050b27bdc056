"""Paydesk: a desktop back office for merchants on Dintero Checkout."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Read on first use: the package metadata costs a few milliseconds at start-up.
    if name == "__version__":
        from app.core.version import version

        return version()
    raise AttributeError(f"module 'app' has no attribute {name!r}")
