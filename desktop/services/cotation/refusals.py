"""Cotation refusals: the adapted offers a candidate refused (or let lapse), which
lower his score; recording one rescores him."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.caleol import OfferStatus
from desktop.domain.errors import (
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import require_candidate_read
from desktop.services.context import Actor, now, today
from desktop.services.cotation.common import (
    MANAGE,
    _m,
    _require_read,
    _write,
)
from desktop.services.cotation.scores import (
    _all_grids,
    _compute,
    _load_candidate,
)
from desktop.services.write import from_row, snapshot
from desktop.storage.caleol_models import AgendaItem, Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.cotation_models import (
    AdaptedRefusal,
    CandidateCotation,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- refusals

ENTITY_REFUSAL = "cotation_refus"
_REFUSED = (OfferStatus.REFUSED.value, OfferStatus.LAPSED.value)


@dataclass(frozen=True)
class RefusalView:
    id: int
    numero_unique: str
    refused_on: dt.date
    dwelling: str
    candidate_id: int | None
    adapted: bool
    legitimate: bool
    reason: str
    recorded_at: dt.datetime
    recorded_by: str

    @property
    def counts(self) -> bool:
        """Feeds the grid's "refusal of an adapted dwelling" criterion."""
        return self.adapted and not self.legitimate


def _refusal_view(r: AdaptedRefusal) -> RefusalView:
    return from_row(RefusalView, r)


#: what the audit trail keeps of a refusal: what the view shows but its id and stamp
REFUSAL_FIELDS = tuple(
    f.name for f in fields(RefusalView) if f.name not in ("id", "recorded_at", "recorded_by")
)


def _refusal_snapshot(r: AdaptedRefusal) -> dict:
    return snapshot(r, REFUSAL_FIELDS)


def _rescore_applicant(session: Session, actor: Actor, numero_unique: str) -> int:
    """Recompute the stored scores of the applicant's candidacies in sessions not
    locked yet (a refusal recorded or withdrawn moves them); returns how many."""
    cands = session.scalars(
        select(Candidate)
        .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
        .join(CaleolSession, CaleolSession.id == AgendaItem.session_id)
        .join(CandidateCotation, CandidateCotation.candidate_id == Candidate.id)
        .where(Candidate.numero_unique == numero_unique, CaleolSession.locked_at.is_(None))
    ).all()
    if not cands:
        return 0
    grids = _all_grids(session)
    for c in cands:
        _compute(session, actor, c, grids)
    return len(cands)


REASON_LABEL = QT_TRANSLATE_NOOP("messages", "Motif")
DWELLING_LABEL = QT_TRANSLATE_NOOP("messages", "Logement")


