"""The access-request export (RGPD right of access).

``export_person`` writes everything held about one
household to one workbook, the notices, payment plans, letters (the register's
entries), campaign calls (notes included) and occupation reviews among it, the
timeline with the events' French names; the export is audited with what it contained.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.domain.caleol import AgendaItemKind, OccupationGround
from desktop.domain.campaign import (
    CallOutcome,
    CampaignStatus,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    PartnerType,
    ReferralStatus,
    TargetState,
    script_from_json,
)
from desktop.domain.formatting import utc_to_local
from desktop.domain.i18n import Message
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
from desktop.domain.notice_case import ExceptionKind, KeyReturnMode, NoticeStatus
from desktop.domain.notice_cotenants import CotenantBond, NoticeGiver
from desktop.domain.plans import CHANNELS, FollowUpKind
from desktop.domain.roles import Permission
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.domain.tenant import FileStatus
from desktop.domain.timeline import event_detail, event_label
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.person_audit import FIELDS, PAYMENT_ORIGINS, Field, readable, vocabulary
from desktop.storage.caleol_models import AgendaItem, Commission
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.campaign_models import (
    Campaign,
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    AppUser,
    AuditEvent,
    DocumentRecord,
    Dwelling,
    Household,
    Lease,
    Notice,
    NoticeException,
    Occupant,
    PaymentPlan,
    PlanFollowUp,
    PlanInstalment,
    PlanPayment,
    TimelineEvent,
)

# --------------------------------------------------------------------------- access request


def _rows(session: Session, model, *where, order=None):
    stmt = select(model).where(*where)
    if order is not None:
        stmt = stmt.order_by(*order)
    return session.scalars(stmt).all()


def _rows_in(session: Session, column, ids, *order) -> Sequence:
    """The rows whose ``column`` is one of ``ids`` (none without ids), in ``order``."""
    if not ids:
        return []
    return _rows(session, column.class_, column.in_(ids), order=order)


def _local(value: dt.datetime | None) -> dt.datetime | None:
    """Stored timestamps are naive UTC: the workbook shows the workstation's time."""
    return utc_to_local(value) if value is not None else None


def _yes(flag: bool) -> str:
    return "oui" if flag else "non"


def _maybe(flag: bool | None) -> str:
    """``oui``/``non``, empty when not known (not yet recorded)."""
    return "" if flag is None else _yes(flag)


# The tenant reads « Actif », not the stored code « ACTIF ».
FILE_STATUS = {FileStatus.ACTIVE.value: "Actif", FileStatus.CLOSED.value: "Clos"}


def _label(kind, code: str | None) -> str:
    """The French label of an enumerated code (the code itself when unknown)."""
    if code is None:
        return ""
    try:
        return kind(code).label
    except (ValueError, KeyError):
        return str(code)


@dataclass(frozen=True)
class _Columns:
    """The columns of a sheet: each attribute of its rows (in the sheet's order) with
    its header. A value is written as it is, unless its attribute is in ``labels`` (an
    enumerated code: its French label), ``flags`` (``oui``/``non``) or ``times`` (a
    stored UTC timestamp: local time); a name in ``computed`` is a value made from the
    row."""

    headers: dict[str, str]
    labels: dict[str, Any] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    computed: dict[str, Callable[[Any], Any]] = field(default_factory=dict)

    def value(self, row, name: str):
        if name in self.computed:
            return self.computed[name](row)
        value = getattr(row, name)
        if name in self.labels:
            return _label(self.labels[name], value)
        if name in self.flags:
            return _yes(value)
        if name in self.times:
            return _local(value)
        return value

    def write(self, book, title: str, rows: Iterable) -> int:
        """The sheet ``title`` with a line a row; returns how many lines it has."""
        sheet = book.sheet(title, list(self.headers.values()))
        for row in rows:
            sheet.add([self.value(row, name) for name in self.headers])
        return sheet.rows


