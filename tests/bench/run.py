"""Benchmarks of the application, each printed beside its floor: one command.

    .venv/bin/python -m tests.bench.run --small          # about 30 s: a smoke run (CI)
    .venv/bin/python -m tests.bench.run [--households 100000] [--db FILE] [--letters 200]

Every project figure is printed with the floor measured in the same run on the same
machine, and the ratio between them, so that a figure is judged against what the
libraries themselves can do here rather than against a number from another machine:

- cold start to the first painted main window (a fresh process, offscreen) against a
  fresh process that paints a bare ``QMainWindow`` with a ``QTableView`` (Qt alone);
- search as you type (each keystroke typed into the real search box, time until the
  model holds the first page and the window is idle) against the same SQL statements
  replayed on a raw DBAPI connection (raw SQL alone);
- scrolling the tenant list to its end (the model fetching every page) against one
  raw ``SELECT`` of the same columns in the same order;
- a batch of letters, DOCX only against docxtpl alone rendering the same contexts, and
  DOCX + PDF against one ``soffice --convert-to pdf`` call on the same DOCX files;
- with ``--minutes`` the CALEOL minutes (``tests/bench/bench_minutes.py``) and with
  ``--reports`` the four reports on the big base (``tests/bench/bench_reports.py``);
- writes with their audit event against the same writes without it, on a base of
  their own (``tests/bench/bench_audit.py``; ``--audit-writes``, ``--audit-db``):
  ``--only audit`` runs that case alone.

``--small`` runs everything at a small size: it checks that the benchmarks still run
(CI runs it through ``tests/run.py``), not that targets are met. Targets (issue 19):
cold start at 100,000 households <= 0.4 s; keystroke at 1,000,000 households median
<= 15 ms, p90 <= 30 ms, worst <= 100 ms; scroll to the end of 100,000 <= 1 s.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]

# The application's own start (``desktop.ui.app._run``) without the sign-in dialog (a
# system actor) nor the daily backup: the window's shell is shown and painted before
# the database layer is imported; then the base is opened (``open_migrated``: one
# query when it is at its latest migration) and the pages built, the list read after
# its own first paint. "painted": the window's first paint; "usable": the list holds
# its first page.
COLD_START = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop.ui.app import create_application, show_shell
app = create_application([])
class Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if (
            event.type() == QEvent.Type.Paint and not self.seen
            and getattr(obj, "objectName", lambda: "")() == "mainWindow"
        ):
            self.seen = True
            print(f"painted {time.time() - t0:.4f}", flush=True)
            QTimer.singleShot(0, lambda: app.removeEventFilter(self))
        return False
f = Painted()
app.installEventFilter(f)
w = show_shell(app)
from desktop.ui.app import open_migrated
db = open_migrated(sys.argv[2])
from sqlalchemy import event
def first_list_query(conn, cursor, statement, *args):
    if "FROM household" in statement and not getattr(first_list_query, "seen", False):
        first_list_query.seen = True
        print(f"listq {time.time() - t0:.4f}", flush=True)
event.listen(db.engine, "before_cursor_execute", first_list_query)
from desktop.services.context import system_actor
w.attach(db, system_actor())
def usable():
    if w.tenant_page.model.rowCount():
        print(f"usable {time.time() - t0:.4f}", flush=True)
        app.exit(0)
    else:
        QTimer.singleShot(1, usable)
QTimer.singleShot(0, usable)
QTimer.singleShot(10000, lambda: app.exit(1))
sys.exit(app.exec())
"""

# The floor of a cold start: a fresh Python process that imports Qt and paints a window
# holding an empty table.
QT_FLOOR = r"""
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication([])
w = QMainWindow()
w.resize(1280, 780)
view = QTableView(w)
w.setCentralWidget(view)
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time() - t0:.4f}", flush=True)
            app.exit(0)
        return False
f = Painted()
view.viewport().installEventFilter(f)
w.show()
QTimer.singleShot(10000, lambda: app.exit(1))
sys.exit(app.exec())
"""


# --------------------------------------------------------------------------- printing


def figure(label: str, project: float, floor: float | None, unit: str, note: str = "") -> None:
    """One line: the project's figure, the floor measured in the same run, the ratio."""
    if floor:
        tail = f"floor {floor:9.3f} {unit:<3} x{project / floor:5.1f}"
    else:
        tail = "floor         -"
    print(f"  {label:<46} {project:9.3f} {unit:<3} {tail}  {note}".rstrip(), flush=True)


