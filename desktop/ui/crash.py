"""Unexpected errors in the GUI: Qt's own messages and uncaught exceptions go to the
log file (``desktop.logs``), and the user sees a French dialog that says where the log
is, with "Copier le rapport" to paste it into a message to the IT department.

The dialog is not modal: an error in a slot must not block the event loop (nor a test);
errors from other threads are shown through a queued signal, in the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    QtMsgType,
    QUrl,
    Signal,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop import logs
from desktop.ui.widgets import add_all, push_button

qt_log = logging.getLogger("parcours.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(mode: QtMsgType, context, message: str) -> None:
    """Qt's warnings (``qWarning``, QML, plugins) into the log file."""
    where = ""
    if context is not None and getattr(context, "file", None):
        where = f" ({context.file}:{context.line})"
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Parcours — erreur inattendue"))
        self.report = report
        self.log_path = log_path
        self.message = QLabel(
            self.tr(
                "Une erreur inattendue s'est produite. Ce que vous avez enregistré est conservé ; "
                "vérifiez la dernière opération avant de continuer.\n\n"
                "Le détail a été écrit dans le journal :\n{path}\n\n"
                "Pour le signaler, copiez le rapport et joignez-le à votre message au service "
                "informatique."
            ).format(path=log_path),
            self,
        )
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        self.details = QPlainTextEdit(report, self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.copy_button = push_button(self.tr("Copier le rapport"), self, "copyReport")
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button = push_button(
            self.tr("Ouvrir le dossier du journal"), self, "openLogFolder"
        )
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
        )
        close = push_button(self.tr("Fermer"), self, "closeCrash")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        add_all(buttons, self.copy_button, self.folder_button, 1, close)
        layout = QVBoxLayout(self)
        add_all(layout, self.message, (self.details, 1), buttons)
        self.resize(720, 420)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Rapport copié"))


DialogFactory = Callable[[str, Path], QDialog]


class CrashReporter(QObject):
    """Shows one dialog per error, in the GUI thread; ``dialogs`` keeps them (tests)."""

    reported = Signal(str, str)

    def __init__(self, factory: DialogFactory | None = None, parent=None):
        super().__init__(parent)
        self.factory = factory or (lambda report, path: CrashDialog(report, path))
        self.dialogs: list[QDialog] = []
        self.reported.connect(self._show)
        self._uninstall_hooks: Callable[[], None] | None = None
        self._previous_qt_handler = None

    def report(self, text: str, path: Path) -> None:
        self.reported.emit(text, str(path))  # queued when called from another thread

    @Slot(str, str)
    def _show(self, text: str, path: str) -> None:
        dialog = self.factory(text, Path(path))
        self.dialogs.append(dialog)
        dialog.finished.connect(
            lambda *_: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )
        dialog.show()
        dialog.raise_()

    def install(self) -> CrashReporter:
        logs.setup_logging()
        self._previous_qt_handler = qInstallMessageHandler(qt_message_handler)
        self._uninstall_hooks = logs.install_excepthooks(self.report)
        return self

    def uninstall(self) -> None:
        if self._uninstall_hooks is not None:
            self._uninstall_hooks()
            self._uninstall_hooks = None
        qInstallMessageHandler(self._previous_qt_handler)
        self._previous_qt_handler = None


def install(app: QApplication) -> CrashReporter:
    """The application's reporter (kept alive as a child of ``app``)."""
    return CrashReporter(parent=app).install()