@guarded("cotation.refus")
def record_refusal(
    db: Database,
    actor: Actor,
    *,
    adapted: bool,
    legitimate: bool,
    reason: str,
    candidate_id: int | None = None,
    numero_unique: str = "",
    refused_on: dt.date | None = None,
    dwelling: str = "",
) -> RefusalView:
    """Qualify a refused offer for the cotation: the dwelling offered to a CALEOL
    candidate (``candidate_id``: his offer must have been refused or have lapsed), or
    an offer known otherwise (``numero_unique``, ``refused_on``, ``dwelling``: another
    landlord's, reported by the register). The reason is required either way. A
    candidate's refusal qualified again replaces the former qualification (audited).
    The scores of the applicant's candidacies in sessions not locked are recomputed."""
    from desktop.services.caleol.agenda import checked_numero
    from desktop.services.caleol.common import clean_long_text, clean_text

    authz.require(actor, MANAGE, entity=ENTITY_REFUSAL)
    errors: dict[str, Message] = {}
    reason = clean_long_text(reason, 2000, "reason", errors, label=_m(REASON_LABEL))
    dwelling = clean_text(dwelling, 200, "dwelling", errors, label=_m(DWELLING_LABEL))
    numero_unique = checked_numero(numero_unique, errors)
    if not reason and "reason" not in errors:
        errors["reason"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Indiquez pourquoi le refus est ou n'est pas fondé sur un motif légitime.",
            )
        )
    if candidate_id is None:
        if not numero_unique and "numero_unique" not in errors:
            errors["numero_unique"] = _m(
                QT_TRANSLATE_NOOP("messages", "Le numéro unique du demandeur est obligatoire.")
            )
        if refused_on is None:
            errors["refused_on"] = _m(QT_TRANSLATE_NOOP("messages", "Indiquez la date du refus."))
    if refused_on is not None and refused_on > today():
        errors["refused_on"] = _m(
            QT_TRANSLATE_NOOP("messages", "La date du refus ne peut pas être dans le futur.")
        )
    if errors:
        raise ValidationError(errors)

    def body(session: Session) -> RefusalView:
        row = None
        before = None
        if candidate_id is not None:
            c = _load_candidate(session, candidate_id)
            if c.offer_status not in _REFUSED:
                raise UserError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le logement proposé à {name} n'a pas été refusé : il n'y a pas "
                            "de refus à qualifier.",
                        ),
                        name=c.full_name,
                    )
                )
            item = c.item
            on = refused_on or c.offer_answer_on or c.offer_deadline or item.session.session_date
            place = ", ".join(p for p in (item.reference, item.address, item.commune) if p)
            row = session.scalars(
                select(AdaptedRefusal).where(AdaptedRefusal.candidate_id == c.id)
            ).one_or_none()
            if row is not None:
                before = _refusal_snapshot(row)
            else:
                row = AdaptedRefusal(candidate_id=c.id)
                session.add(row)
            row.numero_unique, row.refused_on, row.dwelling = c.numero_unique, on, place[:200]
        else:
            row = AdaptedRefusal(
                candidate_id=None,
                numero_unique=numero_unique,
                refused_on=refused_on,
                dwelling=dwelling,
            )
            session.add(row)
        row.adapted, row.legitimate, row.reason = bool(adapted), bool(legitimate), reason
        row.recorded_at, row.recorded_by = now(), actor.username
        session.flush()
        audit.record(
            session,
            actor,
            "create" if before is None else "update",
            ENTITY_REFUSAL,
            row.id,
            before,
            _refusal_snapshot(row),
        )
        _rescore_applicant(session, actor, row.numero_unique)
        return _refusal_view(row)

    return _write(db, body)


@guarded("cotation.refus")
def remove_refusal(db: Database, actor: Actor, refusal_id: int, reason: str) -> None:
    """Withdraw a refusal recorded by mistake (reason required, audited); the
    applicant's scores in sessions not locked are recomputed."""
    authz.require(actor, MANAGE, entity=ENTITY_REFUSAL, entity_id=refusal_id)
    if not (reason or "").strip():
        raise ValidationError(
            {"reason": _m(QT_TRANSLATE_NOOP("messages", "Indiquez pourquoi ce refus est retiré."))}
        )

    def body(session: Session) -> None:
        row = session.get(AdaptedRefusal, refusal_id)
        if row is None:
            raise NotFoundError(_m(QT_TRANSLATE_NOOP("messages", "Ce refus n'existe plus.")))
        before = _refusal_snapshot(row)
        numero = row.numero_unique
        session.delete(row)
        session.flush()
        audit.record(
            session,
            actor,
            "delete",
            ENTITY_REFUSAL,
            refusal_id,
            before,
            {"motif_du_retrait": reason.strip()},
        )
        _rescore_applicant(session, actor, numero)

    _write(db, body)


@guarded("cotation.refus")
def offer_refused(db: Database, actor: Actor, candidate_id: int) -> bool:
    """The dwelling offered to this CALEOL candidate was refused (or the offer lapsed):
    his refusal can be qualified."""
    _require_read(actor, ENTITY_REFUSAL)
    with db.reader() as session:
        require_candidate_read(session, actor, candidate_id, ENTITY_REFUSAL)
        return _load_candidate(session, candidate_id).offer_status in _REFUSED


@guarded("cotation.refus")
def refusals_of(db: Database, actor: Actor, numero_unique: str) -> list[RefusalView]:
    """The refusals recorded for an applicant, oldest first."""
    from desktop.services.caleol.agenda import normalise_numero

    _require_read(actor, ENTITY_REFUSAL)
    with db.reader() as session:
        rows = session.scalars(
            select(AdaptedRefusal)
            .where(AdaptedRefusal.numero_unique == normalise_numero(numero_unique))
            .order_by(AdaptedRefusal.refused_on, AdaptedRefusal.id)
        ).all()
        return [_refusal_view(r) for r in rows]
