"""Letters notifying the CALEOL's decisions to the candidates (issue 7).

Each candidate of a session's dwellings gets one letter, chosen from his decision
(``letters_for_session``):

- ``ATTRIBUTION`` -> ``caleol_offre``: the offer, with the answer deadline of R441-10;
- ``ATTRIBUTION_RANG`` -> ``caleol_rang`` (offered if the higher-ranked candidates
  refuse), except the candidate first in line (rank 1 on a dwelling without a direct
  attribution): the dwelling is offered to him now, so he gets ``caleol_offre``
  mentioning his rank;
- ``ATTRIBUTION_CONDITION_SUSPENSIVE`` -> ``caleol_piece_manquante``: the missing
  document and its deadline, and the offer's answer deadline;
- ``NON_ATTRIBUTION`` and ``IRRECEVABILITE`` -> ``caleol_refus`` with the reason
  (registered mail for inadmissibility).

``generate_decision_letters`` makes them all at once, or none: every decision must be
recorded, every address usable, every offer's dwelling must have its rent and charges.
The letters are rendered from the templates (candidate, dwelling and session reach them
as free fields ``champs.*``), converted to PDF by LibreOffice when asked, archived and
recorded in the document register (no tenant file: candidates are applicants), copied
into the folder the user chose; in the same transaction each candidate gets the
notification date and, for an offer, the answer deadline (notification + N days, N at
least 10, counted from the day after, rolled to the next working day).

Candidates have one free-text postal address (``Candidate.postal_address``): its last
line is the postcode and town, the line before it the street, earlier lines the
complement and the building (NF Z10-011 block built by ``desktop.domain.address``).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.documents import engine
from desktop.documents.context import LetterInfo, build_context, new_reference
from desktop.documents.files import (
    atomic_move,
    atomic_write_bytes,
    safe_filename,
    unique_path,
)
from desktop.documents.library import fill_free_fields, get_template, parse_free_fields
from desktop.domain import caleol as rules
from desktop.domain.address import PostalAddress, build_address
from desktop.domain.caleol import AgendaItemKind, Decision, OfferStatus
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.formatting import format_amount_input, format_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.domain.tenant import DwellingData, LeaseData, OccupantData, TenantFileData
from desktop.domain.text import person_name, surname_caps
from desktop.services import audit, authz, organisation
from desktop.services.authz import guarded
from desktop.services.caleol import offer_state_of, session_status
from desktop.services.caleol.common import (
    candidate_line,
    record_notification,
    require_session_read,
)
from desktop.services.caleol.data import CandidateRef
from desktop.services.context import Actor, now
from desktop.services.document_records import record_document
from desktop.services.write import file_error, from_row
from desktop.services.write import message as _m
from desktop.storage.caleol_models import AgendaItem, Candidate, Commission
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.db import Database
from desktop.storage.models import Agency, Dwelling

OFFER = "caleol_offre"
RANK = "caleol_rang"
REFUSAL = "caleol_refus"
MISSING_DOCUMENT = "caleol_piece_manquante"
DECISION_LETTERS = (OFFER, RANK, REFUSAL, MISSING_DOCUMENT)

LETTER_LABELS = {
    OFFER: QT_TRANSLATE_NOOP("messages", "Proposition de logement (attribution)"),
    RANK: QT_TRANSLATE_NOOP("messages", "Attribution en rang"),
    REFUSAL: QT_TRANSLATE_NOOP("messages", "Refus d'attribution ou irrecevabilité"),
    MISSING_DOCUMENT: QT_TRANSLATE_NOOP(
        "messages", "Attribution sous condition suspensive (pièce manquante)"
    ),
}

# Audit entities (the same names as desktop.services.caleol).
ENTITY_SESSION = "caleol_seance"
ENTITY_CANDIDATE = "caleol_candidat"

_POSTCODE_LINE = re.compile(r"(\d{5})\s+(\S.*)")
_ONE_LINE = re.compile(r"(.+?)[,\s]+(\d{5})\s+(\S.*)")
_LOCALITY = re.compile(r"(BP|CS|TSA|CEDEX)\b", re.IGNORECASE)


def folder_name(session_number: str) -> str:
    """The folder a session's decision letters propose (``courriers-caleol-2026-11``),
    whatever its number holds (``2026/11``, ``..\\x``: no sub-folder, no way out)."""
    return f"courriers-caleol-{safe_filename(session_number, 30)}"


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class PlannedLetter(CandidateRef):
    """The letter a candidate gets from his decision, and what prevents making it."""

    decision: Decision | None
    rank: int | None
    #: None: no decision yet
    template_name: str | None
    #: the letter is an offer: it sets an answer deadline
    offer: bool
    #: candidates ranked before him (rank letters); for an offer to a candidate who
    #: moved up, those before him in the line, who did not accept it
    ahead: int
    registered_mail: bool
    #: an earlier notification, if any
    notified_on: dt.date | None
    offer_deadline: dt.date | None
    problems: tuple[Message, ...] = ()
    #: an offer to a ranked candidate after those before him refused it or let the
    #: deadline pass (``desktop.services.caleol.offers``)
    moved_up: bool = False
    #: where the offer stands for him (None: not offered)
    offer_status: OfferStatus | None = None

    @property
    def label(self) -> str:
        return LETTER_LABELS.get(self.template_name or "", "")


@dataclass(frozen=True)
class DecisionLetter:
    candidate_id: int
    candidate_name: str
    template_name: str
    reference: str
    document_id: int
    #: the copies in the folder the user chose
    docx_path: Path
    pdf_path: Path | None
    notified_on: dt.date
    offer_deadline: dt.date | None
    #: a registered offer letter: its deadline runs from the receipt, to be recorded
    registered_offer: bool = False


@dataclass(frozen=True)
class DecisionLettersResult:
    session_id: int
    session_number: str
    notified_on: dt.date
    out_dir: Path
    letters: tuple[DecisionLetter, ...]
    #: every PDF in one file, in agenda order, to print (PDF asked only)
    merged_pdf: Path | None


# --------------------------------------------------------------------------- address


def candidate_address(
    civility: str, first_name: str, last_name: str, postal_address: str
) -> PostalAddress:
    """The NF Z10-011 block from the candidate's free-text address.

    Last line: ``33000 Bordeaux``; the line before: number and street (or a BP/CS line
    after the street); earlier lines: complement, building. A one-line address
    ``11 rue X 33000 Bordeaux`` is split at the postcode. ``ValidationError`` when it
    cannot be made to fit the norm.
    """
    lines = [" ".join(line.split()) for line in (postal_address or "").splitlines()]
    lines = [line.strip(" ,") for line in lines if line.strip(" ,")]
    if not lines:
        raise ValidationError(
            {"postal_address": _m(QT_TRANSLATE_NOOP("messages", "adresse postale absente."))}
        )
    m = _POSTCODE_LINE.fullmatch(lines[-1])
    if m:
        postcode, city, rest = m.group(1), m.group(2), lines[:-1]
    else:
        one = _ONE_LINE.fullmatch(lines[-1])
        if not one:
            raise ValidationError(
                {
                    "postal_address": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "la dernière ligne de l'adresse doit être le code postal (5 "
                            "chiffres) suivi de la commune (« {line} »).",
                        ),
                        line=lines[-1],
                    )
                }
            )
        postcode, city, rest = one.group(2), one.group(3), lines[:-1] + [one.group(1)]
    locality = ""
    if len(rest) >= 2 and _LOCALITY.match(rest[-1]):
        locality, rest = rest[-1], rest[:-1]
    if not rest:
        raise ValidationError(
            {"postal_address": _m(QT_TRANSLATE_NOOP("messages", "adresse sans numéro ni voie."))}
        )
    street, extra = rest[-1], rest[:-1]
    if len(extra) > 2:
        raise ValidationError(
            {
                "postal_address": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "adresse trop longue : 6 lignes au plus, nom compris."
                    )
                )
            }
        )
    extra += [""] * (2 - len(extra))
    return build_address(
        [(civility, first_name, last_name)],
        complement=extra[0],
        building=extra[1],
        street=street,
        locality=locality,
        postcode=postcode,
        city=city,
    )


# --------------------------------------------------------------------------- planning


@dataclass
class _Loaded:
    row: CaleolSession
    commission: Commission
    # dwelling id -> (code, agency name, agency town); None: the commission's agency
    agency_codes: dict[int | None, tuple[str, str, str]]


def _not_found(session_id) -> NotFoundError:
    return NotFoundError(
        _m(QT_TRANSLATE_NOOP("messages", "La séance {id} n'existe pas ou plus."), id=session_id)
    )


def _load(session: Session, session_id: int) -> _Loaded:
    row = session.scalars(
        select(CaleolSession)
        .where(CaleolSession.id == session_id)
        .options(
            selectinload(CaleolSession.commission).selectinload(Commission.agency),
            selectinload(CaleolSession.items).selectinload(AgendaItem.candidates),
        )
    ).one_or_none()
    if row is None:
        raise _not_found(session_id)
    commission = row.commission
    agency = commission.agency
    default = (agency.code, agency.name, agency.city) if agency else ("", "", "")
    codes: dict[int | None, tuple[str, str, str]] = {None: default}
    dwelling_ids = [i.dwelling_id for i in row.items if i.dwelling_id is not None]
    if dwelling_ids:
        for dwelling_id, code, name, city in session.execute(
            select(Dwelling.id, Agency.code, Agency.name, Agency.city)
            .join(Agency, Agency.id == Dwelling.agency_id)
            .where(Dwelling.id.in_(dwelling_ids))
        ):
            codes[dwelling_id] = (code, name, city)
    return _Loaded(row, commission, codes)


def _attribution_items(row: CaleolSession) -> list[AgendaItem]:
    return [i for i in row.items if i.kind == AgendaItemKind.ATTRIBUTION.value]


def _plan_item(item: AgendaItem) -> list[PlannedLetter]:
    decisions = {c.id: Decision(c.decision) if c.decision else None for c in item.candidates}
    statuses = {
        c.id: OfferStatus(c.offer_status) if c.offer_status else None for c in item.candidates
    }
    # The line of the offer (direct attribution, then ranks), and who is offered the
    # dwelling now: after refusals, a ranked candidate gets the offer letter.
    state = offer_state_of(item)
    place = {cid: n for n, cid in enumerate(state.order)}
    offered_now = {state.holder_id, state.next_id} - {None} if state.accepted_id is None else set()
    out = []
    for c in item.candidates:
        decision = decisions[c.id]
        status = statuses[c.id]
        problems: list[Message] = []
        template, offer, ahead, registered, moved_up = None, False, 0, False, False
        if decision is None:
            problems.append(_m(QT_TRANSLATE_NOOP("messages", "aucune décision n'est enregistrée.")))
        elif decision is Decision.ATTRIBUTION:
            template, offer = OFFER, True
        elif decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE:
            template, offer = MISSING_DOCUMENT, True
        elif decision is Decision.ATTRIBUTION_RANG:
            if c.id in offered_now or status is OfferStatus.OFFERED:
                template, offer, moved_up = OFFER, True, place[c.id] > 0
                # those before him in the line all refused or let the deadline pass
                ahead = place[c.id]
            else:
                ahead = len(
                    [
                        cid
                        for cid in state.order[: place[c.id]]
                        if not ((st := statuses[cid]) is not None and st.out)
                    ]
                )
                template = RANK
        else:
            template, registered = REFUSAL, decision is Decision.IRRECEVABILITE
        if status is not None and status is not OfferStatus.OFFERED:
            problems.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "la proposition a déjà reçu une suite ({status}) : aucun nouveau courrier.",
                    ),
                    status=Message(status.label),
                )
            )
        if template is not None:
            registered = registered or get_template(template).registered_mail
            try:
                candidate_address(c.civility, c.first_name, c.last_name, c.postal_address)
            except ValidationError as exc:
                problems += [
                    _m(QT_TRANSLATE_NOOP("messages", "adresse : {detail}"), detail=m)
                    for m in exc.fields.values()
                ]
            if template != REFUSAL and (item.rent is None or item.charges is None):
                problems.append(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "le loyer ou les charges du logement {reference} ne sont pas "
                            "renseignés dans la fiche logement.",
                        ),
                        reference=item.reference,
                    )
                )
        out.append(
            PlannedLetter(
                **candidate_line(c, item),
                decision=decision,
                rank=c.rank,
                template_name=template,
                offer=offer,
                ahead=ahead,
                registered_mail=registered,
                notified_on=c.notified_on,
                offer_deadline=c.offer_deadline,
                problems=tuple(problems),
                moved_up=moved_up,
                offer_status=status,
            )
        )
    return out


def _plan(loaded: _Loaded) -> list[PlannedLetter]:
    return [p for item in _attribution_items(loaded.row) for p in _plan_item(item)]


def _require_read(actor: Actor, session_id: int) -> None:
    if not (actor.can(Permission.CALEOL_MINUTES_READ) or actor.can(Permission.CALEOL_MANAGE)):
        raise authz.denied(
            actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY_SESSION, entity_id=session_id
        )


@guarded("caleol.lettres")
def letters_for_session(db: Database, actor: Actor, session_id: int) -> list[PlannedLetter]:
    """The letter each candidate of the session's dwellings gets, in agenda order, with
    what would prevent making it (no decision, unusable address, rent missing)."""
    _require_read(actor, session_id)
    with db.reader() as session:
        require_session_read(session, actor, session_id, ENTITY_SESSION)
        return _plan(_load(session, session_id))


# --------------------------------------------------------------------------- fields


def _floor_text(floor: int | None, accessibility: str) -> str:
    if floor is None:
        text = ""
    elif floor == 0:
        text = "rez-de-chaussée"
    elif floor == 1:
        text = "1er étage"
    else:
        text = f"{floor}e étage"
    access = " ".join((accessibility or "").split())
    if text and access and text.casefold() not in access.casefold():
        return f"{text} – {access}"
    return access or text


def letter_fields(
    planned: PlannedLetter,
    item: AgendaItem,
    candidate: Candidate,
    commission: Commission,
    session_date: dt.date,
    notified_on: dt.date,
    offer_deadline: dt.date | None,
    offer_days: int,
) -> dict[str, str]:
    """The free fields (form text) of a candidate's letter."""
    dwelling_address = ", ".join(
        p for p in (item.address.strip(), f"{item.postcode} {item.commune}".strip()) if p
    )
    values = {
        "candidat": person_name(
            candidate.civility, candidate.first_name, surname_caps(candidate.last_name)
        ),
        "numero_unique": candidate.numero_unique,
        "commission": commission.name,
        "date_seance": format_date_fr(session_date),
        "logement_reference": item.reference,
        "logement_adresse": dwelling_address,
        "logement_type": item.dwelling_type,
        "logement_surface": format_amount_input(item.surface),
        "logement_etage": _floor_text(item.floor, item.accessibility),
        "loyer": format_amount_input(item.rent),
        "charges": format_amount_input(item.charges),
        "loyer_charges": format_amount_input(
            (item.rent or Decimal(0)) + (item.charges or Decimal(0))
        )
        if item.rent is not None
        else "",
    }
    if planned.offer:
        values["delai_jours"] = str(offer_days)
        values["date_limite_reponse"] = format_date_fr(offer_deadline)
        if planned.decision is Decision.ATTRIBUTION_RANG and planned.moved_up:
            # "ranked N, the dwelling is offered to you, those placed before you did
            # not accept it"
            values["rang_apres_refus"] = str(candidate.rank)
            values["candidats_avant"] = str(planned.ahead)
        elif planned.decision is Decision.ATTRIBUTION_RANG:
            # "in rank 1: offered to you first"
            values["rang"] = str(candidate.rank)
    if planned.template_name == RANK:
        values["rang"] = str(candidate.rank)
        values["candidats_avant"] = str(planned.ahead)
    elif planned.template_name == REFUSAL:
        values["decision"] = (
            "irrecevabilité" if planned.decision is Decision.IRRECEVABILITE else "non-attribution"
        )
        values["motif"] = candidate.reason
    elif planned.template_name == MISSING_DOCUMENT:
        values["piece_manquante"] = candidate.condition_document
        values["date_limite_piece"] = format_date_fr(candidate.condition_deadline)
    return fill_free_fields(planned.template_name or "", values, notified_on)


