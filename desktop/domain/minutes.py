"""CALEOL minutes (*procès-verbal*): what a session's minutes say, as plain data.

docs/domain.md#minutes. The law gives no list of contents (UNCONFIRMED);
the contract below holds the recommended ones: commission, session (number, date,
place or remote means, vote window), members convened with their seat, attendance
(present, remote with connection time, represented by whom, excused), quorum with
its French explanation, each dwelling examined with its candidates and decisions
(rank, suspensive condition and deadline, reason, votes, casting vote, members in
conflict of interest who did not vote), occupation reviews (CCH L442-5-2) with the
commission's findings and opinion, and the signatures.

Pure data: no Qt, no database. The service builds ``Minutes`` from the CALEOL
tables; the same value is serialised (``to_json``/``from_json``) as the text a
version of the minutes holds, rendered by ``desktop.documents.minutes``, compared
between versions (``minutes_text``/``diff_versions``) and redacted for one
applicant (``redact_for_candidate``): minutes are communicable to each candidate
with the other candidates' data masked (CADA opinions 20151115 and 20174481).

Times are local wall-clock values (the service converts stored UTC timestamps).
Labels (roles, decisions, priority criteria...) are kept as French text: the
minutes record what was said, even if a label changes in a later release.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import enum
import types
import typing
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    QuorumResult,
    SessionMode,
    designated_counted,
    occupants_counted,
)
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_date_fr, format_decimal_fr, format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.labels import LabelledEnum

SCHEMA = 1

MASKED_CANDIDATE = QT_TRANSLATE_NOOP("messages", "Candidat {position} — données masquées")
NO_DECISION = QT_TRANSLATE_NOOP("messages", "Pas de décision")
#: the mayor of a commune of the agenda whose seat has no member recorded: listed, absent
NO_SEAT = "aucun représentant désigné à la commission"


# --------------------------------------------------------------------------- contract


@dataclass(frozen=True)
class Organisation:
    name: str
    address: tuple[str, ...] = ()
    legal_mentions: str = ""
    #: town written in "Fait à …"
    place: str = ""


@dataclass(frozen=True)
class Commission:
    name: str
    territory: str = ""
    #: version (and date) of the règlement intérieur in force at the session
    reglement: str = ""


@dataclass(frozen=True)
class SessionInfo:
    number: str
    date: dt.date
    mode: SessionMode = SessionMode.PRESENTIEL
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    #: meeting room; empty for a remote session ("séance dématérialisée")
    place: str = ""
    #: remote sessions: the tool (videoconference service, secure platform)
    technical_means: str = ""
    #: written remote sessions: when the vote opened and closed
    vote_opens_at: dt.datetime | None = None
    vote_closes_at: dt.datetime | None = None
    president: str = ""
    secretary: str = ""
    #: a member asked for a physical session (remote sessions)
    physical_session_requested: str = ""


@dataclass(frozen=True)
class MemberLine:
    """A member convened to the session and how he took part."""

    name: str
    role: MemberRole
    attendance: AttendanceMode = AttendanceMode.ABSENT
    #: "Adjointe au maire de Bordeaux", "Association Habitat et Humanisme"...
    quality: str = ""
    #: remote participation: when the member's connection was identified
    connected_at: dt.datetime | None = None
    #: represented members: the name of the proxy holder
    represented_by: str = ""
    #: absent members: apologised (*excusé*)
    excused: bool = False
    commune: str = ""
    president: bool = False
    #: the member's id in the commission (matches reviews to members; not printed);
    #: None for a member convened by right who has no seat recorded (a mayor)
    id: int | None = None
    #: members by right: "Membre de droit pour les logements situés à Mérignac"
    by_right: str = ""
    #: named as the president's substitute to preside this session
    presiding: bool = False

    @property
    def took_part(self) -> bool:
        """Present in the room or connected remotely."""
        return self.attendance in (AttendanceMode.PRESENT, AttendanceMode.DISTANCE)

    @property
    def voting(self) -> bool:
        return self.role.voting

    @property
    def role_label(self) -> str:
        return self.role.label

    @property
    def seatless(self) -> bool:
        """The line of a mayor by right whose seat has no member: nobody was convened."""
        return self.id is None and self.role is MemberRole.MAIRE and self.quality.endswith(NO_SEAT)


@dataclass(frozen=True)
class QuorumInfo:
    reached: bool
    designated_total: int = 0
    designated_present: int = 0
    designated_represented: int = 0
    designated_required: int = 0
    voting_total: int = 0
    voting_taking_part: int = 0
    #: remote sessions: voting members who had to take part (0 in person)
    remote_required: int = 0
    explanations: tuple[str, ...] = ()

    @property
    def designated_counted(self) -> int:
        return self.designated_present + self.designated_represented

    @classmethod
    def from_result(cls, result: QuorumResult) -> QuorumInfo:
        c = result.counts
        return cls(
            reached=result.reached,
            designated_total=c.get("designated_total", 0),
            designated_present=c.get("designated_present", 0),
            designated_represented=c.get("designated_represented", 0),
            designated_required=c.get("designated_required", 0),
            voting_total=c.get("voting_total", 0),
            voting_taking_part=c.get("voting_taking_part", 0),
            remote_required=c.get("remote_required", 0),
            explanations=tuple(str(m) for m in result.explanations),
        )


@dataclass(frozen=True)
class CandidateLine:
    #: order of the application within the dwelling (1, 2, 3...)
    position: int
    numero_unique: str
    #: household head as written in the minutes: "Mme Élodie DUPONT"
    name: str
    #: composition: "Couple avec 2 enfants"
    household: str = ""
    household_size: int | None = None
    #: monthly resources of the household
    resources: Decimal | None = None
    #: effort rate in percent (rent + charges - housing aid over resources)
    effort_rate: Decimal | None = None
    #: monthly amount left to live on, per consumption unit
    reste_a_vivre: Decimal | None = None
    priority_criteria: tuple[str, ...] = ()
    #: None: no decision recorded (application not examined or adjourned)
    decision: Decision | None = None
    rank: int | None = None
    condition_document: str = ""
    condition_deadline: dt.date | None = None
    reason: str = ""
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstention: int | None = None
    casting_vote_used: bool = False
    #: members who declared a conflict of interest and did not vote
    conflicted_members: tuple[str, ...] = ()
    masked: bool = False
    #: issue 17: the cotation and its detail; how the votes were cast
    score: str = ""
    vote_channels: str = ""

    @property
    def decision_label(self) -> str:
        if self.decision is None:
            return NO_DECISION
        return self.decision.label

    @property
    def display_name(self) -> str:
        if self.masked:
            return str(Message(MASKED_CANDIDATE, {"position": self.position}))
        return self.name

    @property
    def has_votes(self) -> bool:
        return (
            self.votes_for is not None
            or self.votes_against is not None
            or self.votes_abstention is not None
        )


class NonVoteReason(LabelledEnum):
    """Why a member with a deliberative voice did not vote on a dwelling."""

    #: neither present, nor connected, nor represented
    ABSENT = "ABSENT", QT_TRANSLATE_NOOP("messages", "absent")
    #: the mayor (or EPCI president) votes on his commune's (territory's) dwellings only
    NOT_CONCERNED = "NOT_CONCERNED", QT_TRANSLATE_NOOP("messages", "non concerné")
    CONFLICT = "CONFLICT", QT_TRANSLATE_NOOP("messages", "conflit d'intérêts")
    #: took part in the session but cast no vote on this dwelling
    DID_NOT_VOTE = "DID_NOT_VOTE", QT_TRANSLATE_NOOP("messages", "n'a pas pris part au vote")


@dataclass(frozen=True)
class NonVoter:
    """A member with a deliberative voice who did not vote on a dwelling, and why."""

    name: str
    reason: NonVoteReason
    #: "logement situé à Mérignac", "candidat n° 2", "aucun représentant désigné"
    detail: str = ""

    @property
    def text(self) -> str:
        """``Mme Nadia Benali (conflit d'intérêts : candidat n° 2)``."""
        label = str(Message(self.reason.label))
        if self.reason is NonVoteReason.ABSENT and is_feminine(self.name):
            label = str(Message(QT_TRANSLATE_NOOP("messages", "absente")))
        if self.reason is NonVoteReason.NOT_CONCERNED and is_feminine(self.name):
            label = str(Message(QT_TRANSLATE_NOOP("messages", "non concernée")))
        return f"{self.name} ({label}" + (f" : {self.detail}" if self.detail else "") + ")"


@dataclass(frozen=True)
class DwellingItem:
    position: int
    reference: str
    address: str
    commune: str = ""
    programme: str = ""
    dwelling_type: str = ""
    surface: Decimal | None = None
    floor: str = ""
    rent: Decimal | None = None
    charges: Decimal | None = None
    #: PLAI, PLUS, PLS...
    funding: str = ""
    #: reservation contingent: "Préfecture", "Action Logement", "Commune", "Bailleur"
    contingent: str = ""
    accessibility: str = ""
    fewer_candidates_reason: FewerCandidatesReason | None = None
    candidates: tuple[CandidateLine, ...] = ()
    observations: str = ""
    #: the members with a deliberative voice who did not vote on it, and why
    non_voters: tuple[NonVoter, ...] = ()


@dataclass(frozen=True)
class OccupationReviewItem:
    """A tenant's situation examined under CCH L442-5-2."""

    position: int
    tenant: str
    dwelling: str
    dwelling_type: str = ""
    occupants: int | None = None
    #: the grounds of L442-5-2 that apply (labels)
    grounds: tuple[str, ...] = ()
    findings: str = ""
    #: the commission's opinion (suitable dwelling, home-ownership advice...)
    opinion: str = ""


@dataclass(frozen=True)
class Minutes:
    organisation: Organisation
    commission: Commission
    session: SessionInfo
    members: tuple[MemberLine, ...] = ()
    quorum: QuorumInfo = QuorumInfo(reached=False)
    dwellings: tuple[DwellingItem, ...] = ()
    occupation_reviews: tuple[OccupationReviewItem, ...] = ()
    #: incidents and remarks recorded during the session
    remarks: tuple[str, ...] = ()
    #: "Fait à {place}, le {date}"
    signed_place: str = ""
    signed_on: dt.date | None = None
    #: set on an extract: the numéro unique of the applicant it is made for
    extract_for: str = ""
    #: on an extract: how many dwellings of the session were left out
    omitted_dwellings: int = 0
    omitted_reviews: int = 0
    #: the members' surnames written in capitals, as the candidates' are (minutes made
    #: from session 11 on); the versions stored before keep their names as approved and
    #: signed, and are checked again against the session in their own style
    surnames_in_capitals: bool = False

    @property
    def candidates(self) -> list[CandidateLine]:
        return [c for d in self.dwellings for c in d.candidates]

    @property
    def voting_members(self) -> list[MemberLine]:
        return [m for m in self.members if m.voting]

    def approver_names(self, names: dict[int, str]) -> dict[int, str]:
        """The names to print under the approvals: ``names`` (the members' as recorded
        now), written as this version writes its members when their surnames are in
        capitals; the versions from before keep ``names``, as they were printed."""
        if not self.surnames_in_capitals:
            return names
        return {**names, **{m.id: m.name for m in self.members if m.id is not None}}

    def attendance_count(self, mode: AttendanceMode, voting: bool | None = None) -> int:
        return sum(
            1
            for m in self.members
            if m.attendance is mode and (voting is None or m.voting == voting)
        )


# --------------------------------------------------------------------------- lifecycle


class MinutesStatus(LabelledEnum):
    """A version of the minutes: drafted, sent to the members, replaced by a newer
    version, approved by every member required, signed by the president."""

    DRAFT = "DRAFT", QT_TRANSLATE_NOOP("messages", "Projet")
    IN_REVIEW = "IN_REVIEW", QT_TRANSLATE_NOOP("messages", "Soumis aux membres")
    SUPERSEDED = "SUPERSEDED", QT_TRANSLATE_NOOP("messages", "Remplacé par une version suivante")
    APPROVED = "APPROVED", QT_TRANSLATE_NOOP("messages", "Approuvé")
    SIGNED = "SIGNED", QT_TRANSLATE_NOOP("messages", "Signé")


class ReviewVerdict(LabelledEnum):
    APPROVE = "APPROVE", QT_TRANSLATE_NOOP("messages", "Approuve")
    COMMENT = "COMMENT", QT_TRANSLATE_NOOP("messages", "Demande une modification")


class ReviewChannel(LabelledEnum):
    #: the member himself, signed in to the application
    APP = "APP", QT_TRANSLATE_NOOP("messages", "Dans l'application")
    #: an answer to the exported PDF (e-mail, letter), recorded by the secretary
    EXPORT = "EXPORT", QT_TRANSLATE_NOOP("messages", "Réponse écrite enregistrée")


@dataclass(frozen=True)
class ApprovalState:
    """Who must approve a version before it is signed, and who has.

    The rule (the règlement intérieur may say otherwise; UNCONFIRMED): every member
    with a deliberative voice who took part in the session (present or connected)
    approves the version; a represented or absent member did not attend and is not
    asked. Advisory members may comment but their approval is not required."""

    required: tuple[tuple[int, str], ...] = ()
    approved: tuple[int, ...] = ()
    commented: tuple[int, ...] = ()

    @property
    def missing(self) -> tuple[tuple[int, str], ...]:
        return tuple((i, n) for i, n in self.required if i not in self.approved)

    @property
    def complete(self) -> bool:
        return bool(self.required) and not self.missing

    @property
    def ready(self) -> bool:
        """Every required member approved and nobody asks for a modification."""
        return self.complete and not self.commented


def approval_state(minutes: Minutes, verdicts: typing.Mapping[int, ReviewVerdict]) -> ApprovalState:
    """``verdicts``: the latest verdict of each member (by id) on one version."""
    required = tuple(
        (m.id, m.name) for m in minutes.members if m.voting and m.took_part and m.id is not None
    )
    approved = tuple(i for i, v in verdicts.items() if v is ReviewVerdict.APPROVE)
    commented = tuple(i for i, v in verdicts.items() if v is ReviewVerdict.COMMENT)
    return ApprovalState(required, approved, commented)


# --------------------------------------------------------------------------- signer


def _name_key(text: str) -> str:
    """A name without case, accents, spaces, hyphens or apostrophes."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text or "").casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def signer_matches(certificate_name: str, first_name: str, last_name: str) -> bool:
    """Whether a certificate's subject name (its CN) is the member's name: first and
    last names in either order, compared without case, accents or spaces ("LEFEVRE
    Catherine" is "Catherine Lefèvre"). A certificate naming the last name only does
    not match: two members may share it."""
    given = _name_key(certificate_name)
    first, last = _name_key(first_name), _name_key(last_name)
    if not given or not last:
        return False
    return given in {first + last, last + first} if first else False


# --------------------------------------------------------------------------- redaction


def _normal_number(value: str) -> str:
    return "".join(value.split()).upper()


def redact_for_candidate(minutes: Minutes, numero_unique: str) -> Minutes:
    """The extract communicable to one applicant.

    Only the dwellings for which he was a candidate are kept; on them, every other
    candidate's personal data (name, numéro unique, household, resources, priority
    criteria, reasons, condition, members in conflict) is masked as "Candidat 2 —
    données masquées"; the decisions, ranks and votes stay (they are the
    commission's act). Occupation reviews concern other households: left out.
    Raises ``ValidationError`` when the numéro unique is not in the minutes.
    """
    wanted = _normal_number(numero_unique or "")
    if not wanted or not any(_normal_number(c.numero_unique) == wanted for c in minutes.candidates):
        raise ValidationError(
            {
                "numero_unique": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Aucune candidature n° {number} n'a été examinée lors de cette séance.",
                    ),
                    {"number": (numero_unique or "").strip()},
                )
            }
        )
    kept: list[DwellingItem] = []
    for dwelling in minutes.dwellings:
        if not any(_normal_number(c.numero_unique) == wanted for c in dwelling.candidates):
            continue
        candidates = tuple(
            c if _normal_number(c.numero_unique) == wanted else _masked(c)
            for c in dwelling.candidates
        )
        kept.append(replace(dwelling, candidates=candidates, observations=""))
    return replace(
        minutes,
        dwellings=tuple(kept),
        occupation_reviews=(),
        remarks=(),
        extract_for=numero_unique.strip(),
        omitted_dwellings=len(minutes.dwellings) - len(kept),
        omitted_reviews=len(minutes.occupation_reviews),
    )


# What an extract keeps of another applicant's line: its place and the vote, nothing
# that tells who he is (a field added to ``CandidateLine`` stays hidden unless named here).
_SHOWN_WHEN_MASKED = (
    "position",
    "decision",
    "rank",
    "votes_for",
    "votes_against",
    "votes_abstention",
    "casting_vote_used",
)


def _masked(c: CandidateLine) -> CandidateLine:
    shown: dict[str, Any] = {name: getattr(c, name) for name in _SHOWN_WHEN_MASKED}
    return CandidateLine(numero_unique="", name="", masked=True, **shown)


# --------------------------------------------------------------------------- wording


WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def format_time_fr(value: dt.time | dt.datetime | None) -> str:
    """``14 h 30``, ``9 h``."""
    if value is None:
        return ""
    if value.minute:
        return f"{value.hour} h {value.minute:02d}"
    return f"{value.hour} h"


def format_weekday_date_fr(value: dt.date) -> str:
    """``jeudi 12 mars 2026``, ``lundi 1er juin 2026``."""
    from desktop.domain.formatting import format_long_date_fr

    return f"{WEEKDAYS[value.weekday()]} {format_long_date_fr(value)}"


def is_feminine(name: str) -> bool:
    """Whether a name is written with a feminine civility (agreement of the minutes'
    words: "présente", "représentée", "la présidente")."""
    return name.strip().lower().startswith(("mme ", "mme.", "madame ", "mlle "))


def attendance_text(member: MemberLine) -> str:
    """How the member took part, in the minutes' words (agreed with the civility)."""
    mode = member.attendance
    f = is_feminine(member.name)
    if mode is AttendanceMode.PRESENT:
        return (
            QT_TRANSLATE_NOOP("messages", "Présente")
            if f
            else QT_TRANSLATE_NOOP("messages", "Présent")
        )
    if mode is AttendanceMode.DISTANCE:
        if member.connected_at is not None:
            return str(
                Message(
                    QT_TRANSLATE_NOOP("messages", "À distance (connexion à {time})"),
                    {"time": format_time_fr(member.connected_at)},
                )
            )
        return QT_TRANSLATE_NOOP("messages", "À distance")
    if mode is AttendanceMode.REPRESENTE:
        if member.represented_by:
            return str(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Représentée par {holder}")
                    if f
                    else QT_TRANSLATE_NOOP("messages", "Représenté par {holder}"),
                    {"holder": member.represented_by},
                )
            )
        return (
            QT_TRANSLATE_NOOP("messages", "Représentée (sans pouvoir valable)")
            if f
            else QT_TRANSLATE_NOOP("messages", "Représenté (sans pouvoir valable)")
        )
    if member.excused:
        return (
            QT_TRANSLATE_NOOP("messages", "Absente excusée")
            if f
            else QT_TRANSLATE_NOOP("messages", "Absent excusé")
        )
    return (
        QT_TRANSLATE_NOOP("messages", "Absente") if f else QT_TRANSLATE_NOOP("messages", "Absent")
    )


