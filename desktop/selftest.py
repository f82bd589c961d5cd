"""Self-test of a copy of Parcours: ``parcours --selftest DIR``.

Meant for the packaged application (the PyInstaller bundle and the installed copy on
Windows) as much as for a source checkout: it exercises what packaging can break
(bundled files, lazily imported modules, native libraries) without touching the
user's data. It:

1. finds the bundled resources, templates and Alembic migrations;
2. imports every sub-command and the database drivers (SQLite, PostgreSQL);
3. opens a temporary SQLite database (migrated to the head revision), creates an
   agency and a tenant file through the services and finds it again by search; generates
   a small demo base (Faker's French data);
4. loads the French translations and takes a screenshot of the main window on Qt's
   offscreen platform (saved in DIR);
5. renders a letter and a report as PDF, signs one and verifies the signature --
   through the document engine's self-test hooks, when this copy has them (see
   ``DOCUMENT_HOOKS``); otherwise those checks are reported "non disponible", which is
   not a success (and is a failure with ``PARCOURS_SELFTEST_STRICT=1``).

Writes ``DIR/selftest.json`` (every check's status, detail and duration) and
``DIR/selftest.txt`` (the summary printed in French), and returns 0 only if no check
failed. Settings and data folders point into a temporary folder for the whole run.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import inspect
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from desktop import __version__, config
from desktop.domain.i18n import counted

OK, FAILED, UNAVAILABLE = "ok", "failed", "unavailable"
LABELS = {OK: "OK", FAILED: "ÉCHEC", UNAVAILABLE: "NON DISPONIBLE"}
STRICT_ENV = "PARCOURS_SELFTEST_STRICT"
SCREENSHOT = "selftest-fenetre-principale.png"
DEMO_HOUSEHOLDS = 50

# The document engine (issue 3) is written concurrently: the self-test reaches it only
# through this small contract, implemented by the module below when it exists.
#
#   render_letter(db, actor, household_id: int, out_dir: Path) -> Path
#       a letter to that tenant from a bundled template, converted to PDF; returns the PDF.
#   render_report(db, actor, out_dir: Path) -> Path
#       a report (HTML/CSS template through WeasyPrint) as PDF; returns the PDF.
#   sign_and_verify(pdf: Path, out_dir: Path) -> Path
#       signs ``pdf`` with a throw-away test certificate, verifies the signed copy
#       (raising if verification fails) and returns the signed PDF.
#
# Each raises on failure; a ``UserError`` message is reported as is.
DOCUMENTS_PACKAGE = "desktop.documents"
DOCUMENT_HOOKS = "desktop.documents.selftest"


@dataclass
class Check:
    key: str
    title: str
    status: str = FAILED
    detail: str = ""
    seconds: float = 0.0
    error: str = field(default="", repr=False)


class Unavailable(Exception):
    """The feature is not part of this copy (reported as "non disponible")."""


class SelfTest:
    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.checks: list[Check] = []

    def run(self, key: str, title: str, func: Callable[[], str]) -> Check:
        check = Check(key, title)
        started = time.perf_counter()
        try:
            check.detail = func() or ""
            check.status = OK
        except Unavailable as exc:
            check.status, check.detail = UNAVAILABLE, str(exc)
        except Exception as exc:  # every failure is reported, none stops the others
            check.status, check.detail = FAILED, _describe(exc)
            check.error = traceback.format_exc()
        check.seconds = round(time.perf_counter() - started, 3)
        self.checks.append(check)
        return check

    def skip(self, key: str, title: str, reason: str) -> None:
        self.checks.append(Check(key, title, FAILED, f"non exécuté : {reason}"))


def _describe(exc: BaseException) -> str:
    from desktop.domain.errors import UserError

    if isinstance(exc, UserError):
        return str(exc)
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".rstrip(": ")


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# --------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------
def check_resources() -> str:
    from desktop import resources
    from desktop.storage.db import MIGRATIONS_DIR

    root = resources.root()
    problems = []
    if not resources.resource("i18n", "parcours_fr.qm").is_file():
        problems.append("resources/i18n/parcours_fr.qm absent")
    for name in ("env.py", "script.py.mako"):
        if not (MIGRATIONS_DIR / name).is_file():
            problems.append(f"migrations/{name} absent")
    versions = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"))
    if not versions:
        problems.append("aucune migration dans migrations/versions")
    if is_frozen() and not MIGRATIONS_DIR.resolve().is_relative_to(root.resolve()):
        problems.append(f"migrations hors du paquet : {MIGRATIONS_DIR}")
    templates = resources.template()
    if templates.is_dir():
        count = sum(1 for p in templates.rglob("*") if p.is_file())
        template_note = str(counted(count, "{n} fichier de modèles", "{n} fichiers de modèles"))
    elif is_frozen():
        problems.append("dossier templates/ absent du paquet")
        template_note = ""
    else:
        template_note = "aucun dossier templates/"
    if problems:
        raise RuntimeError("; ".join(problems))
    from alembic.script import ScriptDirectory

    from desktop.storage.db import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return (
        f"dossier {root} ; {len(versions)} migrations (tête {head}) ; {template_note} ; "
        "catalogue parcours_fr.qm"
    )


def check_commands() -> str:
    from desktop.cli import build_parser
    from desktop.commands import COMMAND_MODULES

    missing = []
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            missing.append(f"{name} ({exc.name})")
    if missing:
        raise RuntimeError("sous-commandes introuvables : " + ", ".join(missing))
    build_parser()
    return f"{len(COMMAND_MODULES)} sous-commandes : " + ", ".join(
        n.rsplit(".", 1)[1] for n in COMMAND_MODULES
    )


def check_drivers() -> str:
    import sqlite3

    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://parcours@127.0.0.1/parcours")  # never connects
    dialect = type(engine.dialect).__name__
    engine.dispose()
    import psycopg

    return (
        f"SQLite {sqlite3.sqlite_version} ; PostgreSQL : {dialect}, psycopg {psycopg.__version__} "
        f"({psycopg.pq.__impl__})"
    )


def _service(func, db, actor, *args):
    """Call a service whether or not it takes the actor after the database.

    Transitional: the accounts work (issue 6) adds ``actor`` to the reading services
    (``search``, ``count``, ``get_tenant_file``); the self-test must run on either side
    of that change.
    """
    if "actor" in inspect.signature(func).parameters:
        return func(db, actor, *args)
    return func(db, *args)


class Workspace:
    """The temporary database and what the later checks need from it."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.db = None
        self.actor = None
        self.household_id: int | None = None


