"""Follow-up of the offers made after a CALEOL decision (issue 7).

After a closed session, each dwelling is offered to one candidate at a time: the
direct attribution (plain or under suspensive condition), else rank 1; when he refuses,
or lets the answer deadline pass (silence = refusal, R441-10), to rank 2, then 3. The
rules are ``desktop.domain.caleol.offer_state``; this module records what happens:

- ``offers``: the follow-up list (deadline, days left, status on a given day; an offer
  past its deadline shows as lapsed even before ``lapse_overdue`` records it; the next
  rank to offer when the holder refused or lapsed);
- ``record_presentation``: the day the registered offer letter was received, that is
  first presented, collected or not (CE 30/11/2021 n° 436148); the deadline runs from
  it. A registered offer has no deadline until then (the letter states the rule, not a
  date); a letter not sent by registered mail has its deadline from the notification;
- ``record_answer``: accepted or refused (a refusal needs its reason); an acceptance
  closes the offer for the other candidates of the dwelling; an acceptance dated after
  the deadline is refused unless the user states it was received in time;
- ``lapse_overdue``: records as lapsed the offers left unanswered past their deadline;
- no write is dated after today: the list may look ahead (``offers(on=...)``), the
  record only holds what happened;
- ``offer_to_next``: offers the dwelling to the next ranked candidate and returns his
  id, for his offer letter (``caleol.letters.generate_decision_letters(...,
  candidate_ids=[id])``, which records the notification and the deadline);
- ``record_lease_signed``: the lease signed by the candidate who accepted;
- ``find_candidate``, ``find_dwelling``: the candidate or the session's dwelling the
  command line names (``parcours caleol present|next-rank|lease-signed``).

Writes need ``CALEOL_MANAGE``, run in one transaction with an audit event per change,
and are allowed on a session locked by its signed minutes: the offers follow the
minutes, which they do not change. Reads need ``CALEOL_MINUTES_READ`` or
``CALEOL_MANAGE``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import caleol as rules
from desktop.domain.caleol import AgendaItemKind, Decision, OfferStatus, SessionStatus
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.formatting import format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol import Saved, offer_state_of, session_status
from desktop.services.caleol.common import (
    candidate_line,
    id_of,
    load_row,
    not_found,
    require_candidate_read,
    require_read,
    require_session_read,
    scoped_to_commissions,
    single_id,
)
from desktop.services.caleol.data import CandidateRef
from desktop.services.context import Actor, today
from desktop.services.write import invalid, message, snapshot, touch, writing
from desktop.storage.caleol_models import AgendaItem, Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.db import Database

MANAGE = Permission.CALEOL_MANAGE
READ = Permission.CALEOL_MINUTES_READ

# Audit entities (the names of desktop.services.caleol).
ENTITY_CANDIDATE = "caleol_candidat"
ENTITY_ITEM = "caleol_point"

# Audit actions (French labels in desktop.services.audit.ACTION_LABELS).
ACTION_PRESENTATION = "offre_presentation"
ACTION_ACCEPTED = "offre_acceptee"
ACTION_REFUSED = "offre_refusee"
ACTION_LAPSED = "offre_caduque"
ACTION_WITHDRAWN = "offre_close"
ACTION_NEXT = "offre_rang_suivant"
ACTION_LEASE = "bail_signe"

ANSWERS = (OfferStatus.ACCEPTED, OfferStatus.REFUSED)
_REASON_MAX = 2000
_UNDECIDED = (SessionStatus.PREPARATION.value, SessionStatus.OPEN.value)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class OfferRow(CandidateRef):
    """One line of the follow-up list: a candidate the dwelling is, was or is about to
    be offered to."""

    dwelling_address: str
    session_id: int
    session_number: str
    session_date: dt.date
    session_locked: bool
    decision: Decision
    rank: int | None
    #: the status on the day asked (an unanswered offer past its deadline: LAPSED);
    #: None: not offered yet (the first in line before his letter)
    status: OfferStatus | None
    #: the status recorded
    recorded_status: OfferStatus | None
    #: a label of the status for the list (``to_notify`` included)
    status_text: Message
    notified_on: dt.date | None
    presented_on: dt.date | None
    deadline: dt.date | None
    #: days from the day asked to the deadline (negative: past), for a pending offer
    days_left: int | None
    #: silence past the deadline (shown in red)
    overdue: bool
    #: the dwelling is offered to him but his offer letter is not made yet
    to_notify: bool
    answer_on: dt.date | None
    refusal_reason: str
    lease_signed_on: dt.date | None
    #: the answer delay of his offer letter and its holiday calendar
    offer_days: int
    alsace_moselle: bool
    #: his registered offer letter is sent but its receipt (first presentation) is not
    #: recorded: the deadline, which runs from it, is unknown (``deadline`` None)
    awaiting_receipt: bool = False
    #: on the line of the candidate who refused or lapsed last: who is next
    next_candidate_id: int | None = None
    next_candidate_name: str = ""
    next_rank: int | None = None
    #: on that line: nobody is left to offer the dwelling to
    exhausted: bool = False

    @property
    def pending(self) -> bool:
        """An offer waiting for the candidate's answer."""
        return self.status is OfferStatus.OFFERED and self.deadline is not None

    @property
    def can_answer(self) -> bool:
        return (
            self.status in (OfferStatus.OFFERED, OfferStatus.LAPSED)
            and (self.deadline is not None or self.awaiting_receipt)
            and self.answer_on is None
        )

    @property
    def can_offer_next(self) -> bool:
        return self.next_candidate_id is not None


