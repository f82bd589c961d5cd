"""The sending of a member's message (a convocation, minutes to review): its statuses
and their French labels, shared by the sending service and the audit journal."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

SENT, FAILED, NO_EMAIL = "SENT", "FAILED", "NO_EMAIL"
#: the sending was cancelled before this member's turn (recorded and audited too)
CANCELLED = "CANCELLED"

STATUS_LABELS = {
    SENT: QT_TRANSLATE_NOOP("messages", "Envoyé"),
    FAILED: QT_TRANSLATE_NOOP("messages", "Échec de l'envoi"),
    NO_EMAIL: QT_TRANSLATE_NOOP("messages", "Sans adresse : à remettre"),
    CANCELLED: QT_TRANSLATE_NOOP("messages", "Non envoyé (envoi annulé)"),
}
