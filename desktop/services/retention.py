"""Data retention (RGPD): purge preview and purge.

The purge anonymises the tenant files whose retention period (``domain.retention``,
periods editable in the settings) has run out since their closing: names, contact
details, birth dates, health and vulnerability flags, notes and the free text of the
timeline are replaced or removed, the contract number replaced; the dwelling, the
amounts and the dates stay (statistics). The same transaction anonymises what the
other features hold about the household: its vigilance-campaign call sheets (contact
name, phone, isolation and disability flags), their calls (notes, script answers) and
referrals (reason, partner's answer), and its CALEOL occupation reviews (name
snapshot, notes, finding, suitable dwelling, advice); states, outcomes, grounds and
dates stay (figures). It also blanks the free text of the household's notices (notes,
proof description, names of the holders who gave it, decisions' reasons and deciders,
also inside the stored end-date explanation) and payment plans (notes, allowance number, landlord's signatory, status
reason, payment references, follow-up outcomes), keeping their dates, durations,
statuses and amounts. It is audited: one event per file (rule, due date and counts, no
personal data) and one for the run. The audit trail itself is kept (append-only), and
so are the signed CALEOL minutes (archives) and the letters' files in the document
archive (with their register entries).

The purge also anonymises the CALEOL candidatures (the application data of the landlord's
files, NS-20): at the attribution (the lease signed, else the offer accepted) or, for a
candidate who got no dwelling, a delay after the candidature's last step
(``domain.retention.application_due``). Identity, numéro unique (``ANON-<id>``),
address, household description, effort rate, *reste à vivre*, priority criteria,
current housing, notes, the decision's reason and the offer's refusal reason are
emptied, as are the cotation's facts and the text of the refused offers recorded for
it, and the candidate's letters (files deleted, register lines emptied); the decision,
rank, tally,
offer dates and the figures the attribution reports count (adults, children, resources,
priority household) stay. The minutes are not touched (archives: their versions and the
signed PDF keep what the commission examined); a locked session is sealed again in the
purge's audit event (``services/caleol/seal.py``), and on a server only the
administrators' purge may empty those columns of a locked session
(``PURGE_ANONYMISED_COLUMNS``). The candidature's audit key is deleted (its snapshots
become noise, ``storage/shred.py``), and so, a delay on, is that of a candidature
withdrawn from the agenda.

The access-request export is ``desktop.services.person_export``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.caleol import OfferStatus, SessionStatus
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.retention import (
    RULES_BY_KIND,
    ApplicationFacts,
    RetentionKind,
    add_months,
    application_due,
    purge_due,
    trail_limit,
)
from desktop.domain.roles import Permission
from desktop.domain.tenant import MAIL_FIELDS, FileStatus
from desktop.domain.text import fold, person_name
from desktop.services import audit, authz, settings, timeline
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.storage import server_trail
from desktop.storage.anonymised import ANONYMISATION, purged
from desktop.storage.caleol_models import AgendaItem, Candidate, CandidateKey
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.campaign_models import (
    CampaignCall,
    CampaignReferral,
    CampaignTarget,
)
from desktop.storage.cotation_models import AdaptedRefusal, CandidateCotation, SneExport
from desktop.storage.db import Database
from desktop.storage.models import (
    DocumentRecord,
    Household,
    HouseholdKey,
    Lease,
    Notice,
    NoticeException,
    Occupant,
    PaymentPlan,
    PlanFollowUp,
    PlanPayment,
    SearchToken,
    TimelineEvent,
)

log = logging.getLogger(__name__)

ENTITY = "conservation"
EVENT_ANONYMISED = "ANONYMISATION"
ANONYMOUS_NAME = "ANONYME"


@dataclass(frozen=True)
class PurgeItem:
    """A tenant file (``household_id``) or a CALEOL candidature (``candidate_id``, the
    household None) due for anonymisation; ``closed_on`` is the day the period runs
    from (the file's closing, the candidature's attribution or last step)."""

    kind: RetentionKind
    household_id: int | None
    label: str
    closed_on: dt.date
    due_on: dt.date
    months: int
    # The household's generated letters (DOCX, PDF): deleted by the purge, and their
    # paths blanked in the register (the register keeps references and fingerprints).
    documents: tuple[str, ...] = ()
    candidate_id: int | None = None
    # A candidature: its numéro unique and its CALEOL session.
    reference: str = ""
    session_id: int | None = None

    @property
    def reason(self) -> Message:
        rule = RULES_BY_KIND[self.kind]
        if self.candidate_id is not None:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{rule} : {trigger} le {closed}, conservation de {months} mois échue le {due}.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "{rule} : clos le {closed}, conservation de {months} mois échue le {due}.",
            )
        return Message(
            template,
            {
                "rule": Message(rule.label),
                "trigger": Message(rule.trigger),
                "closed": format_date_fr(self.closed_on),
                "months": self.months,
                "due": format_date_fr(self.due_on),
            },
        )


def _months(session: Session) -> dict[RetentionKind, int]:
    return {
        kind: int(settings.read(session, rule.setting_key)) for kind, rule in RULES_BY_KIND.items()
    }


def _kind(balance: Decimal) -> RetentionKind:
    return RetentionKind.ARREARS_FILE if balance > 0 else RetentionKind.TENANT_FILE


def _eligible(session: Session, on: dt.date) -> list[PurgeItem]:
    months = _months(session)
    shortest = min(months[RetentionKind.TENANT_FILE], months[RetentionKind.ARREARS_FILE])
    # Files closed at least the shortest period ago; the exact rule per file below.
    latest = on - dt.timedelta(days=28 * shortest)
    rows = session.execute(
        select(Household.id, Household.display_name, Household.closed_on, Household.balance)
        .where(
            Household.status == FileStatus.CLOSED.value,
            ~purged(Household),
            Household.closed_on.is_not(None),
            Household.closed_on <= latest,
        )
        .order_by(Household.closed_on, Household.id)
    ).all()
    items = []
    for household_id, name, closed_on, balance in rows:
        kind = _kind(balance)
        due = purge_due(closed_on, months[kind])
        if due <= on:
            items.append(
                PurgeItem(
                    kind,
                    household_id,
                    name,
                    closed_on,
                    due,
                    months[kind],
                    _document_files(session, household_id),
                )
            )
    return items


def _document_files(session: Session, household_id: int) -> tuple[str, ...]:
    return _letter_files(session, DocumentRecord.household_id == household_id)


def _letter_files(session: Session, where) -> tuple[str, ...]:
    """The files (DOCX, PDF) of the register's letters that match ``where``."""
    rows = session.execute(
        select(DocumentRecord.docx_path, DocumentRecord.pdf_path)
        .where(where)
        .order_by(DocumentRecord.id)
    ).all()
    return tuple(p for row in rows for p in row if p)


