"""Administration pages: accounts, audit trail, retention and settings, backups (the
organisation profile, *Paramètres*, is ``ui/settings_page.py``).

``install_admin(window)`` adds to the main window what the signed-in user's role allows:
the pages, the "Compte" and "Administration" menus, and enables the file actions the
role permits. The services check the role again: this only spares useless clicks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, format_datetime_fr, parse_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted, is_singular
from desktop.domain.retention import RULES, RULES_BY_KIND
from desktop.domain.roles import ROLE_LABELS, Permission, Role
from desktop.services import accounts, agencies, audit, backup, settings
from desktop.services.context import Actor
from desktop.services.context import today as clock_today
from desktop.storage.db import Database
from desktop.ui.audit_trail import TrailView
from desktop.ui.i18n import SourceContext, translate_message
from desktop.ui.widgets import (
    FlowLayout,
    add_all,
    line_edit,
    message_label,
    open_rows,
    page_layout,
    push_button,
    save_cancel,
    save_file_name,
    split,
)
from desktop.ui.widgets.form import form_group, label, passwords_differ
from desktop.ui.widgets.messages import confirmed, error_text
from desktop.ui.widgets.tables import (
    cell,
    current_of,
    empty_text,
    fitted_table,
    select_row_of,
    set_rows,
)

_table = fitted_table

if TYPE_CHECKING:  # imported by the retention page: it loads every feature's tables
    from desktop.services import retention


def _tr_message(text: str) -> str:
    return translate_message(Message(text))


@contextlib.contextmanager
def _refusal_shown(label: QLabel) -> Iterator[None]:
    """Run the block; a service's refusal (``UserError``) ends it, shown in ``label``."""
    try:
        yield
    except UserError as exc:
        label.setText(error_text(exc))


def _refresh_views(page: QWidget) -> None:
    """The main window's lists and pages read the base again (after a purge or a
    restore changed it); a page shown on its own has no such window."""
    window = page.window()
    if hasattr(window, "refresh_views"):
        window.refresh_views(None)


def _confirm(parent, title: str, text: str, yes: str) -> bool:
    return confirmed(parent, title, text, yes, parent.tr("Annuler"))


