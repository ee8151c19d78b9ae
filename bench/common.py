"""Shared helpers for the benchmarks: where the floors are, timing commands side by side,
and the report lines with their targets.

The harness runs the commands of one benchmark in turn, round after round (floor,
ours, floor, ours, ...), so a burst of load from other work on the machine hits them
alike; it reports medians and the ratio of the medians. When a command's spread
(max - min over the median) is wide, more rounds are run, up to a limit.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDE_SPREAD = 0.6  # (max - min) / median above this asks for more rounds


def floors_dir() -> Path:
    """../shared/bench beside the checkout (as on the developers' machines and in CI)."""
    for candidate in (ROOT.parent / "shared" / "bench", Path("/work/shared/bench")):
        if candidate.is_dir():
            return candidate
    sys.exit("bench: ../shared/bench not found beside the checkout")


@dataclass
class Sample:
    seconds: float
    max_rss_kib: int
    cpu_seconds: float = 0.0  # user + system: what a busy machine changes least


def run_once(argv: list[str], env: dict | None = None) -> Sample:
    """Run ``argv`` to the end; wall time and the child's peak resident memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed ({proc.returncode}): {err[-400:]}")
    return Sample(elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)


def time_once(argv: list[str], env: dict | None = None) -> float:
    return run_once(argv, env).seconds


def spread(values: list[float]) -> float:
    med = statistics.median(values)
    return (max(values) - min(values)) / med if med else 0.0


_compiled = False

# Runs a floor script (argv: script, its arguments) and ends the process the way KKR Desk
# ends its own (kkrdesk.cli.run): flush, then os._exit without the interpreter's
# teardown. ``python -c`` with this and ``import sqlalchemy.orm`` first gives the
# floor + ORM variant. Used for the "equal exit" rows: what is left of a ratio when
# neither side pays the teardown.
LEAVE_AT_ONCE = (
    "import os, runpy, sys\n"
    "sys.argv = sys.argv[1:]\n"
    "code = 0\n"
    "try:\n"
    "    runpy.run_path(sys.argv[0], run_name='__main__')\n"
    "except SystemExit as exc:\n"
    "    code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)\n"
    "sys.stdout.flush(); sys.stderr.flush()\n"
    "os._exit(code)\n")


def leaving_at_once(script: Path, *args, orm: bool = False) -> list[str]:
    """argv running floor ``script`` with ``args`` and leaving without teardown."""
    head = "import sqlalchemy.orm\n" if orm else ""
    return [sys.executable, "-c", head + LEAVE_AT_ONCE, str(script), *map(str, args)]


def ensure_bytecode() -> None:
    """Compile the package's bytecode once before timing. An installed KKR Desk carries
    its .pyc files (pip and PyInstaller write them); a checkout run with
    PYTHONDONTWRITEBYTECODE set (as on the build machines) would otherwise compile every
    module from source on every start, which the floors, single small scripts, barely pay."""
    global _compiled
    if not _compiled:
        import compileall

        compileall.compile_dir(str(ROOT / "kkrdesk"), quiet=1)
        _compiled = True


def alternate(commands: dict[str, list[str] | tuple[list[str], dict]], runs: int = 11,
              warmup: int = 1, env: dict | None = None,
              max_runs: int | None = None) -> dict[str, list[Sample]]:
    """Run every command once per round, ``runs`` rounds after ``warmup`` untimed ones;
    while a command's spread is wide, add rounds (up to ``max_runs``, default 2 x runs).
    A command is an argv, or (argv, environment variables of its own)."""
    ensure_bytecode()

    def one(cmd):
        argv, own = cmd if isinstance(cmd, tuple) else (cmd, {})
        return run_once(argv, {**(env or {}), **own})

    for _ in range(warmup):
        for cmd in commands.values():
            one(cmd)
    samples: dict[str, list[Sample]] = {k: [] for k in commands}
    limit = max_runs or 2 * runs
    rounds = 0
    while True:
        for key, cmd in commands.items():
            samples[key].append(one(cmd))
        rounds += 1
        if rounds < runs:
            continue
        wide = [k for k, v in samples.items() if spread([s.seconds for s in v]) > WIDE_SPREAD]
        if not wide or rounds >= limit:
            return samples


def median_s(samples: list[Sample]) -> float:
    return statistics.median(s.seconds for s in samples)


def median_cpu(samples: list[Sample]) -> float:
    return statistics.median(s.cpu_seconds for s in samples)


def median_rss(samples: list[Sample]) -> float:
    return statistics.median(s.max_rss_kib for s in samples)


@dataclass
class Result:
    """One ratio and its target; ``unit`` is 's' for times, 'MiB' for memory."""

    name: str
    floor_name: str
    floor: float
    ours: float
    target: float
    runs: int = 0
    spread: float = 0.0
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.ours / self.floor

    @property
    def met(self) -> bool:
        return self.ratio <= self.target

    def line(self) -> str:
        if self.unit == "s":
            values = f"{self.floor * 1000:6.0f} ms -> {self.ours * 1000:6.0f} ms"
        else:
            values = f"{self.floor:6.1f} {self.unit} -> {self.ours:6.1f} {self.unit}"
        extra = f", {self.runs} runs, spread {self.spread:.0%}" if self.runs else ""
        verdict = "met" if self.met else f"NOT met (+{(self.ratio / self.target - 1):.0%})"
        return (f"{self.name}: {values}  ratio {self.ratio:.2f}x  target <= {self.target:.2f}x"
                f"  {verdict}  [vs {self.floor_name}{extra}]")


def result(name: str, floor_name: str, floor: list[Sample], ours: list[Sample],
           target: float, cpu: bool = False) -> Result:
    """The ratio of the median wall times, or with ``cpu`` of the CPU times (user +
    system): on a machine shared with other work the wall time of the side doing more
    is stretched more, the CPU time much less."""
    value = median_cpu if cpu else median_s
    times = (lambda v: [x.cpu_seconds for x in v]) if cpu else (lambda v: [x.seconds for x in v])
    return Result(name, floor_name, value(floor), value(ours), target, len(ours),
                  max(spread(times(floor)), spread(times(ours))))


def compare(name: str, floor: list[str], ours: list[str], runs: int = 9, warmup: int = 2,
            env: dict | None = None) -> float:
    """Alternate floor and ours; print medians and the ratio; return the ratio."""
    samples = alternate({"floor": floor, "ours": ours}, runs=runs, warmup=warmup, env=env)
    fa, fb = median_s(samples["floor"]), median_s(samples["ours"])
    ratio = fb / fa
    print(f"{name}: floor {fa * 1000:.0f} ms, KKR Desk {fb * 1000:.0f} ms, ratio {ratio:.2f}x "
          f"(median of {len(samples['ours'])})")
    return ratio


def demo_databases(folder: Path, years: int = 10) -> tuple[Path, Path]:
    """The demo database and the demo with ``years`` synthetic years, written in ``folder``."""
    from kkrdesk.demo.seed import write_demo

    demo, decade = folder / "demo.sqlite", folder / f"demo-{years}y.sqlite"
    for path, n in ((demo, 0), (decade, years)):
        if not path.exists():
            write_demo(path, years=n)
    return demo, decade


def report(results: list[Result]) -> int:
    for r in results:
        print("  " + r.line(), flush=True)
    return 0 if all(r.met for r in results) else 1
