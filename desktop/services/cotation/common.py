"""Cotation services, shared parts: permissions, audit entities, the grid and score
views, grid rows <-> domain grids, the write helper."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import cotation as rules
from desktop.domain.cotation import (
    Criterion,
    CriterionSource,
    Grid,
)
from desktop.domain.errors import (
    ConflictError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services import authz
from desktop.services.context import Actor
from desktop.services.write import from_row
from desktop.services.write import message as _m
from desktop.storage.cotation_models import (
    CandidateCotation,
    CotationCriterion,
    CotationGrid,
)
from desktop.storage.db import Database

MANAGE = Permission.CALEOL_MANAGE
READ = Permission.CALEOL_MINUTES_READ
ENTITY_GRID = "cotation_grille"
ENTITY_SCORE = "cotation_candidat"


def _require_read(actor: Actor, entity: str) -> None:
    if not (actor.can(READ) or actor.can(MANAGE)):
        raise authz.denied(actor, READ, entity=entity)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class GridView:
    id: int
    grid: Grid
    row_version: int
    used: int  # stored scores computed with it

    @property
    def title(self) -> str:
        g = self.grid
        end = g.valid_to.strftime("%d/%m/%Y") if g.valid_to else "…"
        label = f"{g.epci} — {g.name} — v{g.version} ({g.valid_from:%d/%m/%Y} → {end})"
        return label + (" — EXEMPLE" if g.example else "")


@dataclass(frozen=True)
class ScoreView:
    candidate_id: int
    numero_unique: str
    name: str
    total: Decimal | None
    grid_label: str
    lines: tuple[dict, ...]
    missing: tuple[str, ...]
    register_score: Decimal | None
    register_differs: bool
    housing_situation: str
    urban_renewal: bool
    manual: Mapping[str, Any]
    warning: str = ""  # why no score (no grid in force...) or the register difference
    scored: bool = True  # False: the session's scores were never computed for it

    @property
    def total_text(self) -> str:
        return "—" if self.total is None else rules.format_points(self.total)


def _grid_of(row: CotationGrid) -> Grid:
    return from_row(
        Grid,
        row,
        criteria=tuple(
            from_row(Criterion, c, source=CriterionSource(c.source)) for c in row.criteria
        ),
    )


def _used(session: Session, grid_id: int) -> int:
    return len(
        session.scalars(
            select(CandidateCotation.id).where(CandidateCotation.grid_id == grid_id)
        ).all()
    )


def _grid_view(session: Session, row: CotationGrid) -> GridView:
    return GridView(row.id, _grid_of(row), row.row_version, _used(session, row.id))


def _grid_rows(session: Session, epci: str | None = None) -> list[CotationGrid]:
    stmt = (
        select(CotationGrid)
        .options(selectinload(CotationGrid.criteria))
        .order_by(CotationGrid.epci, CotationGrid.version)
    )
    rows = list(session.scalars(stmt))
    if epci is not None:
        key = epci.strip().casefold()
        rows = [r for r in rows if r.epci.strip().casefold() == key]
    return rows


def _set_criteria(row: CotationGrid, criteria: Sequence[Criterion]) -> None:
    row.criteria.clear()
    for i, c in enumerate(criteria):
        row.criteria.append(
            CotationCriterion(
                position=i,
                code=c.code.strip(),
                label=c.label.strip(),
                source=c.source.value,
                points=c.points,
                cap=c.cap,
                parameter=c.parameter.strip(),
            )
        )


def _check_with_others(session: Session, grid: Grid, exclude: int | None = None) -> None:
    others = [_grid_of(r) for r in _grid_rows(session, grid.epci) if r.id != exclude]
    if any(o.version == grid.version for o in others):
        raise ValidationError(
            {
                "version": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "La version {version} de la grille de {epci} existe déjà."
                    ),
                    version=grid.version,
                    epci=grid.epci,
                )
            }
        )
    rules.check_versions(others + [grid])


def _snapshot(grid: Grid) -> dict:
    return rules.grid_to_dict(grid)


def _write(db: Database, body):
    from sqlalchemy.orm.exc import StaleDataError

    try:
        with db.transaction() as session:
            return body(session)
    except StaleDataError as exc:
        raise ConflictError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "La grille a été modifiée sur un autre poste : rechargez-la."
                )
            )
        ) from exc
