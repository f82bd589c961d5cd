"""Cotation scores: the facts of a candidate, the score computed with the grid in
force, manual entries, the scores of a session and their text for the minutes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import cotation as rules
from desktop.domain.cotation import (
    ApplicantFacts,
    Grid,
    HousingSituation,
    ManualEntry,
)
from desktop.domain.errors import (
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, Translate
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import require_session_read
from desktop.services.context import Actor, now
from desktop.services.cotation.common import (
    ENTITY_SCORE,
    MANAGE,
    ScoreView,
    _grid_of,
    _grid_rows,
    _m,
    _require_read,
    _write,
)
from desktop.storage.caleol_models import AgendaItem, Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.cotation_models import (
    AdaptedRefusal,
    CandidateCotation,
)
from desktop.storage.db import Database
from desktop.storage.models import Dwelling

# --------------------------------------------------------------------------- candidate scores


def item_epci(item: AgendaItem, dwelling: Dwelling | None, session_row: CaleolSession) -> str:
    if dwelling is not None and dwelling.epci.strip():
        return dwelling.epci.strip()
    return (session_row.commission.territory or "").strip()


def facts_of(
    c: Candidate,
    item: AgendaItem,
    extra: CandidateCotation | None,
    refusals: Sequence[dt.date] = (),
) -> ApplicantFacts:
    manual = {}
    for code, entry in ((extra.manual or {}) if extra else {}).items():
        manual[code] = ManualEntry(
            bool(entry.get("granted")), str(entry.get("reason", "")), entry.get("units")
        )
    return ApplicantFacts(
        application_date=c.application_date,
        priorities=frozenset(c.priority_criteria or ()),
        monthly_resources=c.monthly_resources,
        adults=c.adults or 1,
        children=c.children or 0,
        dwelling_type=item.dwelling_type or "",
        housing_situation=extra.housing_situation if extra else "",
        manual=manual,
        adapted_refusals=tuple(refusals),
    )


def _counted_refusals(session: Session, numero_unique: str) -> list[dt.date]:
    """The dates of the applicant's refusals of an adapted dwelling without a
    legitimate reason (the grid's criterion says which of them count on a date)."""
    return list(
        session.scalars(
            select(AdaptedRefusal.refused_on).where(
                AdaptedRefusal.numero_unique == numero_unique,
                AdaptedRefusal.adapted.is_(True),
                AdaptedRefusal.legitimate.is_(False),
            )
        )
    )


def _extra(session: Session, candidate_id: int) -> CandidateCotation | None:
    return session.scalars(
        select(CandidateCotation).where(CandidateCotation.candidate_id == candidate_id)
    ).one_or_none()


def _compute(
    session: Session, actor: Actor, c: Candidate, grids: list[tuple[int, Grid]]
) -> CandidateCotation:
    item = c.item
    row = item.session
    dwelling = session.get(Dwelling, item.dwelling_id) if item.dwelling_id else None
    epci = item_epci(item, dwelling, row)
    extra = _extra(session, c.id)
    stamp = now()
    if extra is None:
        extra = CandidateCotation(
            candidate_id=c.id, manual={}, updated_at=stamp, updated_by=actor.username
        )
        session.add(extra)
    found = rules.grid_in_force([g for _, g in grids], epci, row.session_date)
    before = {"total": extra.total, "grid_id": extra.grid_id}
    if found is None:
        extra.grid_id, extra.total, extra.computed_on = None, None, row.session_date
        extra.detail = {
            "warning": _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Aucune grille de cotation de « {epci} » en vigueur le {on}."
                ),
                epci=epci or "?",
                on=row.session_date.strftime("%d/%m/%Y"),
            ).render()
        }
        extra.register_differs = False
    else:
        grid_id = next(i for i, g in grids if g is found)
        refusals = _counted_refusals(session, c.numero_unique)
        result = rules.score(found, facts_of(c, item, extra, refusals), row.session_date)
        extra.grid_id, extra.total, extra.computed_on = grid_id, result.total, row.session_date
        extra.detail = result.to_json()
        extra.register_differs = rules.compare_with_register(
            result.total, extra.register_score
        ).differs
    extra.updated_at, extra.updated_by = stamp, actor.username
    session.flush()
    audit.record(
        session,
        actor,
        "score",
        ENTITY_SCORE,
        c.id,
        before,
        {
            "total": extra.total,
            "grid_id": extra.grid_id,
            "on": extra.computed_on,
            "register_score": extra.register_score,
        },
    )
    return extra


