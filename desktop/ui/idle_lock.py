"""The window locked after a while without input (*Administration > Conservation et
sécurité*: « Verrouillage de la fenêtre après une inactivité de … minutes »).

A workstation left signed in shows tenants' files to whoever sits down: after the
configured minutes without a key, a click or the wheel, every window of Parcours is
covered (what was typed stays, dialogs stay open under the cover) and the signed-in
user's password is asked again (``accounts.confirm_password``: counted and audited
like a sign-in, the account locked after too many failures). « Quitter Parcours »
closes the application instead, every window with it, dropping what was typed and not
saved without asking (whoever sits there may not be the signed-in user, and could not
answer « Enregistrer les modifications ? » for him): the lock screen says so above the
button.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from desktop.domain.errors import AuthenticationError, UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.services import accounts
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.login_dialog import _Form, _password_edit
from desktop.ui.widgets.messages import unsaved_input_dropped

# « après 1 minute sans activité », « après 15 minutes… »
_MINUTES = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} minute"), QT_TRANSLATE_NOOP("messages", "{n} minutes")
)

# What counts as the user being there (moving the mouse alone does not).
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class UnlockDialog(_Form):
    """The signed-in user's password, to uncover the windows."""

    def __init__(self, db: Database, actor: Actor, minutes: int, parent=None):
        super().__init__(db, "unlockDialog", parent)
        self._actor = actor
        self._quitting = False
        self.setWindowTitle(self.tr("Parcours verrouillé"))
        if minutes > 0:
            intro = self.tr(
                "Parcours a été verrouillé après {minutes} sans activité. Saisissez "
                "le mot de passe de {name} pour reprendre là où vous en étiez."
            ).format(minutes=translate_message(_MINUTES(minutes)), name=actor.label)
        else:  # locked by the user (Compte > Verrouiller maintenant)
            intro = self.tr(
                "Parcours est verrouillé. Saisissez le mot de passe de {name} pour "
                "reprendre là où vous en étiez."
            ).format(name=actor.label)
        self.intro.setText(intro)
        self.password = self._row(self.tr("Mot de passe"), _password_edit(self, "password"))
        self.ok_button.setText(self.tr("Déverrouiller"))
        quit_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quit_button.setText(self.tr("Quitter Parcours"))
        quit_button.setObjectName("quitParcours")
        quit_button.clicked.connect(self._quit)
        self.quit_note = QLabel(
            self.tr(
                "« Quitter Parcours » ferme toutes ses fenêtres sans rien enregistrer : ce "
                "qui a été saisi et pas encore enregistré sera perdu."
            ),
            self,
        )
        self.quit_note.setObjectName("quitNote")
        self.quit_note.setWordWrap(True)
        layout = self.layout()
        layout.insertWidget(layout.indexOf(self.buttons), self.quit_note)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.password.setFocus()

    def show_error(self, exc: UserError) -> None:
        if exc.message.template == accounts.REFUSED:  # only the password was asked here
            exc = AuthenticationError(
                Message(QT_TRANSLATE_NOOP("messages", "Mot de passe incorrect."))
            )
        super().show_error(exc)

    def submit(self) -> None:
        if self._password_accepted(
            lambda: accounts.confirm_password(self._db, self._actor, self.password.text())
        ):
            self.accept()

    def reject(self) -> None:  # Escape does not uncover the windows
        if self._quitting:
            super().reject()

    def _quit(self) -> None:
        """Every window closed, what was typed dropped without a question (the screen
        said so), then the application. This dialog closes too: while it refused to,
        Qt refused to quit and the button did nothing."""
        self._quitting = True
        with unsaved_input_dropped():
            QApplication.closeAllWindows()
        QApplication.quit()


class IdleLock(QObject):
    """Covers Parcours's windows after ``minutes`` without input (0: never)."""

    def __init__(self, db: Database, actor: Actor, minutes: int, parent: QObject | None = None):
        super().__init__(parent or QApplication.instance())
        self.db, self.actor, self.minutes = db, actor, minutes
        self.dialog: UnlockDialog | None = None
        self.covers: dict[QWidget, QWidget] = {}
        self.timer = QTimer(self)
        self.timer.setObjectName("idleTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            QApplication.instance().installEventFilter(self)
            self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.dialog is None:
            if event.type() in ACTIVITY:
                self.timer.start()
        elif event.type() == QEvent.Type.Resize and watched in self.covers:
            self.covers[watched].setGeometry(watched.rect())  # type: ignore[attr-defined]
        return False

    def lock(self, on_request: bool = False) -> None:
        """Cover the windows: after the minutes without input, or at once when the
        user asks (``on_request``)."""
        if self.dialog is not None:
            return
        minutes = 0 if on_request else self.minutes
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, UnlockDialog):
                cover = QWidget(window)
                cover.setObjectName("idleCover")
                cover.setAutoFillBackground(True)
                cover.setGeometry(window.rect())
                cover.raise_()
                cover.show()
                self.covers[window] = cover
        try:
            accounts.record_screen_locked(self.db, self.actor, minutes)
        except Exception:  # the base unreachable: the window is locked all the same
            logging.getLogger("parcours").warning("idle lock not audited", exc_info=True)
        self.dialog = UnlockDialog(self.db, self.actor, minutes)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _unlocked(self) -> None:
        for cover in self.covers.values():
            cover.hide()
            cover.deleteLater()
        self.covers.clear()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        if self.minutes > 0:  # 0: never locked by itself (only on request), no count
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
