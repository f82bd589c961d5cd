"""The access-request export (RGPD right of access).

``export_person`` writes everything held about one
household to one workbook, the notices, payment plans, letters (the register's
entries), campaign calls (notes included) and occupation reviews among it, the
timeline with the events' French names; the export is audited with what it contained.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

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
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.notice import DeliveryMode, ReducedNoticeGround
from desktop.domain.notice_case import ExceptionKind, KeyReturnMode, NoticeStatus
from desktop.domain.plans import CHANNELS, FollowUpKind
from desktop.domain.roles import Permission
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.domain.timeline import event_detail, event_label
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor
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


def _local(value: dt.datetime | None) -> dt.datetime | None:
    """Stored timestamps are naive UTC: the workbook shows the workstation's time."""
    return utc_to_local(value) if value is not None else None


def _yes(flag: bool) -> str:
    return "oui" if flag else "non"


def _label(kind, code: str | None) -> str:
    """The French label of an enumerated code (the code itself when unknown)."""
    if code is None:
        return ""
    try:
        return kind(code).label
    except (ValueError, KeyError):
        return str(code)


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
    sheet = book.sheet(
        "Campagnes d'appels",
        [
            "Campagne",
            "Objet de la campagne",
            "Statut de la campagne",
            "Lancée le",
            "Terminée le",
            "Nom du contact",
            "Téléphone",
            "Tranche d'âge",
            "Isolé",
            "Handicap",
            "État de la fiche",
            "Étape suivante",
            "Lien renforcé",
            "Prochain appel",
            "Tentatives",
            "Dernière tentative",
            "Dernier résultat",
            "Joint le",
            "Besoin d'aide",
            "Aide en place",
            "Situation sécurisée le",
            "Personne jointe",
            "Motif de clôture",
            "Appelant",
        ],
    )
    for t, c in targets:
        sheet.add(
            [
                c.name,
                c.purpose,
                _label(CampaignStatus, c.status),
                c.started_on,
                c.ended_on,
                t.contact_name,
                t.phone,
                t.age_band,
                _yes(t.isolated),
                _yes(t.disability),
                _label(TargetState, t.state),
                _label(EscalationStep, t.escalation_step),
                _yes(t.reinforced_link),
                t.next_call_on,
                t.attempts,
                _local(t.last_attempt_at),
                _label(CallOutcome, t.last_outcome or None),
                t.reached_on,
                _yes(t.need_help),
                _yes(t.help_in_place),
                t.secured_on,
                _label(ContactPerson, t.secured_via or None),
                _label(CloseReason, t.closed_reason or None),
                callers.get(t.caller_id, ""),
            ]
        )
    campaigns = {t.id: c for t, c in targets}
    calls_sheet = book.sheet(
        "Appels de campagne",
        [
            "Campagne",
            "Date et heure",
            "Étape",
            "Personne jointe",
            "Résultat",
            "Réponses au script",
            "Besoin d'aide",
            "Aide en place",
            "Note d'appel",
            "Action suivante",
            "À faire le",
            "Saisi par",
            "Saisi le",
        ],
    )
    calls = []
    if campaigns:
        calls = _rows(
            session,
            CampaignCall,
            CampaignCall.target_id.in_(campaigns),
            order=[CampaignCall.called_at, CampaignCall.id],
        )
    for call in calls:
        c = campaigns[call.target_id]
        calls_sheet.add(
            [
                c.name,
                _local(call.called_at),
                _label(EscalationStep, call.step),
                _label(ContactPerson, call.person_reached or None),
                _label(CallOutcome, call.outcome),
                _answers_text(c.script, call.answers),
                _yes(call.need_help),
                _yes(call.help_in_place),
                call.note,
                _label(NextAction, call.next_action),
                call.next_action_on,
                call.recorded_by,
                _local(call.recorded_at),
            ]
        )
    referrals_sheet = book.sheet(
        "Orientations",
        [
            "Campagne",
            "Partenaire",
            "Nom du partenaire",
            "Motif",
            "Accord de la personne",
            "Transmise le",
            "Statut",
            "Suite donnée",
            "Aide en place",
            "Close le",
            "Créée par",
            "Créée le",
        ],
    )
    referrals = []
    if campaigns:
        referrals = _rows(
            session,
            CampaignReferral,
            CampaignReferral.target_id.in_(campaigns),
            order=[CampaignReferral.sent_on, CampaignReferral.id],
        )
    for r in referrals:
        referrals_sheet.add(
            [
                campaigns[r.target_id].name,
                _label(PartnerType, r.partner_type),
                r.partner_name,
                r.reason,
                _yes(r.consent),
                r.sent_on,
                _label(ReferralStatus, r.status),
                r.outcome,
                _yes(r.help_in_place),
                r.closed_on,
                r.created_by,
                _local(r.created_at),
            ]
        )
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


