"""Sampled mutation testing of the pure rules in desktop/domain/.

    python -m tests.mutation.run                  # every file of FILES, 60 mutants each
    python -m tests.mutation.run plans caleol/quorum  # some files
    python -m tests.mutation.run plans -n 200 -v  # more mutants, list the survivors

Each mutant changes one thing in one domain module: a comparison (``<`` to ``<=``,
``==`` to ``!=``, ``in`` to ``not in``...), an arithmetic operator (``+`` to ``-``,
``*`` to ``/``...), a boolean (``and`` to ``or``, ``not x`` to ``x``), a constant (a
number + 1, ``Decimal("0.01")`` + 1, ``True`` to ``False``) or a returned value (to
``None``). The module's unit tests (FILES below, no database) then run against it: a
failing test kills the mutant, passing tests let it survive. The sample is seeded
(``--seed``), so two runs on the same code give the same score.

mutmut is not installable here, hence this small runner. On POSIX each mutant runs in a
forked copy of a process that has already imported pytest and the libraries (fast);
elsewhere in a fresh interpreter (slow but the same result).
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import importlib
import os
import random
import subprocess
import sys
import tempfile
import time
import types
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ROOT / "desktop" / "domain"

CALEOL_TESTS = [
    "tests/test_caleol_rules.py",
    "tests/test_caleol_labels.py",
    "tests/test_caleol_limits.py",
    "tests/test_caleol_offers.py::"
    "test_the_line_direct_attribution_first_then_ranks_skipping_refusals",
]
MESSAGES_TESTS = ["tests/test_domain_messages.py"]
MINUTES_TESTS = [
    "tests/test_minutes_rules.py",
    "tests/test_minutes_document.py",
    "tests/test_minutes_signatory.py::test_certificate_name_matches_the_member",
    "-k",
    "not pdf and not docx and not extract_masks and not signed and not in_person_written",
]
CAMPAIGN_TESTS = ["tests/test_campaign_domain.py", "tests/test_phone.py", "-k", "not migration"]

# Domain module -> the database-free tests that exercise it (pytest arguments).
FILES: dict[str, list[str]] = {
    "schedule": ["tests/test_schedule.py", "tests/test_plans_domain.py"],
    "notice": ["tests/test_notice_rules.py", "tests/test_notice_case.py"],
    "notice_case": ["tests/test_notice_case.py"],
    "caleol/common": CALEOL_TESTS,
    "caleol/quorum": CALEOL_TESTS,
    "caleol/decisions": CALEOL_TESTS,
    "caleol/votes": CALEOL_TESTS,
    "caleol/occupation": CALEOL_TESTS,
    "caleol/offers": CALEOL_TESTS,
    "calendar_fr": [
        "tests/test_calendar_fr.py",
        "tests/test_notice_rules.py",
        "tests/test_schedule.py",
    ],
    "plans": ["tests/test_plans_domain.py"],
    "phone": ["tests/test_phone.py", "-k", "not migration"],
    "campaign/common": CAMPAIGN_TESTS,
    "campaign/script": CAMPAIGN_TESTS,
    "campaign/calls": CAMPAIGN_TESTS,
    "campaign/figures": CAMPAIGN_TESTS,
    "formatting": ["tests/test_domain_basics.py", "tests/test_documents_engine.py"],
    "address": ["tests/test_documents_engine.py"],
    "cotation": ["tests/test_cotation_domain.py"],
    "attribution_targets": ["tests/test_attribution_targets.py"],
    "text": ["tests/test_text_rules.py", "tests/test_domain_basics.py"],
    "retention": ["tests/test_retention_rules.py"],
    "roles": ["tests/test_roles_rules.py"],
    "tenant": ["tests/test_tenant_rules.py", "tests/test_domain_basics.py"],
    "timeline": [
        "tests/test_timeline_rules.py",
        "tests/test_export_person_more.py::"
        "test_every_timeline_event_a_service_writes_has_a_french_label",
    ],
    "organisation": ["tests/test_organisation_rules.py"],
    "minutes": MINUTES_TESTS,
    "i18n": MESSAGES_TESTS,
    "errors": MESSAGES_TESTS,
    # The Windows reasons are told in the workstation tests (winerror, long paths...).
    "oserrors": [*MESSAGES_TESTS, "tests/test_windows_workstation.py"],
    "member_votes": MESSAGES_TESTS,
    "labels": ["tests/test_labelled_enums.py"],
    "plan_withdrawal": ["tests/test_plan_withdrawal_rules.py"],
    "plan_contributions": ["tests/test_plans_domain.py", "tests/test_plan_withdrawal_rules.py"],
    "notice_cotenants": [
        "tests/test_notice_cotenants_rules.py",
        *(
            "tests/test_notice_cotenants.py::" + name
            for name in (
                "test_naming_every_holder_is_a_notice_given_by_all",
                "test_a_notice_by_one_holder_needs_the_bond_and_a_holder_of_the_lease",
                "test_a_holder_named_on_the_command_line",
                "test_the_holders_who_stay",
                "test_a_co_tenant_s_solidarity_ends_six_months_after_the_notice_at_the_latest",
                "test_a_victim_of_domestic_violence_is_released_the_day_after_the_first_presentation",
            )
        ),
    ],
}
#: Domain modules with nothing to mutate (no comparison, operator, constant or returned
#: value): re-exports and data. A test keeps FILES and this set covering the domain.
DATA_ONLY = frozenset(
    {"__init__", "caleol/__init__", "campaign/__init__", "campaign/counts", "caleol/sending"}
)
MUTANTS_PER_FILE = 60
SEED = 16
TIMEOUT = 60.0  # seconds; a mutant that loops forever counts as killed

# Third-party modules imported once before forking (their import dominates a test run).
PRELOAD = (
    "pytest",
    "hypothesis",
    "sqlalchemy",
    "sqlalchemy.orm",
    "alembic",
    "argon2",
    "phonenumbers",
    "dateutil.easter",
    "babel",
    "faker",
    "platformdirs",
)

COMPARE_SWAPS = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
BINOP_SWAPS = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
}


@dataclass(frozen=True)
class Site:
    """One possible mutation: the node's rank in ``ast.walk`` order and what to do."""

    index: int
    kind: str  # compare, arith, bool, not, constant, decimal, return
    line: int
    detail: str


