"""``tr`` in a widget built from mixins looks a string up where pyside6-lupdate files it:
under the class whose code writes it, not the instance's class."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QWidget

from desktop.ui.i18n import SourceContext

pytestmark = pytest.mark.gui


class _Recorder(QTranslator):
    """Answers every lookup with its context, so the test sees which one was asked."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return f"{context}:{source_text}"

    def isEmpty(self) -> bool:
        return False


class TabMixin:
    def tab_title(self) -> str:
        return self.tr("Échéancier")

    def nested(self) -> str:
        return (lambda: self.tr("Règlements"))()


class Dialog(SourceContext, TabMixin, QWidget):
    def title(self) -> str:
        return self.tr("Plan d'apurement")


def test_each_string_is_looked_up_in_the_context_of_the_class_that_writes_it(qtbot, qapp):
    recorder = _Recorder(qapp)
    QCoreApplication.installTranslator(recorder)
    try:
        dialog = Dialog()
        qtbot.addWidget(dialog)
        assert dialog.title() == "Dialog:Plan d'apurement"
        assert dialog.tab_title() == "TabMixin:Échéancier"
        assert dialog.nested() == "TabMixin:Règlements"  # a lambda inside a method
    finally:
        QCoreApplication.removeTranslator(recorder)
