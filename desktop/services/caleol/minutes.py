"""CALEOL minutes (*procès-verbal*): drafts, review by the members, signature, lock,
extracts for applicants (issue 7).

The life of a session's minutes:

1. ``generate_draft``: the secretary builds the minutes from the CALEOL tables
   (``build_minutes``, read-only) and stores version N: its text (the contract of
   ``desktop.domain.minutes``, as JSON), the PDF/A marked "PROJET — version N" in the
   document archive, the SHA-256 of the HTML and of the PDF. Earlier drafts are
   SUPERSEDED. From version 2 on a change note is required (``revise``).
2. ``send_for_review``: status IN_REVIEW, one copy of the PDF per voting member,
   named after him, in a folder the secretary e-mails from.
3. ``review``: a member with an account approves or comments as himself (APP); the
   secretary may record an answer received by e-mail or letter (EXPORT). When every
   required member approved (``desktop.domain.minutes.approval_state``: the voting
   members who took part in the session) the version is APPROVED.
4. ``diff``: what changed between two versions, line by line.
5. ``sign``: the president signs the approved latest version: the final PDF/A (no
   draft band; the approvals listed) gets a visible PAdES signature where the
   president signs, its SHA-256 goes to the document register, and the session is
   locked (``caleol_session.locked``): every service of this module then refuses to
   change anything, with a French message.
6. ``extract_for_candidate``: the approved or signed minutes with every other
   candidate's data masked, for an applicant who asks for them.

Rights: ``CALEOL_MINUTES_WRITE`` (secretary: drafts, exports, answers received,
extracts), ``CALEOL_MINUTES_APPROVE`` (a member: his own review),
``CALEOL_MINUTES_SIGN`` (the president), ``CALEOL_MINUTES_READ`` (reading, diffs).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from desktop.documents.files import atomic_move, safe_filename, sha256_file, unique_path
from desktop.domain import minutes as pv
from desktop.domain.caleol import (
    AgendaItemKind,
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    PriorityCriterion,
    SessionMode,
    SessionStatus,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from desktop.domain.formatting import format_date_fr, format_datetime_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.minutes import (
    ApprovalState,
    Minutes,
    MinutesDiff,
    MinutesStatus,
    ReviewChannel,
    ReviewVerdict,
)
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now
from desktop.services.write import message as _m
from desktop.storage.caleol_models import (
    Candidate,
)
from desktop.storage.caleol_models import (
    Member as MemberRow,
)
from desktop.storage.caleol_models import (
    Session as SessionRow,
)
from desktop.storage.db import Database
from desktop.storage.minutes_models import (
    MinutesReview,
    MinutesSignature,
    MinutesVersion,
)
from desktop.storage.models import DocumentRecord

ENTITY = "caleol_pv"
TEMPLATE_NAME = "proces_verbal_caleol"
TEMPLATE_VERSION = "1"
COMMENT_MAX = 4000
NOTE_MAX = 2000
OPEN = (MinutesStatus.DRAFT, MinutesStatus.IN_REVIEW, MinutesStatus.APPROVED)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class ReviewView:
    id: int
    member_id: int
    member_name: str
    verdict: ReviewVerdict
    comment: str
    at: dt.datetime
    via: ReviewChannel
    recorded_by: str


@dataclass(frozen=True)
class SignatureView:
    signer: str
    certificate_subject: str
    signed_at: dt.datetime
    signed_by: str
    pdf_path: Path
    pdf_sha256: str
    document_id: int | None


@dataclass(frozen=True)
class VersionView:
    id: int
    session_id: int
    number: int
    status: MinutesStatus
    change_note: str
    created_at: dt.datetime
    created_by: str
    sent_at: dt.datetime | None
    approved_at: dt.datetime | None
    pdf_path: Path
    pdf_sha256: str
    html_sha256: str
    reviews: tuple[ReviewView, ...]
    signature: SignatureView | None
    content: dict

    @property
    def minutes(self) -> Minutes:
        return pv.from_json(self.content)

    @property
    def approval(self) -> ApprovalState:
        return pv.approval_state(self.minutes, {r.member_id: r.verdict for r in self.reviews})


def _view(row: MinutesVersion, names: dict[int, str]) -> VersionView:
    reviews = tuple(
        ReviewView(
            id=r.id,
            member_id=r.member_id,
            member_name=names.get(r.member_id, f"#{r.member_id}"),
            verdict=ReviewVerdict(r.verdict),
            comment=r.comment,
            at=r.at,
            via=ReviewChannel(r.via),
            recorded_by=r.recorded_by,
        )
        for r in row.reviews
    )
    sig = row.signature
    signature = (
        None
        if sig is None
        else SignatureView(
            signer=sig.signer,
            certificate_subject=sig.certificate_subject,
            signed_at=sig.signed_at,
            signed_by=sig.signed_by,
            pdf_path=Path(sig.pdf_path),
            pdf_sha256=sig.pdf_sha256,
            document_id=sig.document_id,
        )
    )
    return VersionView(
        id=row.id,
        session_id=row.session_id,
        number=row.number,
        status=MinutesStatus(row.status),
        change_note=row.change_note,
        created_at=row.created_at,
        created_by=row.created_by,
        sent_at=row.sent_at,
        approved_at=row.approved_at,
        pdf_path=Path(row.pdf_path),
        pdf_sha256=row.pdf_sha256,
        html_sha256=row.html_sha256,
        reviews=reviews,
        signature=signature,
        content=row.content,
    )


def _member_names(session: OrmSession, commission_id: int) -> dict[int, str]:
    rows = session.scalars(select(MemberRow).where(MemberRow.commission_id == commission_id))
    return {m.id: m.full_name for m in rows}


# --------------------------------------------------------------------------- building


def _no_session(session_id: int) -> NotFoundError:
    return NotFoundError(
        _m(QT_TRANSLATE_NOOP("messages", "La séance n° {id} n'existe pas ou plus."), id=session_id)
    )


def _session_or_404(session: OrmSession, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise _no_session(session_id)
    return row


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return utc_to_local(value) if value is not None else None


def _enum_label(enum_cls, code: str | None) -> str:
    if not code:
        return ""
    try:
        return enum_cls(code).label
    except ValueError:
        return code


def _household_text(c: Candidate) -> str:
    if c.household_composition.strip():
        return c.household_composition.strip()
    adults = f"{c.adults} adulte{'s' if c.adults > 1 else ''}"
    if not c.children:
        return adults
    return f"{adults}, {c.children} enfant{'s' if c.children > 1 else ''}"


def _minutes_from_rows(session: OrmSession, row: SessionRow, secretary: str) -> Minutes:
    """``secretary``: who drafts the minutes, named when the session has no designated
    secretary (``row.secretary_name``)."""
    from desktop.services import caleol as caleol_service
    from desktop.services import organisation
    from desktop.services.cotation import channels_text, score_text  # issue 17

    profile = organisation.load_profile_in(session)
    commission = row.commission
    attendance = {a.member_id: a for a in row.attendances}
    # The CALEOL service's reading of the session: who sits (substitutes standing in
    # for their titular included) and the quorum, exactly as votes were checked.
    context = caleol_service.common.session_context(row)
    sitting = list(context.members.values())
    substitutes = {m.id for m in sitting if m.substitute_of_id in context.members}
    convened = [m for m in sitting if m.id not in substitutes or m.id in attendance]
    holders = {p.giver_id: p.holder for p in row.proxies}
    mode = SessionMode(row.mode)
    all_members = {m.id: m for m in commission.members}
    all_names = {m.id: m.full_name for m in commission.members}
    agenda_communes = list(
        dict.fromkeys(
            i.commune.strip()
            for i in row.items
            if i.kind == AgendaItemKind.ATTRIBUTION.value and i.commune.strip()
        )
    )

    members = []
    for m in convened:
        a = attendance.get(m.id)
        att = AttendanceMode(a.mode) if a is not None else AttendanceMode.ABSENT
        quality = m.organisation
        if m.id in substitutes:
            titular = all_names.get(m.substitute_of_id, "")
            quality = ", ".join(p for p in (f"suppléant de {titular}", quality) if p)
        represented_by = holders[m.id].full_name if m.id in holders else ""
        if m.id in context.stand_ins and not represented_by:
            represented_by = all_names.get(context.stand_ins[m.id], "") + " (suppléant)"
            att = AttendanceMode.REPRESENTE
        members.append(
            pv.MemberLine(
                name=m.full_name,
                role=MemberRole(m.role),
                attendance=att,
                quality=quality,
                connected_at=_local(a.connected_at) if a else None,
                represented_by=represented_by,
                # an absence recorded in the attendance list is an apology (excusé)
                excused=a is not None and att is AttendanceMode.ABSENT,
                commune=m.commune,
                president=m.is_president,
                id=m.id,
                by_right=_by_right(m, agenda_communes),
                presiding=m.id == row.acting_president_id,
            )
        )
    # The mayor of each commune where a dwelling on the agenda lies is a member by
    # right (CCH L441-2): a commune without a mayor's seat recorded still has its line.
    for commune in agenda_communes:
        if not any(_covers(m, commune) for m in sitting if m.role == MemberRole.MAIRE.value):
            members.append(
                pv.MemberLine(
                    name=f"Maire de {commune}",
                    role=MemberRole.MAIRE,
                    attendance=AttendanceMode.ABSENT,
                    quality="ou son représentant ; aucun représentant désigné à la commission",
                    commune=commune,
                    by_right=f"membre de droit pour les logements situés à {commune}",
                )
            )
    result = context.quorum

    presiding = all_members.get(row.acting_president_id or 0)
    president = (
        presiding.full_name
        if presiding is not None
        else next((m.full_name for m in convened if m.is_president), "")
    )
    physical = ""
    if row.physical_requested_by is not None:
        when = _local(row.physical_requested_at)
        physical = (
            f"{row.physical_requested_by.full_name} a demandé la tenue d'une séance "
            "physique"
            + (f" le {format_date_fr(when.date())}" if when else "")
            + (
                f" : {row.physical_request_note.strip()}"
                if row.physical_request_note.strip()
                else ""
            )
            + "."
        )

    names = all_names
    dwellings, reviews = [], []
    for item in row.items:
        if item.kind == AgendaItemKind.EXAMEN_OCCUPATION.value:
            occupants = None
            if item.household is not None:
                occupants = len(getattr(item.household, "occupants", []) or []) or None
            opinion = " ".join(
                t.strip() for t in (item.suitable_dwelling, item.advice) if t and t.strip()
            )
            reviews.append(
                pv.OccupationReviewItem(
                    position=len(reviews) + 1,
                    tenant=item.household_name,
                    dwelling=", ".join(
                        p
                        for p in (
                            item.address,
                            " ".join(x for x in (item.postcode, item.commune) if x),
                        )
                        if p
                    ),
                    dwelling_type=item.dwelling_type,
                    occupants=occupants,
                    grounds=tuple(g for g in (_enum_label(OccupationGround, item.ground),) if g),
                    findings=item.finding,
                    opinion=opinion,
                )
            )
            continue
        whole_item = [c.member_id for c in item.conflicts if c.candidate_id is None]
        candidates = []
        for c in item.candidates:
            conflicted = whole_item + [
                x.member_id for x in item.conflicts if x.candidate_id == c.id
            ]
            counts = (c.tally_pour, c.tally_contre, c.tally_abstention)
            if all(v is None for v in counts) and c.votes:
                counts = tuple(
                    sum(1 for v in c.votes if v.vote == k) for k in ("POUR", "CONTRE", "ABSTENTION")
                )
            criteria = tuple(
                _enum_label(PriorityCriterion, code) for code in (c.priority_criteria or [])
            )
            candidates.append(
                pv.CandidateLine(
                    position=len(candidates) + 1,
                    numero_unique=c.numero_unique,
                    name=" ".join(p for p in (c.civility, c.first_name, c.last_name.upper()) if p),
                    household=_household_text(c),
                    household_size=(c.adults or 0) + (c.children or 0),
                    resources=c.monthly_resources,
                    effort_rate=c.effort_rate,
                    reste_a_vivre=c.remaining_income_per_unit,
                    priority_criteria=criteria,
                    decision=Decision(c.decision) if c.decision else None,
                    rank=c.rank,
                    condition_document=c.condition_document,
                    condition_deadline=c.condition_deadline,
                    reason=c.reason,
                    votes_for=counts[0],
                    votes_against=counts[1],
                    votes_abstention=counts[2],
                    casting_vote_used=bool(c.casting_vote_used),
                    conflicted_members=tuple(
                        dict.fromkeys(names.get(i, f"#{i}") for i in conflicted)
                    ),
                    score=score_text(session, c.id),
                    vote_channels=channels_text(c.votes),
                )
            )
        fewer = None
        if item.fewer_candidates_reason:
            try:
                fewer = FewerCandidatesReason(item.fewer_candidates_reason)
            except ValueError:
                fewer = None
        floor = ""
        if item.floor is not None:
            floor = (
                "rez-de-chaussée"
                if item.floor == 0
                else "1er étage"
                if item.floor == 1
                else f"{item.floor}e étage"
            )
        address = ", ".join(
            p for p in (item.address, " ".join(x for x in (item.postcode, item.commune) if x)) if p
        )
        dwellings.append(
            pv.DwellingItem(
                position=len(dwellings) + 1,
                reference=item.reference,
                address=address,
                commune=item.commune,
                programme=(
                    item.dwelling.programme
                    if item.dwelling is not None and getattr(item.dwelling, "programme", "")
                    else ""
                ),
                dwelling_type=item.dwelling_type,
                surface=item.surface,
                floor=floor,
                rent=item.rent,
                charges=item.charges,
                funding=item.funding,
                contingent=item.contingent,
                accessibility=item.accessibility,
                fewer_candidates_reason=fewer,
                candidates=tuple(candidates),
                observations=item.notes.strip(),
                non_voters=_non_voters(item, context, convened, substitutes, holders)
                + _mayor_without_seat(item.commune, sitting),
            )
        )

    return Minutes(
        organisation=pv.Organisation(
            profile.name, tuple(profile.address), profile.legal_mentions, profile.place
        ),
        commission=pv.Commission(
            commission.name, commission.territory, commission.reglement_version
        ),
        session=pv.SessionInfo(
            number=row.number,
            date=row.session_date,
            mode=mode,
            start_time=row.start_time,
            end_time=row.end_time,
            place=row.place,
            technical_means=row.technical_means,
            vote_opens_at=_local(row.vote_opens_at),
            vote_closes_at=_local(row.vote_closes_at),
            president=president,
            secretary=row.secretary_name.strip() or secretary,
            physical_session_requested=physical,
        ),
        members=tuple(members),
        quorum=pv.QuorumInfo.from_result(result),
        dwellings=tuple(dwellings),
        occupation_reviews=tuple(reviews),
        signed_place=profile.place,
        signed_on=row.session_date,
    )


def _covers(member: MemberRow, commune: str) -> bool:
    """Whether a mayor's (or EPCI president's) seat covers ``commune``."""
    from desktop.domain.caleol import communes_of
    from desktop.domain.text import fold

    return any(fold(c) == fold(commune) for c in communes_of(member.commune))


def _by_right(member: MemberRow, agenda_communes: list[str]) -> str:
    if member.role != MemberRole.MAIRE.value:
        return ""
    mine = [c for c in agenda_communes if _covers(member, c)]
    if not mine:
        return "sans logement de sa commune à l'ordre du jour"
    return "membre de droit pour les logements situés à " + ", ".join(mine)


def _mayor_without_seat(commune: str, sitting) -> tuple[pv.NonVoter, ...]:
    commune = commune.strip()
    if not commune or any(_covers(m, commune) for m in sitting if m.role == MemberRole.MAIRE.value):
        return ()
    return (
        pv.NonVoter(
            f"Maire de {commune}",
            pv.NonVoteReason.ABSENT,
            "aucun représentant désigné à la commission",
        ),
    )


def _non_voters(item, context, convened, substitutes, holders) -> tuple[pv.NonVoter, ...]:
    """The members with a deliberative voice who did not vote on the dwelling, and why:
    not concerned (a mayor for another commune's dwelling, an EPCI president outside
    its territory), conflict of interest (on the whole dwelling or on some of its
    candidates), absent (neither present, connected, represented nor stood in for),
    or present but no vote recorded (only when the votes are recorded one by one)."""
    from desktop.domain.caleol import vote_scope_problem
    from desktop.services.caleol.common import TAKING_PART

    voted_on: dict[int, set[int]] = {}
    for c in item.candidates:
        for v in c.votes:
            voted_on.setdefault(v.member_id, set()).add(c.id)
    individual = bool(voted_on)
    positions = {c.id: n for n, c in enumerate(item.candidates, start=1)}
    whole = {x.member_id for x in item.conflicts if x.candidate_id is None}
    partial: dict[int, list[int]] = {}
    for x in item.conflicts:
        if x.candidate_id is not None and x.candidate_id in positions:
            partial.setdefault(x.member_id, []).append(positions[x.candidate_id])
    out = []
    for m in convened:
        role = MemberRole(m.role)
        if not role.voting or m.id in substitutes:
            continue  # advisory seats never vote; a substitute votes as his titular
        stand_in = context.stand_ins.get(m.id)
        ids = {m.id} | ({stand_in} if stand_in else set())
        if vote_scope_problem(role, m.commune, item.commune, m.full_name) is not None:
            where = f"logement situé à {item.commune}" if item.commune.strip() else ""
            out.append(pv.NonVoter(m.full_name, pv.NonVoteReason.NOT_CONCERNED, where))
            continue
        if ids & whole:
            out.append(pv.NonVoter(m.full_name, pv.NonVoteReason.CONFLICT))
            continue
        taking_part = (
            context.attendance.get(m.id) in TAKING_PART
            or stand_in is not None
            or m.id in holders
            or m.id in context.quorum.accepted_proxies
        )
        voted = set().union(*(voted_on.get(i, set()) for i in ids))
        if not taking_part and not voted:
            out.append(pv.NonVoter(m.full_name, pv.NonVoteReason.ABSENT))
            continue
        conflicted = sorted({p for i in ids for p in partial.get(i, [])})
        if conflicted:
            which = ", ".join(f"n° {p}" for p in conflicted)
            noun = "candidat" if len(conflicted) == 1 else "candidats"
            out.append(pv.NonVoter(m.full_name, pv.NonVoteReason.CONFLICT, f"{noun} {which}"))
            continue
        if individual and not voted:
            out.append(pv.NonVoter(m.full_name, pv.NonVoteReason.DID_NOT_VOTE))
    return tuple(out)


def _load_session(session: OrmSession, session_id: int) -> SessionRow:
    from desktop.services import caleol as caleol_service

    row = session.scalars(
        select(SessionRow)
        .where(SessionRow.id == session_id)
        .options(*caleol_service.session_options())
    ).first()
    if row is None:
        raise _no_session(session_id)
    return row


@guarded("consultation")
def build_minutes(
    db: Database, actor: Actor, session_id: int, secretary: str | None = None
) -> Minutes:
    """The minutes of a session as the CALEOL tables hold them now (nothing written).

    The secretary named is the session's designated secretary; without one,
    ``secretary`` or else the actor (who drafts them)."""
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    with db.reader() as session:
        row = _load_session(session, session_id)
        return _minutes_from_rows(session, row, secretary or actor.label)


# --------------------------------------------------------------------------- files


def minutes_dir(row: SessionRow) -> Path:
    from desktop.services.documents import documents_dir

    return (
        documents_dir()
        / "caleol"
        / safe_filename(row.commission.name, 40)
        / safe_filename(f"seance-{row.number}", 40)
    )


def _stem(number: str, version: int) -> str:
    return f"PV-{safe_filename(number, 30)}-v{version}"


def _staging() -> Path:
    from desktop.services.documents import documents_dir

    base = documents_dir() / ".en-cours"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="pv-", dir=base))


@dataclass
class _Staged:
    folder: Path
    #: the PDF once moved into the session's folder (removed again if the write fails)
    archived: Path | None = None


@contextlib.contextmanager
def _staged() -> Iterator[_Staged]:
    """A staging folder for a PDF being made, removed afterwards; the archived copy is
    deleted again when anything fails before the transaction commits."""
    staged = _Staged(_staging())
    try:
        yield staged
    except BaseException:
        if staged.archived is not None:
            staged.archived.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staged.folder, ignore_errors=True)


def _check_pdf(row: MinutesVersion) -> Path:
    path = Path(row.pdf_path)
    if not path.is_file():
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le PDF de la version {number} du procès-verbal est introuvable ({path}).",
                ),
                number=row.number,
                path=str(path),
            )
        )
    if sha256_file(path) != row.pdf_sha256:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le PDF de la version {number} du procès-verbal a été modifié depuis "
                    "sa production (empreinte SHA-256 différente) : il ne peut plus être utilisé.",
                ),
                number=row.number,
            )
        )
    return path


# --------------------------------------------------------------------------- guards


def _refuse_locked(row: SessionRow) -> None:
    if row.locked:
        when = format_datetime_fr(row.locked_at) if row.locked_at else ""
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La séance n° {number} est verrouillée depuis la signature de son "
                    "procès-verbal{when} : aucune modification n'est plus possible.",
                ),
                number=row.number,
                when=f" ({when})" if when else "",
            )
        )


def _version_or_404(
    session: OrmSession, version_id: int, *, for_update: bool = False
) -> MinutesVersion:
    stmt = (
        select(MinutesVersion)
        .where(MinutesVersion.id == version_id)
        .options(selectinload(MinutesVersion.reviews), selectinload(MinutesVersion.signature))
    )
    if for_update and session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = session.scalars(stmt).first()
    if row is None:
        raise NotFoundError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La version n° {id} du procès-verbal n'existe pas ou plus."
                ),
                id=version_id,
            )
        )
    return row


def _latest_number(session: OrmSession, session_id: int) -> int:
    return (
        session.scalar(
            select(func.max(MinutesVersion.number)).where(MinutesVersion.session_id == session_id)
        )
        or 0
    )


def _require_latest(session: OrmSession, row: MinutesVersion) -> None:
    latest = _latest_number(session, row.session_id)
    if row.number != latest:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La version {number} du procès-verbal a été remplacée par la version "
                    "{latest} : travaillez sur la dernière version.",
                ),
                number=row.number,
                latest=latest,
            )
        )


def _lock_session_row(session: OrmSession, session_id: int) -> SessionRow:
    stmt = select(SessionRow).where(SessionRow.id == session_id)
    if session.bind.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = session.scalars(stmt).first()
    if row is None:
        raise _no_session(session_id)
    return row


# --------------------------------------------------------------------------- drafts


@guarded("pv_projet")
def generate_draft(
    db: Database, actor: Actor, session_id: int, change_note: str = "", *, renderer=None
) -> VersionView:
    """A new version of the session's minutes (number + 1), PDF stored; the previous
    draft, in review or approved, is SUPERSEDED. From version 2 on, ``change_note``
    (what changed, usually after the members' comments) is required."""
    from desktop.documents import html as html_doc
    from desktop.documents import minutes as documents

    authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY)
    note = (change_note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            {
                "change_note": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La note de modification est trop longue ({max} caractères au plus).",
                    ),
                    max=NOTE_MAX,
                )
            }
        )
    with db.reader() as session:
        row = _load_session(session, session_id)
        _refuse_locked(row)
        if row.status == SessionStatus.PREPARATION.value:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La séance n° {number} est encore en préparation : son "
                        "procès-verbal se rédige une fois la séance tenue.",
                    ),
                    number=row.number,
                )
            )
        previous = _latest_number(session, session_id)
        if previous and not note:
            raise ValidationError(
                {
                    "change_note": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Indiquez ce qui a changé depuis la version {number} (par exemple "
                            "les remarques des membres prises en compte).",
                        ),
                        number=previous,
                    )
                }
            )
        contract = _minutes_from_rows(session, row, actor.label)
        folder = minutes_dir(row)
        session_number = row.number
    number = previous + 1
    context = documents.minutes_context(contract, draft_version=number)
    page = html_doc.render_html(documents.html_template_path().read_text(encoding="utf-8"), context)
    with _staged() as staged:
        rendered = (renderer or documents.shared_renderer()).render_pdfa(
            page, staged.folder / "projet.pdf", context["titre"]
        )
        staged.archived = atomic_move(
            rendered.path, unique_path(folder / f"{_stem(session_number, number)}-projet.pdf")
        )
        with db.transaction() as session:
            srow = _lock_session_row(session, session_id)
            _refuse_locked(srow)
            if _latest_number(session, session_id) != previous:
                raise ConflictError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Une autre version du procès-verbal vient d'être produite "
                            "par un collègue : recommencez pour partir de la dernière.",
                        )
                    )
                )
            superseded = []
            for old in session.scalars(
                select(MinutesVersion).where(
                    MinutesVersion.session_id == session_id,
                    MinutesVersion.status.in_([s.value for s in OPEN]),
                )
            ):
                old.status = MinutesStatus.SUPERSEDED.value
                superseded.append(old.number)
            version = MinutesVersion(
                session_id=session_id,
                number=number,
                status=MinutesStatus.DRAFT.value,
                content=pv.to_json(contract),
                html_sha256=hashlib.sha256(page.encode("utf-8")).hexdigest(),
                pdf_path=str(staged.archived),
                pdf_sha256=sha256_file(staged.archived),
                signature_box=list(rendered.signature_box) if rendered.signature_box else None,
                change_note=note,
                created_at=now(),
                created_by=actor.username,
            )
            session.add(version)
            session.flush()
            audit.record(
                session,
                actor,
                "pv_projet",
                ENTITY,
                version.id,
                None,
                {
                    "seance": session_id,
                    "version": number,
                    "remplace": superseded,
                    "note": note,
                    "pdf_sha256": version.pdf_sha256,
                },
            )
            return _view(version, _member_names(session, srow.commission_id))