def _answers_text(script, answers) -> str:
    """Script answers as ``Question : option`` lines, in the script's order."""
    if not answers:
        return ""
    questions = {q.code: q for q in script_from_json(script)}
    order = [code for code in questions if code in answers]
    order += [code for code in answers if code not in questions]
    lines = []
    for code in order:
        q = questions.get(code)
        options = dict(q.options) if q else {}
        values = answers[code] if isinstance(answers[code], list) else [answers[code]]
        text = ", ".join(options.get(str(v), str(v)) for v in values)
        lines.append(f"{q.label if q else code} : {text}")
    return "\n".join(lines)


def _campaign_sheets(book, session: Session, household_id: int) -> dict:
    """The call sheets of the household, their calls and referrals (three sheets)."""
    targets = session.execute(
        select(CampaignTarget, Campaign)
        .join(Campaign, Campaign.id == CampaignTarget.campaign_id)
        .where(CampaignTarget.household_id == household_id)
        .order_by(Campaign.start_on, Campaign.id, CampaignTarget.id)
    ).all()
    callers: dict[int, str] = {}
    caller_ids = {t.caller_id for t, _ in targets if t.caller_id is not None}
    if caller_ids:
        callers = dict(
            session.execute(select(AppUser.id, AppUser.username).where(AppUser.id.in_(caller_ids)))
            .tuples()
            .all()
        )
    campaigns = {t.id: c for t, c in targets}  # target id -> its campaign
    _Columns(
        {
            "campaign": "Campagne",
            "purpose": "Objet de la campagne",
            "campaign_status": "Statut de la campagne",
            "started_on": "Lancée le",
            "ended_on": "Terminée le",
            "contact_name": "Nom du contact",
            "phone": "Téléphone",
            "age_band": "Tranche d'âge",
            "isolated": "Isolé",
            "disability": "Handicap",
            "state": "État de la fiche",
            "escalation_step": "Étape suivante",
            "reinforced_link": "Lien renforcé",
            "next_call_on": "Prochain appel",
            "attempts": "Tentatives",
            "last_attempt_at": "Dernière tentative",
            "last_outcome": "Dernier résultat",
            "reached_on": "Joint le",
            "need_help": "Besoin d'aide",
            "help_in_place": "Aide en place",
            "secured_on": "Situation sécurisée le",
            "secured_via": "Personne jointe",
            "closed_reason": "Motif de clôture",
            "caller": "Appelant",
        },
        labels={
            "state": TargetState,
            "escalation_step": EscalationStep,
            "last_outcome": CallOutcome,
            "secured_via": ContactPerson,
            "closed_reason": CloseReason,
        },
        flags=("isolated", "disability", "reinforced_link", "need_help", "help_in_place"),
        times=("last_attempt_at",),
        computed={
            "campaign": lambda t: campaigns[t.id].name,
            "purpose": lambda t: campaigns[t.id].purpose,
            "campaign_status": lambda t: _label(CampaignStatus, campaigns[t.id].status),
            "started_on": lambda t: campaigns[t.id].started_on,
            "ended_on": lambda t: campaigns[t.id].ended_on,
            "caller": lambda t: callers.get(t.caller_id, ""),
        },
    ).write(book, "Campagnes d'appels", (t for t, _ in targets))
    call, referral = CampaignCall, CampaignReferral
    calls = _rows_in(session, call.target_id, list(campaigns), call.called_at, call.id)
    referrals = _rows_in(
        session, referral.target_id, list(campaigns), referral.sent_on, referral.id
    )
    _Columns(
        {
            "campaign": "Campagne",
            "called_at": "Date et heure",
            "step": "Étape",
            "person_reached": "Personne jointe",
            "outcome": "Résultat",
            "answers": "Réponses au script",
            "need_help": "Besoin d'aide",
            "help_in_place": "Aide en place",
            "note": "Note d'appel",
            "next_action": "Action suivante",
            "next_action_on": "À faire le",
            "recorded_by": "Saisi par",
            "recorded_at": "Saisi le",
        },
        labels={
            "step": EscalationStep,
            "person_reached": ContactPerson,
            "outcome": CallOutcome,
            "next_action": NextAction,
        },
        flags=("need_help", "help_in_place"),
        times=("called_at", "recorded_at"),
        computed={
            "campaign": lambda call: campaigns[call.target_id].name,
            "answers": lambda call: _answers_text(campaigns[call.target_id].script, call.answers),
        },
    ).write(book, "Appels de campagne", calls)
    _Columns(
        {
            "campaign": "Campagne",
            "partner_type": "Partenaire",
            "partner_name": "Nom du partenaire",
            "reason": "Motif",
            "consent": "Accord de la personne",
            "sent_on": "Transmise le",
            "status": "Statut",
            "outcome": "Suite donnée",
            "help_in_place": "Aide en place",
            "closed_on": "Close le",
            "created_by": "Créée par",
            "created_at": "Créée le",
        },
        labels={"partner_type": PartnerType, "status": ReferralStatus},
        flags=("consent", "help_in_place"),
        times=("created_at",),
        computed={"campaign": lambda r: campaigns[r.target_id].name},
    ).write(book, "Orientations", referrals)
    return {
        "campaigns": sorted({c.id for c in campaigns.values()}),
        "targets": sorted(campaigns),
        "calls": [call.id for call in calls],
        "calls_with_note": [
            (call.id, call.target_id, campaigns[call.target_id].id) for call in calls if call.note
        ],
        "referrals": [r.id for r in referrals],
    }