def section(title: str) -> None:
    print(f"\n{title}", flush=True)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * fraction), len(ordered) - 1)]


# --------------------------------------------------------------------------- the base


def make_base(path: Path, households: int, bulk: bool = False) -> float:
    """Generate the demo base; returns households per second. ``bulk``: the demo
    households loaded with the indexes built after them (``tests/bench/bulk.py``)."""
    if bulk:
        from tests.bench.bulk import make_big_base

        return make_big_base(str(path), households, log=lambda text: print(text, flush=True))
    from desktop.domain.roles import Role
    from desktop.services import demo
    from desktop.services.context import Actor
    from desktop.storage.db import open_database

    db = open_database(str(path))
    started = time.perf_counter()
    demo.generate(db, Actor("bench", role=Role.ADMIN), households=households)
    elapsed = time.perf_counter() - started
    db.dispose()
    return households / elapsed


# --------------------------------------------------------------------------- cold start


def _painted(script: str, args: list[str], what: str = "painted") -> dict[str, float]:
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-c", script, repr(t0), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    found = {
        x.split()[0]: float(x.split()[1])
        for x in proc.stdout.splitlines()
        if x.startswith(("painted", "usable", "listq"))
    }
    if proc.returncode != 0 or what not in found:
        raise RuntimeError(f"cold start failed: {proc.stdout}\n{proc.stderr}")
    return found


def cache_bytecode() -> None:
    """Compile the application's modules to their cached bytecode, as an installation
    holds them (the bundle ships bytecode; pip compiles the libraries). Otherwise, under
    ``PYTHONDONTWRITEBYTECODE`` (set by tests/run.py and some shells), every timed
    start compiles the ``desktop`` package from source (0.08 s of CPU per start here)."""
    import compileall

    compileall.compile_dir(ROOT / "desktop", quiet=1)


def cold_start(
    path: Path, runs: int = 5
) -> tuple[list[float], list[float], list[float], list[float]]:
    """(project painted, project list usable, Qt floor, first list query minus first
    paint) start times, interleaved so that both see the same machine."""
    painted, usable, floor, query_after_paint = [], [], [], []
    cache_bytecode()
    for _ in range(runs):
        found = _painted(COLD_START, [str(path)], "usable")
        painted.append(found["painted"])
        usable.append(found["usable"])
        query_after_paint.append(found.get("listq", 0.0) - found["painted"])
        floor.append(_painted(QT_FLOOR, [])["painted"])
    return painted, usable, floor, query_after_paint


# --------------------------------------------------------------------------- typing


def queries_from(db, count: int = 12) -> list[str]:
    """Realistic searches: names, contract numbers, dwellings, streets, towns."""
    from desktop.domain.roles import Role
    from desktop.services import tenants
    from desktop.services.context import Actor

    rng = random.Random(7)
    rows = tenants.search(
        db, Actor("bench", role=Role.ADMIN), tenants.TenantQuery(status=None), offset=0, limit=2000
    )
    picks = rng.sample(rows, min(count, len(rows)))
    out = []
    for i, r in enumerate(picks):
        kind = i % 4
        if kind == 0:
            out.append(r.display_name.split()[0].lower()[:6])
        elif kind == 1:
            out.append(r.contract_number[:9])
        elif kind == 2:
            out.append(r.dwelling_reference)
        else:
            out.append(" ".join(r.address.split(",")[0].split()[1:3]))
    out += ["élo", "martin", "rue de la", "bordeaux", "33", "BX-2011-9"]
    return out


def _quiet_offscreen() -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints()" notes."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message):
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


