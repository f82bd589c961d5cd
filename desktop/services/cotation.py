"""Cotation (issue 17): the EPCIs' grids and the score of each CALEOL candidate.

One function per user action, ``(db, actor, ...)``: writes need ``CALEOL_MANAGE``,
reads ``CALEOL_MINUTES_READ`` or ``CALEOL_MANAGE``; one transaction and an audit event
per write; French messages. The rules are those of ``desktop.domain.cotation``.

- A grid version already used by a stored score cannot be changed any more: make a
  new version (``new_grid_version``), which closes the current one the day before.
- A candidate's score is computed with the grid of its EPCI in force on the session's
  date. The EPCI is the dwelling's (``dwelling.epci``), else the commission's
  territory.
- Grids are exported and imported as JSON (``.json``) or Excel (``.xlsx``) files.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from desktop.domain import cotation as rules
from desktop.domain.caleol import OfferStatus
from desktop.domain.cotation import (
    ApplicantFacts,
    Criterion,
    CriterionSource,
    Grid,
    HousingSituation,
    ManualEntry,
)
from desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.storage.caleol_models import AgendaItem, Candidate
from desktop.storage.caleol_models import Session as CaleolSession
from desktop.storage.cotation_models import (
    AdaptedRefusal,
    CandidateCotation,
    CotationCriterion,
    CotationGrid,
)
from desktop.storage.db import Database
from desktop.storage.models import Dwelling

MANAGE = Permission.CALEOL_MANAGE
READ = Permission.CALEOL_MINUTES_READ
ENTITY_GRID = "cotation_grille"
ENTITY_SCORE = "cotation_candidat"


def _m(text: str, /, **params) -> Message:
    return Message(text, params)


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

    @property
    def total_text(self) -> str:
        return "—" if self.total is None else rules.format_points(self.total)


def _grid_of(row: CotationGrid) -> Grid:
    return Grid(
        row.epci,
        row.name,
        row.version,
        row.valid_from,
        row.valid_to,
        tuple(
            Criterion(c.code, c.label, CriterionSource(c.source), c.points, c.cap, c.parameter)
            for c in row.criteria
        ),
        row.example,
        row.notes,
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
    stamp = now()
    row = CotationGrid(
        epci=grid.epci.strip(),
        name=grid.name.strip(),
        version=grid.version,
        valid_from=grid.valid_from,
        valid_to=grid.valid_to,
        example=grid.example,
        notes=grid.notes,
        created_at=stamp,
        created_by=actor.username,
        updated_at=stamp,
        updated_by=actor.username,
    )
    _set_criteria(row, grid.criteria)
    session.add(row)
    try:
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Cette version de grille vient d'être créée sur un autre poste."
                )
            )
        ) from exc
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
                        "Cette version a servi à coter {count} candidat(s) : elle ne "
                        "peut plus changer. Créez une nouvelle version.",
                    ),
                    count=used,
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


# --------------------------------------------------------------------------- grid files

_XLSX_HEAD = ("Code", "Libellé", "Source", "Points", "Plafond", "Paramètre")
_XLSX_META = (
    ("epci", "EPCI"),
    ("name", "Nom"),
    ("version", "Version"),
    ("valid_from", "Début de validité"),
    ("valid_to", "Fin de validité"),
    ("example", "Exemple"),
    ("notes", "Notes"),
)


def _atomic_write(path: Path, write) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".grille-", suffix=path.suffix)
        os.close(fd)
        try:
            write(Path(tmp))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Impossible d'écrire le fichier « {name} » : {error}"
                ),
                name=path.name,
                error=exc.strerror or str(exc),
            )
        ) from exc


def _write_xlsx(grid: Grid, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Grille"
    data = rules.grid_to_dict(grid)
    sheet.append(["Format", rules.GRID_FILE_FORMAT])
    for key, label in _XLSX_META:
        value = data[key]
        if key == "example":
            value = "oui" if value else "non"
        elif key in ("valid_from", "valid_to") and value:
            value = dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        sheet.append([label, "" if value is None else value])
    sheet.append([])
    sheet.append(list(_XLSX_HEAD))
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for c in grid.criteria:
        sheet.append(
            [
                c.code,
                c.label,
                c.source.value,
                float(c.points),
                None if c.cap is None else float(c.cap),
                c.parameter,
            ]
        )
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                if cell.value.startswith(("=", "+", "-", "@")):
                    cell.quotePrefix = True
    book.save(path)


def _read_xlsx(path: Path) -> dict:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ValidationError(
            {
                "file": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le fichier « {name} » n'est pas un classeur Excel valide."
                    ),
                    name=path.name,
                )
            }
        ) from exc
    try:
        rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    labels = {label.casefold(): key for key, label in _XLSX_META}
    data: dict[str, Any] = {}
    criteria = []
    in_table = False
    for r in rows:
        cells = [c for c in r]
        if not any(c not in (None, "") for c in cells):
            continue
        first = str(cells[0] or "").strip()
        if not in_table:
            if first == "Format":
                data["format"] = str(cells[1] or "").strip()
            elif first.casefold() in labels:
                value = cells[1] if len(cells) > 1 else None
                key = labels[first.casefold()]
                if key == "example":
                    value = str(value or "").strip().casefold() in ("oui", "true", "1", "x")
                data[key] = value
            elif first == _XLSX_HEAD[0]:
                in_table = True
            continue
        cells = (cells + [None] * 6)[:6]
        criteria.append(
            {
                "code": str(cells[0] or "").strip(),
                "label": str(cells[1] or "").strip(),
                "source": str(cells[2] or "").strip(),
                "points": cells[3],
                "cap": cells[4],
                "parameter": "" if cells[5] is None else _cell_text(cells[5]),
            }
        )
    data["criteria"] = criteria
    return data


def _cell_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@guarded("cotation.grille")
def export_grid(db: Database, actor: Actor, grid_id: int, path: str | Path) -> Path:
    """Write the grid to a ``.json`` or ``.xlsx`` file (atomically)."""
    _require_read(actor, ENTITY_GRID)
    path = Path(path)
    ext = path.suffix.lower()
    if ext not in (".json", ".xlsx"):
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Choisissez un fichier .json ou .xlsx pour la grille."
                )
            )
        )
    grid = get_grid(db, actor, grid_id).grid
    if ext == ".json":
        _atomic_write(path, lambda tmp: tmp.write_text(rules.grid_to_json(grid), encoding="utf-8"))
    else:
        _atomic_write(path, lambda tmp: _write_xlsx(grid, tmp))
    with db.transaction() as session:
        audit.record(session, actor, "export", ENTITY_GRID, grid_id, None, {"file": path.name})
    return path


def read_grid_file(path: str | Path) -> Grid:
    """A grid read from a ``.json`` or ``.xlsx`` file and checked (``ValidationError``)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".json":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Impossible de lire le fichier « {name} »."),
                    name=path.name,
                )
            ) from exc
        return rules.grid_from_json(text)
    if ext == ".xlsx":
        if not path.is_file():
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP("messages", "Impossible de lire le fichier « {name} »."),
                    name=path.name,
                )
            )
        return rules.grid_from_dict(_read_xlsx(path))
    raise UserError(
        _m(QT_TRANSLATE_NOOP("messages", "Choisissez un fichier .json ou .xlsx pour la grille."))
    )