def _delete_documents(db: Database, paths: list[str]) -> int:
    """Delete the purged households' letters; only files inside the documents folder
    (a path altered in the base cannot make the purge delete anything else), and none
    that a line of the register or of the minutes still names (``_still_named``)."""
    import contextlib
    import os

    from desktop.services.documents import documents_dir

    root = documents_dir().resolve()
    targets = []
    for text in paths:
        path = Path(text).resolve()
        if path.is_relative_to(root) and path.is_file():
            targets.append(path)
    named = _still_named(db, {os.path.normcase(p.name) for p in targets}) if targets else set()
    deleted = 0
    for path in targets:
        if os.path.normcase(str(path)) in named:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            deleted += 1
    return deleted


def _still_named(db: Database, names: set[str]) -> set[str]:
    """The files called ``names`` that a line of the register, or of the CALEOL
    minutes, still names once the purge emptied its own lines (resolved, ``normcase``):
    another letter, which a line written by hand into a purged file named (in any
    spelling of its path) so that the purge would delete it."""
    import os

    from desktop.storage.minutes_models import MinutesSignature, MinutesVersion

    named: set[str] = set()
    with db.reader() as session:
        for column in (
            DocumentRecord.docx_path,
            DocumentRecord.pdf_path,
            MinutesVersion.pdf_path,
            MinutesSignature.pdf_path,
        ):
            for text in session.scalars(select(column).where(column != "")):
                if os.path.normcase(Path(text).name) in names:
                    named.add(os.path.normcase(str(Path(text).resolve())))
    return named


