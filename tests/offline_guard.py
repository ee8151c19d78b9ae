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

Every subprocess a test starts with a Python interpreter or ``kkrdesk`` (through
``subprocess``, with an argument list) also runs in an empty network namespace
(``unshare --net``; Linux, as root or with unprivileged user namespaces): there even C and C++ code
(Qt's own QtNetwork classes) finds no network. Where ``unshare`` is not allowed this
layer is left out, and the audit hook is what remains: it does not see sockets made
by C or C++ code that never passes through Python's socket module. The app imports
no QtNetwork module; tests/reliability/test_offline.py checks that on the source.
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
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


@functools.cache
def netns_prefix() -> tuple[str, ...]:
    """The command prefix that runs a program without any network, or () when the
    system does not allow it. Tried once per test run."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return ()
    # not root: a user namespace without a uid map keeps file permissions as they are
    options = (["--net"],) if os.geteuid() == 0 else (["--user", "--net"],)
    for option in options:
        prefix = (unshare, *option, "--")
        try:
            ok = subprocess.run([*prefix, sys.executable, "-c", "pass"], capture_output=True,
                                timeout=30).returncode == 0
        except (OSError, subprocess.SubprocessError):
            ok = False
        if ok:
            return prefix
    return ()


def _is_ours(program) -> bool:
    name = os.path.basename(str(program))
    return str(program) == sys.executable or name.startswith(("python", "kkrdesk"))


def without_network(args):
    """``args`` of a subprocess, run in an empty network namespace when it is a Python
    interpreter or kkrdesk started with an argument list (else unchanged)."""
    prefix = netns_prefix()
    if not prefix or isinstance(args, (str, bytes)) or not args or not _is_ours(args[0]):
        return args
    return [*prefix, *args]