# --------------------------------------------------------------------------- generation


@dataclass
class _Made:
    planned: PlannedLetter
    template_name: str
    template_version: str
    template_title: str
    reference: str
    subject: str
    last_name: str
    docx: Path
    pdf: Path | None = None
    offer_deadline: dt.date | None = None


def _refuse(problems: list[tuple[PlannedLetter, Message]]) -> UserError:
    details = "\n".join(
        _m(
            QT_TRANSLATE_NOOP("messages", "- {name} ({number}, logement {dwelling}) : {problem}"),
            name=p.candidate_name,
            number=p.numero_unique,
            dwelling=p.dwelling_reference,
            problem=problem,
        ).render()
        for p, problem in problems
    )
    if any(p.decision is None for p, _ in problems):
        text = QT_TRANSLATE_NOOP(
            "messages",
            "Des décisions manquent : aucune lettre n'a été produite. Enregistrez "
            "la décision de chaque candidat, puis recommencez.\n{details}",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "Aucune lettre n'a été produite : corrigez d'abord ces candidats.\n{details}",
        )
    return UserError(_m(text, details=details))


def _check_request(loaded: _Loaded, notified_on: dt.date, offer_days: int) -> None:
    row = loaded.row
    if session_status(row) is not rules.SessionStatus.CLOSED:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La séance {number} n'est pas close : les décisions ne sont notifiées "
                    "qu'une fois la séance terminée.",
                ),
                number=row.number,
            )
        )
    errors: dict[str, Message] = {}
    if notified_on < row.session_date:
        errors["notified_on"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "La notification ne peut pas précéder la séance (du {date})."
            ),
            date=format_date_fr(row.session_date),
        )
    if offer_days < rules.MIN_OFFER_DAYS:
        errors["offer_days"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le délai de réponse à une offre de logement ne peut être inférieur à {min} jours.",
            ),
            min=rules.MIN_OFFER_DAYS,
        )
    if errors:
        raise ValidationError(errors)