def _occupation_sheet(book, session: Session, household_id: int) -> list[int]:
    """The household's CALEOL occupation reviews (L442-5-2) and the commission's
    findings."""
    sheet = book.sheet(
        "Examens d'occupation",
        [
            "Commission",
            "Séance",
            "Date de la séance",
            "Logement",
            "Adresse",
            "Nom inscrit",
            "Motif de l'examen",
            "Observations",
            "Constat de la commission",
            "Logement adapté",
            "Avis",
            "Avis saisi le",
            "Avis saisi par",
        ],
    )
    rows = session.execute(
        select(AgendaItem, CaleolSession, Commission)
        .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
        .join(Commission, Commission.id == CaleolSession.commission_id)
        .where(
            AgendaItem.household_id == household_id,
            AgendaItem.kind == AgendaItemKind.EXAMEN_OCCUPATION.value,
        )
        .order_by(CaleolSession.session_date, AgendaItem.id)
    ).all()
    for item, sitting, commission in rows:
        address = ", ".join(
            p for p in (item.address, " ".join(p for p in (item.postcode, item.commune) if p)) if p
        )
        sheet.add(
            [
                commission.name,
                sitting.number,
                sitting.session_date,
                item.reference,
                address,
                item.household_name,
                _label(OccupationGround, item.ground),
                item.notes,
                item.finding,
                item.suitable_dwelling,
                item.advice,
                _local(item.finding_recorded_at),
                item.finding_recorded_by,
            ]
        )
    return [item.id for item, _, _ in rows]


def _step_text(step) -> str:
    """One stored step of a notice's explanation (``{"template", "params"}``), in
    French."""
    if not isinstance(step, dict) or "template" not in step:
        return str(step)
    params = {
        k: _step_text(v) if isinstance(v, dict) and "template" in v else v
        for k, v in (step.get("params") or {}).items()
    }
    try:
        return Message(step["template"], params).render()
    except (KeyError, IndexError, ValueError):
        return step["template"]


