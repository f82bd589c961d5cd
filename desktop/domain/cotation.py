"""Cotation (scoring) of housing applications: grids, criteria and the score.

Since the ELAN law (CCH L441-2-8, décret n° 2019-1378), applications are scored by
the grid of the EPCI's *plan partenarial de gestion de la demande*. Grids differ from
one EPCI to the next, so a grid is data: criteria with their points and caps, a
validity period and a version number. A score is always computed with the grid in
force on the reference date (the session's date), and keeps its detail line by line.
The score is a decision aid, never an automatic ranking.

Criteria are fed from the applicant's data (priority publics of L441-1, waiting time
since the application date, resources per consumption unit, household size against
the dwelling type, current housing situation) or typed by the secretary, always with
a reason. A score read from the national register's export is kept beside the
computed one and a difference is flagged.

Pure module: no Qt, no database. Choices where the texts say nothing, UNCONFIRMED and
kept as grid data wherever possible:

- consumption units use the INSEE/OECD scale (1 for the first adult, 0.5 for each
  other adult, 0.3 for each child, all children taken as under 14);
- waiting time counts whole months from the application date to the reference date;
- a household "fits" a dwelling type when it is neither under-occupied (rooms exceed
  persons by more than one, L621-2) nor over-crowded (more than two persons a room);
- refusing an adapted dwelling: the texts leave it to each PPGD to say when a refusal
  changes the score. Modelled as a criterion of the grid like the others (its points,
  usually negative, per refusal; its parameter, how many months a refusal counts;
  valid with its grid version), fed by the refusals the landlord recorded as
  concerning a dwelling adapted to the household and made without a legitimate reason
  (the qualification is the secretary's, with its reason). A refusal counts when it
  was made within that many months up to the reference date (after the same day
  N months earlier, up to the reference date included).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.domain.caleol import PriorityCriterion, rooms_of
from desktop.domain.errors import ValidationError
from desktop.domain.formatting import format_decimal_fr, parse_decimal_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted, is_singular
from desktop.domain.labels import LabelledEnum
from desktop.domain.tenant import check_text

#: Format tag of exported grid files (a grid file can be read back on another base).
GRID_FILE_FORMAT = "parcours-grille-cotation"
GRID_FILE_VERSION = 1

POINTS_MAX = Decimal(100000)
_CENT = Decimal("0.01")


def _m(text: str, /, **params: object) -> Message:
    return Message(text, params)


class CriterionSource(LabelledEnum):
    """Where a criterion's value comes from."""

    #: a L441-1 priority (parameter: its code) or any
    PRIORITY = "PRIORITY", QT_TRANSLATE_NOOP("messages", "Public prioritaire (L441-1)")
    #: points per month since the application date
    WAITING_MONTHS = (
        "WAITING_MONTHS",
        QT_TRANSLATE_NOOP("messages", "Ancienneté de la demande (par mois)"),
    )
    #: monthly resources per UC at most the parameter
    RESOURCES_PER_UC = (
        "RESOURCES_PER_UC",
        QT_TRANSLATE_NOOP("messages", "Ressources par unité de consommation"),
    )
    #: household size fits the dwelling type
    HOUSEHOLD_FIT = (
        "HOUSEHOLD_FIT",
        QT_TRANSLATE_NOOP("messages", "Composition du ménage adaptée à la typologie"),
    )
    #: points per person above the parameter
    HOUSEHOLD_SIZE = (
        "HOUSEHOLD_SIZE",
        QT_TRANSLATE_NOOP("messages", "Taille du ménage (par personne)"),
    )
    #: current housing situation (parameter: code)
    HOUSING_SITUATION = (
        "HOUSING_SITUATION",
        QT_TRANSLATE_NOOP("messages", "Situation de logement actuelle"),
    )
    #: points per recorded refusal of an adapted dwelling without a legitimate reason,
    #: counted over the parameter's number of months before the reference date
    ADAPTED_REFUSAL = (
        "ADAPTED_REFUSAL",
        QT_TRANSLATE_NOOP("messages", "Refus d'un logement adapté sans motif légitime (par refus)"),
    )
    #: typed by the secretary with a reason
    MANUAL = "MANUAL", QT_TRANSLATE_NOOP("messages", "Saisi par le secrétariat")

    @property
    def per_unit(self) -> bool:
        """Points are per unit (month, person) rather than granted once."""
        return self in (
            CriterionSource.WAITING_MONTHS,
            CriterionSource.HOUSEHOLD_SIZE,
            CriterionSource.ADAPTED_REFUSAL,
        )