def check_database(ws: Workspace) -> str:
    from alembic.script import ScriptDirectory

    from desktop.documents.context import sample_tenant
    from desktop.domain.roles import Role
    from desktop.services import agencies, tenants
    from desktop.services.context import Actor
    from desktop.storage.db import alembic_config, open_database

    path = ws.folder / "autotest.sqlite"
    ws.db = open_database(str(path))
    ws.actor = Actor("autotest", "Autotest Parcours", role=Role.ADMIN)
    revision = ws.db.schema_revision()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if revision != head:
        raise RuntimeError(f"schéma en révision {revision}, {head} attendue")
    agencies.create_agency(ws.db, ws.actor, "AUT", "Agence d'autotest", "Bordeaux")
    # The fictitious household of the previews, in the self-test's agency.
    sample = sample_tenant()
    data = replace(sample, dwelling=replace(sample.dwelling, agency_code="AUT"))
    ws.household_id = tenants.create_tenant_file(ws.db, ws.actor, data)
    found = [
        r.id for r in _service(tenants.search, ws.db, ws.actor, tenants.TenantQuery("elodie dup"))
    ]
    if found != [ws.household_id]:
        raise RuntimeError(f"la recherche « elodie dup » renvoie {found}")
    view = _service(tenants.get_tenant_file, ws.db, ws.actor, ws.household_id)
    return (
        f"SQLite temporaire migrée (révision {revision}) ; agence AUT et dossier "
        f"{view.data.display_name} créés puis retrouvés par la recherche"
    )