def revise(
    db: Database, actor: Actor, session_id: int, change_note: str, *, renderer=None
) -> VersionView:
    """A new draft after the members' comments: ``generate_draft`` with its change note."""
    if not (change_note or "").strip():
        raise ValidationError(
            {
                "change_note": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Indiquez les modifications apportées au procès-verbal."
                    )
                )
            }
        )
    return generate_draft(db, actor, session_id, change_note, renderer=renderer)


# --------------------------------------------------------------------------- review


@guarded("pv_envoi")
def send_for_review(db: Database, actor: Actor, version_id: int, out_dir: str | Path) -> list[Path]:
    """Status IN_REVIEW; one copy of the draft PDF per voting member convened, named
    after him, in ``out_dir`` (the secretary sends them). Returns the files."""
    authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY, entity_id=version_id)
    out = Path(out_dir)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        srow = _session_or_404(session, row.session_id)
        _refuse_locked(srow)
        _require_latest(session, row)
        if row.status not in (MinutesStatus.DRAFT.value, MinutesStatus.IN_REVIEW.value):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La version {number} est « {status} » : seul un projet peut être "
                        "soumis aux membres.",
                    ),
                    number=row.number,
                    status=MinutesStatus(row.status).label,
                )
            )
        source = _check_pdf(row)
        members = [m for m in pv.from_json(row.content).members if m.voting and m.id is not None]
        stem = _stem(srow.number, row.number)
    if not members:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Aucun membre à voix délibérative n'est convoqué à cette séance."
                )
            )
        )
    written: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for m in members:
            target = unique_path(out / f"{stem}-{safe_filename(m.name, 50)}.pdf")
            tmp = target.with_name(f".tmp-{target.name}")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
            written.append(target)
        with db.transaction() as session:
            row = _version_or_404(session, version_id, for_update=True)
            srow = _session_or_404(session, row.session_id)
            _refuse_locked(srow)
            row.status = MinutesStatus.IN_REVIEW.value
            row.sent_at = now()
            row.sent_by = actor.username
            audit.record(
                session,
                actor,
                "pv_envoi",
                ENTITY,
                row.id,
                None,
                {
                    "seance": row.session_id,
                    "version": row.number,
                    "membres": [m.name for m in members],
                    "dossier": str(out),
                },
            )
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Impossible d'écrire les exemplaires dans {folder} : {error}"
                ),
                folder=str(out),
                error=exc.strerror or str(exc),
            )
        ) from exc
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


