"""The access-request export of a housing applicant (RGPD right of access).

``export_applicant`` writes everything held about one applicant, found by his *numéro
unique* (the national registration number), to one workbook: his candidatures in the
CALEOL sessions with the commission's decision and the offer's follow-up, his
cotation, the refused offers recorded for it, the letters produced for him (register
lines) and the audit events about these, in the style of the tenant file's export
(``person_export``). A candidature the retention purge anonymised no longer carries
the numéro unique (``ANON-<id>``): it is not his any more and is not found among the
candidatures, and no link to him is kept for the export's sake. The session's minutes,
kept as archives (docs/domain.md#retention), still name him: the export lists, in its
sheet « Candidatures effacées », the candidatures the minutes name under his number and
that no candidature of his holds any more, with when their data was erased and under
which retention rule (the purge's audit event, in clear); the « Demandeur » sheet says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import false, func, select

from desktop.domain.caleol import (
    Decision,
    OfferStatus,
    Outcome,
    PriorityCriterion,
    Vote,
    VoteChannel,
)
from desktop.domain.cotation import HousingSituation, points_text
from desktop.domain.errors import NotFoundError, UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.minutes import MinutesStatus
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.person_audit import FIELDS, Field, vocabulary
from desktop.services.person_export import (
    _LETTERS,
    _Columns,
    _label,
    _rows,
    _rows_in,
    _yes,
    audit_sheet,
)
from desktop.storage.caleol_models import AgendaItem, Candidate, Commission
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.caleol_models import Vote as VoteRow
from desktop.storage.cotation_models import (
    AdaptedRefusal,
    CandidateCotation,
    CotationCriterion,
    CotationGrid,
)
from desktop.storage.db import Database
from desktop.storage.minutes_models import MinutesVersion
from desktop.storage.models import AuditEvent, DocumentRecord

#: The numéro unique the purge gives an anonymised candidature: ``ANON-<id>``.
ANONYMOUS_PREFIX = "ANON-"


def _criteria(codes) -> str:
    return ", ".join(_label(PriorityCriterion, c) for c in codes or [])


_CANDIDATURES = _Columns(
    {
        "commission": "Commission",
        "session": "Séance",
        "session_date": "Date de la séance",
        "dwelling": "Logement",
        "dwelling_address": "Adresse du logement",
        "numero_unique": "N° unique",
        "civility": "Civilité",
        "last_name": "Nom",
        "first_name": "Prénom",
        "postal_address": "Adresse postale",
        "household_composition": "Composition du ménage",
        "adults": "Adultes",
        "children": "Enfants",
        "monthly_resources": "Ressources mensuelles (€)",
        "effort_rate": "Taux d'effort (%)",
        "remaining_income_per_unit": "Reste à vivre par unité de consommation (€)",
        "priority_criteria": "Critères de priorité",
        "public_prioritaire": "Public prioritaire",
        "current_housing": "Logement actuel",
        "application_date": "Date de la demande",
        "notes": "Observations",
        "decision": "Décision",
        "rank": "Rang",
        "reason": "Motif de la décision",
        "condition_document": "Pièce à fournir",
        "condition_deadline": "À fournir avant le",
        "decided_at": "Décidée le",
        "decided_by": "Saisie par",
        "tally_outcome": "Résultat du vote",
        "tally_pour": "Voix pour",
        "tally_contre": "Voix contre",
        "tally_abstention": "Abstentions",
        "casting_vote_used": "Voix prépondérante du président",
        "votes": "Votes enregistrés",
        "notified_on": "Notifiée le",
        "presented_on": "Courrier présenté le",
        "offer_deadline": "Réponse attendue avant le",
        "offer_status": "Proposition",
        "offer_answer_on": "Réponse le",
        "offer_refusal_reason": "Motif du refus",
        "lease_signed_on": "Bail signé le",
        "anonymised_on": "Anonymisée le",
        "created_at": "Créée le",
        "created_by": "Créée par",
    },
    labels={"decision": Decision, "tally_outcome": Outcome, "offer_status": OfferStatus},
    flags=("public_prioritaire", "casting_vote_used"),
    times=("decided_at", "created_at"),
)
_COTATION = _Columns(
    {
        "session_date": "Date de la séance",
        "dwelling": "Logement",
        "housing_situation": "Situation de logement",
        "urban_renewal": "Relogement (renouvellement urbain)",
        "manual": "Faits saisis",
        "grid": "Grille",
        "computed_on": "Calculée au",
        "total": "Score (points)",
        "detail": "Détail du score",
        "register_score": "Score du registre (points)",
        "register_differs": "Écart avec le registre",
    },
    labels={"housing_situation": HousingSituation},
    flags=("urban_renewal", "register_differs"),
)
_REFUSALS = _Columns(
    {
        "refused_on": "Refusée le",
        "dwelling": "Logement",
        "adapted": "Logement adapté",
        "legitimate": "Motif légitime",
        "reason": "Motif",
        "recorded_at": "Saisi le",
        "recorded_by": "Saisi par",
    },
    flags=("adapted", "legitimate"),
    times=("recorded_at",),
)


#: What the « Demandeur » sheet says of the candidatures the purge anonymised.
_ERASED_NOTE = (
    "Une candidature dont la durée de conservation est échue est anonymisée : son "
    "numéro unique, le nom et les données de la demande sont effacés, plus rien ne la "
    "rattache au demandeur. Seul le procès-verbal de sa séance, conservé comme "
    "archive, peut encore la mentionner : la feuille « Candidatures effacées » liste "
    "celles que les procès-verbaux nomment sous ce numéro (un extrait du procès-verbal "
    "peut être remis au demandeur)."
)


@dataclass(frozen=True)
class _Erased:
    """A candidature of the applicant the purge anonymised, as his session's minutes
    (archives) still name it."""

    session_date: dt.date
    session: str
    commission: str
    dwelling: str
    dwelling_address: str
    decision: str
    erased_on: dt.date | None
    rule: str
    minutes: str


_ERASED = _Columns(
    {
        "session_date": "Date de la séance",
        "session": "Séance",
        "commission": "Commission",
        "dwelling": "Logement",
        "dwelling_address": "Adresse du logement",
        "decision": "Décision (procès-verbal)",
        "erased_on": "Données effacées le",
        "rule": "Durée de conservation",
        "minutes": "Procès-verbal",
    }
)


#: The fields of a candidature's audit snapshots that no sheet shows by attribute.
_SNAPSHOT: dict[str, Field] = {
    "position": ("Position", None),
    "agenda_item_id": ("N° du point de l'ordre du jour", None),
    "item_id": ("N° du point de l'ordre du jour", None),
    "candidate_id": ("N° de la candidature", None),
    "caleol_candidat": ("N° de la candidature", None),
    "candidat": ("N° de la candidature", None),
    "candidate_name": ("Nom", None),
    "casting_vote": ("Voix prépondérante du président", None),
    "tally": ("Vote", Outcome),
    "pour": ("Voix pour", None),
    "contre": ("Voix contre", None),
    "abstention": ("Abstentions", None),
    "delai": ("Délai de réponse jusqu'au", None),
    "delai_jours": ("Délai de réponse (jours)", None),
    "offer_days": ("Délai de réponse (jours)", None),
    "hors_delai": ("Réponse hors délai", None),
    "recue_dans_le_delai": ("Réponse reçue dans le délai", None),
    "answer": ("Réponse", OfferStatus),
    "rang": ("Rang", None),
    "notification": ("Notification", None),
    "courrier": ("Courrier", None),
    "motif_du_retrait": ("Motif du retrait", None),
    "grid_id": ("N° de la grille", None),
    "warning": ("Avertissement", None),
    "lines": ("Ligne du score", None),
    "granted": ("Retenu", None),
    "units": ("Nombre", None),
    "points": ("Points", None),
    "label": ("Critère", None),
    "code": ("Code", None),
    "vote": ("Vote", Vote),
    "member_id": ("N° du membre", None),
    "channel": ("Mode de vote", VoteChannel),
    "voted_at": ("Voté le", None),
}


def _same_number(column, numero: str):
    """``column`` holds ``numero``, spaces and case aside (as the agenda's check compares
    them); a purge pseudonym (``ANON-<id>``) is nobody's number."""
    wanted = numero.replace(" ", "").upper()
    if wanted.startswith(ANONYMOUS_PREFIX):
        return false()
    return func.upper(func.replace(column, " ", "")) == wanted


