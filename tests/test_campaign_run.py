"""A whole vigilance campaign on 2,500 demo tenants over 70 (issue 8, "done when"), its
scenario ending just after midnight; the same on 500 ending just before the next one
(issue 16: no test depends on the hour it runs).

Demo households are generated (seniors with a number, plus distractors: seniors
without any valid number, younger households, closed files), a campaign is started on
the saved search "plus de 70 ans" with 10 callers, and the callers work through their
due lists day after day for three weeks with a seeded random mix: tenants reached or
not, wrong numbers, escalations (second call, neighbour, postal worker, site visit),
needs referred to partners and followed up, reinforced links called every week,
refusals. The test keeps its own book of what it recorded, following the rules of the
issue (not the code under test), checks at every attempt that the sheet asks for the
step it expects, and at the end compares ``campaign_figures`` with the figures it
computed itself, in total, per caller, per agency, per step and per referral.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pytest

from desktop.domain.campaign import (
    CampaignTerms,
    CloseReason,
    ContactPerson,
    NextAction,
    PartnerType,
    ReferralStatus,
    normalise_phone,
)
from desktop.domain.campaign import (
    EscalationStep as S,
)
from desktop.domain.roles import Role
from desktop.domain.tenant import FileStatus, is_senior
from desktop.services import accounts, campaigns, demo, saved_queries
from desktop.services.campaigns import CallEntry, ReferralInput
from desktop.services.context import Actor, FixedClock, now, use_clock
from desktop.services.tenants import TenantQuery

TARGETS = 2500  # the campaign of issue 8
CALLERS = 10
SEED = 2020
TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=20)
END = TODAY + dt.timedelta(days=10)
PHONE_STEPS = {S.FIRST_CALL, S.SECOND_CALL, S.FOLLOW_UP}
CHAIN_AFTER = {
    S.FIRST_CALL: S.SECOND_CALL,
    S.FOLLOW_UP: S.SECOND_CALL,
    S.SECOND_CALL: S.NEIGHBOUR,
    S.NEIGHBOUR: S.POSTAL_VISIT,
    S.POSTAL_VISIT: S.SITE_VISIT,
    S.SITE_VISIT: None,
}
NEEDS = ["COURSES", "REPAS", "MEDICAMENTS", "ECOUTE", "DEMARCHES"]
PARTNERS = [
    PartnerType.CCAS,
    PartnerType.TOWN_HALL,
    PartnerType.ASSOCIATION,
    PartnerType.PSYCHOLOGICAL,
]


@dataclass
class Book:
    """What the test recorded on one household, and what the issue's rules make of it."""

    agency: str
    caller: int | None = None
    step: S = S.FIRST_CALL  # the step the sheet must ask for next
    attempts: int = 0
    reached: bool = False
    need: bool = False
    secured: bool = False
    unreachable: bool = False
    closed: bool = False
    reinforced: bool = False
    referrals: list = field(default_factory=list)  # [referral id]


def _households(targets: int):
    """Seeded demo households: (eligible, distractors)."""
    generator = demo.DemoGenerator.for_count(4 * TARGETS, SEED, TODAY)
    eligible, no_phone, young, closed = [], [], [], []
    for h in generator.households(40 * TARGETS):
        seniors = [o for o in h.data.occupants if is_senior(o.birth_date, START)]
        phone = any(normalise_phone(o.phone) for o in h.data.occupants)
        if h.status != FileStatus.ACTIVE.value:
            if seniors and phone and len(closed) < 60:
                closed.append(h)
        elif not seniors:
            if len(young) < 400:
                young.append(h)
        elif not phone:
            if len(no_phone) < 150:
                no_phone.append(h)
        elif len(eligible) < targets:
            eligible.append(h)
        if (
            len(eligible) == targets
            and len(no_phone) == 150
            and len(young) == 400
            and len(closed) == 60
        ):
            break
    assert len(eligible) == targets
    return eligible, no_phone + young + closed


