"""Where Paydesk keeps its files, in each operating system's usual places."""

from __future__ import annotations

from pathlib import Path

import platformdirs

__all__ = ["APP_NAME", "data_dir", "log_dir", "reports_dir"]

APP_NAME = "Paydesk"


def data_dir() -> Path:
    """Journal, link history and templates (accounts and preferences are in the config dir)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """``~/.local/state/Paydesk/log`` on Linux, ``~/Library/Logs/Paydesk`` on macOS,
    ``%LOCALAPPDATA%\\Paydesk\\Logs`` on Windows."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def reports_dir(logs: Path | None = None) -> Path:
    """Crash reports, beside the log so that one folder holds everything support asks for."""
    return (logs or log_dir()) / "reports"