# --------------------------------------------------------------------------- helpers


def _check_version(c: Candidate, expected_version: int | None) -> None:
    if expected_version is not None and c.version != expected_version:
        raise ConflictError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La proposition faite à {name} a été modifiée par {user} depuis que vous "
                    "l'avez ouverte : rechargez la liste et recommencez.",
                ),
                name=c.full_name,
                user=c.updated_by or "?",
            )
        )


def _status(c: Candidate) -> OfferStatus | None:
    return OfferStatus(c.offer_status) if c.offer_status else None


def _options():
    return (
        selectinload(AgendaItem.candidates),
        selectinload(AgendaItem.session).selectinload(CaleolSession.commission),
    )


def _load_item(session: Session, item_id: int) -> AgendaItem:
    """The dwelling and its candidates, locked on PostgreSQL (one follow-up at a time)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(Candidate.id).where(Candidate.agenda_item_id == item_id).with_for_update()
        )
    item = session.scalars(
        select(AgendaItem).where(AgendaItem.id == item_id).options(*_options())
    ).one_or_none()
    if item is None:
        raise not_found("item", item_id)
    row = item.session
    if item.kind != AgendaItemKind.ATTRIBUTION.value:
        raise UserError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages", "Ce point de l'ordre du jour n'est pas l'attribution d'un logement."
                )
            )
        )
    if session_status(row) is not SessionStatus.CLOSED:
        raise UserError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La séance {number} n'est pas close : les propositions ne sont suivies "
                    "qu'une fois les décisions arrêtées.",
                ),
                number=row.number,
            )
        )
    return item


def _item_of(session: Session, candidate_id: int) -> int:
    item_id = session.scalar(select(Candidate.agenda_item_id).where(Candidate.id == candidate_id))
    if item_id is None:
        raise not_found("candidate", candidate_id)
    return item_id


def _offer_of(
    session: Session, candidate_id: int, expected_version: int | None
) -> tuple[AgendaItem, Candidate]:
    """The candidate's dwelling (locked) and the candidate, at the version he was read."""
    item = _load_item(session, _item_of(session, candidate_id))
    c = _candidate(item, candidate_id)
    _check_version(c, expected_version)
    return item, c


def _offer_state(session: Session, candidate_id: int, expected_version: int | None):
    """``_offer_of`` with the dwelling's offer line and the candidate's status in it."""
    item, c = _offer_of(session, candidate_id, expected_version)
    state = offer_state_of(item, None)
    return item, c, state, state.statuses[c.id]


def _not_future(day: dt.date, key: str) -> None:
    """What happened to an offer is recorded once it happened: no date after today."""
    if day > today():
        raise ValidationError(
            {
                key: message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le {date} est une date à venir : enregistrez ce qui s'est passé au "
                        "plus tard aujourd'hui ({today}).",
                    ),
                    date=format_date_fr(day),
                    today=format_date_fr(today()),
                )
            }
        )