def _normal(number: str) -> str:
    return "".join((number or "").split()).upper()


def _erased_candidatures(
    session, numero: str, live: set[tuple[int, str]]
) -> list[tuple[_Erased, int | None]]:
    """The candidatures the minutes of a session name under ``numero`` (the signed
    version, else the latest) for a dwelling none of his candidatures of that session
    (``live``: session id and dwelling reference) holds any more: those the purge
    anonymised. Each with its commission's agency. Only the sessions holding an
    anonymised candidature are read."""
    from desktop.domain import minutes as pv
    from desktop.domain.retention import RULES_BY_KIND, RetentionKind
    from desktop.services.caleol.common import ENTITY_CANDIDATE

    purged = (
        select(AgendaItem.session_id)
        .join(Candidate, Candidate.agenda_item_id == AgendaItem.id)
        .where(Candidate.anonymised_on.is_not(None))
    )
    chosen: dict[int, tuple[tuple[bool, int], int]] = {}
    for vid, sid, number, status in session.execute(
        select(
            MinutesVersion.id,
            MinutesVersion.session_id,
            MinutesVersion.number,
            MinutesVersion.status,
        ).where(MinutesVersion.session_id.in_(purged))
    ).tuples():
        rank = (status == MinutesStatus.SIGNED.value, number)
        if sid not in chosen or rank > chosen[sid][0]:
            chosen[sid] = (rank, vid)
    wanted = _normal(numero)
    named: list[tuple[int, pv.Minutes, int, str, pv.DwellingItem, pv.CandidateLine]] = []
    versions = sorted(vid for _rank, vid in chosen.values())
    for start in range(0, len(versions), 200):
        for sid, number, status, content in session.execute(
            select(
                MinutesVersion.session_id,
                MinutesVersion.number,
                MinutesVersion.status,
                MinutesVersion.content,
            ).where(MinutesVersion.id.in_(versions[start : start + 200]))
        ).tuples():
            raw = (content or {}).get("minutes", {}).get("dwellings", [])
            if not any(
                _normal(c.get("numero_unique", "")) == wanted
                for d in raw
                for c in d.get("candidates", [])
            ):
                continue
            minutes = pv.from_json(content)
            for dwelling in minutes.dwellings:
                for line in dwelling.candidates:
                    if (
                        _normal(line.numero_unique) == wanted
                        and (sid, dwelling.reference) not in live
                    ):
                        named.append((sid, minutes, number, status, dwelling, line))
    if not named:
        return []
    commissions = {
        sid: commission
        for sid, commission in session.execute(
            select(CaleolSession.id, Commission)
            .join(Commission, Commission.id == CaleolSession.commission_id)
            .where(CaleolSession.id.in_({sid for sid, *_ in named}))
        ).tuples()
    }
    # The anonymised candidature a line names: at its place among the dwelling's
    # candidatures, else the dwelling's only anonymised one.
    items: dict[tuple[int, str], list[Candidate]] = {}
    for item, cand in session.execute(
        select(AgendaItem, Candidate)
        .join(Candidate, Candidate.agenda_item_id == AgendaItem.id)
        .where(AgendaItem.session_id.in_(commissions))
        .order_by(Candidate.position, Candidate.id)
    ).tuples():
        items.setdefault((item.session_id, item.reference), []).append(cand)
    erased: list[tuple[_Erased, int | None]] = []
    for sid, minutes, number, status, dwelling, line in named:
        commission = commissions[sid]
        candidates = items.get((sid, dwelling.reference), [])
        gone = [c for c in candidates if c.anonymised_on is not None]
        at = candidates[line.position - 1] if 0 < line.position <= len(candidates) else None
        match = at if at is not None and at.anonymised_on else gone[0] if len(gone) == 1 else None
        rule = ""
        if match is not None:
            event = session.scalars(
                select(AuditEvent)
                .where(
                    AuditEvent.action == "anonymisation",
                    AuditEvent.entity == ENTITY_CANDIDATE,
                    AuditEvent.entity_id == match.id,
                )
                .order_by(AuditEvent.id.desc())
            ).first()
            after = event.after if event is not None and isinstance(event.after, dict) else {}
            try:
                kind = RetentionKind(after.get("regle"))
            except ValueError:
                kind = None
            if kind is not None:
                months = after.get("duree_mois", RULES_BY_KIND[kind].default_months)
                rule = _retention_text(
                    RULES_BY_KIND[kind].label, months, RULES_BY_KIND[kind].trigger
                )
        erased.append(
            (
                _Erased(
                    session_date=minutes.session.date,
                    session=minutes.session.number,
                    commission=commission.name,
                    dwelling=dwelling.reference,
                    dwelling_address=dwelling.address,
                    decision=line.decision_label,
                    erased_on=match.anonymised_on if match is not None else None,
                    rule=rule,
                    minutes=f"Version {number} ({_label(MinutesStatus, status)})",
                ),
                commission.agency_id,
            )
        )
    return sorted(erased, key=lambda e: (e[0].session_date, e[0].session, e[0].dwelling))