def _context(
    loaded: _Loaded,
    item: AgendaItem,
    candidate: Candidate,
    planned: PlannedLetter,
    profile,
    reference: str,
    on: dt.date,
    actor: Actor,
    fields: dict[str, str],
):
    template = get_template(planned.template_name or "")
    code, agency_name, town = loaded.agency_codes.get(item.dwelling_id, loaded.agency_codes[None])
    if not code:
        code, agency_name, town = loaded.agency_codes[None]
    address = candidate_address(
        candidate.civility, candidate.first_name, candidate.last_name, candidate.postal_address
    )
    applicant = TenantFileData(
        occupants=[OccupantData(candidate.last_name, candidate.first_name, candidate.civility)],
        lease=LeaseData("", on, item.rent or Decimal(0), item.charges or Decimal(0)),
        dwelling=from_row(
            DwellingData, item, address_line=item.address, city=item.commune, agency_code=code
        ),
    )
    info = LetterInfo(
        reference=reference,
        date=on,
        subject=template.subject,
        registered_mail=planned.registered_mail,
        handled_by=actor.label,
    )
    ctx = build_context(
        applicant,
        profile=profile,
        letter=info,
        agency_name=agency_name,
        address=address,
        agency_town=town,
    )
    ctx["champs"] = parse_free_fields(template, fields)
    return template, ctx, info