def _write(db, actor, households):
    with db.transaction() as session:
        connection = session.connection()
        agency_ids = demo.database.agency_ids_of(connection)
        stamp = now()
        for i in range(0, len(households), demo.database.CHUNK):
            demo.database.write_chunk(
                connection, households[i : i + demo.database.CHUNK], agency_ids, actor, stamp
            )
    return agency_ids


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    """A call in the first minutes of ``day`` (workstation time), as stored: naive UTC.

    Early enough to be in the past whatever the clock's hour on the last day."""
    local = dt.datetime.combine(day, dt.time(0, rng.randrange(5))).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _answers(rng: random.Random, needs: list[str]) -> dict:
    return {
        "SANTE": rng.choice(["BIEN", "FATIGUE"]),
        "COURSES_REPAS": rng.choice(["AUTONOME", "PROCHES", "PORTAGE"]),
        "ENTOURAGE": rng.choice(["QUOTIDIEN", "HEBDOMADAIRE", "RARE"]),
        "MESURES": rng.choice(["CONNUES", "PARTIELLEMENT", "EXPLIQUEES"]),
        "BESOIN_AIDE": needs or ["AUCUN"],
    }


@pytest.fixture
def clock(request):
    """The services' clock stopped at ``request.param`` (hh:mm) on TODAY."""
    hour, minute = map(int, request.param.split(":"))
    with use_clock(FixedClock(dt.datetime.combine(TODAY, dt.time(hour, minute)))) as c:
        yield c