def _all_grids(session: Session) -> list[tuple[int, Grid]]:
    return [(r.id, _grid_of(r)) for r in _grid_rows(session)]


def _check_writable(c: Candidate) -> None:
    row = c.item.session
    if row.locked:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La séance n° {number} est verrouillée par son procès-verbal signé : "
                    "la cotation ne peut plus changer.",
                ),
                number=row.number,
            )
        )


def _load_candidate(session: Session, candidate_id: int) -> Candidate:
    c = session.get(Candidate, candidate_id)
    if c is None:
        raise NotFoundError(_m(QT_TRANSLATE_NOOP("messages", "Ce candidat n'existe plus.")))
    return c


@guarded("cotation.candidat")
def set_candidate_cotation(
    db: Database,
    actor: Actor,
    candidate_id: int,
    *,
    housing_situation: str | None = None,
    urban_renewal: bool | None = None,
    manual: Mapping[str, ManualEntry] | None = None,
    register_score: Decimal | bool | None = False,
) -> ScoreView:
    """Record what the grid needs beyond the fiche (housing situation, criteria typed
    with their reason, the register's own score) and recompute the score.

    ``register_score=False`` leaves it unchanged; ``None`` clears it."""
    authz.require(actor, MANAGE, entity=ENTITY_SCORE, entity_id=candidate_id)
    errors: dict[str, Message] = {}
    if housing_situation and housing_situation not in HousingSituation.__members__:
        errors["housing_situation"] = _m(
            QT_TRANSLATE_NOOP(
                "messages", "« {value} » n'est pas une situation de logement connue."
            ),
            value=housing_situation,
        )
    for code, entry in (manual or {}).items():
        if not entry.reason.strip():
            errors[f"manual.{code}"] = _m(
                QT_TRANSLATE_NOOP("messages", "Un critère saisi à la main demande un motif.")
            )
        elif len(entry.reason) > 500:
            errors[f"manual.{code}"] = _m(
                QT_TRANSLATE_NOOP("messages", "Motif : 500 caractères au plus.")
            )
    if register_score not in (False, None) and (
        not isinstance(register_score, Decimal)
        or not register_score.is_finite()
        or abs(register_score) > rules.POINTS_MAX
    ):
        errors["register_score"] = _m(
            QT_TRANSLATE_NOOP("messages", "La cotation du registre est un nombre de points.")
        )
    if errors:
        raise ValidationError(errors)

    def body(session: Session) -> ScoreView:
        c = _load_candidate(session, candidate_id)
        _check_writable(c)
        extra = _extra(session, c.id)
        if extra is None:
            extra = CandidateCotation(
                candidate_id=c.id, manual={}, updated_at=now(), updated_by=actor.username
            )
            session.add(extra)
        before = {
            "housing_situation": extra.housing_situation,
            "manual": extra.manual,
            "register_score": extra.register_score,
            "urban_renewal": extra.urban_renewal,
        }
        if housing_situation is not None:
            extra.housing_situation = housing_situation
        if urban_renewal is not None:
            extra.urban_renewal = urban_renewal
        if manual is not None:
            grids = _all_grids(session)
            known = {cr.code for _, g in grids for cr in g.criteria}
            unknown = [code for code in manual if code not in known]
            if unknown:
                raise ValidationError(
                    {
                        f"manual.{unknown[0]}": _m(
                            QT_TRANSLATE_NOOP("messages", "Critère « {code} » absent des grilles."),
                            code=unknown[0],
                        )
                    }
                )
            extra.manual = {
                code: {"granted": e.granted, "reason": e.reason.strip(), "units": e.units}
                for code, e in manual.items()
            }
        if register_score is not False and register_score is not True:
            extra.register_score = (
                None
                if register_score is None
                else register_score.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            )
        session.flush()
        audit.record(
            session,
            actor,
            "update",
            ENTITY_SCORE,
            c.id,
            before,
            {
                "housing_situation": extra.housing_situation,
                "manual": extra.manual,
                "register_score": extra.register_score,
                "urban_renewal": extra.urban_renewal,
            },
        )
        _compute(session, actor, c, _all_grids(session))
        return _score_view(c, _extra(session, c.id))

    return _write(db, body)


