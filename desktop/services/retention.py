"""Data retention (RGPD): purge preview, purge, and the access-request export.

The purge anonymises the tenant files whose retention period (``domain.retention``,
periods editable in the settings) has run out since their closing: names, contact
details, birth dates, health and vulnerability flags, notes and the free text of the
timeline are replaced or removed, the contract number replaced; the dwelling, the
amounts and the dates stay (statistics). The same transaction anonymises what the
other features hold about the household: its vigilance-campaign call sheets (contact
name, phone, isolation and disability flags), their calls (notes, script answers) and
referrals (reason, partner's answer), and its CALEOL occupation reviews (name
snapshot, notes, finding, suitable dwelling, advice); states, outcomes, grounds and
dates stay (figures). It is audited: one event per file (rule, due date and counts, no
personal data) and one for the run. The audit trail itself is kept (append-only), and
so are the signed CALEOL minutes (archives).

The access-request export (``export_person``) writes everything held about one
household to one workbook, the campaign calls (notes included) and the occupation
reviews among it; the export is audited with what it contained.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, delete, or_, select, update
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
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.retention import RULES_BY_KIND, RetentionKind, purge_due
from desktop.domain.roles import Permission
from desktop.domain.tenant import FileStatus
from desktop.domain.text import fold
from desktop.services import audit, authz, settings
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
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
    Dwelling,
    Household,
    Lease,
    Occupant,
    SearchToken,
    TimelineEvent,
)

ENTITY = "conservation"
EVENT_ANONYMISED = "ANONYMISATION"
ANONYMOUS_NAME = "ANONYME"


@dataclass(frozen=True)
class PurgeItem:
    kind: RetentionKind
    household_id: int
    label: str
    closed_on: dt.date
    due_on: dt.date
    months: int

    @property
    def reason(self) -> Message:
        rule = RULES_BY_KIND[self.kind]
        return Message(QT_TRANSLATE_NOOP(
            "messages",
            "{rule} : clos le {closed}, conservation de {months} mois échue le {due}."),
            {"rule": Message(rule.label), "closed": format_date_fr(self.closed_on),
             "months": self.months, "due": format_date_fr(self.due_on)})


def _months(session: Session) -> dict[RetentionKind, int]:
    return {kind: int(settings.read(session, rule.setting_key))
            for kind, rule in RULES_BY_KIND.items()}


def _kind(balance: Decimal) -> RetentionKind:
    return RetentionKind.ARREARS_FILE if balance > 0 else RetentionKind.TENANT_FILE


def _eligible(session: Session, on: dt.date) -> list[PurgeItem]:
    months = _months(session)
    shortest = min(months[RetentionKind.TENANT_FILE], months[RetentionKind.ARREARS_FILE])
    # Files closed at least the shortest period ago; the exact rule per file below.
    latest = on - dt.timedelta(days=28 * shortest)
    rows = session.execute(
        select(Household.id, Household.display_name, Household.closed_on, Household.balance)
        .where(Household.status == FileStatus.CLOSED.value,
               Household.anonymised_on.is_(None),
               Household.closed_on.is_not(None),
               Household.closed_on <= latest)
        .order_by(Household.closed_on, Household.id)
    ).all()
    items = []
    for household_id, name, closed_on, balance in rows:
        kind = _kind(balance)
        due = purge_due(closed_on, months[kind])
        if due <= on:
            items.append(PurgeItem(kind, household_id, name, closed_on, due, months[kind]))
    return items


@guarded("conservation")
def preview(db: Database, actor: Actor, on: dt.date | None = None) -> list[PurgeItem]:
    """What a purge run on ``on`` (today) would anonymise, and why."""
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    with db.reader() as session:
        return _eligible(session, on or today())


@dataclass(frozen=True)
class PurgeResult:
    anonymised: int
    skipped: int  # previewed but no longer due (reopened, edited meanwhile)


def _anonymise(session: Session, actor: Actor, item: PurgeItem, on: dt.date,
               stamp: dt.datetime) -> None:
    hid = item.household_id
    label = f"Dossier anonymisé n° {hid}"
    occupants = session.scalars(
        select(Occupant.id).where(Occupant.household_id == hid).order_by(Occupant.position)
    ).all()
    if occupants:
        session.execute(delete(Occupant).where(Occupant.id.in_(occupants[1:])))
        session.execute(update(Occupant).where(Occupant.id == occupants[0]).values(
            civility="", last_name=ANONYMOUS_NAME, first_name="", birth_date=None, phone="",
            email="", disability=False, is_titular=True, version=Occupant.version + 1))
    contract = f"ANON-{hid}"
    session.execute(update(Lease).where(Lease.household_id == hid).values(
        contract_number=contract, version=Lease.version + 1))
    session.execute(delete(SearchToken).where(SearchToken.household_id == hid))
    session.execute(update(TimelineEvent).where(TimelineEvent.household_id == hid).values(
        summary=""))
    session.execute(update(Household).where(Household.id == hid).values(
        display_name=label, sort_name=fold(label), contract_number=contract,
        isolated=False, notes="", close_reason="", eldest_birth_date=None,
        search_text=" ", anonymised_on=on, updated_at=stamp, updated_by=actor.username,
        version=Household.version + 1))
    session.add(TimelineEvent(household_id=hid, occurred_at=stamp, kind=EVENT_ANONYMISED,
                              summary="", actor=actor.username))
    sheets, calls, reviews = _anonymise_features(session, hid, label)
    audit.record(session, actor, "anonymisation", "dossier", hid, None, {
        "regle": item.kind.value, "clos_le": item.closed_on, "echeance": item.due_on,
        "duree_mois": item.months, "fiches_campagne": sheets, "appels_campagne": calls,
        "examens_occupation": reviews})


def _anonymise_features(session: Session, hid: int, label: str) -> tuple[int, int, int]:
    """What the campaigns and the CALEOL hold about household ``hid``, anonymised like
    the file: the person's data blanked, the figures kept (states, steps, outcomes,
    need/help flags, grounds, dates). Returns (call sheets, calls, occupation reviews)."""
    t, call, r = (CampaignTarget.__table__, CampaignCall.__table__,
                  CampaignReferral.__table__)
    targets = select(t.c.id).where(t.c.household_id == hid).scalar_subquery()
    sheets = session.execute(update(t).where(t.c.household_id == hid).values(
        contact_name="", phone="", isolated=False, disability=False,
        version=t.c.version + 1).execution_options(synchronize_session=False)).rowcount
    calls = session.execute(update(call).where(call.c.target_id.in_(targets)).values(
        note="", answers=None).execution_options(synchronize_session=False)).rowcount
    session.execute(update(r).where(r.c.target_id.in_(targets)).values(
        reason="", outcome="", version=r.c.version + 1)
        .execution_options(synchronize_session=False))
    # Occupation reviews (the signed minutes, archives, are not rewritten).
    item = AgendaItem.__table__
    reviews = session.execute(update(item).where(item.c.household_id == hid).values(
        household_name=label, notes="", finding="", suitable_dwelling="", advice="",
        version=item.c.version + 1).execution_options(synchronize_session=False)).rowcount
    return int(sheets or 0), int(calls or 0), int(reviews or 0)


@guarded("purge")
def purge(db: Database, actor: Actor, on: dt.date | None = None,
          only: set[int] | None = None) -> PurgeResult:
    """Anonymise every file due on ``on`` (today), in one transaction.

    ``only``: the ids the administrator saw in the preview; files not among them are
    left for the next run.
    """
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    on = on or today()
    with db.transaction() as session:
        items = _eligible(session, on)
        chosen = [i for i in items if only is None or i.household_id in only]
        skipped = 0 if only is None else len(set(only) - {i.household_id for i in chosen})
        stamp = now()
        for item in chosen:
            _anonymise(session, actor, item, on, stamp)
        audit.record(session, actor, "purge", ENTITY, None, None, {
            "date": on, "anonymises": len(chosen), "ignores": skipped,
            "par_regle": {k.value: sum(1 for i in chosen if i.kind == k)
                          for k in (RetentionKind.TENANT_FILE, RetentionKind.ARREARS_FILE)},
        })
    return PurgeResult(len(chosen), skipped)


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
        select(CampaignTarget, Campaign).join(Campaign, Campaign.id == CampaignTarget.campaign_id)
        .where(CampaignTarget.household_id == household_id)
        .order_by(Campaign.start_on, Campaign.id, CampaignTarget.id)).all()
    callers = {}
    caller_ids = {t.caller_id for t, _ in targets if t.caller_id is not None}
    if caller_ids:
        callers = dict(session.execute(select(AppUser.id, AppUser.username).where(
            AppUser.id.in_(caller_ids))).all())
    sheet = book.sheet("Campagnes d'appels", [
        "Campagne", "Objet de la campagne", "Statut de la campagne", "Lancée le",
        "Terminée le", "Nom du contact", "Téléphone", "Tranche d'âge", "Isolé", "Handicap",
        "État de la fiche", "Étape suivante", "Lien renforcé", "Prochain appel",
        "Tentatives", "Dernière tentative", "Dernier résultat", "Joint le",
        "Besoin d'aide", "Aide en place", "Situation sécurisée le", "Personne jointe",
        "Motif de clôture", "Appelant"])
    for t, c in targets:
        sheet.add([c.name, c.purpose, _label(CampaignStatus, c.status), c.started_on,
                   c.ended_on, t.contact_name, t.phone, t.age_band, _yes(t.isolated),
                   _yes(t.disability), _label(TargetState, t.state),
                   _label(EscalationStep, t.escalation_step), _yes(t.reinforced_link),
                   t.next_call_on, t.attempts, _local(t.last_attempt_at),
                   _label(CallOutcome, t.last_outcome or None), t.reached_on,
                   _yes(t.need_help), _yes(t.help_in_place), t.secured_on,
                   _label(ContactPerson, t.secured_via or None),
                   _label(CloseReason, t.closed_reason or None),
                   callers.get(t.caller_id, "")])
    campaigns = {t.id: c for t, c in targets}
    calls_sheet = book.sheet("Appels de campagne", [
        "Campagne", "Date et heure", "Étape", "Personne jointe", "Résultat",
        "Réponses au script", "Besoin d'aide", "Aide en place", "Note d'appel",
        "Action suivante", "À faire le", "Saisi par", "Saisi le"])
    calls = []
    if campaigns:
        calls = _rows(session, CampaignCall, CampaignCall.target_id.in_(campaigns),
                      order=[CampaignCall.called_at, CampaignCall.id])
    for call in calls:
        c = campaigns[call.target_id]
        calls_sheet.add([
            c.name, _local(call.called_at), _label(EscalationStep, call.step),
            _label(ContactPerson, call.person_reached or None),
            _label(CallOutcome, call.outcome), _answers_text(c.script, call.answers),
            _yes(call.need_help), _yes(call.help_in_place), call.note,
            _label(NextAction, call.next_action), call.next_action_on, call.recorded_by,
            _local(call.recorded_at)])
    referrals_sheet = book.sheet("Orientations", [
        "Campagne", "Partenaire", "Nom du partenaire", "Motif", "Accord de la personne",
        "Transmise le", "Statut", "Suite donnée", "Aide en place", "Close le", "Créée par",
        "Créée le"])
    referrals = []
    if campaigns:
        referrals = _rows(session, CampaignReferral,
                          CampaignReferral.target_id.in_(campaigns),
                          order=[CampaignReferral.sent_on, CampaignReferral.id])
    for r in referrals:
        referrals_sheet.add([
            campaigns[r.target_id].name, _label(PartnerType, r.partner_type),
            r.partner_name, r.reason, _yes(r.consent), r.sent_on,
            _label(ReferralStatus, r.status), r.outcome, _yes(r.help_in_place),
            r.closed_on, r.created_by, _local(r.created_at)])
    return {
        "campaigns": sorted({c.id for c in campaigns.values()}),
        "targets": sorted(campaigns),
        "calls": [call.id for call in calls],
        "calls_with_note": [(call.id, call.target_id, campaigns[call.target_id].id)
                            for call in calls if call.note],
        "referrals": [r.id for r in referrals],
    }


def _occupation_sheet(book, session: Session, household_id: int) -> list[int]:
    """The household's CALEOL occupation reviews (L442-5-2) and the commission's
    findings."""
    sheet = book.sheet("Examens d'occupation", [
        "Commission", "Séance", "Date de la séance", "Logement", "Adresse",
        "Nom inscrit", "Motif de l'examen", "Observations", "Constat de la commission",
        "Logement adapté", "Avis", "Avis saisi le", "Avis saisi par"])
    rows = session.execute(
        select(AgendaItem, CaleolSession, Commission)
        .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
        .join(Commission, Commission.id == CaleolSession.commission_id)
        .where(AgendaItem.household_id == household_id,
               AgendaItem.kind == AgendaItemKind.EXAMEN_OCCUPATION.value)
        .order_by(CaleolSession.session_date, AgendaItem.id)).all()
    for item, sitting, commission in rows:
        address = ", ".join(p for p in (item.address, " ".join(
            p for p in (item.postcode, item.commune) if p)) if p)
        sheet.add([commission.name, sitting.number, sitting.session_date, item.reference,
                   address, item.household_name, _label(OccupationGround, item.ground),
                   item.notes, item.finding, item.suitable_dwelling, item.advice,
                   _local(item.finding_recorded_at), item.finding_recorded_by])
    return [item.id for item, _, _ in rows]


@guarded("export")
def export_person(db: Database, actor: Actor, household_id: int, path: str | Path) -> Path:
    """Everything Parcours holds about one tenant file, in one Excel workbook
    (*droit d'accès*): the file, its occupants, lease, dwelling, timeline, its
    vigilance-campaign call sheets with their calls (notes and answers included) and
    referrals, its CALEOL occupation reviews, and the audit events about all of these.

    The export is audited: the event lists the sheets with their row counts and the
    campaign and occupation-review records exported; each call note exported (sensitive
    free text) is also recorded as a read of that note, as ``campaigns.get_call_note``
    does."""
    from desktop.services.caleol import ENTITY_ITEM
    from desktop.services.campaigns import (
        ENTITY_CALL,
        ENTITY_REFERRAL,
        ENTITY_TARGET,
        SENSITIVE_NOTE,
    )
    from desktop.services.spreadsheet import Workbook
    from desktop.services.tenants import ENTITY as FILE

    authz.require(actor, Permission.PERSON_EXPORT, entity=FILE, entity_id=household_id)
    book = Workbook()
    counts: dict[str, int] = {}
    with db.reader() as session:
        h = session.get(Household, household_id)
        if h is None:
            raise UserError(Message(QT_TRANSLATE_NOOP(
                "messages", "Le dossier n° {id} n'existe pas ou plus."), {"id": household_id}))
        authz.require_agency(actor, Permission.PERSON_EXPORT, h.agency_id, entity=FILE,
                             entity_id=household_id)
        agency = session.get(Agency, h.agency_id)
        sheet = book.sheet("Dossier", ["Rubrique", "Valeur"])
        for label, value in (
            ("N° de dossier", h.id), ("Statut", h.status), ("Nom", h.display_name),
            ("Agence", f"{agency.name} ({agency.code})" if agency else ""),
            ("Adresse", h.address), ("Ménage isolé", _yes(h.isolated)),
            ("Solde (€)", h.balance), ("Observations", h.notes),
            ("Ouvert le", h.opened_on), ("Clos le", h.closed_on),
            ("Motif de clôture", h.close_reason), ("Anonymisé le", h.anonymised_on),
            ("Créé le", _local(h.created_at)), ("Créé par", h.created_by),
            ("Modifié le", _local(h.updated_at)), ("Modifié par", h.updated_by),
        ):
            sheet.add([label, value])
        counts["Dossier"] = sheet.rows
        sheet = book.sheet("Occupants", [
            "Position", "Civilité", "Nom", "Prénom", "Date de naissance", "Téléphone",
            "E-mail", "Titulaire", "Handicap"])
        for o in _rows(session, Occupant, Occupant.household_id == household_id,
                       order=[Occupant.position]):
            sheet.add([o.position + 1, o.civility, o.last_name, o.first_name, o.birth_date,
                       o.phone, o.email, _yes(o.is_titular), _yes(o.disability)])
        counts["Occupants"] = sheet.rows
        sheet = book.sheet("Bail", ["N° de contrat", "Début", "Loyer (€)", "Charges (€)",
                                    "Zone tendue"])
        for lease in _rows(session, Lease, Lease.household_id == household_id):
            sheet.add([lease.contract_number, lease.start_date, lease.rent, lease.charges,
                       _yes(lease.zone_tendue)])
        counts["Bail"] = sheet.rows
        sheet = book.sheet("Logement", ["Référence", "Adresse", "Complément", "Code postal",
                                        "Commune", "Type", "Surface (m²)", "Étage",
                                        "Bâtiment", "Programme"])
        dw = session.get(Dwelling, h.dwelling_id)
        if dw is not None:
            sheet.add([dw.reference, dw.address_line, dw.address_complement, dw.postcode,
                       dw.city, dw.dwelling_type, dw.surface, dw.floor, dw.building,
                       dw.programme])
        counts["Logement"] = sheet.rows
        sheet = book.sheet("Chronologie", ["Date", "Événement", "Par", "Détail"])
        for e in _rows(session, TimelineEvent, TimelineEvent.household_id == household_id,
                       order=[TimelineEvent.occurred_at, TimelineEvent.id]):
            sheet.add([_local(e.occurred_at), e.kind, e.actor, e.summary])
        counts["Chronologie"] = sheet.rows
        campaign = _campaign_sheets(book, session, household_id)
        counts["Campagnes d'appels"] = len(campaign["targets"])
        counts["Appels de campagne"] = len(campaign["calls"])
        counts["Orientations"] = len(campaign["referrals"])
        reviews = _occupation_sheet(book, session, household_id)
        counts["Examens d'occupation"] = len(reviews)
        # The audit events about the file and about the household's campaign and
        # CALEOL records.
        about = [(FILE, [household_id]), (ENTITY_TARGET, campaign["targets"]),
                 (ENTITY_CALL, campaign["calls"]), (ENTITY_REFERRAL, campaign["referrals"]),
                 (ENTITY_ITEM, reviews)]
        sheet = book.sheet("Journal d'audit", ["N°", "Date", "Utilisateur", "Action",
                                               "Objet", "N° de l'objet", "Avant", "Après"])
        for e in _rows(session, AuditEvent,
                       or_(*(and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
                             for entity, ids in about if ids)),
                       order=[AuditEvent.at, AuditEvent.id]):
            sheet.add([e.id, _local(e.at), e.actor,
                       audit.ACTION_LABELS.get(e.action, e.action),
                       audit.ENTITY_LABELS.get(e.entity, e.entity), e.entity_id,
                       audit.describe(e.before), audit.describe(e.after)])
        counts["Journal d'audit"] = sheet.rows
    saved = book.save(path)
    notes = campaign["calls_with_note"]
    with db.transaction() as session:
        audit.record(session, actor, "export", FILE, household_id, None, {
            "fichier": saved.name, "motif": "droit d'accès", "feuilles": counts,
            "parties": [SENSITIVE_NOTE] if notes else [],
            "campagnes": campaign["campaigns"], "fiches_campagne": campaign["targets"],
            "appels_campagne": campaign["calls"],
            "notes_appel": [call_id for call_id, _, _ in notes],
            "orientations": campaign["referrals"], "examens_occupation": reviews})
        for call_id, target_id, campaign_id in notes:
            audit.record(session, actor, "consultation", ENTITY_CALL, call_id, None, {
                "parties": [SENSITIVE_NOTE], "campagne": campaign_id, "fiche": target_id,
                "motif": "droit d'accès", "dossier": household_id})
    return saved
