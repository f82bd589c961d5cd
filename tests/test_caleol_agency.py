"""An agency manager reads the CALEOL commissions of his agency and those of no agency
(they serve every agency), not another agency's: their sessions, minutes, letters and
offers are refused him in French, the refusal audited (SQLite and PostgreSQL). The
CALEOL page shows him only his commissions (tests/gui/test_caleol_agency_gui.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.domain.caleol import SessionMode
from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Role
from desktop.services import agencies, caleol
from desktop.services.caleol import CommissionData, SessionData
from desktop.services.caleol import letters as caleol_letters
from desktop.services.caleol import minutes as pvs
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent
from tests.conftest import seat_account

DAY = dt.date(2026, 11, 23)
REFUSED = (
    "Accès refusé : votre compte ne peut pas consulter les procès-verbaux CALEOL d'une "
    "autre agence que la vôtre. Ce refus a été enregistré dans le journal d'audit."
)
NOT_SEATED = (
    "Accès refusé : votre compte ne peut pas consulter les procès-verbaux CALEOL d'une "
    "commission où il ne siège pas. Ce refus a été enregistré dans le journal d'audit."
)


def commissions_of_two_agencies(db, actor, ids: dict[str, int] | None = None) -> dict:
    """Agencies A and B (``ids``: existing ones), a commission for each and one of no
    agency, a session each."""
    if ids is None:
        ids = {
            "A": agencies.create_agency(db, actor, "AAA", "Agence A"),
            "B": agencies.create_agency(db, actor, "BBB", "Agence B"),
        }
    out: dict = {"agencies": ids, "commissions": {}, "sessions": {}}
    for key, agency_id in (("A", ids["A"]), ("B", ids["B"]), ("tous", None)):
        cid = caleol.create_commission(
            db, actor, CommissionData(name=f"CALEOL {key}", agency_id=agency_id)
        )
        out["commissions"][key] = cid
        out["sessions"][key] = caleol.create_session(
            db,
            actor,
            cid,
            SessionData(
                number=f"2026-{key}",
                session_date=DAY,
                mode=SessionMode.PRESENTIEL,
                start_time=dt.time(14, 0),
            ),
        )
    return out


@pytest.fixture
def world(db, actor):
    return commissions_of_two_agencies(db, actor)


def _manager(world, key="A") -> Actor:
    return Actor(f"resp.{key.lower()}", role=Role.MANAGER, agency_id=world["agencies"][key])


def test_a_manager_lists_only_his_agencys_commissions_and_those_of_none(db, world):
    manager = _manager(world)
    names = [c.name for c in caleol.list_commissions(db, manager, include_inactive=True)]
    assert names == ["CALEOL A", "CALEOL tous"]
    sessions = {s.number for s in caleol.list_sessions(db, manager)}
    assert sessions == {"2026-A", "2026-tous"}
    assert caleol.list_sessions(db, manager, world["commissions"]["B"]) == []
    # The other agency's manager, symmetrically.
    other = _manager(world, "B")
    assert {s.number for s in caleol.list_sessions(db, other)} == {"2026-B", "2026-tous"}
    # The roles without agency read every commission; a member-only account those
    # where it holds a seat (none without an account).
    for role in (Role.ADMIN, Role.CALEOL_SECRETARY, Role.AUDITOR):
        everyone = Actor("x", role=role)
        assert len(caleol.list_sessions(db, everyone)) == 3, role
    assert caleol.list_sessions(db, Actor("x", role=Role.CALEOL_MEMBER)) == []


def test_another_agencys_session_is_refused_to_him_in_french(db, world):
    manager = _manager(world)
    sid = world["sessions"]["B"]
    for read in (
        lambda: caleol.get_session(db, manager, sid),
        lambda: caleol.quorum(db, manager, sid),
        lambda: caleol.find_session(db, manager, "2026-B"),
        lambda: caleol.get_commission(db, manager, world["commissions"]["B"]),
        lambda: pvs.list_versions(db, manager, sid),
        lambda: pvs.build_minutes(db, manager, sid),
        lambda: pvs.signatory(db, manager, sid),
        lambda: caleol_letters.letters_for_session(db, manager, sid),
    ):
        with pytest.raises(PermissionDenied) as error:
            read()
        assert str(error.value.message) == REFUSED
    with db.reader() as session:
        refused = session.scalars(
            select(AuditEvent.entity).where(
                AuditEvent.action == "refus", AuditEvent.actor == "resp.a"
            )
        ).all()
    assert len(refused) == 8
    # His own and the shared commission's sessions open.
    for key in ("A", "tous"):
        assert caleol.get_session(db, manager, world["sessions"][key]).number == f"2026-{key}"
        assert pvs.list_versions(db, manager, world["sessions"][key]) == []


def seat_the_manager_of_a(
    db, actor, world, login: str = "resp.a", password: str = "Parcours-siege-2026!"
) -> tuple[Actor, int]:
    """Agency A's manager (an account ``login``) holds a member's seat in B's
    commission; a third agency C gets a commission and a session of its own. Returns
    the manager and his seat's id."""
    from desktop.domain.caleol import MemberRole

    manager, seat = seat_account(
        db,
        actor,
        world["commissions"]["B"],
        login,
        "Responsable A",
        role=Role.MANAGER,
        agency_code="AAA",
        member_role=MemberRole.DESIGNE,
        last_name="SiègeA",
        password=password,
    )
    third = caleol.create_commission(
        db,
        actor,
        CommissionData(name="CALEOL C", agency_id=agencies.create_agency(db, actor, "CCC", "C")),
    )
    world["commissions"]["C"] = third
    world["sessions"]["C"] = caleol.create_session(
        db, actor, third, SessionData(number="2026-C", session_date=DAY, start_time=dt.time(9, 0))
    )
    return manager, seat