def _candidate(item: AgendaItem, candidate_id: int) -> Candidate:
    return next(c for c in item.candidates if c.id == candidate_id)


def _letter_made(c: Candidate) -> bool:
    """The offer letter is made: its deadline is known, or it went by registered mail
    and waits for its receipt (first presentation) to be recorded."""
    return c.notified_on is not None and (c.offer_deadline is not None or c.offer_registered)


def _awaiting_receipt(c: Candidate) -> bool:
    """A registered offer letter sent, its receipt not recorded yet: the deadline,
    which runs from the receipt, is unknown."""
    return (
        _status(c) is OfferStatus.OFFERED
        and c.offer_registered
        and c.notified_on is not None
        and c.offer_deadline is None
    )


def _offer_days(item: AgendaItem, c: Candidate) -> int:
    return c.offer_days or item.session.commission.offer_days or rules.MIN_OFFER_DAYS


OFFER_FIELDS = (
    "offer_status",
    "notified_on",
    "presented_on",
    "offer_deadline",
    "offer_answer_on",
    "offer_refusal_reason",
    "lease_signed_on",
)


def _audit(
    session: Session,
    actor: Actor,
    action: str,
    c: Candidate,
    before: dict,
    extra: dict | None = None,
) -> None:
    after = {**snapshot(c, OFFER_FIELDS), **(extra or {})}
    audit.record(session, actor, action, ENTITY_CANDIDATE, c.id, before, after)


#: what cannot be done once the dwelling was offered to a candidate further in line
_OFFERED_LATER = {
    "reopen": QT_TRANSLATE_NOOP(
        "messages",
        "Le logement a déjà été proposé à {other} : la proposition faite à "
        "{name} ne peut plus être rouverte.",
    ),
    "answer": QT_TRANSLATE_NOOP(
        "messages",
        "Le logement a déjà été proposé à {other} : la réponse de {name} ne "
        "peut plus être enregistrée.",
    ),
}


def _refuse_if_offered_later(
    item: AgendaItem, state: rules.OfferState, c: Candidate, step: str
) -> None:
    """Refuse ``step`` (a key of ``_OFFERED_LATER``) for the offer made to ``c`` when a
    candidate after him in line was offered the dwelling meanwhile."""
    order = list(state.order)
    for cid in order[order.index(c.id) + 1 :]:
        other = _candidate(item, cid)
        if _status(other) in (OfferStatus.OFFERED, OfferStatus.ACCEPTED):
            raise UserError(message(_OFFERED_LATER[step], other=other.full_name, name=c.full_name))


def _holder_refusal(item: AgendaItem, holder: Candidate) -> UserError:
    """Why the dwelling cannot be offered to the next in line while ``holder`` has the
    offer: his registered letter awaits its receipt, his letter is not made yet, or his
    time to answer runs."""
    if _awaiting_receipt(holder):
        template = QT_TRANSLATE_NOOP(
            "messages",
            "La proposition recommandée envoyée à {name} le {date} attend la "
            "date de sa réception : enregistrez-la (ou sa réponse) ; le délai "
            "de réponse court à compter de la réception.",
        )
        date = holder.notified_on
    elif holder.offer_deadline is None:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "Le logement {reference} est proposé à {name} : produisez son courrier de proposition.",
        )
        date = None
    else:
        template = QT_TRANSLATE_NOOP(
            "messages",
            "La proposition faite à {name} court jusqu'au {date} : enregistrez "
            "sa réponse, ou attendez la fin du délai, avant de proposer le logement au rang "
            "suivant.",
        )
        date = holder.offer_deadline
    return UserError(
        message(
            template, name=holder.full_name, reference=item.reference, date=format_date_fr(date)
        )
    )