def check_demo(ws: Workspace) -> str:
    from desktop.services import tenants
    from desktop.services.demo import ensure_demo_database

    db = ensure_demo_database(ws.folder / "demo.sqlite", households=DEMO_HOUSEHOLDS)
    try:
        count = _service(tenants.count, db, ws.actor, tenants.TenantQuery(status=None))
    finally:
        db.dispose()
    if count != DEMO_HOUSEHOLDS:
        raise RuntimeError(f"{count} ménages générés, {DEMO_HOUSEHOLDS} attendus")
    return f"{count} ménages fictifs générés (Faker fr_FR)"


def check_translations() -> str:
    from desktop.ui.selftest import check_translations as run

    return run()


def check_bytecode() -> str:
    """Parcours' modules are loaded compiled. In the bundle they come from PyInstaller's
    archive, compiled when the bundle was built: a start compiles nothing (and could
    not keep what it compiled: the install folder is read-only). A module found as a
    source file instead (left out of the archive) fails the check, as does any
    source of the application shipped beside it. The migrations are the exception:
    Alembic reads them as files, and only when a base is behind (``Database.upgrade``).
    From the sources: how many modules have their bytecode cached (informative)."""
    import importlib.machinery

    import desktop.ui.main_window  # noqa: F401 - what a start loads

    migrations = "desktop.storage.migrations"
    modules = {
        name: module
        for name, module in list(sys.modules.items())
        if module is not None
        and (name == "desktop" or name.startswith("desktop."))
        and not name.startswith(migrations)
    }
    from_source = sorted(
        name
        for name, module in modules.items()
        if isinstance(
            getattr(getattr(module, "__spec__", None), "loader", None),
            importlib.machinery.SourceFileLoader,
        )
    )
    if not is_frozen():
        cached = 0
        for name in from_source:
            compiled = getattr(modules[name], "__cached__", None)
            cached += bool(compiled) and Path(compiled).is_file()
        return (
            f"depuis les sources : {cached} des {len(from_source)} modules chargés ont leur "
            "bytecode en cache (__pycache__)"
        )
    from desktop import resources

    shipped = sorted(
        str(path.relative_to(resources.root()))
        for path in (resources.root() / "desktop").rglob("*.py")
        if "migrations" not in path.parts
    )
    problems = []
    if from_source:
        problems.append(
            str(
                counted(
                    len(from_source),
                    "{n} module compilé au démarrage depuis sa source : ",
                    "{n} modules compilés au démarrage depuis leur source : ",
                )
            )
            + ", ".join(from_source[:5])
        )
    if shipped:
        problems.append(f"sources livrées à côté de l'archive : {', '.join(shipped[:5])}")
    if problems:
        raise RuntimeError("; ".join(problems))
    return f"{len(modules)} modules de Parcours chargés précompilés depuis l'archive du paquet"


def check_window(ws: Workspace, out_dir: Path) -> str:
    from desktop.ui.selftest import screenshot_main_window

    return screenshot_main_window(ws.db, ws.actor, out_dir / SCREENSHOT)


# Third-party libraries of the document engine, imported here on their own: a bundle
# that lacks one of their native parts (WeasyPrint's Pango DLLs on Windows, lxml,
# cryptography) fails this check even before the engine's hooks exist.
DOCUMENT_LIBRARIES = (
    ("docxtpl", "docxtpl"),
    ("weasyprint", "WeasyPrint"),
    ("pyhanko.sign", "pyHanko"),
)


def check_document_libraries() -> str:
    from importlib import metadata

    found = []
    for module, dist in DOCUMENT_LIBRARIES:
        try:
            if importlib.util.find_spec(module) is None:
                continue
        except (ImportError, ValueError):
            continue
        importlib.import_module(module)
        try:
            label = f"{dist} {metadata.version(dist)}"
        except metadata.PackageNotFoundError:  # frozen without its metadata
            label = dist
        if module == "weasyprint":
            import weasyprint

            # Pango, HarfBuzz and fontconfig for real: a line of French text laid out.
            pdf = weasyprint.HTML(string="<p>Autotest : Hélène Lefèvre, 1 234,56 €</p>").write_pdf()
            if not pdf.startswith(b"%PDF-"):
                raise RuntimeError("WeasyPrint n'a pas produit de PDF")
            label += f" (PDF de test : {len(pdf)} octets)"
        found.append(label)
    if not found:
        raise Unavailable("bibliothèques de documents absentes de cette version")
    return " ; ".join(found)


