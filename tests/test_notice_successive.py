"""Holders of one lease leaving at different dates (docs/domain.md#notice-cotenants):
a notice after which some holders stay has no exit inventory and no deposit return;
the next holder's notice can be recorded, and the last one ends the lease (exit,
deposit, letters to him alone); a holder who left cannot give notice again."""

from __future__ import annotations

import pytest

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import KeyReturnMode, NoticeInput, NoticeStatus
from desktop.domain.notice_cotenants import CotenantBond, NoticeGiver
from desktop.domain.tenant import OccupantData
from desktop.services import notice_letters as nl
from desktop.services import notices, tenants
from tests.test_notice_cotenants import (  # noqa: F401 - shared fixtures
    ANNE,
    LEO,
    PAUL,
    D,
    _given_by_one,
    _input,
    _text,
    clock,
    couple,
)

LEA = OccupantData("Roux", "Léa", "Mme")
HOLDERS_BOTH = (NoticeGiver.of(ANNE), NoticeGiver.of(PAUL))


def _on(received_on, **kw) -> NoticeInput:
    return NoticeInput(DeliveryMode.LRAR, received_on, **kw)


def _exit(db, actor, nid, **kw):
    v = notices.get_notice(db, actor, nid)
    return notices.record_exit(
        db,
        actor,
        nid,
        v.version,
        exit_inventory_on=kw.get("on", D(2026, 3, 9)),
        inventory_matches=True,
        keys_returned_on=kw.get("on", D(2026, 3, 9)),
        keys_return_mode=KeyReturnMode.HAND,
    )


def _refused(call) -> str:
    with pytest.raises(UserError) as err:
        call()
    return str(err.value)


def test_a_partial_notice_has_neither_exit_nor_deposit(db, actor, couple):  # noqa: F811
    nid = _given_by_one(db, actor, couple, CotenantBond.SOLIDARITY_CLAUSE)
    v = notices.get_notice(db, actor, nid)
    why = (
        "Ce congé n'est donné que par M. Paul DURAND : le bail se poursuit avec Mme Anne "
        "MARTIN. Il n'y a ni état des lieux de sortie ni restitution du dépôt de garantie à ce "
        "départ ; ils auront lieu à la fin du bail, sur le congé du dernier titulaire."
    )
    assert str(v.no_exit) == why
    assert _refused(lambda: _exit(db, actor, nid)) == why
    assert why == _refused(
        lambda: notices.keys_without_inventory(
            db, actor, nid, v.version, D(2026, 3, 9), "boîte aux lettres", "Agent"
        )
    )
    assert why == _refused(
        lambda: notices.record_deposit_return(db, actor, nid, v.version, D(2026, 3, 9))
    )
    # Nor a postponed departure: the lease does not end with Paul's departure.
    later = (
        "Ce congé n'est donné que par M. Paul DURAND : le bail se poursuit avec Mme Anne "
        "MARTIN et ne prend pas fin à ce départ. Un report du départ (convention "
        "d'occupation temporaire) ne se décide qu'à la fin du bail, sur le congé du dernier "
        "titulaire."
    )
    assert str(v.no_postponement) == later
    assert later == _refused(
        lambda: notices.postpone_departure(
            db, actor, nid, v.version, D(2026, 6, 30), "relogement retardé", "Agent"
        )
    )
    after = notices.get_notice(db, actor, nid)  # nothing written
    assert after.version == v.version and after.status is NoticeStatus.IN_PROGRESS
    assert (after.exit_inventory_on, after.keys_returned_on, after.exceptions) == (None, None, ())
    # Given by both: the exit as before.
    notices.update_notice(db, actor, nid, _input(), v.version)
    both = notices.get_notice(db, actor, nid)
    assert (both.no_exit, both.no_postponement) == (None, None)
    notices.postpone_departure(
        db, actor, nid, both.version, D(2026, 6, 30), "relogement retardé", "Agent"
    )
    assert notices.get_notice(db, actor, nid).departure_on == D(2026, 6, 30)
    _exit(db, actor, nid)
    assert notices.get_notice(db, actor, nid).keys_returned_on == D(2026, 3, 9)