# « 1 dossier à anonymiser », « 3 dossiers à anonymiser ».
to_anonymise_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} dossier à anonymiser"),
    QT_TRANSLATE_NOOP("messages", "{n} dossiers à anonymiser"),
)


# « aucun dossier anonymisé », « 1 dossier anonymisé », « 3 dossiers anonymisés ».
anonymised_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} dossier anonymisé"),
    QT_TRANSLATE_NOOP("messages", "{n} dossiers anonymisés"),
    QT_TRANSLATE_NOOP("messages", "aucun dossier anonymisé"),
)


# « 1 candidature CALEOL à anonymiser », « 3 candidatures CALEOL à anonymiser ».
applications_to_anonymise_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} candidature CALEOL à anonymiser"),
    QT_TRANSLATE_NOOP("messages", "{n} candidatures CALEOL à anonymiser"),
)
# « 1 candidature CALEOL anonymisée », « 3 candidatures CALEOL anonymisées ».
applications_anonymised_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} candidature CALEOL anonymisée"),
    QT_TRANSLATE_NOOP("messages", "{n} candidatures CALEOL anonymisées"),
    QT_TRANSLATE_NOOP("messages", "aucune candidature CALEOL anonymisée"),
)


# The server's trail of writes (storage/server_trail.py), on a PostgreSQL server.
trail_due_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} trace d'écriture sur le serveur à supprimer"),
    QT_TRANSLATE_NOOP("messages", "{n} traces d'écritures sur le serveur à supprimer"),
)
trail_purged_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} trace d'écriture sur le serveur supprimée"),
    QT_TRANSLATE_NOOP("messages", "{n} traces d'écritures sur le serveur supprimées"),
)


def result_counted(result: PurgeResult) -> list[Message]:
    """What a purge did, in words: « 2 dossiers anonymisés », « 1 candidature CALEOL
    anonymisée », or « aucun dossier anonymisé »."""
    done = [anonymised_counted(result.anonymised)] if result.anonymised else []
    if result.applications:
        done.append(applications_anonymised_counted(result.applications))
    if result.trail:
        done.append(trail_purged_counted(result.trail))
    return done or [anonymised_counted(0)]


def _trail_of(session: Session):
    """The connection, on a server keeping the trail of writes and its purge; else
    None."""
    connection = session.connection()
    if connection.dialect.name != "postgresql" or not server_trail.has_purge(connection):
        return None
    return connection


def _trail_limit(session: Session, on: dt.date) -> dt.datetime:
    return trail_limit(on, _months(session)[RetentionKind.SERVER_TRAIL])


@guarded("conservation")
def trail_due(db: Database, actor: Actor, on: dt.date | None = None) -> int:
    """How many lines of the server's trail of writes a purge run on ``on`` would
    delete (0 off a server): those of the audited transactions older than the period."""
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    with db.reader() as session:
        connection = _trail_of(session)
        if connection is None:
            return 0
        return server_trail.due_lines(connection, _trail_limit(session, on or today()))


@guarded("conservation")
def preview(db: Database, actor: Actor, on: dt.date | None = None) -> list[PurgeItem]:
    """What a purge run on ``on`` (today) would anonymise, and why: the tenant files,
    then the CALEOL candidatures."""
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    on = on or today()
    with db.reader() as session:
        return _eligible(session, on) + _eligible_applications(session, on)


@dataclass(frozen=True)
class PurgeResult:
    anonymised: int
    skipped: int  # previewed but no longer due (reopened, edited meanwhile)
    applications: int = 0  # CALEOL candidatures anonymised
    trail: int = 0  # lines of the server's trail of writes deleted