def _retention_text(label: str, months, trigger: str) -> str:
    """« Candidature CALEOL sans suite : 12 mois (point de départ : dernière étape de
    la candidature (séance, courrier, réponse)) »."""
    if not months:
        return f"{label} : effacement immédiat (point de départ : {trigger})"
    return f"{label} : {months} mois (point de départ : {trigger})"


def applicant_not_found(numero: str) -> NotFoundError:
    return NotFoundError(
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "Aucune candidature n'est enregistrée sous le numéro unique « {n} »."
            ),
            {"n": numero if len(numero) <= 30 else numero[:30] + "…"},
        )
    )


def _points(value) -> str:
    """« 14 points », « 1,5 point »: a line of the score's detail."""
    try:
        return points_text(Decimal(str(value))).render()
    except (ArithmeticError, ValueError):
        return str(value)


def _cotation_text(row: CandidateCotation, labels: dict[str, str]) -> tuple[str, str]:
    """The facts typed for the cotation and the score's detail, as lines of text."""
    facts = []
    for code, fact in (row.manual or {}).items():
        fact = fact if isinstance(fact, dict) else {}
        name = labels.get(code) or _label(HousingSituation, code)
        line = f"{name} : {_yes(bool(fact.get('granted')))}"
        if fact.get("units") is not None:
            line += f" ({fact['units']})"
        if fact.get("reason"):
            line += f" — {fact['reason']}"
        facts.append(line)
    detail = row.detail or {}
    lines = [
        f"{line.get('label', '')} : {_points(line.get('points'))}"
        + (f" — {line['detail']}" if line.get("detail") else "")
        for line in detail.get("lines", ())
    ]
    if detail.get("warning"):
        lines.append(detail["warning"])
    return "\n".join(facts), "\n".join(lines)


