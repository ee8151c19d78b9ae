"""Shared helpers for the benchmarks: where the floors are, and timing commands."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def floors_dir() -> Path:
    """../shared/bench beside the checkout (as on the developers' machines and in CI)."""
    for candidate in (ROOT.parent / "shared" / "bench", Path("/work/shared/bench")):
        if candidate.is_dir():
            return candidate
    sys.exit("bench: ../shared/bench not found beside the checkout")


def time_once(argv: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, **(env or {})})
    return time.perf_counter() - start


def compare(name: str, floor: list[str], ours: list[str], runs: int = 9, warmup: int = 2,
            env: dict | None = None) -> float:
    """Alternate floor and ours; print medians and the ratio; return the ratio."""
    for _ in range(warmup):
        time_once(floor, env)
        time_once(ours, env)
    a, b = [], []
    for _ in range(runs):
        a.append(time_once(floor, env))
        b.append(time_once(ours, env))
    fa, fb = statistics.median(a), statistics.median(b)
    ratio = fb / fa
    print(f"{name}: floor {fa * 1000:.0f} ms, KKR Desk {fb * 1000:.0f} ms, ratio {ratio:.2f}x "
          f"(median of {runs})")
    return ratio
