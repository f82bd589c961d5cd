"""Vigilance call campaigns through the services: target from a saved search, callers
and their own lists, calls and escalations, referrals, reinforced links, figures, end
and purge of the notes, rights and audit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.domain.campaign import (
    CallOutcome,
    CampaignStatus,
    CampaignTerms,
    CloseReason,
    ContactPerson,
    EscalationStep,
    NextAction,
    PartnerType,
    PurgeMode,
    ReferralStatus,
    TargetState,
)
from desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from desktop.domain.roles import Role
from desktop.domain.tenant import OccupantData
from desktop.services import accounts, agencies, campaigns, saved_queries, tenants
from desktop.services.campaigns import CallEntry, ReferralInput
from desktop.services.context import Actor
from desktop.services.tenants import TenantQuery
from desktop.storage.campaign_models import CampaignCall, CampaignReferral, CampaignTarget
from desktop.storage.models import AuditEvent

TODAY = dt.date.today()
D = dt.timedelta
PASSWORD = "Appels-2026!"
TENANT, RELATIVE, NEIGHBOUR = ContactPerson.TENANT, ContactPerson.RELATIVE, ContactPerson.NEIGHBOUR
OK_ANSWERS = {
    "SANTE": "BIEN",
    "COURSES_REPAS": "PROCHES",
    "ENTOURAGE": "QUOTIDIEN",
    "MESURES": "CONNUES",
    "BESOIN_AIDE": ["AUCUN"],
}


def years_ago(years: int, days: int = 0) -> dt.date:
    return TODAY.replace(year=TODAY.year - years, day=min(TODAY.day, 28)) - D(days=days)


def person(last, first, born, phone="", civility="Mme", **kw) -> OccupantData:
    return OccupantData(
        last_name=last, first_name=first, civility=civility, birth_date=born, phone=phone, **kw
    )


@pytest.fixture
def world(db, actor, agency, make_file):
    """Two agencies, tenant files of every kind, a saved search, three callers."""
    agencies.create_agency(db, actor, "MER", "Agence Mérignac", "Mérignac")
    ids = {}

    def add(key, n, occupants, agency_code="BXN", **kw):
        f = make_file(n, **kw)
        f.occupants = occupants
        f.dwelling.agency_code = agency_code
        ids[key] = tenants.create_tenant_file(db, actor, f)

    add("senior", 1, [person("Dupont", "Élodie", years_ago(76), "05 56 12 34 56")], isolated=True)
    add("senior_no_phone", 2, [person("Martin", "Jeanne", years_ago(81))])
    add(
        "senior_via_son",
        3,
        [
            person("Bernard", "Paul", years_ago(45), "06 11 22 33 44", civility="M."),
            person("Bernard", "Louise", years_ago(88), is_titular=False),
        ],
    )
    add(
        "senior_bad_phone",
        4,
        [person("Petit", "Marcel", years_ago(73), "08 00 11 22 33", civility="M.")],
    )
    add("young", 5, [person("Roux", "Léa", years_ago(35), "06 98 76 54 32")])
    add(
        "senior_couple",
        6,
        [
            person("Moreau", "André", years_ago(79), "", civility="M."),
            person("Moreau", "Yvette", years_ago(74), "07 81 12 12 13"),
        ],
    )
    add(
        "senior_mer",
        7,
        [person("Girard", "Odette", years_ago(90), "05 57 00 11 22")],
        agency_code="MER",
    )
    add("closed", 8, [person("Lefèvre", "Simone", years_ago(85), "05 56 99 88 77")])
    view = tenants.get_tenant_file(db, actor, ids["closed"])
    tenants.close_tenant_file(
        db, actor, ids["closed"], view.version, TODAY - D(days=30), "Départ en EHPAD"
    )
    saved_queries.save_query(db, actor, "Seniors", TenantQuery(senior_only=True))
    users = {}
    for username, role, code in (
        ("alice", Role.AGENT, "BXN"),
        ("bruno", Role.AGENT, "BXN"),
        ("chloe", Role.AGENT, "MER"),
        ("resp.bxn", Role.MANAGER, "BXN"),
        ("resp.mer", Role.MANAGER, "MER"),
        ("audit", Role.AUDITOR, None),
        ("secr", Role.CALEOL_SECRETARY, None),
    ):
        uid = accounts.create_user(
            db,
            actor,
            username,
            username.title(),
            role,
            PASSWORD,
            agency_code=code,
            must_change_password=False,
        )
        users[username] = uid
    return ids, users


def as_user(db, username) -> Actor:
    return accounts.authenticate(db, username, PASSWORD)


def terms(**overrides) -> CampaignTerms:
    t = CampaignTerms(
        name="Canicule",
        query_name="Seniors",
        start_on=TODAY - D(days=2),
        planned_end_on=TODAY + D(days=40),
        purpose="Vigilance canicule",
    )
    for key, value in overrides.items():
        setattr(t, key, value)
    return t


def started(db, actor, users, callers=("alice", "bruno", "chloe"), **overrides):
    cid = campaigns.create_campaign(db, actor, terms(**overrides), [users[c] for c in callers])
    result = campaigns.start_campaign(db, actor, cid)
    return cid, result


def target_of(db, actor, cid, household_id):
    rows = campaigns.target_list(db, actor, cid)
    return next(r for r in rows if r.household_id == household_id)


def audit_actions(db, entity):
    with db.reader() as session:
        return [
            (e.action, e.entity_id, e.after)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
            )
        ]


# --------------------------------------------------------------------------- target


def test_target_is_seniors_with_a_valid_number(db, actor, world):
    ids, users = world
    cid = campaigns.create_campaign(db, actor, terms(), [users["alice"], users["bruno"]])
    preview = campaigns.target_preview(db, actor, cid)
    # senior, via son, couple, Mérignac; not: no phone, 08 number (young, closed excluded).
    assert (preview.matching, preview.eligible, preview.without_phone) == (6, 4, 2)
    assert preview.by_agency == {"BXN": 3, "MER": 1}
    result = campaigns.start_campaign(db, actor, cid)
    assert (result.targets, result.without_phone, result.assigned) == (4, 2, 4)
    rows = {r.household_id: r for r in campaigns.target_list(db, actor, cid)}
    assert set(rows) == {
        ids["senior"],
        ids["senior_via_son"],
        ids["senior_couple"],
        ids["senior_mer"],
    }
    senior = rows[ids["senior"]]
    assert (senior.contact_name, senior.phone, senior.age_band, senior.isolated) == (
        "Mme Élodie DUPONT",
        "05 56 12 34 56",
        "75-79",
        True,
    )
    assert (senior.state, senior.step, senior.next_call_on) == (
        TargetState.TO_CALL,
        EscalationStep.FIRST_CALL,
        TODAY,
    )
    # The mother is called through her son's number.
    assert (rows[ids["senior_via_son"]].contact_name, rows[ids["senior_via_son"]].phone) == (
        "Mme Louise BERNARD",
        "06 11 22 33 44",
    )
    # In a couple, the senior who has a number.
    assert rows[ids["senior_couple"]].contact_name == "Mme Yvette MOREAU"
    view = campaigns.get_campaign(db, actor, cid)
    assert view.status == CampaignStatus.RUNNING and view.target_count == 4
    assert view.target_filters["query"]["senior_only"] is True
    assert view.target_filters["criteria"]["min_age"] == 70
    assert sorted(c.targets for c in view.callers) == [2, 2]
    with pytest.raises(ValidationError, match="déjà été lancée"):
        campaigns.start_campaign(db, actor, cid)


def test_campaign_criteria_agency_and_isolation(db, actor, world):
    ids, users = world
    senior = tenants.get_tenant_file(db, actor, ids["senior"])
    cid, result = started(
        db, actor, users, name="Isolés BXN", isolated_only=True, agency_id=_agency_id(db, "BXN")
    )
    assert result.targets == 1
    assert [r.household_id for r in campaigns.target_list(db, actor, cid)] == [ids["senior"]]
    assert senior.data.isolated
    cid2, result = started(db, actor, users, name="Très âgés", min_age=85)
    assert {r.household_id for r in campaigns.target_list(db, actor, cid2)} == {
        ids["senior_via_son"],
        ids["senior_mer"],
    }


def _agency_id(db, code):
    from desktop.storage.models import Agency

    with db.reader() as session:
        return session.scalar(select(Agency.id).where(Agency.code == code))


def test_create_checks_its_input(db, actor, world):
    _ids, users = world
    with pytest.raises(ValidationError) as exc:
        campaigns.create_campaign(db, actor, terms(query_name="Inconnue"))
    assert "Aucune recherche enregistrée" in str(exc.value.fields["query_name"])
    with pytest.raises(ValidationError) as exc:
        campaigns.create_campaign(db, actor, terms(planned_end_on=TODAY - D(days=10)))
    assert "planned_end_on" in exc.value.fields
    campaigns.create_campaign(db, actor, terms())
    with pytest.raises(ValidationError, match="déjà"):
        campaigns.create_campaign(db, actor, terms(name="canicule"))
    with pytest.raises(ValidationError) as exc:
        campaigns.create_campaign(db, actor, terms(name="Autre"), [users["secr"]])
    assert "ne peuvent pas appeler" in str(exc.value.fields["callers"])


def test_running_campaign_keeps_its_target_and_script(db, actor, world):
    _ids, users = world
    cid, _r = started(db, actor, users)
    view = campaigns.get_campaign(db, actor, cid)
    t = view.terms()
    t.planned_end_on = TODAY + D(days=60)
    t.purpose = "Prolongée"
    version = campaigns.update_campaign(db, actor, cid, t, view.version)
    view = campaigns.get_campaign(db, actor, cid)
    assert (view.planned_end_on, view.purpose, view.version) == (
        TODAY + D(days=60),
        "Prolongée",
        version,
    )
    t = view.terms()
    t.min_age = 80
    with pytest.raises(ValidationError, match="seuls le nom"):
        campaigns.update_campaign(db, actor, cid, t, view.version)
    with pytest.raises(ConflictError):
        campaigns.update_campaign(db, actor, cid, view.terms(), view.version - 1)


# --------------------------------------------------------------------------- callers


def test_callers_see_and_record_only_their_own_targets(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    lists = {u: campaigns.caller_list(db, as_user(db, u)) for u in ("alice", "bruno", "chloe")}
    # By agency when possible: the Mérignac target went to the Mérignac caller.
    assert [r.household_id for r in lists["chloe"]] == [ids["senior_mer"]]
    assert sorted(len(v) for v in lists.values()) == [1, 1, 2]
    assert {r.household_id for v in lists.values() for r in v} == {
        ids["senior"],
        ids["senior_via_son"],
        ids["senior_couple"],
        ids["senior_mer"],
    }
    alice, chloe = as_user(db, "alice"), as_user(db, "chloe")
    foreign = lists["alice"][0]
    with pytest.raises(PermissionDenied, match="pas dans votre liste"):
        campaigns.record_call(db, chloe, foreign.id, CallEntry())
    with pytest.raises(PermissionDenied):
        campaigns.get_target(db, chloe, foreign.id)
    assert ("refus", foreign.id) in [(a, i) for a, i, _x in audit_actions(db, "campagne_fiche")]
    # A caller cannot manage.
    with pytest.raises(PermissionDenied):
        campaigns.target_list(db, alice, cid)
    with pytest.raises(PermissionDenied):
        campaigns.campaign_figures(db, alice, cid)
    assert [c.id for c in campaigns.list_campaigns(db, alice)] == [cid]
    # The manager of Bordeaux Nord follows his agency's targets of an organisation-wide
    # campaign, not the others'.
    resp = as_user(db, "resp.bxn")
    assert {r.agency_id for r in campaigns.target_list(db, resp, cid)} == {_agency_id(db, "BXN")}
    with pytest.raises(PermissionDenied):
        campaigns.end_campaign(db, resp, cid)


def test_caller_candidates_are_active_accounts_allowed_to_call(db, actor, world):
    _ids, users = world
    found = campaigns.caller_candidates(db, actor)
    assert [(c.username, c.agency_code) for c in found] == [
        ("alice", "BXN"),
        ("bruno", "BXN"),
        ("chloe", "MER"),
        ("resp.bxn", "BXN"),
        ("resp.mer", "MER"),
    ]
    assert found[0].label == "Alice"
    # An agency manager picks among his agency's accounts.
    assert [c.username for c in campaigns.caller_candidates(db, as_user(db, "resp.mer"))] == [
        "chloe",
        "resp.mer",
    ]
    with pytest.raises(PermissionDenied):
        campaigns.caller_candidates(db, as_user(db, "alice"))


def test_removing_a_caller_hands_his_open_targets_out(db, actor, world):
    _ids, users = world
    cid, _r = started(db, actor, users)
    bruno_targets = campaigns.caller_list(db, as_user(db, "bruno"))
    result = campaigns.assign_callers(db, actor, cid, [users["alice"], users["chloe"]])
    assert result.assigned == len(bruno_targets)
    assert sum(result.per_caller.values()) == 4
    assert campaigns.caller_list(db, as_user(db, "bruno")) == []
    view = campaigns.get_campaign(db, actor, cid)
    assert {c.user_id: c.active for c in view.callers}[users["bruno"]] is False
    # Bruno comes back: with rebalance, the sheets not called yet are shared again.
    result = campaigns.assign_callers(
        db, actor, cid, [users["alice"], users["bruno"], users["chloe"]], rebalance=True
    )
    assert sorted(result.per_caller.values()) == [1, 1, 2]
    # One sheet moved by hand; a former owner no longer sees it.
    sheet = campaigns.caller_list(db, as_user(db, "chloe"))[0]
    campaigns.reassign_target(db, actor, sheet.id, users["alice"])
    assert sheet.id not in [r.id for r in campaigns.caller_list(db, as_user(db, "chloe"))]
    assert sheet.id in [r.id for r in campaigns.caller_list(db, as_user(db, "alice"))]
    with pytest.raises(ValidationError, match="pas appelant"):
        campaigns.reassign_target(db, actor, sheet.id, users["resp.mer"])


def test_draft_can_be_deleted_not_a_running_one(db, actor, world):
    _ids, users = world
    draft = campaigns.create_campaign(db, actor, terms(name="Brouillon"))
    campaigns.delete_campaign(db, actor, draft, campaigns.get_campaign(db, actor, draft).version)
    assert campaigns.list_campaigns(db, actor) == []
    cid, _r = started(db, actor, users)
    with pytest.raises(ValidationError, match="brouillon"):
        campaigns.delete_campaign(db, actor, cid, campaigns.get_campaign(db, actor, cid).version)


# --------------------------------------------------------------------------- calls


def test_unreachable_escalates_then_neighbour_secures(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    alice = as_user(db, "alice")
    target = next(r for r in campaigns.caller_list(db, alice))
    r1 = campaigns.record_call(db, alice, target.id, CallEntry(), expected_version=target.version)
    assert (r1.outcome, r1.state, r1.step, r1.next_call_on) == (
        CallOutcome.NOT_REACHED,
        TargetState.IN_PROGRESS,
        EscalationStep.SECOND_CALL,
        TODAY + D(days=1),
    )
    with pytest.raises(ConflictError):
        campaigns.record_call(db, alice, target.id, CallEntry(), expected_version=target.version)
    r2 = campaigns.record_call(db, alice, target.id, CallEntry(wrong_number=False))
    assert r2.step == EscalationStep.NEIGHBOUR and r2.next_call_on == TODAY
    r3 = campaigns.record_escalation_outcome(
        db,
        alice,
        target.id,
        EscalationStep.NEIGHBOUR,
        CallEntry(
            person=NEIGHBOUR, answers={"SANTE": "BIEN"}, note="La voisine la voit chaque jour."
        ),
    )
    assert (r3.outcome, r3.state, r3.warnings) == (CallOutcome.REACHED_OK, TargetState.SECURED, [])
    view = campaigns.get_target(db, alice, target.id)
    assert [c.step for c in view.calls] == [
        EscalationStep.FIRST_CALL,
        EscalationStep.SECOND_CALL,
        EscalationStep.NEIGHBOUR,
    ]
    assert view.target.secured_on == TODAY and view.calls[-1].has_note
    # The note is read on demand, and the read is audited.
    assert (
        campaigns.get_call_note(db, alice, view.calls[-1].id) == "La voisine la voit chaque jour."
    )
    reads = [x for x in audit_actions(db, "campagne_appel") if x[0] == "consultation"]
    assert reads == [
        (
            "consultation",
            view.calls[-1].id,
            {"parties": ["note d'appel"], "campagne": cid, "fiche": target.id},
        )
    ]
    with pytest.raises(PermissionDenied):
        campaigns.get_call_note(db, as_user(db, "chloe"), view.calls[-1].id)
    with pytest.raises(ValidationError, match="voisin, facteur"):
        campaigns.record_escalation_outcome(
            db, alice, target.id, EscalationStep.SECOND_CALL, CallEntry()
        )


def test_answers_are_validated_and_need_read_from_them(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    t = target_of(db, actor, cid, ids["senior"])
    with pytest.raises(ValidationError) as exc:
        campaigns.record_call(db, actor, t.id, CallEntry(person=TENANT, answers={"SANTE": "BIEN"}))
    assert "answers.BESOIN_AIDE" in exc.value.fields
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(CampaignCall)) == 0
    answers = dict(OK_ANSWERS, BESOIN_AIDE=["COURSES", "ECOUTE"])
    result = campaigns.record_call(
        db,
        actor,
        t.id,
        CallEntry(
            person=TENANT,
            answers=answers,
            next_action=NextAction.REFER,
            note="Suit un traitement lourd",
        ),
    )
    assert (result.outcome, result.state, result.step) == (
        CallOutcome.REFERRED,
        TargetState.IN_PROGRESS,
        EscalationStep.FOLLOW_UP,
    )
    assert result.next_call_on == TODAY + D(days=2)
    assert result.warnings and "traitement" in str(result.warnings[0])
    row = target_of(db, actor, cid, ids["senior"])
    assert row.need_help and not row.help_in_place and row.reached_on == TODAY


def test_referral_follow_up_secures_when_help_is_in_place(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    t = target_of(db, actor, cid, ids["senior"])
    campaigns.record_call(
        db,
        actor,
        t.id,
        CallEntry(
            person=TENANT,
            answers=dict(OK_ANSWERS, BESOIN_AIDE=["REPAS"]),
            next_action=NextAction.REFER,
        ),
    )
    with pytest.raises(ValidationError) as exc:
        campaigns.add_referral(db, actor, t.id, ReferralInput(PartnerType.CCAS, "CCAS Bordeaux"))
    assert "accord" in str(exc.value.fields["consent"])
    rid = campaigns.add_referral(
        db,
        actor,
        t.id,
        ReferralInput(PartnerType.CCAS, "CCAS Bordeaux", reason="Portage de repas", consent=True),
    )
    [ref] = campaigns.list_referrals(db, actor, cid)
    assert (ref.status, ref.contact_name) == (ReferralStatus.TO_SEND, "Mme Élodie DUPONT")
    v = campaigns.update_referral(db, actor, rid, ReferralStatus.SENT, ref.version)
    with pytest.raises(ValidationError, match="ne peut pas passer"):
        campaigns.update_referral(db, actor, rid, ReferralStatus.TO_SEND, v)
    with pytest.raises(ValidationError) as exc:
        campaigns.close_referral(db, actor, rid, v, outcome="", help_in_place=True)
    assert "outcome" in exc.value.fields
    campaigns.close_referral(
        db, actor, rid, v, outcome="Portage en place dès lundi", help_in_place=True
    )
    row = target_of(db, actor, cid, ids["senior"])
    assert (row.state, row.secured_on, row.help_in_place) == (TargetState.SECURED, TODAY, True)
    # Emergency referrals need no consent.
    t2 = target_of(db, actor, cid, ids["senior_mer"])
    campaigns.add_referral(db, actor, t2.id, ReferralInput(PartnerType.EMERGENCY, sent_on=TODAY))
    figures = campaigns.campaign_figures(db, actor, cid)
    assert figures.referrals == {
        PartnerType.CCAS: {ReferralStatus.CLOSED: 1},
        PartnerType.EMERGENCY: {ReferralStatus.SENT: 1},
    }


def test_call_notes_and_referral_texts_at_their_limits(db, actor, world):
    """1 000 characters a call note, a referral's reason or its outcome, 120 a partner's
    name: one more is refused with the limit, and nothing is recorded."""
    ids, users = world
    cid, _r = started(db, actor, users)
    t = target_of(db, actor, cid, ids["senior"])
    with pytest.raises(ValidationError) as exc:
        campaigns.record_call(db, actor, t.id, CallEntry(note="x" * 1001))
    assert str(exc.value.fields["note"]) == "1\u202f000 caractères au plus."
    assert campaigns.get_target(db, actor, t.id).calls == []
    campaigns.record_call(
        db, actor, t.id, CallEntry(person=TENANT, answers=OK_ANSWERS, note="x" * 1000)
    )
    [call] = campaigns.get_target(db, actor, t.id).calls
    assert campaigns.get_call_note(db, actor, call.id) == "x" * 1000

    def refer(name, reason):
        return campaigns.add_referral(
            db,
            actor,
            t.id,
            ReferralInput(PartnerType.CCAS, name, reason=reason, consent=True, sent_on=TODAY),
        )

    with pytest.raises(ValidationError) as exc:
        refer("C" * 121, "r" * 1001)
    assert {k: str(v) for k, v in exc.value.fields.items()} == {
        "partner_name": "120 caractères au plus.",
        "reason": "1\u202f000 caractères au plus.",
    }
    assert campaigns.list_referrals(db, actor, cid) == []
    rid = refer("C" * 120, "r" * 1000)
    [ref] = campaigns.list_referrals(db, actor, cid)
    assert (ref.partner_name, ref.reason) == ("C" * 120, "r" * 1000)
    with pytest.raises(ValidationError) as exc:
        campaigns.close_referral(
            db, actor, rid, ref.version, outcome="o" * 1001, help_in_place=False
        )
    assert str(exc.value.fields["outcome"]) == "1\u202f000 caractères au plus."
    campaigns.close_referral(db, actor, rid, ref.version, outcome="o" * 1000, help_in_place=False)
    [ref] = campaigns.list_referrals(db, actor, cid)
    assert (ref.status, ref.outcome) == (ReferralStatus.CLOSED, "o" * 1000)


def test_reinforced_link_and_closing(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    t = target_of(db, actor, cid, ids["senior"])
    result = campaigns.record_call(
        db,
        actor,
        t.id,
        CallEntry(person=TENANT, answers=OK_ANSWERS, next_action=NextAction.REINFORCED_LINK),
    )
    assert (result.state, result.step, result.next_call_on) == (
        TargetState.SECURED,
        EscalationStep.FOLLOW_UP,
        TODAY + D(days=7),
    )
    owner = as_user(
        db,
        next(
            n
            for n, uid in users.items()
            if uid == target_of(db, actor, cid, ids["senior"]).caller_id
        ),
    )
    assert any(r.id == t.id for r in campaigns.caller_list(db, owner))
    assert not any(r.id == t.id for r in campaigns.caller_list(db, owner, due_only=True))
    assert any(
        r.id == t.id for r in campaigns.caller_list(db, owner, due_only=True, on=TODAY + D(days=7))
    )
    campaigns.set_reinforced_link(db, actor, t.id, False)
    row = target_of(db, actor, cid, ids["senior"])
    assert (row.reinforced_link, row.next_call_on) == (False, None)
    t2 = target_of(db, actor, cid, ids["senior_couple"])
    result = campaigns.record_call(
        db,
        actor,
        t2.id,
        CallEntry(
            person=RELATIVE, next_action=NextAction.CLOSE, close_reason=CloseReason.INSTITUTION
        ),
    )
    assert result.state == TargetState.CLOSED
    with pytest.raises(ValidationError, match="close"):
        campaigns.record_call(db, actor, t2.id, CallEntry())


# --------------------------------------------------------------------------- figures


def test_figures_count_called_reached_secured_per_caller_and_agency(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    rows = {r.household_id: r for r in campaigns.target_list(db, actor, cid)}
    campaigns.record_call(
        db, actor, rows[ids["senior"]].id, CallEntry(person=TENANT, answers=OK_ANSWERS)
    )
    campaigns.record_call(db, actor, rows[ids["senior_mer"]].id, CallEntry())
    campaigns.record_call(
        db, actor, rows[ids["senior_via_son"]].id, CallEntry(person=RELATIVE, need_help=True)
    )
    f = campaigns.campaign_figures(db, actor, cid)
    assert (f.total.targets, f.total.called, f.total.reached, f.total.secured) == (4, 3, 2, 1)
    assert str(f.total.secured_pct) == "25.0" and str(f.total.called_pct) == "75.0"
    by_agency = {g.label.split(" — ")[0]: g.counts for g in f.by_agency}
    assert (by_agency["BXN"].targets, by_agency["BXN"].secured, by_agency["MER"].called) == (
        3,
        1,
        1,
    )
    assert sum(g.counts.targets for g in f.by_caller) == 4
    steps = {s.step: s for s in f.steps}
    assert (
        steps[EscalationStep.FIRST_CALL].attempts,
        steps[EscalationStep.FIRST_CALL].reached,
        steps[EscalationStep.SECOND_CALL].pending,
    ) == (3, 2, 1)
    assert f.secured_by_week[-1][2] == 1
    mer = campaigns.campaign_figures(db, actor, cid, agency_id=_agency_id(db, "MER"))
    assert (mer.total.targets, mer.total.called, mer.total.reached) == (1, 1, 0)
    # Readers of reports see them; agency roles only for their agency.
    assert campaigns.campaign_figures(db, as_user(db, "audit"), cid).total.targets == 4
    assert campaigns.campaign_figures(db, as_user(db, "resp.mer"), cid).total.targets == 1
    with pytest.raises(PermissionDenied):
        campaigns.campaign_figures(
            db, as_user(db, "resp.mer"), cid, agency_id=_agency_id(db, "BXN")
        )


# --------------------------------------------------------------------------- end, purge


def _run_a_little(db, actor, ids, cid):
    rows = {r.household_id: r for r in campaigns.target_list(db, actor, cid)}
    campaigns.record_call(
        db,
        actor,
        rows[ids["senior"]].id,
        CallEntry(person=TENANT, answers=OK_ANSWERS, note="Sa fille passe le soir."),
    )
    campaigns.record_call(
        db,
        actor,
        rows[ids["senior_mer"]].id,
        CallEntry(
            person=TENANT,
            answers=dict(OK_ANSWERS, BESOIN_AIDE=["REPAS"]),
            next_action=NextAction.REFER,
            note="Demande un portage de repas",
        ),
    )
    campaigns.add_referral(
        db,
        actor,
        rows[ids["senior_mer"]].id,
        ReferralInput(PartnerType.CCAS, "CCAS Mérignac", reason="Portage de repas", consent=True),
    )
    return rows


def test_end_then_anonymise_keeps_the_figures(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    rows = _run_a_little(db, actor, ids, cid)
    with pytest.raises(ValidationError, match="terminée"):
        campaigns.purge_campaign_notes(db, actor, cid)
    before = campaigns.campaign_figures(db, actor, cid)
    campaigns.end_campaign(db, actor, cid)
    with pytest.raises(ValidationError, match="pas en cours"):
        campaigns.record_call(db, actor, rows[ids["senior_couple"]].id, CallEntry())
    assert campaigns.caller_list(db, as_user(db, "alice")) == []
    preview = campaigns.purge_preview(db, actor, cid)
    assert (
        preview.targets,
        preview.contacts,
        preview.calls,
        preview.notes,
        preview.answers,
        preview.referrals,
        preview.referral_texts,
    ) == (4, 4, 2, 2, 2, 1, 1)
    assert preview.due_on == TODAY and preview.overdue  # default: at the campaign's end
    assert "conservation de 0 mois" in str(preview.reason)
    result = campaigns.purge_campaign_notes(db, actor, cid, PurgeMode.ANONYMISE)
    assert (result.targets, result.calls, result.notes) == (4, 2, 2)
    with db.reader() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(CampaignCall)
                .where((CampaignCall.note != "") | CampaignCall.answers.is_not(None))
            )
            == 0
        )
        targets = session.scalars(select(CampaignTarget)).all()
        assert all(
            t.household_id is None and t.contact_name == "" and t.phone == "" for t in targets
        )
        assert session.scalar(select(CampaignReferral.reason)) == ""
    after = campaigns.campaign_figures(db, actor, cid)
    assert after == before
    view = campaigns.get_campaign(db, actor, cid)
    assert (view.status, view.purged_on, view.purge_mode) == (
        CampaignStatus.PURGED,
        TODAY,
        "ANONYMISER",
    )
    assert [a for a, _i, _x in audit_actions(db, "campagne")][-2:] == ["close", "purge"]
    # The tenant file itself is untouched.
    assert (
        tenants.get_tenant_file(db, actor, ids["senior"]).data.occupants[0].phone
        == "05 56 12 34 56"
    )


def test_delete_mode_removes_the_rows_and_figures_stay(db, actor, world):
    ids, users = world
    cid, _r = started(db, actor, users)
    _run_a_little(db, actor, ids, cid)
    before = campaigns.campaign_figures(db, actor, cid)
    mer_before = campaigns.campaign_figures(db, actor, cid, agency_id=_agency_id(db, "MER"))
    version = campaigns.end_campaign(db, actor, cid)
    with pytest.raises(PermissionDenied):
        campaigns.purge_campaign_notes(db, as_user(db, "alice"), cid, PurgeMode.DELETE)
    campaigns.purge_campaign_notes(db, actor, cid, PurgeMode.DELETE, expected_version=version)
    with db.reader() as session:
        for model in (CampaignTarget, CampaignCall, CampaignReferral):
            assert session.scalar(select(func.count()).select_from(model)) == 0
    assert campaigns.campaign_figures(db, actor, cid) == before
    assert campaigns.campaign_figures(db, actor, cid, agency_id=_agency_id(db, "MER")) == mer_before
    purge = [x for x in audit_actions(db, "campagne") if x[0] == "purge"]
    assert purge and purge[-1][2]["mode"] == "SUPPRIMER" and purge[-1][2]["notes"] == 2


def test_agency_manager_runs_his_agency_campaign(db, actor, world):
    ids, users = world
    resp = as_user(db, "resp.bxn")
    with pytest.raises(PermissionDenied):
        campaigns.create_campaign(db, resp, terms(name="Toute la ville"))
    cid = campaigns.create_campaign(
        db, resp, terms(name="BXN", agency_id=_agency_id(db, "BXN")), [users["alice"]]
    )
    result = campaigns.start_campaign(db, resp, cid)
    assert result.targets == 3
    assert [c.name for c in campaigns.list_campaigns(db, as_user(db, "resp.mer"))] == []
    with pytest.raises(PermissionDenied):
        campaigns.assign_callers(db, as_user(db, "resp.mer"), cid, [users["chloe"]])
    events = [a for a, _i, _x in audit_actions(db, "campagne")]
    assert events == ["refus", "create", "start", "refus"]


def test_every_code_fits_its_column():
    from desktop.domain import campaign as cp
    from desktop.storage.campaign_models import Campaign

    columns = {
        cp.CampaignStatus: [Campaign.__table__.c.status],
        cp.PurgeMode: [Campaign.__table__.c.purge_mode],
        cp.TargetState: [CampaignTarget.__table__.c.state],
        cp.EscalationStep: [
            CampaignTarget.__table__.c.escalation_step,
            CampaignCall.__table__.c.step,
        ],
        cp.CallOutcome: [CampaignTarget.__table__.c.last_outcome, CampaignCall.__table__.c.outcome],
        cp.ContactPerson: [
            CampaignTarget.__table__.c.secured_via,
            CampaignCall.__table__.c.person_reached,
        ],
        cp.CloseReason: [CampaignTarget.__table__.c.closed_reason],
        cp.NextAction: [CampaignCall.__table__.c.next_action],
        cp.PartnerType: [CampaignReferral.__table__.c.partner_type],
        cp.ReferralStatus: [CampaignReferral.__table__.c.status],
    }
    for enum_type, cols in columns.items():
        for col in cols:
            assert max(len(m.value) for m in enum_type) <= col.type.length, (enum_type, col)


def test_command_line(db, db_url, actor, world, capsys, monkeypatch):
    from desktop.cli import main

    _ids, users = world
    start, end = (TODAY - D(days=1)).isoformat(), (TODAY + D(days=20)).isoformat()
    assert (
        main(
            [
                "campaign",
                "create",
                "--db",
                db_url,
                "--name",
                "Grand froid",
                "--query",
                "Inconnue",
                "--start",
                start,
                "--end",
                end,
            ]
        )
        == 2
    )
    assert "--query" in capsys.readouterr().err
    assert (
        main(
            [
                "campaign",
                "create",
                "--db",
                db_url,
                "--name",
                "Grand froid",
                "--query",
                "Seniors",
                "--start",
                start,
                "--end",
                end,
                "--agency",
                "bxn",
                "--caller",
                "alice",
                "--caller",
                "bruno",
                "--launch",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "créée (brouillon)" in out
    assert (
        "Campagne lancée : 3 personnes à appeler, 3 fiches attribuées ; 2 ménages écartés faute "
        "de numéro de téléphone valide."
    ) in out
    [c] = campaigns.list_campaigns(db, actor)
    assert main(["campaign", "list", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "Grand froid" in out and "     3 fiches  " in out
    assert out.splitlines()[-1] == "1 campagne."
    assert main(["campaign", "assign", str(c.id), "--db", db_url, "--caller", "alice"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "1 fiche attribuée."
    assert "Alice" in out and "3 fiches à traiter, 3 au total" in out
    t = campaigns.target_list(db, actor, c.id)[0]
    campaigns.record_call(db, actor, t.id, CallEntry(person=TENANT, answers=OK_ANSWERS))
    assert main(["campaign", "figures", str(c.id), "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "Situations sécurisées : 1 (33,3 %)" in out and "Appelées : 1" in out
    assert main(["campaign", "figures", str(c.id), "--db", db_url, "--json"]) == 0
    assert '"total"' in capsys.readouterr().out
    assert main(["campaign", "purge-preview", str(c.id), "--db", db_url]) == 0
    assert "En cours" in capsys.readouterr().out
    assert main(["campaign", "purge", str(c.id), "--db", db_url, "--yes"]) == 2
    assert "terminée peut être purgée" in capsys.readouterr().err
    assert main(["campaign", "end", str(c.id), "--db", db_url]) == 0
    monkeypatch.setattr("desktop.commands._common._has_terminal", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "non")
    assert main(["campaign", "purge", str(c.id), "--db", db_url]) == 1
    assert main(["campaign", "purge", str(c.id), "--db", db_url, "--yes"]) == 0
    assert (
        "anonymisées : 3 fiches, 1 appel dont aucune note, aucune orientation. Les chiffres "
        "restent consultables."
    ) in capsys.readouterr().out
    assert campaigns.get_campaign(db, actor, c.id).status == CampaignStatus.PURGED


def test_names_and_purposes_with_invisible_characters_are_refused(db, actor, world):
    for overrides, key, said in (
        ({"name": "\u202eCanicule"}, "name", "inversent le sens de l'écriture (U+202E)"),
        ({"name": '=HYPERLINK("http://x")'}, "name", "ne peut pas commencer par"),
        ({"purpose": "Appeler\x00 les locataires"}, "purpose", "caractères de contrôle"),
    ):
        with pytest.raises(ValidationError) as err:
            campaigns.create_campaign(db, actor, terms(**overrides))
        assert said in str(err.value.fields[key]), overrides
    assert campaigns.list_campaigns(db, actor) == []