def _checked_plan(
    loaded: _Loaded,
    notified_on: dt.date,
    offer_days: int | None,
    candidate_ids: Sequence[int] | None,
) -> tuple[int, list[PlannedLetter]]:
    """The answer delay and the letters to make, once the request and every letter
    were checked (the errors of ``generate_decision_letters``)."""
    days = (
        offer_days
        if offer_days is not None
        else (loaded.commission.offer_days or rules.MIN_OFFER_DAYS)
    )
    _check_request(loaded, notified_on, days)
    plan = _plan(loaded)
    if candidate_ids is not None:
        wanted = set(candidate_ids)
        unknown = wanted - {p.candidate_id for p in plan}
        if unknown:
            raise NotFoundError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le candidat n° {id} n'est pas un candidat de cette séance."
                    ),
                    id=min(unknown),
                )
            )
        plan = [p for p in plan if p.candidate_id in wanted]
    if not plan:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La séance {number} n'a aucun candidat à un logement : aucune "
                    "lettre à produire.",
                ),
                number=loaded.row.number,
            )
        )
    plan = _with_passed_deadlines(loaded, plan, notified_on)
    problems = [(p, problem) for p in plan for problem in p.problems]
    if problems:
        raise _refuse(problems)
    return days, plan


def _with_passed_deadlines(
    loaded: _Loaded, plan: list[PlannedLetter], notified_on: dt.date
) -> list[PlannedLetter]:
    """A missing-document letter whose deadline is not after the notification would
    ask the candidate for a document by a date already gone: it is refused until the
    decision sets a new deadline."""
    deadlines = {
        c.id: c.condition_deadline
        for item in _attribution_items(loaded.row)
        for c in item.candidates
    }
    out = []
    for p in plan:
        deadline = deadlines.get(p.candidate_id)
        if p.template_name == MISSING_DOCUMENT and deadline is not None and deadline <= notified_on:
            problem = _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "la pièce manquante est demandée pour le {deadline}, qui ne vient pas "
                    "après la notification du {notified} : fixez un nouveau délai dans la "
                    "décision.",
                ),
                deadline=format_date_fr(deadline),
                notified=format_date_fr(notified_on),
            )
            p = replace(p, problems=(*p.problems, problem))
        out.append(p)
    return out