def tally_text(votes_for: int, against: int, abstentions: int) -> Message:
    """« 4 pour, 1 contre, aucune abstention »."""
    return Message(
        QT_TRANSLATE_NOOP("messages", "{pour} pour, {contre} contre, {abst}"),
        {
            "pour": votes_for,
            "contre": against,
            "abst": counted(
                abstentions,
                QT_TRANSLATE_NOOP("messages", "{n} abstention"),
                QT_TRANSLATE_NOOP("messages", "{n} abstentions"),
                QT_TRANSLATE_NOOP("messages", "aucune abstention"),
            ),
        },
    )


def votes_text(c: CandidateLine) -> str:
    if not c.has_votes:
        return ""
    text = str(tally_text(c.votes_for or 0, c.votes_against or 0, c.votes_abstention or 0))
    if c.casting_vote_used:
        text += QT_TRANSLATE_NOOP("messages", " ; voix prépondérante du maire")
    return text


def decision_text(c: CandidateLine) -> str:
    """The decision with its rank, condition and deadline: one phrase."""
    text = c.decision_label
    if c.decision is Decision.ATTRIBUTION_RANG and c.rank:
        text += f" — rang {c.rank}"
    if c.decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE:
        extra = []
        if c.condition_document:
            extra.append(
                str(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "pièce à produire : {doc}"),
                        {"doc": c.condition_document},
                    )
                )
            )
        if c.condition_deadline:
            extra.append(
                str(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "avant le {date}"),
                        {"date": format_date_fr(c.condition_deadline)},
                    )
                )
            )
        if extra:
            text += " (" + ", ".join(extra) + ")"
    return text