def _document_hooks():
    """The document engine's self-test module, or Unavailable saying why not."""
    try:
        present = importlib.util.find_spec(DOCUMENTS_PACKAGE) is not None
    except (ImportError, ValueError):
        present = False
    if not present:
        raise Unavailable("moteur de documents absent de cette version (desktop.documents)")
    try:
        hooks_present = importlib.util.find_spec(DOCUMENT_HOOKS) is not None
    except (ImportError, ValueError):
        hooks_present = False
    if not hooks_present:
        raise Unavailable(f"le moteur de documents ne fournit pas encore {DOCUMENT_HOOKS}")
    return importlib.import_module(DOCUMENT_HOOKS)


def _hook(name: str):
    hooks = _document_hooks()
    func = getattr(hooks, name, None)
    if func is None:
        raise Unavailable(f"{DOCUMENT_HOOKS}.{name} n'existe pas encore")
    return func


def _check_pdf(path, what: str) -> Path:
    path = Path(path)
    if not path.is_file():
        raise RuntimeError(f"{what} : fichier {path} absent")
    with path.open("rb") as f:
        if f.read(5) != b"%PDF-":
            raise RuntimeError(f"{what} : {path.name} n'est pas un PDF")
    return path


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} Kio"


def check_letter(ws: Workspace, out_dir: Path, produced: dict) -> str:
    render = _hook("render_letter")
    pdf = _check_pdf(render(ws.db, ws.actor, ws.household_id, out_dir), "lettre")
    produced["letter"] = pdf
    return f"{pdf.name} ({_size(pdf)})"


def check_report(ws: Workspace, out_dir: Path, produced: dict) -> str:
    render = _hook("render_report")
    pdf = _check_pdf(render(ws.db, ws.actor, out_dir), "rapport")
    produced["report"] = pdf
    return f"{pdf.name} ({_size(pdf)})"


def check_signature(out_dir: Path, produced: dict) -> str:
    sign = _hook("sign_and_verify")
    source = produced.get("letter") or produced.get("report")
    if source is None:
        raise RuntimeError("aucun PDF à signer (lettre et rapport en échec)")
    signed = _check_pdf(sign(source, out_dir), "PDF signé")
    if signed.read_bytes() == source.read_bytes():
        raise RuntimeError("le PDF « signé » est identique à l'original")
    return f"{signed.name} signé et vérifié ({_size(signed)})"


# --------------------------------------------------------------------------
# Running, reporting
# --------------------------------------------------------------------------
def run_checks(out_dir: Path) -> list[Check]:
    test = SelfTest(out_dir)
    test.run("resources", "Ressources du paquet", check_resources)
    test.run("commands", "Sous-commandes", check_commands)
    test.run("drivers", "Pilotes de base de données", check_drivers)
    with tempfile.TemporaryDirectory(prefix="parcours-autotest-") as tmp:
        ws = Workspace(Path(tmp))
        database = test.run("database", "Base de données temporaire", lambda: check_database(ws))
        test.run("demo", "Base de démonstration", lambda: check_demo(ws))
        test.run("translations", "Traductions françaises", check_translations)
        produced: dict[str, Path] = {}
        if database.status == OK:
            test.run(
                "window",
                "Fenêtre principale (capture hors écran)",
                lambda: check_window(ws, out_dir),
            )
            test.run("document-libraries", "Bibliothèques des documents", check_document_libraries)
            test.run("letter", "Lettre PDF", lambda: check_letter(ws, out_dir, produced))
            test.run("report", "Rapport PDF", lambda: check_report(ws, out_dir, produced))
        else:
            test.run("document-libraries", "Bibliothèques des documents", check_document_libraries)
            for key, title in (
                ("window", "Fenêtre principale (capture hors écran)"),
                ("letter", "Lettre PDF"),
                ("report", "Rapport PDF"),
            ):
                test.skip(key, title, "la base de données temporaire a échoué")
        test.run(
            "signature",
            "Signature et vérification du PDF",
            lambda: check_signature(out_dir, produced),
        )
        test.run("bytecode", "Code précompilé (démarrage)", check_bytecode)
        if ws.db is not None:
            ws.db.dispose()
    return test.checks