_NOTICES = _Columns(
    {
        "id": "N° du congé",
        "status": "Statut",
        "delivery_mode": "Mode de délivrance",
        "sent_on": "Envoyé le",
        "presented_on": "Présenté le",
        "received_on": "Reçu le",
        "requested_departure": "Départ souhaité le",
        "ground": "Motif de préavis réduit",
        "proof_received_on": "Justificatif reçu le",
        "proof_document": "Justificatif",
        "notes": "Observations",
        "given_by": "Congé donné par",
        "cotenant_bond": "Lien entre les titulaires",
        "applied_months": "Préavis appliqué (mois)",
        "end_date": "Fin du préavis",
        "end_date_if_proof": "Fin du préavis si justificatif",
        "departure_on": "Date de départ",
        "explanation": "Calcul du préavis",
        "exit_inventory_on": "État des lieux de sortie le",
        "inventory_matches": "État des lieux conforme à l'entrée",
        "inventory_scheduled_on": "État des lieux prévu le",
        "keys_returned_on": "Clés rendues le",
        "keys_return_mode": "Remise des clés",
        "deposit_due_on": "Dépôt de garantie à restituer avant le",
        "deposit_returned_on": "Dépôt de garantie restitué le",
        "created_at": "Créé le",
        "created_by": "Créé par",
        "updated_at": "Modifié le",
        "updated_by": "Modifié par",
    },
    labels={
        "status": NoticeStatus,
        "delivery_mode": DeliveryMode,
        "ground": ReducedNoticeGround,
        "keys_return_mode": KeyReturnMode,
    },
    times=("created_at", "updated_at"),
    computed={
        "explanation": lambda n: "\n".join(_step_text(step) for step in n.explanation or []),
        "inventory_matches": lambda n: _maybe(n.inventory_matches),
        "given_by": lambda n: (
            ", ".join(NoticeGiver.from_dict(g).full_name for g in n.given_by)
            if n.given_by
            else "Tous les titulaires du bail"
        ),
        "cotenant_bond": lambda n: (
            # Asked only when some holders stay: none on the last holder's notice.
            Message(CotenantBond(n.cotenant_bond).label).render()
            if n.given_by and n.cotenant_bond
            else ""
        ),
    },
)
_NOTICE_DECISIONS = _Columns(
    {
        "notice_id": "N° du congé",
        "kind": "Décision",
        "decided_on": "Décidée le",
        "decided_by": "Décidée par",
        "reason": "Motif",
        "new_departure_on": "Nouvelle date de départ",
        "agreement_signed_on": "Convention signée le",
        "keys_returned_on": "Clés rendues le",
        "inventory_scheduled_on": "État des lieux prévu le",
        "recorded_at": "Saisie le",
        "recorded_by": "Saisie par",
    },
    labels={"kind": ExceptionKind},
    times=("recorded_at",),
)


def _notice_sheets(book, session: Session, household_id: int) -> list[int]:
    """The household's notices (congés) and the decisions taken on them."""
    notices = _rows(
        session, Notice, Notice.household_id == household_id, order=[Notice.received_on, Notice.id]
    )
    _NOTICES.write(book, "Congés", notices)
    ids = [n.id for n in notices]
    x = NoticeException
    decisions = _rows_in(session, x.notice_id, ids, x.decided_on, x.id)
    _NOTICE_DECISIONS.write(book, "Décisions sur le congé", decisions)
    return ids


