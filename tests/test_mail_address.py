"""A lease holder's correspondence address (docs/domain.md#correspondence-address): a
holder who no longer lives in the dwelling (a separated spouse, a co-tenant gone and
still jointly liable) receives his own letters there; the letter to every holder goes
to the dwelling. Checked as the letters print it, stored, audited, exported to the
person, erased by the retention purge, kept by the migration."""

from __future__ import annotations

import datetime as dt
from datetime import date as D
from decimal import Decimal

from openpyxl import load_workbook
from sqlalchemy import select, text

from desktop.domain.errors import ValidationError
from desktop.domain.tenant import OccupantData, normalise, validate_tenant_file
from desktop.services import audit, documents, person_export, plan_letters, retention, tenants
from desktop.storage.models import Occupant
from tests.conftest import sample_file
from tests.test_plan_letters import _envelope, breached_couple_plan, clock, text_of  # noqa: F401

# Where M. Marc DURAND lives since he left the dwelling (12 rue des Lilas, Bordeaux).
AWAY = {
    "mail_address_line": "4, allée des Érables",
    "mail_address_complement": "chez Mme Roux",
    "mail_postcode": "33600",
    "mail_city": "Pessac",
}
AWAY_BLOCK = ["chez Mme Roux", "4 ALLEE DES ERABLES", "33600 PESSAC"]


def _errors(**mail) -> dict[str, str]:
    data = sample_file(1)
    data.occupants[0] = OccupantData("Durand", "Marc", "M.", **mail)
    try:
        validate_tenant_file(normalise(data), D(2026, 12, 7))
    except ValidationError as exc:
        return {k: str(v) for k, v in exc.fields.items()}
    return {}


def test_the_address_is_checked_as_the_letters_will_print_it():
    assert _errors() == {}  # none: the dwelling's
    assert _errors(**AWAY) == {}
    assert _errors(mail_address_complement="chez Mme Roux") == {
        "occupants[0].mail_address_line": "Ce champ est obligatoire.",
        "occupants[0].mail_postcode": "Le code postal compte cinq chiffres.",
        "occupants[0].mail_city": "Ce champ est obligatoire.",
    }
    assert _errors(**{**AWAY, "mail_postcode": "3360"}) == {
        "occupants[0].mail_postcode": "Le code postal compte cinq chiffres."
    }
    street = "128 boulevard du Maréchal de Lattre de Tassigny Prolongé"
    found = _errors(**{**AWAY, "mail_address_line": street})
    assert found["occupants[0].mail_address_line"].startswith(
        "Trop long pour l'adresse des courriers : 44 caractères une fois abrégé"
    )
    town = "Saint-Rémy-de-la-Vanne-sur-le-Grand-Morin"
    found = _errors(**{**AWAY, "mail_city": town})
    assert found["occupants[0].mail_city"].startswith(
        "Trop long pour l'adresse des courriers : 44 caractères une fois abrégé "
        "(« 33600 ST REMY DE LA VANNE SUR LE GRAND MORIN »)"
    )
    assert _errors(**{**AWAY, "mail_city": "=cmd|' /C calc'!A0"}) == {
        "occupants[0].mail_city": "Ce champ ne peut pas commencer par =, +, - ou @ "
        "(formule de tableur)."
    }


def _couple(db, actor, n: int = 41, **mail) -> int:
    data = sample_file(n)
    data.occupants.append(OccupantData("Durand", "Marc", "M.", D(1952, 6, 1), **mail))
    return tenants.create_tenant_file(db, actor, data)


def test_saved_read_back_and_audited_before_and_after(db, actor, agency):
    hid = _couple(db, actor)
    view = tenants.get_tenant_file(db, actor, hid)
    assert not view.data.occupants[1].lives_elsewhere
    data = view.data
    for key, value in AWAY.items():
        setattr(data.occupants[1], key, value)
    data.occupants[1].mail_address_line = "  4, allée   des Érables "
    tenants.update_tenant_file(db, actor, hid, data, view.version)
    durand = tenants.get_tenant_file(db, actor, hid).data.occupants[1]
    assert durand.mail_address == ("4, allée des Érables", "chez Mme Roux", "33600", "Pessac")
    query = audit.AuditQuery(entity="dossier", entity_id=hid)
    change = next(r for r in audit.search_events(db, actor, query) if r.action == "update")
    assert change.before["occupants"][1]["mail_city"] == ""
    assert change.after["occupants"][1]["mail_city"] == "Pessac"