def _amount(value: Decimal | None) -> str:
    return format_money_fr(value) if value is not None else "—"


def _percent(value: Decimal | None) -> str:
    return f"{format_decimal_fr(value, 1)} %" if value is not None else "—"


# --------------------------------------------------------------------------- text + diff


def minutes_text(minutes: Minutes) -> list[str]:
    """The minutes as canonical text lines: what a reviewer compares between versions.

    One fact per line, in document order, with French formats; a change of any
    recorded fact changes exactly the lines that carry it."""
    s = minutes.session
    lines = [
        f"Organisme : {minutes.organisation.name}",
        f"Commission : {minutes.commission.name}"
        + (f" ({minutes.commission.territory})" if minutes.commission.territory else ""),
        f"Séance n° {s.number} du {format_date_fr(s.date)}",
        f"Mode : {s.mode.label}",
    ]
    if s.start_time or s.end_time:
        lines.append(f"Horaires : {format_time_fr(s.start_time)} – {format_time_fr(s.end_time)}")
    if s.place:
        lines.append(f"Lieu : {s.place}")
    if s.technical_means:
        lines.append(f"Moyen technique : {s.technical_means}")
    if s.vote_opens_at or s.vote_closes_at:
        lines.append("Votes : du " + _stamp(s.vote_opens_at) + " au " + _stamp(s.vote_closes_at))
    if s.president:
        lines.append(f"Présidence : {s.president}")
    if s.secretary:
        lines.append(f"Secrétariat : {s.secretary}")
    if s.physical_session_requested:
        lines.append(f"Demande de séance physique : {s.physical_session_requested}")
    for m in minutes.members:
        voice = "délibérative" if m.voting else "consultative"
        quality = f", {m.quality}" if m.quality else ""
        by_right = f", {m.by_right}" if m.by_right else ""
        presiding = ", président de séance" if m.presiding else ""
        lines.append(
            f"Membre : {m.name} ({m.role_label}{quality}{by_right}{presiding}, voix {voice}) — "
            f"{attendance_text(m)}"
        )
    q = minutes.quorum
    lines.append(
        f"Quorum : {'atteint' if q.reached else 'non atteint'} — "
        + str(designated_counted(q.designated_counted))
        + f" sur {q.designated_total}, {q.designated_required} requis"
    )
    lines += [f"Quorum : {e}" for e in q.explanations]
    for d in minutes.dwellings:
        head = f"Logement {d.position} ({d.reference})"
        lines.append(f"{head} : {d.address}" + (f", {d.programme}" if d.programme else ""))
        lines.append(
            f"{head} : {d.dwelling_type or '—'}, "
            + (f"{format_decimal_fr(d.surface)} m²" if d.surface is not None else "—")
            + (f", étage {d.floor}" if d.floor else "")
        )
        lines.append(f"{head} : loyer {_amount(d.rent)}, charges {_amount(d.charges)}")
        lines.append(
            f"{head} : financement {d.funding or '—'}, contingent "
            f"{d.contingent or '—'}, accessibilité {d.accessibility or '—'}"
        )
        if d.fewer_candidates_reason is not None:
            lines.append(f"{head} : moins de trois candidats — {d.fewer_candidates_reason.label}")
        if d.observations:
            lines.append(f"{head} : observations — {d.observations}")
        for n in d.non_voters:
            lines.append(f"{head} : n'a pas voté {n.text}")
        for c in d.candidates:
            who = f"{head}, candidat {c.position}"
            if c.masked:
                lines.append(f"{who} : {c.display_name}")
            else:
                lines.append(f"{who} : {c.name}, n° unique {c.numero_unique}")
                lines.append(
                    f"{who} : ménage {c.household or '—'}"
                    + (f" ({c.household_size} pers.)" if c.household_size else "")
                )
                lines.append(
                    f"{who} : ressources {_amount(c.resources)}, taux d'effort "
                    f"{_percent(c.effort_rate)}, reste à vivre {_amount(c.reste_a_vivre)}"
                )
                lines.append(f"{who} : priorité " + (", ".join(c.priority_criteria) or "aucune"))
            lines.append(f"{who} : décision {decision_text(c)}")
            if c.reason and not c.masked:
                lines.append(f"{who} : motif {c.reason}")
            if c.has_votes:
                lines.append(f"{who} : votes {votes_text(c)}")
            if c.score and not c.masked:
                lines.append(f"{who} : cotation {c.score}")
            if c.vote_channels:
                lines.append(f"{who} : votes exprimés {c.vote_channels}")
            if c.conflicted_members:
                lines.append(
                    f"{who} : n'ont pas pris part au vote {', '.join(c.conflicted_members)}"
                )
    for r in minutes.occupation_reviews:
        head = f"Examen d'occupation {r.position}"
        lines.append(
            f"{head} : {r.tenant}, {r.dwelling}"
            + (f", {r.dwelling_type}" if r.dwelling_type else "")
            + (f", {occupants_counted(r.occupants)}" if r.occupants is not None else "")
        )
        lines.append(f"{head} : motifs {', '.join(r.grounds) or '—'}")
        if r.findings:
            lines.append(f"{head} : constat {r.findings}")
        if r.opinion:
            lines.append(f"{head} : avis {r.opinion}")
    lines += [f"Observation : {r}" for r in minutes.remarks]
    if minutes.signed_place or minutes.signed_on:
        lines.append(f"Fait à {minutes.signed_place}, le {format_date_fr(minutes.signed_on)}")
    return lines


