"""No network, ever: a Python audit hook that refuses every network socket.

The hook sees every socket Python makes (``socket.socket``, ``create_connection``,
asyncio, urllib, any library) and every host-name lookup. A socket of the Unix family
(AF_UNIX, what Qt and multiprocessing use locally) is allowed; AF_INET, AF_INET6
and raw packet sockets are refused with ``NetworkBlocked`` and recorded, so an
attempt that the code under test swallows still fails the test.

In-process, ``tests/conftest.py`` arms the hook around every test. A test that runs
KKR Desk in a subprocess starts it through ``guarded_argv`` (no sitecustomize, no
.pth file): the child installs the same hook before importing KKR Desk and exits
with status 3 (printing one line) if anything tried to reach the network.

Not covered: sockets made by C or C++ code that never passes through Python's socket
module (Qt's own QtNetwork classes). The app imports no QtNetwork module; a test in
tests/test_offline.py checks that on the source.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

_BLOCKED_FAMILIES = {socket.AF_INET, socket.AF_INET6, getattr(socket, "AF_PACKET", -1)}
_LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
            "socket.gethostbyname_ex", "socket.getnameinfo"}
NETWORK_EXIT = 3

attempts: list[str] = []
_armed = False
_installed = False


class NetworkBlocked(RuntimeError):
    """An attempt to use the network while the guard is armed."""


def _family(sock) -> int:
    try:
        return int(sock.family)
    except (AttributeError, OSError, ValueError):
        return -1


def _hook(event: str, args) -> None:
    if not _armed or not event.startswith("socket."):
        return
    what = None
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else -1
        if family in _BLOCKED_FAMILIES:
            what = f"socket family {family}"
    elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
        if _family(args[0]) in _BLOCKED_FAMILIES:
            what = f"{event.split('.')[1]} to {args[1]!r}"
    elif event in _LOOKUPS:
        what = f"{event.split('.')[1]}({args[0]!r})"
    if what is not None:
        attempts.append(what)
        raise NetworkBlocked(f"network access attempted in a test: {what}")


def install() -> None:
    """Install the audit hook once per process (audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def arm() -> None:
    global _armed
    install()
    attempts.clear()
    _armed = True


def disarm() -> list[str]:
    """Stop refusing; return (and forget) what was attempted meanwhile."""
    global _armed
    _armed = False
    found = list(attempts)
    attempts.clear()
    return found


_CHILD = """\
import sys
sys.path.insert(0, {tests!r})
import offline_guard
offline_guard.arm()
from kkrdesk.cli import main
sys.argv[0] = "kkrdesk"
try:
    code = main(sys.argv[1:])
finally:
    tried = offline_guard.disarm()
if tried:
    print("kkrdesk test: network access attempted: " + "; ".join(tried), file=sys.stderr)
    code = offline_guard.NETWORK_EXIT
raise SystemExit(code)
"""


def guarded_argv(*args: str, prelude: str = "") -> list[str]:
    """argv that runs ``kkrdesk ARGS`` in a fresh interpreter with the guard armed.
    ``prelude``: Python statements run first (a test's patches)."""
    code = prelude + "\n" + _CHILD.format(tests=str(Path(__file__).resolve().parent))
    return [sys.executable, "-c", code, *map(str, args)]