class HousingSituation(LabelledEnum):
    """Current housing situation of an applicant (SNE categories, simplified)."""

    SANS_LOGEMENT = "SANS_LOGEMENT", QT_TRANSLATE_NOOP("messages", "Sans logement")
    HEBERGE_TIERS = "HEBERGE_TIERS", QT_TRANSLATE_NOOP("messages", "Hébergé chez un tiers")
    HEBERGEMENT_STRUCTURE = (
        "HEBERGEMENT_STRUCTURE",
        QT_TRANSLATE_NOOP("messages", "Hébergement ou logement temporaire"),
    )
    LOGEMENT_INDIGNE = (
        "LOGEMENT_INDIGNE",
        QT_TRANSLATE_NOOP("messages", "Logement indigne ou non décent"),
    )
    PARC_PRIVE = "PARC_PRIVE", QT_TRANSLATE_NOOP("messages", "Locataire du parc privé")
    PARC_SOCIAL = "PARC_SOCIAL", QT_TRANSLATE_NOOP("messages", "Locataire du parc social")
    CHEZ_PARENTS = "CHEZ_PARENTS", QT_TRANSLATE_NOOP("messages", "Chez ses parents")
    PROPRIETAIRE = "PROPRIETAIRE", QT_TRANSLATE_NOOP("messages", "Propriétaire occupant")


@dataclass(frozen=True)
class Criterion:
    """A line of a grid.

    ``points``: granted once when the criterion holds, or per unit for per-unit sources;
    ``cap``: the most the line can bring (``None``: no cap); ``parameter``: the priority
    code, the housing-situation code, the resources ceiling (euros a month per UC) or
    the household size from which persons count, depending on the source.
    """

    code: str
    label: str
    source: CriterionSource
    points: Decimal
    cap: Decimal | None = None
    parameter: str = ""


@dataclass(frozen=True)
class Grid:
    """One version of an EPCI's grid, in force from ``valid_from`` to ``valid_to``
    (both included; ``None``: open-ended)."""

    epci: str
    name: str
    version: int
    valid_from: dt.date
    valid_to: dt.date | None
    criteria: tuple[Criterion, ...]
    example: bool = False
    notes: str = ""

    def in_force(self, on: dt.date) -> bool:
        return self.valid_from <= on and (self.valid_to is None or on <= self.valid_to)

    def criterion(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)


# --------------------------------------------------------------------------- validation


def _parse_points(
    value: object, key: str, errors: dict, *, allow_none: bool = False
) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Nombre de points obligatoire."))
        return None
    try:
        # Points come from grid files (``str(Decimal)``, a dot before the decimals), not
        # from typing: the grid page parses what users type with ``parse_decimal_fr``.
        if isinstance(value, float):
            value = repr(value)
        number = Decimal(
            str(value).strip().replace(",", ".").replace("\u202f", "").replace(" ", "")
        )
    except (InvalidOperation, ValueError):
        errors[key] = _m(
            QT_TRANSLATE_NOOP("messages", "« {value} » n'est pas un nombre de points."), value=value
        )
        return None
    if not number.is_finite() or abs(number) > POINTS_MAX:
        errors[key] = _m(
            QT_TRANSLATE_NOOP("messages", "« {value} » n'est pas un nombre de points."), value=value
        )
        return None
    if number != number.quantize(_CENT):
        errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Deux décimales au plus pour les points."))
        return None
    return number.quantize(_CENT)


