"""Run every check CI runs: lint, format, types, import layers, translations, then the suite.

One entry point for newcomers and for CI, so both run exactly the same thing.
Usage: ``python -m tests.check [extra pytest arguments]``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bin(name: str) -> str:
    """The tool from the same environment as this interpreter (venv-safe on every OS)."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def main(argv: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    steps: list[tuple[str, list[str]]] = [
        ("ruff lint", [_bin("ruff"), "check", "app", "tests", "packaging"]),
        ("ruff format", [_bin("ruff"), "format", "--check", "app", "tests", "packaging"]),
        ("mypy (strict on app/)", [sys.executable, "-m", "mypy"]),
        ("mypy (tests)", [sys.executable, "-m", "mypy", "tests"]),
        ("import layers", [_bin("lint-imports")]),
        ("translations", [sys.executable, "-m", "tests.translations", "check"]),
        ("pytest", [sys.executable, "-m", "pytest", *argv]),
    ]
    for title, command in steps:
        print(f"\n==> {title}", flush=True)
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        if result.returncode != 0:
            print(f"\n{title} failed (exit {result.returncode})", flush=True)
            return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
