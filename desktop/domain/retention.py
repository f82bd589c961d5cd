"""Retention periods (RGPD): what is kept, how long after which event (pure data).

The defaults are explained in docs/domain.md#retention. Several are UNCONFIRMED: they
are editable by the administrator and must be validated by the DPO.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class RetentionKind(str, enum.Enum):
    TENANT_FILE = "DOSSIER_LOCATAIRE"
    ARREARS_FILE = "DOSSIER_IMPAYE"
    APPLICATION = "DEMANDE"
    APPLICATION_NOT_RETAINED = "DEMANDE_SANS_SUITE"
    CALEOL_MINUTES = "PV_CALEOL"
    CAMPAIGN_NOTES = "CAMPAGNE"
    SERVER_TRAIL = "TRACE_SERVEUR"


@dataclass(frozen=True)
class RetentionRule:
    kind: RetentionKind
    label: str
    trigger: str  # the event the period runs from
    default_months: int
    basis: str  # legal basis (docs/domain.md#retention)
    # False when the retention purge does not handle this kind: CALEOL minutes (kept,
    # archives); campaign notes are purged campaign by campaign from the campaigns page.
    automatic_purge: bool = True

    @property
    def setting_key(self) -> str:
        return f"retention.{self.kind.value}"


RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        RetentionKind.TENANT_FILE,
        QT_TRANSLATE_NOOP("messages", "Dossier locataire après le départ"),
        QT_TRANSLATE_NOOP("messages", "date de clôture du dossier (départ)"),
        36,
        QT_TRANSLATE_NOOP(
            "messages",
            "Non confirmé : prescription des loyers de 3 ans (art. 7-1 loi n° 89-462) ; "
            "à valider par le DPO.",
        ),
    ),
    RetentionRule(
        RetentionKind.ARREARS_FILE,
        QT_TRANSLATE_NOOP("messages", "Dossier clos avec un impayé"),
        QT_TRANSLATE_NOOP("messages", "date de clôture du dossier, solde débiteur"),
        60,
        QT_TRANSLATE_NOOP(
            "messages",
            "Pré-contentieux : jusqu'au règlement amiable ou à la prescription de "
            "l'action ; contentieux : jusqu'à la prescription de l'exécution du jugement "
            "(délibération CNIL 2014-123). Durée à valider par le DPO.",
        ),
    ),
    RetentionRule(
        RetentionKind.APPLICATION,
        QT_TRANSLATE_NOOP("messages", "Candidature CALEOL attribuée"),
        QT_TRANSLATE_NOOP("messages", "attribution (bail signé, sinon proposition acceptée)"),
        0,
        QT_TRANSLATE_NOOP(
            "messages",
            "Suppression à la radiation ou à l'attribution (délibération CNIL 2014-122, "
            "NS-20). Le procès-verbal signé est conservé ; la candidature est anonymisée.",
        ),
    ),
    RetentionRule(
        RetentionKind.APPLICATION_NOT_RETAINED,
        QT_TRANSLATE_NOOP("messages", "Candidature CALEOL sans suite"),
        QT_TRANSLATE_NOOP(
            "messages", "dernière étape de la candidature (séance, courrier, réponse)"
        ),
        12,
        QT_TRANSLATE_NOOP(
            "messages",
            "Non confirmé : la radiation du registre national n'est pas connue de "
            "Parcours ; une demande non renouvelée est radiée au bout d'un an. À valider "
            "par le DPO.",
        ),
    ),
    RetentionRule(
        RetentionKind.CALEOL_MINUTES,
        QT_TRANSLATE_NOOP("messages", "Procès-verbaux de CALEOL"),
        QT_TRANSLATE_NOOP("messages", "date de la séance"),
        120,
        QT_TRANSLATE_NOOP(
            "messages",
            "Non confirmé : règles d'archives du code du patrimoine pour les organismes "
            "publics ; à valider par le DPO et l'archiviste.",
        ),
        automatic_purge=False,
    ),
    RetentionRule(
        RetentionKind.CAMPAIGN_NOTES,
        QT_TRANSLATE_NOOP("messages", "Notes d'appels des campagnes de crise"),
        QT_TRANSLATE_NOOP("messages", "fin de la campagne"),
        0,
        QT_TRANSLATE_NOOP(
            "messages",
            "Finalité limitée à la crise : suppression ou anonymisation à la fin de la "
            "crise (recommandations d'avril 2020 aux bailleurs sociaux). Purge campagne "
            "par campagne, après aperçu, depuis la page « Campagnes d'appels ».",
        ),
        automatic_purge=False,
    ),
    # The server's trail of writes (storage/server_trail.py): staff logins, not tenants.
    RetentionRule(
        RetentionKind.SERVER_TRAIL,
        QT_TRANSLATE_NOOP("messages", "Traces des écritures sur le serveur"),
        QT_TRANSLATE_NOOP("messages", "date de l'écriture"),
        12,
        QT_TRANSLATE_NOOP(
            "messages",
            "Non confirmé : recommandation de la CNIL sur la journalisation (six mois à "
            "un an). Serveur PostgreSQL seulement. Seules les traces des écritures "
            "enregistrées au journal d'audit sont supprimées ; celles des écritures "
            "faites hors de Parcours sont conservées comme le journal. À valider par le "
            "DPO.",
        ),
    ),
)
RULES_BY_KIND = {rule.kind: rule for rule in RULES}
MAX_MONTHS = 600


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` months, on the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def trail_limit(on: dt.date, months: int) -> dt.datetime:
    """The server trail's lines written before this moment (local midnight, ``months``
    before ``on``) are due."""
    return dt.datetime.combine(add_months(on, -months), dt.time()).astimezone()


def purge_due(trigger: dt.date, months: int) -> dt.date:
    """The first day the data may no longer be kept."""
    return add_months(trigger, months)


@dataclass(frozen=True)
class ApplicationFacts:
    """What the retention rule reads of one CALEOL candidature (docs/domain.md#retention)."""

    session_date: dt.date
    session_closed: bool
    # The session is locked by its signed minutes.
    minutes_signed: bool
    # An offer of the dwelling awaits the candidate's answer.
    offer_pending: bool
    # The latest of the session, the letter's notification and the answer to the offer.
    last_step: dt.date
    # When the application (its numéro unique) got a dwelling: the lease signed, else
    # the offer accepted; None when it got none.
    attributed_on: dt.date | None


@dataclass(frozen=True)
class ApplicationDue:
    kind: RetentionKind
    trigger: dt.date
    due: dt.date
    months: int


def application_due(
    facts: ApplicationFacts, months: dict[RetentionKind, int]
) -> ApplicationDue | None:
    """When a candidature's data may no longer be kept; None while it is in progress.

    Attributed: ``APPLICATION`` months after the attribution. Otherwise (not retained,
    refused, lapsed, withdrawn, ranked and never offered) ``APPLICATION_NOT_RETAINED``
    months after its last step, unless an offer awaits an answer. A session still open
    keeps its candidatures; one whose minutes are not signed keeps them until they are,
    or until ``APPLICATION_NOT_RETAINED`` months after the session (the minutes, made
    from the candidatures, could not be signed once they are anonymised).
    """
    if not facts.session_closed:
        return None
    if facts.attributed_on is not None:
        kind, trigger = RetentionKind.APPLICATION, facts.attributed_on
    elif facts.offer_pending:
        return None
    else:
        kind, trigger = RetentionKind.APPLICATION_NOT_RETAINED, facts.last_step
    due = purge_due(trigger, months[kind])
    if not facts.minutes_signed:
        late = purge_due(facts.session_date, months[RetentionKind.APPLICATION_NOT_RETAINED])
        due = max(due, late)
    return ApplicationDue(kind, trigger, due, months[kind])