def _anonymise(
    session: Session, actor: Actor, item: PurgeItem, on: dt.date, stamp: dt.datetime
) -> None:
    hid = item.household_id
    if hid is None:  # a candidature: _anonymise_applications
        return
    label = f"Dossier anonymisé n° {hid}"
    occupants = session.scalars(
        select(Occupant.id).where(Occupant.household_id == hid).order_by(Occupant.position)
    ).all()
    if occupants:
        session.execute(delete(Occupant).where(Occupant.id.in_(occupants[1:])))
        session.execute(
            update(Occupant)
            .where(Occupant.id == occupants[0])
            .values(
                civility="",
                last_name=ANONYMOUS_NAME,
                first_name="",
                birth_date=None,
                phone="",
                email="",
                disability=False,
                is_titular=True,
                **dict.fromkeys(MAIL_FIELDS, ""),
                version=Occupant.version + 1,
            )
        )
    contract = f"ANON-{hid}"
    session.execute(
        update(Lease)
        .where(Lease.household_id == hid)
        .values(contract_number=contract, version=Lease.version + 1)
    )
    session.execute(delete(SearchToken).where(SearchToken.household_id == hid))
    session.execute(
        update(TimelineEvent).where(TimelineEvent.household_id == hid).values(summary="")
    )
    session.execute(
        update(Household)
        .where(Household.id == hid)
        .values(
            display_name=label,
            sort_name=fold(label),
            contract_number=contract,
            isolated=False,
            notes="",
            close_reason="",
            eldest_birth_date=None,
            search_text=" ",
            anonymised_on=on,
            updated_at=stamp,
            updated_by=actor.username,
            version=Household.version + 1,
        )
    )
    timeline.add_event(session, hid, EVENT_ANONYMISED, "", actor, stamp)
    # Crypto-shredding: without its key, the household's audit snapshots are noise.
    session.execute(delete(HouseholdKey).where(HouseholdKey.household_id == hid))
    letters = _blank(
        session,
        DocumentRecord,
        DocumentRecord.household_id == hid,
        ("docx_path", "pdf_path", "subject", "signer"),
    )
    sheets, calls, reviews = _anonymise_features(session, hid, label)
    notices, plans = _anonymise_notices_and_plans(session, hid)
    # (a server refuses the mark without this event: storage/anonymised.py)
    audit.record(
        session,
        actor,
        ANONYMISATION,
        "dossier",
        hid,
        None,
        {
            "regle": item.kind.value,
            "clos_le": item.closed_on,
            "echeance": item.due_on,
            "duree_mois": item.months,
            "fiches_campagne": sheets,
            "appels_campagne": calls,
            "examens_occupation": reviews,
            "conges": notices,
            "accords": plans,
            "courriers": letters,
        },
    )


def _anonymise_all(
    session: Session, actor: Actor, items: list[tuple[PurgeItem, dt.date]]
) -> list[str]:
    """Anonymise each file (with its purge date); returns their letters' files, to
    delete once the transaction is committed."""
    stamp = now()
    files: list[str] = []
    for item, on in items:
        if item.household_id is not None:
            files += _document_files(session, item.household_id)
            _anonymise(session, actor, item, on, stamp)
    return files


def _blank(session: Session, table, where, texts: tuple[str, ...] = (), **values) -> int:
    """Empty the text columns ``texts`` and set ``values`` in the rows of ``table`` that
    match ``where`` (one bulk UPDATE, no row loaded); returns how many rows it changed."""
    values = {**dict.fromkeys(texts, ""), **values}
    result = session.execute(
        update(table).where(where).values(**values).execution_options(synchronize_session=False)
    )
    return int(cast("CursorResult[Any]", result).rowcount or 0)


def _anonymise_features(session: Session, hid: int, label: str) -> tuple[int, int, int]:
    """What the campaigns and the CALEOL hold about household ``hid``, anonymised like
    the file: the person's data blanked, the figures kept (states, steps, outcomes,
    need/help flags, grounds, dates). Returns (call sheets, calls, occupation reviews)."""
    t, call, r = (CampaignTarget.__table__, CampaignCall.__table__, CampaignReferral.__table__)
    targets = select(t.c.id).where(t.c.household_id == hid).scalar_subquery()
    sheets = _blank(
        session,
        t,
        t.c.household_id == hid,
        ("contact_name", "phone"),
        isolated=False,
        disability=False,
        version=t.c.version + 1,
    )
    calls = _blank(session, call, call.c.target_id.in_(targets), note="", answers=None)
    _blank(session, r, r.c.target_id.in_(targets), ("reason", "outcome"), version=r.c.version + 1)
    # Occupation reviews (the signed minutes, archives, are not rewritten).
    item = AgendaItem.__table__
    reviews = _blank(
        session,
        item,
        item.c.household_id == hid,
        ("notes", "finding", "suitable_dwelling", "advice"),
        household_name=label,
        version=item.c.version + 1,
    )
    return sheets, calls, reviews