def test_the_last_holder_s_notice_ends_the_lease(db, actor, couple):  # noqa: F811
    paul = _given_by_one(db, actor, couple, CotenantBond.COUPLE)  # ends 30/04/2026
    context = notices.notice_context(db, actor, couple)
    assert context.holders == (NoticeGiver.of(ANNE),) and context.open_to_notice
    # Anne gives notice in turn, nobody named: hers, and nobody stays (no bond asked).
    anne = notices.record_notice(db, actor, couple, _on(D(2026, 2, 2), ground=G.MUTATION))
    v = notices.get_notice(db, actor, anne)
    assert v.data.given_by == (NoticeGiver.of(ANNE),)
    assert (v.partial, v.remaining, v.no_exit) == (False, (), None)
    assert v.data.cotenant_bond is CotenantBond.UNSPECIFIED
    assert [o.givers for o in v.earlier] == [(NoticeGiver.of(PAUL),)]
    # Paul's notice is still his alone: the lease went on with Anne.
    assert notices.get_notice(db, actor, paul).remaining == ("Mme Anne MARTIN",)
    assert not notices.notice_context(db, actor, couple).open_to_notice

    # Her acknowledgement: to her alone, the usual letter of a lease that ends.
    text = _text(nl.produce_notice_letter(db, actor, anne, nl.ACKNOWLEDGEMENT))
    head = text.split("Objet")[0]
    assert "Mme Anne MARTIN" in head and "DURAND" not in head
    assert "Madame," in text and "Madame, Monsieur," not in text
    assert "L'état des lieux de sortie sera établi" in text
    assert "ne met pas fin au bail" not in text

    # A holder gives notice once; nobody is left to give another.
    got = _refused(
        lambda: notices.record_notice(db, actor, couple, _input(given_by=(NoticeGiver.of(PAUL),)))
    )
    assert "M. Paul DURAND a déjà donné congé (congé reçu le 31/01/2026)" in got
    got = _refused(lambda: notices.record_notice(db, actor, couple, _input()))
    assert got.startswith("Un congé reçu le 02/02/2026 est déjà en cours sur ce dossier")
    # Nor can Paul's notice now name Anne, nor be withdrawn under hers.
    pv = notices.get_notice(db, actor, paul)
    with pytest.raises(ValidationError) as err:
        notices.update_notice(db, actor, paul, _input(given_by=HOLDERS_BOTH), pv.version)
    assert "Mme Anne MARTIN a déjà donné congé (congé reçu le 02/02/2026)" in str(
        err.value.fields["given_by"]
    )
    got = _refused(lambda: notices.withdraw_notice(db, actor, paul, pv.version, "reste", "Agent"))
    assert "Le congé de Mme Anne MARTIN, reçu le 02/02/2026, a été enregistré après" in got

    # The exit and the deposit on hers; the lease is over, Paul's notice with it.
    _exit(db, actor, anne)
    v = notices.get_notice(db, actor, anne)
    notices.record_deposit_return(db, actor, anne, v.version, D(2026, 3, 10))
    assert notices.get_notice(db, actor, anne).status is NoticeStatus.FINISHED
    assert notices.get_notice(db, actor, paul).status is NoticeStatus.FINISHED
    got = _refused(lambda: notices.record_notice(db, actor, couple, _input()))
    assert got == (
        "Tous les titulaires du bail ont déjà donné congé : aucun autre congé ne peut être "
        "enregistré sur ce dossier."
    )