_PLANS = _Columns(
    {
        "id": "N° de l'accord",
        "plan_type": "Type d'accord",
        "status": "Statut",
        "debt": "Dette (€)",
        "debt_on": "Dette arrêtée au",
        "current_rent": "Loyer ou indemnité d'occupation (€)",
        "current_charges": "Charges (€)",
        "start_on": "Première échéance à partir du",
        "months": "Nombre d'échéances",
        "monthly": "Mensualité (€)",
        "day": "Jour d'échéance",
        "aid_body": "Organisme payeur",
        "aid_reference": "N° d'allocataire",
        "aid_to_landlord": "Aide versée au bailleur",
        "aid_approved_on": "Plan approuvé par l'organisme le",
        "fsl": "FSL",
        "fsl_amount": "Contribution du FSL (€)",
        "ccas": "CCAS",
        "ccas_amount": "Contribution du CCAS (€)",
        "fsl_withdrawn_on": "Promesse du FSL retirée le",
        "fsl_owed_from": "Part du FSL due par les locataires à partir du",
        "fsl_withdrawal_reason": "Motif du retrait de la promesse du FSL",
        "ccas_withdrawn_on": "Promesse du CCAS retirée le",
        "ccas_owed_from": "Part du CCAS due par les locataires à partir du",
        "ccas_withdrawal_reason": "Motif du retrait de la promesse du CCAS",
        "landlord_signatory": "Signataire pour le bailleur",
        "judgment_on": "Jugement de résiliation du",
        "end_on": "Fin du protocole",
        "new_lease_months": "Nouveau bail dans un délai de (mois)",
        "avenant_signed_on": "Avenant signé le",
        "avenant_end_on": "Fin après l'avenant",
        "new_lease_due_on": "Nouveau bail à signer avant le",
        "breach_missed": "Défaillant à partir de (échéances impayées)",
        "breach_rent_unpaid": "Défaillant dès qu'un loyer courant est impayé",
        "payments_cover_rent": "Règlements imputés d'abord au loyer du mois",
        "grace_days": "Délai de tolérance (jours)",
        "notes": "Observations",
        "proposed_on": "Proposé le",
        "signed_on": "Signé le",
        "breached_on": "Défaillant le",
        "closed_on": "Clos le",
        "status_reason": "Motif du statut",
        "summons_on": "Assignation envisagée le",
        "paid_total": "Total réglé (€)",
        "remaining": "Reste dû (€)",
        "next_due_on": "Prochaine échéance",
        "unpaid_count": "Échéances impayées",
        "created_at": "Créé le",
        "created_by": "Créé par",
        "updated_at": "Modifié le",
        "updated_by": "Modifié par",
    },
    labels={"plan_type": PaymentPlanType, "status": PlanStatus},
    flags=("aid_to_landlord", "fsl", "ccas", "breach_rent_unpaid", "payments_cover_rent"),
    times=("created_at", "updated_at"),
)
_PLAN_SCHEDULE = _Columns(
    {
        "plan_id": "N° de l'accord",
        "number": "N° de l'échéance",
        "due_on": "Date d'échéance",
        "amount": "Montant (€)",
    }
)


def _origin(source: str) -> str:
    """« Saisie », « Versement du FSL »: the origin of a payment, as a cell."""
    text = PAYMENT_ORIGINS.get(source, source)
    return text[:1].upper() + text[1:]


_PLAN_PAYMENTS = _Columns(
    {
        "plan_id": "N° de l'accord",
        "paid_on": "Date du règlement",
        "amount": "Montant (€)",
        "reference": "Référence",
        "source": "Origine",
        "source_file": "Fichier importé",
        "recorded_at": "Saisi le",
        "recorded_by": "Saisi par",
    },
    times=("recorded_at",),
    computed={"source": lambda r: _origin(r.source)},
)
_PLAN_FOLLOW_UPS = _Columns(
    {
        "plan_id": "N° de l'accord",
        "kind": "Action",
        "due_on": "À faire le",
        "done_on": "Faite le",
        "channel": "Mode",
        "outcome": "Résultat",
        "done_by": "Faite par",
        "created_at": "Créée le",
    },
    labels={"kind": FollowUpKind},
    times=("created_at",),
    computed={"channel": lambda f: CHANNELS.get(f.channel, f.channel)},
)


def _plan_sheets(book, session: Session, household_id: int) -> list[int]:
    """The household's payment plans: terms and parties, schedule, payments and the
    follow-ups after a breach (four sheets)."""
    plans = _rows(
        session,
        PaymentPlan,
        PaymentPlan.household_id == household_id,
        order=[PaymentPlan.created_at, PaymentPlan.id],
    )
    _PLANS.write(book, "Accords de paiement", plans)
    ids = [p.id for p in plans]
    i, pay, f = PlanInstalment, PlanPayment, PlanFollowUp
    instalments = _rows_in(session, i.plan_id, ids, i.plan_id, i.number)
    payments = _rows_in(session, pay.plan_id, ids, pay.plan_id, pay.paid_on, pay.id)
    follow_ups = _rows_in(session, f.plan_id, ids, f.plan_id, f.due_on, f.id)
    _PLAN_SCHEDULE.write(book, "Échéancier des accords", instalments)
    _PLAN_PAYMENTS.write(book, "Règlements des accords", payments)
    _PLAN_FOLLOW_UPS.write(book, "Suites des accords", follow_ups)
    return ids


