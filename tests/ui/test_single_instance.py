"""One Paydesk per user and data folder, with real Paydesk processes.

A second start brings the first one's window up and ends; a lock left by a process that
was killed is taken over. Each process is the real app (``python -m app``) on its own
folders; the tests wait for what a process writes to its log on stderr, never for time.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CLAIMED = "Running as the only Paydesk for this folder"
ASKED = "Another start asked for this window"
RAISED = "Bringing the window to the front"
TIMEOUT_S = 60


class Desk:
    """A running Paydesk whose stderr lines arrive on a queue."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)
        self.lines.put("")  # the process ended

    def wait_for(self, text: str) -> None:
        while True:
            try:
                line = self.lines.get(timeout=TIMEOUT_S)
            except queue.Empty:
                pytest.fail(f"no {text!r} within {TIMEOUT_S} s; got:\n{''.join(self.seen)}")
            self.seen.append(line)
            if text in line:
                return
            if line == "":
                pytest.fail(f"process ended before {text!r}:\n{''.join(self.seen)}")

    def stop(self, *, kill: bool = False) -> None:
        if self.process.poll() is None:
            self.process.kill() if kill else self.process.terminate()
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        if self.process.stderr is not None:
            self.process.stderr.close()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )


@pytest.fixture
def desks() -> Iterator[list[Desk]]:
    started: list[Desk] = []
    yield started
    for desk in started:
        desk.stop(kill=True)


def second_start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="needs XDG folders (Linux, BSD)")
def test_a_second_start_brings_the_running_window_up_and_ends(
    env: dict[str, str], desks: list[Desk]
) -> None:
    first = Desk(env)
    desks.append(first)
    first.wait_for(CLAIMED)

    second = second_start(env)
    assert second.returncode == 0, second.stderr
    assert "already running; its window was brought to the front" in second.stdout
    first.wait_for(ASKED)
    first.wait_for(RAISED)
    assert first.process.poll() is None  # still running


@pytest.mark.skipif(sys.platform == "win32", reason="needs XDG folders (Linux, BSD)")
def test_a_lock_left_by_a_killed_paydesk_is_taken_over(
    env: dict[str, str], desks: list[Desk], tmp_path: Path
) -> None:
    crashed = Desk(env)
    desks.append(crashed)
    crashed.wait_for(CLAIMED)
    crashed.stop(kill=True)  # SIGKILL: no clean-up, the lock file stays
    assert (tmp_path / "data" / "Paydesk" / "paydesk.lock").exists()

    successor = Desk(env)
    desks.append(successor)
    successor.wait_for(CLAIMED)
    assert successor.process.poll() is None


@pytest.mark.skipif(sys.platform == "win32", reason="needs XDG folders (Linux, BSD)")
def test_another_data_folder_is_another_paydesk(
    env: dict[str, str], desks: list[Desk], tmp_path: Path
) -> None:
    first = Desk(env)
    desks.append(first)
    first.wait_for(CLAIMED)
    other = Desk(dict(env, XDG_DATA_HOME=str(tmp_path / "other-data")))
    desks.append(other)
    other.wait_for(CLAIMED)
