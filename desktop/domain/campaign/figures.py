"""Vigilance call campaigns: the figures (called, reached, secured, referrals,
escalations, per caller and per agency) built from plain aggregated rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.campaign.common import (
    CHAIN,
    CallOutcome,
    EscalationStep,
    PartnerType,
    ReferralStatus,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# --------------------------------------------------------------------------- figures


def percent(part: int, whole: int) -> Decimal:
    """``part`` in percent of ``whole``, one decimal (0 for an empty whole)."""
    if not whole:
        return Decimal("0.0")
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Counts:
    """Target counts of a group (campaign, caller, agency)."""

    targets: int = 0
    called: int = 0  # at least one attempt
    reached: int = 0  # someone reached at least once
    secured: int = 0  # state SECURISE now
    unreachable: int = 0  # chain exhausted
    closed: int = 0
    need_help: int = 0  # the last news told of a need
    reinforced: int = 0
    attempts: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        return (
            self.targets,
            self.called,
            self.reached,
            self.secured,
            self.unreachable,
            self.closed,
            self.need_help,
            self.reinforced,
            self.attempts,
        )

    @property
    def called_pct(self) -> Decimal:
        return percent(self.called, self.targets)

    @property
    def reached_pct(self) -> Decimal:
        return percent(self.reached, self.targets)

    @property
    def secured_pct(self) -> Decimal:
        return percent(self.secured, self.targets)


@dataclass(frozen=True)
class GroupRow:
    """One aggregated row: counts of the targets of one (caller, agency) pair."""

    caller_id: int | None
    agency_id: int
    counts: Counts


@dataclass(frozen=True)
class Group:
    key: int | None
    label: str
    counts: Counts


@dataclass(frozen=True)
class StepFigures:
    step: EscalationStep
    attempts: int  # attempts made at this step
    reached: int  # of which reached someone
    pending: int  # open targets whose next step is this one


@dataclass(frozen=True)
class Figures:
    """A campaign's dashboard."""

    total: Counts
    by_caller: list[Group]
    by_agency: list[Group]
    # {partner type: {status: count}}
    referrals: dict[PartnerType, dict[ReferralStatus, int]]
    steps: list[StepFigures]
    # (Monday of the week, secured that week, secured up to that week) of the targets
    # secured now.
    secured_by_week: list[tuple[dt.date, int, int]]
    outcomes: dict[CallOutcome, int] = field(default_factory=dict)

    @property
    def referral_count(self) -> int:
        return sum(sum(v.values()) for v in self.referrals.values())

    def referrals_by_type(self) -> dict[PartnerType, int]:
        return {t: sum(v.values()) for t, v in self.referrals.items()}

    def referrals_by_status(self) -> dict[ReferralStatus, int]:
        result: dict[ReferralStatus, int] = {}
        for by_status in self.referrals.values():
            for status, n in by_status.items():
                result[status] = result.get(status, 0) + n
        return result


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def build_figures(
    rows: Iterable[GroupRow],
    referral_rows: Iterable[tuple[str, str, int]],
    step_rows: Iterable[tuple[str, int, int]],
    pending_rows: Iterable[tuple[str, int]],
    secured_rows: Iterable[tuple[dt.date, int]],
    caller_labels: dict[int, str],
    agency_labels: dict[int, str],
    outcome_rows: Iterable[tuple[str, int]] = (),
) -> Figures:
    """The dashboard from plain aggregated rows: ``rows`` per (caller, agency);
    ``referral_rows`` (partner type, status, count); ``step_rows`` (step, attempts,
    reached); ``pending_rows`` (pending step of the open targets, count);
    ``secured_rows`` (secured on, count); ``outcome_rows`` (outcome, attempts)."""
    total = Counts()
    callers: dict[int | None, Counts] = {}
    agencies: dict[int, Counts] = {}
    for row in rows:
        total = total + row.counts
        callers[row.caller_id] = callers.get(row.caller_id, Counts()) + row.counts
        agencies[row.agency_id] = agencies.get(row.agency_id, Counts()) + row.counts
    unassigned = QT_TRANSLATE_NOOP("messages", "(non attribuées)")
    by_caller = sorted(
        (
            Group(k, caller_labels.get(k, unassigned) if k is not None else unassigned, c)
            for k, c in callers.items()
        ),
        key=lambda g: (g.key is None, g.label.casefold(), g.key or 0),
    )
    by_agency = sorted(
        (Group(k, agency_labels.get(k, str(k)), c) for k, c in agencies.items()),
        key=lambda g: (g.label.casefold(), g.key),
    )
    referrals: dict[PartnerType, dict[ReferralStatus, int]] = {}
    for partner, status, n in referral_rows:
        by_status = referrals.setdefault(PartnerType(partner), {})
        by_status[ReferralStatus(status)] = by_status.get(ReferralStatus(status), 0) + int(n)
    attempts = {EscalationStep(s): (int(a), int(r)) for s, a, r in step_rows}
    pending = {EscalationStep(s): int(n) for s, n in pending_rows}
    steps = [
        StepFigures(s, *attempts.get(s, (0, 0)), pending.get(s, 0))
        for s in (*CHAIN, EscalationStep.FOLLOW_UP)
    ]
    weeks: dict[dt.date, int] = {}
    for day, n in secured_rows:
        if day is not None:
            weeks[monday(day)] = weeks.get(monday(day), 0) + int(n)
    running = 0
    secured_by_week = []
    for week in sorted(weeks):
        running += weeks[week]
        secured_by_week.append((week, weeks[week], running))
    outcomes = {CallOutcome(o): int(n) for o, n in outcome_rows}
    return Figures(total, by_caller, by_agency, referrals, steps, secured_by_week, outcomes)


def _counts_json(c: Counts) -> list[int]:
    return list(c.as_tuple())


def figures_to_json(f: Figures) -> dict:
    """The figures as plain JSON (frozen in ``campaign.final_figures`` by the purge)."""
    return {
        "total": _counts_json(f.total),
        "by_caller": [[g.key, g.label, _counts_json(g.counts)] for g in f.by_caller],
        "by_agency": [[g.key, g.label, _counts_json(g.counts)] for g in f.by_agency],
        "referrals": {t.value: {s.value: n for s, n in v.items()} for t, v in f.referrals.items()},
        "steps": [[s.step.value, s.attempts, s.reached, s.pending] for s in f.steps],
        "secured_by_week": [[w.isoformat(), n, c] for w, n, c in f.secured_by_week],
        "outcomes": {o.value: n for o, n in f.outcomes.items()},
    }


def figures_from_json(value: dict) -> Figures:
    return Figures(
        total=Counts(*value["total"]),
        by_caller=[Group(k, lbl, Counts(*c)) for k, lbl, c in value["by_caller"]],
        by_agency=[Group(k, lbl, Counts(*c)) for k, lbl, c in value["by_agency"]],
        referrals={
            PartnerType(t): {ReferralStatus(s): n for s, n in v.items()}
            for t, v in value["referrals"].items()
        },
        steps=[StepFigures(EscalationStep(s), a, r, p) for s, a, r, p in value["steps"]],
        secured_by_week=[(dt.date.fromisoformat(w), n, c) for w, n, c in value["secured_by_week"]],
        outcomes={CallOutcome(o): n for o, n in value.get("outcomes", {}).items()},
    )
