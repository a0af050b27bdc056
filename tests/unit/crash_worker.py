"""A Paydesk process that fails on purpose, for the crash report tests.

``python -m tests.unit.crash_worker MODE LOG_FOLDER``: starts the log and the crash handler
as Paydesk's entry point does, writes a log line holding a secret, then fails as MODE
says: ``main`` (an exception on the main thread), ``thread`` (on another thread),
``loop`` (in an asyncio callback and a task nobody awaits), ``fatal`` (a segmentation
fault, which only faulthandler sees) or ``none`` (just start, as the next start does).
"""

from __future__ import annotations

import asyncio
import faulthandler
import logging
import sys
import threading
from pathlib import Path

from app.diagnostics.startup import start_diagnostics

SECRET = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl"
CLIENT_SECRET = "very-secret-client-secret"


def fail_on_main() -> None:
    raise RuntimeError(f"broken on purpose; Authorization: Bearer {SECRET}")


def fail_on_thread() -> None:
    def work() -> None:
        raise ValueError(f"thread broke with client_secret={CLIENT_SECRET}")

    thread = threading.Thread(target=work, name="card-saver")
    thread.start()
    thread.join()


def fail_in_loop(diagnostics_install: object) -> None:
    async def forgotten() -> None:
        raise LookupError("a task nobody awaited")

    def callback() -> None:
        raise KeyError("a callback broke")

    async def main() -> None:
        loop = asyncio.get_running_loop()
        diagnostics_install(loop)  # type: ignore[operator]
        loop.call_soon(callback)
        task = loop.create_task(forgotten())
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        assert task.done()
        del task  # never retrieved: reported when collected

    asyncio.run(main())
    import gc

    gc.collect()


def main(mode: str, folder: Path) -> int:
    diagnostics = start_diagnostics(demo=False, logs=folder)
    logging.getLogger("worker").info("token request with client_secret=%s", CLIENT_SECRET)
    if mode == "main":
        fail_on_main()
    elif mode == "thread":
        fail_on_thread()
    elif mode == "loop":
        fail_in_loop(diagnostics.crash.install_on_loop)
    elif mode == "fatal":
        faulthandler._sigsegv()  # type: ignore[attr-defined]  # CPython's test hook
    print(f"reports: {len(diagnostics.crash.written)}", flush=True)
    diagnostics.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2])))
