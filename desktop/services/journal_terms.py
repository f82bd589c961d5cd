"""The words of the « Journal d'audit » for the snapshots no access-request workbook
shows (``person_audit.journal_fields``): the CALEOL's commissions, members, sessions,
votes, minutes and convocations, named as their forms name them, their codes by the
labels the forms show (a session's mode, a member's seat, a vote, its channel...)."""

from __future__ import annotations

from typing import Any

from desktop.domain.caleol import (
    AttendanceMode,
    MemberRole,
    SessionMode,
    SessionStatus,
    Vote,
    VoteChannel,
)
from desktop.domain.minutes import MinutesStatus, ReviewChannel, ReviewVerdict

Field = tuple[str, Any]


def _labels(*enums: Any) -> dict[str, str]:
    """Codes and their French labels, several enumerations sharing one stored field."""
    return {member.value: str(member.label) for enum in enums for member in enum}


#: Any entity's refused access (``authz``: the action tried, the permission it needs).
REFUSAL: dict[str, Field] = {
    "action": ("Action tentée", None),
    "permission": ("Droit requis", None),
}

_COMMISSION: dict[str, Field] = {
    "name": ("Nom", None),
    "territory": ("Territoire", None),
    "agency_id": ("N° de l'agence", None),
    "reglement_version": ("Règlement intérieur", None),
    "designated_required": ("Membres désignés présents ou représentés requis", None),
    "max_proxies_per_holder": ("Pouvoirs détenus au plus par un membre", None),
    "remote_allowed": ("Séances dématérialisées prévues par le règlement intérieur", None),
    "remote_min_share_num": ("Participation minimale à distance (membres)", None),
    "remote_min_share_den": ("Participation minimale à distance (sur)", None),
    "remote_count_represented": ("Membre représenté compté comme participant", None),
    "technical_means_default": ("Moyens techniques par défaut", None),
    "offer_days": ("Délai de réponse aux offres (jours)", None),
    "active": ("Active", None),
}

_MEMBER: dict[str, Field] = {
    "commission_id": ("N° de la commission", None),
    "role": ("Qualité", MemberRole),
    "civility": ("Civilité", None),
    "last_name": ("Nom", None),
    "first_name": ("Prénom", None),
    "organisation": ("Fonction, organisme", None),
    "commune": ("Commune(s)", None),
    "email": ("Courriel", None),
    "voting": ("Voix délibérative", None),
    "substitute_of_id": ("Suppléant du membre n°", None),
    "mandate_start": ("Début du mandat", None),
    "mandate_end": ("Fin du mandat", None),
    "is_president": ("Président de la commission", None),
    "app_user_id": ("N° du compte de l'application", None),
    "active": ("En fonction", None),
}

_SESSION: dict[str, Field] = {
    # a member's attendance, proxy or demand (« presence », « pouvoir » events)
    "member_id": ("N° du membre", None),
    "member": ("Membre", None),
    "giver_id": ("Pouvoir donné par (n° du membre)", None),
    "holder_id": ("Pouvoir donné à (n° du membre)", None),
    "commission_id": ("N° de la commission", None),
    "number": ("Numéro de séance", None),
    "session_date": ("Date", None),
    "start_time": ("Heure de début", None),
    "end_time": ("Heure de fin", None),
    # the session's mode, or a member's attendance (« presence » events)
    "mode": ("Mode", _labels(SessionMode, AttendanceMode)),
    "place": ("Lieu", None),
    "technical_means": ("Moyens techniques", None),
    "vote_opens_at": ("Ouverture du vote", None),
    "vote_closes_at": ("Clôture du vote", None),
    "secretary_name": ("Secrétaire de séance", None),
    "acting_president_id": ("Président de séance (n° du membre)", None),
    "notes": ("Observations", None),
    "status": ("État", SessionStatus),
    "connected_at": ("Connexion", None),
    "note": ("Note", None),
    "at": ("Demandée le", None),
    "order": ("Ordre du jour (n° des points)", None),
    "fichier": ("Fichier", None),
    "votes": ("Votes importés", None),
    "seance": ("Séance", None),
    "notification": ("Date de notification", None),
    "delai_jours": ("Délai de réponse (jours)", None),
    "lettres": ("Courriers", None),
    "lot": ("Lot", None),
    "locked": ("Verrouillée", None),
    "sceau": ("Sceau", None),
    "version_sceau": ("Version du sceau", None),
}

_VOTE: dict[str, Field] = {
    "candidate_id": ("N° du candidat", None),
    "member_id": ("N° du membre", None),
    "vote": ("Vote", Vote),
    "voted_at": ("Voté le", None),
    "channel": ("Voie", VoteChannel),
}

_CONFLICT: dict[str, Field] = {
    "agenda_item_id": ("N° du point", None),
    "candidate_id": ("N° du candidat", None),
    "member_id": ("N° du membre", None),
    "note": ("Motif", None),
}

_MINUTES: dict[str, Field] = {
    "seance": ("Séance", None),
    "version": ("Version", None),
    "etat": ("État", MinutesStatus),
    "remplace": ("Remplace la version", None),
    "note": ("Note", None),
    "membres": ("Membres", None),
    "membre": ("Membre", None),
    "avis": ("Avis", ReviewVerdict),
    "commentaire": ("Commentaire", None),
    "voie": ("Voie", ReviewChannel),
    "dossier": ("Dossier", None),
    "numero_unique": ("Numéro unique", None),
    "fichier": ("Fichier", None),
    "pdf_sha256": ("Empreinte du PDF (SHA-256)", None),
    "signataire": ("Signataire", None),
    "president_de_seance_suppleant": ("Président de séance suppléant", None),
    "certificat": ("Certificat", None),
    "document": ("N° du document", None),
    "verrouillage": ("Séance verrouillée", None),
}

_MESSAGE: dict[str, Field] = {
    "seance": ("N° de la séance", None),
    "membre": ("N° du membre", None),
    "type": ("Type", {"CONVOCATION": "Convocation", "PV_RELECTURE": "Procès-verbal à relire"}),
    "courriel": ("Courriel", None),
    "statut": (
        "Statut",
        {  # as ``convocations`` shows them
            "SENT": "Envoyé",
            "FAILED": "Échec de l'envoi",
            "NO_EMAIL": "Sans adresse : à remettre",
            "CANCELLED": "Non envoyé (envoi annulé)",
        },
    ),
    "erreur": ("Erreur", None),
    "document": ("N° du document", None),
    "message_id": ("Identifiant du message", None),
}

#: The CALEOL's snapshots, by entity (``AuditEvent.entity``).
CALEOL: dict[str, dict[str, Field]] = {
    "caleol_commission": _COMMISSION,
    "caleol_membre": _MEMBER,
    "caleol_seance": _SESSION,
    "caleol_vote": _VOTE,
    "caleol_conflit": _CONFLICT,
    "caleol_pv": _MINUTES,
    "caleol_message": _MESSAGE,
}
