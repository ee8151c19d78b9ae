"""A throw-away PostgreSQL server for the tests: initdb and pg_ctl in a temporary
folder, listening only on a Unix socket there (no TCP port, so no network), stopped
and removed at the end of the run. initdb refuses to run as root, so under root the
server runs as the ``postgres`` user (Debian's package makes it).

A test database is made from a template database in one statement (``CREATE
DATABASE … TEMPLATE``, about 0.1 s), so every test starts from the same rows."""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin",
            "/usr/lib/postgresql/17/bin", "/usr/local/bin", "/usr/bin")


def find_bin() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres; None when there is none."""
    env = os.environ.get("KKRDESK_PG_BIN")
    for folder in ([env] if env else []) + list(BIN_DIRS):
        if all((Path(folder) / b).exists() for b in ("initdb", "pg_ctl", "postgres")):
            return Path(folder)
    return None


def reap_orphans(bin_dir: Path) -> None:
    """Stop and remove the servers of earlier runs whose test process is gone (a run
    that crashed or was killed never reached its teardown)."""
    for folder in Path(tempfile.gettempdir()).glob("kkrdesk-pg-*"):
        try:
            owner = int((folder / "owner.pid").read_text())
            os.kill(owner, 0)
            continue  # its run is still going
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue  # not ours to judge (no owner file, or another user's)
        stale = Cluster.__new__(Cluster)
        stale.bin, stale.dir, stale.data = bin_dir, folder, folder / "data"
        stale.user = None if os.geteuid() != 0 else pwd.getpwnam("postgres")
        try:
            stale.stop()
        except subprocess.CalledProcessError:
            shutil.rmtree(folder, ignore_errors=True)


def can_run_server() -> bool:
    """initdb refuses root: then the server runs as the user ``postgres``, if there is one."""
    if os.geteuid() != 0:
        return True
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


class Cluster:
    def __init__(self, bin_dir: Path):
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="kkrdesk-pg-"))
        self.data = self.dir / "data"
        self.user = None if os.geteuid() != 0 else pwd.getpwnam("postgres")
        self._names = itertools.count(1)
        if self.user is not None:
            os.chown(self.dir, self.user.pw_uid, self.user.pw_gid)
        (self.dir / "owner.pid").write_text(str(os.getpid()))

    def _run(self, *args: str) -> None:
        kw = {}
        if self.user is not None:
            uid, gid = self.user.pw_uid, self.user.pw_gid
            kw["preexec_fn"] = lambda: (os.setgid(gid), os.setuid(uid))
        subprocess.run(args, check=True, capture_output=True, cwd=self.dir,
                       env={**os.environ, "LC_ALL": "C.UTF-8"}, **kw)

    def start(self) -> Cluster:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
                  "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server (again, after ``pause``) on the same socket."""
        options = (f"-k {self.dir} -c listen_addresses='' -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l",
                  str(self.dir / "server.log"), "-w", "-o", options, "start")

    def pause(self) -> None:
        """Stop the server as an administrator would (its clients are disconnected),
        keeping its data for ``resume``."""
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.dir}"

    def sql(self, *statements: str, database: str = "postgres") -> list:
        """Run ``statements`` in autocommit (CREATE DATABASE needs it); the last one's rows."""
        import psycopg

        with psycopg.connect(host=str(self.dir), user="postgres", dbname=database,
                             autocommit=True) as conn:
            rows = []
            for statement in statements:
                cur = conn.execute(statement)
                rows = cur.fetchall() if cur.description else []
            return rows

    def new_database(self, template: str | None = None) -> str:
        """A new database's name (a copy of ``template`` when given)."""
        name = f"kkr_test_{os.getpid()}_{next(self._names)}"
        self.sql(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))
        return name

    def drop(self, name: str) -> None:
        self.sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