@guarded("pv_avis")
def review(
    db: Database,
    actor: Actor,
    version_id: int,
    member_id: int,
    verdict: ReviewVerdict | str,
    comment: str = "",
) -> ReviewView:
    """A member's answer on a version submitted to the members.

    A member whose account is linked to his seat answers as himself (APP, right
    ``CALEOL_MINUTES_APPROVE``); the secretary (``CALEOL_MINUTES_WRITE``) records the
    answer a member sent by e-mail or letter (EXPORT). Anybody else is refused. A
    comment needs its text. A new answer replaces the member's previous one; when
    every required member approved, the version becomes APPROVED (and goes back to
    IN_REVIEW if one of them then comments)."""
    try:
        verdict = ReviewVerdict(verdict)
    except ValueError:
        raise ValidationError(
            {
                "verdict": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Réponse inconnue : « {value} » (approbation ou demande de modification).",
                    ),
                    value=str(verdict),
                )
            }
        ) from None
    text = (comment or "").strip()
    if verdict is ReviewVerdict.COMMENT and not text:
        raise ValidationError(
            {"comment": _m(QT_TRANSLATE_NOOP("messages", "Indiquez la modification demandée."))}
        )
    if len(text) > COMMENT_MAX:
        raise ValidationError(
            {
                "comment": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le commentaire est trop long ({max} caractères au plus)."
                    ),
                    max=COMMENT_MAX,
                )
            }
        )
    with db.transaction() as session:
        row = _version_or_404(session, version_id, for_update=True)
        srow = _session_or_404(session, row.session_id)
        member = session.get(MemberRow, member_id)
        if member is None or member.commission_id != srow.commission_id:
            raise NotFoundError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ce membre ne siège pas à la commission de cette séance."
                    )
                )
            )
        own = actor.user_id is not None and member.app_user_id == actor.user_id
        if own:
            authz.require(
                actor, Permission.CALEOL_MINUTES_APPROVE, entity=ENTITY, entity_id=version_id
            )
            via = ReviewChannel.APP
        elif actor.can(Permission.CALEOL_MINUTES_WRITE):
            via = ReviewChannel.EXPORT
        else:
            # A member answers for himself only; the secretary records others' answers.
            raise PermissionDenied(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Accès refusé : vous ne pouvez répondre que pour vous-même "
                        "({name} n'est pas le membre lié à votre compte). Ce refus a été enregistré "
                        "dans le journal d'audit.",
                    ),
                    name=member.full_name,
                ),
                permission=Permission.CALEOL_MINUTES_WRITE.value,
                entity=ENTITY,
                entity_id=version_id,
            )
        _refuse_locked(srow)
        _require_latest(session, row)
        if row.status not in (MinutesStatus.IN_REVIEW.value, MinutesStatus.APPROVED.value):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La version {number} n'est pas soumise aux membres (état : "
                        "{status}) : aucune réponse ne peut être enregistrée.",
                    ),
                    number=row.number,
                    status=MinutesStatus(row.status).label,
                )
            )
        if not MemberRole(member.role).voting and verdict is ReviewVerdict.APPROVE:
            raise ValidationError(
                {
                    "member_id": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{name} siège avec voix consultative : il peut formuler une "
                            "remarque mais n'approuve pas le procès-verbal.",
                        ),
                        name=member.full_name,
                    )
                }
            )
        existing = next((r for r in row.reviews if r.member_id == member_id), None)
        before = None
        if existing is not None:
            before = {
                "avis": existing.verdict,
                "commentaire": existing.comment,
                "voie": existing.via,
            }
            existing.verdict, existing.comment = verdict.value, text
            existing.at, existing.via, existing.recorded_by = now(), via.value, actor.username
            saved = existing
        else:
            saved = MinutesReview(
                version_id=row.id,
                member_id=member_id,
                verdict=verdict.value,
                comment=text,
                at=now(),
                via=via.value,
                recorded_by=actor.username,
            )
            row.reviews.append(saved)
        session.flush()
        state = pv.approval_state(
            pv.from_json(row.content), {r.member_id: ReviewVerdict(r.verdict) for r in row.reviews}
        )
        if state.ready:
            if row.status != MinutesStatus.APPROVED.value:
                row.status = MinutesStatus.APPROVED.value
                row.approved_at = now()
        elif row.status == MinutesStatus.APPROVED.value:
            row.status = MinutesStatus.IN_REVIEW.value
            row.approved_at = None
        audit.record(
            session,
            actor,
            "pv_avis",
            ENTITY,
            row.id,
            before,
            {
                "version": row.number,
                "membre": member.full_name,
                "avis": verdict.value,
                "commentaire": text,
                "voie": via.value,
                "etat": row.status,
            },
        )
        return ReviewView(
            saved.id, member_id, member.full_name, verdict, text, saved.at, via, actor.username
        )


