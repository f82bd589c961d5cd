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
from desktop.domain.caleol.sending import STATUS_LABELS
from desktop.domain.cotation import CriterionSource
from desktop.domain.minutes import MinutesStatus, ReviewChannel, ReviewVerdict
from desktop.domain.retention import RULES
from desktop.domain.roles import PERMISSION_LABELS

Field = tuple[str, Any]


def _labels(*enums: Any) -> dict[str, str]:
    """Codes and their French labels, several enumerations sharing one stored field."""
    return {member.value: str(member.label) for enum in enums for member in enum}


#: Any entity's refused access (``authz``: the action tried, the permission it needs,
#: by the words of the refusal's message).
REFUSAL: dict[str, Field] = {
    "action": ("Action tentée", None),
    "permission": (
        "Droit requis",
        {permission.value: label for permission, label in PERMISSION_LABELS.items()},
    ),
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
    "candidatures": ("Candidatures anonymisées", None),
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
    "apercu": ("Aperçu non enregistré", None),
    "signe": ("Version signée", None),
}

_MESSAGE: dict[str, Field] = {
    "seance": ("N° de la séance", None),
    "membre": ("N° du membre", None),
    "type": ("Type", {"CONVOCATION": "Convocation", "PV_RELECTURE": "Procès-verbal à relire"}),
    "courriel": ("Courriel", None),
    "statut": ("Statut", dict(STATUS_LABELS)),  # as the convocations' screen shows them
    "erreur": ("Erreur", None),
    "document": ("N° du document", None),
    "message_id": ("Identifiant du message", None),
}

