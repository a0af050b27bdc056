"""Smoke-test a built Paydesk: it starts, knows its version, and paints a real window.

    build/venv/bin/python packaging/smoke_test.py dist/Paydesk/Paydesk

Runs the built executable (not the source) with ``--version`` and with ``--demo
--screenshot``, on Qt's offscreen platform, with its log and temporary files in a
throwaway folder; fails unless the version matches the build's, the PNG is a real picture
of the window (size, dimensions, many colours, not one flat colour), the demo removed its
temporary folder, and the log starts with the version.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageStat

ROOT = Path(__file__).resolve().parent.parent
MIN_BYTES = 20_000
MIN_SIZE = (800, 500)
MIN_COLOURS = 64


def fail(message: str) -> None:
    print(f"SMOKE TEST FAILED: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def check_screenshot(png: Path) -> str:
    if not png.is_file():
        fail(f"no screenshot at {png}")
    size = png.stat().st_size
    if size < MIN_BYTES:
        fail(f"screenshot is only {size} bytes")
    with Image.open(png) as image:
        if image.format != "PNG":
            fail(f"screenshot is {image.format}, not PNG")
        width, height = image.size
        if width < MIN_SIZE[0] or height < MIN_SIZE[1]:
            fail(f"screenshot is {width}x{height}, smaller than {MIN_SIZE}")
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20) or []
        spread = max(ImageStat.Stat(rgb.convert("L")).stddev)
    if len(colours) < MIN_COLOURS:
        fail(f"screenshot has only {len(colours)} colours: a blank or flat window")
    if spread < 10:
        fail(f"screenshot is nearly one flat colour (brightness spread {spread:.1f})")
    return f"{width}x{height}, {size} bytes, {len(colours)} colours, spread {spread:.0f}"


def log_folder_for(root: Path) -> Path:
    """Where the app logs: XDG_STATE_HOME (set to ``root/state``) on Linux; the user's
    own log folder on macOS and Windows, which no variable moves."""
    import platformdirs

    if sys.platform.startswith("linux"):
        return root / "state" / "Paydesk" / "log"
    return Path(platformdirs.user_log_dir("Paydesk", appauthor=False))


def main(argv: list[str]) -> int:
    executable = Path(argv[0]).resolve()
    expected = json.loads((ROOT / "build" / "generated" / "build-info.json").read_text())
    with tempfile.TemporaryDirectory(prefix="paydesk-smoke-") as scratch:
        root = Path(scratch)
        temp = root / "temp"
        temp.mkdir()
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            XDG_STATE_HOME=str(root / "state"),
            XDG_DATA_HOME=str(root / "data"),
            XDG_CONFIG_HOME=str(root / "config"),
            TMPDIR=str(temp),
            TEMP=str(temp),
            TMP=str(temp),
        )

        version = subprocess.run(
            [executable, "--version"], env=env, capture_output=True, text=True, timeout=60
        )
        if version.returncode != 0:
            fail(f"--version exited {version.returncode}: {version.stderr}")
        if not version.stdout.startswith(f"Paydesk {expected['version']}"):
            fail(f"--version printed {version.stdout!r}, expected {expected['version']}")
        print(f"--version: {version.stdout.strip()}", flush=True)

        png = root / "demo.png"
        demo = subprocess.run(
            [executable, "--demo", "--screenshot", png],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        if demo.returncode != 0:
            fail(f"--demo --screenshot exited {demo.returncode}:\n{demo.stdout}\n{demo.stderr}")
        print(f"--demo --screenshot: {check_screenshot(png)}", flush=True)
        left = sorted(p.name for p in temp.iterdir())
        if left:
            fail(f"the demo left {left} in its temporary folder")
        log_folder = log_folder_for(root)
        log = log_folder / "paydesk-demo.log"
        if not log.is_file() or f"Version: {expected['version']}" not in log.read_text("utf-8"):
            fail(f"the demo's log {log} is missing or has no version header")
        print(f"log: {log}", flush=True)
        if sys.platform.startswith("linux"):  # elsewhere the folder is the user's own
            reports = list(log_folder.rglob("crash-*.txt"))
            if reports:
                fail(f"the demo wrote crash reports: {reports}")
    print("smoke test passed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
