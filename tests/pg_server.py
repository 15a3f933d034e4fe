"""A throwaway PostgreSQL server for the test suite: initdb into a temporary folder, started on a free
loopback port with its unix socket in that folder, stopped (and the folder removed) at the end.

The server runs as the current user; when that is root (PostgreSQL refuses to run as root) it runs as
the ``postgres`` system user, or ``nobody``. The binaries are looked up on PATH and in Debian's
/usr/lib/postgresql/<version>/bin; ``make test`` installs Debian's ``postgresql`` package when they are
missing. A server that cannot start is an error with its log, never a silent skip.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

USER = "shopteam"  # the superuser initdb creates; trust authentication on loopback only
TEMPLATE = "shopteam_template"


class PgServerError(RuntimeError):
    pass


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for bindir in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        candidate = os.path.join(bindir, name)
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    def __init__(self) -> None:
        missing = [n for n in ("initdb", "pg_ctl", "postgres") if find_binary(n) is None]
        if missing:
            raise PgServerError(
                f"PostgreSQL server binaries not found ({', '.join(missing)}): the PostgreSQL tests need "
                "them. Run `make test` (it installs Debian's postgresql package) or "
                "`sudo apt-get install -y postgresql`."
            )
        self.initdb = find_binary("initdb")
        self.pg_ctl = find_binary("pg_ctl")
        self.root = Path(tempfile.mkdtemp(prefix="shopteam-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port: int | None = None
        self._run_as: list[str] = []
        if os.geteuid() == 0:
            user = "postgres" if _user_exists("postgres") else "nobody"
            info = pwd.getpwnam(user)
            os.chown(self.root, info.pw_uid, info.pw_gid)
            self._run_as = ["runuser", "-u", user, "--"]
        self._started = False

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self._run_as, *args], capture_output=True, text=True, cwd=self.root)

    def start(self) -> PgServer:
        r = self._run(self.initdb, "-D", str(self.data), "-U", USER, "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
        if r.returncode != 0:
            raise PgServerError(f"initdb failed:\n{r.stdout}\n{r.stderr}")
        last_error = ""
        for _attempt in range(5):  # another process may take the free port between looking and binding
            port = _free_port()
            options = (f"-p {port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
            r = self._run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.log),
                          "-w", "-t", "60", "start")
            if r.returncode == 0:
                self.port = port
                self._started = True
                atexit.register(self.stop)
                return self
            last_error = f"{r.stdout}\n{r.stderr}\n{self._log_tail()}"
        raise PgServerError(f"the PostgreSQL test server did not start:\n{last_error}")

    def _log_tail(self) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-20:])
        except OSError:
            return ""

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/{database}"

    def admin(self):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=USER, dbname="postgres",
                               autocommit=True)

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._started:
            self._started = False
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