@guarded("caleol.lettres")
def check_letters(
    db: Database,
    actor: Actor,
    session_id: int,
    notified_on: dt.date,
    offer_days: int | None = None,
    candidate_ids: Sequence[int] | None = None,
) -> None:
    """Raise the error ``generate_decision_letters`` would raise before making
    anything (session not closed, notification date, delay, decision, address, rent),
    writing nothing: to check an offer letter before offering the dwelling to the next
    rank (``parcours caleol next-rank … --letter``)."""
    _require_read(actor, session_id)
    with db.reader() as session:
        require_session_read(session, actor, session_id, ENTITY_SESSION)
        _checked_plan(_load(session, session_id), notified_on, offer_days, candidate_ids)


@guarded("caleol.lettres")
def generate_decision_letters(
    db: Database,
    actor: Actor,
    session_id: int,
    notified_on: dt.date,
    out_dir: str | Path,
    pdf: bool = False,
    offer_days: int | None = None,
    *,
    alsace_moselle: bool = False,
    candidate_ids: Sequence[int] | None = None,
    duplex: bool = False,
) -> DecisionLettersResult:
    """Make, register and copy into ``out_dir`` the decision letter of every candidate
    of a closed session (or of ``candidate_ids`` only), and record on each candidate
    the notification date and, for an offer, the answer deadline. With ``pdf``, one
    PDF to print them all; ``duplex``: double-sided, each letter on a front page.

    ``offer_days``: the offer's answer delay (at least 10; default: the commission's).
    All or nothing: a missing decision, an unusable address or a dwelling without rent
    refuses the whole request with the list of candidates to fix; a failed PDF
    conversion or a write error leaves no letter, no register entry, no notification.
    """
    from desktop.documents import convert
    from desktop.services import documents

    authz.require(actor, Permission.CALEOL_MANAGE, entity=ENTITY_SESSION, entity_id=session_id)
    out_dir = Path(out_dir)
    with db.reader() as session:
        loaded = _load(session, session_id)
        days, plan = _checked_plan(loaded, notified_on, offer_days, candidate_ids)
        deadline = rules.offer_deadline(notified_on, days, alsace_moselle)
        profile = organisation.load_profile_in(session)
        candidates = {
            c.id: (item, c) for item in _attribution_items(loaded.row) for c in item.candidates
        }
        prepared = []
        field_errors: list[tuple[PlannedLetter, Message]] = []
        for p in plan:
            item, c = candidates[p.candidate_id]
            # A registered offer's deadline runs from its receipt (first presentation):
            # unknown until recorded (``offers.record_presentation``); the letter states
            # the rule instead of a date.
            offer_deadline = deadline if p.offer and not p.registered_mail else None
            fields = letter_fields(
                p,
                item,
                c,
                loaded.commission,
                loaded.row.session_date,
                notified_on,
                offer_deadline,
                days,
            )
            reference = new_reference(
                loaded.agency_codes.get(item.dwelling_id, ("", "", ""))[0]
                or loaded.agency_codes[None][0],
                notified_on,
            )
            try:
                template, ctx, info = _context(
                    loaded, item, c, p, profile, reference, notified_on, actor, fields
                )
            except ValidationError as exc:
                field_errors += [(p, m) for m in exc.fields.values()]
                continue
            prepared.append((p, template, ctx, info, reference, c.last_name, offer_deadline))
        if field_errors:
            raise _refuse(field_errors)
        session_number = loaded.row.number

    staging = documents._staging_dir()
    archived: list[Path] = []
    copies: list[Path] = []
    try:
        made: list[_Made] = []
        for p, template, ctx, info, reference, last_name, offer_deadline in prepared:
            data = engine.render_bytes(template, ctx, envelope=profile.envelope)
            docx = atomic_write_bytes(staging / f"{len(made):04d}-{reference}.docx", data)
            made.append(
                _Made(
                    p,
                    template.name,
                    template.version,
                    template.title,
                    reference,
                    info.subject,
                    last_name,
                    docx,
                    offer_deadline=offer_deadline,
                )
            )
        if pdf:
            by_docx = {m.docx: m for m in made}
            failures: list[tuple[PlannedLetter, Message]] = []

            def done(doc: Path, out: Path | None, error: Message | None) -> None:
                if out is None:
                    failures.append(
                        (
                            by_docx[doc].planned,
                            error
                            or _m(QT_TRANSLATE_NOOP("messages", "la conversion en PDF a échoué.")),
                        )
                    )
                else:
                    by_docx[doc].pdf = out

            convert.convert_many([m.docx for m in made], staging / "pdf", done)
            if failures:
                raise _refuse(failures)

        stamp = now()
        folder = documents.archive_folder(stamp)
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise file_error(
                QT_TRANSLATE_NOOP(
                    "messages", "Impossible de créer le dossier « {path} » : {error}"
                ),
                exc,
                path=str(out_dir),
            ) from exc
        stems: dict[int, tuple[Path, Path | None, Path, Path | None]] = {}
        for m in made:
            stem = documents.archive_stem(m.reference, m.planned.template_name or "", m.last_name)
            a_docx = atomic_move(m.docx, unique_path(folder / f"{stem}.docx"))
            archived.append(a_docx)
            a_pdf = None
            if m.pdf is not None:
                a_pdf = atomic_move(m.pdf, unique_path(folder / f"{stem}.pdf"))
                archived.append(a_pdf)
            c_docx = _copy(a_docx, out_dir / a_docx.name, copies)
            c_pdf = _copy(a_pdf, out_dir / a_pdf.name, copies) if a_pdf else None
            stems[m.planned.candidate_id] = (a_docx, a_pdf, c_docx, c_pdf)
        merged = None
        if pdf and made:
            merged = documents.merge_pdfs(
                [f for m in made if (f := stems[m.planned.candidate_id][1]) is not None],
                unique_path(out_dir / f"lettres-seance-{safe_filename(session_number, 20)}.pdf"),
                duplex=duplex,
            )
            copies.append(merged)

        letters = _record(
            db, actor, session_id, session_number, made, stems, notified_on, days, alsace_moselle
        )
        return DecisionLettersResult(
            session_id, session_number, notified_on, out_dir, tuple(letters), merged
        )
    except BaseException:
        for path in archived + copies:
            path.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _copy(source: Path, target: Path, created: list[Path]) -> Path:
    target = unique_path(target)
    data = source.read_bytes()
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages", "Impossible d'écrire « {name} » dans le dossier choisi : {error}"
            ),
            exc,
            name=target.name,
        ) from exc
    created.append(target)
    return target


