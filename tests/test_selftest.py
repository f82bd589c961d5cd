"""``parcours --selftest DIR`` from source (the packaged copy runs the same code:
``python3 installer/build.py linux`` and the Windows workflow)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest
from desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
CORE = (
    "resources",
    "commands",
    "drivers",
    "database",
    "demo",
    "translations",
    "window",
    "bytecode",
)
DOCUMENTS = ("letter", "report", "signature")


def _hooks_present() -> bool:
    try:
        return importlib.util.find_spec(selftest.DOCUMENT_HOOKS) is not None
    except (ImportError, ValueError):
        return False


@pytest.mark.skipif(
    bool(os.environ.get("PARCOURS_TEST_DATABASE_URL")),
    reason="SQLite only: the self-test makes its own temporary SQLite base",
)
def test_selftest_from_source(tmp_path):
    out = tmp_path / "rapport"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", selftest.STRICT_ENV)}
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--selftest", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads((out / "selftest.json").read_text(encoding="utf-8"))
    statuses = {c["key"]: c["status"] for c in report["checks"]}
    failures = {c["key"]: c["detail"] for c in report["checks"] if c["status"] == "failed"}
    assert proc.returncode == 0, (failures, proc.stdout, proc.stderr)
    assert report["result"] == "ok" and report["frozen"] is False
    assert all(statuses[k] == "ok" for k in CORE), statuses
    # The document checks run only when the document engine provides its hooks, and
    # are never counted as a success otherwise.
    expected = "ok" if _hooks_present() else "unavailable"
    assert [statuses[k] for k in DOCUMENTS] == [expected] * 3, statuses
    libraries = any(
        importlib.util.find_spec(m.split(".")[0]) for m, _ in selftest.DOCUMENT_LIBRARIES
    )
    assert statuses["document-libraries"] == ("ok" if libraries else "unavailable"), statuses
    png = out / selftest.SCREENSHOT
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "Résultat : RÉUSSI" in proc.stdout
    assert (out / "selftest.txt").read_text(encoding="utf-8").strip() == proc.stdout.strip()
    # Nothing was written to the user's settings or data folders.
    assert not Path(os.environ["PARCOURS_DATA_DIR"]).exists()
    assert not Path(os.environ["PARCOURS_CONFIG_DIR"]).exists()


def test_option_is_global():
    args = build_parser().parse_args(["--selftest", "C:/temp/autotest"])
    assert args.selftest == "C:/temp/autotest" and args.command is None


def test_a_failing_check_is_reported_and_the_others_still_run(tmp_path):
    test = selftest.SelfTest(tmp_path)

    def broken():
        raise FileNotFoundError("parcours_fr.qm")

    test.run("resources", "Ressources", broken)
    test.run("commands", "Sous-commandes", lambda: "4 sous-commandes")
    first, second = test.checks
    assert first.status == "failed" and "FileNotFoundError: parcours_fr.qm" in first.detail
    assert "Traceback" in first.error
    assert second.status == "ok"
    text, ok = selftest.summary(test.checks, strict=False, report=tmp_path / "selftest.json")
    assert not ok
    assert "ÉCHEC" in text.splitlines()[1] and text.splitlines()[-1].startswith("Résultat : ÉCHEC")


def test_unavailable_is_not_a_success_and_fails_in_strict_mode(tmp_path):
    checks = [
        selftest.Check("database", "Base", "ok", "ok"),
        selftest.Check("letter", "Lettre PDF", "unavailable", "moteur absent"),
    ]
    text, ok = selftest.summary(checks, strict=False, report=tmp_path / "r.json")
    assert ok and "NON DISPONIBLE" in text
    assert "(1 réussie, 1 non disponible) — rapport" in text  # unavailable is not passed
    text, ok = selftest.summary(checks, strict=True, report=tmp_path / "r.json")
    assert not ok and "(1 réussie, 1 non disponible — comptée en échec (mode strict))" in text
    checks += [
        selftest.Check("pdf", "PDF", "ok", "ok"),
        selftest.Check("w", "W", "unavailable", ""),
    ]
    text, _ = selftest.summary(checks, strict=False, report=tmp_path / "r.json")
    assert "(2 réussies, 2 non disponibles) — rapport" in text


def test_document_checks_without_the_engine_say_why(monkeypatch):
    monkeypatch.setattr(selftest, "DOCUMENTS_PACKAGE", "desktop.absent_documents")
    test = selftest.SelfTest(Path("."))
    check = test.run("letter", "Lettre PDF", lambda: selftest.check_letter(None, Path("."), {}))
    assert check.status == "unavailable" and "absent" in check.detail


def test_bytecode_check_fails_a_bundle_whose_modules_are_compiled_at_start(monkeypatch, tmp_path):
    """In the bundle, a module of Parcours found as a source file (not in PyInstaller's
    archive) would be compiled at every start: the bundle's self-test fails on it."""
    from desktop import resources

    assert "bytecode en cache" in selftest.check_bytecode()  # from the sources: said
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    (tmp_path / "desktop" / "storage" / "migrations").mkdir(parents=True)
    (tmp_path / "desktop" / "storage" / "migrations" / "env.py").write_text("")  # read as files
    with pytest.raises(RuntimeError) as failed:
        selftest.check_bytecode()  # this run's modules were loaded from their sources
    assert "modules compilés au démarrage depuis leur source" in str(failed.value)
    assert "desktop, desktop.cli" in str(failed.value)
    assert "sources livrées" not in str(failed.value)
    (tmp_path / "desktop" / "cli.py").write_text("")
    with pytest.raises(RuntimeError, match="sources livrées à côté de l'archive : desktop/cli.py"):
        selftest.check_bytecode()
