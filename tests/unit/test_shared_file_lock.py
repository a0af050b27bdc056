"""The lock file of a shared JSON document: a holder elsewhere makes a change wait, then
fail with ``LockTimeout``; filelock itself loads only when a change is made."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.accounts.shared_file import LockTimeout, SharedJsonFile


def test_a_lock_held_by_another_holder_times_out_as_lock_timeout(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    holder = SharedJsonFile(path)
    waiter = SharedJsonFile(path, lock_timeout_s=0.05)
    holder.acquire()
    try:
        with pytest.raises(LockTimeout) as caught:
            waiter.acquire()
        assert isinstance(caught.value, OSError)
        assert str(path.with_name("accounts.json.lock")) in str(caught.value)
    finally:
        holder.release()
    waiter.acquire()  # free again: the waiter gets it, and its thread lock was released
    waiter.release()


def test_filelock_is_imported_only_when_a_file_is_changed(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from app.accounts.shared_file import SharedJsonFile
        shared = SharedJsonFile(Path({str(tmp_path / "doc.json")!r}))
        before = "filelock" in sys.modules
        with shared.locked(lambda error: error):
            pass
        print(before, "filelock" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]