# --------------------------------------------------------------------------- reading


@guarded("consultation")
def list_versions(db: Database, actor: Actor, session_id: int) -> list[VersionView]:
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    with db.reader() as session:
        srow = _session_or_404(session, session_id)
        names = _member_names(session, srow.commission_id)
        rows = session.scalars(
            select(MinutesVersion)
            .where(MinutesVersion.session_id == session_id)
            .order_by(MinutesVersion.number)
            .options(selectinload(MinutesVersion.reviews), selectinload(MinutesVersion.signature))
        ).all()
        return [_view(r, names) for r in rows]


@guarded("consultation")
def get_version(db: Database, actor: Actor, version_id: int) -> VersionView:
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY, entity_id=version_id)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        srow = _session_or_404(session, row.session_id)
        return _view(row, _member_names(session, srow.commission_id))


@guarded("consultation")
def diff(db: Database, actor: Actor, version_a: int, version_b: int) -> MinutesDiff:
    """What changed from version ``version_a`` to ``version_b`` (ids), line by line."""
    a = get_version(db, actor, version_a)
    b = get_version(db, actor, version_b)
    if a.session_id != b.session_id:
        raise ValidationError(
            {
                "version_b": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les deux versions comparées doivent être celles d'une même séance.",
                    )
                )
            }
        )
    return pv.diff_versions(a.minutes, b.minutes)