def _require_agencies(
    session, actor: Actor, found, refusals: list[AdaptedRefusal], erased: list[int | None]
) -> None:
    """An agency role exports an applicant only through candidatures of its agency's
    commissions (or of a commission without agency): those found by the number, those
    the refused offers recorded for the cotation were refused in (a number corrected
    since), and the erased ones the minutes name (``erased``: their commissions'
    agencies). A refusal recorded without candidature (another landlord's offer,
    reported by the register) belongs to no agency: alone, it does not make the
    applicant his agency's."""
    from desktop.services.caleol.common import ENTITY_CANDIDATE
    from desktop.services.cotation.refusals import ENTITY_REFUSAL

    if not actor.agency_scoped:
        return
    agencies = {c.id: commission.agency_id for c, _, _, commission in found}
    linked = sorted(
        {r.candidate_id for r in refusals if r.candidate_id is not None} - set(agencies)
    )
    if linked:
        agencies.update(
            (candidate_id, agency_id)
            for candidate_id, agency_id in session.execute(
                select(Candidate.id, Commission.agency_id)
                .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
                .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
                .join(Commission, Commission.id == CaleolSession.commission_id)
                .where(Candidate.id.in_(linked))
            )
        )
    for candidate_id, agency_id in sorted(agencies.items()):
        if agency_id is not None:
            authz.require_agency(
                actor,
                Permission.PERSON_EXPORT,
                agency_id,
                entity=ENTITY_CANDIDATE,
                entity_id=candidate_id,
            )
    for agency_id in erased:
        if agency_id is not None:
            authz.require_agency(
                actor, Permission.PERSON_EXPORT, agency_id, entity=ENTITY_CANDIDATE
            )
    if refusals and not agencies and not erased:
        authz.require_agency(
            actor, Permission.PERSON_EXPORT, None, entity=ENTITY_REFUSAL, entity_id=refusals[0].id
        )