@guarded("cotation.grille")
def import_grid(
    db: Database,
    actor: Actor,
    path: str | Path,
    *,
    dry_run: bool = False,
    version: int | None = None,
) -> Grid | int:
    """Import a grid file as a new version (its number from the file, or ``version``).
    ``dry_run``: check everything, write nothing, return the grid read."""
    authz.require(actor, MANAGE, entity=ENTITY_GRID)
    grid = read_grid_file(path)
    if version is not None:
        grid = replace(grid, version=version)

    def body(session: Session):
        if dry_run:
            rules.validate_grid(grid)
            _check_with_others(session, grid)
            return grid
        return _insert(session, actor, grid, action="import")

    if dry_run:
        with db.reader() as session:
            return body(session)
    return _write(db, body)


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
    return RefusalView(
        r.id,
        r.numero_unique,
        r.refused_on,
        r.dwelling,
        r.candidate_id,
        r.adapted,
        r.legitimate,
        r.reason,
        r.recorded_at,
        r.recorded_by,
    )


def _refusal_snapshot(r: AdaptedRefusal) -> dict:
    return {
        "numero_unique": r.numero_unique,
        "refused_on": r.refused_on,
        "dwelling": r.dwelling,
        "candidate_id": r.candidate_id,
        "adapted": r.adapted,
        "legitimate": r.legitimate,
        "reason": r.reason,
    }


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
    from desktop.services.caleol.agenda import normalise_numero

    authz.require(actor, MANAGE, entity=ENTITY_REFUSAL)
    errors: dict[str, Message] = {}
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Indiquez pourquoi le refus est ou n'est pas fondé sur un motif légitime.",
            )
        )
    if candidate_id is None:
        if not normalise_numero(numero_unique):
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
                numero_unique=normalise_numero(numero_unique),
                refused_on=refused_on,
                dwelling=(dwelling or "").strip()[:200],
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
    )


