"""The audit journal opens no larger than the screen it opens on.

It asked for 1,400 px and opened half off a 1024×768 desk with Close and Export out of
reach. Checked here on this test run's screen, and in a second process whose only
screen is 1024×768 (Qt's offscreen platform takes a screen size from a file).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.ui.errors import ErrorPresenter
from app.ui.transactions.journal_dialog import PREFERRED_SIZE, JournalDialog
from tests.ui.transactions_support import make_services, wait_for

ROOT = Path(__file__).resolve().parents[2]


def test_the_journal_fits_this_screen(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(700, 500)
    parent.show()
    dialog = JournalDialog(make_services(tmp_path), ErrorPresenter(), "T12345678", parent)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    wait_for(qtbot, lambda: not dialog.tasks.busy)
    screen = dialog.screen().availableGeometry()
    assert screen.width() < PREFERRED_SIZE.width()  # this run's screen is the small one
    assert screen.contains(dialog.frameGeometry())
    for button in dialog.findChildren(QPushButton):
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert screen.contains(corner), button.text()


def test_the_journal_fits_a_1024_by_768_desk(tmp_path: Path, screenshot_dir: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(
        json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1024, "height": 768}]}),
        encoding="utf-8",
    )
    picture = screenshot_dir / "journal_1024x768.png"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.journal_on_a_small_screen", str(tmp_path), str(picture)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["screen"] == [0, 0, 1024, 768]
    assert facts["rows"] == 40
    assert facts["inside"], facts
    assert facts["buttons_inside"] == {"Export CSV…": True, "Close": True}
    assert facts["dialog"][2] <= 1024
