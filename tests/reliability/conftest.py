"""Helpers for the hostile-files suite: run the command line (in-process or in a
guarded subprocess), photograph a folder to prove nothing changed, judge an error
line, mount a tiny disk, and keep a FIFO from hanging the suite."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest

from offline_guard import guarded_argv

# English words the system attaches to OS and SQLite errors; none may reach a user.
ENGLISH = ("Permission denied", "No such file", "Is a directory", "No space left",
           "Too many levels", "unable to open", "disk is full", "constraint failed",
           "Errno", "Traceback", "Exception", "Error:", "database is locked", "readonly database",
           "not a database", "malformed", "Not a directory", "File exists", "Read-only file system")


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder`` (not following links): kind, mode and content hash."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root, name)
            st = p.lstat()
            key = str(p.relative_to(folder))
            if stat.S_ISREG(st.st_mode):
                h = hashlib.sha256()
                with p.open("rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
                out[key] = ("file", stat.S_IMODE(st.st_mode), h.hexdigest())
            elif stat.S_ISLNK(st.st_mode):
                out[key] = ("link", os.readlink(p))
            else:
                out[key] = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode))
    return out


def assert_one_danish_line(stderr: str, *needles: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one error line, got {len(lines)}:\n{stderr}"
    line = lines[0]
    assert line.startswith("kkrdesk: "), line
    for word in ENGLISH:
        assert word not in line, f"English system text {word!r} in: {line}"
    for needle in needles:
        assert needle in line, f"{needle!r} not in: {line}"
    return line


@pytest.fixture
def cli(capsys):
    """Run ``kkrdesk ARGS`` in this process; returns (exit code, stdout, stderr)."""
    from kkrdesk.cli import main

    def run(*args):
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def run_guarded(*args, prelude: str = "", timeout: float = 60, cwd=None,
                env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``kkrdesk ARGS`` in a fresh, network-guarded interpreter."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(guarded_argv(*args, prelude=prelude), capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=cwd)


@pytest.fixture
def fifo_watchdog():
    """Make FIFOs that cannot hang the suite: should code under test block in open()
    on one, a watchdog opens the other end after a few seconds (the reader sees an
    empty file and goes on) and the test fails on ``fired``."""
    made: list[Path] = []
    fired: list[Path] = []
    stop = threading.Event()

    def watch():
        deadline = time.monotonic() + 8
        while not stop.wait(0.2):
            if time.monotonic() < deadline:
                continue
            for fifo in made:
                with contextlib.suppress(OSError):  # ENXIO: nobody is blocked on it
                    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                    os.close(fd)
                    fired.append(fifo)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()

    def make(path: Path) -> Path:
        os.mkfifo(path)
        made.append(path)
        return path

    make.fired = fired
    yield make
    stop.set()
    thread.join(2)
    assert not fired, f"code blocked in open() on a FIFO: {fired}"


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KB tmpfs (skipped where mounting is not allowed)."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(mount)],
                              capture_output=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        pytest.skip("mount is not available here")
    if done.returncode != 0:
        pytest.skip("a tmpfs cannot be mounted here (needs root)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, timeout=20)


def fill(folder: Path, leave: int = 4096) -> None:
    """Fill the disk under ``folder`` until at most ``leave`` bytes are free."""
    with (folder / "fyld.bin").open("wb") as fh:
        while True:
            free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
            if free <= leave:
                break
            try:
                fh.write(b"\0" * min(free - leave, 4096))
                fh.flush()
            except OSError:
                break


def mknod_or_skip(path: Path, major: int, minor: int) -> Path:
    """A character device node of our own (never the system's /dev/null as a target)."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(major, minor))
    except (PermissionError, OSError):
        pytest.skip("device nodes cannot be made here")
    return path
