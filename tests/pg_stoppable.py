"""A throwaway PostgreSQL server the tests may stop and start again (losing the server mid-action), apart
from the session's shared one (tests/pg_server.py) so that stopping it disturbs no other test."""

from __future__ import annotations

from tests.pg_server import PgServer, PgServerError


class StoppablePgServer(PgServer):
    """Unlike the shared server, a commit is on disk before it returns (``synchronous_commit=on``): an
    immediate stop is a crash, and a crash must not take back what the tests committed before it."""

    running = True

    def start(self) -> StoppablePgServer:
        super().start()
        self.halt("fast")
        self.resume()  # again with this class's options
        return self

    def halt(self, mode: str = "immediate") -> None:
        """Stop the server as a crash or a pulled cable would (``immediate``) or as an administrator does
        (``fast``); its data folder stays for :meth:`resume`."""
        r = self._run(self.pg_ctl, "-D", str(self.data), "-m", mode, "-w", "stop")
        if r.returncode != 0:
            raise PgServerError(f"pg_ctl stop failed:\n{r.stdout}\n{r.stderr}")
        self.running = False

    def resume(self) -> None:
        """Start the stopped server again on the same port (the clients' URLs stay valid)."""
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=on -c max_connections=100")
        r = self._run(self.pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60",
                      "start")
        if r.returncode != 0:
            raise PgServerError(f"the PostgreSQL test server did not start again:\n{r.stdout}\n{r.stderr}\n"
                                f"{self._log_tail()}")
        self.running = True
