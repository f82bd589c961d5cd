"""CALEOL enums and their French labels: seats, attendance, session modes and
statuses, decisions, votes and outcomes, agenda item kinds, occupation grounds,
priority criteria, vote channels, offer statuses; the usual fundings."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP

# --------------------------------------------------------------------------- enums


class MemberRole(str, enum.Enum):
    """Seat on the commission; ``voting`` is *voix délibérative*."""

    DESIGNE = "DESIGNE"
    REPR_LOCATAIRES = "REPR_LOCATAIRES"
    MAIRE = "MAIRE"
    PREFET = "PREFET"
    PRESIDENT_EPCI = "PRESIDENT_EPCI"
    MANDANT = "MANDANT"
    CONSULT_ASSO_L365_3 = "CONSULT_ASSO_L365_3"
    CONSULT_CCAS = "CONSULT_CCAS"
    CONSULT_MAIRE_ARR = "CONSULT_MAIRE_ARR"
    RESERVATAIRE = "RESERVATAIRE"

    @property
    def label(self) -> str:
        return _ROLE_INFO[self][0]

    @property
    def voting(self) -> bool:
        return _ROLE_INFO[self][1]

    @property
    def designated(self) -> bool:
        """One of the 6 members designated by the board (the tenant representative included)."""
        return self in (MemberRole.DESIGNE, MemberRole.REPR_LOCATAIRES)


_ROLE_INFO = {
    MemberRole.DESIGNE: (QT_TRANSLATE_NOOP("messages", "Membre désigné par le conseil"), True),
    MemberRole.REPR_LOCATAIRES: (
        QT_TRANSLATE_NOOP("messages", "Représentant des locataires"),
        True,
    ),
    MemberRole.MAIRE: (QT_TRANSLATE_NOOP("messages", "Maire de la commune"), True),
    MemberRole.PREFET: (QT_TRANSLATE_NOOP("messages", "Représentant de l'État"), True),
    MemberRole.PRESIDENT_EPCI: (QT_TRANSLATE_NOOP("messages", "Président de l'EPCI"), True),
    # Older texts; current status UNCONFIRMED (docs/domain.md#caleol).
    MemberRole.MANDANT: (
        QT_TRANSLATE_NOOP("messages", "Représentant de l'organisme mandant"),
        True,
    ),
    MemberRole.CONSULT_ASSO_L365_3: (
        QT_TRANSLATE_NOOP("messages", "Association agréée (L365-3)"),
        False,
    ),
    MemberRole.CONSULT_CCAS: (
        QT_TRANSLATE_NOOP("messages", "CCAS ou service social départemental"),
        False,
    ),
    MemberRole.CONSULT_MAIRE_ARR: (QT_TRANSLATE_NOOP("messages", "Maire d'arrondissement"), False),
    MemberRole.RESERVATAIRE: (QT_TRANSLATE_NOOP("messages", "Réservataire"), False),
}


class AttendanceMode(str, enum.Enum):
    PRESENT = "PRESENT"
    DISTANCE = "DISTANCE"
    REPRESENTE = "REPRESENTE"
    ABSENT = "ABSENT"

    @property
    def label(self) -> str:
        return _ATTENDANCE_LABELS[self]


_ATTENDANCE_LABELS = {
    AttendanceMode.PRESENT: QT_TRANSLATE_NOOP("messages", "Présent"),
    AttendanceMode.DISTANCE: QT_TRANSLATE_NOOP("messages", "À distance"),
    AttendanceMode.REPRESENTE: QT_TRANSLATE_NOOP("messages", "Représenté"),
    AttendanceMode.ABSENT: QT_TRANSLATE_NOOP("messages", "Absent"),
}


class SessionMode(str, enum.Enum):
    PRESENTIEL = "PRESENTIEL"
    VISIO = "VISIO"
    ECRITE = "ECRITE"

    @property
    def label(self) -> str:
        return _SESSION_LABELS[self]

    @property
    def remote(self) -> bool:
        return self is not SessionMode.PRESENTIEL


_SESSION_LABELS = {
    SessionMode.PRESENTIEL: QT_TRANSLATE_NOOP("messages", "Séance en présentiel"),
    SessionMode.VISIO: QT_TRANSLATE_NOOP("messages", "Séance dématérialisée par visioconférence"),
    SessionMode.ECRITE: QT_TRANSLATE_NOOP("messages", "Séance dématérialisée par écrit"),
}


class Decision(str, enum.Enum):
    """Decision per candidate (CCH R441-3)."""

    ATTRIBUTION = "ATTRIBUTION"
    ATTRIBUTION_RANG = "ATTRIBUTION_RANG"
    ATTRIBUTION_CONDITION_SUSPENSIVE = "ATTRIBUTION_CONDITION_SUSPENSIVE"
    NON_ATTRIBUTION = "NON_ATTRIBUTION"
    IRRECEVABILITE = "IRRECEVABILITE"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]

    @property
    def needs_reason(self) -> bool:
        return self in (Decision.NON_ATTRIBUTION, Decision.IRRECEVABILITE)


_DECISION_LABELS = {
    Decision.ATTRIBUTION: QT_TRANSLATE_NOOP("messages", "Attribution"),
    Decision.ATTRIBUTION_RANG: QT_TRANSLATE_NOOP(
        "messages", "Attribution par classement (ordre de priorité)"
    ),
    Decision.ATTRIBUTION_CONDITION_SUSPENSIVE: QT_TRANSLATE_NOOP(
        "messages", "Attribution sous condition suspensive"
    ),
    Decision.NON_ATTRIBUTION: QT_TRANSLATE_NOOP("messages", "Non-attribution"),
    Decision.IRRECEVABILITE: QT_TRANSLATE_NOOP("messages", "Irrecevabilité"),
}


class FewerCandidatesReason(str, enum.Enum):
    """Legal exemptions from the 3-candidate rule (R441-3)."""

    INSUFFISANCE = "INSUFFISANCE"
    DALO = "DALO"
    PLAI_ADAPTE = "PLAI_ADAPTE"

    @property
    def label(self) -> str:
        return _FEWER_LABELS[self]


_FEWER_LABELS = {
    FewerCandidatesReason.INSUFFISANCE: QT_TRANSLATE_NOOP(
        "messages", "Insuffisance du nombre de candidats"
    ),
    FewerCandidatesReason.DALO: QT_TRANSLATE_NOOP(
        "messages", "Candidat DALO désigné par le préfet"
    ),
    FewerCandidatesReason.PLAI_ADAPTE: QT_TRANSLATE_NOOP(
        "messages", "Logement PLAI adapté (D331-25-1)"
    ),
}


class Vote(str, enum.Enum):
    POUR = "POUR"
    CONTRE = "CONTRE"
    ABSTENTION = "ABSTENTION"

    @property
    def label(self) -> str:
        return _VOTE_LABELS[self]


_VOTE_LABELS = {
    Vote.POUR: QT_TRANSLATE_NOOP("messages", "Pour"),
    Vote.CONTRE: QT_TRANSLATE_NOOP("messages", "Contre"),
    Vote.ABSTENTION: QT_TRANSLATE_NOOP("messages", "Abstention"),
}


class Outcome(str, enum.Enum):
    """Result of a vote on a proposal."""

    ADOPTED = "ADOPTED"
    REJECTED = "REJECTED"
    TIE = "TIE"  # tie not broken (no casting vote available): not adopted

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def adopted(self) -> bool:
        return self is Outcome.ADOPTED


_OUTCOME_LABELS = {
    Outcome.ADOPTED: QT_TRANSLATE_NOOP("messages", "Adoptée"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("messages", "Rejetée"),
    Outcome.TIE: QT_TRANSLATE_NOOP("messages", "Partage des voix : non adoptée"),
}


# --------------------------------------------------------------------------- sessions, agenda
# (issue 7, services): statuses, agenda item kinds, occupation review, priority
# criteria, vote channels, and the small pure rules the CALEOL services apply.


class SessionStatus(str, enum.Enum):
    """Life of a session before its minutes (the minutes have statuses of their own)."""

    PREPARATION = "PREPARATION"
    OPEN = "OPEN"
    CLOSED = "CLOSED"

    @property
    def label(self) -> str:
        return _SESSION_STATUS_LABELS[self]


_SESSION_STATUS_LABELS = {
    SessionStatus.PREPARATION: QT_TRANSLATE_NOOP("messages", "En préparation"),
    SessionStatus.OPEN: QT_TRANSLATE_NOOP("messages", "Séance ouverte"),
    SessionStatus.CLOSED: QT_TRANSLATE_NOOP("messages", "Séance close"),
}


class AgendaItemKind(str, enum.Enum):
    ATTRIBUTION = "ATTRIBUTION"
    EXAMEN_OCCUPATION = "EXAMEN_OCCUPATION"

    @property
    def label(self) -> str:
        return _ITEM_KIND_LABELS[self]


_ITEM_KIND_LABELS = {
    AgendaItemKind.ATTRIBUTION: QT_TRANSLATE_NOOP("messages", "Attribution d'un logement"),
    AgendaItemKind.EXAMEN_OCCUPATION: QT_TRANSLATE_NOOP(
        "messages", "Examen de l'occupation du logement"
    ),
}


class OccupationGround(str, enum.Enum):
    """The five grounds of the occupation review (CCH L442-5-2)."""

    SUR_OCCUPATION = "SUR_OCCUPATION"
    SOUS_OCCUPATION = "SOUS_OCCUPATION"
    LOGEMENT_ADAPTE_LIBERE = "LOGEMENT_ADAPTE_LIBERE"
    HANDICAP_PERTE_AUTONOMIE = "HANDICAP_PERTE_AUTONOMIE"
    DEPASSEMENT_PLAFONDS = "DEPASSEMENT_PLAFONDS"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self]


_GROUND_LABELS = {
    OccupationGround.SUR_OCCUPATION: QT_TRANSLATE_NOOP(
        "messages", "Sur-occupation du logement (L822-10)"
    ),
    OccupationGround.SOUS_OCCUPATION: QT_TRANSLATE_NOOP(
        "messages", "Sous-occupation du logement (L621-2)"
    ),
    OccupationGround.LOGEMENT_ADAPTE_LIBERE: QT_TRANSLATE_NOOP(
        "messages", "Logement adapté dont l'occupant handicapé est parti"
    ),
    OccupationGround.HANDICAP_PERTE_AUTONOMIE: QT_TRANSLATE_NOOP(
        "messages", "Handicap ou perte d'autonomie nécessitant un logement adapté"
    ),
    OccupationGround.DEPASSEMENT_PLAFONDS: QT_TRANSLATE_NOOP(
        "messages", "Ressources supérieures aux plafonds"
    ),
}


class PriorityCriterion(str, enum.Enum):
    """Priority criteria of CCH L441-1 (docs/domain.md#priority)."""

    DALO = "DALO"
    HANDICAP = "HANDICAP"
    MAL_LOGE = "MAL_LOGE"
    HEBERGE = "HEBERGE"
    REPRISE_ACTIVITE = "REPRISE_ACTIVITE"
    HABITAT_INDIGNE = "HABITAT_INDIGNE"
    VIOLENCES = "VIOLENCES"
    VIOLENCES_SEXUELLES = "VIOLENCES_SEXUELLES"
    PROSTITUTION = "PROSTITUTION"
    TRAITE = "TRAITE"
    MINEUR_SUROCCUPE = "MINEUR_SUROCCUPE"
    SANS_LOGEMENT = "SANS_LOGEMENT"
    EXPULSION = "EXPULSION"

    @property
    def label(self) -> str:
        return _PRIORITY_LABELS[self]


_PRIORITY_LABELS = {
    PriorityCriterion.DALO: QT_TRANSLATE_NOOP(
        "messages", "Reconnu prioritaire DALO (désigné par le préfet)"
    ),
    PriorityCriterion.HANDICAP: QT_TRANSLATE_NOOP(
        "messages", "Personne en situation de handicap ou ménage en ayant une à charge"
    ),
    PriorityCriterion.MAL_LOGE: QT_TRANSLATE_NOOP("messages", "Personne mal logée ou défavorisée"),
    PriorityCriterion.HEBERGE: QT_TRANSLATE_NOOP(
        "messages", "Personne hébergée ou logée temporairement"
    ),
    PriorityCriterion.REPRISE_ACTIVITE: QT_TRANSLATE_NOOP(
        "messages", "Reprise d'activité après une période de chômage de longue durée"
    ),
    PriorityCriterion.HABITAT_INDIGNE: QT_TRANSLATE_NOOP(
        "messages", "Logement indigne, insalubre ou dangereux"
    ),
    PriorityCriterion.VIOLENCES: QT_TRANSLATE_NOOP(
        "messages", "Violences au sein du couple ou mariage forcé"
    ),
    PriorityCriterion.VIOLENCES_SEXUELLES: QT_TRANSLATE_NOOP(
        "messages", "Violences sexuelles au domicile avec mesure de protection"
    ),
    PriorityCriterion.PROSTITUTION: QT_TRANSLATE_NOOP(
        "messages", "Parcours de sortie de la prostitution"
    ),
    PriorityCriterion.TRAITE: QT_TRANSLATE_NOOP(
        "messages", "Victime de traite des êtres humains ou de proxénétisme"
    ),
    PriorityCriterion.MINEUR_SUROCCUPE: QT_TRANSLATE_NOOP(
        "messages", "Enfant mineur dans un logement sur-occupé ou non décent"
    ),
    PriorityCriterion.SANS_LOGEMENT: QT_TRANSLATE_NOOP(
        "messages", "Dépourvu de logement, y compris hébergé par des tiers"
    ),
    PriorityCriterion.EXPULSION: QT_TRANSLATE_NOOP(
        "messages", "Menacé d'expulsion sans relogement"
    ),
}


class VoteChannel(str, enum.Enum):
    SEANCE = "SEANCE"
    VOTE_DISTANCE = "VOTE_DISTANCE"
    IMPORT = "IMPORT"
    MEMBRE = "MEMBRE"  # cast by the member himself in the application (issue 17)

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    VoteChannel.SEANCE: QT_TRANSLATE_NOOP("messages", "En séance"),
    VoteChannel.VOTE_DISTANCE: QT_TRANSLATE_NOOP("messages", "Vote à distance"),
    VoteChannel.IMPORT: QT_TRANSLATE_NOOP("messages", "Importé de l'outil de vote"),
    VoteChannel.MEMBRE: QT_TRANSLATE_NOOP("messages", "Voté par le membre dans l'application"),
}

#: Usual funding of social dwellings (free text in the fiche; these are suggestions).
FUNDINGS = ("PLAI", "PLAI adapté", "PLUS", "PLS", "PLI", "PALULOS", "Non conventionné")
