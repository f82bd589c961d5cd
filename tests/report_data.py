"""Activity for the reports: payment plans and notices entered through the services
over a past period, as users would have entered them day after day.

Used by the report screenshots (``tests/report_screenshots.py``) and the benchmark
(``tests/bench/bench_reports.py``) on a demo base (which has tenant files only). The
services read the day from their module's ``today``/``now``: ``Clock`` moves them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.errors import ValidationError

D = dt.date
E = Decimal


class Clock:
    """Sets the day the services believe it is (9:30, workstation time)."""

    def __init__(self):
        from desktop.services.context import Clock as SystemClock
        from desktop.services.context import set_clock

        self.previous = set_clock(SystemClock())
        self.day: dt.date | None = None

    def set(self, day: dt.date) -> None:
        from desktop.services.context import FixedClock, set_clock

        self.day = day
        set_clock(FixedClock(dt.datetime.combine(day, dt.time(9, 30))))

    def restore(self) -> None:
        from desktop.services.context import set_clock

        set_clock(self.previous)


@contextlib.contextmanager
def clock():
    c = Clock()
    try:
        yield c
    finally:
        c.restore()


@dataclass
class Seeded:
    plans: list[int] = field(default_factory=list)
    notices: list[int] = field(default_factory=list)
    payments: int = 0


def _households(
    db, *, in_debt: bool, limit: int, skip: set[int], before: dt.date | None = None
) -> list[int]:
    from desktop.storage.models import Household, Lease

    with db.reader() as s:
        stmt = (
            select(Household.id)
            .join(Lease, Lease.household_id == Household.id)
            .where(Household.status == "ACTIF")
        )
        if before is not None:
            stmt = stmt.where(Lease.start_date < before)
        if in_debt:
            stmt = stmt.where(Household.balance > E("0.00"))
        stmt = stmt.order_by(Household.id).limit(limit * 2 + len(skip))
        return [h for h in s.scalars(stmt) if h not in skip][:limit]


def seed_plans(
    db,
    actor,
    start: dt.date,
    end: dt.date,
    count: int,
    rng: random.Random,
    c: Clock,
    seeded: Seeded,
    *,
    payments: bool = True,
) -> None:
    from desktop.domain.schedule import PaymentPlanType as T
    from desktop.domain.schedule import PlanStatus as S
    from desktop.services import plans

    types = (
        [T.PLAN_APUREMENT] * 12
        + [T.REPORT_PAIEMENT] * 2
        + [T.ETALEMENT_CHARGES] * 2
        + [T.PAIEMENT_PARTIEL, T.CHARTE_COVID_2020]
    )
    span = max((end - start).days - 45, 1)
    for hid in _households(db, in_debt=True, limit=count, skip=set()):
        created = start + dt.timedelta(days=rng.randrange(span))
        c.set(created)
        terms = plans.terms_from_lease(db, actor, hid, rng.choice(types), on=created)
        terms.start_on = created + dt.timedelta(days=rng.randint(8, 25))
        terms.months = rng.choice((4, 6, 6, 8, 10, 12, 12, 18))
        pid = plans.create_plan(db, actor, hid, terms)
        seeded.plans.append(pid)
        fate = rng.random()
        if fate < 0.08:
            continue  # still a draft
        version = plans.get_plan(db, actor, pid).version
        c.set(created + dt.timedelta(days=3))
        version = plans.change_status(db, actor, pid, S.PROPOSE, version)
        if fate < 0.13:
            c.set(created + dt.timedelta(days=12))
            plans.change_status(
                db,
                actor,
                pid,
                S.ANNULE,
                version,
                reason="Le locataire a réglé sa dette par un autre moyen.",
            )
            continue
        signed = created + dt.timedelta(days=rng.randint(4, 9))
        c.set(signed)
        version = plans.change_status(db, actor, pid, S.SIGNE, version)
        if not payments:
            continue
        view = plans.get_plan(db, actor, pid)
        monthly = view.terms.current_rent + view.terms.current_charges
        # Good payers pay every instalment; others stop after a few months.
        stop = len(view.instalments) if rng.random() < 0.72 else rng.randint(0, 3)
        for inst in view.instalments[:stop]:
            # Standing orders: around the due date, within its month.
            paid_on = inst.due_date + dt.timedelta(days=rng.randint(-3, 6))
            if paid_on.month != inst.due_date.month:
                paid_on = inst.due_date
            if paid_on > end:
                break
            c.set(paid_on)
            try:
                version = plans.record_payment(
                    db,
                    actor,
                    pid,
                    paid_on,
                    inst.amount + monthly,
                    version,
                    reference=f"VIR-{pid}-{inst.number}",
                )
            except Exception:  # the plan was breached or settled meanwhile: stop paying
                break
            seeded.payments += 1
    c.set(end)
    plans.evaluate_plans(db, actor, end)
    # Half of the follow-ups due are done (most on time).
    for pid in seeded.plans:
        view = plans.get_plan(db, actor, pid, end)
        for f in view.open_follow_ups:
            if f.due_on <= end and rng.random() < 0.5:
                done = min(end, f.due_on + dt.timedelta(days=rng.choice((-2, 0, 1, 4, 12))))
                done = max(done, view.breached_on or done)
                try:
                    plans.complete_follow_up(
                        db,
                        actor,
                        pid,
                        f.id,
                        done,
                        plans.get_plan(db, actor, pid, end).version,
                        channel="LRAR",
                        outcome="Courrier envoyé",
                    )
                except Exception:
                    pass


def seed_notices(
    db,
    actor,
    start: dt.date,
    end: dt.date,
    count: int,
    rng: random.Random,
    c: Clock,
    seeded: Seeded,
    *,
    skip: set[int],
) -> None:
    from desktop.domain.notice import DeliveryMode
    from desktop.domain.notice import ReducedNoticeGround as G
    from desktop.domain.notice_case import KeyReturnMode, NoticeInput
    from desktop.services import notices

    grounds = (
        [G.AUCUN] * 9
        + [G.ZONE_TENDUE] * 3
        + [G.MUTATION] * 2
        + [
            G.PERTE_EMPLOI,
            G.NOUVEL_EMPLOI_APRES_PERTE,
            G.SANTE,
            G.RSA_AAH,
            G.RSA_AAH,
            G.LOGEMENT_SOCIAL_ATTRIBUE,
            G.LOGEMENT_SOCIAL_ATTRIBUE,
            G.PREMIER_EMPLOI,
            G.VIOLENCES,
        ]
    )
    modes = (
        [DeliveryMode.LRAR] * 6
        + [DeliveryMode.MAIN_PROPRE] * 3
        + [DeliveryMode.LRE, DeliveryMode.COMMISSAIRE_JUSTICE]
    )
    span = max((end - start).days, 1)
    for hid in _households(db, in_debt=False, limit=count, skip=skip, before=start):
        received = start + dt.timedelta(days=rng.randrange(span))
        c.set(received)
        ground = rng.choice(grounds)
        proof = ground not in (G.AUCUN, G.ZONE_TENDUE) and rng.random() < 0.75
        mode = rng.choice(modes)
        entry = dict(
            delivery_mode=mode,
            received_on=received,
            ground=ground,
            sent_on=received - dt.timedelta(days=rng.randint(1, 4)),
            proof_received_on=received if proof else None,
            proof_document="Justificatif joint" if proof else "",
        )
        try:
            nid = notices.record_notice(db, actor, hid, NoticeInput(**entry))
        except ValidationError:  # zone tendue claimed outside one: no ground then
            entry.update(ground=G.AUCUN, proof_received_on=None, proof_document="")
            nid = notices.record_notice(db, actor, hid, NoticeInput(**entry))
        seeded.notices.append(nid)
        view = notices.get_notice(db, actor, nid, received)
        version = view.version
        if rng.random() < 0.05:
            day = min(end, received + dt.timedelta(days=rng.randint(5, 20)))
            c.set(day)
            notices.withdraw_notice(
                db,
                actor,
                nid,
                version,
                "Le locataire reste dans les lieux.",
                "Responsable d'agence",
                day,
            )
            continue
        departure = view.end_date
        if rng.random() < 0.06 and departure < end:
            c.set(min(end, departure - dt.timedelta(days=2)))
            departure = departure + dt.timedelta(days=rng.randint(15, 45))
            version = notices.postpone_departure(
                db,
                actor,
                nid,
                version,
                departure,
                "Logement suivant livré en retard.",
                "Responsable d'agence",
                agreement_signed_on=c.day,
            )
        if departure > end:
            continue
        keys = departure + dt.timedelta(days=rng.randint(-2, 1))
        if keys > end:
            continue
        c.set(keys)
        version = notices.record_exit(
            db,
            actor,
            nid,
            version,
            exit_inventory_on=keys,
            inventory_matches=rng.random() < 0.6,
            keys_returned_on=keys,
            keys_return_mode=KeyReturnMode.HAND,
        )
        due = notices.get_notice(db, actor, nid, keys).deposit.due_on
        returned = due + dt.timedelta(days=rng.choice((-20, -12, -5, -1, 0, 4, 15)))
        if returned <= end and returned >= keys:
            c.set(returned)
            notices.record_deposit_return(db, actor, nid, version, returned)


def seed_activity(
    db,
    actor,
    start: dt.date,
    end: dt.date,
    *,
    plans: int = 60,
    notices: int = 80,
    seed: int = 11,
    payments: bool = True,
) -> Seeded:
    """Plans on files in debt and notices on other files, spread over [start, end]."""
    rng = random.Random(seed)
    seeded = Seeded()
    with clock() as c:
        seed_plans(db, actor, start, end, plans, rng, c, seeded, payments=payments)
        from desktop.storage.models import PaymentPlan

        with db.reader() as s:
            skip = set(s.scalars(select(PaymentPlan.household_id)))
        seed_notices(db, actor, start, end, notices, rng, c, seeded, skip=skip)
    return seeded


# --------------------------------------------------------------------------- campaigns, CALEOL
# Written directly in their tables (their services have workflows of their own, tested
# with them): enough rows for the reports to show realistic figures.


def seed_campaign(db, start: dt.date, end: dt.date, *, targets: int = 600, seed: int = 5) -> int:
    """A heat-wave campaign over the first months of [start, end] with its callers,
    targets (seniors of the base) in every state, attempts and referrals."""
    from desktop.storage.campaign_models import (
        Campaign,
        CampaignCaller,
        CampaignReferral,
        CampaignTarget,
    )
    from desktop.storage.models import AppUser, Household

    rng = random.Random(seed)
    stamp = dt.datetime.combine(start, dt.time(9))
    begin = start + dt.timedelta(days=min(150, (end - start).days // 2))
    with db.transaction() as s:
        users = []
        for login, name in (
            ("a.martin", "Alice Martin"),
            ("b.nguyen", "Bao Nguyen"),
            ("c.roux", "Camille Roux"),
            ("d.diallo", "Dado Diallo"),
        ):
            u = s.scalars(select(AppUser).where(AppUser.username == login)).one_or_none()
            if u is None:
                u = AppUser(username=login, full_name=name, created_at=stamp, role="AGENT")
                s.add(u)
                s.flush()
            users.append(u)
        c = Campaign(
            name=f"Canicule {begin.year}",
            purpose="Vigilance des personnes isolées",
            status="TERMINEE",
            script=[],
            start_on=begin,
            planned_end_on=begin + dt.timedelta(days=60),
            started_on=begin,
            ended_on=begin + dt.timedelta(days=60),
            created_at=stamp,
            created_by="c.moreau",
            updated_at=stamp,
            updated_by="c.moreau",
        )
        s.add(c)
        s.flush()
        for u in users:
            s.add(
                CampaignCaller(campaign_id=c.id, user_id=u.id, added_at=stamp, added_by="c.moreau")
            )
        households = s.execute(
            select(Household.id, Household.agency_id)
            .where(Household.status == "ACTIF")
            .order_by(Household.eldest_birth_date)
            .limit(targets)
        ).all()
        states = (
            ["SECURISE"] * 62
            + ["EN_COURS"] * 12
            + ["INJOIGNABLE"] * 9
            + ["A_APPELER"] * 10
            + ["CLOS"] * 7
        )
        partners = (
            ["CCAS"] * 5
            + ["MAIRIE"] * 3
            + ["ASSOCIATION"] * 3
            + ["FAMILLE"] * 2
            + ["SOUTIEN_PSY", "SAMU_15"]
        )
        rows = []
        for hid, agency_id in households:
            state = rng.choice(states)
            called = state != "A_APPELER"
            reached = state in ("SECURISE", "CLOS") or (state == "EN_COURS" and rng.random() < 0.5)
            day = begin + dt.timedelta(days=rng.randint(0, 20))
            rows.append(
                CampaignTarget(
                    campaign_id=c.id,
                    household_id=hid,
                    caller_id=rng.choice(users).id,
                    agency_id=agency_id,
                    state=state,
                    attempts=rng.randint(1, 4) if called else 0,
                    reached_on=day if reached else None,
                    need_help=reached and rng.random() < 0.15,
                    reinforced_link=reached and rng.random() < 0.08,
                    secured_on=day if state == "SECURISE" else None,
                    escalation_step="" if state in ("SECURISE", "CLOS", "INJOIGNABLE") else "APPEL",
                )
            )
        s.add_all(rows)
        s.flush()
        for t in rows:
            if t.reached_on and rng.random() < 0.12:
                s.add(
                    CampaignReferral(
                        target_id=t.id,
                        campaign_id=c.id,
                        partner_type=rng.choice(partners),
                        sent_on=t.reached_on,
                        status=rng.choice(
                            ["A_TRANSMETTRE", "TRANSMISE", "CLOSE", "CLOSE", "SANS_SUITE"]
                        ),
                        consent=True,
                        created_at=stamp,
                        created_by="c.moreau",
                        updated_at=stamp,
                        updated_by="c.moreau",
                    )
                )
        return c.id


REFUSALS = [
    ("NON_ATTRIBUTION", "Candidat mieux classé retenu"),
    ("NON_ATTRIBUTION", "Candidat mieux classé retenu"),
    ("NON_ATTRIBUTION", "Taux d'effort trop élevé"),
    ("NON_ATTRIBUTION", "Typologie du logement inadaptée à la composition du ménage"),
    ("NON_ATTRIBUTION", "Logement inadapté à la perte d'autonomie"),
    ("IRRECEVABILITE", "Ressources supérieures aux plafonds"),
    ("IRRECEVABILITE", "Absence de titre de séjour régulier"),
]


def seed_caleol(db, start: dt.date, end: dt.date, *, sessions: int = 24, seed: int = 9) -> None:
    """Two sessions a month over [start, end], 6 to 10 dwellings each, 3 candidates a
    dwelling (fewer with a legal exemption), decisions, notifications and deadlines."""
    from desktop.storage.caleol_models import AgendaItem, Candidate, Commission
    from desktop.storage.caleol_models import Session as Sitting
    from desktop.storage.models import Dwelling

    rng = random.Random(seed)
    stamp = dt.datetime.combine(start, dt.time(9))
    criteria = [
        "DALO",
        "HANDICAP",
        "MAL_LOGE",
        "HEBERGE",
        "VIOLENCES",
        "SANS_LOGEMENT",
        "EXPULSION",
        "HABITAT_INDIGNE",
    ]
    with db.transaction() as s:
        com = Commission(
            name="CALEOL Gironde",
            territory="Gironde",
            created_at=stamp,
            created_by="c.moreau",
            updated_at=stamp,
            updated_by="c.moreau",
        )
        s.add(com)
        s.flush()
        dwellings = s.execute(
            select(Dwelling.id, Dwelling.reference, Dwelling.city)
            .order_by(Dwelling.id)
            .limit(sessions * 10)
        ).all()
        span = (end - start).days
        pool = iter(dwellings)
        serial = 0
        for i in range(sessions):
            day = start + dt.timedelta(days=int(span * (i + 0.5) / sessions))
            sitting = Sitting(
                commission_id=com.id,
                number=f"{day:%Y}-{i + 1:02d}",
                session_date=day,
                mode=rng.choice(["PRESENTIEL", "PRESENTIEL", "VISIO", "ECRITE"]),
                status="CLOSED",
                created_at=stamp,
                created_by="c.moreau",
                updated_at=stamp,
                updated_by="c.moreau",
            )
            s.add(sitting)
            s.flush()
            for _ in range(rng.randint(6, 10)):
                try:
                    did, ref, city = next(pool)
                except StopIteration:
                    break
                fewer = rng.random() < 0.12
                item = AgendaItem(
                    session_id=sitting.id,
                    dwelling_id=did,
                    reference=ref,
                    commune=city,
                    fewer_candidates_reason="INSUFFISANCE" if fewer else None,
                )
                s.add(item)
                s.flush()
                count = rng.randint(1, 2) if fewer else 3
                attributed = rng.random() < 0.9
                for position in range(count):
                    serial += 1
                    priority = rng.random() < 0.3
                    if position == 0 and attributed:
                        decision = rng.choice(
                            ["ATTRIBUTION", "ATTRIBUTION", "ATTRIBUTION_CONDITION_SUSPENSIVE"]
                        )
                        reason = ""
                    elif position == 1 and attributed and rng.random() < 0.3:
                        decision, reason = "ATTRIBUTION_RANG", ""
                    else:
                        decision, reason = rng.choice(REFUSALS)
                    first = decision.startswith("ATTRIBUTION") and decision != "ATTRIBUTION_RANG"
                    notified = day + dt.timedelta(days=rng.randint(2, 9)) if first else None
                    s.add(
                        Candidate(
                            agenda_item_id=item.id,
                            position=position,
                            numero_unique=f"0331{serial:07d}",
                            last_name=f"Demandeur {serial}",
                            decision=decision,
                            reason=reason,
                            rank=2 if decision == "ATTRIBUTION_RANG" else None,
                            public_prioritaire=priority,
                            priority_criteria=rng.sample(criteria, rng.randint(1, 2))
                            if priority
                            else [],
                            application_date=day - dt.timedelta(days=rng.randint(60, 900)),
                            notified_on=notified,
                            offer_deadline=notified + dt.timedelta(days=10) if notified else None,
                            created_at=stamp,
                            created_by="c.moreau",
                            updated_at=stamp,
                            updated_by="c.moreau",
                        )
                    )