# Parameters of a notice's stored explanation that carry free text typed by people (the
# reason of a decision, who took it, the description of the proof); the others are
# dates, durations and fixed labels.
_EXPLANATION_FREE_TEXT = ("who", "reason", "document")


def _redact_explanation(explanation):
    if not isinstance(explanation, list):
        return explanation
    steps = []
    for step in explanation:
        if isinstance(step, dict) and isinstance(step.get("params"), dict):
            params = {
                k: ("" if k in _EXPLANATION_FREE_TEXT else v) for k, v in step["params"].items()
            }
            step = {**step, "params": params}
        steps.append(step)
    return steps


def _anonymise_notices_and_plans(session: Session, hid: int) -> tuple[int, int]:
    """The household's notices and payment plans, anonymised like the file: the free
    text people typed is blanked (notes, the proof's description, the names of the
    holders who gave the notice, the reasons of the decisions and who took them, also
    inside the stored explanation of the end date;
    the plans' notes, allowance number, landlord's signatory, status reason, payment
    references and follow-up outcomes); dates, durations, grounds, statuses, channels
    and amounts stay (figures). Returns (notices, plans)."""
    n, x = Notice.__table__, NoticeException.__table__
    rows = session.execute(
        select(n.c.id, n.c.explanation, n.c.given_by)
        .where(n.c.household_id == hid)
        .order_by(n.c.id)
    ).all()
    for notice_id, explanation, given_by in rows:
        _blank(
            session,
            n,
            n.c.id == notice_id,
            ("notes", "proof_document"),
            explanation=_redact_explanation(explanation),
            # How many holders gave the notice stays (given by some only), not who.
            given_by=[dict.fromkeys(("civility", "first_name", "last_name"), "")]
            * len(given_by or []),
            version=n.c.version + 1,
        )
    if rows:
        _blank(session, x, x.c.notice_id.in_([r[0] for r in rows]), ("reason", "decided_by"))
    p = PaymentPlan.__table__
    plan_ids = select(p.c.id).where(p.c.household_id == hid).scalar_subquery()
    plans = _blank(
        session,
        p,
        p.c.household_id == hid,
        (
            "notes",
            "aid_reference",
            "landlord_signatory",
            "status_reason",
            "fsl_withdrawal_reason",
            "ccas_withdrawal_reason",
        ),
        version=p.c.version + 1,
    )
    pay, follow = PlanPayment.__table__, PlanFollowUp.__table__
    _blank(session, pay, pay.c.plan_id.in_(plan_ids), reference="")
    _blank(session, follow, follow.c.plan_id.in_(plan_ids), outcome="")
    return len(rows), plans


