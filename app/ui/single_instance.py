"""One Paydesk per user and data folder: a second start brings the first one's window up.

The first process takes a ``QLockFile`` in the data folder and listens on a local socket
named after the user and that folder. A later start fails to take the lock, connects,
asks the running one to show its window, and ends. The lock records the holder's
process id, so a lock left behind by a crash (its process gone) is taken over.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

__all__ = ["SingleInstance", "server_name"]

log = logging.getLogger(__name__)

LOCK_FILE = "paydesk.lock"
SHOW = b"show\n"
SHOWN = b"shown\n"
TIMEOUT_MS = 3000


def server_name(data_folder: Path) -> str:
    """A socket name private to this user and folder (Windows pipes are machine-wide)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{data_folder.resolve()}".encode()).hexdigest()[:20]
    return f"paydesk-{digest}"


class SingleInstance(QObject):
    """The guard of one data folder; ``activate_requested`` fires when a second start asks."""

    activate_requested = Signal()

    def __init__(self, data_folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_folder.mkdir(parents=True, exist_ok=True)
        self.name = server_name(data_folder)
        self.lock = QLockFile(str(data_folder / LOCK_FILE))
        # Never stale by age (Paydesk runs for days); stale only when its process is gone.
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """Become the running Paydesk (True), or find that another one is (False)."""
        if not self.lock.tryLock(0):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (Unix)
        if not server.listen(self.name):
            log.warning("Cannot listen for a second start: %s", server.errorString())
        else:
            server.newConnection.connect(self._answer)
            self.server = server
            log.info("Running as the only Paydesk for this folder (socket %s)", self.name)
        return True

    def ask_running_to_show(self) -> bool:
        """From a second start: ask the running Paydesk to show its window."""
        if sys.platform == "win32":  # let the running process take the foreground
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            log.warning("Another Paydesk holds the lock but does not answer")
            return False
        socket.write(SHOW)
        socket.waitForBytesWritten(TIMEOUT_MS)
        answered = socket.waitForReadyRead(TIMEOUT_MS) and socket.readLine().data() == SHOWN
        socket.disconnectFromServer()
        return answered

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _answer(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda socket=socket: self._read(socket))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if socket.readLine().data() == SHOW:
                log.info("Another start asked for this window; bringing it to the front")
                self.activate_requested.emit()
                socket.write(SHOWN)
                socket.flush()