def _mark_lapsed(session: Session, actor: Actor, item: AgendaItem, on: dt.date) -> list[int]:
    """Record as lapsed the offers of the dwelling left unanswered past their deadline."""
    state = offer_state_of(item, on)
    lapsed = []
    for c in item.candidates:
        if state.statuses.get(c.id) is OfferStatus.LAPSED and _status(c) is not OfferStatus.LAPSED:
            before = snapshot(c, OFFER_FIELDS)
            c.offer_status = OfferStatus.LAPSED.value
            touch(c, actor)
            session.flush()
            _audit(session, actor, ACTION_LAPSED, c, before, {"constate_le": on})
            lapsed.append(c.id)
    return lapsed


# --------------------------------------------------------------------------- list


def _address(item: AgendaItem) -> str:
    return ", ".join(
        p for p in (item.address.strip(), f"{item.postcode} {item.commune}".strip()) if p
    )


def _status_text(status: OfferStatus | None, to_notify: bool, c: Candidate) -> Message:
    if to_notify:
        return message(
            QT_TRANSLATE_NOOP("messages", "Proposition à notifier (courrier à produire)")
        )
    if status is OfferStatus.REFUSED and c.offer_answer_on:
        return message(
            QT_TRANSLATE_NOOP("messages", "Refusée le {date}"),
            date=format_date_fr(c.offer_answer_on),
        )
    if status is OfferStatus.ACCEPTED and c.lease_signed_on:
        return message(
            QT_TRANSLATE_NOOP("messages", "Acceptée, bail signé le {date}"),
            date=format_date_fr(c.lease_signed_on),
        )
    if status is OfferStatus.ACCEPTED and c.offer_answer_on:
        return message(
            QT_TRANSLATE_NOOP("messages", "Acceptée le {date}"),
            date=format_date_fr(c.offer_answer_on),
        )
    if status is None:
        return message(QT_TRANSLATE_NOOP("messages", "Pas encore proposée"))
    if _awaiting_receipt(c):
        return message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Courrier recommandé envoyé le {date} : délai à compter de la réception "
                "(date de présentation à enregistrer)",
            ),
            date=format_date_fr(c.notified_on),
        )
    return message(status.label)


def _item_rows(item: AgendaItem, on: dt.date) -> list[OfferRow]:
    state = offer_state_of(item, on)
    row = item.session
    next_c = _candidate(item, state.next_id) if state.next_id is not None else None
    # The line of the candidate who dropped out last: it shows who is next.
    dropped = [
        cid
        for cid in state.order
        if (dropped_status := state.statuses[cid]) is not None
        and dropped_status.out
        and dropped_status is not OfferStatus.WITHDRAWN
    ]
    last_out = (
        dropped[-1] if dropped and state.accepted_id is None and state.holder_id is None else None
    )
    out = []
    for cid in state.order:
        c = _candidate(item, cid)
        status = state.statuses[cid]
        if status is None and cid != state.holder_id:
            continue  # waits for his turn
        awaiting = _awaiting_receipt(c)
        to_notify = (
            status in (None, OfferStatus.OFFERED) and c.offer_deadline is None and not awaiting
        )
        pending = status in (OfferStatus.OFFERED, OfferStatus.LAPSED) and c.offer_answer_on is None
        days_left = (
            (c.offer_deadline - on).days if pending and c.offer_deadline is not None else None
        )
        out.append(
            OfferRow(
                **candidate_line(c, item),
                dwelling_address=_address(item),
                session_id=row.id,
                session_number=row.number,
                session_date=row.session_date,
                session_locked=row.locked,
                decision=Decision(c.decision),
                rank=c.rank,
                status=status,
                recorded_status=_status(c),
                status_text=_status_text(status, to_notify, c),
                notified_on=c.notified_on if _letter_made(c) else None,
                presented_on=c.presented_on,
                deadline=c.offer_deadline,
                days_left=days_left,
                overdue=status is OfferStatus.LAPSED and c.offer_answer_on is None,
                to_notify=to_notify,
                awaiting_receipt=awaiting,
                answer_on=c.offer_answer_on,
                refusal_reason=c.offer_refusal_reason,
                lease_signed_on=c.lease_signed_on,
                offer_days=_offer_days(item, c),
                alsace_moselle=c.offer_alsace_moselle,
                next_candidate_id=next_c.id if next_c is not None and cid == last_out else None,
                next_candidate_name=next_c.full_name
                if next_c is not None and cid == last_out
                else "",
                next_rank=next_c.rank if next_c is not None and cid == last_out else None,
                exhausted=state.exhausted and cid == last_out,
            )
        )
    return out


