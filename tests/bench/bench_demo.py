"""Benchmark: demo base generation into a temporary SQLite file.

``run(households)`` returns the figures; ``python -m tests.bench.bench_demo 20000``
prints them.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from desktop.domain.roles import Role
from desktop.services import demo, tenants
from desktop.services.context import Actor
from desktop.storage.db import open_database

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator


def run(households: int = 20_000, seed: int = demo.DEFAULT_SEED) -> dict:
    """Generate ``households`` demo households into a fresh SQLite file; figures as a dict."""
    with tempfile.TemporaryDirectory(prefix="parcours-bench-demo-") as folder:
        path = Path(folder) / "demo.sqlite"
        db = open_database(str(path))
        try:
            cpu = time.process_time()
            stats = demo.generate(db, Actor("bench", role=Role.ADMIN), households, seed)
            cpu = time.process_time() - cpu
            started = time.perf_counter()
            found = tenants.count(db, ADMIN, tenants.TenantQuery(text="mar", status=None))
            search_ms = (time.perf_counter() - started) * 1000
        finally:
            db.dispose()
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    return {
        "households": stats.households,
        "occupants": stats.occupants,
        "seconds": round(stats.seconds, 3),
        "cpu_seconds": round(cpu, 3),
        "households_per_s": round(stats.rate),
        "occupants_per_s": round(stats.occupants / stats.seconds) if stats.seconds else None,
        "database_mb": round(size / 1_048_576, 1),
        "count_prefix_mar": found,
        "count_prefix_mar_ms": round(search_ms, 1),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    households = int(argv[0]) if argv else 20_000
    print(json.dumps(run(households), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
