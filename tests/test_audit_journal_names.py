"""The « Journal d'audit » names the records an event's ids stand for: the DPO reads
« Membre : Mme BENALI Nadia (n° 3) », not « N° du membre : 3 ». Read for a page at
once (one query per kind of record), never the name of a person the purge anonymised,
nor a record the reader's role may not see (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select, update

from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Role
from desktop.services import audit, tenants
from desktop.services.context import Actor
from desktop.services.journal_names import names_in
from desktop.services.person_audit import journal_text
from tests.test_audit_journal_text import AUDITOR, committee  # noqa: F401 - a fixture

TODAY = dt.date.today()


def page(db, actor=AUDITOR):
    """The journal's page as the screen reads it: its events, and their records' names."""
    rows = audit.search_events(db, AUDITOR, audit.AuditQuery())
    return rows, audit.names_of(db, actor, rows)


def texts(rows, names) -> list[str]:
    """Everything the page shows of its events: objects, snapshots (cells and tooltips)."""
    out = []
    for r in rows:
        out.append(names.of_object(r.entity, r.entity_id))
        for snapshot in (r.before, r.after):
            out.append(journal_text(r.entity, snapshot, names=names))
            out.append(journal_text(r.entity, snapshot, "\n", names))
    return out


def test_a_committee_s_events_name_their_members_candidates_session_and_commission(
    db,
    committee,  # noqa: F811 - the fixture imported above
):
    from desktop.services import caleol

    rows, names = page(db)
    sid, petit = committee["session"], committee["member"]
    view = caleol.get_session(db, AUDITOR, sid)
    assert names.of_object("caleol_seance", sid) == (
        f"séance {view.number} du {view.session_date:%d/%m/%Y} (n°\u00a0{sid})"
    )
    assert names.of_object("caleol_membre", petit) == f"M. PETIT Thomas (n°\u00a0{petit})"

    [conflict] = [r for r in rows if r.entity == "caleol_conflit"]
    ids = conflict.after
    assert journal_text(conflict.entity, conflict.after, names=names) == (
        f"Point : LGT-MER-0231 (n°\u00a0{ids['agenda_item_id']}) ; "
        f"Candidat : M. BENSAÏD Samir (n°\u00a0{ids['candidate_id']}) ; "
        f"Membre : Mme BENALI Nadia (n°\u00a0{ids['member_id']}) ; "
        "Motif : Lien de voisinage avec le ménage candidat"
    )
    [proxy] = [r for r in rows if r.action == "pouvoir"]
    given = journal_text(proxy.entity, proxy.after, names=names).split(" ; ")
    assert f"Pouvoir donné par : Mme MARCHAND Sophie (n°\u00a0{proxy.after['giver_id']})" in given
    joined = next(
        r for r in rows if (r.action, r.entity, r.entity_id) == ("create", "caleol_membre", petit)
    )
    commission = joined.after["commission_id"]
    assert journal_text(joined.entity, joined.after, names=names).startswith(
        f"Commission : CALEOL Bordeaux Métropole (n°\u00a0{commission}) ; "
    )
    # Without the names (the access-request workbooks), the ids as stored.
    assert journal_text(conflict.entity, conflict.after).startswith(
        f"N° du point : {ids['agenda_item_id']} ; "
    )


def test_a_page_s_names_are_read_in_one_query_per_kind_of_record(
    db,
    committee,  # noqa: F811 - the fixture imported above
):
    rows = audit.search_events(db, AUDITOR, audit.AuditQuery())
    votes = [r for r in rows if r.entity == "caleol_vote"]
    assert len(votes) > 50  # as many members' and candidates' ids
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        names = audit.names_of(db, AUDITOR, rows)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # members, candidatures, sessions, agenda items, commissions, agencies, the grid
    assert len(selects) <= 8, selects
    assert all(names.in_snapshot("caleol_vote")("member_id", r.after["member_id"]) for r in votes)


def test_a_tenant_the_purge_anonymised_is_never_named(db, actor, agency, make_file):
    """Nor one whose file a hand marked anonymised without the purge: the journal
    says the file was anonymised, never the name its row may still hold."""
    from desktop.services import demo, retention
    from desktop.storage.models import Household

    demo.generate(db, actor, 40, seed=11)
    gone = Household.status == "CLOS"
    with db.transaction() as s:  # every departure past the longest retention period
        closed = dict(s.execute(select(Household.id, Household.display_name).where(gone)).all())
        s.execute(
            update(Household).where(gone).values(closed_on=TODAY - dt.timedelta(days=6 * 366))
        )
    live = tenants.create_tenant_file(db, actor, make_file(3))
    other = make_file(4)
    other.occupants[0].last_name, other.occupants[0].first_name = "Garnier", "Lucie"
    marked = tenants.create_tenant_file(db, actor, other)
    shown = {
        hid: tenants.get_tenant_file(db, actor, hid).data.display_name for hid in (live, marked)
    }
    assert retention.purge(db, actor).anonymised
    with db.transaction() as s:
        s.execute(update(Household).where(Household.id == marked).values(anonymised_on=TODAY))

    rows, names = page(db)
    purged = {r.entity_id for r in rows if (r.action, r.entity) == ("anonymisation", "dossier")}
    assert purged and purged <= set(closed)
    for hid in purged:
        assert names.of_object("dossier", hid) == f"dossier anonymisé (n°\u00a0{hid})"
    assert names.of_object("dossier", marked) == f"dossier anonymisé (n°\u00a0{marked})"
    assert names.of_object("dossier", live) == f"{shown[live]} (n°\u00a0{live})"
    everything = "\n".join(texts(rows, names))
    assert shown[live] in everything
    for name in [shown[marked], *(closed[hid] for hid in purged)]:
        assert name not in everything, name


def test_a_reader_reads_the_bare_id_of_a_record_his_role_may_not_see(
    db,
    actor,
    committee,  # noqa: F811 - the fixture imported above
    make_file,
):
    """An agent of another agency (no tenant file of this one, no CALEOL right)."""
    hid = tenants.create_tenant_file(db, actor, make_file(5))
    rows, _ = page(db)
    vote = next(r for r in rows if r.entity == "caleol_vote")
    events = [("dossier", hid, None, None), (vote.entity, vote.entity_id, None, vote.after)]
    outsider = Actor("agent.mer", "Agent", role=Role.AGENT, agency_id=10_000)
    with db.reader() as s:
        theirs, ours = names_in(s, outsider, events), names_in(s, AUDITOR, events)
    assert theirs.of_object("dossier", hid) == str(hid)
    assert ours.of_object("dossier", hid).endswith(f" (n°\u00a0{hid})")
    member = vote.after["member_id"]
    assert theirs.in_snapshot("caleol_vote")("member_id", member) is None
    assert ours.in_snapshot("caleol_vote")("member_id", member).endswith(f" (n°\u00a0{member})")
    with pytest.raises(PermissionDenied):  # the journal itself stays closed to them
        audit.names_of(db, outsider, rows)


def test_a_candidature_marked_anonymised_is_never_named(
    db,
    committee,  # noqa: F811 - the fixture imported above
):
    from desktop.storage.caleol_models import Candidate

    rows, _ = page(db)
    [conflict] = [r for r in rows if r.entity == "caleol_conflit"]
    candidate = conflict.after["candidate_id"]
    with db.transaction() as s:
        s.execute(update(Candidate).where(Candidate.id == candidate).values(anonymised_on=TODAY))

    rows, names = page(db)
    assert names.of_object("caleol_candidat", candidate) == (
        f"candidature anonymisée (n°\u00a0{candidate})"
    )
    text = journal_text(conflict.entity, conflict.after, names=names)
    assert f"Candidat : candidature anonymisée (n°\u00a0{candidate})" in text.split(" ; ")
    assert "M. BENSAÏD Samir" not in "\n".join(texts(rows, names))