def _skipped_nodes(tree: ast.Module) -> set[int]:
    """ids of the nodes not worth mutating: docstrings, annotations, translatable
    message texts and the ``TYPE_CHECKING``/``__all__`` plumbing."""
    skipped: set[int] = set()

    def skip(node: ast.AST | None) -> None:
        if node is not None:
            skipped.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            skip(body[0])
        if isinstance(node, (ast.AnnAssign, ast.arg)):
            skip(node.annotation)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            skip(node.returns)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"QT_TRANSLATE_NOOP", "_m", "Message"}
        ):
            skip(node)
    return skipped


def sites_of(tree: ast.Module) -> list[Site]:
    skipped = _skipped_nodes(tree)
    sites = []
    for index, node in enumerate(ast.walk(tree)):
        if id(node) in skipped:
            continue
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Compare):
            for k, op in enumerate(node.ops):
                if type(op) in COMPARE_SWAPS:
                    sites.append(
                        Site(
                            index,
                            f"compare:{k}",
                            line,
                            f"{type(op).__name__} -> {COMPARE_SWAPS[type(op)].__name__}",
                        )
                    )
        elif isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in BINOP_SWAPS:
            sites.append(
                Site(
                    index,
                    "arith",
                    line,
                    f"{type(node.op).__name__} -> {BINOP_SWAPS[type(node.op)].__name__}",
                )
            )
        elif isinstance(node, ast.BoolOp):
            sites.append(
                Site(
                    index,
                    "bool",
                    line,
                    "And -> Or" if isinstance(node.op, ast.And) else "Or -> And",
                )
            )
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            sites.append(Site(index, "not", line, "not x -> x"))
        elif isinstance(node, ast.Constant) and type(node.value) in (int, float, bool):
            new = (not node.value) if isinstance(node.value, bool) else node.value + 1
            sites.append(Site(index, "constant", line, f"{node.value!r} -> {new!r}"))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "Decimal"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            sites.append(Site(index, "decimal", line, f"Decimal({node.args[0].value!r}) + 1"))
        elif (
            isinstance(node, ast.Return)
            and node.value is not None
            and not (isinstance(node.value, ast.Constant) and node.value.value is None)
        ):
            sites.append(Site(index, "return", line, "return x -> return None"))
    return sites


def mutate(tree: ast.Module, site: Site) -> ast.Module:
    """A copy of ``tree`` with ``site`` applied."""
    tree = copy.deepcopy(tree)
    node = next(n for i, n in enumerate(ast.walk(tree)) if i == site.index)
    if site.kind.startswith("compare:"):
        k = int(site.kind.split(":")[1])
        node.ops[k] = COMPARE_SWAPS[type(node.ops[k])]()
    elif site.kind == "arith":
        node.op = BINOP_SWAPS[type(node.op)]()
    elif site.kind == "bool":
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif site.kind == "not":
        replacement = node.operand
        for parent in ast.walk(tree):
            for field, value in ast.iter_fields(parent):
                if value is node:
                    setattr(parent, field, replacement)
                elif isinstance(value, list):
                    value[:] = [replacement if v is node else v for v in value]
    elif site.kind == "constant":
        node.value = (not node.value) if isinstance(node.value, bool) else node.value + 1
    elif site.kind == "decimal":
        node.args[0] = ast.Constant(str(__import__("decimal").Decimal(node.args[0].value) + 1))
    elif site.kind == "return":
        node.value = ast.Constant(None)
    return ast.fix_missing_locations(tree)


def sample(sites: list[Site], count: int, seed: int, name: str) -> list[Site]:
    rng = random.Random(f"{seed}:{name}")
    return sorted(rng.sample(sites, min(count, len(sites))), key=lambda s: (s.line, s.index))