EPCI_MAX = 160  # characters: an EPCI's name (« Communauté d'agglomération du ... »)


def validate_grid(grid: Grid) -> None:
    """Raise ``ValidationError`` (French, per field) when the grid cannot be used."""
    errors: dict[str, Message] = {}
    check_text(errors, "epci", grid.epci, EPCI_MAX)
    check_text(errors, "name", grid.name, 200)
    if not grid.epci.strip():
        errors["epci"] = _m(QT_TRANSLATE_NOOP("messages", "L'EPCI de la grille est obligatoire."))
    if not grid.name.strip():
        errors["name"] = _m(QT_TRANSLATE_NOOP("messages", "Le nom de la grille est obligatoire."))
    if grid.version < 1:
        errors["version"] = _m(QT_TRANSLATE_NOOP("messages", "Le numéro de version commence à 1."))
    if grid.valid_to is not None and grid.valid_to < grid.valid_from:
        errors["valid_to"] = _m(
            QT_TRANSLATE_NOOP("messages", "La fin de validité précède son début.")
        )
    if not grid.criteria:
        errors["criteria"] = _m(
            QT_TRANSLATE_NOOP("messages", "Une grille compte au moins un critère.")
        )
    seen: set[str] = set()
    for i, c in enumerate(grid.criteria):
        key = f"criteria[{i}]"
        if not c.code.strip():
            errors[key + ".code"] = _m(QT_TRANSLATE_NOOP("messages", "Chaque critère a un code."))
        elif c.code in seen:
            errors[key + ".code"] = _m(
                QT_TRANSLATE_NOOP("messages", "Le code {code} figure deux fois dans la grille."),
                code=c.code,
            )
        seen.add(c.code)
        if not c.label.strip():
            errors[key + ".label"] = _m(
                QT_TRANSLATE_NOOP("messages", "Chaque critère a un libellé.")
            )
        if c.cap is not None and c.cap < 0:
            errors[key + ".cap"] = _m(
                QT_TRANSLATE_NOOP("messages", "Le plafond d'un critère est positif.")
            )
        if c.cap is not None and c.points < 0:
            errors[key + ".cap"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Un critère qui retire des points n'a pas de plafond."
                )
            )
        problem = _parameter_problem(c)
        if problem is not None:
            errors[key + ".parameter"] = problem
    if errors:
        raise ValidationError(errors)


def _parameter_problem(c: Criterion) -> Message | None:
    p = c.parameter.strip()
    if c.source is CriterionSource.PRIORITY:
        if p and p not in PriorityCriterion.__members__:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages", "« {value} » n'est pas un critère de priorité connu."
                ),
                value=p,
            )
    elif c.source is CriterionSource.HOUSING_SITUATION:
        if p not in HousingSituation.__members__:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages", "« {value} » n'est pas une situation de logement connue."
                ),
                value=p,
            )
    elif c.source is CriterionSource.RESOURCES_PER_UC:
        try:
            ceiling = parse_decimal_fr(p)
        except ValueError:
            ceiling = None
        if ceiling is None or not ceiling.is_finite() or ceiling <= 0:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Indiquez le plafond de ressources mensuelles par unité de "
                    "consommation, en euros.",
                )
            )
    elif c.source is CriterionSource.ADAPTED_REFUSAL:
        if not p.isdigit() or not 1 <= int(p) <= 120:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Indiquez pendant combien de mois (1 à 120) un refus compte dans la cotation.",
                )
            )
    elif c.source is CriterionSource.HOUSEHOLD_SIZE:
        if not p.isdigit():
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Indiquez la taille de ménage à partir de laquelle chaque personne compte.",
                )
            )
    return None


