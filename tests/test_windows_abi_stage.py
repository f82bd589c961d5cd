"""The Windows-ABI stage's own rules (tests/windows/abi_stage.py), without wine: a check
it could not run is never a pass (a failure under CI), and the ProcessPrng shim is only
installed where the prefix's wine lacks ProcessPrng, then cached."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.windows import abi_stage


def checks(*, passed: int = 1, failed: int = 0, skipped: int = 0) -> abi_stage.Checks:
    c = abi_stage.Checks()
    c.results += [(True, f"ok {n}", 0.0) for n in range(passed)]
    c.results += [(False, f"failed {n}", 0.0) for n in range(failed)]
    for n in range(skipped):
        c.skip(f"skipped {n}", "not on this test bed")
    return c


def test_a_skipped_check_fails_the_stage_under_ci_and_is_never_a_pass():
    assert abi_stage.verdict(checks(skipped=1), ci=True) == 1
    assert abi_stage.verdict(checks(skipped=1), ci=False) == 4
    assert abi_stage.verdict(checks(), ci=True) == 0
    assert abi_stage.verdict(checks(failed=1, skipped=1), ci=False) == 1


class FakeWine:
    """A prefix whose wine has ProcessPrng or not; the shim works once it is in system32
    and loaded as native."""

    def __init__(self, prefix: Path, has_prng: bool):
        self.prefix = prefix
        self.has_prng = has_prng
        self.native: str | None = None
        self.runs = 0
        (prefix / "drive_c" / "windows" / "system32").mkdir(parents=True, exist_ok=True)

    def use_native(self, dll: str | None) -> None:
        self.native = dll

    def __call__(self, *args, **kw) -> subprocess.CompletedProcess:
        self.runs += 1
        shim = self.prefix / "drive_c" / "windows" / "system32" / "bcryptprimitives.dll"
        ok = self.has_prng or (shim.is_file() and self.native == "bcryptprimitives")
        return subprocess.CompletedProcess(args, 0 if ok else 1, b"", b"")


@pytest.fixture
def fake_gcc(tmp_path, monkeypatch):
    """A stand-in compiler: writes the DLL named after -o."""
    calls = []

    def run(cmd, **kw):
        calls.append(cmd)
        out = Path(cmd[cmd.index("-o") + 1])
        out.write_bytes(b"MZ shim")
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(abi_stage, "run", run)
    monkeypatch.setattr(abi_stage.shutil, "which", lambda name: f"/usr/bin/{name}")
    return calls


def test_a_wine_with_its_own_process_prng_gets_no_shim(tmp_path, fake_gcc):
    wine = FakeWine(tmp_path / "prefix", has_prng=True)
    prng = abi_stage.ensure_prng(wine, Path("python.exe"), tmp_path)
    assert prng.ok and "wine's own" in prng.how
    assert not fake_gcc and wine.native is None
    assert not (wine.prefix / "drive_c/windows/system32/bcryptprimitives.dll").exists()
    again = abi_stage.ensure_prng(wine, Path("python.exe"), tmp_path)
    assert again.ok and wine.runs == 1  # cached: no second probe


def test_wine_8_gets_the_shim_loaded_as_native_and_cached(tmp_path, fake_gcc):
    wine = FakeWine(tmp_path / "prefix", has_prng=False)
    prng = abi_stage.ensure_prng(wine, Path("python.exe"), tmp_path)
    assert prng.ok and "shim" in prng.how
    assert len(fake_gcc) == 1 and wine.native == "bcryptprimitives"
    installed = wine.prefix / "drive_c/windows/system32/bcryptprimitives.dll"
    assert installed.read_bytes() == b"MZ shim"
    later = FakeWine(wine.prefix, has_prng=False)  # the next run, on the same prefix
    again = abi_stage.ensure_prng(later, Path("python.exe"), tmp_path)
    assert again.ok and later.native == "bcryptprimitives"
    assert later.runs == 0 and len(fake_gcc) == 1  # neither probed nor rebuilt


def test_without_mingw_the_letter_check_cannot_run_and_nothing_is_installed(
    tmp_path, fake_gcc, monkeypatch
):
    monkeypatch.setattr(abi_stage.shutil, "which", lambda name: None)
    wine = FakeWine(tmp_path / "prefix", has_prng=False)
    prng = abi_stage.ensure_prng(wine, Path("python.exe"), tmp_path)
    assert not prng.ok and "gcc-mingw-w64-x86-64-win32" in prng.how
    assert wine.native is None and not (wine.prefix / "parcours-bcryptprimitives.txt").exists()


@pytest.mark.skipif(
    not (shutil.which(abi_stage.MINGW_GCC) and shutil.which("objdump")),
    reason="needs x86_64-w64-mingw32-gcc and objdump (gcc-mingw-w64-x86-64-win32, binutils)",
)
def test_the_shim_builds_and_exports_process_prng_over_rtl_gen_random(tmp_path):
    dll = abi_stage.build_shim(tmp_path, "test")
    table = subprocess.run(["objdump", "-p", str(dll)], capture_output=True, text=True).stdout
    exports = table[table.index("[Ordinal/Name Pointer] Table") :]
    assert "ProcessPrng" in exports
    assert "SystemFunction036" in table  # RtlGenRandom, from advapi32
