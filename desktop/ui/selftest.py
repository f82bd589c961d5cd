"""The Qt half of ``parcours --selftest``: translations and the main window, offscreen.

Called by ``desktop.selftest`` (which sets ``QT_QPA_PLATFORM=offscreen`` before this
module is imported, so that the QApplication created here never needs a display).
Each function raises on failure and returns a short French description on success.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.domain.i18n import counted
from desktop.resources import resource
from desktop.services.context import Actor
from desktop.storage.db import Database


class SelfTestFailure(RuntimeError):
    pass


def application() -> QApplication:
    from desktop.ui.app import create_application

    return create_application(["parcours"])


def check_translations() -> str:
    """Qt's own French strings and Parcours' catalogue both load."""
    app = application()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for name, folder in (("qtbase_fr", qt_dir), ("parcours_fr", str(resource("i18n")))):
        translator = QTranslator(app)
        if not translator.load(name, folder):
            raise SelfTestFailure(f"catalogue {name} introuvable dans {folder}")
        loaded.append(name)
    return f"{', '.join(loaded)} chargés ({app.platformName()})"


def _settle(app: QApplication, ms: int) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def screenshot_main_window(
    db: Database, actor: Actor, path: Path, *, expected_rows: int = 1
) -> str:
    """Open the real main window on ``db``, check it lists the files, save a PNG."""
    from desktop.ui.main_window import MainWindow

    app = application()
    window = MainWindow(db, actor)
    try:
        window.resize(1280, 780)
        window.show()
        _settle(app, 400)
        deadline = time.monotonic() + 20  # the list is read right after the first paint
        while window.tenant_page.pending_load and time.monotonic() < deadline:
            _settle(app, 50)
        rows = window.tenant_page.model.rowCount()
        if rows < expected_rows:
            raise SelfTestFailure(
                f"la liste affiche {counted(rows, '{n} dossier', '{n} dossiers')}, "
                f"{counted(expected_rows, '{n} attendu', '{n} attendus')}"
            )
        image = window.grab().toImage()
        if image.isNull() or image.width() < 200 or image.height() < 200:
            raise SelfTestFailure("capture d'écran vide")
        colours = _distinct_colours(image)
        if colours < 8:
            raise SelfTestFailure(f"capture d'écran presque unie ({colours} couleurs)")
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SelfTestFailure(f"impossible d'écrire {path}")
        return (
            f"{path.name} ({image.width()}×{image.height()}, "
            f"{counted(rows, '{n} dossier listé', '{n} dossiers listés')}, "
            f"titre « {window.windowTitle()} »)"
        )
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()


def _distinct_colours(image: QImage, samples: int = 4000) -> int:
    width, height = image.width(), image.height()
    step = max(1, (width * height) // samples)
    seen = set()
    for i in range(0, width * height, step):
        seen.add(image.pixel(i % width, i // width))
        if len(seen) >= 64:
            break
    return len(seen)