def check_versions(grids: Sequence[Grid]) -> None:
    """The versions of one EPCI's grid must not overlap: on any date at most one is in
    force (else the score of a session would be ambiguous)."""
    by_epci: dict[str, list[Grid]] = {}
    for g in grids:
        by_epci.setdefault(g.epci.strip().casefold(), []).append(g)
    errors: dict[str, Message] = {}
    for versions in by_epci.values():
        versions = sorted(versions, key=lambda g: g.valid_from)
        for a, b in zip(versions, versions[1:]):
            if a.valid_to is None or a.valid_to >= b.valid_from:
                errors[f"version[{b.version}]"] = _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La version {b} de la grille de {epci} commence le {start} "
                        "alors que la version {a} est encore en vigueur : fermez la version "
                        "{a} la veille.",
                    ),
                    a=a.version,
                    b=b.version,
                    epci=b.epci,
                    start=b.valid_from.strftime("%d/%m/%Y"),
                )
    if errors:
        raise ValidationError(errors)


def grid_in_force(grids: Iterable[Grid], epci: str, on: dt.date) -> Grid | None:
    """The version of ``epci``'s grid in force on ``on`` (``None``: no grid then)."""
    key = epci.strip().casefold()
    found = [g for g in grids if g.epci.strip().casefold() == key and g.in_force(on)]
    if not found:
        return None
    return max(found, key=lambda g: g.version)


def next_version(
    current: Grid, valid_from: dt.date, criteria: Sequence[Criterion] | None = None
) -> tuple[Grid, Grid]:
    """A new version starting ``valid_from``; returns (closed current, new)."""
    if valid_from <= current.valid_from:
        raise ValidationError(
            {
                "valid_from": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "La nouvelle version doit commencer après le {start}."
                    ),
                    start=current.valid_from.strftime("%d/%m/%Y"),
                )
            }
        )
    closed = replace(current, valid_to=valid_from - dt.timedelta(days=1))
    new = replace(
        current,
        version=current.version + 1,
        valid_from=valid_from,
        valid_to=current.valid_to,
        criteria=tuple(criteria) if criteria is not None else current.criteria,
    )
    return closed, new


# --------------------------------------------------------------------------- facts and score


@dataclass(frozen=True)
class ManualEntry:
    """A criterion typed by the secretary: granted (or not) with a reason."""

    granted: bool
    reason: str
    units: int | None = None  # per-unit criteria: how many units (months, persons)


@dataclass(frozen=True)
class ApplicantFacts:
    """What the score is computed from (the candidate's data)."""

    application_date: dt.date | None = None
    priorities: frozenset[str] = frozenset()
    monthly_resources: Decimal | None = None
    adults: int = 1
    children: int = 0
    dwelling_type: str = ""
    housing_situation: str = ""
    manual: Mapping[str, ManualEntry] = field(default_factory=dict)
    #: dates of the recorded refusals of an adapted dwelling without a legitimate reason
    adapted_refusals: tuple[dt.date, ...] = ()

    @property
    def persons(self) -> int:
        return max(self.adults, 0) + max(self.children, 0)


def consumption_units(adults: int, children: int) -> Decimal:
    """INSEE/OECD scale: 1 + 0.5 a further adult + 0.3 a child (UNCONFIRMED that the
    register's grids use this scale; children are all taken as under 14)."""
    adults = max(adults, 1)
    return Decimal(1) + Decimal("0.5") * (adults - 1) + Decimal("0.3") * max(children, 0)


