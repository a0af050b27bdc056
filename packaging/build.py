"""Build the Paydesk app folder with PyInstaller, from the lock file, on any platform.

    python3 packaging/build.py            (run from anywhere; paths are the repository's)

1. a new virtual environment in build/venv, nothing reused from the developer's;
2. every dependency and build tool from packaging/requirements-lock.txt, checked against
   its hashes (``--require-hashes``), wheels only, nothing resolved anew (``--no-deps``);
3. Paydesk itself from this checkout (not editable, no build isolation: its build tools
   came from the lock too);
4. the icons, and the build's version, licence list and Windows version resource;
5. PyInstaller with packaging/paydesk.spec into dist/.

The platform scripts (build-linux.sh, build-macos.sh, build-windows.ps1) run this, then
package the result. ``PAYDESK_RELEASE=1`` marks a release build (see build_files.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "venv"
LOCK = ROOT / "packaging" / "requirements-lock.txt"


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def step(title: str, command: list[str | Path]) -> None:
    print(f"\n==> {title}", flush=True)
    started = time.monotonic()
    subprocess.run([str(part) for part in command], cwd=ROOT, check=True)
    print(f"    ({time.monotonic() - started:.0f} s)", flush=True)


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # icons are drawn with Qt
    os.environ["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    shutil.rmtree(BUILD / "pyinstaller", ignore_errors=True)
    step("clean build environment", [sys.executable, "-m", "venv", "--clear", VENV])
    python = venv_python()
    pip = [python, "-m", "pip", "install", "--quiet"]
    step(
        "dependencies and build tools from the lock file (hashes checked)",
        [*pip, "--require-hashes", "--no-deps", "--only-binary", ":all:", "-r", LOCK],
    )
    step("Paydesk from this checkout", [*pip, "--no-deps", "--no-build-isolation", ROOT])
    step("check the environment is consistent", [python, "-m", "pip", "check"])
    step(
        "icons",
        [python, ROOT / "packaging" / "make_icons.py", "--out", BUILD / "icons", "--no-app-icons"],
    )
    step("build files", [python, ROOT / "packaging" / "build_files.py"])
    step(
        "PyInstaller",
        [
            python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", ROOT / "dist", "--workpath", BUILD / "pyinstaller",
            ROOT / "packaging" / "paydesk.spec",
        ],
    )  # fmt: skip
    bundle = ROOT / "dist" / "Paydesk"
    size, count = folder_size(bundle)
    print(f"\n{bundle}: {size / 2**20:.1f} MiB in {count} files", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