class _AdminPage(QWidget):
    """An administration page: the base and the user it acts for, its error line."""

    def __init__(self, db: Database, actor: Actor, name: str, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.setObjectName(name)
        self.error = message_label(self, "pageError", hidden=False)


# --------------------------------------------------------------------------- accounts


class _AccountDialog(SourceContext, QDialog):
    """A dialog on one account (``user``, None for a new one) that may set its password."""

    def __init__(
        self, db: Database, actor: Actor, user: accounts.UserView | None, name: str, parent=None
    ):
        super().__init__(parent)
        self._db, self._actor, self._user = db, actor, user
        self.setObjectName(name)

    def _add_password_inputs(self) -> None:
        """The password and its confirmation, typed hidden, then the error line."""
        self.password = line_edit(self, "password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = line_edit(self, "confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = message_label(self, "pageError", hidden=False)


class UserDialog(_AccountDialog):
    """Create an account (``user`` None) or change one."""

    def __init__(
        self, db: Database, actor: Actor, user: accounts.UserView | None = None, parent=None
    ):
        super().__init__(db, actor, user, "userDialog", parent)
        self.setWindowTitle(
            self.tr("Nouveau compte")
            if user is None
            else self.tr("Compte {name}").format(name=user.username)
        )
        self.username = line_edit(self, "username")
        self.full_name = line_edit(self, "fullName")
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(_tr_message(ROLE_LABELS[role]), role.value)
        self.agency = QComboBox(self)
        self.agency.setObjectName("agency")
        self.agency.addItem(self.tr("(aucune)"), None)
        for a in agencies.list_agencies(db):
            self.agency.addItem(f"{a.name} ({a.code})", a.code)
        self.os_login = line_edit(
            self, "osLogin", self.tr("facultatif : session Windows autorisée en ligne de commande")
        )
        self.active = QCheckBox(self.tr("Compte actif"), self)
        self.active.setObjectName("active")
        self._add_password_inputs()
        form = QFormLayout(self)
        form.addRow(self.tr("Identifiant"), self.username)
        form.addRow(self.tr("Nom complet"), self.full_name)
        form.addRow(self.tr("Rôle"), self.role)
        form.addRow(self.tr("Agence"), self.agency)
        form.addRow(self.tr("Session Windows"), self.os_login)
        if user is None:
            form.addRow(self.tr("Mot de passe provisoire"), self.password)
            form.addRow(self.tr("Confirmation"), self.confirm)
            self.active.hide()
        else:
            self.username.setText(user.username)
            self.username.setEnabled(False)
            self.full_name.setText(user.full_name)
            self.role.setCurrentIndex(max(self.role.findData(user.role.value), 0))
            self.agency.setCurrentIndex(max(self.agency.findData(user.agency_code), 0))
            self.os_login.setText(user.os_login or "")
            self.active.setChecked(user.active)
            form.addRow("", self.active)
            self.password.hide()
            self.confirm.hide()
        form.addRow(self.error)
        self.buttons = save_cancel(self, self.save)
        form.addRow(self.buttons)

    def save(self) -> None:
        with _refusal_shown(self.error):
            if self._user is None:
                if passwords_differ(self.password, self.confirm, self.error):
                    return
                accounts.create_user(
                    self._db,
                    self._actor,
                    self.username.text(),
                    self.full_name.text(),
                    self.role.currentData(),
                    self.password.text(),
                    agency_code=self.agency.currentData(),
                    os_login=self.os_login.text(),
                )
            else:
                accounts.update_user(
                    self._db,
                    self._actor,
                    self._user.id,
                    full_name=self.full_name.text(),
                    role=self.role.currentData(),
                    agency_code=self.agency.currentData(),
                    active=self.active.isChecked(),
                    os_login=self.os_login.text(),
                    expected_version=self._user.version,
                )
            self.accept()


class PasswordResetDialog(_AccountDialog):
    def __init__(self, db: Database, actor: Actor, user: accounts.UserView, parent=None):
        super().__init__(db, actor, user, "passwordResetDialog", parent)
        self.setWindowTitle(self.tr("Nouveau mot de passe pour {name}").format(name=user.username))
        self._add_password_inputs()
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Mot de passe provisoire : l'utilisateur devra le changer à sa prochaine "
                    "connexion. Le compte est aussi déverrouillé."
                ),
                self,
            )
        )
        form.addRow(self.tr("Mot de passe"), self.password)
        form.addRow(self.tr("Confirmation"), self.confirm)
        form.addRow(self.error)
        buttons = save_cancel(self, self.save)
        form.addRow(buttons)

    def save(self) -> None:
        if passwords_differ(self.password, self.confirm, self.error):
            return
        with _refusal_shown(self.error):
            accounts.reset_password(self._db, self._actor, self._user.id, self.password.text())
            self.accept()


