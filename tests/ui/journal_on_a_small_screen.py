"""Open the audit journal on a desk whose only screen is 1024×768, as its own process.

Run by ``test_journal_fits_the_screen.py`` under Qt's offscreen platform with a screen
of that size (the test process's own screen cannot be changed once Qt runs). Prints
what a person would see as JSON and saves a picture of the window.

    python -m tests.ui.journal_on_a_small_screen DATA_DIR PICTURE
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import qasync
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from app.accounts.secrets import SecretStore
from app.accounts.store import AccountStore
from app.desk.services import AppServices
from app.storage.journal import Journal, JournalAttempt, JournalOperation, Outcome
from app.ui.errors import ErrorPresenter
from app.ui.transactions.journal_dialog import JournalDialog


def _fill(data_dir: Path) -> None:
    with Journal.in_directory(data_dir) as journal:
        for number in range(40):
            entry = journal.record_attempt(
                JournalAttempt(
                    operator="kari.nordmann",
                    account_id="T12345678",
                    environment="test",
                    operation=JournalOperation.REFUND if number % 3 else JournalOperation.CAPTURE,
                    target_id=f"T12345678.{number:04d}abcdefghijklmnopqrstu",
                    amount=129_900 + number,
                    currency="NOK",
                    reference=f"op-{number:04d}-kx7q2m",
                    merchant_reference=f"PD-2612-{number:04d}",
                )
            )
            journal.settle(
                entry,
                Outcome.SUCCEEDED,
                request_id=f"7b1c9e0a-{number:04d}-4c2d-9f3e-0123456789ab",
                message="Refunded in full; the customer was told on the phone",
            )


def _global(widget: QWidget) -> QRect:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return QRect(top_left, widget.size())


async def _open_and_look(data_dir: Path, picture: Path) -> dict[str, object]:
    _fill(data_dir)
    services = AppServices(
        accounts=AccountStore(data_dir / "accounts.json"),
        secrets=SecretStore(),
        data_dir=data_dir,
        operator="kari.nordmann",
    )
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    window.showMaximized()
    errors = ErrorPresenter(window)
    dialog = JournalDialog(services, errors, "T12345678", window.centralWidget())
    loaded: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def on_loaded(count: int) -> None:
        if not loaded.done():
            loaded.set_result(count)

    dialog.loaded.connect(on_loaded)
    dialog.open()
    await asyncio.wait_for(loaded, timeout=30)
    await asyncio.sleep(0)  # let the layout settle after the rows arrived
    screen = dialog.screen().availableGeometry()
    buttons = {b.text(): _global(b) for b in dialog.findChildren(QPushButton)}
    facts = {
        "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
        "dialog": [dialog.x(), dialog.y(), dialog.width(), dialog.height()],
        "inside": screen.contains(dialog.frameGeometry()),
        "buttons_inside": {text: screen.contains(rect) for text, rect in buttons.items()},
        "rows": dialog.model.rowCount(),
    }
    dialog.grab().save(str(picture))
    dialog.done(0)
    return facts


def main(data_dir: Path, picture: Path) -> None:
    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        facts = loop.run_until_complete(_open_and_look(data_dir, picture))
    print(json.dumps(facts))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