class _Statements:
    """Records the SQL statements an engine runs (to replay them raw)."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.engine = engine
        self.recorded: list[tuple[str, object]] = []
        event.listen(engine, "before_cursor_execute", self._record)

    def _record(self, conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            self.recorded.append((statement, parameters))

    def take(self) -> list[tuple[str, object]]:
        out, self.recorded = self.recorded, []
        return out

    def close(self) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._record)


def _replay(raw, statements: list[tuple[str, object]]) -> float:
    cursor = raw.cursor()
    started = time.perf_counter()
    for statement, parameters in statements:
        cursor.execute(statement, parameters)
        cursor.fetchall()
    elapsed = time.perf_counter() - started
    cursor.close()
    return elapsed


def _settle(app, page) -> None:
    """Let the page finish what a keystroke started (timers, background counts)."""
    app.processEvents()
    idle = getattr(page, "is_idle", None)
    deadline = time.perf_counter() + 5
    while idle is not None and not idle() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)


def search_latency(path: Path, count: int = 12) -> tuple[list[float], list[float], dict]:
    """Per keystroke: (project ms to the first page shown, raw SQL floor ms of every
    statement of the keystroke, count included; details: the time until the count is
    shown too, statements per keystroke, ``data()`` calls)."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.context import system_actor
    from desktop.storage.db import open_database
    from desktop.ui.tenant_list import TenantListPage

    app = QApplication.instance() or QApplication([])
    _quiet_offscreen()
    db = open_database(str(path))
    page = TenantListPage(db, system_actor())
    page.resize(1200, 700)
    page.show()
    _settle(app, page)
    statements = _Statements(db.engine)
    raw = db.engine.raw_connection()
    project, floor, per_key, counted, typed = [], [], [], [], []
    data_calls = [0]
    model = page.model
    original = model.data

    def counting(index, role=0):
        data_calls[0] += 1
        return original(index, role)

    model.data = counting
    try:
        for query in queries_from(db, count):
            page.search.clear()
            _settle(app, page)
            for i in range(1, len(query) + 1):
                statements.take()
                started = time.perf_counter()
                page.search.setText(query[:i])  # textChanged -> first page, then the count
                app.processEvents()
                project.append((time.perf_counter() - started) * 1000)
                typed.append(query[:i])
                _settle(app, page)
                counted.append((time.perf_counter() - started) * 1000)
                run = statements.take()
                per_key.append(len(run))
                floor.append(_replay(raw, run) * 1000)
        # Qt alone: the full page repainted after a model reset, no query at all.
        page.search.clear()
        _settle(app, page)
        repaint = []
        for _ in range(20):
            started = time.perf_counter()
            model.beginResetModel()
            model.endResetModel()
            page.view.selectRow(0)
            app.processEvents()
            repaint.append((time.perf_counter() - started) * 1000)
    finally:
        model.data = original
        statements.close()
        raw.close()
        page.close()
        db.dispose()
    return (
        project,
        floor,
        {
            "statements": statistics.mean(per_key) if per_key else 0,
            "data_calls": data_calls[0],
            "counted": counted,
            "repaint": statistics.median(repaint),
            "slowest": sorted(zip(project, floor, typed), reverse=True)[:5],
        },
    )


# --------------------------------------------------------------------------- scrolling


def scroll_to_end(path: Path) -> tuple[float, float, int, float]:
    """(project s, raw SQL floor s, rows, peak RSS growth MiB) to load the whole list."""
    from PySide6.QtWidgets import QApplication

    from desktop.services.context import system_actor
    from desktop.storage.db import open_database
    from desktop.ui.tenant_model import TenantListModel

    QApplication.instance() or QApplication([])
    db = open_database(str(path))
    rss0 = _rss_mib()
    model = TenantListModel(db, system_actor())
    started = time.perf_counter()
    model.set_query(model.query)
    while model.canFetchMore():
        model.fetchMore()
    project = time.perf_counter() - started
    rows = model.rowCount()
    grown = _rss_mib() - rss0
    print(f"    process RSS at the end of the list: {_rss_mib():.0f} MiB", flush=True)
    del model
    raw = db.engine.raw_connection()
    cursor = raw.cursor()
    started = time.perf_counter()
    cursor.execute(
        "SELECT id, display_name, contract_number, dwelling_reference, address, city, "
        "agency_id, balance, status, eldest_birth_date, isolated FROM household "
        "WHERE status = 'ACTIF' ORDER BY sort_name, id"
    )
    raw_rows = len(cursor.fetchall())
    floor = time.perf_counter() - started
    cursor.close()
    raw.close()
    db.dispose()
    assert raw_rows == rows, (raw_rows, rows)
    return project, floor, rows, grown


def _rss_mib() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# --------------------------------------------------------------------------- letters