_LETTERS = _Columns(
    {
        "reference": "Référence",
        "created_at": "Date",
        "template_name": "Modèle",
        "template_version": "Version du modèle",
        "title": "Titre",
        "subject": "Objet",
        "created_by": "Produit par",
        "registered_mail": "Recommandé",
        "pdf_path": "PDF",
        "signed": "Signé électroniquement",
        "signer": "Signataire",
        "docx_sha256": "Empreinte SHA-256 du DOCX",
        "pdf_sha256": "Empreinte SHA-256 du PDF",
        "batch_id": "Envoi groupé n°",
    },
    flags=("registered_mail", "pdf_path", "signed"),
    times=("created_at",),
)


def _letters_sheet(book, session: Session, household_id: int) -> list[int]:
    """The letters produced for the household, as the document register lists them
    (their fingerprints, not their contents)."""
    records = _rows(
        session,
        DocumentRecord,
        DocumentRecord.household_id == household_id,
        order=[DocumentRecord.created_at, DocumentRecord.id],
    )
    _LETTERS.write(book, "Courriers", records)
    return [r.id for r in records]


_OCCUPANTS = _Columns(
    {
        "position": "Position",
        "civility": "Civilité",
        "last_name": "Nom",
        "first_name": "Prénom",
        "birth_date": "Date de naissance",
        "phone": "Téléphone",
        "email": "E-mail",
        "is_titular": "Titulaire",
        "disability": "Handicap",
        "mail_address_line": "Adresse de correspondance",
        "mail_address_complement": "Complément (correspondance)",
        "mail_postcode": "Code postal (correspondance)",
        "mail_city": "Commune (correspondance)",
    },
    flags=("is_titular", "disability"),
    computed={"position": lambda o: o.position + 1},
)
_LEASE = _Columns(
    {
        "contract_number": "N° de contrat",
        "start_date": "Début",
        "rent": "Loyer (€)",
        "charges": "Charges (€)",
        "zone_tendue": "Zone tendue",
    },
    flags=("zone_tendue",),
)
_DWELLING = _Columns(
    {
        "reference": "Référence",
        "address_line": "Adresse",
        "address_complement": "Complément",
        "postcode": "Code postal",
        "city": "Commune",
        "dwelling_type": "Type",
        "surface": "Surface (m²)",
        "floor": "Étage",
        "building": "Bâtiment",
        "programme": "Programme",
    }
)
_TIMELINE = _Columns(
    {"occurred_at": "Date", "kind": "Événement", "actor": "Par", "summary": "Détail"},
    times=("occurred_at",),
    computed={
        "kind": lambda e: event_label(e.kind),
        "summary": lambda e: event_detail(e.kind, e.summary),
    },
)


_AUDIT_ENTRIES = {
    "id": "N°",
    "at": "Date",
    "actor": "Utilisateur",
    "action": "Action",
    "entity": "Objet",
    "entity_id": "N° de l'objet",
    "before": "Avant",
    "after": "Après",
}