@guarded("purge")
def purge(
    db: Database,
    actor: Actor,
    on: dt.date | None = None,
    only: set[int] | None = None,
    only_applications: set[int] | None = None,
) -> PurgeResult:
    """Anonymise every file and CALEOL candidature due on ``on`` (today), in one
    transaction.

    ``only``, ``only_applications``: the household and candidate ids the administrator
    saw in the preview; the others are left for the next run (given ``only`` alone, no
    candidature is anonymised).
    """
    authz.require(actor, Permission.RETENTION_MANAGE, entity=ENTITY)
    on = on or today()
    if only is not None and only_applications is None:
        only_applications = set()
    with db.transaction() as session:
        items = _eligible(session, on)
        chosen = [i for i in items if only is None or i.household_id in only]
        skipped = 0 if only is None else len(set(only) - {i.household_id for i in chosen})
        applications = [
            i
            for i in _eligible_applications(session, on)
            if only_applications is None or i.candidate_id in only_applications
        ]
        if only_applications is not None:
            skipped += len(only_applications - {i.candidate_id for i in applications})
        files = _anonymise_all(session, actor, [(item, on) for item in chosen])
        files += _anonymise_applications(session, actor, applications, on)
        withdrawn = _shred_withdrawn(session, on)
        connection = _trail_of(session)
        trail = (
            0
            if connection is None
            else server_trail.purge_trail(connection, _trail_limit(session, on))
        )
        _record_purge(
            session,
            actor,
            {
                "date": on,
                "anonymises": len(chosen),
                "candidatures": len(applications),
                "candidatures_retirees": withdrawn,
                "ignores": skipped,
                "traces_serveur": trail,
                "par_regle": {
                    k.value: sum(1 for i in chosen + applications if i.kind == k)
                    for k in (
                        RetentionKind.TENANT_FILE,
                        RetentionKind.ARREARS_FILE,
                        RetentionKind.APPLICATION,
                        RetentionKind.APPLICATION_NOT_RETAINED,
                    )
                },
            },
        )
    _after_erasure(db, files)
    return PurgeResult(len(chosen), skipped, len(applications), trail)


# --------------------------------------------------------------------------- CALEOL


def _eligible_applications(session: Session, on: dt.date) -> list[PurgeItem]:
    """The CALEOL candidatures due on ``on`` (``domain.retention.application_due``)."""

    months = _months(session)
    c, i, s = Candidate, AgendaItem, CaleolSession
    # When each application (numéro unique) got a dwelling, across sessions: the lease
    # signed, else the offer accepted.
    attributions: dict[str, dt.date] = {}
    for number, lease, answered in session.execute(
        select(c.numero_unique, c.lease_signed_on, c.offer_answer_on).where(
            ~purged(c),
            or_(c.lease_signed_on.is_not(None), c.offer_status == OfferStatus.ACCEPTED.value),
        )
    ).tuples():
        day = lease or answered
        if day is not None:
            attributions[number] = min(day, attributions.get(number, day))
    rows = session.execute(
        select(
            c.id,
            c.numero_unique,
            c.civility,
            c.first_name,
            c.last_name,
            c.offer_status,
            c.notified_on,
            c.offer_answer_on,
            s.id,
            s.session_date,
            s.status,
            s.locked,
        )
        .join(i, i.id == c.agenda_item_id)
        .join(s, s.id == i.session_id)
        .where(~purged(c), s.status == SessionStatus.CLOSED.value)
        .order_by(s.session_date, s.id, i.position, c.position, c.id)
    ).all()
    items = []
    for cid, number, civility, first, last, status, notified, answered, sid, day, _, locked in rows:
        steps = [d for d in (day, notified, answered) if d is not None]
        facts = ApplicationFacts(
            session_date=day,
            session_closed=True,
            minutes_signed=bool(locked),
            offer_pending=status == OfferStatus.OFFERED.value,
            last_step=max(steps),
            attributed_on=attributions.get(number),
        )
        due = application_due(facts, months)
        if due is None or due.due > on:
            continue
        name = person_name(civility, first, last)
        items.append(
            PurgeItem(
                due.kind,
                None,
                name,
                due.trigger,
                due.due,
                due.months,
                _candidate_letters(session, cid),
                candidate_id=cid,
                reference=number,
                session_id=sid,
            )
        )
    return items


def _candidate_letters(session: Session, candidate_id: int) -> tuple[str, ...]:
    """The files of the letters sent to a CALEOL candidate (decision, offer)."""
    return _letter_files(session, DocumentRecord.candidate_id == candidate_id)


def _shred_withdrawn(session: Session, on: dt.date) -> int:
    """Delete the audit keys of the candidatures withdrawn from an agenda (the row is
    gone) once ``APPLICATION_NOT_RETAINED`` months have passed since the key was made
    (their first audited step): their snapshots become noise. Returns how many."""
    months = _months(session)[RetentionKind.APPLICATION_NOT_RETAINED]
    before = add_months(on, -months)
    result = session.execute(
        delete(CandidateKey)
        .where(
            CandidateKey.created_at < dt.datetime.combine(before, dt.time()),
            CandidateKey.candidate_id.not_in(select(Candidate.id)),
        )
        .execution_options(synchronize_session=False)
    )
    return int(cast("CursorResult[Any]", result).rowcount or 0)