def resources_per_uc(monthly: Decimal | None, adults: int, children: int) -> Decimal | None:
    if monthly is None:
        return None
    return (monthly / consumption_units(adults, children)).quantize(_CENT, ROUND_HALF_UP)


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end`` (0 if ``end`` is before)."""
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months (the last day of a shorter month if need be)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def household_fits(dwelling_type: str, persons: int) -> bool | None:
    """``None`` when the type is unknown. UNCONFIRMED rule (see module doc)."""
    rooms = rooms_of(dwelling_type)
    if rooms is None or persons <= 0:
        return None
    return rooms <= persons + 1 and persons <= 2 * rooms


@dataclass(frozen=True)
class ScoreLine:
    code: str
    label: str
    points: Decimal
    units: int | None
    capped: bool
    manual: bool
    detail: Message | None = None
    reason: str = ""


@dataclass(frozen=True)
class Score:
    epci: str
    grid_name: str
    grid_version: int
    on: dt.date
    total: Decimal
    lines: tuple[ScoreLine, ...]
    missing: tuple[Message, ...] = ()

    def to_json(self) -> dict:
        return {
            "epci": self.epci,
            "grid": self.grid_name,
            "version": self.grid_version,
            "on": self.on.isoformat(),
            "total": str(self.total),
            "lines": [
                {
                    "code": x.code,
                    "label": x.label,
                    "points": str(x.points),
                    "units": x.units,
                    "capped": x.capped,
                    "manual": x.manual,
                    "detail": x.detail.render() if x.detail else "",
                    "reason": x.reason,
                }
                for x in self.lines
            ],
            "missing": [m.render() for m in self.missing],
        }


def _line_points(c: Criterion, units: int) -> tuple[Decimal, bool]:
    raw = c.points * units
    if c.cap is not None and raw > c.cap:
        return c.cap, True
    return raw, False


def score(grid: Grid, facts: ApplicantFacts, on: dt.date) -> Score:
    """The applicant's score with ``grid`` on ``on``, line by line.

    A manual entry for a criterion overrides what the data say (the secretary knows
    better, and said why); a criterion whose data are missing scores 0 and is listed
    in ``missing`` so that the secretary can type it.
    """
    if not grid.in_force(on):
        raise ValidationError(
            {
                "grid": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La grille {name} (version {version}) n'est pas en vigueur le {on}.",
                    ),
                    name=grid.name,
                    version=grid.version,
                    on=on.strftime("%d/%m/%Y"),
                )
            }
        )
    lines: list[ScoreLine] = []
    missing: list[Message] = []
    for c in grid.criteria:
        entry = facts.manual.get(c.code)
        if entry is not None:
            if not entry.reason.strip():
                raise ValidationError(
                    {
                        f"manual.{c.code}": _m(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Le critère « {label} » saisi à la main demande un motif.",
                            ),
                            label=c.label,
                        )
                    }
                )
            if not entry.granted:
                units = 0
            elif c.source.per_unit:
                units = entry.units if entry.units is not None else 0
                if units < 0:
                    raise ValidationError(
                        {
                            f"manual.{c.code}": _m(
                                QT_TRANSLATE_NOOP(
                                    "messages", "Le nombre d'unités ne peut pas être négatif."
                                )
                            )
                        }
                    )
            else:
                units = 1
            points, capped = _line_points(c, units)
            lines.append(
                ScoreLine(
                    c.code,
                    c.label,
                    points,
                    units if c.source.per_unit else None,
                    capped,
                    True,
                    None,
                    entry.reason.strip(),
                )
            )
            continue
        if c.source is CriterionSource.MANUAL:
            lines.append(
                ScoreLine(
                    c.code,
                    c.label,
                    Decimal("0.00"),
                    None,
                    False,
                    True,
                    _m(QT_TRANSLATE_NOOP("messages", "Non saisi.")),
                )
            )
            continue
        found, detail = _units_from_facts(c, facts, on)
        if found is None:
            missing.append(detail)
            lines.append(ScoreLine(c.code, c.label, Decimal("0.00"), None, False, False, detail))
            continue
        units = found
        points, capped = _line_points(c, units)
        lines.append(
            ScoreLine(
                c.code, c.label, points, units if c.source.per_unit else None, capped, False, detail
            )
        )
    total = sum((x.points for x in lines), Decimal("0.00")).quantize(_CENT)
    return Score(grid.epci, grid.name, grid.version, on, total, tuple(lines), tuple(missing))


def _units_from_facts(c: Criterion, f: ApplicantFacts, on: dt.date) -> tuple[int | None, Message]:
    s = c.source
    if s is CriterionSource.PRIORITY:
        code = c.parameter.strip()
        held = (code in f.priorities) if code else bool(f.priorities)
        return (1 if held else 0), (
            _m(QT_TRANSLATE_NOOP("messages", "Critère retenu."))
            if held
            else _m(QT_TRANSLATE_NOOP("messages", "Critère non retenu."))
        )
    if s is CriterionSource.WAITING_MONTHS:
        if f.application_date is None:
            return None, _m(
                QT_TRANSLATE_NOOP("messages", "« {label} » : date de la demande inconnue."),
                label=c.label,
            )
        months = months_between(f.application_date, on)
        return months, _m(
            QT_TRANSLATE_NOOP("messages", "{months} mois d'ancienneté."), months=months
        )
    if s is CriterionSource.RESOURCES_PER_UC:
        per_uc = resources_per_uc(f.monthly_resources, f.adults, f.children)
        if per_uc is None:
            return None, _m(
                QT_TRANSLATE_NOOP("messages", "« {label} » : ressources inconnues."), label=c.label
            )
        try:
            ceiling = parse_decimal_fr(c.parameter)
        except ValueError:  # a grid saved before the parameter was checked this way
            return None, _m(
                QT_TRANSLATE_NOOP(
                    "messages", "« {label} » : plafond de ressources illisible « {value} »."
                ),
                label=c.label,
                value=c.parameter,
            )
        return (1 if per_uc <= ceiling else 0), _m(
            QT_TRANSLATE_NOOP("messages", "{amount} € par mois et par unité de consommation."),
            amount=format_decimal_fr(per_uc),
        )
    if s is CriterionSource.HOUSEHOLD_FIT:
        fits = household_fits(f.dwelling_type, f.persons)
        if fits is None:
            return None, _m(
                QT_TRANSLATE_NOOP("messages", "« {label} » : typologie du logement inconnue."),
                label=c.label,
            )
        return (1 if fits else 0), _m(
            QT_TRANSLATE_NOOP("messages", "{persons} pour un {type}."),
            persons=_persons(f.persons),
            type=f.dwelling_type.upper(),
        )
    if s is CriterionSource.HOUSEHOLD_SIZE:
        start = int(c.parameter.strip())
        units = max(f.persons - start, 0)
        return units, _m(QT_TRANSLATE_NOOP("messages", "{persons}."), persons=_persons(f.persons))
    if s is CriterionSource.ADAPTED_REFUSAL:
        months = int(c.parameter.strip())
        since = add_months(on, -months)
        counted = sorted(d for d in f.adapted_refusals if since < d <= on)
        if not counted:
            return 0, _m(
                QT_TRANSLATE_NOOP("messages", "Aucun refus sans motif légitime depuis le {since}."),
                since=since.strftime("%d/%m/%Y"),
            )
        return len(counted), _m(
            QT_TRANSLATE_NOOP(
                "messages", "{count} refus sans motif légitime depuis le {since} ({dates})."
            ),
            count=len(counted),
            since=since.strftime("%d/%m/%Y"),
            dates=", ".join(d.strftime("%d/%m/%Y") for d in counted),
        )
    if s is CriterionSource.HOUSING_SITUATION:
        if not f.housing_situation:
            return None, _m(
                QT_TRANSLATE_NOOP("messages", "« {label} » : situation de logement inconnue."),
                label=c.label,
            )
        held = f.housing_situation == c.parameter.strip()
        return (1 if held else 0), _m(
            QT_TRANSLATE_NOOP("messages", "Situation : {situation}."),
            situation=_situation_label(f.housing_situation),
        )
    raise AssertionError(s)  # pragma: no cover - MANUAL handled by the caller


def _situation_label(code: str) -> str:
    try:
        return HousingSituation(code).label
    except ValueError:
        return code


# --------------------------------------------------------------------------- register


@dataclass(frozen=True)
class RegisterComparison:
    computed: Decimal
    register: Decimal | None
    difference: Decimal | None

    @property
    def differs(self) -> bool:
        return self.difference is not None and self.difference != 0

    def message(self) -> Message | None:
        if not self.differs:
            return None
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Écart avec la cotation du registre national : {register} points "
                "au registre, {computed} calculés (écart {difference}).",
            ),
            register=_points_fr(self.register),
            computed=_points_fr(self.computed),
            difference=_points_fr(self.difference, signed=True),
        )


def compare_with_register(
    computed: Decimal, register: Decimal | None, tolerance: Decimal = Decimal(0)
) -> RegisterComparison:
    """The register's own score beside the computed one; a difference beyond
    ``tolerance`` is flagged (rounding conventions may differ: UNCONFIRMED)."""
    if register is None:
        return RegisterComparison(computed, None, None)
    diff = (computed - register).quantize(_CENT)
    return RegisterComparison(
        computed, register, Decimal("0.00") if abs(diff) <= tolerance else diff
    )


def _points_fr(value: Decimal | None, signed: bool = False) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return ("+" + text) if signed and value > 0 else text


def format_points(value: Decimal | None) -> str:
    """``Decimal("12.50")`` -> ``"12,5"``."""
    return _points_fr(value)


def points_text(value: Decimal) -> Message:
    """« 1 point », « 1,5 point », « 12,5 points », « -20 points »: the applicant's
    statement and the minutes agree the word with the number (singular below 2)."""
    if is_singular(value):
        return Message(QT_TRANSLATE_NOOP("messages", "{n} point"), {"n": format_points(value)})
    return Message(QT_TRANSLATE_NOOP("messages", "{n} points"), {"n": format_points(value)})


def _persons(count: int) -> Message:
    return counted(
        count,
        QT_TRANSLATE_NOOP("messages", "{n} personne"),
        QT_TRANSLATE_NOOP("messages", "{n} personnes"),
    )


# --------------------------------------------------------------------------- file format


def grid_to_dict(grid: Grid) -> dict:
    return {
        "format": GRID_FILE_FORMAT,
        "format_version": GRID_FILE_VERSION,
        "epci": grid.epci,
        "name": grid.name,
        "version": grid.version,
        "valid_from": grid.valid_from.isoformat(),
        "valid_to": grid.valid_to.isoformat() if grid.valid_to else None,
        "example": grid.example,
        "notes": grid.notes,
        "criteria": [
            {
                "code": c.code,
                "label": c.label,
                "source": c.source.value,
                "points": str(c.points),
                "cap": None if c.cap is None else str(c.cap),
                "parameter": c.parameter,
            }
            for c in grid.criteria
        ],
    }


def _parse_date(
    value: object, key: str, errors: dict, *, allow_none: bool = False
) -> dt.date | None:
    if value in (None, "") and allow_none:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    errors[key] = _m(
        QT_TRANSLATE_NOOP("messages", "« {value} » n'est pas une date (JJ/MM/AAAA)."), value=text
    )
    return None


def grid_from_dict(data: Mapping) -> Grid:
    """Read a grid file's content; French errors per field, nothing half-read."""
    if not isinstance(data, Mapping) or data.get("format") != GRID_FILE_FORMAT:
        raise ValidationError(
            {
                "format": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Ce fichier n'est pas une grille de cotation exportée par Parcours.",
                    )
                )
            }
        )
    errors: dict[str, Message] = {}
    valid_from = _parse_date(data.get("valid_from"), "valid_from", errors)
    valid_to = _parse_date(data.get("valid_to"), "valid_to", errors, allow_none=True)
    try:
        version = int(data.get("version") or 1)
    except (TypeError, ValueError):
        errors["version"] = _m(QT_TRANSLATE_NOOP("messages", "Le numéro de version est un entier."))
        version = 1
    criteria = []
    raw = data.get("criteria")
    if not isinstance(raw, list):
        raw = []
    for i, item in enumerate(raw):
        key = f"criteria[{i}]"
        if not isinstance(item, Mapping):
            errors[key] = _m(QT_TRANSLATE_NOOP("messages", "Critère illisible."))
            continue
        try:
            source = CriterionSource(str(item.get("source", "")).strip().upper())
        except ValueError:
            errors[key + ".source"] = _m(
                QT_TRANSLATE_NOOP(
                    "messages", "« {value} » n'est pas une source de critère connue."
                ),
                value=item.get("source"),
            )
            continue
        points = _parse_points(item.get("points"), key + ".points", errors)
        cap = _parse_points(item.get("cap"), key + ".cap", errors, allow_none=True)
        if points is None:
            continue
        criteria.append(
            Criterion(
                str(item.get("code", "")).strip(),
                str(item.get("label", "")).strip(),
                source,
                points,
                cap,
                str(item.get("parameter", "") or "").strip(),
            )
        )
    if errors or valid_from is None:
        raise ValidationError(errors)
    grid = Grid(
        str(data.get("epci", "")).strip(),
        str(data.get("name", "")).strip(),
        version,
        valid_from,
        valid_to,
        tuple(criteria),
        bool(data.get("example", False)),
        str(data.get("notes", "") or ""),
    )
    validate_grid(grid)
    return grid