def test_a_managers_yearly_allocation_reports_count_the_commissions_he_reads(db, actor):
    """The allocation targets and the holder's flow: an agency manager's count the
    allocations of the commissions he reads (on a server he reads no other)."""
    from desktop.services import attribution
    from desktop.storage.caleol_models import Commission
    from desktop.storage.models import Agency
    from tests import attribution_world as W

    W.build(db, actor)
    other = agencies.create_agency(db, actor, "BBB", "Agence B")
    with db.reader() as session:
        val = session.scalar(select(Agency.id).where(Agency.code == "VAL"))
    shared = Actor("resp.b", role=Role.MANAGER, agency_id=other)
    # A commission of no agency: every manager counts its allocations.
    assert len(attribution.targets(db, shared, W.EPCI, W.YEAR).allocations) == 7
    with db.transaction() as session:
        session.query(Commission).update({Commission.agency_id: val})
    own = Actor("resp.val", role=Role.MANAGER, agency_id=val)
    assert len(attribution.targets(db, own, W.EPCI, W.YEAR).allocations) == 7
    assert attribution.targets(db, shared, W.EPCI, W.YEAR).allocations == ()
    assert attribution.holders(db, shared, W.YEAR) == []
    assert attribution.holders(db, own, W.YEAR) == ["Action Logement", "Préfecture"]
    assert len(attribution.targets(db, actor, W.EPCI, W.YEAR).allocations) == 7


def test_a_manager_is_told_his_yearly_figures_count_only_his_commissions(qtbot, db, actor):
    """The targets' and the holder's flow screens and reports say so first: the whole
    EPCI's figures are the administrator's (docs/domain.md#caleol)."""
    from PySide6.QtCore import Qt

    from desktop.services import attribution
    from desktop.ui.cotation.flow import FlowTab
    from desktop.ui.cotation.targets import TargetsTab
    from tests import attribution_world as W

    W.build(db, actor)
    manager = Actor(
        "resp.b", role=Role.MANAGER, agency_id=agencies.create_agency(db, actor, "BBB", "Agence B")
    )
    said = "Chiffres des seules commissions de votre agence et de celles sans agence"
    assert attribution.partial_scope(actor) is None
    for name, scope in (
        (attribution.TARGETS_REPORT, W.EPCI),
        (attribution.FLOW_REPORT, "Préfecture"),
    ):
        assert not any(
            said in n for n in attribution.build_yearly_report(db, actor, name, scope, W.YEAR).notes
        )
        notes = attribution.build_yearly_report(db, manager, name, scope, W.YEAR).notes
        assert notes[0].startswith(said)
    tab = TargetsTab(db, manager)
    qtbot.addWidget(tab)
    tab.epci.setCurrentText(W.EPCI)
    tab.year.setValue(W.YEAR)
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert said in tab.summary.text()
    admin_tab = TargetsTab(db, actor)
    qtbot.addWidget(admin_tab)
    admin_tab.epci.setCurrentText(W.EPCI)
    admin_tab.year.setValue(W.YEAR)
    qtbot.mouseClick(admin_tab.show_button, Qt.MouseButton.LeftButton)
    assert admin_tab.summary.text() and said not in admin_tab.summary.text()
    for who, shown in ((manager, True), (actor, False)):
        flow = FlowTab(db, who)
        qtbot.addWidget(flow)
        flow.year.setValue(W.YEAR)
        flow.holder.setCurrentText("Préfecture")
        assert flow.holder.currentText() == "Préfecture"
        qtbot.mouseClick(flow.show_button, Qt.MouseButton.LeftButton)
        first, *rest = flow.summary.text().split("\n")
        assert first == "5 logements proposés, 4 attribués ; à transmettre avant le 28/02/2027."
        assert [line.startswith(said) for line in rest] == ([True] if shown else [])