class UsersPage(_AdminPage):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(db, actor, "usersPage", parent)
        self.users: list[accounts.UserView] = []
        self.table = _table(
            self,
            [
                self.tr("Identifiant"),
                self.tr("Nom"),
                self.tr("Rôle"),
                self.tr("Agence"),
                self.tr("État"),
                self.tr("Dernière connexion"),
                self.tr("Session Windows"),
            ],
            "usersTable",
        )
        self.new_button = push_button(self.tr("Nouveau compte…"), self, "newUser")
        self.edit_button = push_button(self.tr("Modifier…"), self, "editUser")
        self.password_button = push_button(self.tr("Nouveau mot de passe…"), self, "resetPassword")
        self.unlock_button = push_button(self.tr("Déverrouiller"), self, "unlockUser")
        buttons = QHBoxLayout()
        add_all(
            buttons, self.new_button, self.edit_button, self.password_button, self.unlock_button, 1
        )
        page_layout(
            self,
            self.tr("<h2>Comptes utilisateurs</h2>"),
            (self.table, 1),
            self.error,
            buttons,
        )
        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        open_rows(self.table, self.edit_user)
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button.clicked.connect(self.unlock)
        self.reload()

    def reload(self) -> None:
        with _refusal_shown(self.error):
            self.users = accounts.list_users(self._db, self._actor)
            rows = []
            for u in self.users:
                state = (
                    self.tr("verrouillé")
                    if u.locked
                    else (self.tr("actif") if u.active else self.tr("désactivé"))
                )
                rows.append(
                    [
                        u.username,
                        u.full_name,
                        _tr_message(ROLE_LABELS[u.role]),
                        u.agency_code or "",
                        state,
                        format_datetime_fr(u.last_login_at),
                        u.os_login or "",
                    ]
                )
            set_rows(self.table, rows)

    def selected(self) -> accounts.UserView | None:
        return current_of(self.table, self.users)

    def select(self, username: str) -> None:
        select_row_of(self.table, [u.username for u in self.users], username)

    def new_user(self) -> UserDialog:
        return self._open(UserDialog, None)

    def edit_user(self) -> UserDialog | None:
        user = self.selected()
        return None if user is None else self._open(UserDialog, user)

    def reset_password(self) -> PasswordResetDialog | None:
        user = self.selected()
        return None if user is None else self._open(PasswordResetDialog, user)

    def _open(self, dialog_class, user: accounts.UserView | None):
        """Opens ``dialog_class`` on ``user``; the list is read again once it saved."""
        dialog = dialog_class(self._db, self._actor, user, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.error.clear()
        with _refusal_shown(self.error):
            accounts.unlock_user(self._db, self._actor, user.id)
            self.reload()
            self.select(user.username)


# --------------------------------------------------------------------------- audit trail


def _in_columns(text: str, lines: int) -> str:
    """A tooltip's lines (a snapshot's fields), side by side in columns of ``lines``
    when they would not fit the screen's height; as rich text, the values escaped (a
    value typed with « < » shown as typed)."""
    if not text:
        return ""
    escaped = [html.escape(line) for line in text.split("\n")]
    columns = ["<br>".join(escaped[i : i + lines]) for i in range(0, len(escaped), lines)]
    return "<table><tr>{}</tr></table>".format(
        "".join(f'<td valign="top" style="padding-right: 12px">{c}</td>' for c in columns)
    )


class AuditPage(_AdminPage):
    """The audit trail, newest first, with filters and the Excel export."""

    PAGE = 500

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(db, actor, "auditPage", parent)
        self.since = line_edit(self, "auditSince", self.tr("du jj/mm/aaaa"))
        self.until = line_edit(self, "auditUntil", self.tr("au jj/mm/aaaa"))
        self.user = line_edit(self, "auditUser", self.tr("utilisateur"))
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("Toutes les actions"), None)
        for code, text in audit.ACTION_LABELS.items():
            self.action.addItem(_tr_message(text), code)
        self.file_number = line_edit(self, "auditFile", self.tr("n° de dossier"))
        self.filter_button = push_button(self.tr("Filtrer"), self, "auditFilter")
        self.export_button = push_button(self.tr("Exporter vers Excel…"), self, "auditExport")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")
        self.chain_label = QLabel(self)
        self.chain_label.setObjectName("auditChain")
        self.chain_label.setWordWrap(True)
        self.verify_button = push_button(self.tr("Vérifier l'intégrité"), self, "auditVerify")
        self._verify_task = None
        # Writes made outside the application, from a server's trail (checked with the
        # chain; on SQLite the label says the check does not apply).
        self.trail = TrailView(db, actor, self)
        self.trail_label, self.trail_table = self.trail.label, self.trail.table
        self.table = _table(
            self,
            [
                self.tr("Date et heure"),
                self.tr("Utilisateur"),
                self.tr("Action"),
                self.tr("Objet"),
                self.tr("N°"),
                self.tr("Avant"),
                self.tr("Après"),
            ],
            "auditTable",
        )
        # The filters wrap on a laptop screen; an input never narrower than its hint.
        filters = FlowLayout()
        for w in (
            self.since,
            self.until,
            self.user,
            self.action,
            self.file_number,
            self.filter_button,
            self.export_button,
        ):
            if isinstance(w, QLineEdit):
                w.setMinimumWidth(w.fontMetrics().horizontalAdvance(w.placeholderText()) + 24)
            filters.addWidget(w)
        chain = QHBoxLayout()
        add_all(chain, (self.chain_label, 1), self.verify_button)
        page_layout(
            self,
            self.tr("<h2>Journal d'audit</h2>"),
            chain,
            self.trail,
            filters,
            self.error,
            (self.table, 1),
            self.count_label,
        )
        self.filter_button.clicked.connect(self.reload)
        for edit in (self.since, self.until, self.user, self.file_number):
            edit.returnPressed.connect(self.reload)
        self.export_button.clicked.connect(self.ask_export)
        self.verify_button.clicked.connect(self.verify)
        self.trail.reviewed.connect(self.verify)
        self.trail.reviewed.connect(self.reload)  # the review's event in the journal
        self.reload()
        self.verify()

    def verify(self) -> None:
        """Check the hash chain off the GUI thread; the result replaces the label."""
        from desktop.ui.doc_worker import Task

        if self._verify_task is not None:
            return
        self.verify_button.setEnabled(False)
        self.trail.review_button.setEnabled(False)  # until the page shows what is there
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(self.tr("Vérification de la chaîne du journal…"))
        db, actor = self._db, self._actor
        task = Task(
            lambda _progress, _cancelled: (
                audit.verify_chain(db, actor),
                audit.trail_report(db, actor),
            ),
            self,
        )
        task.succeeded.connect(self._verified)
        task.failed.connect(self._verify_failed)
        task.finished.connect(self._verify_done)
        self._verify_task = task
        task.start()

    def _verified(self, reports) -> None:
        report, trail = reports
        self.chain_label.setText(translate_message(report.describe()))
        self.chain_label.setStyleSheet("" if report.ok else "color: #b00020; font-weight: bold;")
        self.trail.show_report(trail)

    def _verify_failed(self, exc) -> None:
        if isinstance(exc, UserError):
            self.chain_label.setText(translate_message(exc.message))
        else:
            self.chain_label.setText(self.tr("La vérification n'a pas pu aboutir."))

    def _verify_done(self) -> None:
        task, self._verify_task = self._verify_task, None
        if task is not None:
            task.wait(5000)
            task.deleteLater()
        self.verify_button.setEnabled(True)

    def query(self) -> audit.AuditQuery | None:
        """The filters as a query, or ``None`` after showing what is wrong."""
        self.error.clear()

        def date_of(edit: QLineEdit) -> dt.date | None:
            text = edit.text().strip()
            if not text:
                return None
            return parse_date_fr(text)

        try:
            since, until = date_of(self.since), date_of(self.until)
        except ValueError:
            self.error.setText(self.tr("Date invalide : attendu jj/mm/aaaa (ex. 23/11/2026)."))
            return None
        number = self.file_number.text().strip()
        if number and not (number.isdigit() and len(number) <= 12):
            self.error.setText(self.tr("N° de dossier invalide : attendu un nombre entier."))
            return None
        return audit.AuditQuery(
            since=since,
            until=until,
            actor=self.user.text(),
            action=self.action.currentData(),
            entity="dossier" if number else None,
            entity_id=int(number) if number else None,
        )

    def reload(self) -> None:
        query = self.query()
        if query is None:
            return
        # The snapshots' French words name every feature's codes (campaigns, phones...):
        # loaded when the journal is read, not with the start's preload.
        from desktop.services.person_audit import journal_text

        with _refusal_shown(self.error):
            rows = audit.search_events(self._db, self._actor, query, 0, self.PAGE)
            total = audit.count_events(self._db, self._actor, query)
            names = audit.names_of(self._db, self._actor, rows)

            lines = self._tooltip_lines()

            def snapshot(entity: str, value) -> QTableWidgetItem:
                # In French, the records its ids stand for named; the whole text, one
                # line a field, in the tooltip (the cell cuts a long one short).
                return cell(
                    journal_text(entity, value, names=names),
                    tooltip=_in_columns(journal_text(entity, value, "\n", names), lines),
                )

            set_rows(
                self.table,
                [
                    [
                        format_datetime_fr(r.at),
                        r.actor,
                        _tr_message(audit.ACTION_LABELS[r.action])
                        if r.action in audit.ACTION_LABELS
                        else r.action,
                        _tr_message(audit.ENTITY_LABELS[r.entity])
                        if r.entity in audit.ENTITY_LABELS
                        else r.entity,
                        # a long name cut short: whole in the tooltip
                        cell(shown := names.of_object(r.entity, r.entity_id), tooltip=shown),
                        snapshot(r.entity, r.before),
                        snapshot(r.entity, r.after),
                    ]
                    for r in rows
                ],
            )
            if total > len(rows):
                self.count_label.setText(
                    self.tr("{shown} événements affichés sur {total}").format(
                        shown=len(rows), total=total
                    )
                )
            else:
                self.count_label.setText(
                    translate_message(
                        counted(
                            total,
                            QT_TRANSLATE_NOOP("messages", "{n} événement"),
                            QT_TRANSLATE_NOOP("messages", "{n} événements"),
                            QT_TRANSLATE_NOOP("messages", "Aucun événement"),
                        )
                    )
                )

    def _tooltip_lines(self) -> int:
        """The lines a tooltip shows in a column on this screen, a margin kept."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        spacing = self.table.fontMetrics().lineSpacing()
        return max(10, screen.availableGeometry().height() // spacing - 4)

    def export_to(self, path: str) -> int | None:
        query = self.query()
        if query is None:
            return None
        with _refusal_shown(self.error):
            count = audit.export_events(self._db, self._actor, query, path)
            self.count_label.setText(
                self.tr("{count} dans « {name} ».").format(
                    count=translate_message(audit.exported_counted(count)), name=Path(path).name
                )
            )
            return count
        return None

    def ask_export(self) -> None:
        path = save_file_name(
            self,
            self.tr("Exporter le journal d'audit"),
            str(config.output_dir() / f"journal-audit-{clock_today():%Y%m%d}.xlsx"),
            self.tr("Classeur Excel (*.xlsx)"),
            ".xlsx",
        )
        if path:
            self.export_to(path)


# --------------------------------------------------------------------------- retention


def _wrapped(text: str, parent: QWidget) -> QLabel:
    """A form label that wraps rather than widening the page."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setMinimumWidth(220)
    # room for two lines: a form row is as tall as its field, which cuts a wrapped label
    label.setMinimumHeight(2 * label.fontMetrics().lineSpacing() + 4)
    return label


