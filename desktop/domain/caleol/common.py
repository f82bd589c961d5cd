"""CALEOL enums and their French labels: seats, attendance, session modes and
statuses, decisions, votes and outcomes, agenda item kinds, occupation grounds,
priority criteria, vote channels, offer statuses; the usual fundings."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.labels import LabelledEnum

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


class AttendanceMode(LabelledEnum):
    PRESENT = "PRESENT", QT_TRANSLATE_NOOP("messages", "Présent")
    DISTANCE = "DISTANCE", QT_TRANSLATE_NOOP("messages", "À distance")
    REPRESENTE = "REPRESENTE", QT_TRANSLATE_NOOP("messages", "Représenté")
    ABSENT = "ABSENT", QT_TRANSLATE_NOOP("messages", "Absent")


class SessionMode(LabelledEnum):
    PRESENTIEL = "PRESENTIEL", QT_TRANSLATE_NOOP("messages", "Séance en présentiel")
    VISIO = "VISIO", QT_TRANSLATE_NOOP("messages", "Séance dématérialisée par visioconférence")
    ECRITE = "ECRITE", QT_TRANSLATE_NOOP("messages", "Séance dématérialisée par écrit")

    @property
    def remote(self) -> bool:
        return self is not SessionMode.PRESENTIEL


class Decision(LabelledEnum):
    """Decision per candidate (CCH R441-3)."""

    ATTRIBUTION = "ATTRIBUTION", QT_TRANSLATE_NOOP("messages", "Attribution")
    ATTRIBUTION_RANG = (
        "ATTRIBUTION_RANG",
        QT_TRANSLATE_NOOP("messages", "Attribution par classement (ordre de priorité)"),
    )
    ATTRIBUTION_CONDITION_SUSPENSIVE = (
        "ATTRIBUTION_CONDITION_SUSPENSIVE",
        QT_TRANSLATE_NOOP("messages", "Attribution sous condition suspensive"),
    )
    NON_ATTRIBUTION = "NON_ATTRIBUTION", QT_TRANSLATE_NOOP("messages", "Non-attribution")
    IRRECEVABILITE = "IRRECEVABILITE", QT_TRANSLATE_NOOP("messages", "Irrecevabilité")

    @property
    def needs_reason(self) -> bool:
        return self in (Decision.NON_ATTRIBUTION, Decision.IRRECEVABILITE)


class FewerCandidatesReason(LabelledEnum):
    """Legal exemptions from the 3-candidate rule (R441-3)."""

    INSUFFISANCE = (
        "INSUFFISANCE",
        QT_TRANSLATE_NOOP("messages", "Insuffisance du nombre de candidats"),
    )
    DALO = "DALO", QT_TRANSLATE_NOOP("messages", "Candidat DALO désigné par le préfet")
    PLAI_ADAPTE = "PLAI_ADAPTE", QT_TRANSLATE_NOOP("messages", "Logement PLAI adapté (D331-25-1)")


class Vote(LabelledEnum):
    POUR = "POUR", QT_TRANSLATE_NOOP("messages", "Pour")
    CONTRE = "CONTRE", QT_TRANSLATE_NOOP("messages", "Contre")
    ABSTENTION = "ABSTENTION", QT_TRANSLATE_NOOP("messages", "Abstention")


class Outcome(LabelledEnum):
    """Result of a vote on a proposal."""

    ADOPTED = "ADOPTED", QT_TRANSLATE_NOOP("messages", "Adoptée")
    REJECTED = "REJECTED", QT_TRANSLATE_NOOP("messages", "Rejetée")
    #: tie not broken (no casting vote available): not adopted
    TIE = "TIE", QT_TRANSLATE_NOOP("messages", "Partage des voix : non adoptée")

    @property
    def adopted(self) -> bool:
        return self is Outcome.ADOPTED


# --------------------------------------------------------------------------- sessions, agenda
# (issue 7, services): statuses, agenda item kinds, occupation review, priority
# criteria, vote channels, and the small pure rules the CALEOL services apply.


class SessionStatus(LabelledEnum):
    """Life of a session before its minutes (the minutes have statuses of their own)."""

    PREPARATION = "PREPARATION", QT_TRANSLATE_NOOP("messages", "En préparation")
    OPEN = "OPEN", QT_TRANSLATE_NOOP("messages", "Séance ouverte")
    CLOSED = "CLOSED", QT_TRANSLATE_NOOP("messages", "Séance close")


class AgendaItemKind(LabelledEnum):
    ATTRIBUTION = "ATTRIBUTION", QT_TRANSLATE_NOOP("messages", "Attribution d'un logement")
    EXAMEN_OCCUPATION = (
        "EXAMEN_OCCUPATION",
        QT_TRANSLATE_NOOP("messages", "Examen de l'occupation du logement"),
    )


class OccupationGround(LabelledEnum):
    """The five grounds of the occupation review (CCH L442-5-2)."""

    SUR_OCCUPATION = (
        "SUR_OCCUPATION",
        QT_TRANSLATE_NOOP("messages", "Sur-occupation du logement (L822-10)"),
    )
    SOUS_OCCUPATION = (
        "SOUS_OCCUPATION",
        QT_TRANSLATE_NOOP("messages", "Sous-occupation du logement (L621-2)"),
    )
    LOGEMENT_ADAPTE_LIBERE = (
        "LOGEMENT_ADAPTE_LIBERE",
        QT_TRANSLATE_NOOP("messages", "Logement adapté dont l'occupant handicapé est parti"),
    )
    HANDICAP_PERTE_AUTONOMIE = (
        "HANDICAP_PERTE_AUTONOMIE",
        QT_TRANSLATE_NOOP(
            "messages", "Handicap ou perte d'autonomie nécessitant un logement adapté"
        ),
    )
    DEPASSEMENT_PLAFONDS = (
        "DEPASSEMENT_PLAFONDS",
        QT_TRANSLATE_NOOP("messages", "Ressources supérieures aux plafonds"),
    )


class PriorityCriterion(LabelledEnum):
    """Priority criteria of CCH L441-1 (docs/domain.md#priority)."""

    DALO = "DALO", QT_TRANSLATE_NOOP("messages", "Reconnu prioritaire DALO (désigné par le préfet)")
    HANDICAP = (
        "HANDICAP",
        QT_TRANSLATE_NOOP(
            "messages", "Personne en situation de handicap ou ménage en ayant une à charge"
        ),
    )
    MAL_LOGE = "MAL_LOGE", QT_TRANSLATE_NOOP("messages", "Personne mal logée ou défavorisée")
    HEBERGE = "HEBERGE", QT_TRANSLATE_NOOP("messages", "Personne hébergée ou logée temporairement")
    REPRISE_ACTIVITE = (
        "REPRISE_ACTIVITE",
        QT_TRANSLATE_NOOP(
            "messages", "Reprise d'activité après une période de chômage de longue durée"
        ),
    )
    HABITAT_INDIGNE = (
        "HABITAT_INDIGNE",
        QT_TRANSLATE_NOOP("messages", "Logement indigne, insalubre ou dangereux"),
    )
    VIOLENCES = (
        "VIOLENCES",
        QT_TRANSLATE_NOOP("messages", "Violences au sein du couple ou mariage forcé"),
    )
    VIOLENCES_SEXUELLES = (
        "VIOLENCES_SEXUELLES",
        QT_TRANSLATE_NOOP("messages", "Violences sexuelles au domicile avec mesure de protection"),
    )
    PROSTITUTION = (
        "PROSTITUTION",
        QT_TRANSLATE_NOOP("messages", "Parcours de sortie de la prostitution"),
    )
    TRAITE = (
        "TRAITE",
        QT_TRANSLATE_NOOP("messages", "Victime de traite des êtres humains ou de proxénétisme"),
    )
    MINEUR_SUROCCUPE = (
        "MINEUR_SUROCCUPE",
        QT_TRANSLATE_NOOP("messages", "Enfant mineur dans un logement sur-occupé ou non décent"),
    )
    SANS_LOGEMENT = (
        "SANS_LOGEMENT",
        QT_TRANSLATE_NOOP("messages", "Dépourvu de logement, y compris hébergé par des tiers"),
    )
    EXPULSION = "EXPULSION", QT_TRANSLATE_NOOP("messages", "Menacé d'expulsion sans relogement")


class VoteChannel(LabelledEnum):
    SEANCE = "SEANCE", QT_TRANSLATE_NOOP("messages", "En séance")
    VOTE_DISTANCE = "VOTE_DISTANCE", QT_TRANSLATE_NOOP("messages", "Vote à distance")
    IMPORT = "IMPORT", QT_TRANSLATE_NOOP("messages", "Importé de l'outil de vote")
    #: cast by the member himself in the application (issue 17)
    MEMBRE = "MEMBRE", QT_TRANSLATE_NOOP("messages", "Voté par le membre dans l'application")


#: Usual funding of social dwellings (free text in the fiche; these are suggestions).
FUNDINGS = ("PLAI", "PLAI adapté", "PLUS", "PLS", "PLI", "PALULOS", "Non conventionné")