# --------------------------------------------------------------------------- signature


def _presiding_member(session: OrmSession, row: SessionRow) -> MemberRow | None:
    """Who presides the session and signs its minutes: the member named as the
    president's substitute for it, else the commission's president sitting at it."""
    if row.acting_president_id is not None:
        member = session.get(MemberRow, row.acting_president_id)
        if member is not None:
            return member
    from desktop.services.caleol.common import session_context

    sitting = session_context(row).members.values()
    return next((m for m in sitting if m.is_president), None)


def _presiding_quality(member: MemberRow, substitute: bool) -> str:
    feminine = member.civility.strip().lower().startswith("mme")
    if substitute:
        return (
            "suppléante du président, désignée pour présider la séance"
            if feminine
            else "suppléant du président, désigné pour présider la séance"
        )
    return "présidente de la commission" if feminine else "président de la commission"


def _signer_problem(row: SessionRow, presiding: MemberRow | None, actor: Actor) -> UserError | None:
    """Why ``actor`` may not sign the session's minutes (``None``: he may)."""
    if presiding is None:
        return UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Personne ne peut signer le procès-verbal de la séance n° {number} : "
                    "la commission n'a pas de président et aucun suppléant n'a été désigné "
                    "pour présider la séance.",
                ),
                number=row.number,
            )
        )
    substitute = row.acting_president_id == presiding.id
    if presiding.app_user_id is None:
        return UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} ({quality}) signe le procès-verbal de la séance n° {number}, "
                    "mais aucun compte n'est lié à son siège : liez son compte à sa fiche de "
                    "membre pour qu'il signe depuis son propre compte.",
                ),
                name=presiding.full_name,
                quality=_presiding_quality(presiding, substitute),
                number=row.number,
            )
        )
    if actor.user_id is None or actor.user_id != presiding.app_user_id:
        return PermissionDenied(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Accès refusé : le procès-verbal de la séance n° {number} est signé par "
                    "{name} ({quality}), depuis son propre compte ; personne ne signe à sa "
                    "place, pas même un administrateur. Ce refus a été enregistré dans le "
                    "journal d'audit.",
                ),
                number=row.number,
                name=presiding.full_name,
                quality=_presiding_quality(presiding, substitute),
            ),
            permission=Permission.CALEOL_MINUTES_SIGN.value,
            entity=ENTITY,
            entity_id=row.id,
        )
    return None


