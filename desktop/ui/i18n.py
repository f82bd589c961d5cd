"""Translation machinery: Qt's own French strings and Parcours' catalogue.

Source strings are French (the product's language); ``resources/i18n/parcours_fr.ts``
is the catalogue extracted by ``pyside6-lupdate`` (see the README), compiled to
``parcours_fr.qm`` when a translator updates it. Qt's ``qtbase_fr`` makes standard
buttons and dialogs French.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain.i18n import Message
from desktop.resources import resource

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_fr", qt_dir), ("parcours_fr", str(resource("i18n")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)


def translate_message(message: Message) -> str:
    """A domain or service message, through Qt's translators, parameters filled in."""
    return message.render(QCoreApplication.translate)
