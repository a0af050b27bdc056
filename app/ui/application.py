"""Build the services, show the main window first, then load everything else.

The qasync loop drives both Qt and asyncio on the GUI thread. Quitting waits for the
window's tasks to be cancelled and its HTTP client closed before the loop ends.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.ui import style
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    import asyncio

    from app.desk.services import AppServices

log = logging.getLogger(__name__)

#: Set (to anything) to print ``first-paint <unix time>`` on the first paint and exit.
STARTUP_PROBE_ENV = "PAYDESK_STARTUP_PROBE"


def run(qapp: QApplication, *, demo: bool, screenshot: Path | None) -> int:
    """Paint the main window first; only then start the loop and load everything else."""
    qapp.setQuitOnLastWindowClosed(False)
    style.install(qapp)  # before the first widget, so nothing is polished twice
    window = MainWindow()
    probe = _FirstPaintProbe(window, exit_on_paint=bool(os.environ.get(STARTUP_PROBE_ENV)))
    window.installEventFilter(probe)
    window.show()
    probe.wait(qapp)

    import asyncio  # after the first paint, like everything that is not the window

    import qasync

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        return runner.run(_main(qapp, window, demo=demo, screenshot=screenshot))


async def _main(
    qapp: QApplication, window: MainWindow, *, demo: bool, screenshot: Path | None
) -> int:
    import asyncio
    import tempfile

    temp_dir = tempfile.TemporaryDirectory(prefix="paydesk-demo-") if demo else None
    services = _demo_services(Path(temp_dir.name)) if temp_dir else _user_services()
    _configure_logging(services.data_dir)
    window.set_services(services)
    _install_excepthook(window)
    finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def last_window_closed() -> None:
        if not finished.done():
            finished.set_result(0)

    qapp.lastWindowClosed.connect(last_window_closed)
    try:
        if demo:
            from app.ui.demo import start_demo

            sandbox = await start_demo(services)
            window.destroyed.connect(sandbox.stop)
        window.start_loading()
        if screenshot is not None:
            QTimer.singleShot(0, lambda: _screenshot_when_ready(window, screenshot, finished))
        code = await finished
    finally:
        await window.aclose()
        window.close()
        if temp_dir is not None:
            temp_dir.cleanup()
    return code


class _FirstPaintProbe(QObject):
    """Notices the main window's first paint.

    With ``exit_on_paint`` (the start-up benchmark) it prints the wall-clock time of that
    paint and ends the process at once.
    """

    def __init__(self, window: QObject, *, exit_on_paint: bool) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        self.exit_on_paint = exit_on_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            if self.exit_on_paint:
                print(f"first-paint {time.time():.6f}", flush=True)
                os._exit(0)
        return False

    def wait(self, qapp: QApplication, timeout_s: float = 2.0) -> None:
        """Spin Qt's events until the window has painted (or the timeout passes)."""
        deadline = time.monotonic() + timeout_s
        while not self.painted and time.monotonic() < deadline:
            qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        self.window.removeEventFilter(self)


def _user_services() -> AppServices:
    import platformdirs

    from app.accounts.preferences import PreferencesStore
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore
    from app.desk.services import AppServices

    data_dir = Path(platformdirs.user_data_dir("Paydesk", appauthor=False))
    data_dir.mkdir(parents=True, exist_ok=True)
    return AppServices(
        accounts=AccountStore(),
        secrets=SecretStore(),
        data_dir=data_dir,
        preferences=PreferencesStore(),
    )


def _demo_services(root: Path) -> AppServices:
    from app.accounts.memory_keyring import use_memory_keyring
    from app.accounts.preferences import PreferencesStore
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore
    from app.desk.services import AppServices

    use_memory_keyring()
    return AppServices(
        accounts=AccountStore(root / "accounts.json"),
        secrets=SecretStore(),
        data_dir=root,
        demo=True,
        preferences=PreferencesStore(root / "preferences.json"),
    )


def _screenshot_when_ready(window: MainWindow, path: Path, done: asyncio.Future[int]) -> None:
    """Wait until an account is bound and its first loads settle, then save and quit."""

    import asyncio

    async def shoot() -> None:
        for _ in range(200):
            context = window.context
            # window.tasks runs this very task, so only its other work counts.
            opening = window.tasks.running("load-accounts") or window.tasks.running("open-account")
            if context is not None and not context.tasks.busy and not opening:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
        print(f"screenshot {'saved to' if saved else 'FAILED:'} {path}", flush=True)
        if not done.done():
            done.set_result(0 if saved else 1)

    window.tasks.start("screenshot", shoot(), background=True)


def _configure_logging(data_dir: Path) -> None:
    handler = logging.FileHandler(data_dir / "paydesk.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler, logging.StreamHandler()])
    # HTTP libraries log every URL at INFO, and list URLs carry customers' phone numbers
    # and e-mails in ?search=; keep personal data out of the log file.
    for noisy in ("httpx", "httpcore", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _install_excepthook(window: MainWindow) -> None:
    """Anything that escapes a slot is logged and shown, instead of killing the app."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("Uncaught exception", exc_info=(kind, error, trace))
        window.errors.present(error, "Unexpected error")

    sys.excepthook = hook