def audit_sheet(book, session: Session, about, fields) -> int:
    """The sheet « Journal d'audit »: the audit events about the records ``about``
    (``(entity, ids)`` pairs), oldest first, their snapshots decrypted and read with
    the field names ``fields`` (by entity); returns its row count."""
    reveal = audit.Revealer(session)
    wanted = [
        and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
        for entity, ids in about
        if ids
    ]
    events = (
        _rows(session, AuditEvent, or_(*wanted), order=[AuditEvent.at, AuditEvent.id])
        if wanted
        else []
    )
    return _Columns(
        _AUDIT_ENTRIES,
        times=("at",),
        computed={
            "action": lambda e: audit.ACTION_LABELS.get(e.action, e.action),
            "entity": lambda e: audit.ENTITY_LABELS.get(e.entity, e.entity),
            "before": lambda e: readable(fields.get(e.entity, {}), reveal(e.before)),
            "after": lambda e: readable(fields.get(e.entity, {}), reveal(e.after)),
        },
    ).write(book, "Journal d'audit", events)


def audit_fields() -> dict[str, dict[str, Field]]:
    """The fields of the audit snapshots about a tenant file and its records (by
    entity), named as the sheets of the access-request workbook name them; the
    « Journal d'audit » page and export read the snapshots with them too."""
    from desktop.services.notices import ENTITY as NOTICE
    from desktop.services.plans import ENTITY as PLAN
    from desktop.services.tenants import ENTITY as FILE

    return {
        **FIELDS,
        FILE: vocabulary(
            _DWELLING,
            _LEASE,
            _OCCUPANTS,
            balance=("Solde (€)", None),
            isolated=("Personne isolée", None),
            notes=("Observations", None),
            parties=("Données sensibles consultées", None),
            dwelling=("Logement", None),
            agency_code=("Agence", None),
            lease=("Bail", None),
            occupants=("Occupant", None),
        ),
        NOTICE: vocabulary(_NOTICES, _NOTICE_DECISIONS, exception=("Décision", ExceptionKind)),
        PLAN: vocabulary(
            _PLANS,
            _PLAN_SCHEDULE,
            _PLAN_PAYMENTS,
            _PLAN_FOLLOW_UPS,
            instalments=("Échéance", None),
            automatic=("Automatique", None),
            detail=("Détail", None),
            reason=("Motif", None),
            on=("Le", None),
        ),
    }