def _maybe(flag: bool | None) -> str:
    """``oui``/``non``, empty when not known (not yet recorded)."""
    return "" if flag is None else _yes(flag)


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


def _notice_sheets(book, session: Session, household_id: int) -> list[int]:
    """The household's notices (congés) and the decisions taken on them."""
    sheet = book.sheet(
        "Congés",
        [
            "N° du congé",
            "Statut",
            "Mode de délivrance",
            "Envoyé le",
            "Présenté le",
            "Reçu le",
            "Départ souhaité le",
            "Motif de préavis réduit",
            "Justificatif reçu le",
            "Justificatif",
            "Observations",
            "Préavis appliqué (mois)",
            "Fin du préavis",
            "Fin du préavis si justificatif",
            "Date de départ",
            "Calcul du préavis",
            "État des lieux de sortie le",
            "État des lieux conforme à l'entrée",
            "État des lieux prévu le",
            "Clés rendues le",
            "Remise des clés",
            "Dépôt de garantie à restituer avant le",
            "Dépôt de garantie restitué le",
            "Créé le",
            "Créé par",
            "Modifié le",
            "Modifié par",
        ],
    )
    notices = _rows(
        session, Notice, Notice.household_id == household_id, order=[Notice.received_on, Notice.id]
    )
    for n in notices:
        sheet.add(
            [
                n.id,
                _label(NoticeStatus, n.status),
                _label(DeliveryMode, n.delivery_mode),
                n.sent_on,
                n.presented_on,
                n.received_on,
                n.requested_departure,
                _label(ReducedNoticeGround, n.ground),
                n.proof_received_on,
                n.proof_document,
                n.notes,
                n.applied_months,
                n.end_date,
                n.end_date_if_proof,
                n.departure_on,
                "\n".join(_step_text(step) for step in n.explanation or []),
                n.exit_inventory_on,
                _maybe(n.inventory_matches),
                n.inventory_scheduled_on,
                n.keys_returned_on,
                _label(KeyReturnMode, n.keys_return_mode or None),
                n.deposit_due_on,
                n.deposit_returned_on,
                _local(n.created_at),
                n.created_by,
                _local(n.updated_at),
                n.updated_by,
            ]
        )
    decisions = book.sheet(
        "Décisions sur le congé",
        [
            "N° du congé",
            "Décision",
            "Décidée le",
            "Décidée par",
            "Motif",
            "Nouvelle date de départ",
            "Convention signée le",
            "Clés rendues le",
            "État des lieux prévu le",
            "Saisie le",
            "Saisie par",
        ],
    )
    ids = [n.id for n in notices]
    if ids:
        for e in _rows(
            session,
            NoticeException,
            NoticeException.notice_id.in_(ids),
            order=[NoticeException.decided_on, NoticeException.id],
        ):
            decisions.add(
                [
                    e.notice_id,
                    _label(ExceptionKind, e.kind),
                    e.decided_on,
                    e.decided_by,
                    e.reason,
                    e.new_departure_on,
                    e.agreement_signed_on,
                    e.keys_returned_on,
                    e.inventory_scheduled_on,
                    _local(e.recorded_at),
                    e.recorded_by,
                ]
            )
    return ids