@dataclass(frozen=True)
class Signatory:
    """Who signs a session's minutes, and whether the actor is that person."""

    member_id: int | None
    name: str
    #: named as the president's substitute for the session
    substitute: bool
    has_account: bool
    #: why the actor cannot sign (empty: he is the signatory)
    problem: str

    @property
    def is_actor(self) -> bool:
        return not self.problem


@guarded("consultation")
def signatory(db: Database, actor: Actor, session_id: int) -> Signatory:
    """Who signs the session's minutes (the GUI shows it and enables the button)."""
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    with db.reader() as session:
        row = _session_or_404(session, session_id)
        presiding = _presiding_member(session, row)
        problem = _signer_problem(row, presiding, actor)
        return Signatory(
            member_id=presiding.id if presiding else None,
            name=presiding.full_name if presiding else "",
            substitute=presiding is not None and row.acting_president_id == presiding.id,
            has_account=presiding is not None and presiding.app_user_id is not None,
            problem=str(problem) if problem is not None else "",
        )


@guarded("pv_signature")
def require_signatory(db: Database, actor: Actor, session_id: int) -> Signatory:
    """The session's signatory when it is ``actor``; else the refusal ``sign`` would
    give (recorded in the audit trail): checked before a certificate is opened."""
    authz.require(actor, Permission.CALEOL_MINUTES_SIGN, entity=ENTITY)
    with db.reader() as session:
        row = _session_or_404(session, session_id)
        presiding = _presiding_member(session, row)
        problem = _signer_problem(row, presiding, actor)
    if problem is not None:
        raise problem
    return signatory(db, actor, session_id)