def grid_to_json(grid: Grid) -> str:
    return json.dumps(grid_to_dict(grid), ensure_ascii=False, indent=2)


def grid_from_json(text: str) -> Grid:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError(
            {
                "file": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Le fichier n'est pas un JSON lisible (ligne {line})."
                    ),
                    line=getattr(exc, "lineno", "?"),
                )
            }
        ) from exc
    return grid_from_dict(data)


def example_grid(epci: str = "CA Exemple", valid_from: dt.date = dt.date(2021, 9, 1)) -> Grid:
    """A grid shaped like published PPGD grids, LABELLED AS AN EXAMPLE: real grids are
    those of each EPCI's plan partenarial and must be typed or imported."""
    P = CriterionSource
    d = Decimal
    criteria = (
        Criterion("DALO", "Reconnu prioritaire DALO", P.PRIORITY, d(200), None, "DALO"),
        Criterion("HANDICAP", "Handicap ou perte d'autonomie", P.PRIORITY, d(60), None, "HANDICAP"),
        Criterion("VIOLENCES", "Violences au sein du couple", P.PRIORITY, d(80), None, "VIOLENCES"),
        Criterion(
            "SANS_LOGEMENT", "Sans logement ou hébergé", P.PRIORITY, d(60), None, "SANS_LOGEMENT"
        ),
        Criterion(
            "EXPULSION", "Menacé d'expulsion sans relogement", P.PRIORITY, d(50), None, "EXPULSION"
        ),
        Criterion("ANCIENNETE", "Ancienneté de la demande", P.WAITING_MONTHS, d(1), d(60)),
        Criterion(
            "RESSOURCES",
            "Ressources inférieures à 800 € par UC",
            P.RESOURCES_PER_UC,
            d(30),
            None,
            "800",
        ),
        Criterion("ADEQUATION", "Ménage adapté à la typologie demandée", P.HOUSEHOLD_FIT, d(10)),
        Criterion(
            "HEBERGE_TIERS",
            "Hébergé chez un tiers",
            P.HOUSING_SITUATION,
            d(20),
            None,
            "HEBERGE_TIERS",
        ),
        Criterion("MUTATION_EMPLOI", "Rapprochement domicile-travail", P.MANUAL, d(15)),
        Criterion(
            "REFUS_ADAPTE",
            "Refus d'un logement adapté sans motif légitime (12 derniers mois)",
            P.ADAPTED_REFUSAL,
            d(-20),
            None,
            "12",
        ),
    )
    return Grid(
        epci,
        "Grille d'exemple (à remplacer par celle du PPGD)",
        1,
        valid_from,
        None,
        criteria,
        example=True,
        notes="EXEMPLE : grille fictive de démonstration, sans valeur réglementaire.",
    )
