"""Every screen asks for a date the same way: « jj/mm/aaaa » (and « hh:mm » for a
time), as the tenant file and the plans do; the CALEOL and cotation screens read
« JJ/MM/AAAA » and « HH:MM » before."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_screen_writes_the_date_or_time_format_in_capitals():
    found = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if "JJ/MM" in node.value or "AAAA" in node.value or "HH:MM" in node.value:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value!r}")
    assert not found, found


def test_the_caleol_decision_asks_its_date_as_the_other_forms(qapp):
    from desktop.ui.caleol.votes import DecisionForm

    form = DecisionForm()
    assert form.condition_deadline.placeholderText() == "jj/mm/aaaa"
