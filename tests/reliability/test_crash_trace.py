"""A segmentation fault in the window's process leaves a Python traceback in the user's
log folder (the crash trace), where the user can find it and send it."""

from __future__ import annotations

import os
import signal
import subprocess
import time

from reliability.killing import ROOT, env, kkrdesk


def _wait_for(path, text: str, proc, timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and text in path.read_text(encoding="utf-8", errors="replace"):
            return path.read_text(encoding="utf-8", errors="replace")
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.02)
    raise AssertionError(f"{path} never held {text!r}")


def test_a_segfault_in_the_window_leaves_a_traceback_in_the_log_folder(demo_path, tmp_path):
    state = tmp_path / "state"  # platformdirs' log folder on Linux: $XDG_STATE_HOME/KKRDesk/log
    trace = state / "KKRDesk" / "log" / "kkrdesk-crash.log"
    child_env = {**env(), "XDG_STATE_HOME": str(state)}
    child_env.pop("PYTHONFAULTHANDLER", None)
    proc = subprocess.Popen(kkrdesk("--db", str(demo_path)), env=child_env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        started = _wait_for(trace, "startet", proc)
        assert f"proces {proc.pid}" in started
        time.sleep(0.5)  # whenever it lands, the window's run() is on the stack
        os.kill(proc.pid, signal.SIGSEGV)
        proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    assert proc.returncode == -signal.SIGSEGV
    text = trace.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in text
    assert "most recent call first" in text
    assert 'File "' in text and "kkrdesk" in text.split("Fatal Python error")[1]
    assert "in run" in text  # the window's run(), where its event loop turns


def test_a_second_start_keeps_the_earlier_trace(demo_path, tmp_path):
    state = tmp_path / "state"
    trace = state / "KKRDesk" / "log" / "kkrdesk-crash.log"
    trace.parent.mkdir(parents=True)
    trace.write_text("Fatal Python error: Segmentation fault (en tidligere start)\n", encoding="utf-8")
    child_env = {**env(), "XDG_STATE_HOME": str(state)}
    child_env.pop("PYTHONFAULTHANDLER", None)
    result = subprocess.run(kkrdesk("--smoke", "--db", str(demo_path)), env=child_env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = trace.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Fatal Python error: Segmentation fault (en tidligere start)"
    assert len(lines) == 2 and lines[1].startswith("KKR Desk ") and "startet" in lines[1]