@guarded("export")
def export_person(db: Database, actor: Actor, household_id: int, path: str | Path) -> Path:
    """Everything Parcours holds about one tenant file, in one Excel workbook
    (*droit d'accès*): the file, its occupants, lease, dwelling, timeline (events by
    their French names), its notices and the decisions on them, its payment plans with
    their schedules, payments and follow-ups, the letters produced for it (register
    entries with their SHA-256, not the files), its vigilance-campaign call sheets with
    their calls (notes and answers included) and referrals, its CALEOL occupation
    reviews, and the audit events about all of these. Dates are date cells shown
    ``23/11/2026``, amounts numbers, codes their French labels.

    The export is audited: the event lists the sheets with their row counts and the
    notices, plans, letters, campaign and occupation-review records exported; each
    call note exported (sensitive free text) is also recorded as a read of that note,
    as ``campaigns.get_call_note`` does."""
    from desktop.services.caleol import ENTITY_ITEM
    from desktop.services.campaigns import (
        ENTITY_CALL,
        ENTITY_REFERRAL,
        ENTITY_TARGET,
        SENSITIVE_NOTE,
    )
    from desktop.services.documents import ENTITY as DOCUMENT
    from desktop.services.notices import ENTITY as NOTICE
    from desktop.services.plans import ENTITY as PLAN
    from desktop.services.spreadsheet import Workbook
    from desktop.services.tenants import ENTITY as FILE
    from desktop.services.tenants import file_not_found

    authz.require(actor, Permission.PERSON_EXPORT, entity=FILE, entity_id=household_id)
    book = Workbook()
    counts: dict[str, int] = {}
    with db.reader() as session:
        h = session.get(Household, household_id)
        if h is None:
            raise file_not_found(household_id)
        authz.require_agency(
            actor, Permission.PERSON_EXPORT, h.agency_id, entity=FILE, entity_id=household_id
        )
        agency = session.get(Agency, h.agency_id)
        sheet = book.sheet("Dossier", ["Rubrique", "Valeur"])
        for label, value in (
            ("N° de dossier", h.id),
            ("Statut", FILE_STATUS.get(h.status, h.status)),
            ("Nom", h.display_name),
            ("Agence", f"{agency.name} ({agency.code})" if agency else ""),
            ("Adresse", h.address),
            ("Ménage isolé", _yes(h.isolated)),
            ("Solde (€)", h.balance),
            ("Observations", h.notes),
            ("Ouvert le", h.opened_on),
            ("Clos le", h.closed_on),
            ("Motif de clôture", h.close_reason),
            ("Anonymisé le", h.anonymised_on),
            ("Créé le", _local(h.created_at)),
            ("Créé par", h.created_by),
            ("Modifié le", _local(h.updated_at)),
            ("Modifié par", h.updated_by),
        ):
            sheet.add([label, value])
        counts["Dossier"] = sheet.rows
        counts["Occupants"] = _OCCUPANTS.write(
            book,
            "Occupants",
            _rows(
                session, Occupant, Occupant.household_id == household_id, order=[Occupant.position]
            ),
        )
        counts["Bail"] = _LEASE.write(
            book, "Bail", _rows(session, Lease, Lease.household_id == household_id)
        )
        dw = session.get(Dwelling, h.dwelling_id)
        counts["Logement"] = _DWELLING.write(book, "Logement", [dw] if dw is not None else [])
        counts["Chronologie"] = _TIMELINE.write(
            book,
            "Chronologie",
            _rows(
                session,
                TimelineEvent,
                TimelineEvent.household_id == household_id,
                order=[TimelineEvent.occurred_at, TimelineEvent.id],
            ),
        )
        notices = _notice_sheets(book, session, household_id)
        counts["Congés"] = len(notices)
        plans = _plan_sheets(book, session, household_id)
        counts["Accords de paiement"] = len(plans)
        letters = _letters_sheet(book, session, household_id)
        counts["Courriers"] = len(letters)
        campaign = _campaign_sheets(book, session, household_id)
        counts["Campagnes d'appels"] = len(campaign["targets"])
        counts["Appels de campagne"] = len(campaign["calls"])
        counts["Orientations"] = len(campaign["referrals"])
        reviews = _occupation_sheet(book, session, household_id)
        counts["Examens d'occupation"] = len(reviews)
        # The audit events about the file and about the household's campaign and
        # CALEOL records.
        about = [
            (FILE, [household_id]),
            (NOTICE, notices),
            (PLAN, plans),
            (DOCUMENT, letters),
            (ENTITY_TARGET, campaign["targets"]),
            (ENTITY_CALL, campaign["calls"]),
            (ENTITY_REFERRAL, campaign["referrals"]),
            (ENTITY_ITEM, reviews),
        ]
        fields = audit_fields()  # the snapshots' fields, named as the sheets above
        counts["Journal d'audit"] = audit_sheet(book, session, about, fields)
    saved = book.save(path)
    notes = campaign["calls_with_note"]
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export",
            FILE,
            household_id,
            None,
            {
                "fichier": saved.name,
                "motif": "droit d'accès",
                "feuilles": counts,
                "parties": [SENSITIVE_NOTE] if notes else [],
                "campagnes": campaign["campaigns"],
                "fiches_campagne": campaign["targets"],
                "appels_campagne": campaign["calls"],
                "notes_appel": [call_id for call_id, _, _ in notes],
                "orientations": campaign["referrals"],
                "examens_occupation": reviews,
                "conges": notices,
                "accords": plans,
                "courriers": letters,
            },
        )
        for call_id, target_id, campaign_id in notes:
            audit.record(
                session,
                actor,
                "consultation",
                ENTITY_CALL,
                call_id,
                None,
                {
                    "parties": [SENSITIVE_NOTE],
                    "campagne": campaign_id,
                    "fiche": target_id,
                    "motif": "droit d'accès",
                    "dossier": household_id,
                },
            )
    return saved