def _plan_sheets(book, session: Session, household_id: int) -> list[int]:
    """The household's payment plans: terms and parties, schedule, payments and the
    follow-ups after a breach (four sheets)."""
    from desktop.services.plans import SOURCE_IMPORT, SOURCE_MANUAL

    sheet = book.sheet(
        "Accords de paiement",
        [
            "N° de l'accord",
            "Type d'accord",
            "Statut",
            "Dette (€)",
            "Dette arrêtée au",
            "Loyer ou indemnité d'occupation (€)",
            "Charges (€)",
            "Première échéance à partir du",
            "Nombre d'échéances",
            "Mensualité (€)",
            "Jour d'échéance",
            "Organisme payeur",
            "N° d'allocataire",
            "Aide versée au bailleur",
            "Plan approuvé par l'organisme le",
            "FSL",
            "Contribution du FSL (€)",
            "CCAS",
            "Contribution du CCAS (€)",
            "Signataire pour le bailleur",
            "Jugement de résiliation du",
            "Fin du protocole",
            "Nouveau bail dans un délai de (mois)",
            "Avenant signé le",
            "Fin après l'avenant",
            "Nouveau bail à signer avant le",
            "Défaillant à partir de (échéances impayées)",
            "Défaillant dès qu'un loyer courant est impayé",
            "Règlements imputés d'abord au loyer du mois",
            "Délai de tolérance (jours)",
            "Observations",
            "Proposé le",
            "Signé le",
            "Défaillant le",
            "Clos le",
            "Motif du statut",
            "Assignation envisagée le",
            "Total réglé (€)",
            "Reste dû (€)",
            "Prochaine échéance",
            "Échéances impayées",
            "Créé le",
            "Créé par",
            "Modifié le",
            "Modifié par",
        ],
    )
    plans = _rows(
        session,
        PaymentPlan,
        PaymentPlan.household_id == household_id,
        order=[PaymentPlan.created_at, PaymentPlan.id],
    )
    for p in plans:
        sheet.add(
            [
                p.id,
                _label(PaymentPlanType, p.plan_type),
                _label(PlanStatus, p.status),
                p.debt,
                p.debt_on,
                p.current_rent,
                p.current_charges,
                p.start_on,
                p.months,
                p.monthly,
                p.day,
                p.aid_body,
                p.aid_reference,
                _yes(p.aid_to_landlord),
                p.aid_approved_on,
                _yes(p.fsl),
                p.fsl_amount,
                _yes(p.ccas),
                p.ccas_amount,
                p.landlord_signatory,
                p.judgment_on,
                p.end_on,
                p.new_lease_months,
                p.avenant_signed_on,
                p.avenant_end_on,
                p.new_lease_due_on,
                p.breach_missed,
                _yes(p.breach_rent_unpaid),
                _yes(p.payments_cover_rent),
                p.grace_days,
                p.notes,
                p.proposed_on,
                p.signed_on,
                p.breached_on,
                p.closed_on,
                p.status_reason,
                p.summons_on,
                p.paid_total,
                p.remaining,
                p.next_due_on,
                p.unpaid_count,
                _local(p.created_at),
                p.created_by,
                _local(p.updated_at),
                p.updated_by,
            ]
        )
    ids = [p.id for p in plans]
    schedule = book.sheet(
        "Échéancier des accords",
        ["N° de l'accord", "N° de l'échéance", "Date d'échéance", "Montant (€)"],
    )
    payments = book.sheet(
        "Règlements des accords",
        [
            "N° de l'accord",
            "Date du règlement",
            "Montant (€)",
            "Référence",
            "Origine",
            "Fichier importé",
            "Saisi le",
            "Saisi par",
        ],
    )
    follow_ups = book.sheet(
        "Suites des accords",
        [
            "N° de l'accord",
            "Action",
            "À faire le",
            "Faite le",
            "Mode",
            "Résultat",
            "Faite par",
            "Créée le",
        ],
    )
    if not ids:
        return ids
    for i in _rows(
        session,
        PlanInstalment,
        PlanInstalment.plan_id.in_(ids),
        order=[PlanInstalment.plan_id, PlanInstalment.number],
    ):
        schedule.add([i.plan_id, i.number, i.due_on, i.amount])
    origins = {
        SOURCE_MANUAL: QT_TRANSLATE_NOOP("messages", "Saisie"),
        SOURCE_IMPORT: QT_TRANSLATE_NOOP("messages", "Import du relevé comptable"),
    }
    for r in _rows(
        session,
        PlanPayment,
        PlanPayment.plan_id.in_(ids),
        order=[PlanPayment.plan_id, PlanPayment.paid_on, PlanPayment.id],
    ):
        payments.add(
            [
                r.plan_id,
                r.paid_on,
                r.amount,
                r.reference,
                origins.get(r.source, r.source),
                r.source_file,
                _local(r.recorded_at),
                r.recorded_by,
            ]
        )
    for f in _rows(
        session,
        PlanFollowUp,
        PlanFollowUp.plan_id.in_(ids),
        order=[PlanFollowUp.plan_id, PlanFollowUp.due_on, PlanFollowUp.id],
    ):
        follow_ups.add(
            [
                f.plan_id,
                _label(FollowUpKind, f.kind),
                f.due_on,
                f.done_on,
                CHANNELS.get(f.channel, f.channel),
                f.outcome,
                f.done_by,
                _local(f.created_at),
            ]
        )
    return ids


