"""A year of allocations for the attribution-target tests, the screenshots and the
GUI test: dwellings with their EPCI, QPV flag, financing and reservation holder, one
CALEOL session whose decisions are recorded through the services, a threshold.

Expected figures for "CA Exemple" in 2026 (first quartile at 9 000 € a year per UC):
outside QPV 2 of 5 in the first quartile (40 %, one unknown); in QPV 1 of 2 in the
other quartiles (50 %); priority publics: Préfecture 1 of 3, Action Logement 0 of 1,
own stock 0 of 3.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from desktop.domain.attribution_targets import TargetRates
from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    MemberRole,
    PriorityCriterion,
    SessionMode,
)
from desktop.services import agencies, attribution, caleol
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    MemberData,
    SessionData,
)
from desktop.storage.models import Agency, Dwelling

EPCI = "CA Exemple"
YEAR = 2026
SESSION_DAY = dt.date(2026, 3, 20)
THRESHOLD = Decimal(9000)

# reference, qpv, financing, holder, epci, type, (monthly resources, adults, children,
# priorities) of the attributed candidate or None (not attributed)
DWELLINGS = [
    ("V-01", False, "PLUS", "Préfecture", EPCI, "T2", (Decimal(600), 1, 0, ("DALO",))),
    ("V-02", False, "PLUS", "Préfecture", EPCI, "T2", (Decimal(2000), 1, 0, ())),
    ("V-03", False, "PLAI", "Action Logement", EPCI, "T4", (Decimal(1500), 2, 2, ())),
    ("V-04", False, "PLS", "", EPCI, "T3", (Decimal(2500), 2, 0, ())),
    ("V-05", False, "PLUS", "", EPCI, "T1", (None, 1, 0, ())),
    ("Q-01", True, "PLAI", "Préfecture", EPCI, "T2", (Decimal(500), 1, 0, ())),
    ("Q-02", True, "PLUS", "", EPCI, "T3", (Decimal(1800), 1, 0, ())),
    ("Q-03", True, "PLUS", "Préfecture", EPCI, "T3", None),
    ("A-01", False, "PLI", "Préfecture", "CC Autre", "T2", (Decimal(400), 1, 0, ())),
]


@dataclass
class World:
    session_id: int
    commission_id: int
    members: dict[str, int]
    dwellings: dict[str, int]
    items: dict[str, int]
    candidates: dict[str, int]


def build(db, actor) -> World:
    with db.reader() as s:
        has = s.scalar(select(Agency.id).where(Agency.code == "VAL"))
    if has is None:
        agencies.create_agency(db, actor, "VAL", "Agence du Val", "Valence")
    dwellings = {}
    with db.transaction() as s:
        agency_id = s.scalar(select(Agency.id).where(Agency.code == "VAL"))
        for ref, _q, _f, _h, _e, dtype, _c in DWELLINGS:
            d = Dwelling(
                reference=ref,
                address_line=f"{ref} rue du Val",
                postcode="26000",
                city="Valence",
                dwelling_type=dtype,
                agency_id=agency_id,
            )
            s.add(d)
            s.flush()
            dwellings[ref] = d.id
    for ref, qpv, fin, holder, epci, _t, _c in DWELLINGS:
        attribution.set_dwelling_data(
            db,
            actor,
            dwellings[ref],
            financing=fin,
            in_qpv=qpv,
            reservation_holder=holder,
            epci=epci,
        )
    attribution.set_setting(db, actor, EPCI, YEAR, THRESHOLD, "arrêté (exemple)", TargetRates())
    cid = caleol.create_commission(db, actor, CommissionData(name="CALEOL du Val", territory=EPCI))
    members = {}
    for last in ("Lefèvre", "Dubois", "Benali"):
        members[last] = caleol.add_member(
            db, actor, cid, MemberData(role=MemberRole.DESIGNE, last_name=last, first_name="Claude")
        )
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-03",
            session_date=SESSION_DAY,
            mode=SessionMode.PRESENTIEL,
            start_time=dt.time(14, 0),
            place="Siège",
        ),
    )
    for m in members.values():
        caleol.set_attendance(db, actor, sid, m, AttendanceMode.PRESENT)
    items, candidates = {}, {}
    for n, (ref, _q, fin, holder, _e, dtype, cand) in enumerate(DWELLINGS, start=1):
        snap = caleol.dwelling_snapshot(db, actor, dwellings[ref])
        from dataclasses import replace

        item = caleol.add_dwelling_item(
            db, actor, sid, replace(snap, funding=fin, contingent=holder)
        )
        items[ref] = item.id
        res, adults, children, prios = cand or (Decimal(1200), 1, 0, ())
        candidates[ref] = caleol.add_candidate(
            db,
            actor,
            item.id,
            CandidateData(
                numero_unique=f"026{n:09d}",
                last_name=f"Candidat {ref}",
                adults=adults,
                children=children,
                monthly_resources=res,
                application_date=dt.date(2025, 6, 1),
                priority_criteria=tuple(PriorityCriterion(p) for p in prios),
            ),
        ).id
    caleol.open_session(db, actor, sid)
    for ref, *_rest, cand in DWELLINGS:
        if cand is None:
            caleol.decide(
                db,
                actor,
                candidates[ref],
                Decision.NON_ATTRIBUTION,
                reason="Inadéquation typologie",
            )
        else:
            caleol.decide(db, actor, candidates[ref], Decision.ATTRIBUTION)
    return World(sid, cid, members, dwellings, items, candidates)