# The scenario ends on TODAY just after midnight, then just before the next one: the
# whole campaign once, a smaller one the other time (the size changes nothing to the hour).
@pytest.mark.parametrize(
    ("clock", "targets"),
    [("00:05", TARGETS), ("23:55", 500)],
    ids=["2500-at-00:05", "500-at-23:55"],
    indirect=["clock"],
)
def test_campaign_on_demo_seniors(db, actor, tmp_path, clock, targets):
    eligible, distractors = _households(targets)
    rng = random.Random(SEED)
    mixed = eligible + distractors
    rng.shuffle(mixed)
    agency_ids = _write(db, actor, mixed)
    code_of = {v: k for k, v in agency_ids.items()}

    # Ten volunteer callers spread over the agencies.
    codes = sorted(agency_ids)
    callers: dict[int, Actor] = {}
    for n in range(CALLERS):
        username = f"benevole{n:02d}"
        uid = accounts.create_user(
            db,
            actor,
            username,
            f"Bénévole {n}",
            Role.AGENT,
            "Appels-2026!",
            agency_code=codes[n % len(codes)],
            must_change_password=False,
        )
        callers[uid] = accounts.authenticate(db, username, "Appels-2026!")
    manager = actor

    saved_queries.save_query(db, manager, "Plus de 70 ans", TenantQuery(senior_only=True))
    cid = campaigns.create_campaign(
        db,
        manager,
        CampaignTerms(
            name="Canicule 2026",
            query_name="Plus de 70 ans",
            start_on=START,
            planned_end_on=END,
            purpose="Appeler chaque locataire de plus de 70 ans",
        ),
        list(callers),
    )
    started = campaigns.start_campaign(db, manager, cid, on=START)
    assert started.targets == targets and started.assigned == targets
    assert started.without_phone == 150

    # The test's own book, keyed by household (contract numbers tie it to the data).
    book: dict[int, Book] = {}
    rows = campaigns.target_list(db, manager, cid, limit=10_000)
    assert len(rows) == targets
    for r in rows:
        book[r.id] = Book(agency=code_of[r.agency_id], caller=r.caller_id)
    loads = Counter(b.caller for b in book.values())
    assert set(loads) == set(callers) and max(loads.values()) - min(loads.values()) <= 1
    referrals: dict[int, dict] = {}  # id: {"type", "status", "target", "version", "sent"}
    step_attempts: Counter = Counter()
    step_reached: Counter = Counter()

    def record_referral(target_id: int, day: dt.date) -> None:
        partner = rng.choice(PARTNERS)
        rid = campaigns.add_referral(
            db,
            callers[book[target_id].caller],
            target_id,
            ReferralInput(
                partner, f"{partner.label} de la commune", reason="Besoin exprimé", consent=True
            ),
        )
        referrals[rid] = {
            "type": partner,
            "status": ReferralStatus.TO_SEND,
            "target": target_id,
            "version": 1,
            "made": day,
        }
        book[target_id].referrals.append(rid)

    def attempt(row, day: dt.date, who: Actor) -> None:
        b = book[row.id]
        assert row.step == b.step, (row, b)  # the sheet asks for the step the rules say
        step = b.step
        b.attempts += 1
        step_attempts[step] += 1
        roll = rng.random()
        at = _at(day, rng)
        if step in PHONE_STEPS:
            if roll < 0.62:
                person = ContactPerson.TENANT
            elif roll < 0.67:
                person = ContactPerson.RELATIVE
            else:
                person = None
            wrong = person is None and roll > 0.95
        else:
            odds = {S.NEIGHBOUR: 0.5, S.POSTAL_VISIT: 0.6, S.SITE_VISIT: 0.7}[step]
            person = (
                (ContactPerson.NEIGHBOUR if step == S.NEIGHBOUR else ContactPerson.TENANT)
                if roll < odds
                else None
            )
            wrong = False
        if person is None:
            entry = CallEntry(wrong_number=wrong, called_at=at)
            after = S.NEIGHBOUR if wrong else CHAIN_AFTER[step]
            b.secured = False
            if after is None:
                b.unreachable, b.step = True, S.NONE
            else:
                b.step = after
        else:
            step_reached[step] += 1
            b.reached = True
            needs = rng.sample(NEEDS, rng.randint(1, 2)) if rng.random() < 0.2 else []
            refuse = person == ContactPerson.TENANT and not needs and rng.random() < 0.02
            reinforce = not needs and not refuse and not b.reinforced and rng.random() < 0.15
            if refuse:
                entry = CallEntry(
                    person=person,
                    called_at=at,
                    close_reason=CloseReason.REFUSED,
                    next_action=NextAction.CLOSE,
                )
                b.closed, b.secured, b.reinforced, b.step = True, False, False, S.NONE
            else:
                answers = (
                    _answers(rng, needs)
                    if person == ContactPerson.TENANT
                    else ({"BESOIN_AIDE": needs} if needs else {})
                )
                action = (
                    NextAction.REFER
                    if needs
                    else (NextAction.REINFORCED_LINK if reinforce else NextAction.NONE)
                )
                entry = CallEntry(
                    person=person,
                    answers=answers,
                    called_at=at,
                    need_help=bool(needs),
                    next_action=action,
                    note=f"Appel du {day:%d/%m}" if rng.random() < 0.3 else "",
                )
                b.need = bool(needs)
                b.reinforced = b.reinforced or reinforce
                b.secured = not needs
                b.step = S.FOLLOW_UP if (needs or b.reinforced) else S.NONE
        if step in PHONE_STEPS:
            result = campaigns.record_call(db, who, row.id, entry, expected_version=row.version)
        else:
            result = campaigns.record_escalation_outcome(
                db, who, row.id, step, entry, expected_version=row.version
            )
        if result.next_call_on is None:
            b.step = S.NONE if not b.unreachable else b.step
        if person is not None and b.need and not b.closed:
            record_referral(row.id, day)

    def follow_up_referrals(day: dt.date) -> None:
        for rid, ref in referrals.items():
            status = ref["status"]
            if (
                status in (ReferralStatus.CLOSED, ReferralStatus.DROPPED)
                or (day - ref["made"]).days < 2
            ):
                continue
            b = book[ref["target"]]
            if status == ReferralStatus.TO_SEND:
                new = ReferralStatus.SENT
                ref["version"] = campaigns.update_referral(
                    db, manager, rid, new, ref["version"], on=day
                )
            elif rng.random() < 0.5:
                continue  # the partner has not answered yet
            else:
                roll = rng.random()
                new = (
                    ReferralStatus.CLOSED
                    if roll < 0.75
                    else (ReferralStatus.DROPPED if roll < 0.85 else ReferralStatus.TAKEN)
                )
                if new == ReferralStatus.TAKEN and status == ReferralStatus.TAKEN:
                    continue
                help_in_place = new == ReferralStatus.CLOSED and rng.random() < 0.9
                ref["version"] = campaigns.update_referral(
                    db,
                    manager,
                    rid,
                    new,
                    ref["version"],
                    on=day,
                    outcome="Réponse du partenaire" if new != ReferralStatus.TAKEN else "",
                    help_in_place=help_in_place,
                )
                if (
                    help_in_place
                    and b.reached
                    and not (b.closed or b.unreachable)
                    and not b.secured
                ):
                    b.secured = True
                    b.step = S.FOLLOW_UP if b.reinforced else S.NONE
            ref["status"] = new

    # Three weeks of calls: each caller works through his due list every day.
    day = START
    while day <= TODAY:
        for uid, who in callers.items():
            for row in campaigns.caller_list(db, who, cid, on=day, due_only=True):
                attempt(row, day, who)
        follow_up_referrals(day)
        day += dt.timedelta(days=1)

    # --- the figures, computed by the test from its own book ----------------------
    def counts(items):
        items = list(items)
        return (
            len(items),
            sum(b.attempts > 0 for b in items),
            sum(b.reached for b in items),
            sum(b.secured for b in items),
            sum(b.unreachable for b in items),
            sum(b.closed for b in items),
            sum(b.attempts for b in items),
        )

    figures = campaigns.campaign_figures(db, manager, cid)
    t = figures.total
    assert (
        t.targets,
        t.called,
        t.reached,
        t.secured,
        t.unreachable,
        t.closed,
        t.attempts,
    ) == counts(book.values())
    # A realistic campaign: everybody called, most reached, many secured, some
    # escalated to the end of the chain.
    assert t.called == targets and t.reached > targets * 0.8 and t.unreachable > 0
    assert t.reinforced == sum(b.reinforced for b in book.values()) > targets // 25
    assert t.secured_pct == round_pct(t.secured, targets)

    by_caller = {g.key: g.counts for g in figures.by_caller}
    for uid in callers:
        c = by_caller[uid]
        assert (
            c.targets,
            c.called,
            c.reached,
            c.secured,
            c.unreachable,
            c.closed,
            c.attempts,
        ) == counts(b for b in book.values() if b.caller == uid)
    by_agency = {g.label.split(" — ")[0]: g.counts for g in figures.by_agency}
    for code in {b.agency for b in book.values()}:
        c = by_agency[code]
        assert (
            c.targets,
            c.called,
            c.reached,
            c.secured,
            c.unreachable,
            c.closed,
            c.attempts,
        ) == counts(b for b in book.values() if b.agency == code)

    expected_refs: dict = defaultdict(Counter)
    for ref in referrals.values():
        expected_refs[ref["type"]][ref["status"]] += 1
    assert {k: dict(v) for k, v in figures.referrals.items()} == {
        k: dict(v) for k, v in expected_refs.items()
    }
    assert figures.referral_count == len(referrals) > targets // 25

    steps = {s.step: s for s in figures.steps}
    for step in (
        S.FIRST_CALL,
        S.SECOND_CALL,
        S.NEIGHBOUR,
        S.POSTAL_VISIT,
        S.SITE_VISIT,
        S.FOLLOW_UP,
    ):
        assert (steps[step].attempts, steps[step].reached) == (
            step_attempts[step],
            step_reached[step],
        ), step
        assert step_attempts[step] > 0, step
    pending = Counter(b.step for b in book.values() if not (b.secured or b.closed or b.unreachable))
    assert {s.step: s.pending for s in figures.steps if s.pending} == {
        k: v for k, v in pending.items() if v
    }
    assert figures.secured_by_week[-1][2] == t.secured

    # One agency's dashboard is that agency's share.
    code = "MER"
    mer = campaigns.campaign_figures(db, manager, cid, agency_id=agency_ids[code])
    assert (mer.total.targets, mer.total.secured) == (
        by_agency[code].targets,
        by_agency[code].secured,
    )

    # The campaign report (dashboard, PDF, Excel) carries the test's own figures.
    from openpyxl import load_workbook

    from desktop.services import reports

    report = reports.build_report(db, actor, "campagne", START, END)
    results = report.table("resultats")
    book_counts = counts(book.values())
    assert results.row("Personnes ciblées")[1] == book_counts[0] == targets
    assert results.row("Appelées (au moins une tentative)")[1] == book_counts[1]
    assert results.row("Jointes (la personne, un proche ou un voisin)")[1] == book_counts[2]
    assert results.row("Situation sécurisée")[1] == book_counts[3]
    assert results.row("Injoignables (chaîne d'escalade épuisée)")[1] == book_counts[4]
    workbook = reports.export_report(
        db, actor, "campagne", START, END, out_path=tmp_path / "campagne.xlsx"
    )
    cells = {}
    book = load_workbook(workbook, read_only=True)  # keeps the file open until closed
    try:
        for sheet in book.worksheets:
            for row in sheet.iter_rows(values_only=True):
                if row and isinstance(row[0], str) and len(row) > 1:
                    cells.setdefault(row[0], row[1])
    finally:
        book.close()
    assert cells["Situation sécurisée"] == book_counts[3]
    assert cells["Personnes ciblées"] == targets

    # End of the crisis: notes anonymised, figures unchanged.
    campaigns.end_campaign(db, manager, cid)
    preview = campaigns.purge_preview(db, manager, cid)
    assert preview.targets == targets and preview.calls == t.attempts
    campaigns.purge_campaign_notes(db, manager, cid)
    assert campaigns.campaign_figures(db, manager, cid) == figures


def round_pct(part: int, whole: int):
    from decimal import ROUND_HALF_UP, Decimal

    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q"])
