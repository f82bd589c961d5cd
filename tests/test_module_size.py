"""The house rule of docs/architecture.md: no module in desktop/ over 1,200 lines
(a feature that grows gets a package). Migrations are history and stay as written."""

from __future__ import annotations

from pathlib import Path

DESKTOP = Path(__file__).resolve().parent.parent / "desktop"
LIMIT = 1200


def test_no_module_in_desktop_is_over_1200_lines():
    long = {
        str(path.relative_to(DESKTOP)): n
        for path in DESKTOP.rglob("*.py")
        if "migrations" not in path.parts
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert long == {}, f"split these into packages (docs/architecture.md): {long}"