def _letters_sheet(book, session: Session, household_id: int) -> list[int]:
    """The letters produced for the household, as the document register lists them
    (their fingerprints, not their contents)."""
    sheet = book.sheet(
        "Courriers",
        [
            "Référence",
            "Date",
            "Modèle",
            "Version du modèle",
            "Titre",
            "Objet",
            "Produit par",
            "Recommandé",
            "PDF",
            "Signé électroniquement",
            "Signataire",
            "Empreinte SHA-256 du DOCX",
            "Empreinte SHA-256 du PDF",
            "Envoi groupé n°",
        ],
    )
    records = _rows(
        session,
        DocumentRecord,
        DocumentRecord.household_id == household_id,
        order=[DocumentRecord.created_at, DocumentRecord.id],
    )
    for r in records:
        sheet.add(
            [
                r.reference,
                _local(r.created_at),
                r.template_name,
                r.template_version,
                r.title,
                r.subject,
                r.created_by,
                _yes(r.registered_mail),
                _yes(bool(r.pdf_path)),
                _yes(r.signed),
                r.signer,
                r.docx_sha256,
                r.pdf_sha256,
                r.batch_id,
            ]
        )
    return [r.id for r in records]


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
            ("Statut", h.status),
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
        sheet = book.sheet(
            "Occupants",
            [
                "Position",
                "Civilité",
                "Nom",
                "Prénom",
                "Date de naissance",
                "Téléphone",
                "E-mail",
                "Titulaire",
                "Handicap",
            ],
        )
        for o in _rows(
            session, Occupant, Occupant.household_id == household_id, order=[Occupant.position]
        ):
            sheet.add(
                [
                    o.position + 1,
                    o.civility,
                    o.last_name,
                    o.first_name,
                    o.birth_date,
                    o.phone,
                    o.email,
                    _yes(o.is_titular),
                    _yes(o.disability),
                ]
            )
        counts["Occupants"] = sheet.rows
        sheet = book.sheet(
            "Bail", ["N° de contrat", "Début", "Loyer (€)", "Charges (€)", "Zone tendue"]
        )
        for lease in _rows(session, Lease, Lease.household_id == household_id):
            sheet.add(
                [
                    lease.contract_number,
                    lease.start_date,
                    lease.rent,
                    lease.charges,
                    _yes(lease.zone_tendue),
                ]
            )
        counts["Bail"] = sheet.rows
        sheet = book.sheet(
            "Logement",
            [
                "Référence",
                "Adresse",
                "Complément",
                "Code postal",
                "Commune",
                "Type",
                "Surface (m²)",
                "Étage",
                "Bâtiment",
                "Programme",
            ],
        )
        dw = session.get(Dwelling, h.dwelling_id)
        if dw is not None:
            sheet.add(
                [
                    dw.reference,
                    dw.address_line,
                    dw.address_complement,
                    dw.postcode,
                    dw.city,
                    dw.dwelling_type,
                    dw.surface,
                    dw.floor,
                    dw.building,
                    dw.programme,
                ]
            )
        counts["Logement"] = sheet.rows
        sheet = book.sheet("Chronologie", ["Date", "Événement", "Par", "Détail"])
        for e in _rows(
            session,
            TimelineEvent,
            TimelineEvent.household_id == household_id,
            order=[TimelineEvent.occurred_at, TimelineEvent.id],
        ):
            sheet.add(
                [
                    _local(e.occurred_at),
                    event_label(e.kind),
                    e.actor,
                    event_detail(e.kind, e.summary),
                ]
            )
        counts["Chronologie"] = sheet.rows
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
        sheet = book.sheet(
            "Journal d'audit",
            ["N°", "Date", "Utilisateur", "Action", "Objet", "N° de l'objet", "Avant", "Après"],
        )
        reveal = audit.Revealer(session)
        for e in _rows(
            session,
            AuditEvent,
            or_(
                *(
                    and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
                    for entity, ids in about
                    if ids
                )
            ),
            order=[AuditEvent.at, AuditEvent.id],
        ):
            sheet.add(
                [
                    e.id,
                    _local(e.at),
                    e.actor,
                    audit.ACTION_LABELS.get(e.action, e.action),
                    audit.ENTITY_LABELS.get(e.entity, e.entity),
                    e.entity_id,
                    audit.describe(reveal(e.before)),
                    audit.describe(reveal(e.after)),
                ]
            )
        counts["Journal d'audit"] = sheet.rows
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