def _record(
    db: Database,
    actor: Actor,
    session_id: int,
    session_number: str,
    made: list[_Made],
    paths: dict,
    notified_on: dt.date,
    days: int,
    alsace_moselle: bool = False,
) -> list[DecisionLetter]:
    """Register the letters and record the notifications, in one transaction; an offer
    letter makes the offer (``OfferStatus.OFFERED``) with its delay."""
    stamp = now()
    batch_id = uuid.uuid4().hex[:12]
    letters: list[DecisionLetter] = []
    with db.transaction() as session:
        for m in made:
            p = m.planned
            c = session.get(Candidate, p.candidate_id)
            if (
                c is None
                or (Decision(c.decision) if c.decision else None) is not p.decision
                or c.rank != p.rank
            ):
                raise ConflictError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "La décision de {name} a été modifiée pendant la production "
                            "des lettres : rien n'a été enregistré, recommencez.",
                        ),
                        name=p.candidate_name,
                    )
                )
            if (OfferStatus(c.offer_status) if c.offer_status else None) is not p.offer_status:
                raise ConflictError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "La proposition faite à {name} a changé pendant la production "
                            "des lettres : rien n'a été enregistré, recommencez.",
                        ),
                        name=p.candidate_name,
                    )
                )
            a_docx, a_pdf, c_docx, c_pdf = paths[p.candidate_id]
            record = record_document(
                session,
                actor,
                reference=m.reference,
                template_name=m.template_name,
                template_version=m.template_version,
                title=m.template_title,
                subject=m.subject,
                docx=a_docx,
                pdf=a_pdf,
                registered_mail=p.registered_mail,
                batch_id=batch_id,
                at=stamp,
                candidate_id=c.id,
                audit_details={
                    "reference": m.reference,
                    "caleol_candidat": c.id,
                    "modele": p.template_name,
                    "version": m.template_version,
                    "pdf": bool(a_pdf),
                    "lot": batch_id,
                },
            )
            changes: dict[str, Any] = {
                "notified_on": notified_on,
                "offer_deadline": m.offer_deadline,
            }
            if p.offer:
                changes.update(
                    offer_status=OfferStatus.OFFERED.value,
                    presented_on=None,
                    offer_registered=p.registered_mail,
                    offer_days=days,
                    offer_alsace_moselle=alsace_moselle,
                )
            record_notification(session, actor, c, changes, courrier=m.reference)
            letters.append(
                DecisionLetter(
                    candidate_id=c.id,
                    candidate_name=p.candidate_name,
                    template_name=p.template_name or "",
                    reference=m.reference,
                    document_id=record.id,
                    docx_path=c_docx,
                    pdf_path=c_pdf,
                    notified_on=notified_on,
                    offer_deadline=m.offer_deadline,
                    registered_offer=p.offer and p.registered_mail,
                )
            )
        audit.record(
            session,
            actor,
            "lettres_decision",
            ENTITY_SESSION,
            session_id,
            None,
            {
                "seance": session_number,
                "notification": notified_on,
                "delai_jours": days,
                "lettres": len(letters),
                "lot": batch_id,
            },
        )
        session.flush()
    return letters