def test_the_access_request_shows_no_bond_on_the_last_holder_s_notice(db, actor, couple, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    from desktop.services import person_export
    from tests.test_export_person_more import rows

    _given_by_one(db, actor, couple, CotenantBond.COUPLE)
    notices.record_notice(db, actor, couple, _on(D(2026, 2, 2), ground=G.MUTATION))
    book = load_workbook(person_export.export_person(db, actor, couple, tmp_path / "a.xlsx"))
    got = {
        r["Congé donné par"].value: r["Lien entre les titulaires"].value
        for r in rows(book, "Congés")
    }
    assert got == {"M. Paul DURAND": "Époux ou partenaires de PACS", "Mme Anne MARTIN": None}


def test_an_earlier_notice_ending_later_is_said_on_the_last_one(db, actor, couple):  # noqa: F811
    _given_by_one(db, actor, couple, CotenantBond.COUPLE)  # 3 months: 30/04/2026
    anne = notices.record_notice(
        db,
        actor,
        couple,
        _input(ground=G.MUTATION, proof_received_on=D(2026, 2, 1)),  # 1 month: 28/02/2026
    )
    warnings = [str(w) for w in notices.get_notice(db, actor, anne).warnings]
    assert (
        "Le congé donné avant celui-ci par M. Paul DURAND prend effet le 30/04/2026, après la "
        "fin de ce préavis : le loyer reste dû jusqu'à cette date." in warnings
    )


@pytest.fixture
def three(db, actor, agency, make_file, clock):  # noqa: F811
    data = make_file(2)
    data.occupants = [ANNE, PAUL, LEA, LEO]
    return tenants.create_tenant_file(db, actor, data)


def test_two_of_three_co_tenants_leave_at_different_dates(db, actor, three):
    paul = _given_by_one(db, actor, three, CotenantBond.SOLIDARITY_CLAUSE)
    # Léa leaves later: Anne stays, so hers is a partial notice too, bond required.
    lea = (NoticeGiver.of(LEA),)
    with pytest.raises(ValidationError) as err:
        notices.record_notice(db, actor, three, _on(D(2026, 3, 2), given_by=lea))
    assert set(err.value.fields) == {"cotenant_bond"}
    nid = notices.record_notice(
        db,
        actor,
        three,
        _on(D(2026, 3, 2), given_by=lea, cotenant_bond=CotenantBond.SOLIDARITY_CLAUSE),
    )
    v = notices.get_notice(db, actor, nid)
    assert (v.partial, v.remaining) == (True, ("Mme Anne MARTIN",))
    assert v.holders == (NoticeGiver.of(ANNE), NoticeGiver.of(LEA))
    assert notices.get_notice(db, actor, paul).remaining == ("Mme Anne MARTIN", "Mme Léa ROUX")
    text = _text(nl.produce_notice_letter(db, actor, nid, nl.ACKNOWLEDGEMENT))
    head = text.split("Objet")[0]
    assert "Mme Léa ROUX" in head and "DURAND" not in head and "Anne" not in head
    assert "il se poursuit avec Mme Anne MARTIN, qui en reste titulaire" in text
    assert "au plus tard le 2 décembre 2026" in text  # 02/06/2026 + 6 months
    assert _refused(lambda: _exit(db, actor, nid)).startswith(
        "Ce congé n'est donné que par Mme Léa ROUX"
    )


def test_cli_records_the_second_holder_s_notice(db, db_url, actor, couple, capsys):  # noqa: F811
    from desktop.cli import main

    _given_by_one(db, actor, couple, CotenantBond.COUPLE)
    base = ["notice", "record", str(couple), "--db", db_url, "--received", "02/02/2026"]
    assert main([*base, "--given-by", "Paul Durand"]) == 2
    err = capsys.readouterr().err
    assert "--given-by : M. Paul DURAND a déjà donné congé (congé reçu le 31/01/2026)" in err
    assert main(base) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        "Fin du préavis : 02/05/2026 (3 mois)",
        "Congé donné par : Mme Anne MARTIN",
        "Le bail prend fin : plus aucun titulaire ne reste (congé déjà donné par M. Paul DURAND).",
    ]
    # The list tells the two notices of the file apart.
    assert main(["notice", "list", "--db", db_url]) == 0
    names = [line.split(" | ")[0] for line in capsys.readouterr().out.splitlines()[:-1]]
    assert names == [
        "MARTIN Anne (congé de M. Paul DURAND)",  # by departure date
        "MARTIN Anne (congé de Mme Anne MARTIN)",
    ]


def test_the_leaver_removed_from_the_file_then_the_last_holder_s_notice(
    db,
    actor,
    couple,  # noqa: F811
):
    paul = _given_by_one(db, actor, couple, CotenantBond.NO_SOLIDARITY)
    data = tenants.get_tenant_file(db, actor, couple)
    data.data.occupants = [ANNE, LEO]  # Paul has left: staff take him off the file
    tenants.update_tenant_file(db, actor, couple, data.data, data.version)
    anne = notices.record_notice(db, actor, couple, _on(D(2026, 2, 2)))
    v = notices.get_notice(db, actor, anne)
    assert (v.data.given_by, v.partial) == ((NoticeGiver.of(ANNE),), False)
    assert notices.get_notice(db, actor, paul).remaining == ("Mme Anne MARTIN",)
    _exit(db, actor, anne)  # hers ends the lease