# What the purge empties of a candidature (``PURGE_ANONYMISED_COLUMNS`` of
# storage/server_roles.py, which lets it through in a locked session). The decision,
# its rank and tally, the offer's dates and statuses stay (the refusal's reason goes), and
# so do the figures the
# attribution reports count (adults, children, resources, priority household).
_APPLICATION_BLANKS: dict[str, Any] = {
    "civility": "",
    "last_name": ANONYMOUS_NAME,
    "first_name": "",
    "postal_address": "",
    "household_composition": "",
    "effort_rate": None,
    "remaining_income_per_unit": None,
    "priority_criteria": [],
    "current_housing": "",
    "application_date": None,
    "notes": "",
    "reason": "",
    "offer_refusal_reason": "",
}


def _anonymise_applications(
    session: Session, actor: Actor, items: list[PurgeItem], on: dt.date
) -> list[str]:
    """Anonymise the candidatures ``items``: their identity and application data, their
    cotation's facts and detail, the refused offers recorded for them, their numéro
    unique in the register exports, their letters' lines in the register (whose files
    are returned, to delete once committed); each audited. The minutes (signed or not)
    are kept as they are (archives); a locked session whose seal held is sealed
    again."""
    from desktop.services.caleol.common import ENTITY_CANDIDATE, ENTITY_SESSION
    from desktop.services.caleol.seal import PURGE_ACTION, seal_problem, sealed

    if not items:
        return []
    files: list[str] = []
    sessions = sorted({i.session_id for i in items if i.session_id is not None})
    locked = {
        row.id: seal_problem(session, ENTITY_SESSION, row) is None
        for row in session.scalars(
            select(CaleolSession).where(
                CaleolSession.id.in_(sessions), CaleolSession.locked.is_(True)
            )
        )
    }
    cand = Candidate.__table__
    for item in items:
        cid = item.candidate_id
        if cid is None:
            continue
        pseudonym = f"ANON-{cid}"
        _blank(
            session,
            cand,
            cand.c.id == cid,
            numero_unique=pseudonym,
            anonymised_on=on,
            version=cand.c.version + 1,
            **_APPLICATION_BLANKS,
        )
        cot = CandidateCotation.__table__
        _blank(
            session,
            cot,
            cot.c.candidate_id == cid,
            ("housing_situation",),
            manual={},
            detail=None,
            version=cot.c.version + 1,
        )
        ref = AdaptedRefusal.__table__
        refusals = _blank(
            session, ref, ref.c.candidate_id == cid, ("dwelling", "reason"), numero_unique=pseudonym
        )
        sne = SneExport.__table__
        _blank(session, sne, sne.c.candidate_id == cid, numero_unique=pseudonym)
        # Crypto-shredding: without its key, the candidature's audit snapshots are noise.
        session.execute(delete(CandidateKey).where(CandidateKey.candidate_id == cid))
        files += _candidate_letters(session, cid)
        letters = _blank(
            session,
            DocumentRecord,
            DocumentRecord.candidate_id == cid,
            ("docx_path", "pdf_path", "subject", "signer"),
        )
        audit.record(
            session,
            actor,
            ANONYMISATION,
            ENTITY_CANDIDATE,
            cid,
            None,
            {
                "regle": item.kind.value,
                "echeance": item.due_on,
                "duree_mois": item.months,
                "seance": item.session_id,
                "refus": refusals,
                "courriers": letters,
            },
        )
    session.flush()
    session.expire_all()
    for sid, held in locked.items():
        row = session.get(CaleolSession, sid)
        if row is None:
            continue
        count = sum(1 for i in items if i.session_id == sid)
        after: dict[str, Any] = {"candidatures": count}
        if held:  # a session changed behind Parcours's back is not sealed again
            after.update(sealed(session, row))
        audit.record(session, actor, PURGE_ACTION, ENTITY_SESSION, sid, None, after)
    return files


def anonymised_households(db: Database) -> dict[int, dt.date]:
    """The households anonymised in the base, and when (read before a restore)."""
    return _anonymised(db, Household)


