"""Roles and what each may do (pure data, checked by the services).

One role per account. A role grants permissions; agency managers and agents hold
theirs for the files of their own agency only (``AGENCY_SCOPED``), the other roles
for every agency.
"""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Role(str, enum.Enum):
    ADMIN = "ADMINISTRATEUR"
    MANAGER = "RESPONSABLE_AGENCE"
    AGENT = "AGENT"
    CALEOL_SECRETARY = "SECRETAIRE_CALEOL"
    CALEOL_MEMBER = "MEMBRE_CALEOL"
    AUDITOR = "AUDITEUR"


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("messages", "Administrateur"),
    Role.MANAGER: QT_TRANSLATE_NOOP("messages", "Responsable d'agence"),
    Role.AGENT: QT_TRANSLATE_NOOP("messages", "Agent"),
    Role.CALEOL_SECRETARY: QT_TRANSLATE_NOOP("messages", "Secrétaire CALEOL"),
    Role.CALEOL_MEMBER: QT_TRANSLATE_NOOP("messages", "Membre CALEOL"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("messages", "Auditeur"),
}


class Permission(str, enum.Enum):
    TENANT_READ = "dossier.lire"
    # Health, vulnerability flags and notes; every read is recorded in the audit trail.
    TENANT_SENSITIVE_READ = "dossier.lire_sensible"
    TENANT_WRITE = "dossier.modifier"
    TENANT_CLOSE = "dossier.clore"
    TENANT_IMPORT = "dossier.importer"
    PERSON_EXPORT = "dossier.exporter_personne"
    AGENCY_MANAGE = "agence.gerer"
    USER_MANAGE = "compte.gerer"
    AUDIT_READ = "journal.lire"
    # « Marquer comme examinées » the writes made outside the application (administrators).
    AUDIT_REVIEW = "journal.examiner"
    RETENTION_MANAGE = "conservation.gerer"
    BACKUP_MANAGE = "sauvegarde.gerer"
    SETTINGS_MANAGE = "reglages.gerer"
    DEMO_GENERATE = "demo.generer"
    CALEOL_MINUTES_READ = "caleol.lire_pv"
    CALEOL_MINUTES_WRITE = "caleol.rediger_pv"
    CALEOL_MINUTES_APPROVE = "caleol.approuver_pv"
    # Commission, members, sessions, agenda, candidates, attendance, votes, decisions.
    CALEOL_MANAGE = "caleol.gerer"
    # The president's signature that locks the minutes.
    CALEOL_MINUTES_SIGN = "caleol.signer_pv"
    CAMPAIGN_MANAGE = "campagne.gerer"
    # Calls of the lists given to the caller; call notes are sensitive.
    CAMPAIGN_CALL = "campagne.appeler"
    REPORT_READ = "rapport.lire"


P = Permission

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.MANAGER: frozenset(
        {
            P.TENANT_READ,
            P.TENANT_SENSITIVE_READ,
            P.TENANT_WRITE,
            P.TENANT_CLOSE,
            P.TENANT_IMPORT,
            P.PERSON_EXPORT,
            P.CALEOL_MINUTES_READ,
            P.CAMPAIGN_MANAGE,
            P.CAMPAIGN_CALL,
            P.REPORT_READ,
        }
    ),
    Role.AGENT: frozenset(
        {
            P.TENANT_READ,
            P.TENANT_SENSITIVE_READ,
            P.TENANT_WRITE,
            P.TENANT_CLOSE,
            P.CAMPAIGN_CALL,
        }
    ),
    # Prepares the commission: reads the files (without health, vulnerability and
    # notes), writes the minutes.
    Role.CALEOL_SECRETARY: frozenset(
        {
            P.TENANT_READ,
            P.CALEOL_MINUTES_READ,
            P.CALEOL_MINUTES_WRITE,
            P.CALEOL_MANAGE,
            P.REPORT_READ,
        }
    ),
    # Reads and approves minutes only: no access to tenant files.
    # The president (a member too) signs them.
    Role.CALEOL_MEMBER: frozenset(
        {
            P.CALEOL_MINUTES_READ,
            P.CALEOL_MINUTES_APPROVE,
            P.CALEOL_MINUTES_SIGN,
        }
    ),
    # Reads everything, changes nothing.
    Role.AUDITOR: frozenset(
        {
            P.TENANT_READ,
            P.TENANT_SENSITIVE_READ,
            P.AUDIT_READ,
            P.CALEOL_MINUTES_READ,
            P.REPORT_READ,
        }
    ),
}