#: A tenant file's or a candidature's anonymisation (``retention``): what the purge erased.
ANONYMISATION: dict[str, Field] = {
    "regle": (
        "Règle",
        {
            **{rule.kind.value: str(rule.label) for rule in RULES},
            "restauration": "Restauration d'une sauvegarde",
        },
    ),
    "clos_le": ("Clos le", None),
    "echeance": ("Échéance de conservation", None),
    "duree_mois": ("Durée de conservation (mois)", None),
    "seance": ("N° de la séance", None),
    "fiches_campagne": ("Fiches de campagne effacées", None),
    "appels_campagne": ("Appels de campagne effacés", None),
    "examens_occupation": ("Examens d'occupation effacés", None),
    "conges": ("Congés effacés", None),
    "accords": ("Accords effacés", None),
    "refus": ("Refus effacés", None),
    "courriers": ("Courriers supprimés", None),
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


_BACKUP: dict[str, Field] = {
    "fichier": ("Fichier", None),
    "automatique": ("Sauvegarde automatique", None),
    "revision": ("Version du schéma de la base", None),
    "sauvegarde_avant": ("Sauvegarde faite avant la restauration", None),
    "base_endommagee": ("Base endommagée mise de côté", None),
    "probleme": ("Problème", None),
    "operations_perdues": ("Opérations perdues", None),
    "le": ("Le", None),
}

# after the report, by its title (``others``)
_REPORT: dict[str, Field] = {
    "du": ("Du", None),
    "au": ("Au", None),
    "agence": ("Agence", None),
    "format": ("Format", None),
    "fichier": ("Fichier", None),
}

_SNE: dict[str, Field] = {
    "file": ("Fichier", None),
    "count": ("Attributions exportées", None),
    "batch": ("Lot", None),
    "candidates": ("N° des candidatures", None),
    "created": ("Candidatures créées", None),
    "updated": ("Candidatures mises à jour", None),
}

_TARGETS: dict[str, Field] = {
    "epci": ("EPCI", None),
    "reservataire": ("Réservataire", None),
    "annee": ("Année", None),
    "seuil": ("Seuil du premier quartile (€)", None),
    "source": ("Source du seuil", None),
    "taux": ("Objectifs", None),
    "first_quartile_outside_qpv": ("Objectif hors QPV, premier quartile (%)", None),
    "other_quartiles_in_qpv": ("Objectif en QPV, trois autres quartiles (%)", None),
    "priority_per_holder": ("Objectif publics prioritaires par réservataire (%)", None),
    "rapport": ("Rapport", None),
    "fichier": ("Fichier", None),
}

_GRID: dict[str, Field] = {
    "epci": ("EPCI", None),
    "name": ("Grille", None),
    "version": ("Version", None),
    "valid_from": ("Du", None),
    "valid_to": ("Au", None),
    "example": ("Exemple", None),
    "notes": ("Observations", None),
    "criteria": ("Critère", None),
    "code": ("Code", None),
    "label": ("Libellé", None),
    "source": ("Source", CriterionSource),
    "points": ("Points", None),
    "cap": ("Plafond", None),
    "parameter": ("Paramètre", None),
    "format": ("Format du fichier", None),
    "format_version": ("Version du format", None),
    "file": ("Fichier", None),
}

# The organisation's profile (``domain.organisation.to_table``: the keys of
# ``organisation.toml``), as the « Organisation » page names its fields.
_PROFILE: dict[str, Field] = {
    "bailleur": ("Bailleur", None),
    "nom": ("Nom", None),
    "type": ("Type", None),
    "forme_juridique": ("Forme juridique", None),
    "capital": ("Capital", None),
    "siren": ("SIREN", None),
    "siret": ("SIRET", None),
    "rcs": ("RCS", None),
    "siege": ("Siège", None),
    "adresse": ("Adresse", None),
    "telephone": ("Téléphone", None),
    "courriel": ("Courriel", None),
    "site": ("Site internet", None),
    "lieu": ("Lieu", None),
    "mentions_legales": ("Mentions légales", None),
    "logo": ("Logo", None),
    "donnees_personnelles": ("Données personnelles", None),
    "responsable": ("Responsable du traitement", None),
    "dpo": ("Délégué à la protection des données", None),
    "finalites": ("Finalités", None),
    "conservation": ("Conservation", None),
    "texte": ("Texte", None),
    "agences": ("Agence", None),
    "horaires": ("Horaires", None),
    "certificat_signature": ("Certificat de signature", None),
    "signataires": ("Signataire", None),
    "id": ("Identifiant", None),
    "fonction": ("Fonction", None),
    "signature": ("Signature", None),
    "enveloppe": ("Fenêtre de l'enveloppe (mm)", None),
    "gauche": ("Gauche", None),
    "haut": ("Haut", None),
    "largeur": ("Largeur", None),
    "hauteur": ("Hauteur", None),
    "messagerie": ("Messagerie", None),
    "hote": ("Serveur", None),
    "securite": ("Sécurité", None),
    "port": ("Port", None),
    "utilisateur": ("Utilisateur", None),
    "mot_de_passe_variable": ("Variable du mot de passe", None),
    "expediteur": ("Expéditeur", None),
    "nom_expediteur": ("Nom de l'expéditeur", None),
    "certificat_ca": ("Certificat de l'autorité", None),
    "delai": ("Délai", None),
}


def others() -> dict[str, dict[str, Field]]:
    """The other snapshots the brief forms name: settings, organisation, crisis
    protocols, cotation grids, allocation targets, retention purges, backups, reports
    and SNE files (read lazily: the settings and the protocol's template)."""
    from desktop.documents.library import get_template
    from desktop.services import crisis_protocols, settings
    from desktop.services.report_figures import REPORTS

    rules = {rule.kind.value: str(rule.label) for rule in RULES}
    durations = {rule.setting_key: rule.label for rule in RULES}
    setting_names = {
        key: (f"{durations[key]} : durée de conservation (mois)", None)
        if key in durations
        else (str(o.label), None)
        for key, o in settings.OPTIONS.items()
    }
    template = get_template(crisis_protocols.TEMPLATE)
    protocol: dict[str, Field] = {
        "titre": ("Titre", None),
        "champs": ("Texte", None),
        **{f.name: (str(f.label), None) for f in template.fields},
        "association": ("Association", None),
        "signatory": ("Signataire", None),
        "signatory_role": ("Qualité du signataire", None),
        "signed_on": ("Signé le", None),
    }
    purge: dict[str, Field] = {
        "date": ("Date", None),
        "regle": ANONYMISATION["regle"],
        "anonymises": ("Dossiers anonymisés", None),
        "candidatures": ("Candidatures anonymisées", None),
        "candidatures_retirees": ("Candidatures retirées", None),
        "ignores": ("Dossiers écartés", None),
        "traces_serveur": ("Traces d'écritures du serveur supprimées", None),
        "par_regle": ("Par règle", None),
        **{code: (label, None) for code, label in rules.items()},
    }
    return {
        "reglage": {**_PROFILE, **setting_names},
        "protocole_crise": protocol,
        "cotation_grille": _GRID,
        "objectifs_attribution": _TARGETS,
        "conservation": purge,
        "sauvegarde": _BACKUP,
        # a report by its title, as the « Rapports » page lists it
        "rapport": {
            "rapport": ("Rapport", {name: str(r.title) for name, r in REPORTS.items()}),
            **_REPORT,
        },
        "sne_export": _SNE,
        "sne_import": _SNE,
        # « Marquer comme examinées » (services/audit.mark_trail_examined)
        "traces_serveur": {
            "derniere_trace": ("Dernière trace examinée (n°)", None),
            "ecritures": ("Écritures hors de l'application examinées", None),
            "instantane": ("Transactions terminées à la lecture", None),
        },
    }
