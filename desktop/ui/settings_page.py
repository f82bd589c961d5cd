"""*Administration > Paramètres*: the organisation profile shared by every workstation
(``services/organisation.py``): identity and letterhead, legal mentions and the
personal-data notice (DPO), each agency's letterhead (its town in « Fait à »), the
e-mail relay, the signing certificate, the data folders and the retention of backups.

One form in tabs; the service's errors land under their field (an agency's in its
letterhead, the agency selected), the first tab in error is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.profile import OrganisationProfile, Privacy
from desktop.domain import organisation as rules
from desktop.domain.errors import ConflictError, UserError, ValidationError
from desktop.domain.formatting import format_datetime_fr
from desktop.domain.roles import Permission
from desktop.services import backup, documents, organisation, settings
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.ui.i18n import translate_message
from desktop.ui.widgets import (
    add_all,
    hbox,
    line_edit,
    message_label,
    page_layout,
    push_button,
)
from desktop.ui.widgets.form import FieldRow, clear_rows, form_group, label
from desktop.ui.widgets.messages import offer_reload_on_conflict

AGENCY_FIELDS = ("address", "place", "phone", "email", "hours")
SECURITY_LABELS = (
    ("starttls", "STARTTLS (port 587)"),
    ("ssl", "SSL/TLS (port 465)"),
    ("aucune", "Aucune (serveur local uniquement)"),
)


def _text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    # its row keeps its height: a form stretched to the page must not inflate it
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setFixedHeight(lines * box.fontMetrics().lineSpacing() + 14)
    return box


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def _value(editor: QWidget) -> str:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    if isinstance(editor, QComboBox):
        return str(editor.currentData())
    return editor.text()


def _set(editor: QWidget, value: str) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(value)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(value)))
    else:
        editor.setText(value)


class OrganisationSettingsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self._db, self._actor = db, actor
        self.setObjectName("organisationSettingsPage")
        self.view: organisation.ProfileView | None = None
        self.rows: dict[str, FieldRow] = {}
        self.tab_of: dict[str, int] = {}
        self.agencies: list[rules.AgencyLetterhead] = []
        self.agency_errors: dict[str, dict[str, str]] = {}
        self._agency_index = -1

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self._identity_tab()
        self._mentions_tab()
        self._agencies_tab()
        self._mail_tab()
        self._files_tab()
        self.tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]

        self.save_button = push_button(
            self.tr("Enregistrer les paramètres"), self, "saveOrganisation"
        )
        self.revert_button = push_button(
            self.tr("Annuler les modifications"), self, "revertOrganisation"
        )
        self.source = label(self, name="settingsSource")
        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.error = message_label(self, "pageError", hidden=False)
        buttons = QHBoxLayout()
        add_all(buttons, self.save_button, self.revert_button, (self.status, 1))
        page_layout(
            self,
            self.tr("<h2>Paramètres de l'organisme</h2>"),
            self.source,
            (self.tabs, 1),
            self.error,
            buttons,
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        self.reload()

    # ------------------------------------------------------------------ building
    def _field(self, path: str, editor: QWidget, tab: int) -> FieldRow:
        editor.setObjectName(path)
        row = FieldRow(editor)
        self.rows[path] = row
        self.tab_of[path] = tab
        return row

    def _line(self, path: str, tab: int, placeholder: str = "") -> FieldRow:
        return self._field(path, line_edit(self, path, placeholder), tab)

    def _identity_tab(self) -> None:
        tab = self.tabs.count()
        page = QWidget()
        kind = QComboBox()
        kind.addItem(self.tr("ESH (SA d'HLM, coopérative)"), "ESH")
        kind.addItem(self.tr("OPH (office public de l'habitat)"), "OPH")
        identity, form = form_group(self.tr("Identité"), page)
        form.addRow(self.tr("Nom de l'organisme"), self._line("name", tab))
        form.addRow(self.tr("Type"), self._field("kind", kind, tab))
        form.addRow(
            self.tr("Forme juridique"),
            self._line("legal_form", tab, self.tr("ex. : société anonyme d'HLM")),
        )
        form.addRow(self.tr("Capital"), self._line("share_capital", tab, "4 500 000 €"))
        form.addRow(self.tr("SIREN"), self._line("siren", tab, "512 345 678"))
        form.addRow(self.tr("SIRET"), self._line("siret", tab))
        form.addRow(self.tr("Ville du RCS"), self._line("rcs_city", tab))
        form.addRow(self.tr("Siège social"), self._line("head_office", tab))
        head, form = form_group(self.tr("En-tête des courriers (siège)"), page)
        form.addRow(
            self.tr("Adresse (une ligne par ligne)"), self._field("address", _text_box(head), tab)
        )
        form.addRow(self.tr("Téléphone"), self._line("phone", tab, "05 56 00 12 34"))
        form.addRow(self.tr("Courriel"), self._line("email", tab))
        form.addRow(self.tr("Site"), self._line("website", tab))
        form.addRow(
            self.tr("Ville de « Fait à » par défaut"),
            self._line("place", tab, self.tr("si l'agence n'en a pas")),
        )
        grid = QGridLayout(page)
        grid.addWidget(identity, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(head, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(1, 1)
        self.tabs.addTab(_scrolled(page), self.tr("Organisme"))

    def _mentions_tab(self) -> None:
        tab = self.tabs.count()
        page = QWidget()
        legal, form = form_group(self.tr("Mentions légales (pied des courriers)"), page)
        form.addRow(
            self.tr("Texte imposé"),
            self._field("legal_mentions", _text_box(legal, 2), tab),
        )
        self.legal_preview = label(legal, name="legalPreview")
        form.addRow(self.tr("Imprimé"), self.legal_preview)
        privacy, form = form_group(self.tr("Données personnelles (RGPD, art. 13)"), page)
        form.addRow(
            self.tr("Responsable du traitement"),
            self._line("controller", tab, self.tr("le nom de l'organisme si vide")),
        )
        form.addRow(
            self.tr("Contact du DPO"),
            self._line("dpo", tab, self.tr("ex. : dpo@bailleur.fr, adresse postale")),
        )
        form.addRow(self.tr("Finalités"), self._line("purpose", tab))
        form.addRow(self.tr("Durée de conservation"), self._line("retention", tab))
        self.privacy_preview = label(privacy, name="privacyPreview")
        form.addRow(self.tr("Imprimé"), self.privacy_preview)
        layout = QVBoxLayout(page)
        add_all(layout, legal, privacy, 1)
        for path in ("legal_mentions",):
            self.rows[path].editor.textChanged.connect(self._previews)
        for path in ("name", "kind", "legal_form", "share_capital", "siren", "siret"):
            editor = self.rows[path].editor
            signal = (
                editor.currentIndexChanged
                if isinstance(editor, QComboBox)
                else (editor.textChanged)
            )
            signal.connect(self._previews)
        for path in ("rcs_city", "head_office", "controller", "dpo", "purpose", "retention"):
            self.rows[path].editor.textChanged.connect(self._previews)
        self.tabs.addTab(_scrolled(page), self.tr("Mentions et données personnelles"))

    def _agencies_tab(self) -> None:
        tab = self.tabs.count()
        page = QWidget()
        self.agency_list = QListWidget(page)
        self.agency_list.setObjectName("agencyList")
        self.agency_list.setMaximumWidth(300)
        box, form = form_group(self.tr("En-tête de l'agence"), page)
        form.addRow(
            self.tr("Adresse (une ligne par ligne)"),
            self._field("agency.address", _text_box(box), tab),
        )
        form.addRow(
            self.tr("Ville de « Fait à »"),
            self._line("agency.place", tab, self.tr("la ville de l'adresse si vide")),
        )
        form.addRow(self.tr("Téléphone"), self._line("agency.phone", tab))
        form.addRow(self.tr("Courriel"), self._line("agency.email", tab))
        form.addRow(self.tr("Horaires d'accueil"), self._line("agency.hours", tab))
        self.agency_hint = label(box, name="agencyHint")
        form.addRow(self.agency_hint)
        layout = QHBoxLayout(page)
        layout.addWidget(self.agency_list)
        layout.addWidget(box, 1)
        self.agency_list.currentRowChanged.connect(self._show_agency)
        self.tabs.addTab(page, self.tr("Agences"))

    def _mail_tab(self) -> None:
        tab = self.tabs.count()
        page = QWidget()
        security = QComboBox()
        for value, text in SECURITY_LABELS:
            security.addItem(self.tr(text), value)
        box, form = form_group(self.tr("Serveur d'envoi (SMTP) des convocations CALEOL"), page)
        form.addRow(self.tr("Serveur"), self._line("mail.host", tab, "smtp.bailleur.fr"))
        form.addRow(self.tr("Port"), self._line("mail.port", tab, "587"))
        form.addRow(self.tr("Sécurité"), self._field("mail.security", security, tab))
        form.addRow(self.tr("Identifiant"), self._line("mail.username", tab))
        form.addRow(
            self.tr("Variable du mot de passe"),
            self._line("mail.password_variable", tab, "PARCOURS_SMTP"),
        )
        form.addRow(
            self.tr("Adresse d'expédition"),
            self._line("mail.sender", tab, "caleol@bailleur.fr"),
        )
        form.addRow(self.tr("Nom de l'expéditeur"), self._line("mail.sender_name", tab))
        note = QLabel(
            self.tr(
                "Le mot de passe n'est jamais enregistré : indiquez le nom de la variable "
                "d'environnement qui le contient sur les postes qui envoient."
            ),
            box,
        )
        note.setWordWrap(True)
        form.addRow(note)
        layout = QVBoxLayout(page)
        layout.addWidget(box)
        layout.addStretch(1)
        self.tabs.addTab(_scrolled(page), self.tr("Messagerie"))

    def _files_tab(self) -> None:
        tab = self.tabs.count()
        page = QWidget()
        signing, form = form_group(self.tr("Signature électronique"), page)
        certificate = line_edit(
            signing, "signing_certificate", self.tr("fichier .p12 ou .pfx (facultatif)")
        )
        browse = push_button(self.tr("Parcourir…"), signing, "browseCertificate")
        browse.clicked.connect(self._browse_certificate)
        holder = hbox(
            QWidget(signing),
            (self._field("signing_certificate", certificate, tab), 1),
            (browse, 0, Qt.AlignmentFlag.AlignTop),
        )
        form.addRow(self.tr("Certificat de l'organisme"), holder)
        note = QLabel(
            self.tr(
                "Proposé par défaut à la signature, sur tous les postes (un poste peut "
                "retenir son propre certificat). Le mot de passe est demandé à chaque session."
            ),
            signing,
        )
        note.setWordWrap(True)
        form.addRow(note)
        data, form = form_group(self.tr("Données et sauvegardes"), page)
        self.base_folder = QLabel(data)
        self.base_folder.setObjectName("baseLocation")
        self.documents_folder = QLabel(data)
        self.documents_folder.setObjectName("documentsFolder")
        for folder in (self.base_folder, self.documents_folder):
            folder.setWordWrap(True)
            folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Base de données"), self.base_folder)
        form.addRow(self.tr("Courriers archivés"), self.documents_folder)
        option = settings.OPTIONS[settings.BACKUP_KEEP_DAYS]
        self.keep_days = QSpinBox()
        self.keep_days.setRange(option.minimum, option.maximum)
        self.keep_days.setSuffix(self.tr(" jours"))
        self.keep_days.setEnabled(self._actor.can(Permission.BACKUP_MANAGE))
        form.addRow(
            self.tr("Conservation des sauvegardes"),
            self._field(settings.BACKUP_KEEP_DAYS, self.keep_days, tab),
        )
        layout = QVBoxLayout(page)
        add_all(layout, signing, data, 1)
        self.tabs.addTab(_scrolled(page), self.tr("Fichiers et sauvegardes"))

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        self.error.clear()
        self.status.clear()
        try:
            self.view = organisation.get_profile(self._db, self._actor)
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            return
        self._clear_errors()
        data = self.view.data
        for path, row in self.rows.items():
            if path.startswith("agency.") or path == settings.BACKUP_KEEP_DAYS:
                continue
            if path.startswith("mail."):
                _set(row.editor, getattr(data.mail, path[5:]))
            else:
                _set(row.editor, getattr(data, path))
        self.keep_days.setValue(self.view.backup_keep_days)
        self.agencies = [rules.AgencyLetterhead(**vars(a)) for a in data.agencies]
        self._agency_index = -1
        self.agency_list.blockSignals(True)
        self.agency_list.clear()
        for a in self.agencies:
            self.agency_list.addItem(f"{a.code} — {a.name}")
        self.agency_list.blockSignals(False)
        if self.agencies:
            self.agency_list.setCurrentRow(0)
        else:
            self._show_agency(-1)
        if self.view.version is None:
            self.source.setText(
                self.tr(
                    "Valeurs lues dans le fichier « {path} ». Enregistrez-les pour qu'elles "
                    "soient partagées par tous les postes de cette base."
                ).format(path=self.view.source)
            )
        else:
            self.source.setText(
                self.tr("Enregistrés dans la base, modifiés le {at} par {user}.").format(
                    at=format_datetime_fr(self.view.updated_at), user=self.view.updated_by
                )
            )
        self._folders()
        self._previews()

    def _folders(self) -> None:
        try:
            base = str(backup._sqlite_path(self._db))
            backups = str(backup.backup_dir(self._db))
        except UserError:
            base = self.tr("PostgreSQL (serveur)")
            backups = ""
        self.base_folder.setText(
            base
            + (
                self.tr("\nSauvegardes automatiques : {folder}").format(folder=backups)
                if backups
                else ""
            )
        )
        self.documents_folder.setText(
            self.tr("{folder}\n(dossier de ce poste : voir Fichier > Mes préférences)").format(
                folder=documents.documents_dir()
            )
        )

    def _store_agency(self) -> None:
        if 0 <= self._agency_index < len(self.agencies):
            a = self.agencies[self._agency_index]
            for name in AGENCY_FIELDS:
                setattr(a, name, _value(self.rows[f"agency.{name}"].editor))

    def _show_agency(self, index: int) -> None:
        self._store_agency()
        self._agency_index = index
        agency = self.agencies[index] if 0 <= index < len(self.agencies) else None
        errors = self.agency_errors.get(agency.code, {}) if agency else {}
        for name in AGENCY_FIELDS:
            row = self.rows[f"agency.{name}"]
            row.editor.setEnabled(agency is not None)
            _set(row.editor, getattr(agency, name) if agency else "")
            row.set_error(errors.get(name))
        if agency is None:
            self.agency_hint.setText(
                self.tr("Aucune agence : créez-en une (Fichier > Nouvelle agence).")
            )
        else:
            self.agency_hint.setText(
                self.tr(
                    "Ces coordonnées figurent sur les courriers des dossiers de l'agence "
                    "{code} ; sa ville est celle de « Fait à » et de la ligne de date."
                ).format(code=agency.code)
            )

    def collect(self) -> rules.OrganisationData:
        self._store_agency()
        values = {
            path: _value(row.editor)
            for path, row in self.rows.items()
            if not path.startswith(("agency.", "mail.")) and path != settings.BACKUP_KEEP_DAYS
        }
        mail = rules.MailRelay(
            **{
                path[5:]: _value(row.editor)
                for path, row in self.rows.items()
                if path.startswith("mail.")
            }
        )
        return rules.OrganisationData(
            **values,
            agencies=[rules.AgencyLetterhead(**vars(a)) for a in self.agencies],
            mail=mail,
        )

    def _previews(self) -> None:
        data = self.collect() if self.view is not None else rules.OrganisationData()
        profile = OrganisationProfile(
            name=" ".join(data.name.split()),
            kind=data.kind,
            legal_form=data.legal_form.strip(),
            share_capital=data.share_capital.strip(),
            siren=data.siren.strip(),
            siret=data.siret.strip(),
            rcs_city=data.rcs_city.strip(),
            head_office=data.head_office.strip(),
            legal_mentions_override=data.legal_mentions.strip(),
            privacy=Privacy(
                controller=data.controller.strip(),
                dpo=data.dpo.strip(),
                purpose=data.purpose.strip() or Privacy.purpose,
                retention=data.retention.strip(),
            ),
        )
        self.legal_preview.setText(profile.legal_mentions)
        self.privacy_preview.setText(profile.privacy.text(profile.name))

    def _browse_certificate(self) -> None:
        editor = self.rows["signing_certificate"].editor
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificat de l'organisme"),
            editor.text() or str(Path.home()),
            self.tr("Certificats (*.p12 *.pfx)"),
        )
        if path:
            editor.setText(path)

    # ------------------------------------------------------------------ saving
    def _clear_errors(self) -> None:
        clear_rows(self.rows)
        self.agency_errors = {}
        for i, title in enumerate(self.tab_titles):
            self.tabs.setTabText(i, title)
        for i in range(self.agency_list.count()):
            self.agency_list.item(i).setText(f"{self.agencies[i].code} — {self.agencies[i].name}")
        self.error.clear()

    def save(self) -> bool:
        if self.view is None:
            return False
        data = self.collect()
        self._clear_errors()
        self.status.clear()
        try:
            self.view = organisation.update_profile(
                self._db,
                self._actor,
                data,
                self.view.version,
                backup_keep_days=self.keep_days.value() if self.keep_days.isEnabled() else None,
            )
        except ValidationError as exc:
            self._show_errors(exc)
            return False
        except ConflictError as exc:
            offer_reload_on_conflict(
                self, exc.message, self.tr("Recharger les paramètres"), self.reload
            )
            return False
        except UserError as exc:
            self.error.setText(translate_message(exc.message))
            return False
        self.reload()
        self.status.setText(self.tr("Paramètres enregistrés."))
        return True

    def _show_errors(self, exc: ValidationError) -> None:
        tabs: list[int] = []
        first_agency = None
        for key, message in exc.fields.items():
            text = translate_message(message)
            if key.startswith("agencies."):
                _, code, *rest = key.split(".")
                self.agency_errors.setdefault(code, {})[rest[0] if rest else "place"] = text
                first_agency = first_agency or code
                tabs.append(self.tab_of["agency.place"])
            elif key in self.rows:
                self.rows[key].set_error(text)
                tabs.append(self.tab_of[key])
        codes = [a.code for a in self.agencies]
        for code in self.agency_errors:
            if code in codes:
                item = self.agency_list.item(codes.index(code))
                item.setText(item.text() + " ⚠")
        current = self.agencies[self._agency_index].code if self._agency_index >= 0 else None
        if first_agency in codes and current not in self.agency_errors:
            self.agency_list.setCurrentRow(codes.index(first_agency))
        else:
            self._show_agency(self._agency_index)
        self.error.setText(translate_message(exc.message))
        for i in set(tabs):  # every tab holding an error says so
            self.tabs.setTabText(i, self.tab_titles[i] + " ⚠")
        if tabs and self.tabs.currentIndex() not in tabs:
            self.tabs.setCurrentIndex(min(tabs))
