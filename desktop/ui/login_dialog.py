"""Sign-in: the first administrator's creation, the login dialog, password change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.domain.errors import UserError
from desktop.services import accounts, settings
from desktop.services.context import Actor, os_username
from desktop.storage.db import Database
from desktop.ui.widgets import add_all, line_edit, message_label, save_cancel
from desktop.ui.widgets.form import label, passwords_differ
from desktop.ui.widgets.messages import error_text


def _password_edit(parent, name: str) -> QLineEdit:
    edit = line_edit(parent, name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(accounts.PASSWORD_MAX)
    return edit


class _Form(QDialog):
    """A form on ``db`` with an error line under it and OK/Cancel buttons;
    ``self.actor``: who signed in through it, if anyone."""

    def __init__(self, db: Database, name: str, parent=None):
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setObjectName(name)
        self.form = QFormLayout()
        self.error = message_label(self, "signInError", hidden=False)
        self.buttons = save_cancel(self, self.submit, ok=True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        add_all(layout, self.intro, self.form, self.error, self.buttons)
        # Wide enough for the wrapped texts (the demo accounts) to keep a few lines.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def _row(self, text: str, editor: QLineEdit) -> QLineEdit:
        """``editor`` on a line of the form, after ``text``."""
        self.form.addRow(text, editor)
        return editor

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, exc: UserError) -> None:
        self.error.setText(error_text(exc))
        # The message takes a line of its own: the window grows so that the wrapped
        # texts above it keep all theirs (at 125 % the demo accounts lost their last).
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def submit(self) -> None:  # pragma: no cover - overridden
        self.accept()

    def _password_accepted(self, check) -> bool:
        """Run ``check`` (a sign-in); on a refusal, say it and ask the password again."""
        try:
            check()
        except UserError as exc:
            self.password.clear()  # type: ignore[attr-defined]
            self.show_error(exc)
            self.password.setFocus()  # type: ignore[attr-defined]
            return False
        return True


class FirstAdminDialog(_Form):
    """First start: the administrator's account, with a password the user chooses."""

    def __init__(self, db: Database, parent=None):
        super().__init__(db, "firstAdminDialog", parent)
        self.setWindowTitle(self.tr("Création du compte administrateur"))
        self.intro.setText(
            self.tr(
                "Cette base n'a pas encore d'administrateur. Créez son compte : il gérera les "
                "comptes des autres utilisateurs. Choisissez un mot de passe d'au moins {n} "
                "caractères mêlant minuscules, majuscules, chiffres ou symboles ; il n'existe "
                "aucun mot de passe par défaut."
            ).format(n=accounts.PASSWORD_MIN)
        )
        self.username = self._row(self.tr("Identifiant"), line_edit(self, "username"))
        self.username.setText(os_username().lower())
        self.full_name = self._row(self.tr("Nom complet"), line_edit(self, "fullName"))
        self.password = self._row(self.tr("Mot de passe"), _password_edit(self, "password"))
        self.confirm = self._row(self.tr("Confirmation"), _password_edit(self, "confirm"))
        self.ok_button.setText(self.tr("Créer le compte"))

    def submit(self) -> None:
        if passwords_differ(self.password, self.confirm, self.error):
            return
        try:
            self.actor = accounts.create_first_admin(
                self._db, self.username.text(), self.full_name.text(), self.password.text()
            )
        except UserError as exc:
            self.show_error(exc)
            return
        self.accept()


class LoginDialog(_Form):
    """Identifiant and password; on the demonstration base, its accounts are listed."""

    def __init__(self, db: Database, parent=None):
        super().__init__(db, "loginDialog", parent)
        self.setWindowTitle(self.tr("Connexion à Parcours"))
        self.intro.setText(self.tr("Base : {label}").format(label=db.label))
        self.username = self._row(self.tr("Identifiant"), line_edit(self, "username"))
        self.username.setMaxLength(80)
        self.password = self._row(self.tr("Mot de passe"), _password_edit(self, "password"))
        self.demo = label(self, name="demoAccounts")
        if not db.needs_login and settings.is_demo_base(db):
            names = ", ".join(a[0] for a in accounts.DEMO_ACCOUNTS)
            self.demo.setText(
                self.tr(
                    "Base de démonstration : comptes {names} ; mot de passe « {password} »."
                ).format(names=names, password=accounts.DEMO_PASSWORD)
            )
            self.form.addRow(self.demo)
        else:
            self.demo.hide()
        self.ok_button.setText(self.tr("Se connecter"))
        self.username.setFocus()

    def submit(self) -> None:
        def check() -> None:
            # On a server with login roles, the server checks the password (the
            # connection is made as the account's own role).
            self.actor = accounts.sign_in(self._db, self.username.text(), self.password.text())

        if self._password_accepted(check):
            self.accept()


class ChangePasswordDialog(_Form):
    """The signed-in user's new password (required after an administrator's reset)."""

    def __init__(self, db: Database, actor: Actor, required: bool = False, parent=None):
        super().__init__(db, "changePasswordDialog", parent)
        self._actor = actor
        self.setWindowTitle(self.tr("Changement de mot de passe"))
        self.intro.setText(
            self.tr("Votre mot de passe a été défini par un administrateur : choisissez le vôtre.")
            if required
            else self.tr("Choisissez un nouveau mot de passe.")
        )
        self.current = self._row(
            self.tr("Mot de passe actuel"), _password_edit(self, "currentPassword")
        )
        self.new = self._row(self.tr("Nouveau mot de passe"), _password_edit(self, "newPassword"))
        self.confirm = self._row(self.tr("Confirmation"), _password_edit(self, "confirm"))

    def submit(self) -> None:
        if passwords_differ(self.new, self.confirm, self.error):
            return
        try:
            accounts.change_own_password(
                self._db, self._actor, self.current.text(), self.new.text()
            )
        except UserError as exc:
            self.show_error(exc)
            return
        self.accept()


def sign_in(db: Database, parent=None) -> Actor | None:
    """The signed-in actor (after creating the first administrator on a new base), or
    ``None`` when the user gives up."""
    # On a server with login roles, nothing can be read before the sign-in; the first
    # administrator is created by ``parcours server init --admin``.
    if not db.needs_login and accounts.needs_first_admin(db):
        dialog = FirstAdminDialog(db, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    dialog = LoginDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    actor = dialog.actor
    if actor is not None and accounts.must_change_password(db, actor):
        if (
            ChangePasswordDialog(db, actor, required=True, parent=parent).exec()
            != QDialog.DialogCode.Accepted
        ):
            return None
    return actor