def test_each_holders_own_letter_goes_where_he_lives(db, actor, agency, clock):  # noqa: F811
    """M. DURAND left: his breach notice and reminder go to his address, Mme DUPONT's to
    the dwelling, and the one letter to both to the dwelling. Because one holder lives
    elsewhere, the reminder too goes to each apart by default."""
    pid = breached_couple_plan(db, actor, clock)
    hid = _household_of(db, actor, pid)
    view = tenants.get_tenant_file(db, actor, hid)
    assert not plan_letters.per_holder_default(db, actor, pid, plan_letters.REMINDER)
    assert plan_letters.holders_elsewhere(db, actor, hid) == []
    for key, value in AWAY.items():
        setattr(view.data.occupants[1], key, value)
    tenants.update_tenant_file(db, actor, hid, view.data, view.version)
    assert plan_letters.per_holder_default(db, actor, pid, plan_letters.REMINDER)
    assert plan_letters.holders_elsewhere(db, actor, hid) == ["M. Marc DURAND"]

    result = plan_letters.produce_plan_letter(
        db, actor, pid, plan_letters.BREACH_NOTICE, per_holder=True
    )
    her, him = (_envelope(text_of(d)) for d in result.documents)
    at_home = ["12 RUE DES LILAS", "33000 BORDEAUX"]
    assert _block(him, "M. Marc DURAND") == ["M. Marc DURAND", *AWAY_BLOCK]
    assert _block(her, "Mme Élodie DUPONT")[-2:] == at_home
    assert not any("ERABLES" in x or "PESSAC" in x for x in her)
    both = _envelope(
        text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.REMINDER))
    )
    assert _block(both, "Mme Élodie DUPONT et M. Marc DURAND")[-2:] == at_home


def test_the_preview_shows_the_address_of_the_letter(db, actor, agency):
    """The per-holder preview shows the first holder's own letter: at his address when
    he left; the preview of the letter to all, at the dwelling."""
    data = sample_file(42, balance=Decimal("412.50"))
    data.occupants = [
        OccupantData("Durand", "Marc", "M.", D(1952, 6, 1), **AWAY),
        OccupantData("Dupont", "Élodie", "Mme", D(1950, 3, 14)),
    ]
    hid = tenants.create_tenant_file(db, actor, data)
    options = documents.LetterOptions("relance_impaye", pdf=False)
    own = "\n".join(documents.preview_letter(db, actor, hid, options, per_holder=True).paragraphs)
    assert _block(own.split("\n"), "M. Marc DURAND") == ["M. Marc DURAND", *AWAY_BLOCK]
    common = "\n".join(documents.preview_letter(db, actor, hid, options).paragraphs)
    assert "\n12 RUE DES LILAS\n" in common and "ERABLES" not in common


def test_the_only_holder_gone_receives_every_letter_at_his_address(db, actor, agency):
    """A file whose one holder lives elsewhere (all the addressees share the address)."""
    data = sample_file(43, balance=Decimal("412.50"))
    for key, value in AWAY.items():
        setattr(data.occupants[0], key, value)
    hid = tenants.create_tenant_file(db, actor, data)
    doc = documents.produce_letter(db, actor, hid, documents.LetterOptions("relance_impaye"))
    block = _block(text_of(doc).split("\n"), "Mme Élodie DUPONT")
    assert block == ["Mme Élodie DUPONT", *AWAY_BLOCK]


def _block(lines: list[str], first: str) -> list[str]:
    start = lines.index(first)
    end = next(i for i in range(start, len(lines)) if lines[i][:5].isdigit())
    return lines[start : end + 1]


def _household_of(db, actor, plan_id: int) -> int:
    from desktop.services import plans

    return plans.get_plan(db, actor, plan_id).household_id


