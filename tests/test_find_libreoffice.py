"""LibreOffice is looked for as on Windows: settings, PARCOURS_SOFFICE, PATH, the
registry (64-bit view, WOW6432Node, per user), then Program Files. The registry is a
fake reader injected into ``find_soffice``; the folders are real files in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop import config
from desktop.documents import convert

HKLM_64 = ("HKEY_LOCAL_MACHINE", r"SOFTWARE\LibreOffice\UNO\InstallPath")
HKLM_32 = ("HKEY_LOCAL_MACHINE", r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath")
HKCU = ("HKEY_CURRENT_USER", r"SOFTWARE\LibreOffice\UNO\InstallPath")


def install(folder: Path) -> Path:
    """A LibreOffice program folder with its soffice.exe."""
    folder.mkdir(parents=True)
    exe = folder / "soffice.exe"
    exe.write_bytes(b"MZ")
    return exe


class FakeRegistry:
    def __init__(self, values: dict[tuple[str, str], str]):
        self.values = values
        self.asked: list[tuple[str, str]] = []

    def __call__(self, hive: str, key: str) -> str | None:
        self.asked.append((hive, key))
        return self.values.get((hive, key))


@pytest.fixture
def bare_path(tmp_path, monkeypatch):
    """No soffice on PATH, no PARCOURS_SOFFICE, no settings."""
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("PARCOURS_SOFFICE", raising=False)
    monkeypatch.setenv("ProgramFiles", str(empty))  # Windows: nothing in Program Files
    monkeypatch.setenv("ProgramFiles(x86)", str(empty))
    return empty


def test_found_through_the_registry_install_path(tmp_path, bare_path):
    exe = install(tmp_path / "Program Files" / "LibreOffice" / "program")
    registry = FakeRegistry({HKLM_64: str(exe.parent)})
    assert convert.find_soffice(registry) == str(exe)


def test_wow6432node_view_when_the_64_bit_key_is_absent(tmp_path, bare_path):
    exe = install(tmp_path / "Program Files (x86)" / "LibreOffice" / "program")
    registry = FakeRegistry({HKLM_32: str(exe.parent) + "\\"})
    assert convert.find_soffice(registry) == str(exe)
    assert registry.asked[:2] == [HKLM_64, HKLM_32]


def test_64_bit_view_comes_before_wow6432node_and_the_user_key(tmp_path, bare_path):
    exe64 = install(tmp_path / "lo64" / "program")
    exe32 = install(tmp_path / "lo32" / "program")
    user = install(tmp_path / "user" / "program")
    registry = FakeRegistry(
        {HKLM_64: str(exe64.parent), HKLM_32: str(exe32.parent), HKCU: str(user.parent)}
    )
    assert convert.find_soffice(registry) == str(exe64)


def test_a_stale_registry_entry_is_skipped(tmp_path, bare_path):
    exe32 = install(tmp_path / "lo32" / "program")
    registry = FakeRegistry(
        {HKLM_64: str(tmp_path / "désinstallé" / "program"), HKLM_32: str(exe32.parent)}
    )
    assert convert.find_soffice(registry) == str(exe32)


def test_path_comes_before_the_registry(tmp_path, bare_path):
    on_path = bare_path / ("soffice.exe" if os.name == "nt" else "soffice")
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    registry_exe = install(tmp_path / "lo" / "program")
    assert convert.find_soffice(FakeRegistry({HKLM_64: str(registry_exe.parent)})) == str(on_path)


def test_environment_then_settings_come_first(tmp_path, bare_path, monkeypatch):
    registry_exe = install(tmp_path / "lo" / "program")
    registry = FakeRegistry({HKLM_64: str(registry_exe.parent)})
    env_exe = install(tmp_path / "env" / "program")
    monkeypatch.setenv("PARCOURS_SOFFICE", str(env_exe))
    assert convert.find_soffice(registry) == str(env_exe)
    settings_exe = install(tmp_path / "settings" / "program")
    config.save_settings({"libreoffice_path": str(settings_exe)})
    assert convert.find_soffice(registry) == str(settings_exe)


def test_nothing_anywhere(tmp_path, bare_path):
    assert convert.find_soffice(FakeRegistry({})) is None


def test_the_real_registry_reader_is_harmless_off_windows():
    if os.name == "nt":
        pytest.skip("reads the real registry on Windows")
    assert convert.read_windows_registry(*HKLM_64) is None