class RetentionPage(_AdminPage):
    """Retention periods and the other settings; the purge preview and the purge."""

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(db, actor, "retentionPage", parent)
        self.items: list[retention.PurgeItem] = []
        self.trail = 0  # lines of the server's trail of writes due
        self.spins: dict[str, QSpinBox] = {}
        values = settings.current(db)
        periods, form = form_group(self.tr("Durées de conservation (mois)"), self)
        for rule in RULES:
            spin = self._spin(rule.setting_key, values)
            # 0 months: purged on the starting point itself (an attributed candidature)
            spin.setSpecialValueText(self.tr("0 : dès le point de départ"))
            label = _tr_message(rule.label)
            if not rule.automatic_purge:
                label += self.tr(" (pas de purge automatique)")
            spin.setToolTip(
                self.tr("À compter de : {trigger}. {basis}").format(
                    trigger=_tr_message(rule.trigger), basis=_tr_message(rule.basis)
                )
            )
            form.addRow(_wrapped(label, periods), spin)
        other, other_form = form_group(self.tr("Sécurité et sauvegardes"), self)
        for key in (
            settings.LOCKOUT_THRESHOLD,
            settings.LOCKOUT_MINUTES,
            settings.IDLE_MINUTES,
            settings.BACKUP_KEEP_DAYS,
        ):
            other_form.addRow(
                _wrapped(_tr_message(settings.OPTIONS[key].label), other), self._spin(key, values)
            )
        self.save_button = push_button(self.tr("Enregistrer les réglages"), self, "saveSettings")
        self.preview_button = push_button(self.tr("Aperçu de la purge"), self, "purgePreview")
        self.purge_button = push_button(
            self.tr("Purger maintenant…"), self, "purgeNow", enabled=False
        )
        self.status = QLabel(self)
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        self.table = _table(
            self,
            [
                self.tr("Dossier"),
                self.tr("Nom"),
                self.tr("Règle"),
                self.tr("Point de départ"),
                self.tr("Échéance"),
                self.tr("Traitement"),
            ],
            "purgeTable",
        )
        self.empty = empty_text(
            self.table,
            self.tr(
                "« Aperçu de la purge » liste ici les dossiers arrivés au terme de leur "
                "durée de conservation."
            ),
        )
        top = split(self, periods, other)
        top.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        add_all(buttons, self.save_button, self.preview_button, self.purge_button, 1)
        page_layout(
            self,
            self.tr("<h2>Conservation des données (RGPD)</h2>"),
            top,
            buttons,
            self.error,
            self.status,
            (self.table, 1),
        )
        self.save_button.clicked.connect(self.save)
        self.preview_button.clicked.connect(self.preview)
        self.purge_button.clicked.connect(self.ask_purge)

    def _spin(self, key: str, values: dict) -> QSpinBox:
        option = settings.OPTIONS[key]
        spin = QSpinBox(self)
        spin.setObjectName(key)
        spin.setRange(option.minimum, option.maximum)
        spin.setValue(int(values[key]))
        self.spins[key] = spin
        return spin

    def save(self) -> bool:
        self.error.clear()
        with _refusal_shown(self.error):
            settings.update(
                self._db, self._actor, {key: spin.value() for key, spin in self.spins.items()}
            )
            self.status.setText(self.tr("Réglages enregistrés."))
            return True
        return False

    def preview(self, on: dt.date | None = None) -> None:
        self.error.clear()
        from desktop.services import retention

        with _refusal_shown(self.error):
            self.items = retention.preview(self._db, self._actor, on)
            # On a server: the old lines of its trail of writes (no row of their own).
            self.trail = retention.trail_due(self._db, self._actor, on)
            set_rows(
                self.table,
                [
                    [
                        str(i.household_id)
                        if i.candidate_id is None
                        else self.tr("Candidature {number}").format(number=i.reference),
                        i.label,
                        _tr_message(RULES_BY_KIND[i.kind].label),
                        format_date_fr(i.closed_on),
                        format_date_fr(i.due_on),
                        self._treatment(i),
                    ]
                    for i in self.items
                ],
            )
            self.status.setText(self._counts(self.items, self.trail))
            if not self.items and not self.trail:
                self.status.setText(self.tr("Aucune donnée à purger aujourd'hui."))
            self.empty.setText(self.tr("Aucune donnée à purger aujourd'hui."))
            self.purge_button.setEnabled(bool(self.items or self.trail))

    def _treatment(self, item) -> str:
        if item.candidate_id is not None and not item.documents:
            return self.tr("anonymisation de la candidature (procès-verbal conservé)")
        if item.candidate_id is not None:
            return (
                self.tr("anonymisation de la candidature, {n} fichier de courrier supprimé")
                if is_singular(len(item.documents))
                else self.tr("anonymisation de la candidature, {n} fichiers de courrier supprimés")
            ).format(n=len(item.documents))
        if not item.documents:
            return self.tr("anonymisation")
        return (
            self.tr("anonymisation, {n} fichier de courrier supprimé")
            if is_singular(len(item.documents))
            else self.tr("anonymisation, {n} fichiers de courrier supprimés")
        ).format(n=len(item.documents))

    @staticmethod
    def _counts(items, trail: int = 0) -> str:
        from desktop.services import retention

        files = sum(1 for i in items if i.candidate_id is None)
        texts = [translate_message(retention.to_anonymise_counted(files))] if files else []
        if len(items) > files:
            texts.append(
                translate_message(retention.applications_to_anonymise_counted(len(items) - files))
            )
        if trail:
            texts.append(translate_message(retention.trail_due_counted(trail)))
        return ", ".join(texts) + "." if texts else ""

    def purge(self, on: dt.date | None = None) -> int | None:
        self.error.clear()
        from desktop.services import retention

        with _refusal_shown(self.error):
            result = retention.purge(
                self._db,
                self._actor,
                on,
                only={i.household_id for i in self.items if i.household_id is not None},
                only_applications={i.candidate_id for i in self.items if i.candidate_id},
            )
            self.items, self.trail = [], 0
            set_rows(self.table, [])
            self.purge_button.setEnabled(False)
            done = retention.result_counted(result)
            self.status.setText(", ".join(translate_message(m) for m in done) + ".")
            return result.anonymised + result.applications
        return None

    def ask_purge(self) -> None:
        from desktop.services import retention

        question = (
            self.tr(
                "Anonymiser définitivement le dossier listé ? Cette opération est "
                "irréversible et sera enregistrée dans le journal d'audit."
            )
            if is_singular(len(self.items))
            else self.tr(
                "Anonymiser définitivement les {n} dossiers listés ? Cette opération "
                "est irréversible et sera enregistrée dans le journal d'audit."
            )
        ).format(n=len(self.items))
        trail = translate_message(retention.trail_due_counted(self.trail))
        if not self.items:  # the server's old trail lines alone
            question = self.tr(
                "{what} : celles des écritures enregistrées au journal d'audit, au-delà de "
                "leur durée de conservation. Les supprimer ? Cette opération est "
                "irréversible et sera enregistrée dans le journal d'audit."
            ).format(what=trail)
        elif self.trail:
            question += " " + self.tr("Également : {what}.").format(what=trail)
        if _confirm(
            self,
            self.tr("Purge des données"),
            question,
            self.tr("Anonymiser") if self.items else self.tr("Supprimer"),
        ):
            self.purge()
            _refresh_views(self)


