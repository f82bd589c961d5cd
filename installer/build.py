#!/usr/bin/env python3
"""Build and check the packaged application and its Windows installer.

    python3 installer/build.py linux     build the bundle with installer/parcours.spec
                                         (build/dist/parcours/), run its --selftest
                                         offscreen, print build time and size
    python3 installer/build.py wheels    every dependency in pyproject.toml (and the
                                         build tools) has a Windows wheel for CPython 3.11
    python3 installer/build.py nsis      compile installer/parcours.nsi around the bundle
                                         (build/parcours-setup-X.Y.Z.exe, 64-bit; with
                                         --target x86-unicode a 32-bit setup program that
                                         installs the 64-bit application)
    python installer/build.py sign FILE...     Authenticode-sign with the certificate in
                                         SIGNING_PFX_BASE64 / SIGNING_PFX_PASSWORD (Windows)
    python3 installer/build.py wine      install that setup silently under wine64, check
                                         the installed tree, uninstall (data kept), again
                                         with /PURGE (data removed)
    python installer/build.py install-check    the same checks on real Windows, plus the
                                         self-test of the installed copy (CI workflow)

``bundle`` is the same as ``linux`` on any system (the Windows workflow uses it).
Everything lands under build/ (gitignored). Exits non-zero when a check fails.
As root on Debian, missing tools are installed with apt-get (nsis, wine64). Runs on
the standard library only; PyInstaller goes into the project's .venv.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IS_WIN = sys.platform == "win32"
BUILD = ROOT / "build"
DIST = BUILD / "dist"
WORK = BUILD / "pyinstaller"
BUNDLE = DIST / "parcours"
SPEC = ROOT / "installer" / "parcours.spec"
NSI = ROOT / "installer" / "parcours.nsi"
REQUIREMENTS = ROOT / "installer" / "requirements.txt"
VENV_PY = ROOT / ".venv" / ("Scripts/python.exe" if IS_WIN else "bin/python")
PRODUCT = "Parcours"
UNINST_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\Parcours"


def say(msg: str = "") -> None:
    print(msg, flush=True)


def step(title: str) -> None:
    say()
    say(f"=== {title} ===")


class Failure(RuntimeError):
    pass


def run(cmd: list, **kw) -> subprocess.CompletedProcess:
    kw.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([str(c) for c in cmd], **kw)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def human(n: float) -> str:
    for unit in ("o", "Kio", "Mio", "Gio"):
        if n < 1024 or unit == "Gio":
            return f"{n:.0f} {unit}" if unit in ("o", "Kio") else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def tree_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def apt_install(package: str, binary: str) -> str:
    """The path of ``binary``, installing the Debian package that has it if needed."""
    found = shutil.which(binary)
    if found:
        return found
    if not (is_root() and shutil.which("apt-get")):
        raise Failure(
            f"{binary} not found: install the Debian package {package} (apt-get install -y {package})"
        )
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    say(f"$ apt-get install -y {package}")
    opts = ["-o", "DPkg::Lock::Timeout=300", "-o", "Acquire::Retries=3"]
    if run(["apt-get", *opts, "install", "-y", "-q", package], env=env).returncode != 0:
        run(["apt-get", *opts, "update", "-qq"], env=env)
        if run(["apt-get", *opts, "install", "-y", "-q", package], env=env).returncode != 0:
            raise Failure(f"apt-get install {package} failed")
    found = shutil.which(binary)
    if not found:
        raise Failure(f"{package} is installed but {binary} is not on PATH")
    return found


# --------------------------------------------------------------------------
# The bundle
# --------------------------------------------------------------------------
def python_for_build() -> Path:
    if VENV_PY.exists():
        return VENV_PY
    if IS_WIN:  # the workflow installs into the runner's Python
        return Path(sys.executable)
    step("Python environment")
    say("$ python3 tests/run.py --setup-only")
    if (
        run([sys.executable, ROOT / "tests" / "run.py", "--setup-only"], cwd=ROOT).returncode != 0
        or not VENV_PY.exists()
    ):
        raise Failure("could not set up .venv (tests/run.py --setup-only)")
    return VENV_PY


def pinned_requirements() -> dict[str, str]:
    pins = {}
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, _, ver = line.partition("==")
            pins[name.strip().lower()] = ver.strip()
    return pins


def ensure_pyinstaller(py: Path) -> None:
    want = pinned_requirements()["pyinstaller"]
    out = run(
        [py, "-c", "import PyInstaller; print(PyInstaller.__version__)"],
        capture_output=True,
        text=True,
    )
    if out.returncode == 0 and out.stdout.strip() == want:
        say(f"PyInstaller {want} is installed.")
        return
    say(f"$ pip install -r installer/requirements.txt   (PyInstaller {want})")
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    if run([py, "-m", "pip", "install", "-q", "-r", REQUIREMENTS], env=env).returncode != 0:
        raise Failure("pip install -r installer/requirements.txt failed")


def build_bundle(py: Path, clean: bool) -> float:
    step(f"PyInstaller: {SPEC.relative_to(ROOT)} -> {BUNDLE.relative_to(ROOT)}")
    ensure_pyinstaller(py)
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    cmd = [
        py,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        WORK,
        SPEC,
    ]
    if clean:
        cmd.insert(3, "--clean")
    say(
        "$ python -m PyInstaller --noconfirm --log-level WARN --distpath build/dist "
        f"--workpath build/pyinstaller installer/parcours.spec{' --clean' if clean else ''}"
    )
    started = time.perf_counter()
    if run(cmd, cwd=ROOT).returncode != 0:
        raise Failure("PyInstaller failed")
    return time.perf_counter() - started


def bundle_executable(bundle: Path, console: bool = True) -> Path:
    if IS_WIN:
        return bundle / ("parcours-console.exe" if console else "parcours.exe")
    return bundle / "parcours"


def run_selftest(exe: Path, out_dir: Path) -> tuple[int, float, dict]:
    if out_dir.exists():
        shutil.rmtree(out_dir)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    say(f"$ {exe} --selftest {out_dir}")
    started = time.perf_counter()
    code = run([exe, "--selftest", out_dir], env=env, timeout=600).returncode
    seconds = time.perf_counter() - started
    try:
        report = json.loads((out_dir / "selftest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        report = {}
    return code, seconds, report


def largest_parts(bundle: Path, count: int = 8) -> list[tuple[str, int]]:
    internal = bundle / "_internal"
    sizes = {}
    for child in internal.iterdir():
        if child.is_dir():
            sizes[child.name + "/"] = tree_size(child)[0]
        elif child.is_file():
            sizes[child.name] = child.stat().st_size
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:count]


# WeasyPrint loads these by name (cffi dlopen); without them every PDF report fails with
# "cannot load library 'libgobject-2.0-0'". Same list as parcours.spec's.
WEASYPRINT_DLLS = (
    "libgobject-2.0-0.dll",
    "libglib-2.0-0.dll",
    "libpango-1.0-0.dll",
    "libpangoft2-1.0-0.dll",
    "libharfbuzz-0.dll",
    "libfontconfig-1.dll",
)


def missing_weasyprint_dlls(bundle: Path) -> list[str]:
    internal = bundle / "_internal"
    present = {p.name.lower() for p in internal.rglob("*.dll")} if internal.is_dir() else set()
    return [dll for dll in WEASYPRINT_DLLS if dll.lower() not in present]


# Fonts bundled into resources/fonts (the minutes' @font-face, desktop/documents/minutes.py),
# so that PDF documents look the same on every workstation: DejaVu Sans, which has the
# narrow no-break space U+202F of French amounts (Liberation Sans 1.x has not). Licence:
# Bitstream Vera / Arev fonts licence, redistribution allowed with the notice (copied).
FONTS = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
FONT_SOURCES = (Path("/usr/share/fonts/truetype/dejavu"),)  # Debian fonts-dejavu-core
FONT_LICENCES = (Path("/usr/share/doc/fonts-dejavu-core/copyright"),)
BUNDLED_FONTS = BUILD / "fonts"


def prepare_fonts() -> list[str]:
    """Copy the fonts into build/fonts (the spec bundles that folder as resources/fonts);
    the names copied. Source: PARCOURS_FONTS_DIR, else Debian's fonts-dejavu-core."""
    given = os.environ.get("PARCOURS_FONTS_DIR", "").strip()
    sources = [Path(given)] if given else list(FONT_SOURCES)
    source = next((d for d in sources if all((d / f).is_file() for f in FONTS)), None)
    shutil.rmtree(BUNDLED_FONTS, ignore_errors=True)
    if source is None:
        say("WARNING: DejaVu Sans not found (set PARCOURS_FONTS_DIR): fonts NOT bundled")
        return []
    BUNDLED_FONTS.mkdir(parents=True)
    for name in FONTS:
        shutil.copy2(source / name, BUNDLED_FONTS / name)
    licence = next((p for p in [source / "LICENSE", *FONT_LICENCES] if p.is_file()), None)
    if licence is None:
        raise Failure(f"no licence file for the fonts of {source}: not bundling them without it")
    shutil.copy2(licence, BUNDLED_FONTS / "LICENCE-DejaVu.txt")
    say(f"Fonts from {source}: {', '.join(FONTS)} (+ LICENCE-DejaVu.txt)")
    return list(FONTS)