@guarded("pv_signature")
def sign(db: Database, actor: Actor, version_id: int, signer, *, renderer=None) -> VersionView:
    """The president's signature of the approved latest version.

    ``signer`` is the loaded certificate (``desktop.documents.signing.SigningKey``).
    The final PDF/A (no draft band, approvals listed) is signed (visible PAdES box
    where the president signs), archived, registered with its SHA-256 in the
    document register, and the session is locked. Refused unless every required
    member approved this version (``approval_state``).

    Only the member who presides the session signs (``presiding_member``: the
    member named as the president's substitute for the session, else the
    commission's president), from the account linked to his seat, with a
    certificate whose subject name is his own (``signer_matches``): nobody signs in
    his place, an administrator no more than anybody else."""
    from desktop.documents import minutes as documents
    from desktop.documents import signing
    from desktop.services import caleol as caleol_service

    authz.require(actor, Permission.CALEOL_MINUTES_SIGN, entity=ENTITY, entity_id=version_id)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        srow = _session_or_404(session, row.session_id)
        _refuse_locked(srow)
        _require_latest(session, row)
        presiding = _presiding_member(session, srow)
        problem = _signer_problem(srow, presiding, actor)
        if problem is not None:
            raise problem
        certificate_name = signing._signer_name(signer.subject)
        if not pv.signer_matches(certificate_name, presiding.first_name, presiding.last_name):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le certificat choisi est établi au nom de « {certificate} » : "
                        "{name} signe le procès-verbal avec son propre certificat, établi à "
                        "son nom ({expected}).",
                    ),
                    certificate=certificate_name,
                    name=presiding.full_name,
                    expected=" ".join(p for p in (presiding.first_name, presiding.last_name) if p),
                )
            )
        signer_member_id, substitute = presiding.id, srow.acting_president_id == presiding.id
        if srow.status != SessionStatus.CLOSED.value:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Clôturez la séance n° {number} avant de signer son "
                        "procès-verbal : aucun vote ni décision ne doit pouvoir changer ensuite.",
                    ),
                    number=srow.number,
                )
            )
        contract = pv.from_json(row.content)
        current = _minutes_from_rows(
            session, _load_session(session, srow.id), contract.session.secretary
        )
        changes = pv.diff_versions(contract, current)
        if not changes.empty:
            first = (
                changes.changed[0].new if changes.changed else (changes.added or changes.removed)[0]
            )
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les données de la séance ont changé depuis la version {number} "
                        "du procès-verbal ({count} ligne(s), par exemple « {line} ») : produisez une "
                        "nouvelle version et faites-la approuver avant de signer.",
                    ),
                    number=row.number,
                    count=len(changes.changed) + len(changes.added) + len(changes.removed),
                    line=first,
                )
            )
        names = _member_names(session, srow.commission_id)
        state = pv.approval_state(
            contract, {r.member_id: ReviewVerdict(r.verdict) for r in row.reviews}
        )
        if row.status != MinutesStatus.APPROVED.value or not state.ready:
            missing = ", ".join(n for _i, n in state.missing) or "—"
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La version {number} du procès-verbal ne peut pas être signée : "
                        "elle doit d'abord être approuvée par chaque membre à voix délibérative "
                        "ayant participé à la séance (en attente : {missing}).",
                    ),
                    number=row.number,
                    missing=missing,
                )
            )
        _check_pdf(row)
        approvals = [
            documents.Approval(names.get(r.member_id, f"#{r.member_id}"), utc_to_local(r.at), r.via)
            for r in row.reviews
            if r.verdict == ReviewVerdict.APPROVE.value
        ]
        folder = minutes_dir(srow)
        stem = _stem(srow.number, row.number)
        reference = f"PV-{srow.id}-{safe_filename(srow.number, 20)}-v{row.number}"[:40]
        place = contract.signed_place or contract.organisation.place
        title = f"Procès-verbal CALEOL, séance n° {srow.number}"
        session_number, session_id = srow.number, srow.id
    with _staged() as staged:
        rendered = documents.render_minutes_pdf_ex(
            contract, staged.folder / "final.pdf", None, approvals=approvals, renderer=renderer
        )
        signed_tmp = staged.folder / "signe.pdf"
        kwargs = {"box_mm": rendered.signature_box} if rendered.signature_box else {}
        signing.sign_pdf(
            rendered.path,
            signed_tmp,
            signer,
            reason=f"Approbation du procès-verbal de la séance n° {session_number}",
            location=place,
            **kwargs,
        )
        staged.archived = atomic_move(signed_tmp, unique_path(folder / f"{stem}-signe.pdf"))
        digest = sha256_file(staged.archived)
        signer_name = signing._signer_name(signer.subject)
        with db.transaction() as session:
            row = _version_or_404(session, version_id, for_update=True)
            srow = _lock_session_row(session, session_id)
            _refuse_locked(srow)
            _require_latest(session, row)
            if row.status != MinutesStatus.APPROVED.value:
                raise ConflictError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "La version {number} a changé d'état pendant la signature : "
                            "recommencez.",
                        ),
                        number=row.number,
                    )
                )
            stamp = now()
            record = DocumentRecord(
                household_id=None,
                reference=reference,
                template_name=TEMPLATE_NAME,
                template_version=TEMPLATE_VERSION,
                title=title[:200],
                subject=f"Version {row.number} signée"[:300],
                docx_path="",
                docx_sha256="",
                pdf_path=str(staged.archived),
                pdf_sha256=digest,
                signed=True,
                signer=signer_name[:200],
                registered_mail=False,
                batch_id="",
                created_at=stamp,
                created_by=actor.username,
            )
            session.add(record)
            session.flush()
            session.add(
                MinutesSignature(
                    version_id=row.id,
                    member_id=signer_member_id,
                    signer=signer_name[:200],
                    certificate_subject=signer.subject,
                    signed_at=stamp,
                    signed_by=actor.username,
                    pdf_path=str(staged.archived),
                    pdf_sha256=digest,
                    document_id=record.id,
                )
            )
            row.status = MinutesStatus.SIGNED.value
            caleol_service.lock_session(session, srow.id, actor)
            audit.record(
                session,
                actor,
                "pv_signature",
                ENTITY,
                row.id,
                None,
                {
                    "seance": srow.id,
                    "version": row.number,
                    "signataire": signer_name,
                    "membre": signer_member_id,
                    "president_de_seance_suppleant": substitute,
                    "certificat": signer.subject,
                    "pdf_sha256": digest,
                    "document": record.id,
                    "verrouillage": True,
                },
            )
            session.flush()
            session.refresh(row)
            return _view(row, _member_names(session, srow.commission_id))