# --------------------------------------------------------------------------- running


def _install(name: str, code: types.CodeType | None) -> None:
    """Import ``desktop.domain.<name>`` from ``code`` (the mutant) before anything
    else imports it. A module of a domain package (``campaign/calls``) is installed
    after its package; the package's modules imported after it and its ``__init__`` are
    then executed again, so that the names they import from it are the mutant's."""
    if code is None:
        return
    fullname = "desktop.domain." + name.replace("/", ".")
    package, _, leaf = fullname.rpartition(".")
    parent = importlib.import_module(package)
    module = types.ModuleType(fullname)
    module.__file__ = str(DOMAIN / f"{name}.py")
    module.__package__ = package
    sys.modules[fullname] = module
    setattr(parent, leaf, module)
    exec(code, module.__dict__)
    if package != "desktop.domain":
        siblings = [m for m in sys.modules if m.startswith(package + ".")]
        for other in siblings[siblings.index(fullname) + 1 :]:  # those imported after it
            importlib.reload(sys.modules[other])
        importlib.reload(parent)


def _pytest(args: list[str]) -> int:
    import pytest

    return int(
        pytest.main(["-x", "-q", "-p", "no:cacheprovider", "--no-header", "-W", "ignore", *args])
    )


def _run_forked(name: str, code: types.CodeType | None, args: list[str]) -> str:
    pid = os.fork()  # guarded: only called when os has fork
    if pid == 0:
        status = 1
        try:
            with open(os.devnull, "w") as null:
                os.dup2(null.fileno(), 1)
                os.dup2(null.fileno(), 2)
                _install(name, code)
                status = _pytest(args)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    deadline = time.monotonic() + TIMEOUT
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return "survived" if os.waitstatus_to_exitcode(status) == 0 else "killed"
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            return "timeout"
        time.sleep(0.02)


def _run_subprocess(name: str, tree: ast.Module | None, args: list[str]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "tests.mutation.run", "--child", name]
        if tree is not None:
            source = Path(folder) / f"{name.replace('/', '_')}.py"
            source.write_text(ast.unparse(tree), encoding="utf-8")
            command += ["--source", str(source)]
        try:
            done = subprocess.run(
                [*command, "--", *args],
                cwd=ROOT,
                timeout=TIMEOUT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            return "timeout"
        return "survived" if done.returncode == 0 else "killed"


def run_one(name: str, tree: ast.Module | None, args: list[str]) -> str:
    if hasattr(os, "fork"):
        code = None if tree is None else compile(tree, str(DOMAIN / f"{name}.py"), "exec")
        return _run_forked(name, code, args)
    return _run_subprocess(name, tree, args)


def score_file(name: str, count: int, seed: int, verbose: bool) -> tuple[int, int] | None:
    """(killed, sampled) for ``name``; ``None`` when its tests fail on the real code."""
    path = DOMAIN / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    args = FILES[name]
    if run_one(name, None, args) != "survived":
        print(
            f"{name + '.py':<16} the tests fail on the unmutated code: fix them first", flush=True
        )
        return None
    chosen = sample(sites_of(tree), count, seed, name)
    killed = 0
    for site in chosen:
        outcome = run_one(name, mutate(tree, site), args)
        killed += outcome != "survived"
        if verbose and outcome == "survived":
            print(f"  survived  {path.relative_to(ROOT)}:{site.line}  {site.kind}  {site.detail}")
    return killed, len(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help=f"domain modules (default: {', '.join(FILES)})")
    parser.add_argument("-n", "--mutants", type=int, default=MUTANTS_PER_FILE)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("-v", "--verbose", action="store_true", help="list the survivors")
    parser.add_argument(
        "--minimum", type=float, default=0.0, help="exit 1 when a file scores below this percentage"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("pytest_args", nargs="*", help=argparse.SUPPRESS)
    options, rest = parser.parse_known_args(argv)
    os.chdir(ROOT)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if options.child:  # fresh-interpreter mode (no fork)
        code = None
        if options.source:
            text = Path(options.source).read_text(encoding="utf-8")
            code = compile(text, str(DOMAIN / f"{options.child}.py"), "exec")
        _install(options.child, code)
        return _pytest(options.files + options.pytest_args + rest)
    names = options.files or list(FILES)
    unknown = [n for n in names if n not in FILES]
    if unknown:
        parser.error(f"no tests configured for {', '.join(unknown)} (see FILES)")
    for module in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)
    worst = 100.0
    for name in names:
        scored = score_file(name, options.mutants, options.seed, options.verbose)
        if scored is None:
            worst = 0.0
            continue
        killed, total = scored
        percent = 100.0 * killed / total if total else 100.0
        worst = min(worst, percent)
        print(f"{name + '.py':<16} {killed:>3}/{total:<3} killed  {percent:5.1f} %", flush=True)
    return 1 if worst < options.minimum else 0


if __name__ == "__main__":
    sys.exit(main())