def cmd_bundle(args) -> int:
    py = python_for_build()
    prepare_fonts()
    build_seconds = build_bundle(py, args.clean)
    size, files = tree_size(BUNDLE)
    if getattr(args, "require_weasyprint_dlls", False):
        step("WeasyPrint's native libraries in the bundle")
        missing = missing_weasyprint_dlls(BUNDLE)
        if missing:
            say(
                f"REFUSED: the bundle lacks {', '.join(missing)} (set PARCOURS_MSYS2_UCRT64 to "
                "an MSYS2 UCRT64 prefix with mingw-w64-ucrt-x86_64-pango installed)"
            )
            return 1
        say(f"  ok  {', '.join(WEASYPRINT_DLLS)}")
    step("Self-test of the bundle (offscreen)")
    out_dir = Path(args.selftest_dir) if args.selftest_dir else BUILD / "selftest-bundle"
    code, selftest_seconds, report = run_selftest(bundle_executable(BUNDLE), out_dir)
    figures = {
        "platform": sys.platform,
        "build_seconds": round(build_seconds, 1),
        "selftest_seconds": round(selftest_seconds, 1),
        "bundle_bytes": size,
        "bundle_files": files,
        "selftest_exit": code,
        "selftest_result": report.get("result"),
    }
    (BUILD / "bundle-report.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    step("Bundle")
    say(f"  folder          {BUNDLE}")
    say(f"  size            {human(size)} ({files} files)")
    say("  largest parts   " + ", ".join(f"{n} {human(s)}" for n, s in largest_parts(BUNDLE)))
    say(f"  build time      {build_seconds:.0f} s")
    say(
        f"  self-test       {'passed' if code == 0 else f'FAILED (exit {code})'} in "
        f"{selftest_seconds:.1f} s, report {out_dir / 'selftest.json'}"
    )
    if code != 0:
        say("REFUSED: the bundle's self-test failed; no installer is to be built from it.")
    return 0 if code == 0 else 1


# --------------------------------------------------------------------------
# Windows wheels
# --------------------------------------------------------------------------
def all_requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        reqs += group
    reqs += [f"{n}=={v}" for n, v in pinned_requirements().items()]
    seen, out = set(), []
    for r in reqs:
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


# pip evaluates environment markers against the machine it runs on, even with
# --platform: the dependencies that only Windows installs (sys_platform == "win32": pefile
# for PyInstaller, colorama for pytest, ...) are found by reading the downloaded wheels'
# metadata with a Windows marker environment, then downloaded in turn.
WHEEL_REQUIRES = r"""
import sys, zipfile
from pathlib import Path
try:
    from packaging.requirements import Requirement
except ImportError:
    from pip._vendor.packaging.requirements import Requirement
folder, mode = Path(sys.argv[1]), sys.argv[2]   # mode: windows-only | all
extras = [e for e in sys.argv[3].split(",") if e] if len(sys.argv) > 3 else []
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt",
           "platform_machine": "AMD64", "python_version": "3.11", "python_full_version": "3.11.9",
           "implementation_name": "cpython", "platform_python_implementation": "CPython"}
out = set()
for wheel in folder.glob("*.whl"):
    with zipfile.ZipFile(wheel) as z:
        meta = next((n for n in z.namelist() if n.endswith(".dist-info/METADATA")), None)
        text = z.read(meta).decode("utf-8", "replace") if meta else ""
    for line in text.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        req = Requirement(line.split(":", 1)[1].strip())
        name = str(req).split(";")[0].strip()
        if req.marker is None:
            if mode == "all":
                out.add(name)
            continue
        on_windows = any(req.marker.evaluate(dict(WINDOWS, extra=e)) for e in ["", *extras])
        if mode == "all":
            if on_windows:
                out.add(name)
        elif "extra" not in str(req.marker) and on_windows and not req.marker.evaluate():
            out.add(name)
print("\n".join(sorted(out)))
"""


def pip_download(
    py: Path, reqs: list[str], dest: str, *, deps: bool = True
) -> subprocess.CompletedProcess:
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    return run(
        [
            py,
            "-m",
            "pip",
            "download",
            "-q",
            "--platform",
            "win_amd64",
            "--python-version",
            "3.11",
            "--implementation",
            "cp",
            "--only-binary=:all:",
            *([] if deps else ["--no-deps"]),
            "-d",
            dest,
            *reqs,
        ],
        env=env,
        capture_output=True,
        text=True,
    )


def without_wheel(py: Path, req: str, depth: int = 0) -> list[str]:
    """Why ``req`` does not resolve to wheels: the requirements (it, or dependencies of
    it, recursively) that have no Windows wheel themselves."""
    with tempfile.TemporaryDirectory(prefix="parcours-wheel-") as tmp:
        if pip_download(py, [req], tmp).returncode == 0:
            return []
        if pip_download(py, [req], tmp, deps=False).returncode != 0 or depth >= 4:
            return [req]
        extras = req.split("[", 1)[1].split("]", 1)[0] if "[" in req else ""
        listed = run([py, "-c", WHEEL_REQUIRES, tmp, "all", extras], capture_output=True, text=True)
    culprits = []
    for dep in listed.stdout.split():
        culprits += [
            f"{c} (needed by {req})" if depth == 0 else c for c in without_wheel(py, dep, depth + 1)
        ]
    return culprits or [f"{req} (its dependencies, together)"]


def pip_error(out: subprocess.CompletedProcess) -> str:
    lines = [line for line in (out.stderr + out.stdout).splitlines() if line.startswith("ERROR")]
    return lines[0] if lines else (out.stderr + out.stdout).strip()[-300:]


def cmd_wheels(args) -> int:
    step("Windows wheels (win_amd64, CPython 3.11, binary only)")
    reqs = all_requirements()
    py = VENV_PY if VENV_PY.exists() else Path(sys.executable)
    say("Requirements: " + ", ".join(reqs))
    with tempfile.TemporaryDirectory(prefix="parcours-wheels-") as tmp:
        say(
            "$ pip download --platform win_amd64 --python-version 3.11 --implementation cp "
            "--only-binary=:all: -d <tmp> <all of them>"
        )
        out = pip_download(py, reqs, tmp)
        if out.returncode != 0:
            say(f"Resolution failed: {pip_error(out)}")
            say("Each requirement alone:")
            missing = []
            for req in reqs:
                culprits = without_wheel(py, req)
                say(
                    f"  {'MISSING' if culprits else 'ok     '}  {req}"
                    + (f": no Windows wheel for {', '.join(culprits)}" if culprits else "")
                )
                missing += culprits
            say(
                f"NO WINDOWS WHEEL for: {', '.join(missing) or '(only together: conflicting versions)'}"
            )
            return 1
        windows_only: list[str] = []
        for _ in range(5):
            found = run(
                [py, "-c", WHEEL_REQUIRES, tmp, "windows-only"], capture_output=True, text=True
            )
            if found.returncode != 0:
                say(f"WARNING: could not read the wheels' metadata: {found.stderr.strip()[-300:]}")
                break
            new = [r for r in found.stdout.split() if r and r not in windows_only]
            if not new:
                break
            windows_only += new
            extra = pip_download(py, new, tmp)
            if extra.returncode != 0:
                say(
                    f"NO WINDOWS WHEEL for a Windows-only dependency ({', '.join(new)}): "
                    f"{pip_error(extra)}"
                )
                return 1
        wheels = sorted(p.name for p in Path(tmp).glob("*.whl"))
        others = sorted(p.name for p in Path(tmp).iterdir() if not p.name.endswith(".whl"))
        size = sum(p.stat().st_size for p in Path(tmp).iterdir())
    if windows_only:
        say("Windows-only dependencies, also resolved: " + ", ".join(windows_only))
    native = [w for w in wheels if "win_amd64" in w]
    say(
        f"{len(wheels)} wheels ({human(size)}): {len(native)} win_amd64, "
        f"{len(wheels) - len(native)} pure Python"
    )
    for w in wheels:
        say(f"  {w}")
    if others:
        say(f"NOT WHEELS: {', '.join(others)}")
        return 1
    say("Every dependency resolves to a Windows wheel for CPython 3.11.")
    return 0


# --------------------------------------------------------------------------
# NSIS installer
# --------------------------------------------------------------------------
def setup_path() -> Path:
    return BUILD / f"parcours-setup-{version()}.exe"


def manifest_path(setup: Path) -> Path:
    return setup.with_suffix(".json")


def find_makensis() -> str:
    if IS_WIN:
        found = shutil.which("makensis")
        for guess in (
            r"C:\Program Files (x86)\NSIS\makensis.exe",
            r"C:\Program Files\NSIS\makensis.exe",
        ):
            if not found and Path(guess).exists():
                found = guess
        if not found:
            raise Failure("makensis not found (choco install nsis)")
        return found
    return apt_install("nsis", "makensis")


def pe_machine(path: Path) -> int:
    with path.open("rb") as f:
        head = f.read(4096)
    offset = struct.unpack_from("<I", head, 0x3C)[0]
    if head[offset : offset + 4] != b"PE\0\0":
        raise Failure(f"{path.name} is not a PE executable")
    return struct.unpack_from("<H", head, offset + 4)[0]


def cmd_nsis(args) -> int:
    bundle = Path(args.bundle).resolve() if args.bundle else BUNDLE
    if not (bundle / "_internal").is_dir():
        raise Failure(f"no bundle in {bundle}: run `python3 installer/build.py linux` first")
    makensis = find_makensis()
    all_users = getattr(args, "all_users", False)
    setup = Path(args.out).resolve() if args.out else setup_path()
    if all_users and not args.out:
        setup = setup.with_name(setup.stem + "-machine.exe")
    setup.parent.mkdir(parents=True, exist_ok=True)
    windows_payload = (bundle / "parcours.exe").is_file()
    step(f"NSIS: {NSI.relative_to(ROOT)} -> {setup}")
    if not windows_payload:
        say(
            "Payload: a LINUX bundle (no parcours.exe). This setup program is for checking the "
            "installer under wine only; the real one is built on Windows from a Windows bundle."
        )
    cmd = [
        makensis,
        "-V2",
        "-NOCD",
        f"-DBUNDLE_DIR={bundle}",
        f"-DVERSION={version()}",
        f"-DOUTFILE={setup}",
        f"-DTARGET={args.target}",
        *(["-DALL_USERS"] if all_users else []),
        NSI,
    ]
    say("$ " + " ".join(str(c) for c in cmd))
    started = time.perf_counter()
    if run(cmd, cwd=ROOT).returncode != 0:
        raise Failure("makensis failed")
    seconds = time.perf_counter() - started
    machine = pe_machine(setup)
    expected = 0x8664 if args.target.startswith("amd64") else 0x14C
    if machine != expected:
        raise Failure(f"{setup.name} is not a {args.target} program: machine {machine:#x}")
    files = {
        p.relative_to(bundle).as_posix(): p.stat().st_size
        for p in sorted(bundle.rglob("*"))
        if p.is_file()
    }
    manifest = {
        "version": version(),
        "bundle": str(bundle),
        "all_users": all_users,
        "windows_payload": windows_payload,
        "app": "parcours.exe" if windows_payload else "parcours",
        "files": files,
    }
    manifest_path(setup).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    kind = "PE32+ x86-64" if machine == 0x8664 else "PE32 x86 (installs the 64-bit application)"
    say(
        f"  setup program   {setup.name}, {human(setup.stat().st_size)}, {kind}, "
        f"compiled in {seconds:.0f} s"
    )
    say(
        f"  payload         {len(files)} files, {human(sum(files.values()))} "
        f"({'Windows' if windows_payload else 'Linux'} bundle)"
    )
    return 0


# --------------------------------------------------------------------------
# Install, check, uninstall: on Windows, or under wine
# --------------------------------------------------------------------------
class WindowsHost:
    name = "Windows"

    def __init__(self):
        self.local_appdata = Path(os.environ["LOCALAPPDATA"])
        self.appdata = Path(os.environ["APPDATA"])
        # The 64-bit Program Files even from a 32-bit process; the all-users Start menu.
        self.program_files = Path(
            os.environ.get("ProgramW6432") or os.environ.get("ProgramFiles", r"C:\Program Files")
        )
        self.common_programs = (
            Path(os.environ.get("ProgramData", r"C:\ProgramData"))
            / "Microsoft"
            / "Windows"
            / "Start Menu"
            / "Programs"
        )

    def run(self, exe: Path, *args: str, wait_gone: tuple[Path, ...] = ()) -> int:
        code = run([exe, *args], timeout=900).returncode
        if wait_gone:  # the uninstaller goes on from a copy of itself in %TEMP%
            deadline = time.monotonic() + 180
            while any(p.exists() for p in wait_gone) and time.monotonic() < deadline:
                time.sleep(1)
            time.sleep(3)  # its last steps (registry) come right after
        return code

    def reg_key_exists(self, key: str, root: str = "HKCU") -> bool:
        import winreg

        hive = winreg.HKEY_LOCAL_MACHINE if root == "HKLM" else winreg.HKEY_CURRENT_USER
        for view in (winreg.KEY_WOW64_64KEY, 0):
            try:
                winreg.CloseKey(winreg.OpenKey(hive, key, 0, winreg.KEY_READ | view))
                return True
            except OSError:
                continue
        return False


WINE_LIB = Path("/usr/lib/wine")  # Debian's wine64 package alone: loader and server here


def wine_tool(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or (
            str(WINE_LIB / name) if (WINE_LIB / name).is_file() else None
        )
        if found:
            return found
    return None


def find_wine() -> str:
    """``wine`` (package wine), else the 64-bit loader of the wine64 package."""
    found = wine_tool("wine", "wine64")
    if found:
        return found
    try:
        apt_install("wine64", "wine64")
    except Failure:  # installed, but its loader is in /usr/lib/wine, not on PATH
        pass
    found = wine_tool("wine", "wine64")
    if not found:
        raise Failure("wine not found: apt-get install wine64")
    return found


class WineHost:
    name = "wine"

    def __init__(self, prefix: Path, *, boot: bool = True):
        """A wine host on ``prefix``, set up there (``wineboot --init``) unless ``boot``
        is false: a copy of a prefix already set up (its folders and registry made)."""
        self.wine = find_wine()
        self.wineserver = wine_tool("wineserver", "wineserver64") or "wineserver"
        self.prefix = prefix
        self.env = dict(
            os.environ,
            WINEPREFIX=str(prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            WINEDLLOVERRIDES="mscoree,mshtml=",
        )
        self.env.pop("DISPLAY", None)
        if boot:
            say(f"$ WINEPREFIX={prefix} wine wineboot --init")
            started = time.perf_counter()
            self._wine("wineboot", "--init")
            say(f"wine prefix ready in {time.perf_counter() - started:.0f} s")
        users = [
            p
            for p in (prefix / "drive_c" / "users").iterdir()
            if p.is_dir() and p.name.lower() != "public"
        ]
        if not users:
            raise Failure("wine prefix has no user folder")
        self.local_appdata = users[0] / "AppData" / "Local"
        self.appdata = users[0] / "AppData" / "Roaming"
        self.program_files = prefix / "drive_c" / "Program Files"
        self.common_programs = (
            prefix / "drive_c" / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs"
        )

    def _wine(self, *args, capture: bool = False, then=None) -> subprocess.CompletedProcess:
        """Run wine with ``args``; once it has ended, ``then()`` if given, then wait for
        every process of the prefix (``wineserver -w``)."""
        out = run(
            [self.wine, *args], env=self.env, timeout=900, capture_output=capture, text=capture
        )
        if then is not None:
            then()
        run([self.wineserver, "-w"], env=self.env, timeout=900)
        return out

    def run(self, exe: Path, *args: str, wait_gone: tuple[Path, ...] = ()) -> int:
        return self._wine(exe, *args).returncode  # wineserver -w waited for every process

    @staticmethod
    def windows_path(path: Path) -> str:
        """``path`` as the prefix's programs see it (wine maps Z: to /)."""
        return "Z:" + str(path).replace("/", "\\")

    def run_beside(self, exe: Path, *args: str, then) -> int:
        """Run ``exe`` while another program of the prefix keeps running: once ``exe``
        has ended, ``then()`` (which ends the other one), then wait for every process."""
        return self._wine(exe, *args, then=then).returncode

    def start(self, exe: Path, *args: str) -> subprocess.Popen:
        """Start without waiting (a program that keeps running)."""
        return subprocess.Popen(
            [self.wine, str(exe), *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def reg_key_exists(self, key: str, root: str = "HKCU") -> bool:
        # /reg:64: the 64-bit view, where the setup program writes (SetRegView 64)
        return self._wine("reg", "query", f"{root}\\{key}", "/reg:64", capture=True).returncode == 0


class Checks:
    def __init__(self):
        self.results: list[tuple[bool, str]] = []

    def check(self, ok: bool, what: str) -> bool:
        self.results.append((ok, what))
        say(f"  {'ok  ' if ok else 'FAIL'}  {what}")
        return ok


# A stand-in for a running Parcours: holds the application's mutex for a while
# (desktop/single_instance.py), so that the installer's refusal can be checked.
MUTEX_HOLDER_NSI = r"""
Unicode true
Target amd64-unicode
SilentInstall silent
RequestExecutionLevel user
OutFile "${OUTFILE}"
Section
  System::Call 'kernel32::CreateMutexW(p 0, i 0, w "Local\ParcoursInstance") p .r0'
  FileOpen $1 "$EXEDIR\mutex-holder.ready" w
  FileClose $1
  StrCpy $2 0
  hold:
    IfFileExists "$EXEDIR\mutex-holder.stop" done
    Sleep 200
    IntOp $2 $2 + 200
    IntCmp $2 ${MILLISECONDS} done hold done
  done:
SectionEnd
"""
# From the moment it holds the mutex: the setup must start meanwhile. The stand-in ends
# sooner, as soon as the check has its answer (stop_holder).
HOLD_SECONDS = 45


def mutex_holder() -> Path:
    out = BUILD / "mutex-holder.exe"
    script = BUILD / "mutex-holder.nsi"
    BUILD.mkdir(parents=True, exist_ok=True)
    script.write_text(MUTEX_HOLDER_NSI, encoding="utf-8")
    if (
        run(
            [
                find_makensis(),
                "-V1",
                f"-DOUTFILE={out}",
                f"-DMILLISECONDS={HOLD_SECONDS * 1000}",
                script,
            ]
        ).returncode
        != 0
    ):
        raise Failure("could not build the mutex holder")
    return out


def start_holder(host, holder: Path) -> subprocess.Popen:
    """Start the stand-in and wait until it holds the mutex (it then writes a file
    beside itself): under a loaded machine wine may take many seconds to start it."""
    ready = holder.with_name("mutex-holder.ready")
    ready.unlink(missing_ok=True)
    holder.with_name("mutex-holder.stop").unlink(missing_ok=True)
    running = host.start(holder)
    deadline = time.monotonic() + 120
    while not ready.exists() and time.monotonic() < deadline:
        time.sleep(0.5)
    if not ready.exists():
        running.kill()
        running.wait()
        raise Failure("the stand-in holding the mutex did not start within 120 s")
    return running


def stop_holder(holder: Path, running: subprocess.Popen) -> None:
    """Have the stand-in release the mutex and end (it looks for the file every 0.2 s)."""
    holder.with_name("mutex-holder.stop").write_text("stop", encoding="utf-8")
    running.wait(timeout=HOLD_SECONDS + 60)


def check_refusal_while_running(
    host, setup: Path, uninstaller: Path, install_dir: Path, checks: Checks
) -> None:
    step("Parcours running (its mutex held): setup /S and uninstall.exe /S refuse")
    holder = mutex_holder()
    marker = install_dir / "_internal" / "parcours-refusal-marker"
    marker.write_text("still here", encoding="utf-8")
    running = start_holder(host, holder)
    code = host.run_beside(setup, "/S", then=lambda: stop_holder(holder, running))
    checks.check(
        code != 0 and marker.is_file(),
        f"setup refuses while Parcours runs (exit code {code}, files untouched)",
    )
    running = start_holder(host, holder)
    # An NSIS uninstaller copies itself to %TEMP%, starts the copy and exits at once:
    # ``_?=`` runs it in place, so that it has answered when wine returns (the stand-in
    # must hold the mutex until then). NSIS reads the rest of the command line, unquoted,
    # as the folder: given word by word so that wine does not quote "Program Files".
    in_place = ("_?=" + host.windows_path(install_dir)).split(" ")
    host.run_beside(uninstaller, "/S", *in_place, then=lambda: stop_holder(holder, running))
    checks.check(
        uninstaller.is_file() and marker.is_file(),
        "uninstaller refuses while Parcours runs (program still installed)",
    )
    marker.unlink(missing_ok=True)


def install_check(host, setup: Path, selftest: bool) -> int:
    """Install, check, upgrade, refuse while running (wine), uninstall with and without
    /PURGE; the per-machine variant (manifest ``all_users``) into Program Files, with
    the all-users shortcut and the HKLM uninstall entry. Returns 0 when all passed."""
    return 1 if failed_checks(install_check_results(host, setup, selftest)) else 0


def failed_checks(results: list[tuple[bool, str]]) -> list[str]:
    failed = [what for ok, what in results if not ok]
    say()
    say(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return failed


def install_check_results(host, setup: Path, selftest: bool) -> list[tuple[bool, str]]:
    manifest = json.loads(manifest_path(setup).read_text(encoding="utf-8"))
    all_users = bool(manifest.get("all_users"))
    if all_users:
        install_dir = host.program_files / PRODUCT
        where = f"%ProgramFiles%\\{PRODUCT}"
        shortcut = host.common_programs / f"{PRODUCT}.lnk"
        root = "HKLM"
    else:
        install_dir = host.local_appdata / "Programs" / PRODUCT
        where = f"%LOCALAPPDATA%\\Programs\\{PRODUCT}"
        shortcut = (
            host.appdata / "Microsoft" / "Windows" / "Start Menu" / "Programs" / f"{PRODUCT}.lnk"
        )
        root = "HKCU"
    data_dir = host.local_appdata / "Parcours" / "Parcours"  # platformdirs on Windows
    uninstaller = install_dir / "uninstall.exe"
    checks = Checks()

    variant = "per machine (all users)" if all_users else "per user"
    step(f"Silent install on {host.name}, {variant}: {setup.name} /S")
    started = time.perf_counter()
    code = host.run(setup, "/S")
    say(f"installed in {time.perf_counter() - started:.0f} s")
    checks.check(code == 0, f"setup exit code {code}")
    checks.check(install_dir.is_dir(), f"installed into {where}")
    checks.check((install_dir / manifest["app"]).is_file(), f"application {manifest['app']}")
    files = manifest["files"]
    missing = [
        rel
        for rel, size in files.items()
        if not (install_dir / rel).is_file() or (install_dir / rel).stat().st_size != size
    ]
    checks.check(
        not missing,
        f"all {len(files)} files of the bundle, same sizes"
        + (f" -- {len(missing)} missing or different, e.g. {missing[:3]}" if missing else ""),
    )
    templates = [rel for rel in files if rel.startswith("_internal/templates/")]
    checks.check(
        (install_dir / "_internal" / "templates").is_dir(),
        f"templates folder _internal/templates ({len(templates)} template files)",
    )
    for rel in (
        "_internal/resources/i18n/parcours_fr.qm",
        "_internal/desktop/storage/migrations/env.py",
        "_internal/desktop/storage/migrations/script.py.mako",
    ):
        checks.check((install_dir / rel).is_file(), rel)
    checks.check(uninstaller.is_file(), "uninstaller uninstall.exe")
    checks.check(
        shortcut.is_file(),
        "Start-menu shortcut Parcours.lnk"
        + (" for all users (ProgramData)" if all_users else " (the user's Start menu)"),
    )
    checks.check(host.reg_key_exists(UNINST_KEY, root), f"{root}\\{UNINST_KEY}")
    if all_users:
        checks.check(
            not host.reg_key_exists(UNINST_KEY, "HKCU")
            and not (host.local_appdata / "Programs" / PRODUCT).exists(),
            "nothing written to the per-user places (HKCU entry, %LOCALAPPDATA%\\Programs)",
        )

    step(f"Install over the installed copy (upgrade): {setup.name} /S")
    code = host.run(setup, "/S")
    missing = [rel for rel in files if not (install_dir / rel).is_file()]
    checks.check(
        code == 0 and not missing and uninstaller.is_file(),
        f"upgrade in place: exit code {code}, {len(missing)} files missing",
    )

    if selftest:
        step("Self-test of the installed copy")
        exe = install_dir / (
            "parcours-console.exe" if manifest["windows_payload"] else manifest["app"]
        )
        out_dir = BUILD / ("selftest-installed" + ("-machine" if all_users else ""))
        code, seconds, report = run_selftest(exe, out_dir)
        checks.check(
            code == 0,
            f"installed copy's --selftest ({seconds:.1f} s, "
            f"result {report.get('result')}, report {out_dir / 'selftest.json'})",
        )
        if manifest["windows_payload"]:
            # The Start-menu shortcut starts the windowed executable (no console).
            out_dir = BUILD / ("selftest-installed-windowed" + ("-machine" if all_users else ""))
            code, seconds, report = run_selftest(install_dir / manifest["app"], out_dir)
            checks.check(
                code == 0 and report.get("result") == "ok",
                f"windowed {manifest['app']} --selftest ({seconds:.1f} s, "
                f"result {report.get('result')})",
            )

    if isinstance(host, WineHost):
        check_refusal_while_running(host, setup, uninstaller, install_dir, checks)

    step("Silent uninstall, user data kept: uninstall.exe /S")
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text('{"database_url": "exemple"}', encoding="utf-8")
    (data_dir / "parcours.sqlite").write_bytes(b"SQLite format 3\0")
    code = host.run(uninstaller, "/S", wait_gone=(install_dir,))
    checks.check(code == 0, f"uninstaller exit code {code}")
    checks.check(not install_dir.exists(), "program folder removed")
    checks.check(not shortcut.exists(), "shortcut removed")
    checks.check(
        not host.reg_key_exists(UNINST_KEY, root), f"uninstall registry entry removed ({root})"
    )
    checks.check(
        (data_dir / "settings.json").is_file() and (data_dir / "parcours.sqlite").is_file(),
        "user data kept (%LOCALAPPDATA%\\Parcours\\Parcours)",
    )

    step("Install again, then uninstall.exe /S /PURGE /KEEPDOCS")
    code = host.run(setup, "/S")
    checks.check(code == 0 and uninstaller.is_file(), "reinstalled")
    kept = [
        data_dir / "documents" / "2026" / "12" / "C-1.docx",
        data_dir / "sauvegardes" / "parcours-20261206.sqlite",
    ]
    gone = [
        data_dir / "parcours.sqlite",
        data_dir / "parcours-demo.sqlite",
        data_dir / "settings.json",
        data_dir / "Logs" / "parcours.log",
    ]
    for path in kept + gone:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    code = host.run(uninstaller, "/S", "/PURGE", "/KEEPDOCS", wait_gone=(install_dir,))
    checks.check(code == 0 and not install_dir.exists(), "program folder removed")
    checks.check(all(p.is_file() for p in kept), "archived letters and backups kept (/KEEPDOCS)")
    checks.check(not any(p.exists() for p in gone), "bases, demo base, settings and log removed")

    step("Install again, then uninstall.exe /S /PURGE")
    code = host.run(setup, "/S")
    checks.check(code == 0 and uninstaller.is_file(), "reinstalled")
    code = host.run(
        uninstaller, "/S", "/PURGE", wait_gone=(install_dir, host.local_appdata / "Parcours")
    )
    checks.check(code == 0 and not install_dir.exists(), "program folder removed")
    checks.check(not (host.local_appdata / "Parcours").exists(), "user data removed with /PURGE")
    return checks.results


def installer_for_check(args) -> Path:
    all_users = getattr(args, "all_users", False)
    default = setup_path()
    if all_users:
        default = default.with_name(default.stem + "-machine.exe")
    setup = Path(args.setup).resolve() if args.setup else default
    internal = BUNDLE / "_internal"
    stale = (
        not args.setup
        and setup.exists()
        and internal.is_dir()
        and internal.stat().st_mtime > setup.stat().st_mtime
    )
    if stale or not setup.exists() or not manifest_path(setup).exists():
        if args.setup:
            raise Failure(
                f"{setup} or its manifest {manifest_path(setup).name} is missing "
                "(build it with `installer/build.py nsis`)"
            )
        if not (BUNDLE / "_internal").is_dir():
            cmd_bundle(argparse.Namespace(clean=False, selftest_dir=None))
        cmd_nsis(
            argparse.Namespace(bundle=None, out=None, target="amd64-unicode", all_users=all_users)
        )
    return setup


def cmd_wine(args) -> int:
    setup = installer_for_check(args)
    manifest = json.loads(manifest_path(setup).read_text(encoding="utf-8"))
    step("wine")
    say(
        "What this verifies under wine: the 64-bit setup program runs silently, installs "
        "the whole bundle (application, templates, resources, migrations) -- per user "
        "without administrator rights into %LOCALAPPDATA%\\Programs\\Parcours (HKCU), or "
        "the per-machine variant into %ProgramFiles%\\Parcours for all users (HKLM, "
        "ProgramData's Start menu) --, creates the Start-menu shortcut and the uninstall "
        "entry, upgrades over itself, refuses while Parcours runs, and the uninstaller "
        "removes them, keeping the user's data unless /PURGE. Not verified here: running "
        "Parcours itself on Windows (Qt, WeasyPrint) -- the Windows workflow does that; "
        "nor the elevation prompt (wine runs every program as an administrator)."
    )
    if not manifest["windows_payload"]:
        say(
            "Payload: Linux bundle (parcours instead of parcours.exe), acceptable for the "
            "installer logic; a Windows bundle needs a Windows runner."
        )
    # A throw-away prefix outside the checkout: a wine prefix links z: to "/", which
    # anything walking the project folder (setuptools' egg_info) would follow.
    host = WineHost(Path(tempfile.mkdtemp(prefix="parcours-wine-")))
    try:
        return install_check(host, setup, selftest=False)
    finally:
        run([host.wineserver, "-k"], env=host.env)
        shutil.rmtree(host.prefix, ignore_errors=True)


def cmd_install_check(args) -> int:
    if not IS_WIN:
        raise Failure("install-check runs on Windows; on Linux use `installer/build.py wine`")
    return install_check(WindowsHost(), installer_for_check(args), selftest=not args.no_selftest)


# --------------------------------------------------------------------------
# Code signing (Windows, optional)
# --------------------------------------------------------------------------
TIMESTAMP_URL = "http://timestamp.digicert.com"


def find_signtool() -> str:
    found = shutil.which("signtool")
    if found:
        return found
    kits = (
        Path(os.environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"))
        / "Windows Kits"
        / "10"
        / "bin"
    )
    candidates = sorted(kits.glob("10.*/x64/signtool.exe"))
    if not candidates:
        raise Failure("signtool.exe not found (Windows SDK)")
    return str(candidates[-1])


def cmd_sign(args) -> int:
    import base64

    encoded = os.environ.get("SIGNING_PFX_BASE64", "").strip()
    if not encoded:
        say("No certificate (SIGNING_PFX_BASE64 is empty): nothing signed.")
        return 0
    if not IS_WIN:
        raise Failure("signing uses signtool.exe: run it on Windows")
    signtool = find_signtool()
    with tempfile.TemporaryDirectory(prefix="parcours-sign-") as tmp:
        pfx = Path(tmp) / "certificate.pfx"
        pfx.write_bytes(base64.b64decode(encoded))
        for target in args.files:
            step(f"Signing {target}")
            cmd = [
                signtool,
                "sign",
                "/f",
                pfx,
                "/p",
                os.environ.get("SIGNING_PFX_PASSWORD", ""),
                "/fd",
                "SHA256",
                "/tr",
                TIMESTAMP_URL,
                "/td",
                "SHA256",
                "/d",
                PRODUCT,
                target,
            ]
            if run(cmd).returncode != 0:
                raise Failure(f"signtool failed on {target}")
            if run([signtool, "verify", "/pa", target]).returncode != 0:
                raise Failure(f"the signature of {target} does not verify")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("linux", "bundle"):
        p = sub.add_parser(name, help="build the bundle and run its self-test")
        p.add_argument("--clean", action="store_true", help="discard PyInstaller's cache first")
        p.add_argument(
            "--selftest-dir", help="where the self-test writes (default build/selftest-bundle)"
        )
        p.add_argument(
            "--require-weasyprint-dlls",
            action="store_true",
            help="refuse a bundle without WeasyPrint's GObject/Pango DLLs (Windows)",
        )
        p.set_defaults(func=cmd_bundle)
    sub.add_parser("wheels", help="check that every dependency has a Windows wheel").set_defaults(
        func=cmd_wheels
    )
    p = sub.add_parser("nsis", help="compile the NSIS installer around the bundle")
    p.add_argument("--bundle", help="bundle folder (default build/dist/parcours)")
    p.add_argument("--out", help="setup program to write (default build/parcours-setup-X.Y.Z.exe)")
    p.add_argument(
        "--target",
        default="amd64-unicode",
        choices=("amd64-unicode", "x86-unicode"),
        help="the setup program's architecture (the application is 64-bit either way)",
    )
    p.add_argument(
        "--all-users",
        action="store_true",
        help="per-machine variant (administrator, Program Files, all users): "
        "parcours-setup-X.Y.Z-machine.exe",
    )
    p.set_defaults(func=cmd_nsis)
    p = sub.add_parser("sign", help="Authenticode-sign files (certificate from the environment)")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_sign)
    p = sub.add_parser("wine", help="install, check and uninstall under wine64")
    p.add_argument(
        "--setup", help="setup program (default: build/parcours-setup-X.Y.Z.exe, built if missing)"
    )
    p.add_argument(
        "--all-users",
        action="store_true",
        help="the per-machine variant (default: build/parcours-setup-X.Y.Z-machine.exe)",
    )
    p.set_defaults(func=cmd_wine)
    p = sub.add_parser("install-check", help="install, check, self-test and uninstall on Windows")
    p.add_argument("--setup", help="setup program (default: build/parcours-setup-X.Y.Z.exe)")
    p.add_argument("--all-users", action="store_true", help="the per-machine variant")
    p.add_argument("--no-selftest", action="store_true")
    p.set_defaults(func=cmd_install_check)
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    try:
        return args.func(args)
    except Failure as exc:
        say(f"ERROR: {exc}")
        return 2
    except subprocess.TimeoutExpired as exc:
        say(f"ERROR: timed out after {exc.timeout:.0f} s: {exc.cmd}")
        return 2


if __name__ == "__main__":
    sys.exit(main())
