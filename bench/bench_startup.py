"""Start-up to a painted main window with the demo meeting shown, against
../shared/bench/floor_startup.py (Qt + SQLAlchemy ORM + one query + a four-tab window).

    python bench/bench_startup.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import compare, floors_dir  # noqa: E402

with tempfile.TemporaryDirectory() as tmp:
    demo = Path(tmp) / "demo.sqlite"
    floor_db = Path(tmp) / "floor.sqlite"
    from kkrdesk.services.demo import write_demo

    write_demo(demo)
    env = {"QT_QPA_PLATFORM": "offscreen"}
    compare("start-up (--smoke, demo meeting)",
            [sys.executable, str(floors_dir() / "floor_startup.py"), str(floor_db)],
            [sys.executable, "-m", "kkrdesk", "--smoke", "--db", str(demo)], env=env)
