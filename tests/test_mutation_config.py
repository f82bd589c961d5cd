"""The mutation runner covers the whole domain (README, « Mutation testing of the
rules »): a new module of desktop/domain/ gets its database-free tests in FILES, or is
data only, with nothing to mutate."""

from __future__ import annotations

import ast

from tests.mutation import run


def _modules() -> set[str]:
    return {
        path.relative_to(run.DOMAIN).with_suffix("").as_posix()
        for path in run.DOMAIN.rglob("*.py")
        if "__pycache__" not in path.parts
    }


def test_every_domain_module_is_configured_or_data_only():
    modules = _modules()
    assert modules - set(run.FILES) - run.DATA_ONLY == set()
    assert (set(run.FILES) | run.DATA_ONLY) - modules == set()  # no stale name
    assert set(run.FILES) & run.DATA_ONLY == set()


def test_data_only_modules_have_nothing_to_mutate():
    for name in sorted(run.DATA_ONLY):
        tree = ast.parse((run.DOMAIN / f"{name}.py").read_text(encoding="utf-8"))
        assert run.sites_of(tree) == [], name


def test_each_configured_test_file_exists():
    for name, args in run.FILES.items():
        for arg in args:
            if arg.startswith("tests/"):
                assert (run.ROOT / arg.split("::")[0]).is_file(), (name, arg)