def audit_fields() -> dict[str, dict[str, Field]]:
    """The fields of the audit snapshots about an applicant's candidatures, cotation,
    refusals and letters (by entity), named as this workbook's sheets name them."""
    from desktop.services.caleol.common import ENTITY_CANDIDATE
    from desktop.services.cotation.common import ENTITY_SCORE
    from desktop.services.cotation.refusals import ENTITY_REFUSAL
    from desktop.services.documents import ENTITY as DOCUMENT

    candidate_fields = vocabulary(_CANDIDATURES, _COTATION, _REFUSALS, **_SNAPSHOT)
    return {
        **FIELDS,
        ENTITY_CANDIDATE: candidate_fields,
        ENTITY_SCORE: candidate_fields,
        ENTITY_REFUSAL: candidate_fields,
        DOCUMENT: {**FIELDS[DOCUMENT], "caleol_candidat": _SNAPSHOT["caleol_candidat"]},
    }


@guarded("export")
def export_applicant(db: Database, actor: Actor, numero_unique: str, path: str | Path) -> Path:
    """Everything Parcours holds about the applicant of ``numero_unique``, in one Excel
    workbook (*droit d'accès*): each candidature examined by a CALEOL (the session, the
    dwelling, the household data as stored, the decision with its reason, rank and
    tally, the offer and its answer), the cotation and its score, the refused offers
    recorded for the cotation, the letters produced for him (register lines with their
    SHA-256, not the files) and the audit events about these, decrypted. Audited as an
    export (the candidatures' ids, not the number); nothing written on a failure."""
    from desktop.services.caleol.common import ENTITY_CANDIDATE, ENTITY_VOTE
    from desktop.services.cotation.common import ENTITY_SCORE
    from desktop.services.cotation.refusals import ENTITY_REFUSAL
    from desktop.services.documents import ENTITY as DOCUMENT
    from desktop.services.spreadsheet import Workbook

    numero = " ".join((numero_unique or "").split())
    authz.require(actor, Permission.PERSON_EXPORT, entity=ENTITY_CANDIDATE)
    if not numero:
        raise UserError(
            Message(QT_TRANSLATE_NOOP("messages", "Saisissez le numéro unique du demandeur."))
        )
    book = Workbook()
    counts: dict[str, int] = {}
    with db.reader() as session:
        found = session.execute(
            select(Candidate, AgendaItem, CaleolSession, Commission)
            .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
            .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
            .join(Commission, Commission.id == CaleolSession.commission_id)
            .where(_same_number(Candidate.numero_unique, numero))
            .order_by(CaleolSession.session_date, Candidate.id)
        ).all()
        refusals = _rows(
            session,
            AdaptedRefusal,
            _same_number(AdaptedRefusal.numero_unique, numero),
            order=[AdaptedRefusal.refused_on, AdaptedRefusal.id],
        )
        live = {(sitting.id, item.reference) for _, item, sitting, _ in found}
        erased = _erased_candidatures(session, numero, live)
        if not found and not refusals and not erased:
            raise applicant_not_found(numero)
        _require_agencies(session, actor, found, refusals, [a for _e, a in erased])
        ids = [c.id for c, _, _, _ in found]
        where = {c.id: (item, sitting, commission) for c, item, sitting, commission in found}
        last = found[-1][0] if found else None
        sheet = book.sheet("Demandeur", ["Rubrique", "Valeur"])
        for label, value in (
            (
                "N° unique",
                last.numero_unique if last else refusals[-1].numero_unique if refusals else numero,
            ),
            ("Nom", last.full_name if last else ""),
            ("Adresse postale", last.postal_address if last else ""),
            ("Candidatures examinées", len(found)),
            ("Refus de propositions enregistrés", len(refusals)),
            ("Candidatures effacées (nommées par un procès-verbal)", len(erased)),
            ("Candidatures anonymisées", _ERASED_NOTE),
        ):
            sheet.add([label, value])
        counts["Demandeur"] = sheet.rows
        votes = _rows_in(session, VoteRow.candidate_id, ids, VoteRow.id)
        vote_count = {cid: sum(1 for v in votes if v.candidate_id == cid) for cid in ids}

        def dwelling_address(c: Candidate) -> str:
            item = where[c.id][0]
            town = " ".join(p for p in (item.postcode, item.commune) if p)
            return ", ".join(p for p in (item.address, town) if p)

        counts["Candidatures"] = replace(
            _CANDIDATURES,
            computed={
                "commission": lambda c: where[c.id][2].name,
                "session": lambda c: where[c.id][1].number,
                "session_date": lambda c: where[c.id][1].session_date,
                "dwelling": lambda c: where[c.id][0].reference,
                "dwelling_address": dwelling_address,
                "priority_criteria": lambda c: _criteria(c.priority_criteria),
                "votes": lambda c: vote_count[c.id],
            },
        ).write(book, "Candidatures", (c for c, _, _, _ in found))
        cotations = _rows_in(
            session, CandidateCotation.candidate_id, ids, CandidateCotation.candidate_id
        )
        grids = {
            g.id: g
            for g in _rows_in(
                session, CotationGrid.id, sorted({r.grid_id for r in cotations if r.grid_id})
            )
        }
        # The typed facts by their criterion's label: the grid's, else any grid's.
        codes = sorted({code for r in cotations for code in (r.manual or {})})
        criteria = {
            code: label
            for code, label in session.execute(
                select(CotationCriterion.code, CotationCriterion.label)
                .where(CotationCriterion.code.in_(codes))
                .order_by(CotationCriterion.id)
            ).tuples()
        }
        criteria.update({crit.code: crit.label for g in grids.values() for crit in g.criteria})
        texts = {r.candidate_id: _cotation_text(r, criteria) for r in cotations}
        counts["Candidatures effacées"] = _ERASED.write(
            book, "Candidatures effacées", (e for e, _agency in erased)
        )
        counts["Cotation"] = replace(
            _COTATION,
            computed={
                "session_date": lambda r: where[r.candidate_id][1].session_date,
                "dwelling": lambda r: where[r.candidate_id][0].reference,
                "manual": lambda r: texts[r.candidate_id][0],
                "detail": lambda r: texts[r.candidate_id][1],
                "grid": lambda r: (
                    f"{grids[r.grid_id].name} v{grids[r.grid_id].version}"
                    if r.grid_id in grids
                    else ""
                ),
            },
        ).write(book, "Cotation", cotations)
        counts["Refus de propositions"] = _REFUSALS.write(book, "Refus de propositions", refusals)
        letters = _rows_in(
            session,
            DocumentRecord.candidate_id,
            ids,
            DocumentRecord.created_at,
            DocumentRecord.id,
        )
        counts["Courriers"] = _LETTERS.write(book, "Courriers", letters)
        letter_ids = [r.id for r in letters]
        refusal_ids = [r.id for r in refusals]
        about = [
            (ENTITY_CANDIDATE, ids),
            (ENTITY_VOTE, [v.id for v in votes]),
            (ENTITY_SCORE, ids),
            (ENTITY_REFUSAL, refusal_ids),
            (DOCUMENT, letter_ids),
        ]
        counts["Journal d'audit"] = audit_sheet(book, session, about, audit_fields())
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export",
            ENTITY_CANDIDATE,
            ids[0] if ids else None,
            None,
            {
                "fichier": Path(path).name,
                "motif": "droit d'accès",
                "feuilles": counts,
                "candidatures": ids,
                "refus_cotation": refusal_ids,
                "courriers": letter_ids,
            },
        )
        # Written last: a failed write rolls the audit event back with it.
        return book.save(path)