def test_a_manager_reads_the_sessions_of_the_commission_where_he_holds_a_seat(db, actor, world):
    """A member reads the sessions of the commission he sits in: an agency manager too,
    when his account holds a seat in another agency's commission (not a third agency's).
    His yearly figures stay his agency's (and of no agency)."""
    manager, _seat = seat_the_manager_of_a(db, actor, world)
    names = [c.name for c in caleol.list_commissions(db, manager, include_inactive=True)]
    assert names == ["CALEOL A", "CALEOL B", "CALEOL tous"]
    assert {s.number for s in caleol.list_sessions(db, manager)} == {
        "2026-A",
        "2026-B",
        "2026-tous",
    }
    sid = world["sessions"]["B"]
    assert [s.number for s in caleol.list_sessions(db, manager, world["commissions"]["B"])] == [
        "2026-B"
    ]
    # He reads B's session and its minutes as a member-only account seated there does.
    member, _ = seat_account(db, actor, world["commissions"]["B"])
    assert caleol.get_session(db, manager, sid).number == "2026-B"
    assert caleol.find_session(db, manager, "2026-B") == sid
    assert caleol.get_commission(db, manager, world["commissions"]["B"]).name == "CALEOL B"
    assert caleol.quorum(db, manager, sid) == caleol.quorum(db, member, sid)
    minutes, members_minutes = (
        pvs.build_minutes(db, manager, sid),
        pvs.build_minutes(db, member, sid),
    )
    assert minutes.session.number == "2026-B"
    assert (minutes.members, minutes.quorum, minutes.dwellings) == (
        members_minutes.members,
        members_minutes.quorum,
        members_minutes.dwellings,
    )
    assert any("SIÈGEA" in m.name.upper() for m in minutes.members)
    assert pvs.list_versions(db, manager, sid) == []
    assert caleol_letters.letters_for_session(db, manager, sid) is not None
    # Not the third agency's commission.
    with pytest.raises(PermissionDenied) as error:
        caleol.get_session(db, manager, world["sessions"]["C"])
    assert str(error.value.message) == REFUSED
    with pytest.raises(PermissionDenied):
        pvs.build_minutes(db, manager, world["sessions"]["C"])
    # A deactivated seat no longer opens B's sessions.
    with db.transaction() as session:
        from desktop.storage.caleol_models import Member

        seat = session.scalars(select(Member).where(Member.app_user_id == manager.user_id)).one()
        seat.active = False
    assert {s.number for s in caleol.list_sessions(db, manager)} == {"2026-A", "2026-tous"}
    with pytest.raises(PermissionDenied):
        caleol.get_session(db, manager, sid)


def test_a_member_only_account_reads_only_the_commissions_where_it_holds_a_seat(db, actor, world):
    """A mayor's, the State's or the tenants' representative (a member-only account)
    reads the commissions where his account holds an active seat, not the organism's
    others (nor those of no agency): lists filtered; another commission's session,
    minutes, letters and candidatures refused in French, each refusal audited."""
    from desktop.services.caleol import offers as caleol_offers
    from tests.test_caleol_service import _candidate, _dwelling

    candidates = {}
    for n, key in enumerate(("A", "B", "tous"), start=1):
        item = caleol.add_dwelling_item(
            db, actor, world["sessions"][key], _dwelling(reference=f"LGT-{key}")
        )
        candidates[key] = caleol.add_candidate(
            db, actor, item.id, _candidate(n, last_name=f"Candidat{key}")
        ).id
    member, seat = seat_account(db, actor, world["commissions"]["B"], "maire.b", "Maire de B")
    names = [c.name for c in caleol.list_commissions(db, member, include_inactive=True)]
    assert names == ["CALEOL B"]
    assert {s.number for s in caleol.list_sessions(db, member)} == {"2026-B"}
    assert caleol.list_sessions(db, member, world["commissions"]["A"]) == []
    sid = world["sessions"]["B"]
    view = caleol.get_session(db, member, sid)
    assert [c.last_name for i in view.items for c in i.candidates] == ["CandidatB"]
    assert caleol_offers.find_candidate(db, member, f"#{candidates['B']}") == candidates["B"]
    assert pvs.build_minutes(db, member, sid).session.number == "2026-B"
    assert pvs.list_versions(db, member, sid) == []
    assert caleol_letters.letters_for_session(db, member, sid) is not None
    refusals = 0
    for key in ("A", "tous"):
        other = world["sessions"][key]
        for read, what in (
            (caleol.get_session, other),
            (caleol.quorum, other),
            (caleol.find_session, f"2026-{key}"),
            (caleol.get_commission, world["commissions"][key]),
            (caleol_offers.find_candidate, f"#{candidates[key]}"),
            (pvs.list_versions, other),
            (pvs.build_minutes, other),
            (pvs.signatory, other),
            (caleol_letters.letters_for_session, other),
        ):
            with pytest.raises(PermissionDenied) as error:
                read(db, member, what)
            assert str(error.value.message) == NOT_SEATED
            refusals += 1
    with db.reader() as session:
        refused = session.scalars(
            select(AuditEvent.entity_id).where(
                AuditEvent.action == "refus", AuditEvent.actor == "maire.b"
            )
        ).all()
    assert len(refused) == refusals == 18
    assert sid not in refused
    # Another member-only account, seated nowhere, reads no commission; a deactivated
    # seat no longer opens B.
    nowhere = Actor("prefet", role=Role.CALEOL_MEMBER, user_id=member.user_id + 1000)
    assert caleol.list_commissions(db, nowhere, include_inactive=True) == []
    with db.transaction() as session:
        from desktop.storage.caleol_models import Member

        session.get(Member, seat).active = False
    assert caleol.list_sessions(db, member) == []
    with pytest.raises(PermissionDenied):
        caleol.get_session(db, member, sid)
