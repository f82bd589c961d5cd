"""The NSIS installer, both variants, installed silently under wine64 (issue 14).

A small payload stands in for the PyInstaller bundle (the installer's logic does not
depend on what it copies; ``installer/build.py wine`` runs the same checks around the
real bundle). Per user: ``%LOCALAPPDATA%\\Programs\\Parcours``, HKCU, the user's Start
menu. Per machine (``/DALL_USERS``): ``%ProgramFiles%\\Parcours``, HKLM, the all-users
Start menu. Both: upgrade over itself, refusal while Parcours runs (a stand-in holds
its mutex), uninstall keeping the data, ``/PURGE /KEEPDOCS``, ``/PURGE``.

Skipped, with the reason, when makensis or wine is not installed (``apt-get install
nsis wine64``). Slow: a wine prefix is set up (once for the module, copied for each
test), and every program started under wine costs seconds.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _build_module():
    spec = importlib.util.spec_from_file_location(
        "parcours_installer_build", ROOT / "installer" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _build_module()


def _tools_or_skip() -> None:
    if os.environ.get("PARCOURS_TEST_DATABASE_URL"):
        # no database involved: the SQLite run of tests/run.py has run it already
        pytest.skip("installer checked once, in the SQLite run (no database involved)")
    if not shutil.which("makensis"):
        pytest.skip("makensis absent (apt-get install nsis): the installer cannot be compiled")
    if not build.wine_tool("wine", "wine64"):
        pytest.skip("wine absent (apt-get install wine64): the installer cannot be run")


def _payload(folder: Path) -> Path:
    """The files the install check looks for, from the checkout, plus a stand-in
    executable (never started: the checks are about the installer)."""
    bundle = folder / "parcours"
    for rel, source in (
        ("_internal/resources/i18n/parcours_fr.qm", "resources/i18n/parcours_fr.qm"),
        ("_internal/desktop/storage/migrations/env.py", "desktop/storage/migrations/env.py"),
        (
            "_internal/desktop/storage/migrations/script.py.mako",
            "desktop/storage/migrations/script.py.mako",
        ),
        ("_internal/templates/letters/relance.toml", None),
    ):
        target = bundle / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source:
            shutil.copyfile(ROOT / source, target)
        else:
            target.write_text('titre = "Relance"\n', encoding="utf-8")
    (bundle / "parcours.exe").write_bytes(b"MZ stand-in")
    (bundle / "parcours-console.exe").write_bytes(b"MZ stand-in")
    return bundle


@pytest.fixture(scope="module")
def booted_prefix():
    """A wine prefix set up once for the module (``wineboot --init``, the slow part of
    a prefix); each test installs into a copy of its own. Outside the checkout and
    outside pytest's tmp_path: a wine prefix links z: to "/", which anything walking
    folders would follow."""
    _tools_or_skip()
    host = build.WineHost(Path(tempfile.mkdtemp(prefix="parcours-wine-test-")))
    # Its server stopped (the registry saved) before the prefix is copied.
    subprocess.run([host.wineserver, "-k"], env=host.env, check=False)
    subprocess.run([host.wineserver, "-w"], env=host.env, check=False)
    yield host.prefix
    shutil.rmtree(host.prefix, ignore_errors=True)


@pytest.mark.parametrize("all_users", [False, True], ids=["per-user", "per-machine"])
def test_installer_installs_upgrades_refuses_and_uninstalls_under_wine(
    all_users, tmp_path, booted_prefix
):
    bundle = _payload(tmp_path)
    setup = tmp_path / ("parcours-setup-machine.exe" if all_users else "parcours-setup.exe")
    build.cmd_nsis(
        argparse.Namespace(
            bundle=str(bundle), out=str(setup), target="amd64-unicode", all_users=all_users
        )
    )
    # A prefix of its own, as set up (``booted_prefix``); its links kept as links.
    prefix = Path(tempfile.mkdtemp(prefix="parcours-wine-test-")) / "prefix"
    shutil.copytree(booted_prefix, prefix, symlinks=True)
    host = build.WineHost(prefix, boot=False)
    try:
        results = build.install_check_results(host, setup, selftest=False)
    finally:
        subprocess.run([host.wineserver, "-k"], env=host.env, check=False)
        shutil.rmtree(prefix.parent, ignore_errors=True)
    failed = build.failed_checks(results)
    assert len(results) >= 25
    assert not failed, failed
    checked = " | ".join(what for _ok, what in results)
    if all_users:
        assert "%ProgramFiles%\\Parcours" in checked
        assert "HKLM\\" in checked and "for all users (ProgramData)" in checked
    else:
        assert "%LOCALAPPDATA%\\Programs\\Parcours" in checked and "HKCU\\" in checked
    assert "setup refuses while Parcours runs" in checked
    assert "uninstaller refuses while Parcours runs" in checked
    assert "user data removed with /PURGE" in checked