def _isolate(tmp: Path) -> dict[str, str | None]:
    """Point settings and data at a temporary folder; returns the previous values."""
    saved = {
        k: os.environ.get(k)
        for k in ("PARCOURS_CONFIG_DIR", "PARCOURS_DATA_DIR", "QT_QPA_PLATFORM")
    }
    os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
    os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
    # Before any QApplication exists: the self-test never needs a display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return saved


def _restore(saved: dict[str, str | None]) -> None:
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def summary(checks: list[Check], strict: bool, report: Path) -> tuple[str, bool]:
    failed = [c for c in checks if c.status == FAILED]
    unavailable = [c for c in checks if c.status == UNAVAILABLE]
    ok = not failed and not (strict and unavailable)
    origin = "version empaquetée" if is_frozen() else "depuis les sources"
    lines = [
        f"Autotest de Parcours {__version__} ({origin}, {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()})"
    ]
    for c in checks:
        lines.append(f"  {LABELS[c.status]:<15} {c.title} : {c.detail} [{c.seconds:.1f} s]")
    from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted

    passed = counted(
        sum(c.status == OK for c in checks),
        QT_TRANSLATE_NOOP("messages", "{n} réussie"),
        QT_TRANSLATE_NOOP("messages", "{n} réussies"),
    )
    counts = [str(passed)]
    if failed:
        counts.append(f"{len(failed)} en échec")
    if unavailable:
        counts.append(
            str(
                counted(
                    len(unavailable),
                    QT_TRANSLATE_NOOP("messages", "{n} non disponible — comptée en échec"),
                    QT_TRANSLATE_NOOP("messages", "{n} non disponibles — comptées en échec"),
                )
                if strict
                else counted(
                    len(unavailable),
                    QT_TRANSLATE_NOOP("messages", "{n} non disponible"),
                    QT_TRANSLATE_NOOP("messages", "{n} non disponibles"),
                )
            )
            + (" (mode strict)" if strict else "")
        )
    lines.append(f"Journal des erreurs de ce poste : {config.log_dir()}")
    lines.append(
        f"Résultat : {'RÉUSSI' if ok else 'ÉCHEC'} ({', '.join(counts)}) — rapport : {report}"
    )
    return "\n".join(lines), ok


def _print(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # windowed executable: no console
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except UnicodeEncodeError:
        stream.write(text.encode("ascii", "replace").decode("ascii") + "\n")
        stream.flush()


def run(out_dir: str | Path) -> int:
    """Run every check, write the reports into ``out_dir``; 0 when nothing failed."""
    out_dir = Path(out_dir).expanduser().resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    strict = os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}
    started_at = dt.datetime.now().astimezone()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="parcours-autotest-env-") as tmp:
        saved = _isolate(Path(tmp))
        try:
            checks = run_checks(out_dir)
        finally:
            _restore(saved)
    report = out_dir / "selftest.json"
    text, ok = summary(checks, strict, report)
    result = {
        "application": "Parcours",
        "version": __version__,
        "frozen": is_frozen(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "started": started_at.isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 3),
        "strict": strict,
        "result": OK if ok else FAILED,
        "screenshot": SCREENSHOT if (out_dir / SCREENSHOT).is_file() else None,
        "log_dir": str(config.log_dir()),
        "checks": [asdict(c) for c in checks],
    }
    report.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    (out_dir / "selftest.txt").write_text(text + "\n", encoding="utf-8")
    _print(text)
    return 0 if ok else 1