@guarded("cotation.candidat")
def score_session(db: Database, actor: Actor, session_id: int) -> list[ScoreView]:
    """(Re)compute the score of every candidate of a session with the grids in force
    on its date; one transaction."""
    authz.require(actor, MANAGE, entity=ENTITY_SCORE)

    def body(session: Session) -> list[ScoreView]:
        row = session.get(CaleolSession, session_id)
        if row is None:
            raise NotFoundError(_m(QT_TRANSLATE_NOOP("messages", "Cette séance n'existe plus.")))
        if row.locked:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La séance n° {number} est verrouillée par son procès-verbal "
                        "signé : la cotation ne peut plus changer.",
                    ),
                    number=row.number,
                )
            )
        grids = _all_grids(session)
        out = []
        for item in row.items:
            for c in item.candidates:
                out.append(_score_view(c, _compute(session, actor, c, grids)))
        return out

    return _write(db, body)


def _score_view(c: Candidate, extra: CandidateCotation | None) -> ScoreView:
    detail = (extra.detail or {}) if extra else {}
    warning = detail.get("warning", "")
    if extra is not None and extra.register_differs and extra.total is not None:
        msg = rules.compare_with_register(extra.total, extra.register_score).message()
        warning = msg.render() if msg else warning
    return ScoreView(
        c.id,
        c.numero_unique,
        c.full_name,
        extra.total if extra else None,
        (
            f"{detail.get('epci', '')} — {detail.get('grid', '')} v{detail.get('version', '')}"
            if detail.get("grid")
            else ""
        ),
        tuple(detail.get("lines", ())),
        tuple(detail.get("missing", ())),
        extra.register_score if extra else None,
        bool(extra.register_differs) if extra else False,
        extra.housing_situation if extra else "",
        bool(extra.urban_renewal) if extra else False,
        dict(extra.manual or {}) if extra else {},
        warning,
        scored=extra is not None,
    )


@guarded("cotation.candidat")
def session_scores(db: Database, actor: Actor, session_id: int) -> dict[int, ScoreView]:
    """The stored score of each candidate of a session (agenda, minutes, extract)."""
    _require_read(actor, ENTITY_SCORE)
    with db.reader() as session:
        require_session_read(session, actor, session_id, ENTITY_SCORE)
        cands = session.scalars(
            select(Candidate)
            .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
            .where(AgendaItem.session_id == session_id)
        ).all()
        extras = {
            e.candidate_id: e
            for e in session.scalars(
                select(CandidateCotation).where(
                    CandidateCotation.candidate_id.in_([c.id for c in cands] or [-1])
                )
            )
        }
        return {c.id: _score_view(c, extras.get(c.id)) for c in cands}


def score_lines_text(view: ScoreView, translate: Translate | None = None) -> list[str]:
    """The score's detail as lines of text: ``Ancienneté : 14 points``; ``translate``:
    Qt's, on screen."""
    out = []
    for line in view.lines:
        points = rules.points_text(Decimal(line["points"])).render(translate)
        extra = f" — {line['detail']}" if line.get("detail") else ""
        if line.get("manual") and line.get("reason"):
            extra = f" — saisi : {line['reason']}"
        out.append(f"{line['label']} : {points}{extra}")
    return out


def scores_json(views: Mapping[int, ScoreView]) -> str:
    return json.dumps(
        {
            str(k): {"total": str(v.total) if v.total is not None else None, "lines": list(v.lines)}
            for k, v in views.items()
        },
        ensure_ascii=False,
    )


# --------------------------------------------------------------------------- minutes


def channels_text(votes) -> str:
    """How the votes (rows) on a candidate were cast, for the minutes."""
    from desktop.domain.member_votes import channels_text as text

    return text(v.channel for v in votes)


def score_text(session: Session, candidate_id: int) -> str:
    """The stored score and its detail in one line, for the minutes and the extract:
    ``254 points (grille CA Exemple v1) : DALO 200 ; Ancienneté 14 …``; empty if none."""
    extra = _extra(session, candidate_id)
    if extra is None or extra.total is None:
        return ""
    detail = extra.detail or {}
    parts = [
        f"{line['label']} {rules.format_points(Decimal(line['points']))}"
        + (" (saisi : " + line["reason"] + ")" if line.get("manual") and line.get("reason") else "")
        for line in detail.get("lines", ())
        if Decimal(line["points"]) != 0
    ]
    text = (
        f"{rules.points_text(extra.total)} (grille {detail.get('epci', '')} "
        f"v{detail.get('version', '')})"
    )
    if parts:
        text += " : " + " ; ".join(parts)
    if extra.register_differs:
        msg = rules.compare_with_register(extra.total, extra.register_score).message()
        if msg is not None:
            text += ". " + msg.render()
    return text
