"""One window per database file: a lock file beside the database (QLockFile, so a lock left by a killed
process is taken over) and a local socket the first window listens on, so that a second ShopTeam started
on the same file can bring that window to the front instead of opening a second one."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str


def server_name(db_file: Path) -> str:
    """The local socket's name for a database file (the same for every process that opens it)."""
    digest = hashlib.sha1(str(db_file.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"shopteam-{digest}"


class DatabaseLock:
    """``<database>.lock``: held while a window has the file open."""

    def __init__(self, db_file: Path) -> None:
        self.db_file = db_file
        self.lock = QLockFile(str(db_file) + ".lock")
        self.lock.setStaleLockTime(0)  # never stale by age; stale when its process is gone (checked by Qt)

    def acquire(self) -> bool:
        return self.lock.tryLock(200)

    def holder(self) -> Holder | None:
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname); a 4-tuple with a flag in older ones
        if len(info) == 4:
            ok, pid, host, _app = info
            if not ok:
                return None
        else:
            pid, host, _app = info
        return Holder(int(pid), str(host)) if pid else None

    def release(self) -> None:
        self.lock.unlock()


class RaiseServer(QObject):
    """Listens for a second ShopTeam on the same file and calls ``on_raise`` when it asks."""

    def __init__(self, db_file: Path, on_raise: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_raise = on_raise
        self.server = QLocalServer(self)
        name = server_name(db_file)
        QLocalServer.removeServer(name)  # a socket file left by a killed process
        self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if socket.readAll().data().startswith(RAISE.strip()):
            self.on_raise()
        socket.disconnectFromServer()


def ask_to_raise(db_file: Path, timeout_ms: int = 1000) -> bool:
    """Ask the window that has ``db_file`` open to come to the front; True when it was reached."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_file))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok


def bring_to_front(window) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