def letters(
    letter_count: int, processes: int, tmp: Path, mass_only: bool = False, floor: bool = True
) -> None:
    """A batch of letters (DOCX only, then DOCX + PDF) beside docxtpl and soffice alone.

    ``mass_only``: only the mass mailing (and its floor), for the large sizes of the
    issue's targets, where one PDF per letter through LibreOffice would take an hour.
    ``floor``: False for the largest sizes, where the floor alone takes longer than the
    mass mailing (docxtpl re-opening the template for each of 40,000 letters).
    """
    os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
    os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
    os.environ.setdefault("PARCOURS_LIBREOFFICE_PROFILES", str(tmp / "lo"))
    from desktop.documents import convert, engine
    from desktop.domain.roles import Role
    from desktop.services import demo, documents, tenants
    from desktop.services.context import Actor
    from desktop.storage.db import open_database

    db = open_database(str(tmp / "letters.sqlite"))
    actor = Actor("bench", "Banc d'essai", role=Role.ADMIN)
    # An arrears reminder goes to tenants who owe something: about one demo household
    # in six (it refuses a nil balance; 6.5 gave 39,950 of the 40,000 asked once).
    demo.generate(db, actor, letter_count * 7 + 60)
    arrears = tenants.TenantQuery(arrears_only=True)
    ids = [r.id for r in tenants.search(db, actor, arrears, limit=letter_count)]
    soffice = convert.find_soffice()
    section(f"Letters: {len(ids)} letters of 'relance_impaye', {processes} LibreOffice processes")
    if soffice:  # warm the LibreOffice profiles: a fresh profile's first start is slow
        warm = tmp / "warm.docx"
        from docx import Document

        doc = Document()
        doc.add_paragraph("x")
        doc.save(warm)
        for _ in range(processes):
            convert.convert_many([warm], tmp / "warm", lambda *a: None)
    contexts: list[tuple[object, dict]] = []
    original = engine.render_bytes

    def capturing(template, context, **kw):
        contexts.append((template, context))
        return original(template, context, **kw)

    # The mass mailing renders in worker processes: its contexts are caught where it
    # prepares them (``common._letter_context``; the floors render the same letters).
    letter_context = documents.common._letter_context

    def preparing(tenant, template, *args):
        context, info = letter_context(tenant, template, *args)
        contexts.append((template, context))
        return context, info

    results = {}
    for pdf in ("mass",) if mass_only else (False, True, "mass"):
        if pdf and not soffice:
            print("  DOCX + PDF: skipped (LibreOffice not found)")
            continue
        options = documents.LetterOptions(
            "relance_impaye", pdf=bool(pdf), fields={"periode": "octobre 2026"}
        )
        request = documents.BatchRequest(
            options,
            household_ids=ids,
            out_dir=tmp / f"out-{pdf}",
            processes=processes,
            mass=pdf == "mass",
            part_pages=1000,
        )
        engine.render_bytes = capturing
        if mass_only:
            documents.common._letter_context = preparing
        documents.batch.PARALLEL_FROM, saved_parallel = (
            10**9,
            documents.batch.PARALLEL_FROM,
        )  # in-process
        try:
            started = time.perf_counter()
            result = documents.run_batch(db, actor, request)
            results[pdf] = (time.perf_counter() - started, result)
        finally:
            engine.render_bytes = original
            documents.common._letter_context = letter_context
            documents.batch.PARALLEL_FROM = saved_parallel
    db.dispose()
    if not floor and "mass" in results:
        seconds, result = results["mass"]
        figure(f"mass mailing ({result.produced} letters, parts)", seconds, None, "s", "no floor")
        steps = {k: v for k, v in result.timings.items() if v}
        print(
            "    "
            + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items())
            + f"; {result.produced / seconds:.1f} letters/s",
            flush=True,
        )
        return

    # docxtpl alone: the same contexts rendered and saved, nothing else.
    from docxtpl import DocxTemplate

    floor_dir = tmp / "floor"
    floor_dir.mkdir()
    contexts = contexts[: len(ids)]  # the first run's
    source = contexts[0][0].docx.read_bytes() if contexts else b""
    started = time.perf_counter()
    for i, (_template, context) in enumerate(contexts):
        tpl = DocxTemplate(io.BytesIO(source))
        tpl.render(
            engine._materialise(engine._wrap(context), tpl),
            jinja_env=engine.environment("strict"),
            autoescape=True,
        )
        tpl.save(floor_dir / f"l{i:05d}.docx")
    docx_floor = time.perf_counter() - started
    if False in results:
        seconds, result = results[False]
        figure(
            f"DOCX only ({result.produced} letters)",
            seconds,
            docx_floor,
            "s",
            "floor: docxtpl alone",
        )
    else:
        print(f"  docxtpl alone ({len(contexts)} letters): {docx_floor:.1f} s")
    if "mass" in results and contexts:
        # soffice alone: one call per core on the floor's DOCX, nothing else.
        docs = sorted(floor_dir.glob("*.docx"))
        groups = [docs[i::processes] for i in range(processes)]

        def soffice_alone(groups: list[list[Path]], out: Path) -> None:
            procs = []
            for k, group in enumerate(groups):
                if group:
                    profile = (tmp / "lo-floor" / str(k)).resolve()
                    procs.append(
                        subprocess.Popen(
                            [
                                soffice,
                                f"-env:UserInstallation={profile.as_uri()}",
                                "--headless",
                                "--norestore",
                                "--convert-to",
                                "pdf",
                                "--outdir",
                                str(out),
                                *map(str, group),
                            ],
                            stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL,
                        )
                    )
            for p in procs:
                p.wait()

        soffice_alone([[tmp / "warm.docx"]] * processes, tmp / "warm")  # warm profiles
        if True in results:
            started = time.perf_counter()
            soffice_alone(groups, floor_dir / "pdf")
            pdf_floor = time.perf_counter() - started + docx_floor
            seconds, result = results[True]
            figure(
                f"DOCX + PDF ({result.produced} letters)",
                seconds,
                pdf_floor,
                "s",
                "floor: docxtpl + soffice alone",
            )
            steps = {k: v for k, v in result.timings.items() if v}
            print("    " + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items()))
        # Mass mailing: the letters joined in chunks, one soffice call per core; its
        # floor is docxtpl alone plus soffice alone converting the same joined chunks.
        from desktop.documents import compose

        joined_dir = tmp / "floor-joined"
        joined_dir.mkdir()
        by_key: dict[str, list[bytes]] = {}
        for doc in docs:
            data = doc.read_bytes()
            by_key.setdefault(compose.shell_key(data), []).append(data)
        joined = []
        for key_docs in by_key.values():
            for c in range(0, len(key_docs), documents.mass.CHUNK_LETTERS):
                path = joined_dir / f"j{len(joined):04d}.docx"
                path.write_bytes(compose.compose(key_docs[c : c + documents.mass.CHUNK_LETTERS]))
                joined.append(path)
        started = time.perf_counter()
        soffice_alone([joined[i::processes] for i in range(processes)], joined_dir / "pdf")
        joined_floor = time.perf_counter() - started + docx_floor
        seconds, result = results["mass"]
        figure(
            f"mass mailing ({result.produced} letters, parts)",
            seconds,
            joined_floor,
            "s",
            "floor: docxtpl + soffice alone on the joined chunks",
        )
        steps = {k: v for k, v in result.timings.items() if v}
        print(
            "    "
            + ", ".join(f"{k} {v:.2f} s" for k, v in steps.items())
            + f"; {result.produced / seconds:.1f} letters/s"
        )


