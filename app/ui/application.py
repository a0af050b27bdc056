"""Build the services, show the main window first, then load everything else.

The qasync loop drives both Qt and asyncio on the GUI thread. Quitting waits for the
window's tasks to be cancelled and its HTTP client closed before the loop ends.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app.ui import style
from app.ui.app_icon import app_icon
from app.ui.language import install_language, start_language
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    import asyncio

    from app.desk.services import AppServices
    from app.diagnostics.crash import CrashReport
    from app.diagnostics.startup import Diagnostics
    from app.ui.single_instance import SingleInstance

log = logging.getLogger(__name__)

#: For the start-up benchmarks: ``1`` prints ``first-paint <unix time>`` on the window's
#: first paint and exits; ``transactions`` opens the Transactions section and prints
#: ``transactions-painted <unix time>`` once its first page of rows has been painted.
STARTUP_PROBE_ENV = "PAYDESK_STARTUP_PROBE"
TRANSACTIONS_PROBE = "transactions"


def run(
    qapp: QApplication,
    *,
    demo: bool,
    screenshot: Path | None,
    sandbox_url: str | None = None,
    diagnostics: Diagnostics | None = None,
    guard: SingleInstance | None = None,
    language: str | None = None,
) -> int:
    """Paint the main window first; only then start the loop and load everything else.

    ``language`` (en, nb, sv, da) overrides the one in Preferences and the system's.
    """
    qapp.setQuitOnLastWindowClosed(False)
    install_language(qapp, language or start_language(demo))
    qapp.setWindowIcon(app_icon())
    style.install(qapp)  # before the first widget, so nothing is polished twice
    window = MainWindow()
    if diagnostics is not None:
        window.log_folder = diagnostics.log_folder
    if guard is not None:
        guard.activate_requested.connect(window.bring_to_front)
    probe_mode = os.environ.get(STARTUP_PROBE_ENV, "")
    if probe_mode == TRANSACTIONS_PROBE:
        window.probe_first_transactions = True
    probe = _FirstPaintProbe(window, exit_on_paint=probe_mode not in ("", TRANSACTIONS_PROBE))
    window.installEventFilter(probe)
    window.show()
    probe.wait(qapp)
    window.show_version_in_title()
    if diagnostics is not None:
        diagnostics.after_first_paint()
        from app.ui.crash_dialog import CrashPresenter

        diagnostics.crash.on_report(CrashPresenter(window).report)

    import asyncio  # after the first paint, like everything that is not the window

    import qasync

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        if diagnostics is not None:
            diagnostics.crash.install_on_loop(runner.get_loop())
        try:
            return runner.run(
                _main(qapp, window, demo=demo, screenshot=screenshot, sandbox_url=sandbox_url)
            )
        finally:
            if diagnostics is not None:
                diagnostics.crash.on_report(None)  # the window is gone


async def _main(
    qapp: QApplication,
    window: MainWindow,
    *,
    demo: bool,
    screenshot: Path | None,
    sandbox_url: str | None,
) -> int:
    import asyncio

    from app.ui.demo import DemoSession

    session = DemoSession.create() if demo else None
    services = session.services if session is not None else _user_services()
    window.set_services(services)
    finished: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def last_window_closed() -> None:
        if not finished.done():
            finished.set_result(0)

    qapp.lastWindowClosed.connect(last_window_closed)
    try:
        if session is not None:
            await session.start(sandbox_url)
        window.start_loading()
        if screenshot is not None:
            QTimer.singleShot(0, lambda: _screenshot_when_ready(window, screenshot, finished))
        code = await finished
    finally:
        await window.aclose()
        window.close()
        if session is not None:
            # The journal, the link history and the sandbox close before their folder goes.
            await session.aclose()
        else:
            await asyncio.to_thread(services.stores.close)
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
    from app.accounts.preferences import PreferencesStore
    from app.accounts.secrets import SecretStore
    from app.accounts.store import AccountStore
    from app.desk.services import AppServices
    from app.diagnostics import folders

    data_dir = folders.data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    return AppServices(
        accounts=AccountStore(),
        secrets=SecretStore(),
        data_dir=data_dir,
        preferences=PreferencesStore(),
    )


def _screenshot_when_ready(window: MainWindow, path: Path, done: asyncio.Future[int]) -> None:
    """Wait until an account is bound and its first loads settle, then save and quit."""

    import asyncio

    async def shoot() -> None:
        for _ in range(200):
            context = window.context
            # window.tasks runs this very task, so only its other work counts.
            opening = window.tasks.running("load-accounts") or window.tasks.running("open-account")
            settled = context is not None and not context.tasks.busy and not opening
            if settled and window.sections_built:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(path))
        print(f"screenshot {'saved to' if saved else 'FAILED:'} {path}", flush=True)
        if not done.done():
            done.set_result(0 if saved else 1)

    window.tasks.start("screenshot", shoot(), background=True)


def start_single(data_folder: Path) -> SingleInstance | None:
    """The guard when this is the only Paydesk on the folder; None when another one runs
    (it has been asked to show its window, or the user was told it is running)."""
    from app.ui.single_instance import SingleInstance

    guard = SingleInstance(data_folder)
    if guard.claim():
        return guard
    if guard.ask_running_to_show():
        log.info("Paydesk is already running; its window was brought to the front")
        print("Paydesk is already running; its window was brought to the front.", flush=True)
        return None
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Application", "Paydesk is already running"),
        "",
    )
    box.setText(
        QCoreApplication.translate("Application", "Paydesk is already running for this user.")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Application",
            "Find its window on the task bar. If it does not appear within a minute, "
            "restart the computer.",
        )
    )
    box.setWindowIcon(app_icon())
    box.exec()
    return None


def show_fatal(report: CrashReport) -> None:
    """The crash window for an error that ended the app (no event loop runs any more)."""
    if QApplication.instance() is None:
        return
    from app.ui.crash_dialog import CrashDialog

    CrashDialog(report).exec()
