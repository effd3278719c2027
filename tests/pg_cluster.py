"""A private PostgreSQL cluster for the tests: a temporary folder, a Unix socket, no TCP.

Debian's `postgresql` package (installed by scripts/system-deps.sh); PostgreSQL refuses
to run as root, so as root the cluster belongs to the `postgres` user (runuser). Each
test gets its own database made from a template prepared once with `init-server`.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import random
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

ADMIN = "postgres"


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    which = shutil.which("pg_ctl")
    return Path(which).parent if which else None


class Cluster:
    def __init__(self, *, durable: bool = False) -> None:
        bindir = pg_bin()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql; make test does it)")
        self.bin = bindir
        self.root = Path(tempfile.mkdtemp(prefix="custody-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = random.randint(20000, 60000)
        self.as_root = os.geteuid() == 0
        self._numbers = itertools.count(1)
        if self.as_root:  # the folder must be the postgres user's (data, socket, log)
            shutil.chown(self.root, ADMIN, ADMIN)
            os.chmod(self.root, 0o755)
        self._run("initdb", "-D", str(self.data), "-U", ADMIN, "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")
        # fsync off for the tests: they kill processes (the server too), never the machine; what
        # a killed server had written is in the kernel's page cache and its WAL replays it.
        # durable (the benchmarks): PostgreSQL's defaults, fsync on.
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(f"\nlisten_addresses = ''\nunix_socket_directories = '{self.root}'\nport = {self.port}\n"
                       "max_connections = 60\n")
            conf.write("shared_buffers = 256MB\n" if durable else
                       "fsync = off\nfull_page_writes = off\nshared_buffers = 64MB\n")
        self.start()

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / tool), *args]
        if self.as_root:
            cmd = ["runuser", "-u", ADMIN, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def kill(self) -> None:
        """SIGKILL the server (the postmaster and every backend): a power cut of the server."""
        pid = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        os.kill(pid, signal.SIGKILL)
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(child), signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        # a killed postmaster leaves its pid file: the next start checks it is stale

    def url(self, dbname: str, user: str = ADMIN) -> str:
        return f"postgresql:///{dbname}?host={self.root}&port={self.port}&user={user}"

    def psql(self, dbname: str, command: str, user: str = ADMIN) -> str:
        import psycopg

        with psycopg.connect(self.url(dbname, user).replace("postgresql:///", "postgresql:///", 1),
                             autocommit=True) as conn:
            cur = conn.execute(command)  # type: ignore[call-overload]
            return "\n".join(" ".join(str(v) for v in row) for row in cur.fetchall()) if cur.description else ""

    def new_database(self, *, prepared: bool = True) -> str:
        """A fresh database: prepared (init-server) or empty. Returns its name."""
        name = f"t{os.getpid()}_{next(self._numbers)}"
        template = "custody_template" if prepared else "template0"
        if prepared and not getattr(self, "_template", False):
            from custody_app.store.pg_engine import init_server

            self.psql("postgres", "CREATE DATABASE custody_template")
            init_server(self.url("custody_template"))
            self._template = True
        self.psql("postgres", f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
