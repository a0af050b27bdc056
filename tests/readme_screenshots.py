"""The README's pictures: the demo's main window in English and Norwegian, light and dark.

Usage: ``python -m tests.readme_screenshots`` (writes ``resources/screenshots/``). Each
picture is taken by the app's own ``--demo --screenshot`` path, in a process of its own,
with the dark palette that Qt applications set by hand where the desktop has none.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "screenshots"
LANGUAGES = ("en", "nb")
THEMES = ("light", "dark")


def shoot(language: str, theme: str, path: Path) -> int:
    """In this process: the demo, in ``language`` and ``theme``, saved to ``path``."""
    from PySide6.QtWidgets import QApplication

    from app.ui.application import run
    from tests.ui.themes import PALETTES

    qapp = QApplication(["paydesk"])
    qapp.setStyle("Fusion")
    qapp.setPalette(PALETTES[theme]())
    return run(qapp, demo=True, screenshot=path, language=language)


def main() -> int:
    if len(sys.argv) == 4:
        return shoot(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
    FOLDER.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for language in LANGUAGES:
        for theme in THEMES:
            path = FOLDER / f"main-window-{language}-{theme}.png"
            command = [sys.executable, "-m", "tests.readme_screenshots", language, theme, str(path)]
            if subprocess.run(command, env=env, cwd=ROOT, check=False).returncode != 0:
                print(f"FAILED: {path}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
