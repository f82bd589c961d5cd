"""A notice given by one of several co-tenants (docs/domain.md#notice-cotenants): who
gave it is recorded, the lease goes on with the others, the letters go to and name the
person who leaves and say what becomes of his solidarity."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.documents import engine
from desktop.domain.errors import ValidationError
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import NoticeInput, normalise_notice, validate_notice
from desktop.domain.notice_cotenants import (
    CotenantBond,
    NoticeGiver,
    holder_named,
    leaving_solidarity,
    remaining_holders,
)
from desktop.domain.tenant import OccupantData
from desktop.services import notice_letters as nl
from desktop.services import notices, tenants
from desktop.services.context import use_clock
from tests.conftest import DayClock

D = dt.date
ANNE = OccupantData("Martin", "Anne", "Mme")
PAUL = OccupantData("Durand", "Paul", "M.")
LEO = OccupantData("Petit", "Léo", "M.", is_titular=False)  # a child, not a holder
HOLDERS = (NoticeGiver.of(ANNE), NoticeGiver.of(PAUL))


def _input(**kw) -> NoticeInput:
    return NoticeInput(DeliveryMode.LRAR, D(2026, 1, 31), **kw)


def _given_by_one(db, actor, household_id, bond, who=PAUL, **kw) -> int:
    """A notice given by ``who`` alone, the holders bound by ``bond``."""
    data = _input(given_by=(NoticeGiver.of(who),), cotenant_bond=bond, **kw)
    return notices.record_notice(db, actor, household_id, data)


def _text(document) -> str:
    text = "\n".join(engine.docx_paragraphs(document.docx_path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


# --------------------------------------------------------------------------- rules


def test_naming_every_holder_is_a_notice_given_by_all():
    # typed in another case: still the same holders
    both = (NoticeGiver("Mme", "anne", "MARTIN"), NoticeGiver.of(PAUL))
    data = normalise_notice(_input(given_by=both, cotenant_bond=CotenantBond.COUPLE), HOLDERS)
    assert (data.given_by, data.cotenant_bond) == ((), CotenantBond.UNSPECIFIED)
    one = normalise_notice(_input(given_by=HOLDERS[:1] * 2), HOLDERS)
    assert one.given_by == HOLDERS[:1]  # named twice: once


def test_a_notice_by_one_holder_needs_the_bond_and_a_holder_of_the_lease():
    def errors(data):
        with pytest.raises(ValidationError) as err:
            validate_notice(
                data, D(2026, 3, 10), lease_start=D(2019, 9, 1), zone_tendue=False, holders=HOLDERS
            )
        return {k: str(v) for k, v in err.value.fields.items()}

    got = errors(_input(given_by=HOLDERS[:1]))
    assert "précisez ce qui les lie" in got["cotenant_bond"]
    got = errors(
        _input(given_by=(NoticeGiver("M.", "Jean", "Inconnu"),), cotenant_bond=CotenantBond.COUPLE)
    )
    assert got == {"given_by": "« M. Jean INCONNU » n'est pas titulaire du bail."}
    validate_notice(
        _input(given_by=HOLDERS[:1], cotenant_bond=CotenantBond.COUPLE),
        D(2026, 3, 10),
        lease_start=D(2019, 9, 1),
        zone_tendue=False,
        holders=HOLDERS,
    )


def test_a_holder_named_on_the_command_line():
    assert holder_named("paul durand", HOLDERS) == NoticeGiver.of(PAUL)
    assert holder_named("DURAND Paul", HOLDERS) == NoticeGiver.of(PAUL)
    assert holder_named("Mme Martin", HOLDERS) == NoticeGiver.of(ANNE)
    assert holder_named("Paul", HOLDERS) is None  # a first name alone is nobody
    twins = (NoticeGiver("M.", "Paul", "Durand"), NoticeGiver("Mme", "Eve", "Durand"))
    assert holder_named("Durand", twins) is None  # two holders bear it
    assert holder_named("Eve Durand", twins) == twins[1]


def test_the_holders_who_stay():
    occupants = [ANNE, PAUL, LEO]
    holders = [o for o in occupants if o.is_titular]
    assert remaining_holders(HOLDERS[:1], holders) == [PAUL]
    assert remaining_holders((), holders) == []  # given by all: nobody stays


def test_a_co_tenant_s_solidarity_ends_six_months_after_the_notice_at_the_latest():
    text = leaving_solidarity(
        CotenantBond.SOLIDARITY_CLAUSE,
        ground=G.AUCUN,
        end_date=D(2026, 4, 30),
        received_on=D(2026, 1, 31),
    ).render()
    assert "l'article 8-1 de la loi n° 89-462" in text
    assert "dès qu'un nouveau colocataire y figure, et au plus tard le 30 octobre 2026" in text
    text = leaving_solidarity(
        CotenantBond.NO_SOLIDARITY,
        ground=G.AUCUN,
        end_date=D(2026, 4, 30),
        received_on=D(2026, 1, 31),
    ).render()
    assert (
        "vos obligations de locataire prennent fin à la date d'effet de votre congé, le 30 avril 2026"
        in text
    )
    text = leaving_solidarity(
        CotenantBond.COUPLE, ground=G.AUCUN, end_date=D(2026, 4, 30), received_on=D(2026, 1, 31)
    ).render()
    assert "article 1751 du Code civil" in text and "article 220" in text
    assert (
        leaving_solidarity(
            CotenantBond.UNSPECIFIED,
            ground=G.AUCUN,
            end_date=D(2026, 4, 30),
            received_on=D(2026, 1, 31),
        )
        is None
    )


def test_a_victim_of_domestic_violence_is_released_the_day_after_the_first_presentation():
    """Art. 8-2: the day after the letter bringing the court decision was first presented."""
    text = leaving_solidarity(
        CotenantBond.COUPLE,
        ground=G.VIOLENCES,
        end_date=D(2026, 2, 28),
        received_on=D(2026, 1, 31),
        presented_on=D(2026, 1, 29),
        proof_received_on=D(2026, 1, 29),
    ).render()
    assert "l'article 8-2" in text and "prend fin le 30 janvier 2026" in text
    # The decision came later than the notice: the day after it came.
    text = leaving_solidarity(
        CotenantBond.SOLIDARITY_CLAUSE,
        ground=G.VIOLENCES,
        end_date=D(2026, 2, 28),
        received_on=D(2026, 1, 31),
        proof_received_on=D(2026, 2, 10),
    ).render()
    assert "prend fin le 11 février 2026" in text
    # Not yet: the rule, without a date.
    text = leaving_solidarity(
        CotenantBond.COUPLE, ground=G.VIOLENCES, end_date=D(2026, 4, 30), received_on=D(2026, 1, 31)
    ).render()
    assert "prendra fin le lendemain de la première présentation" in text


# --------------------------------------------------------------------------- service, letters


@pytest.fixture
def clock():
    with use_clock(DayClock(D(2026, 3, 10))) as c:
        yield c


@pytest.fixture
def couple(db, actor, agency, make_file, clock):
    data = make_file(1)
    data.occupants = [ANNE, PAUL, LEO]
    return tenants.create_tenant_file(db, actor, data)


def test_a_notice_records_who_gave_it_and_the_others_stay(db, actor, couple):
    nid = _given_by_one(db, actor, couple, CotenantBond.SOLIDARITY_CLAUSE)
    v = notices.get_notice(db, actor, nid)
    assert v.partial and v.data.given_by == (NoticeGiver("M.", "Paul", "Durand"),)
    assert v.data.cotenant_bond is CotenantBond.SOLIDARITY_CLAUSE
    assert v.remaining == ("Mme Anne MARTIN",)
    # The holders the form offers: both for this notice, Anne alone for a new one.
    assert v.holders == HOLDERS
    assert notices.notice_context(db, actor, couple).holders == HOLDERS[:1]
    # A child is not a holder: refused, nothing changed.
    with pytest.raises(ValidationError) as err:
        notices.update_notice(
            db,
            actor,
            nid,
            _input(given_by=(NoticeGiver.of(LEO),), cotenant_bond=CotenantBond.COUPLE),
            v.version,
        )
    assert "given_by" in err.value.fields
    assert notices.get_notice(db, actor, nid).version == v.version
    # Both named: a notice given by all, as before.
    version = notices.update_notice(db, actor, nid, _input(given_by=HOLDERS), v.version)
    v = notices.get_notice(db, actor, nid)
    assert (v.version, v.partial, v.remaining) == (version, False, ())


def test_a_notice_by_all_holders_is_kept_as_before(db, actor, couple):
    v = notices.get_notice(db, actor, notices.record_notice(db, actor, couple, _input()))
    assert (v.partial, v.data.given_by, v.remaining) == (False, (), ())
    text = _text(nl.produce_notice_letter(db, actor, v.id, nl.ACKNOWLEDGEMENT))
    assert "Mme Anne MARTIN" in text and "M. Paul DURAND" in text
    assert "Madame, Monsieur," in text
    assert "ne met pas fin au bail" not in text
    assert "L'état des lieux de sortie sera établi" in text


def test_the_letters_go_to_the_co_tenant_who_leaves(db, actor, couple):
    nid = _given_by_one(db, actor, couple, CotenantBond.SOLIDARITY_CLAUSE, ground=G.MUTATION)
    text = _text(nl.produce_notice_letter(db, actor, nid, nl.ACKNOWLEDGEMENT))
    assert "M. Paul DURAND" in text and "Monsieur," in text
    assert "MARTIN" in text.split("Votre congé ne met pas fin au bail")[1]  # named there only
    assert "Anne MARTIN\n" not in text.split("Votre congé")[0]  # not in the address block
    assert (
        "Votre congé ne met pas fin au bail : il se poursuit avec Mme Anne MARTIN, qui en "
        "reste titulaire." in text
    )
    assert "et au plus tard le 30 octobre 2026, six mois après" in text
    assert "aucun état des lieux de sortie n'est établi à votre départ" in text
    assert "L'état des lieux de sortie sera établi" not in text
    assert "sauf si le logement est reloué" not in text
    # The ground is his own: the proof asked of him, in a letter to him.
    text = _text(nl.produce_notice_letter(db, actor, nid, nl.PROOF_REQUEST))
    assert "Monsieur," in text and "Madame" not in text
    v = notices.get_notice(db, actor, nid)
    notices.receive_proof(db, actor, nid, v.version, D(2026, 2, 2), "lettre de l'employeur")
    text = _text(nl.produce_notice_letter(db, actor, nid, nl.REDUCED_CONFIRMATION))
    assert "votre préavis est réduit à un mois" in text
    assert "il se poursuit avec Mme Anne MARTIN" in text
    assert "et au plus tard le 28 août 2026" in text  # 28 February + 6 months


def test_the_leaving_holder_removed_from_the_file_is_still_named(db, actor, couple):
    nid = _given_by_one(db, actor, couple, CotenantBond.COUPLE)
    data = tenants.get_tenant_file(db, actor, couple)
    data.data.occupants = [ANNE, LEO]
    tenants.update_tenant_file(db, actor, couple, data.data, data.version)
    v = notices.get_notice(db, actor, nid)
    assert v.data.given_by == (NoticeGiver.of(PAUL),) and v.remaining == ("Mme Anne MARTIN",)
    text = _text(nl.produce_notice_letter(db, actor, nid, nl.ACKNOWLEDGEMENT))
    assert "M. Paul DURAND" in text and "article 1751 du Code civil" in text
    # His notice can still be corrected though he is no longer on the file.
    notices.update_notice(
        db,
        actor,
        nid,
        _input(given_by=(NoticeGiver.of(PAUL),), cotenant_bond=CotenantBond.COUPLE, notes="parti"),
        v.version,
    )


def test_the_access_request_names_who_gave_notice_and_the_purge_forgets_it(
    db, actor, couple, tmp_path
):
    from openpyxl import load_workbook

    from desktop.services import person_export, retention
    from desktop.storage.models import Notice
    from tests.test_export_person_more import close_long_ago, rows

    nid = _given_by_one(db, actor, couple, CotenantBond.NO_SOLIDARITY)
    book = load_workbook(person_export.export_person(db, actor, couple, tmp_path / "a.xlsx"))
    [n] = rows(book, "Congés")
    assert n["Congé donné par"].value == "M. Paul DURAND"
    assert n["Lien entre les titulaires"].value == "Colocataires, bail sans clause de solidarité"

    close_long_ago(db, actor, couple)
    assert retention.purge(db, actor).anonymised == 1
    with db.reader() as s:
        notice = s.get(Notice, nid)
        # Given by one holder of the lease still; nobody named.
        assert notice.given_by == [{"civility": "", "first_name": "", "last_name": ""}]
        assert notice.cotenant_bond == CotenantBond.NO_SOLIDARITY.value


def test_cli_records_a_notice_given_by_one_holder(db, db_url, actor, couple, capsys):
    from desktop.cli import main

    base = ["notice", "record", str(couple), "--db", db_url, "--received", "2026-01-31"]
    # A name that is nobody's, then a holder without the bond: refused, nothing recorded.
    assert main([*base, "--given-by", "Léo Petit"]) == 2
    err = capsys.readouterr().err
    assert "« Léo Petit » ne désigne pas un titulaire du bail" in err
    assert "Mme Anne MARTIN, M. Paul DURAND" in err
    assert main([*base, "--given-by", "durand"]) == 2
    assert "--bond" in capsys.readouterr().err
    assert notices.notice_context(db, actor, couple).notice_id is None

    assert main([*base, "--given-by", "Paul DURAND", "--bond", "colocation-solidaire"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == [
        "Fin du préavis : 30/04/2026 (3 mois)",
        "Congé donné par : M. Paul DURAND",
        "Le bail se poursuit avec : Mme Anne MARTIN",
    ]
    v = notices.get_notice(db, actor, notices.notice_context(db, actor, couple).notice_id)
    assert v.data.cotenant_bond is CotenantBond.SOLIDARITY_CLAUSE


def test_a_notice_for_domestic_violence_warns_where_its_letters_go(db, actor, couple):
    nid = _given_by_one(
        db,
        actor,
        couple,
        CotenantBond.COUPLE,
        ANNE,
        ground=G.VIOLENCES,
        presented_on=D(2026, 1, 29),
        proof_received_on=D(2026, 1, 31),
    )
    v = notices.get_notice(db, actor, nid)
    assert any("l'autre titulaire demeure" in str(w) for w in v.warnings)
    text = _text(nl.produce_notice_letter(db, actor, nid, nl.ACKNOWLEDGEMENT))
    assert "Madame," in text and "Monsieur" not in text and "l'article 8-2" in text
    assert "prend fin le 1er février 2026" in text  # the day after 31 January
    # Given by both: nobody stays behind, no warning.
    notices.update_notice(db, actor, nid, _input(ground=G.VIOLENCES), v.version)
    warnings = notices.get_notice(db, actor, nid).warnings
    assert not any("l'autre titulaire demeure" in str(w) for w in warnings)
