"""Translation machinery: Qt's own French strings and Parcours' catalogue.

Source strings are French (the product's language); ``resources/i18n/parcours_fr.ts``
is the catalogue extracted by ``pyside6-lupdate`` (see the README), compiled to
``parcours_fr.qm`` when a translator updates it. Qt's ``qtbase_fr`` makes standard
buttons and dialogs French.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.i18n import Message
from desktop.resources import resource

_installed: list[QTranslator] = []

#: Labels of Qt's own (non-native) file dialog that Qt renamed and its French catalogue
#: ``qtbase_fr`` has not caught up with yet (Qt 6.11): without these they show in English.
QT_GAPS = {
    ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:"): "&Type de fichier\u00a0:",
}


class _QtGaps(QTranslator):
    """French for the few Qt strings ``qtbase_fr`` lacks (``QT_GAPS``)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return QT_GAPS.get((context, source_text))  # None: ask the other translators

    def isEmpty(self) -> bool:
        return False


def install_translators(app: QCoreApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_fr", qt_dir), ("parcours_fr", str(resource("i18n")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    gaps = _QtGaps(app)
    app.installTranslator(gaps)
    _installed.append(gaps)


#: ``translate("Context", "texte")``: a text of a module-level function or of a context
#: shared by several classes. Call it with the literal context and text (not through a
#: one-argument wrapper): ``pyside6-lupdate`` files only what it reads at the call.
translate = QCoreApplication.translate


def translate_message(message: Message) -> str:
    """A domain or service message, through Qt's translators, parameters filled in."""
    return message.render(QCoreApplication.translate)


class SourceContext:
    """``tr`` in the context of the class whose code calls it.

    ``pyside6-lupdate`` files a ``self.tr("…")`` under the class it is written in, while
    PySide's ``tr`` looks it up under the instance's class: the two differ for a widget
    built from mixins (one per tab). Put this class first in the widget's bases and both
    agree: the context is the class named in the calling code's qualified name."""

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        context = sys._getframe(1).f_code.co_qualname.split(".")[0]
        return QCoreApplication.translate(context, source, disambiguation, n)
