"""User-visible strings go through Qt's translation machinery, in French."""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import update as catalogue  # noqa: E402


def messages(path: Path) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
    }


def test_catalogue_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.ts"
    catalogue.extract(fresh)
    committed = messages(catalogue.TS)
    missing = messages(fresh) - committed
    assert not missing, f"run resources/i18n/update.py; new strings: {sorted(missing)[:5]}"


def _is_qt_translate(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id == "QCoreApplication"
    )


def _text_parameter(arguments: ast.arguments, result: ast.AST | None) -> int | None:
    """Which parameter a function (or lambda) returning ``result`` passes as the text of
    ``QCoreApplication.translate``, or None when it is no such wrapper."""
    if not (isinstance(result, ast.Call) and _is_qt_translate(result.func)):
        return None
    params = [a.arg for a in arguments.args]
    text = result.args[1] if len(result.args) > 1 else None
    if isinstance(text, ast.Name) and text.id in params:
        return params.index(text.id)
    return None


def _texts_lupdate_cannot_read(path: Path) -> list[str]:
    """Calls of ``path`` whose French text reaches Qt's translators at run time but
    that ``pyside6-lupdate`` does not file (it reads ``translate("Context", "texte")``,
    ``QT_TRANSLATE_NOOP`` and ``self.tr`` at the call): a literal given to a wrapper of
    ``QCoreApplication.translate``, or a call through an alias of it named otherwise."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text_at: dict[str, int] = {}  # a wrapper or an alias -> where its text is given
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1:
            body = node.body[0]
            if isinstance(body, ast.Return):
                index = _text_parameter(node.args, body.value)
                if index is not None:
                    text_at[node.name] = index
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
            if _is_qt_translate(value):
                text_at.update((name, 1) for name in names)
            elif isinstance(value, ast.Lambda):
                index = _text_parameter(value.args, value.body)
                if index is not None:
                    text_at.update((name, index) for name in names)
    text_at.pop("translate", None)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            index = text_at.get(node.func.id)
            if index is not None and index < len(node.args):
                given = node.args[index]
                if isinstance(given, ast.Constant) and isinstance(given.value, str):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.func.id}(...)")
    return found


def test_every_translated_text_is_where_the_catalogue_tool_reads_it():
    found = [
        call
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for call in _texts_lupdate_cannot_read(path)
    ]
    assert not found, f"texts pyside6-lupdate does not extract: {found[:5]}"


def test_catalogue_holds_the_start_and_the_letters_screens_texts():
    held = messages(catalogue.TS)
    assert ("Startup", "Base de données endommagée") in held
    assert ("TenantFileDialog", "Début du bail") in held
    assert ("TemplatesPage", "Recommandé AR") in held
    assert ("BatchDialog", "Assemblage du PDF à imprimer…") in held
    assert not any(source == "BatchDialog" for _, source in held)  # not misread as a text


def test_catalogue_holds_service_messages():
    texts = {s for ctx, s in messages(catalogue.TS) if ctx == "messages"}
    assert "Le montant ne peut pas être négatif." in texts
    assert any(t.startswith("Ce dossier a été modifié par {user}") for t in texts)


def test_translators_make_qt_standard_buttons_french(qapp):
    i18n.install_translators(qapp)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Enregistrer"
    assert any(not t.isEmpty() and "parcours" in t.filePath() for t in i18n._installed)
