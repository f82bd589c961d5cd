"""The applicant's statement of his own score (issue 17)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from desktop.domain import cotation as rules
from desktop.domain.cotation import (
    Criterion,
    CriterionSource,
)
from desktop.domain.errors import (
    UserError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, Translate, is_singular
from desktop.services.authz import guarded
from desktop.services.caleol.common import require_candidate_read
from desktop.services.context import Actor
from desktop.services.cotation.common import (
    ENTITY_SCORE,
    _grid_of,
    _m,
    _require_read,
)
from desktop.services.cotation.scores import (
    _extra,
    _load_candidate,
)
from desktop.storage.caleol_models import AgendaItem, Candidate
from desktop.storage.cotation_models import (
    CandidateCotation,
    CotationGrid,
)
from desktop.storage.db import Database

# --------------------------------------------------------------------------- applicant


@dataclass(frozen=True)
class Statement:
    """What the applicant is told on request (CCH L441-2-8): the grid's criteria and
    weights, his score, his position among similar applications (same EPCI and grid,
    same dwelling type) and their average waiting time."""

    numero_unique: str
    name: str
    grid_label: str
    criteria: tuple[tuple[str, Message], ...]  # (label, weight)
    total: Decimal
    lines: tuple[dict, ...]
    position: int
    similar: int
    average_wait_months: Decimal | None

    def text(self, translate: Translate | None = None) -> list[str]:
        """The statement's lines; ``translate``: Qt's, on screen."""
        lines: list[Message | str] = [
            _m(
                QT_TRANSLATE_NOOP("messages", "Demande n° {number} — {name}"),
                number=self.numero_unique,
                name=self.name,
            ),
            _m(QT_TRANSLATE_NOOP("messages", "Grille : {grid}"), grid=self.grid_label),
            _m(QT_TRANSLATE_NOOP("messages", "Critères et pondérations :")),
        ]
        lines += [f"  • {label} : {weight.render(translate)}" for label, weight in self.criteria]
        lines.append(
            _m(
                QT_TRANSLATE_NOOP("messages", "Cotation de la demande : {points}"),
                points=rules.points_text(self.total),
            )
        )
        lines += [
            f"  • {x['label']} : {rules.points_text(Decimal(x['points'])).render(translate)}"
            for x in self.lines
            if Decimal(x["points"]) != 0
        ]
        if is_singular(self.similar):  # his own application only
            lines.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Position : {position} ; aucune autre demande comparable (même "
                        "territoire, même typologie)",
                    ),
                    position=self.position,
                )
            )
        else:
            lines.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Position parmi les {similar} demandes comparables (même "
                        "territoire, même typologie) : {position}",
                    ),
                    similar=self.similar,
                    position=self.position,
                )
            )
        if self.average_wait_months is not None:
            lines.append(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ancienneté moyenne de ces demandes : {months} mois"
                    ),
                    months=rules.format_points(self.average_wait_months),
                )
            )
        return [line if isinstance(line, str) else line.render(translate) for line in lines]


_UNITS = {
    CriterionSource.WAITING_MONTHS: QT_TRANSLATE_NOOP("messages", "{points} par mois"),
    CriterionSource.HOUSEHOLD_SIZE: QT_TRANSLATE_NOOP("messages", "{points} par personne"),
    CriterionSource.ADAPTED_REFUSAL: QT_TRANSLATE_NOOP(
        "messages", "{points} par refus, pendant {months} mois"
    ),
}


def _weight(c: Criterion) -> Message:
    """« 1 point par mois (plafond 60) », « -20 points par refus, pendant 12 mois »."""
    unit = _UNITS.get(c.source)
    weight = (
        _m(unit, points=rules.points_text(c.points), months=c.parameter.strip())
        if unit
        else rules.points_text(c.points)
    )
    if c.cap is None:
        return weight
    return _m(
        QT_TRANSLATE_NOOP("messages", "{weight} (plafond {cap})"),
        weight=weight,
        cap=rules.format_points(c.cap),
    )


@guarded("cotation.candidat")
def applicant_statement(db: Database, actor: Actor, candidate_id: int) -> Statement:
    """The applicant's cotation statement; ``UserError`` when he has no score yet."""
    _require_read(actor, ENTITY_SCORE)
    with db.reader() as session:
        c = _load_candidate(session, candidate_id)
        require_candidate_read(session, actor, candidate_id, ENTITY_SCORE)
        extra = _extra(session, candidate_id)
        if extra is None or extra.total is None or extra.grid_id is None:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La demande n° {number} n'a pas encore de cotation : calculez "
                        "les cotations de la séance.",
                    ),
                    number=c.numero_unique,
                )
            )
        grid = _grid_of(session.get_one(CotationGrid, extra.grid_id))
        others = session.execute(
            select(
                CandidateCotation.total,
                Candidate.application_date,
                Candidate.numero_unique,
                AgendaItem.dwelling_type,
            )
            .join(Candidate, Candidate.id == CandidateCotation.candidate_id)
            .join(AgendaItem, AgendaItem.id == Candidate.agenda_item_id)
            .where(
                CandidateCotation.grid_id == extra.grid_id,
                CandidateCotation.total.is_not(None),
                AgendaItem.dwelling_type == c.item.dwelling_type,
            )
        ).all()
        best: dict[str, tuple[Decimal, dt.date | None]] = {}
        for total, applied, numero, _type in others:  # one application per numéro
            if numero not in best or total > best[numero][0]:
                best[numero] = (total, applied)
        position = 1 + sum(
            1 for n, (t, _a) in best.items() if n != c.numero_unique and t > extra.total
        )
        on = extra.computed_on or c.item.session.session_date
        waits = [rules.months_between(a, on) for _t, a in best.values() if a is not None]
        average = (
            (Decimal(sum(waits)) / len(waits)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            if waits
            else None
        )
        detail = extra.detail or {}
        return Statement(
            c.numero_unique,
            c.full_name,
            f"{grid.epci} — {grid.name} (version {grid.version})",
            tuple((x.label, _weight(x)) for x in grid.criteria),
            extra.total,
            tuple(detail.get("lines", ())),
            position,
            len(best),
            average,
        )