# --------------------------------------------------------------------------- main


class _Url(str):
    """A database URL given for ``--db`` (it exists; ``str`` gives it back whole)."""

    def exists(self) -> bool:
        return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--small",
        action="store_true",
        help="a quick run at a small size (checks that the benchmarks run)",
    )
    parser.add_argument("--households", type=int, default=None)
    parser.add_argument("--db", help="reuse (or create) this base instead of a temporary one")
    parser.add_argument("--letters", type=int, default=None, help="letters in the batch (0: none)")
    parser.add_argument(
        "--mass-only",
        action="store_true",
        help="letters: only the mass mailing and its floor (for thousands of letters)",
    )
    parser.add_argument(
        "--no-floor",
        action="store_true",
        help="letters: no floor (for 40,000 letters, where the floor takes an hour)",
    )
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--minutes", action="store_true", help="also time the CALEOL minutes")
    parser.add_argument(
        "--reports",
        action="store_true",
        help="also time the four reports (figures, PDF, Excel) on the big base "
        "after adding a year of activity (tests/bench/bench_reports.py)",
    )
    parser.add_argument(
        "--only",
        choices=("start", "keys", "scroll", "audit"),
        action="append",
        help="time only these parts (repeatable; default: all); audit: only the writes "
        "with audit, no tenant list nor letters",
    )
    parser.add_argument(
        "--audit-writes",
        type=int,
        default=None,
        help="writes of each kind with their audit event (default 1000; 0: none)",
    )
    parser.add_argument(
        "--audit-db", help="writes with audit: an empty PostgreSQL base (default: SQLite)"
    )
    parser.add_argument("--runs", type=int, default=None, help="cold starts (default 3)")
    args = parser.parse_args(argv)
    parts = set(args.only or ("start", "keys", "scroll", "audit"))
    households = args.households or (2_000 if args.small else 100_000)
    letter_count = args.letters if args.letters is not None else (8 if args.small else 200)
    audit_writes = (
        args.audit_writes if args.audit_writes is not None else (20 if args.small else 1000)
    )
    if parts == {"audit"}:  # the writes with audit alone
        from tests.bench import bench_audit

        bench_audit.report(bench_audit.run(audit_writes, args.audit_db))
        return 0
    runs = args.runs or (1 if args.small else 3)
    queries = 3 if args.small else 12
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # A PostgreSQL URL is used as it is (tests/bench/copy_base.py makes one).
        big = Path(args.db) if args.db else tmp / "bench-big.sqlite"
        if args.db and "://" in args.db:
            big = _Url(args.db)
        load = os.getloadavg() if hasattr(os, "getloadavg") else None
        print(
            f"Parcours benchmarks — {os.cpu_count()} CPU, Python {sys.version.split()[0]}"
            + (f", load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}" if load else "")
            + f"{' (small run: figures not meaningful)' if args.small else ''}",
            flush=True,
        )
        if not big.exists():
            from tests.bench.bulk import BULK_FROM

            rate = make_base(big, households, bulk=not args.small and households >= BULK_FROM)
            print(
                f"demo generation: {households:,} households at {rate:,.0f} households/s",
                flush=True,
            )
        section(f"Tenant list over {households:,} households (project, floor, ratio)")
        if "start" in parts:
            _cold_starts(big, runs)
        if "keys" in parts:
            _keystrokes(big, queries)
        if "scroll" in parts:
            seconds, raw_seconds, rows, grown = scroll_to_end(big)
            figure(
                f"scroll to the end ({rows:,} rows)",
                seconds,
                raw_seconds,
                "s",
                f"floor: one raw SELECT; RSS +{grown:.0f} MiB",
            )
        if letter_count:
            letters(
                letter_count,
                args.processes,
                tmp,
                mass_only=args.mass_only,
                floor=not args.no_floor,
            )
        if args.minutes:
            from tests.bench import bench_minutes  # CALEOL minutes (issue 7)

            bench_minutes.report(bench_minutes.run())
        if args.reports:  # reports (issue 8), on the big base
            from tests.bench import bench_reports

            bench_reports.print_figures(bench_reports.run(households, str(big)))
        if "audit" in parts and audit_writes:
            from tests.bench import bench_audit

            bench_audit.report(bench_audit.run(audit_writes, args.audit_db))
    return 0