def test_the_person_export_has_it_and_the_purge_erases_it(db, actor, agency, tmp_path):
    data = sample_file(44)
    for key, value in AWAY.items():
        setattr(data.occupants[0], key, value)
    hid = tenants.create_tenant_file(db, actor, data)
    book = load_workbook(person_export.export_person(db, actor, hid, tmp_path / "a.xlsx"))
    sheet = book["Occupants"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["Adresse de correspondance"] == "4, allée des Érables"
    assert row["Code postal (correspondance)"] == "33600"
    assert row["Commune (correspondance)"] == "Pessac"

    view = tenants.get_tenant_file(db, actor, hid)
    tenants.close_tenant_file(db, actor, hid, view.version, dt.date(2019, 10, 1), "Départ")
    assert retention.purge(db, actor, only={hid}).anonymised == 1
    columns = (Occupant.last_name, *(getattr(Occupant, k) for k in AWAY))
    with db.reader() as s:
        kept = s.execute(select(*columns).where(Occupant.household_id == hid)).all()
    assert [tuple(r) for r in kept] == [("ANONYME", "", "", "", "")]


def test_migration_0023_adds_the_address_empty_and_takes_it_away(db, actor, agency):
    from alembic import command

    from desktop.storage.db import alembic_config

    hid = _couple(db, actor, 45, **AWAY)
    cfg = alembic_config(db.engine)
    with db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0022")
    with db.engine.connect() as c:
        columns = c.execute(text("SELECT * FROM occupant")).keys()
        assert not any(k.startswith("mail_") for k in columns)
        c.execute(
            text(
                "INSERT INTO occupant (household_id, position, civility, last_name, "
                "first_name, phone, email, is_titular, disability, version) VALUES "
                "(:h, 2, '', 'Martin', '', '', '', :t, :f, 1)"
            ),
            {"h": hid, "t": True, "f": False},
        )
        c.commit()
    db.upgrade()
    assert db.schema_revision() == "0023"
    occupants = tenants.get_tenant_file(db, actor, hid).data.occupants
    assert [(o.last_name, o.mail_address) for o in occupants] == [
        ("Dupont", ("", "", "", "")),
        ("Durand", ("", "", "", "")),
        ("Martin", ("", "", "", "")),
    ]


def test_the_notice_letters_go_to_the_holder_who_gave_it_where_he_lives(db, actor, agency):
    """A notice given by M. DURAND alone, who already lives elsewhere: its
    acknowledgement goes to his correspondence address (the notice names him only)."""
    from desktop.domain.notice_cotenants import CotenantBond
    from desktop.services import notice_letters, notices
    from desktop.services.context import use_clock
    from tests.conftest import DayClock
    from tests.test_notice_cotenants import _given_by_one

    with use_clock(DayClock(D(2026, 3, 10))):
        data = sample_file(46)
        durand = OccupantData("Durand", "Paul", "M.", **AWAY)
        data.occupants = [OccupantData("Martin", "Anne", "Mme"), durand]
        hid = tenants.create_tenant_file(db, actor, data)
        nid = _given_by_one(db, actor, hid, CotenantBond.SOLIDARITY_CLAUSE, who=durand)
        doc = notice_letters.produce_notice_letter(db, actor, nid, notice_letters.ACKNOWLEDGEMENT)
        assert notices.get_notice(db, actor, nid).household_id == hid
    lines = text_of(doc).split("\n")
    assert _block(lines, "M. Paul DURAND") == ["M. Paul DURAND", *AWAY_BLOCK]


def test_the_timeline_shows_a_change_of_address_alone():
    from desktop.domain.timeline import field_changes

    before = {"occupants": [{"last_name": "Durand", "first_name": "Marc", "mail_city": ""}]}
    after = {"occupants": [{"last_name": "Durand", "first_name": "Marc", **AWAY}]}
    assert field_changes(before, after, ["occupants"]) == [
        (
            "occupants",
            "DURAND Marc",
            "DURAND Marc (adresse de correspondance : 4, allée des Érables, chez Mme Roux, "
            "33600 Pessac)",
        )
    ]