def _stamp(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return f"{format_date_fr(value.date())} à {format_time_fr(value)}"


@dataclass(frozen=True)
class LineChange:
    old: str
    new: str


@dataclass(frozen=True)
class MinutesDiff:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[LineChange, ...] = ()
    #: the unified diff (``-``/``+`` lines with context), for display
    unified: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def keep_quorum_wording(approved: Minutes, current: Minutes) -> Minutes:
    """``current`` with the quorum explanations of the ``approved`` version when the
    quorum's facts are the same. The explanations are stored as worded when the version
    was made; they are worded from those facts and from the members' attendance (which
    the comparison reads line by line), so a change of wording alone (« membre(s) »
    became « membres ») must not make an approved version unsignable."""
    a, c = approved.quorum, current.quorum
    if replace(a, explanations=()) != replace(c, explanations=()):
        return current
    if len(a.explanations) != len(c.explanations):
        return current
    return replace(current, quorum=replace(c, explanations=a.explanations))


def diff_versions(old: Minutes | list[str], new: Minutes | list[str]) -> MinutesDiff:
    """What changed between two versions, line by line (difflib).

    A replaced block pairs its old and new lines in order as ``changed``; what is
    left over on either side is ``removed`` or ``added``."""
    a = minutes_text(old) if isinstance(old, Minutes) else list(old)
    b = minutes_text(new) if isinstance(new, Minutes) else list(new)
    added: list[str] = []
    removed: list[str] = []
    changed: list[LineChange] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added += b[j1:j2]
        elif tag == "delete":
            removed += a[i1:i2]
        elif tag == "replace":
            pairs = min(i2 - i1, j2 - j1)
            changed += [LineChange(a[i1 + k], b[j1 + k]) for k in range(pairs)]
            removed += a[i1 + pairs : i2]
            added += b[j1 + pairs : j2]
    unified = tuple(
        line.rstrip("\n")
        for line in difflib.unified_diff(
            a, b, "version précédente", "nouvelle version", n=1, lineterm=""
        )
    )
    return MinutesDiff(tuple(added), tuple(removed), tuple(changed), unified)


# --------------------------------------------------------------------------- JSON


def to_json(minutes: Minutes) -> dict:
    """Plain JSON (str, int, bool, None, lists, dicts): the text of a version."""
    return {"schema": SCHEMA, "minutes": _dump(minutes)}


def from_json(data: dict) -> Minutes:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ValueError("unknown minutes schema")
    minutes: Minutes = _load(Minutes, data["minutes"])
    return minutes


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _dump(v) for k, v in value.items()}
    return value


_HINTS: dict[type, dict] = {}


def _hints(cls: type) -> dict:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _load(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _load(args[0], value)
    if origin is tuple:
        return tuple(_load(typing.get_args(tp)[0], v) for v in value or ())
    if origin is dict:
        return dict(value or {})
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = _hints(tp)
        kwargs = {
            f.name: _load(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(value)
    if tp is Decimal:
        return Decimal(value)
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if tp is dt.time:
        return dt.time.fromisoformat(value)
    return value


__all__ = [
    "ApprovalState",
    "CandidateLine",
    "Commission",
    "DwellingItem",
    "LineChange",
    "MemberLine",
    "Minutes",
    "MinutesDiff",
    "MinutesStatus",
    "NonVoteReason",
    "NonVoter",
    "OccupationReviewItem",
    "Organisation",
    "QuorumInfo",
    "ReviewChannel",
    "ReviewVerdict",
    "SessionInfo",
    "approval_state",
    "attendance_text",
    "decision_text",
    "diff_versions",
    "format_time_fr",
    "format_weekday_date_fr",
    "from_json",
    "is_feminine",
    "minutes_text",
    "redact_for_candidate",
    "signer_matches",
    "to_json",
    "votes_text",
]
