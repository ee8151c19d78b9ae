"""Suite part 5: no network. The autouse fixture in tests/conftest.py arms a guard
around every test; these tests plant attempts and check that each one trips it."""

from __future__ import annotations

import re
import socket
import subprocess
from pathlib import Path

import pytest

import offline_guard
from offline_guard import NetworkBlocked, guarded_argv

SOURCE = Path(__file__).resolve().parents[2] / "kkrdesk"


def test_a_planted_connect_is_refused_and_recorded():
    # 192.0.2.1 is TEST-NET-1: even without the guard nothing real would answer
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 9), timeout=0.5)
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    # what the fixture would fail the test with at teardown
    assert len(offline_guard.attempts) == 3
    assert "192.0.2.1" in offline_guard.attempts[0]
    assert "family 10" in offline_guard.attempts[1] and "example.org" in offline_guard.attempts[2]
    offline_guard.attempts.clear()  # planted on purpose: do not fail this test


def test_a_swallowed_attempt_still_fails_the_test():
    try:
        socket.create_connection(("192.0.2.1", 9), timeout=0.5)
    except Exception:  # noqa: BLE001 - code under test that hides the error
        pass
    tried = offline_guard.disarm()  # what the fixture does at teardown
    offline_guard.arm()
    assert len(tried) == 1 and "192.0.2.1" in tried[0]


def test_local_unix_sockets_are_allowed():
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"hej")
        assert b.recv(3) == b"hej"
    assert offline_guard.attempts == []


def test_a_subprocess_started_through_the_guard_is_refused_too(tmp_path):
    planted = "import socket\nsocket.create_connection(('192.0.2.1', 9), timeout=0.5)\n"
    # the planted connect runs inside the child after the guard is armed: as a
    # patch of the command the child runs
    prelude = ("import kkrdesk.cli.entry as _e\n_real = _e._check\n"
               "def _check(args):\n" + "".join("    " + line + "\n" for line in planted.splitlines())
               + "    return _real(args)\n_e._check = _check\n")
    db = tmp_path / "x.sqlite"
    run = subprocess.run(guarded_argv("check", "--db", db, prelude=prelude),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == offline_guard.NETWORK_EXIT
    assert "network access attempted: getaddrinfo('192.0.2.1')" in run.stderr
    clean = subprocess.run(guarded_argv("--version"), capture_output=True, text=True, timeout=120)
    assert clean.returncode == 0 and "KKR Desk" in clean.stdout


def test_the_app_imports_no_network_module():
    """What the guard cannot see: Qt's own network classes. The app uses none."""
    pattern = re.compile(r"^\s*(from|import)\s+(PySide6\.QtNetwork|socket|urllib|http|requests|ssl)\b",
                         re.M)
    found = [str(p.relative_to(SOURCE)) for p in SOURCE.rglob("*.py") if pattern.search(p.read_text())]
    assert found == []


def test_a_subprocess_finds_no_network_even_below_python(tmp_path):
    """Below the audit hook: a child that removes nothing from Python but opens a raw
    socket through ctypes-free C code paths still finds no route (an empty network
    namespace), where the system allows one."""
    if not offline_guard.netns_prefix():
        pytest.skip("no network namespaces here; the audit hook is the only guard")
    import sys

    # the child is unguarded Python: only the namespace stands between it and the net
    child = ("import socket, errno\n"
             "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
             "s.settimeout(2)\n"
             "print(s.connect_ex(('192.0.2.1', 9)))\n")
    run = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    import errno

    assert int(run.stdout.strip()) in (errno.ENETUNREACH, errno.EHOSTUNREACH), run.stdout + run.stderr
