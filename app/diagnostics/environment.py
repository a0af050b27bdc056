"""Facts about this build and computer, for the log header, error details and About."""

from __future__ import annotations

import os
import sys

from app.core.version import build_info

__all__ = ["facts", "one_line"]


def _os_name() -> str:
    import platform  # only when facts are asked for: not on the way to the first paint

    if sys.platform == "darwin":
        release = platform.mac_ver()[0]
        return f"macOS {release} ({platform.machine()})" if release else platform.platform()
    if sys.platform == "win32":
        return f"Windows {platform.release()} ({platform.version()}, {platform.machine()})"
    return platform.platform(terse=False)


def facts() -> list[tuple[str, str]]:
    """Label and value pairs: version, Python, operating system, whether frozen."""
    import platform

    info = build_info()
    python = f"{platform.python_version()} ({platform.python_implementation()})"
    rows = [("Version", info.label), ("Python", python), ("Operating system", _os_name())]
    if info.built:
        rows.append(("Built", info.built))
    if getattr(sys, "frozen", False):
        rows.append(("Installed app", sys.executable))
    rows.append(("Process", str(os.getpid())))
    return rows


def one_line() -> str:
    """``Paydesk 0.1.0 (development) · Python 3.11.7 · Linux-6.1…`` for error details."""
    import platform

    info = build_info()
    return f"Paydesk {info.label} · Python {platform.python_version()} · {_os_name()}"