def anonymised_candidatures(db: Database) -> dict[int, dt.date]:
    """The CALEOL candidatures anonymised in the base, and when (read before a restore)."""
    return _anonymised(db, Candidate)


def _anonymised(db: Database, model: type[Household] | type[Candidate]) -> dict[int, dt.date]:
    with db.reader() as session:
        rows = session.execute(
            select(model.id, model.anonymised_on).where(model.anonymised_on.is_not(None))
        ).tuples()
        return {row_id: on for row_id, on in rows if on is not None}


def _reapply_to_candidatures(db: Database, actor: Actor, erased: dict[int, dt.date]) -> int:
    if not erased:
        return 0
    with db.transaction() as session:
        rows = session.execute(
            select(
                Candidate.id,
                Candidate.numero_unique,
                Candidate.lease_signed_on,
                AgendaItem.session_id,
            )
            .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
            .where(Candidate.id.in_(list(erased)), Candidate.anonymised_on.is_(None))
            .order_by(Candidate.id)
        ).all()
        months = _months(session)
        items = []
        for cid, number, lease, sid in rows:
            kind = RetentionKind.APPLICATION if lease else RetentionKind.APPLICATION_NOT_RETAINED
            on = erased[cid]
            items.append(
                PurgeItem(
                    kind,
                    None,
                    "",
                    on,
                    on,
                    months[kind],
                    candidate_id=cid,
                    reference=number,
                    session_id=sid,
                )
            )
        files: list[str] = []
        for on in sorted({erased[i.candidate_id] for i in items if i.candidate_id}):
            same_day = [i for i in items if i.due_on == on]
            files += _anonymise_applications(session, actor, same_day, on)
        if rows:
            _record_purge(session, actor, {"candidatures": len(rows), "regle": "restauration"})
    _after_erasure(db, files)
    return len(rows)


def reapply_erasure(
    db: Database,
    actor: Actor,
    erased: dict[int, dt.date],
    candidatures: dict[int, dt.date] | None = None,
) -> int:
    """Anonymise again, in a base just restored from a backup, the households and the
    CALEOL candidatures the replaced base had anonymised (``anonymised_households``,
    ``anonymised_candidatures``): a backup taken before a purge would otherwise bring
    their names, notes and audit keys back. One audited transaction each; returns how
    many were anonymised again."""
    again = _reapply_to_candidatures(db, actor, candidatures or {})
    if not erased:
        return again
    with db.transaction() as session:
        months = _months(session)
        rows = session.execute(
            select(Household.id, Household.display_name, Household.closed_on, Household.balance)
            .where(Household.id.in_(list(erased)), Household.anonymised_on.is_(None))
            .order_by(Household.id)
        ).all()
        items = []
        for household_id, name, closed_on, balance in rows:
            kind, on = _kind(balance), erased[household_id]
            items.append(
                (PurgeItem(kind, household_id, name, closed_on or on, on, months[kind]), on)
            )
        files = _anonymise_all(session, actor, items)
        if rows:
            _record_purge(session, actor, {"anonymises": len(rows), "regle": "restauration"})
    _after_erasure(db, files)
    return again + len(rows)


def _record_purge(session: Session, actor: Actor, details: dict) -> None:
    """The purge's audit event: of no one row, what it did in ``details``."""
    audit.record(session, actor, "purge", ENTITY, None, None, details)


def _after_erasure(db: Database, files: list[str]) -> None:
    """Once an anonymisation is committed: the letters it named deleted, and what
    SQLite still keeps of the erased rows folded away (``_scrub_sqlite``)."""
    _delete_documents(db, files)
    _scrub_sqlite(db)


def _scrub_sqlite(db: Database) -> None:
    """SQLite keeps old page images in its WAL file until a checkpoint: fold them into
    the base (whose deleted content ``secure_delete`` overwrote) and empty the WAL."""
    if db.dialect != "sqlite":
        return
    from sqlalchemy import text

    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute(text("SELECT 1"))
    except Exception:
        log.warning("WAL checkpoint after the purge did not complete", exc_info=True)
