"""Cotation grids: list, read, create, edit, new version, the example grid and the
demo grid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import cotation as rules
from desktop.domain.caleol import candidates_counted
from desktop.domain.cotation import (
    Criterion,
    Grid,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    UserError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now
from desktop.services.cotation.common import (
    ENTITY_GRID,
    MANAGE,
    GridView,
    _check_with_others,
    _grid_of,
    _grid_rows,
    _grid_view,
    _m,
    _require_read,
    _set_criteria,
    _snapshot,
    _used,
    _write,
)
from desktop.services.write import flush_or_conflict, new_row
from desktop.storage.cotation_models import (
    CotationGrid,
)
from desktop.storage.db import Database
from desktop.storage.models import Dwelling

# --------------------------------------------------------------------------- grids


@guarded("cotation.grille")
def list_grids(db: Database, actor: Actor, epci: str | None = None) -> list[GridView]:
    _require_read(actor, ENTITY_GRID)
    with db.reader() as session:
        return [_grid_view(session, r) for r in _grid_rows(session, epci)]


@guarded("cotation.grille")
def get_grid(db: Database, actor: Actor, grid_id: int) -> GridView:
    _require_read(actor, ENTITY_GRID)
    with db.reader() as session:
        row = session.get(CotationGrid, grid_id)
        if row is None:
            raise NotFoundError(_m(QT_TRANSLATE_NOOP("messages", "Cette grille n'existe plus.")))
        return _grid_view(session, row)


def _insert(session: Session, actor: Actor, grid: Grid, action: str = "create") -> int:
    rules.validate_grid(grid)
    _check_with_others(session, grid)
    row = new_row(
        CotationGrid,
        actor,
        epci=grid.epci.strip(),
        name=grid.name.strip(),
        version=grid.version,
        valid_from=grid.valid_from,
        valid_to=grid.valid_to,
        example=grid.example,
        notes=grid.notes,
    )
    _set_criteria(row, grid.criteria)
    session.add(row)
    flush_or_conflict(
        session,
        QT_TRANSLATE_NOOP(
            "messages", "Cette version de grille vient d'être créée sur un autre poste."
        ),
    )
    audit.record(session, actor, action, ENTITY_GRID, row.id, None, _snapshot(grid))
    return row.id


@guarded("cotation.grille")
def create_grid(db: Database, actor: Actor, grid: Grid) -> int:
    """Record a grid version (its EPCI's other versions must not overlap it)."""
    authz.require(actor, MANAGE, entity=ENTITY_GRID)
    return _write(db, lambda session: _insert(session, actor, grid))


@guarded("cotation.grille")
def update_grid(
    db: Database, actor: Actor, grid_id: int, grid: Grid, expected_version: int
) -> None:
    """Change a grid version not yet used by any score (else: make a new version)."""
    authz.require(actor, MANAGE, entity=ENTITY_GRID, entity_id=grid_id)

    def body(session: Session) -> None:
        row = session.get(CotationGrid, grid_id)
        if row is None:
            raise NotFoundError(_m(QT_TRANSLATE_NOOP("messages", "Cette grille n'existe plus.")))
        if row.row_version != expected_version:
            raise ConflictError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "La grille a été modifiée sur un autre poste : rechargez-la."
                    )
                )
            )
        used = _used(session, grid_id)
        if used:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Cette version a servi à coter {count} : elle ne peut plus changer. "
                        "Créez une nouvelle version.",
                    ),
                    count=candidates_counted(used),
                )
            )
        rules.validate_grid(grid)
        _check_with_others(session, grid, exclude=grid_id)
        before = _snapshot(_grid_of(row))
        row.epci, row.name, row.version = grid.epci.strip(), grid.name.strip(), grid.version
        row.valid_from, row.valid_to = grid.valid_from, grid.valid_to
        row.example, row.notes = grid.example, grid.notes
        row.criteria.clear()
        session.flush()  # old criteria deleted before the new ones (unique codes)
        _set_criteria(row, grid.criteria)
        row.updated_at, row.updated_by = now(), actor.username
        session.flush()
        audit.record(session, actor, "update", ENTITY_GRID, grid_id, before, _snapshot(grid))

    _write(db, body)


@guarded("cotation.grille")
def new_grid_version(
    db: Database,
    actor: Actor,
    grid_id: int,
    valid_from: dt.date,
    criteria: Sequence[Criterion] | None = None,
) -> int:
    """Close ``grid_id`` the day before ``valid_from`` and start its next version there
    (same criteria unless given). Scores already computed keep their version."""
    authz.require(actor, MANAGE, entity=ENTITY_GRID, entity_id=grid_id)

    def body(session: Session) -> int:
        row = session.get(CotationGrid, grid_id)
        if row is None:
            raise NotFoundError(_m(QT_TRANSLATE_NOOP("messages", "Cette grille n'existe plus.")))
        latest = max(_grid_rows(session, row.epci), key=lambda r: r.version)
        if latest.id != row.id:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Seule la dernière version (v{version}) d'une grille peut être "
                        "prolongée par une nouvelle.",
                    ),
                    version=latest.version,
                )
            )
        closed, new = rules.next_version(_grid_of(row), valid_from, criteria)
        rules.validate_grid(new)
        before = {"valid_to": row.valid_to}
        row.valid_to = closed.valid_to
        row.updated_at, row.updated_by = now(), actor.username
        session.flush()
        audit.record(
            session, actor, "close", ENTITY_GRID, row.id, before, {"valid_to": row.valid_to}
        )
        return _insert(session, actor, new)

    return _write(db, body)


@guarded("cotation.grille")
def install_example_grid(
    db: Database, actor: Actor, epci: str, valid_from: dt.date = dt.date(2021, 9, 1)
) -> int:
    """The example grid (labelled EXEMPLE) for ``epci``."""
    authz.require(actor, MANAGE, entity=ENTITY_GRID)
    grid = rules.example_grid(epci.strip(), valid_from)
    return _write(db, lambda session: _insert(session, actor, grid))


# --------------------------------------------------------------------------- demo

DEMO_EPCI = "Bordeaux Métropole"
DEMO_AGENCIES = ("BXN", "BXS", "MER", "PES")


def ensure_demo_grid(db: Database, actor: Actor) -> int | None:
    """The demo base's example grid (labelled EXEMPLE) for Bordeaux Métropole, once, and
    that EPCI on the demo dwellings of its agencies that have none; ``None`` when the
    base already has a grid."""
    from sqlalchemy import update

    from desktop.storage.models import Agency

    with db.reader() as session:
        if session.scalar(select(CotationGrid.id).limit(1)) is not None:
            return None
    grid_id = install_example_grid(db, actor, DEMO_EPCI)
    with db.transaction() as session:
        ids = list(session.scalars(select(Agency.id).where(Agency.code.in_(DEMO_AGENCIES))))
        if ids:
            session.execute(
                update(Dwelling)
                .where(Dwelling.agency_id.in_(ids), Dwelling.epci == "")
                .values(epci=DEMO_EPCI)
                .execution_options(synchronize_session=False)
            )
    return grid_id