@guarded("caleol.consultation")
def offers(
    db: Database, actor: Actor, on: dt.date | None = None, session_id: int | None = None
) -> list[OfferRow]:
    """The offers of the closed sessions (or of ``session_id``) as they stand on ``on``
    (default today): most recent session first, dwellings in agenda order, candidates
    in the order of the line. A candidate still waiting for his rank is not listed: he
    shows as the next rank on the line of the one who refused or lapsed."""
    require_read(actor, ENTITY_CANDIDATE)
    on = on or today()
    with db.reader() as session:
        stmt = (
            select(AgendaItem)
            .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
            .where(
                AgendaItem.kind == AgendaItemKind.ATTRIBUTION.value,
                CaleolSession.status.not_in(_UNDECIDED),
            )
            .options(*_options())
            .order_by(
                CaleolSession.session_date.desc(),
                CaleolSession.id.desc(),
                AgendaItem.position,
                AgendaItem.id,
            )
        )
        if session_id is not None:
            stmt = stmt.where(AgendaItem.session_id == session_id)
        stmt = scoped_to_commissions(stmt, actor, AgendaItem.session_id)
        return [r for item in session.scalars(stmt) for r in _item_rows(item, on)]


@guarded("caleol.consultation")
def find_candidate(db: Database, actor: Actor, key: str) -> int:
    """The candidate ``key`` names: his numéro unique (the one with an offer when he
    applied for several dwellings) or his id (``#12``)."""
    require_read(actor, ENTITY_CANDIDATE)
    text = "".join((key or "").split())
    with db.reader() as session:
        row_id = None
        if not text.startswith("#"):
            found = list(
                session.scalars(
                    scoped_to_commissions(
                        select(Candidate)
                        .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
                        .where(Candidate.numero_unique == text)
                        .order_by(Candidate.id),
                        actor,
                        AgendaItem.session_id,
                    )
                )
            )
            if len(found) > 1:
                with_offer = [c for c in found if c.offer_status or c.offer_deadline]
                found = with_offer or found
            row_id = single_id([c.id for c in found], "candidate", numero=text)
        if row_id is None:
            row_id = id_of(session, Candidate, text)
        if row_id is not None:
            require_candidate_read(session, actor, row_id, ENTITY_CANDIDATE)
    if row_id is None:
        raise not_found("candidate", key)
    return row_id


@guarded("caleol.consultation")
def find_dwelling(db: Database, actor: Actor, session_id: int, key: str) -> int:
    """The agenda item of the dwelling ``key`` names in the session: its reference
    (``LGT-BX-0412``, case and spaces ignored) or the item's id (``#12``)."""
    require_read(actor, ENTITY_CANDIDATE)
    text = "".join((key or "").split())
    with db.reader() as session:
        row = load_row(session, CaleolSession, session_id, "session")
        require_session_read(session, actor, session_id, ENTITY_CANDIDATE)
        items = list(
            session.scalars(
                select(AgendaItem)
                .where(
                    AgendaItem.session_id == session_id,
                    AgendaItem.kind == AgendaItemKind.ATTRIBUTION.value,
                )
                .order_by(AgendaItem.id)
            )
        )
        found = [i.id for i in items if "".join(i.reference.split()).casefold() == text.casefold()]
        item_id = single_id(found, "item", reference=text, number=row.number)
        if item_id is None and text.startswith("#"):
            item_id = next((i.id for i in items if str(i.id) == text[1:]), None)
        if item_id is not None:
            return item_id
        raise NotFoundError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le logement « {reference} » n'est pas à l'ordre du jour de la séance "
                    "{number}.",
                ),
                reference=key,
                number=row.number,
            )
        )


# --------------------------------------------------------------------------- writes