# Roles whose tenant-file permissions cover their own agency only.
AGENCY_SCOPED: frozenset[Role] = frozenset({Role.MANAGER, Role.AGENT})

PERMISSION_LABELS: dict[Permission, str] = {
    P.TENANT_READ: QT_TRANSLATE_NOOP("messages", "consulter les dossiers locataires"),
    P.TENANT_SENSITIVE_READ: QT_TRANSLATE_NOOP(
        "messages", "consulter les données sensibles des dossiers"
    ),
    P.TENANT_WRITE: QT_TRANSLATE_NOOP("messages", "créer ou modifier un dossier locataire"),
    P.TENANT_CLOSE: QT_TRANSLATE_NOOP("messages", "clore un dossier locataire"),
    P.TENANT_IMPORT: QT_TRANSLATE_NOOP("messages", "importer des locataires"),
    P.PERSON_EXPORT: QT_TRANSLATE_NOOP(
        "messages", "exporter les données d'une personne (droit d'accès)"
    ),
    P.AGENCY_MANAGE: QT_TRANSLATE_NOOP("messages", "gérer les agences"),
    P.USER_MANAGE: QT_TRANSLATE_NOOP("messages", "gérer les comptes"),
    P.AUDIT_READ: QT_TRANSLATE_NOOP("messages", "consulter le journal d'audit"),
    P.AUDIT_REVIEW: QT_TRANSLATE_NOOP(
        "messages", "marquer comme examinées les écritures faites hors de l'application"
    ),
    P.RETENTION_MANAGE: QT_TRANSLATE_NOOP("messages", "gérer la conservation des données"),
    P.BACKUP_MANAGE: QT_TRANSLATE_NOOP("messages", "gérer les sauvegardes"),
    P.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("messages", "modifier les réglages"),
    P.DEMO_GENERATE: QT_TRANSLATE_NOOP("messages", "générer une base de démonstration"),
    P.CALEOL_MINUTES_READ: QT_TRANSLATE_NOOP("messages", "consulter les procès-verbaux CALEOL"),
    P.CALEOL_MINUTES_WRITE: QT_TRANSLATE_NOOP("messages", "rédiger les procès-verbaux CALEOL"),
    P.CALEOL_MINUTES_APPROVE: QT_TRANSLATE_NOOP("messages", "approuver les procès-verbaux CALEOL"),
    P.CALEOL_MANAGE: QT_TRANSLATE_NOOP("messages", "préparer et tenir les séances de la CALEOL"),
    P.CALEOL_MINUTES_SIGN: QT_TRANSLATE_NOOP("messages", "signer les procès-verbaux CALEOL"),
    P.CAMPAIGN_MANAGE: QT_TRANSLATE_NOOP("messages", "gérer les campagnes d'appels"),
    P.CAMPAIGN_CALL: QT_TRANSLATE_NOOP("messages", "passer les appels d'une campagne"),
    P.REPORT_READ: QT_TRANSLATE_NOOP("messages", "consulter les rapports et tableaux de bord"),
}


def parse_role(value: str | Role) -> Role:
    """A role from its code (``AGENT``) or French label (``agent``), else ``ValueError``."""
    if isinstance(value, Role):
        return value
    text = str(value).strip()
    for role in Role:
        if text.upper().replace(" ", "_").replace("-", "_") == role.value:
            return role
        if text.casefold() == ROLE_LABELS[role].casefold():
            return role
    aliases = {
        "ADMIN": Role.ADMIN,
        "RESPONSABLE": Role.MANAGER,
        "SECRETAIRE": Role.CALEOL_SECRETARY,
        "MEMBRE": Role.CALEOL_MEMBER,
    }
    if text.upper() in aliases:
        return aliases[text.upper()]
    raise ValueError(text)


def has_permission(role: Role | str, permission: Permission) -> bool:
    try:
        role = Role(role)
    except ValueError:
        return False
    return permission in ROLE_PERMISSIONS[role]


def agency_scoped(role: Role | str) -> bool:
    try:
        return Role(role) in AGENCY_SCOPED
    except ValueError:
        return True  # unknown role: the narrowest scope