def is_locked(db: Database, session_id: int) -> bool:
    """Whether the session's minutes are signed (for the other CALEOL services' checks)."""
    with db.reader() as session:
        return bool(_session_or_404(session, session_id).locked)


# --------------------------------------------------------------------------- extracts


@guarded("pv_extrait")
def extract_for_candidate(
    db: Database,
    actor: Actor,
    version_id: int,
    numero_unique: str,
    out: str | Path,
    *,
    renderer=None,
) -> Path:
    """The PDF/A extract of the approved or signed minutes for one applicant: his
    dwelling(s) only, every other candidate's data masked."""
    from desktop.documents import minutes as documents

    authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY, entity_id=version_id)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        if row.status not in (MinutesStatus.APPROVED.value, MinutesStatus.SIGNED.value):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un extrait ne peut être établi qu'à partir d'un procès-verbal "
                        "approuvé ou signé (la version {number} est « {status} »).",
                    ),
                    number=row.number,
                    status=MinutesStatus(row.status).label,
                )
            )
        contract = pv.from_json(row.content)
    extract = pv.redact_for_candidate(contract, numero_unique)
    path = documents.render_minutes_pdf(extract, out, None, renderer=renderer)
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "pv_extrait",
            ENTITY,
            version_id,
            None,
            {
                "numero_unique": extract.extract_for,
                "fichier": str(path),
                "pdf_sha256": sha256_file(path),
            },
        )
    return path


# --------------------------------------------------------------------------- export

PREVIEW_LABEL = "aperçu non enregistré"


@guarded("pv_export")
def export_minutes(
    db: Database,
    actor: Actor,
    session_id: int,
    out: str | Path,
    *,
    extract: str | None = None,
    renderer=None,
) -> Path:
    """Write the session's minutes to ``out`` (``.pdf`` or ``.docx``).

    The signed minutes when there are some (the PDF is the signed file itself); else
    the latest version, marked "PROJET — version N"; else, when nothing was produced
    yet, a preview built from the session's data, marked "PROJET — aperçu non
    enregistré". ``extract``: the applicant's extract (approved or signed minutes
    only, see ``extract_for_candidate``)."""
    from desktop.documents import minutes as documents
    from desktop.documents.files import atomic_write_bytes

    target = Path(out)
    kind = target.suffix.lower()
    if kind not in (".pdf", ".docx"):
        raise ValidationError(
            {
                "out": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le fichier de sortie doit se terminer par .pdf ou .docx : « {name} ».",
                    ),
                    name=target.name,
                )
            }
        )
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    versions = list_versions(db, actor, session_id)
    chosen = next((v for v in versions if v.status is MinutesStatus.SIGNED), None) or (
        versions[-1] if versions else None
    )
    if extract is not None:
        if chosen is None:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Aucun procès-verbal n'a encore été produit pour cette séance : "
                        "l'extrait ne peut pas être établi.",
                    )
                )
            )
        if kind == ".pdf":
            return extract_for_candidate(db, actor, chosen.id, extract, target, renderer=renderer)
        authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY, entity_id=chosen.id)
        if chosen.status not in (MinutesStatus.APPROVED, MinutesStatus.SIGNED):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Un extrait ne peut être établi qu'à partir d'un procès-verbal "
                        "approuvé ou signé (la version {number} est « {status} »).",
                    ),
                    number=chosen.number,
                    status=chosen.status.label,
                )
            )
        redacted = pv.redact_for_candidate(chosen.minutes, extract)
        path = documents.render_minutes_docx(redacted, target)
        what = {"numero_unique": redacted.extract_for}
    elif chosen is None:
        contract = build_minutes(db, actor, session_id)
        path = (
            documents.render_minutes_pdf(contract, target, PREVIEW_LABEL, renderer=renderer)
            if kind == ".pdf"
            else documents.render_minutes_docx(contract, target, PREVIEW_LABEL)
        )
        what = {"apercu": True}
    elif chosen.status is MinutesStatus.SIGNED and kind == ".pdf":
        source = chosen.signature.pdf_path
        if not source.is_file() or sha256_file(source) != chosen.signature.pdf_sha256:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le procès-verbal signé est introuvable ou a été modifié depuis sa "
                        "signature ({path}).",
                    ),
                    path=str(source),
                )
            )
        path = atomic_write_bytes(target, source.read_bytes())
        what = {"version": chosen.number, "signe": True}
    else:
        draft = None if chosen.status is MinutesStatus.SIGNED else chosen.number
        approvals = []
        if chosen.status is MinutesStatus.SIGNED:
            approvals = [
                documents.Approval(r.member_name, utc_to_local(r.at), r.via.value)
                for r in chosen.reviews
                if r.verdict is ReviewVerdict.APPROVE
            ]
        path = (
            documents.render_minutes_pdf(chosen.minutes, target, draft, renderer=renderer)
            if kind == ".pdf"
            else documents.render_minutes_docx(chosen.minutes, target, draft, approvals=approvals)
        )
        what = {"version": chosen.number}
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "pv_export",
            ENTITY,
            chosen.id if chosen is not None else None,
            None,
            {"seance": session_id, "fichier": str(path), **what},
        )
    return path