@guarded("caleol.offre")
def record_presentation(
    db: Database,
    actor: Actor,
    candidate_id: int,
    presented_on: dt.date,
    expected_version: int | None = None,
) -> Saved:
    """The day the registered offer letter was presented to the candidate, collected or
    not: the answer deadline is computed again from it (the delay of his letter, next
    working day). An offer recorded as lapsed on the old deadline runs again, unless
    the dwelling has been offered to the next rank meanwhile."""
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)
    _not_future(presented_on, "presented_on")

    with writing(db) as session:
        item, c, state, status = _offer_state(session, candidate_id, expected_version)
        _refuse_first(
            c,
            (
                status in ANSWERS,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La réponse de {name} est déjà enregistrée : la date de présentation du "
                    "courrier ne change plus rien.",
                ),
            ),
            (
                status not in (OfferStatus.OFFERED, OfferStatus.LAPSED),
                QT_TRANSLATE_NOOP("messages", "Aucune proposition n'est en cours pour {name}."),
            ),
            (
                not _letter_made(c),
                QT_TRANSLATE_NOOP(
                    "messages", "Le courrier de proposition de {name} n'a pas encore été produit."
                ),
            ),
        )
        if presented_on < c.notified_on:
            raise ValidationError(
                {
                    "presented_on": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le courrier ne peut pas avoir été présenté avant son envoi (le "
                            "{date}).",
                        ),
                        date=format_date_fr(c.notified_on),
                    )
                }
            )
        _refuse_if_offered_later(item, state, c, "reopen")
        deadline = rules.offer_deadline(presented_on, _offer_days(item, c), c.offer_alsace_moselle)
        before = snapshot(c, OFFER_FIELDS)
        c.presented_on = presented_on
        c.offer_deadline = deadline
        c.offer_status = OfferStatus.OFFERED.value
        touch(c, actor)
        session.flush()
        _audit(session, actor, ACTION_PRESENTATION, c, before)
        warnings = []
        if rules.offer_lapsed(deadline, today()):
            warnings.append(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Même compté depuis la présentation du courrier, le délai de réponse "
                        "a expiré le {date}.",
                    ),
                    date=format_date_fr(deadline),
                )
            )
        return Saved(c.id, c.version, tuple(warnings))


def _refuse_first(c: Candidate, *checks: tuple[bool, str]) -> None:
    """Refuse the change (``UserError``, ``c``'s name given) with the message of the
    first of the ``(refused, message)`` checks that holds."""
    for refused, template in checks:
        if refused:
            raise UserError(message(template, name=c.full_name))


def _answer_of(value: OfferStatus | str) -> OfferStatus:
    """The candidate's answer (accepted or refused) read from ``value``, or the French
    error on the "answer" field."""
    try:
        answer: OfferStatus | None = OfferStatus(value)
    except ValueError:
        answer = None
    if answer is None or answer not in ANSWERS:
        raise ValidationError(
            {
                "answer": message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Indiquez si le candidat accepte ou refuse le logement."
                    )
                )
            }
        )
    return answer