def _cold_starts(big: Path, runs: int) -> None:
    starts, usable, qt, after_paint = cold_start(big, runs=runs)
    figure(
        "cold start to painted window",
        statistics.median(starts),
        statistics.median(qt),
        "s",
        "floor: Qt alone",
    )
    figure(
        "cold start to the list usable",
        statistics.median(usable),
        statistics.median(qt),
        "s",
        "(its first page shown)",
    )
    print(
        "    first query of the list "
        + ", ".join(f"{x * 1000:+.0f} ms" for x in after_paint)
        + " after the first paint (each start; > 0: the window painted first)"
    )


def _keystrokes(big: Path, queries: int) -> None:
    project, floor, info = search_latency(big, queries)
    figure(
        f"keystroke median ({len(project)} keys)",
        statistics.median(project),
        statistics.median(floor),
        "ms",
        "floor: the same SQL, raw",
    )
    figure("keystroke p90", percentile(project, 0.9), percentile(floor, 0.9), "ms")
    figure("keystroke worst", max(project), max(floor), "ms")
    figure(
        "keystroke to the count shown, median",
        statistics.median(info["counted"]),
        statistics.median(floor),
        "ms",
        "(the count is a second step)",
    )
    figure("keystroke to the count shown, worst", max(info["counted"]), max(floor), "ms")
    figure(
        "keystroke median, against SQL + repaint",
        statistics.median(project),
        statistics.median(floor) + info["repaint"],
        "ms",
        f"floor: raw SQL + the list repainted alone ({info['repaint']:.1f} ms)",
    )
    print(
        "    slowest keystrokes (project / raw SQL): "
        + "; ".join(f"{t!r} {a:.0f} / {b:.0f} ms" for a, b, t in info["slowest"])
    )
    print(
        f"    {info['statements']:.1f} SQL statements per keystroke, "
        f"{info['data_calls']:,} data() calls for {len(project)} keystrokes"
    )


if __name__ == "__main__":
    raise SystemExit(main())