@guarded("cotation.candidat")
def session_scores(db: Database, actor: Actor, session_id: int) -> dict[int, ScoreView]:
    """The stored score of each candidate of a session (agenda, minutes, extract)."""
    _require_read(actor, ENTITY_SCORE)
    with db.reader() as session:
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


def score_lines_text(view: ScoreView) -> list[str]:
    """The score's detail as lines of text (minutes, extract): ``Ancienneté : 14 pts``."""
    out = []
    for line in view.lines:
        points = rules.format_points(Decimal(line["points"]))
        extra = f" — {line['detail']}" if line.get("detail") else ""
        if line.get("manual") and line.get("reason"):
            extra = f" — saisi : {line['reason']}"
        out.append(f"{line['label']} : {points} pt(s){extra}")
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
        f"{rules.format_points(extra.total)} points (grille {detail.get('epci', '')} "
        f"v{detail.get('version', '')})"
    )
    if parts:
        text += " : " + " ; ".join(parts)
    if extra.register_differs:
        msg = rules.compare_with_register(extra.total, extra.register_score).message()
        if msg is not None:
            text += ". " + msg.render()
    return text


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


# --------------------------------------------------------------------------- applicant


@dataclass(frozen=True)
class Statement:
    """What the applicant is told on request (CCH L441-2-8): the grid's criteria and
    weights, his score, his position among similar applications (same EPCI and grid,
    same dwelling type) and their average waiting time."""

    numero_unique: str
    name: str
    grid_label: str
    criteria: tuple[tuple[str, str], ...]  # (label, weight as text)
    total: Decimal
    lines: tuple[dict, ...]
    position: int
    similar: int
    average_wait_months: Decimal | None

    def text(self) -> list[str]:
        out = [
            f"Demande n° {self.numero_unique} — {self.name}",
            f"Grille : {self.grid_label}",
            "Critères et pondérations :",
        ]
        out += [f"  • {label} : {weight}" for label, weight in self.criteria]
        out.append(f"Cotation de la demande : {rules.format_points(self.total)} points")
        out += [
            f"  • {x['label']} : {rules.format_points(Decimal(x['points']))}"
            for x in self.lines
            if Decimal(x["points"]) != 0
        ]
        out.append(
            f"Position parmi les {self.similar} demandes comparables (même "
            f"territoire, même typologie) : {self.position}"
        )
        if self.average_wait_months is not None:
            out.append(
                "Ancienneté moyenne de ces demandes : "
                f"{rules.format_points(self.average_wait_months)} mois"
            )
        return out


def _weight(c: Criterion) -> str:
    unit = {
        CriterionSource.WAITING_MONTHS: " par mois",
        CriterionSource.HOUSEHOLD_SIZE: " par personne",
        CriterionSource.ADAPTED_REFUSAL: f" par refus, pendant {c.parameter.strip()} mois",
    }.get(c.source, "")
    cap = f" (plafond {rules.format_points(c.cap)})" if c.cap is not None else ""
    return f"{rules.format_points(c.points)} point(s){unit}{cap}"


@guarded("cotation.candidat")
def applicant_statement(db: Database, actor: Actor, candidate_id: int) -> Statement:
    """The applicant's cotation statement; ``UserError`` when he has no score yet."""
    _require_read(actor, ENTITY_SCORE)
    with db.reader() as session:
        c = _load_candidate(session, candidate_id)
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