@guarded("caleol.offre")
def record_answer(
    db: Database,
    actor: Actor,
    candidate_id: int,
    answer: OfferStatus,
    on: dt.date,
    reason: str = "",
    *,
    received_in_time: bool = False,
    expected_version: int | None = None,
) -> Saved:
    """The candidate's answer to the offer: ``ACCEPTED`` or ``REFUSED`` (reason
    required), dated ``on``.

    An acceptance closes the offer for the other candidates of the dwelling
    (``WITHDRAWN``). An acceptance dated after the deadline is refused (silence =
    refusal, R441-10) unless ``received_in_time``: the user states the answer was sent
    or handed in within the delay (postmark, receipt). A late refusal is recorded as a
    refusal. No answer is taken once the dwelling went to the next rank.
    """
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)
    answer = _answer_of(answer)
    reason = (reason or "").strip()
    if answer is OfferStatus.REFUSED and not reason:
        raise invalid(
            "reason",
            QT_TRANSLATE_NOOP(
                "messages",
                "Indiquez le motif du refus donné par le candidat (« aucun motif "
                "donné » s'il n'en a pas indiqué).",
            ),
        )
    if len(reason) > _REASON_MAX:
        raise invalid(
            "reason",
            QT_TRANSLATE_NOOP("messages", "Le motif du refus : {limit} caractères au plus."),
            limit=_REASON_MAX,
        )
    _not_future(on, "on")

    with writing(db) as session:
        item, c, state, status = _offer_state(session, candidate_id, expected_version)
        if status in ANSWERS:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La réponse de {name} est déjà enregistrée ({status} le {date}).",
                    ),
                    name=c.full_name,
                    status=Message(status.label).render().lower(),
                    date=format_date_fr(c.offer_answer_on),
                )
            )
        _refuse_first(
            c,
            (
                status is OfferStatus.WITHDRAWN,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le logement a été attribué à un autre candidat : la proposition faite à "
                    "{name} est close.",
                ),
            ),
            (
                status is None and c.id == state.next_id,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le logement n'a pas encore été proposé à {name} : proposez-le au rang "
                    "suivant et produisez son courrier de proposition.",
                ),
            ),
            (
                status not in (OfferStatus.OFFERED, OfferStatus.LAPSED) and c.id != state.holder_id,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le logement n'a pas été proposé à {name} : les candidats classés avant "
                    "lui n'ont pas encore répondu.",
                ),
            ),
            (
                not _letter_made(c),
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le courrier de proposition de {name} n'a pas encore été produit : sa "
                    "réponse ne peut pas être enregistrée.",
                ),
            ),
        )
        _refuse_if_offered_later(item, state, c, "answer")
        if on < c.notified_on:
            raise ValidationError(
                {
                    "on": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "La réponse ne peut pas précéder l'envoi de la proposition (le "
                            "{date}).",
                        ),
                        date=format_date_fr(c.notified_on),
                    )
                }
            )
        late = rules.offer_lapsed(c.offer_deadline, on)
        if late and answer is OfferStatus.ACCEPTED and not received_in_time:
            raise ValidationError(
                {
                    "on": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Réponse du {date} arrivée après la date limite du {deadline} : "
                            "sans réponse dans le délai, le candidat est réputé avoir refusé (R441-10). Si "
                            "la réponse a été envoyée ou remise dans le délai (cachet de la poste, "
                            "récépissé), indiquez-le.",
                        ),
                        date=format_date_fr(on),
                        deadline=format_date_fr(c.offer_deadline),
                    )
                }
            )
        before = snapshot(c, OFFER_FIELDS)
        c.offer_status = answer.value
        c.offer_answer_on = on
        c.offer_refusal_reason = reason if answer is OfferStatus.REFUSED else ""
        touch(c, actor)
        session.flush()
        _audit(
            session,
            actor,
            ACTION_ACCEPTED if answer is OfferStatus.ACCEPTED else ACTION_REFUSED,
            c,
            before,
            {
                "delai": c.offer_deadline,
                "hors_delai": late,
                "recue_dans_le_delai": late and received_in_time,
            },
        )
        warnings: list[Message] = []
        if answer is OfferStatus.ACCEPTED:
            closed = []
            for other in item.candidates:
                if other is c or other.id not in state.order:
                    continue
                if _status(other) in (None, OfferStatus.OFFERED):
                    before = snapshot(other, OFFER_FIELDS)
                    other.offer_status = OfferStatus.WITHDRAWN.value
                    touch(other, actor)
                    session.flush()
                    _audit(session, actor, ACTION_WITHDRAWN, other, before, {"accepte_par": c.id})
                    closed.append(other.full_name)
            if closed:
                warnings.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Logement attribué à {name} : la proposition est close pour {others}.",
                        ),
                        name=c.full_name,
                        others=", ".join(closed),
                    )
                )
        else:
            after = offer_state_of(item, None)
            if after.next_id is not None:
                nxt = _candidate(item, after.next_id)
                warnings.append(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le logement peut être proposé au rang suivant : {name} (rang {rank}).",
                        ),
                        name=nxt.full_name,
                        rank=nxt.rank,
                    )
                )
            elif after.exhausted:
                warnings.append(_exhausted_message())
        return Saved(c.id, c.version, tuple(warnings))


def _exhausted_message() -> Message:
    return message(
        QT_TRANSLATE_NOOP(
            "messages",
            "Plus aucun candidat classé pour ce logement : il devra être présenté à "
            "une prochaine séance de la commission.",
        )
    )