# --------------------------------------------------------------------------- backups


class BackupPage(_AdminPage):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(db, actor, "backupPage", parent)
        self.backups: list[backup.BackupInfo] = []
        self.folder = label(self, name="backupFolder")
        self.table = _table(
            self,
            [self.tr("Date"), self.tr("Fichier"), self.tr("Taille"), self.tr("Type")],
            "backupTable",
        )
        empty_text(
            self.table,
            self.tr("Aucune sauvegarde dans ce dossier : « Sauvegarder maintenant » en fait une."),
        )
        self.backup_button = push_button(self.tr("Sauvegarder maintenant"), self, "backupNow")
        self.restore_button = push_button(
            self.tr("Restaurer la sauvegarde choisie…"), self, "restoreBackup"
        )
        self.restore_file_button = push_button(
            self.tr("Restaurer un autre fichier…"), self, "restoreFile"
        )
        self.status = label(self, name="backupStatus")
        buttons = QHBoxLayout()
        add_all(buttons, self.backup_button, self.restore_button, self.restore_file_button, 1)
        page_layout(
            self,
            self.tr("<h2>Sauvegardes</h2>"),
            self.folder,
            (self.table, 1),
            buttons,
            self.error,
            self.status,
        )
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.ask_restore_selected)
        self.restore_file_button.clicked.connect(self.ask_restore_file)
        self.reload()

    def reload(self) -> None:
        with _refusal_shown(self.error):
            self.folder.setText(
                self.tr(
                    "Une sauvegarde automatique est faite chaque jour au démarrage, dans "
                    "« {folder} »."
                ).format(folder=backup.backup_dir(self._db))
            )
            self.backups = backup.list_backups(self._db, self._actor)
            kinds = {"": self.tr("sauvegarde"), "avantrestauration": self.tr("avant restauration")}
            set_rows(
                self.table,
                [
                    [
                        b.created_at.strftime("%d/%m/%Y %H:%M:%S"),
                        b.path.name,
                        self.tr("{n} Mo").format(n=f"{b.size / 1_048_576:.1f}".replace(".", ",")),
                        kinds.get(b.kind, b.kind),
                    ]
                    for b in self.backups
                ],
            )

    def backup_now(self) -> None:
        self.error.clear()
        with _refusal_shown(self.error):
            info = backup.backup_now(self._db, self._actor)
            self.status.setText(
                self.tr("Sauvegarde enregistrée : « {name} ».").format(name=info.path.name)
            )
            self.reload()

    def restore(self, path: str | Path) -> bool:
        self.error.clear()
        with _refusal_shown(self.error):
            safety = backup.restore(self._db, self._actor, path)
            self.status.setText(
                self.tr(
                    "Base restaurée depuis « {name} ». La base d'avant la restauration est "
                    "conservée dans « {safety} »."
                ).format(name=Path(path).name, safety=safety.name)
            )
            self.reload()
            _refresh_views(self)
            return True
        return False

    def _ask(self, path: str | Path) -> None:
        if _confirm(
            self,
            self.tr("Restauration"),
            self.tr(
                "Remplacer toute la base par la sauvegarde « {name} » ? Les modifications "
                "faites depuis seront perdues (la base actuelle est d'abord sauvegardée)."
            ).format(name=Path(path).name),
            self.tr("Restaurer"),
        ):
            self.restore(path)

    def ask_restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.backups):
            self._ask(self.backups[row].path)

    def ask_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restaurer une sauvegarde"),
            str(backup.backup_dir(self._db)),
            self.tr("Sauvegarde Parcours (*.sqlite)"),
        )
        if path:
            self._ask(path)


