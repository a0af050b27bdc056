"""Crash reports from real processes that fail on purpose (see crash_worker.py).

Each failure is real: an exception escaping the main thread, another thread, an asyncio
callback and task, and a segmentation fault. The report must say which Paydesk on which
computer, hold the traceback and the last log lines, and no token or secret.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.version import build_info
from app.diagnostics.crash import FATAL_LOG
from app.diagnostics.scrub import REMOVED
from tests.unit.crash_worker import CLIENT_SECRET, SECRET

ROOT = Path(__file__).resolve().parents[2]


def run_worker(mode: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.unit.crash_worker", mode, str(folder)],
        cwd=ROOT,
        env=dict(os.environ, PYTHONFAULTHANDLER=""),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def reports(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((folder / "reports").glob("crash-*"))]


def assert_is_a_good_report(text: str) -> None:
    assert text.startswith("Paydesk crash report\n")
    assert f"Version: {build_info().label}" in text
    assert "Operating system: " in text
    assert "Python: " in text
    assert "Traceback" in text
    assert "token request with client_secret=" in text  # the log's last lines
    assert SECRET not in text
    assert CLIENT_SECRET not in text
    assert REMOVED in text


def test_an_exception_on_the_main_thread_is_reported(tmp_path: Path) -> None:
    result = run_worker("main", tmp_path)
    assert result.returncode == 1
    (text,) = reports(tmp_path)
    assert_is_a_good_report(text)
    assert "What happened: RuntimeError in the main thread" in text
    assert "broken on purpose" in text
    log = (tmp_path / "paydesk.log").read_text(encoding="utf-8")
    assert "Crash report written to" in log
    assert SECRET not in log
    assert CLIENT_SECRET not in log


def test_an_exception_on_another_thread_is_reported_and_the_app_goes_on(tmp_path: Path) -> None:
    result = run_worker("thread", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "reports: 1" in result.stdout
    (text,) = reports(tmp_path)
    assert_is_a_good_report(text)
    assert "ValueError in the thread “card-saver”" in text


def test_exceptions_in_the_event_loop_are_reported(tmp_path: Path) -> None:
    result = run_worker("loop", tmp_path)
    assert result.returncode == 0, result.stderr
    texts = reports(tmp_path)
    assert len(texts) == 2, result.stderr
    for text in texts:
        assert_is_a_good_report(text)
    joined = "\n".join(texts)
    assert "KeyError in the event loop" in joined
    assert "LookupError in the event loop" in joined
    assert "a task nobody awaited" in joined


@pytest.mark.skipif(sys.platform == "win32", reason="a segmentation fault ends the test runner")
def test_a_fatal_error_is_reported_at_the_next_start(tmp_path: Path) -> None:
    result = run_worker("fatal", tmp_path)
    assert result.returncode != 0
    fatal = (tmp_path / "reports" / FATAL_LOG).read_text(encoding="utf-8")
    assert "Segmentation fault" in fatal
    assert reports(tmp_path) == []

    again = run_worker("none", tmp_path)
    assert again.returncode == 0, again.stderr
    (text,) = reports(tmp_path)
    assert "stopped abruptly last time" in text
    assert "Segmentation fault" in text
    assert "Version: " in text
    assert (tmp_path / "reports" / FATAL_LOG).read_text(encoding="utf-8") == ""