@guarded("caleol.offre")
def lapse_overdue(db: Database, actor: Actor, on: dt.date | None = None) -> list[int]:
    """Record as lapsed (silence = refusal) every offer left unanswered after its
    deadline day, as of ``on`` (default today); the ids of the candidates marked.
    Running it again changes nothing."""
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE)
    on = on or today()
    _not_future(on, "on")

    with writing(db) as session:
        item_ids = list(
            session.scalars(
                select(Candidate.agenda_item_id)
                .distinct()
                .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
                .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
                .where(
                    Candidate.offer_deadline < on,
                    (Candidate.offer_status == OfferStatus.OFFERED.value)
                    | Candidate.offer_status.is_(None),
                    AgendaItem.kind == AgendaItemKind.ATTRIBUTION.value,
                    CaleolSession.status.not_in(_UNDECIDED),
                )
            )
        )
        lapsed: list[int] = []
        for item_id in sorted(item_ids):
            lapsed += _mark_lapsed(session, actor, _load_item(session, item_id), on)
        return lapsed


@guarded("caleol.offre")
def offer_to_next(db: Database, actor: Actor, item_id: int, on: dt.date | None = None) -> int:
    """Offer the dwelling of ``item_id`` to the next ranked candidate, once the one
    holding it refused or let the deadline pass (as of ``on``, default today; the
    lapse is recorded). Returns the candidate's id: make his offer letter with
    ``caleol.letters.generate_decision_letters(..., candidate_ids=[id])``, which sets
    his notification date and deadline."""
    authz.require(actor, MANAGE, entity=ENTITY_ITEM, entity_id=item_id)
    on = on or today()
    _not_future(on, "on")

    with writing(db) as session:
        item = _load_item(session, item_id)
        state = offer_state_of(item, on)
        if state.accepted_id is not None:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le logement {reference} a été accepté par {name}."
                    ),
                    reference=item.reference,
                    name=_candidate(item, state.accepted_id).full_name,
                )
            )
        if state.holder_id is not None:
            raise _holder_refusal(item, _candidate(item, state.holder_id))
        if state.next_id is None:
            raise UserError(_exhausted_message())
        _mark_lapsed(session, actor, item, on)
        c = _candidate(item, state.next_id)
        before = snapshot(c, OFFER_FIELDS)
        c.offer_status = OfferStatus.OFFERED.value
        c.offer_deadline = None
        c.presented_on = None
        c.offer_registered = False
        c.offer_answer_on = None
        touch(c, actor)
        session.flush()
        _audit(session, actor, ACTION_NEXT, c, before, {"rang": c.rank, "le": on})
        return c.id


@guarded("caleol.offre")
def record_lease_signed(
    db: Database,
    actor: Actor,
    candidate_id: int,
    signed_on: dt.date,
    expected_version: int | None = None,
) -> Saved:
    """The lease signed by the candidate who accepted the dwelling."""
    authz.require(actor, MANAGE, entity=ENTITY_CANDIDATE, entity_id=candidate_id)
    _not_future(signed_on, "signed_on")

    with writing(db) as session:
        item, c = _offer_of(session, candidate_id, expected_version)
        if _status(c) is not OfferStatus.ACCEPTED:
            raise UserError(
                message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} n'a pas accepté le logement : pas de bail à enregistrer.",
                    ),
                    name=c.full_name,
                )
            )
        if c.offer_answer_on is not None and signed_on < c.offer_answer_on:
            raise ValidationError(
                {
                    "signed_on": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le bail ne peut pas être signé avant l'acceptation (le {date}).",
                        ),
                        date=format_date_fr(c.offer_answer_on),
                    )
                }
            )
        before = snapshot(c, OFFER_FIELDS)
        c.lease_signed_on = signed_on
        touch(c, actor)
        session.flush()
        _audit(session, actor, ACTION_LEASE, c, before)
        return Saved(c.id, c.version)


__all__ = [
    "ANSWERS",
    "OfferRow",
    "find_candidate",
    "find_dwelling",
    "lapse_overdue",
    "offer_to_next",
    "offers",
    "record_answer",
    "record_lease_signed",
    "record_presentation",
]