# --------------------------------------------------------------------------- installation


def _show(window, page: QWidget) -> None:
    window.nav.setCurrentRow(window.pages.indexOf(page))


def _settings_page(db, actor, window) -> QWidget:
    from desktop.ui.settings_page import OrganisationSettingsPage

    return OrganisationSettingsPage(db, actor, window)


class _AdminPages(Mapping):
    """The administration pages the role allows, by key; each is built on first use."""

    def __init__(self, window):
        self._window = window
        self.keys_: list[str] = []

    def __getitem__(self, key: str) -> QWidget:
        if key not in self.keys_:
            raise KeyError(key)
        return self._window._page(f"admin_{key}")

    def __iter__(self):
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)


def install_admin(window) -> None:
    """Add to ``window`` the pages and menus the signed-in user's role allows."""
    actor: Actor = window.actor
    db: Database = window.db
    for name, permission in (
        ("newFile", Permission.TENANT_WRITE),
        ("importTenants", Permission.TENANT_IMPORT),
        ("newAgency", Permission.AGENCY_MANAGE),
    ):
        action = window.findChild(QAction, name)
        if action is not None:
            action.setEnabled(actor.can(permission))
    window.user_status.setText(
        window.tr("Utilisateur : {user} ({role})").format(
            user=actor.label, role=_tr_message(ROLE_LABELS[Role(actor.role)])
        )
    )

    # Built on their first visit (or first use through ``window.admin_pages``): the
    # window paints without querying for them.
    pages = _AdminPages(window)
    for key, title, page_class, allowed in (
        ("users", window.tr("Comptes"), UsersPage, actor.can(Permission.USER_MANAGE)),
        ("audit", window.tr("Journal d'audit"), AuditPage, actor.can(Permission.AUDIT_READ)),
        (
            "retention",
            window.tr("Conservation des données"),
            RetentionPage,
            actor.can(Permission.RETENTION_MANAGE),
        ),
        (
            "backup",
            window.tr("Sauvegardes"),
            BackupPage,
            actor.can(Permission.BACKUP_MANAGE) and db.dialect == "sqlite",
        ),
        (
            "settings",
            window.tr("Paramètres"),
            _settings_page,
            actor.can(Permission.SETTINGS_MANAGE),
        ),
    ):
        if allowed:
            window._lazy_page(f"admin_{key}", title, lambda c=page_class: c(db, actor, window))
            pages.keys_.append(key)
    window.admin_pages = pages

    bar = window.menuBar()
    help_action = next(
        (
            a
            for a in bar.actions()
            if a.menu() is not None
            and any(sub.objectName() == "about" for sub in a.menu().actions())
        ),
        None,
    )

    def add_menu(title: str):
        from PySide6.QtWidgets import QMenu

        menu = QMenu(title, window)
        if help_action is not None:
            bar.insertMenu(help_action, menu)
        else:
            bar.addMenu(menu)
        return menu

    account_menu = add_menu(window.tr("&Compte"))
    window._action(
        account_menu,
        window.tr("Changer mon &mot de passe…"),
        None,
        lambda: _change_password(window),
        "changePassword",
    )
    window._action(  # leaving the desk: nobody reads the open files meanwhile
        account_menu, window.tr("&Verrouiller maintenant"), "Ctrl+L", window.lock_now, "lockNow"
    )
    file_menu = next(
        (
            a.menu()
            for a in bar.actions()
            if a.menu() is not None
            and any(sub.objectName() == "newFile" for sub in a.menu().actions())
        ),
        None,
    )
    if file_menu is not None and actor.can(Permission.PERSON_EXPORT):
        window._action(
            file_menu,
            window.tr("Droit d'a&ccès (RGPD)…"),
            None,
            lambda: _access_request(window),
            "accessRequest",
        )
    if window.admin_pages:
        admin_menu = add_menu(window.tr("Ad&ministration"))
        titles = {
            "users": window.tr("&Comptes utilisateurs"),
            "audit": window.tr("&Journal d'audit"),
            "retention": window.tr("Conservation des &données"),
            "backup": window.tr("&Sauvegardes"),
            "settings": window.tr("&Paramètres"),
        }
        for key in window.admin_pages:
            window._action(
                admin_menu,
                titles[key],
                None,
                lambda checked=False, k=key: _show(window, window.admin_pages[k]),
                f"show_{key}",
            )


def _access_request(window) -> None:
    from desktop.ui.access_request_dialog import AccessRequestDialog

    AccessRequestDialog(window.db, window.actor, parent=window).exec()


def _change_password(window) -> None:
    from desktop.ui.login_dialog import ChangePasswordDialog

    if ChangePasswordDialog(window.db, window.actor, parent=window).exec():
        window.statusBar().showMessage(window.tr("Mot de passe changé."), 4000)
