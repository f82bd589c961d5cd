"""Cotation services: grids stored with versions, exported and imported as JSON and
Excel, the example grid, candidates scored with the grid in force on the session's
date, criteria typed with a reason, the register's score compared (SQLite and
PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.domain.caleol import PriorityCriterion, SessionMode
from desktop.domain.cotation import (
    Criterion,
    CriterionSource,
    ManualEntry,
    example_grid,
)
from desktop.domain.errors import ConflictError, PermissionDenied, UserError, ValidationError
from desktop.domain.roles import Role
from desktop.services import audit, caleol, cotation
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    SessionData,
)
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent

EPCI = "CA Exemple"
DAY = dt.date(2026, 3, 20)


@pytest.fixture
def session_with_candidates(db, actor):
    cid = caleol.create_commission(db, actor, CommissionData(name="CALEOL Val", territory=EPCI))
    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number="2026-03",
            session_date=DAY,
            mode=SessionMode.PRESENTIEL,
            start_time=dt.time(14, 0),
        ),
    )
    item = caleol.add_dwelling_item(
        db,
        actor,
        sid,
        DwellingItemData(
            reference="LGT-1",
            address="1 rue Haute",
            postcode="26000",
            commune="Valence",
            dwelling_type="T3",
            funding="PLUS",
        ),
    )
    a = caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(
            numero_unique="026111900001",
            last_name="Martin",
            adults=2,
            children=2,
            monthly_resources=Decimal("1500.00"),
            application_date=dt.date(2025, 1, 15),
            priority_criteria=(PriorityCriterion.DALO,),
        ),
    ).id
    b = caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(
            numero_unique="026111900002",
            last_name="Durand",
            adults=1,
            monthly_resources=None,
            application_date=dt.date(2024, 1, 15),
        ),
    ).id
    return sid, a, b


def test_example_grid_scores_the_session(db, actor, session_with_candidates):
    sid, a, b = session_with_candidates
    gid = cotation.install_example_grid(db, actor, EPCI)
    assert cotation.get_grid(db, actor, gid).grid.example
    views = {v.candidate_id: v for v in cotation.score_session(db, actor, sid)}
    # Martin: DALO 200 + 14 months + 714,29 €/UC <= 800 → 30 + 4 persons in a T3 → 10
    assert views[a].total == Decimal(254)
    # Durand: 26 months; resources unknown → listed as missing; 1 person in a T3 → no fit
    assert views[b].total == Decimal(26)
    assert any("ressources inconnues" in m for m in views[b].missing)
    stored = cotation.session_scores(db, actor, sid)
    assert stored[a].total == Decimal(254) and "v1" in stored[a].grid_label
    assert any(
        line["code"] == "DALO" and Decimal(line["points"]) == 200 for line in stored[a].lines
    )


def test_no_grid_in_force_says_so(db, actor, session_with_candidates):
    sid, a, _ = session_with_candidates
    cotation.install_example_grid(db, actor, EPCI, valid_from=dt.date(2027, 1, 1))
    views = {v.candidate_id: v for v in cotation.score_session(db, actor, sid)}
    assert views[a].total is None
    assert (
        "Aucune grille de cotation de « CA Exemple » en vigueur le 20/03/2026" in views[a].warning
    )


def test_new_version_and_used_grid_is_frozen(db, actor, session_with_candidates):
    sid, a, _ = session_with_candidates
    gid = cotation.install_example_grid(db, actor, EPCI)
    cotation.score_session(db, actor, sid)
    view = cotation.get_grid(db, actor, gid)
    assert view.used == 2
    with pytest.raises(UserError, match="ne peut plus changer") as err:
        cotation.update_grid(db, actor, gid, replace(view.grid, name="Autre"), view.row_version)
    assert str(err.value.message).startswith("Cette version a servi à coter 2 candidats : ")
    doubled = tuple(
        replace(c, points=c.points * 2) if c.code == "ANCIENNETE" else c for c in view.grid.criteria
    )
    v2 = cotation.new_grid_version(db, actor, gid, dt.date(2026, 3, 1), doubled)
    grids = cotation.list_grids(db, actor, EPCI)
    assert [(g.grid.version, g.grid.valid_to) for g in grids] == [
        (1, dt.date(2026, 2, 28)),
        (2, None),
    ]
    # The session (20/03/2026) now falls under version 2: 14 months × 2.
    views = {v.candidate_id: v for v in cotation.score_session(db, actor, sid)}
    assert views[a].total == Decimal(254 + 14)
    assert cotation.get_grid(db, actor, v2).used == 2
    with pytest.raises(UserError, match="dernière version"):
        cotation.new_grid_version(db, actor, gid, dt.date(2026, 6, 1))


def test_manual_criterion_with_reason_and_register_difference(db, actor, session_with_candidates):
    sid, a, _ = session_with_candidates
    cotation.install_example_grid(db, actor, EPCI)
    with pytest.raises(ValidationError, match="motif"):
        cotation.set_candidate_cotation(
            db, actor, a, manual={"MUTATION_EMPLOI": ManualEntry(True, "")}
        )
    view = cotation.set_candidate_cotation(
        db,
        actor,
        a,
        housing_situation="HEBERGE_TIERS",
        manual={"MUTATION_EMPLOI": ManualEntry(True, "Attestation employeur reçue")},
        register_score=Decimal(250),
    )
    assert view.total == Decimal(254 + 15 + 20)
    assert view.register_differs
    assert "250 points au registre, 289 calculés (écart +39)" in view.warning
    line = next(x for x in view.lines if x["code"] == "MUTATION_EMPLOI")
    assert line["manual"] and line["reason"] == "Attestation employeur reçue"
    same = cotation.set_candidate_cotation(db, actor, a, register_score=Decimal(289))
    assert not same.register_differs and same.warning == ""
    with db.reader() as s:
        reveal = audit.Revealer(s)  # encrypted with the candidature's key
        events = [
            (action, reveal(after))
            for action, after in s.execute(
                select(AuditEvent.action, AuditEvent.after).where(
                    AuditEvent.entity == cotation.ENTITY_SCORE, AuditEvent.entity_id == a
                )
            ).all()
        ]
    assert any(action == "update" and after["manual"] for action, after in events)


@pytest.mark.parametrize("ext", ["json", "xlsx"])
def test_grid_file_export_import_round_trip(db, actor, tmp_path, ext):
    gid = cotation.install_example_grid(db, actor, EPCI)
    path = cotation.export_grid(db, actor, gid, tmp_path / f"grille.{ext}")
    original = cotation.get_grid(db, actor, gid).grid
    read = cotation.read_grid_file(path)
    assert read.criteria == original.criteria and read.example
    # The same version cannot be imported twice; under a new number it may not overlap.
    with pytest.raises(ValidationError, match="existe déjà"):
        cotation.import_grid(db, actor, path)
    with pytest.raises(ValidationError, match="encore en vigueur"):
        cotation.import_grid(db, actor, path, version=2)
    # Into another EPCI: dry run writes nothing, then the import.
    other = replace(read, epci="CC Autre")
    other_path = tmp_path / "autre.json"
    other_path.write_text(
        json.dumps(__import__("desktop.domain.cotation", fromlist=["x"]).grid_to_dict(other)),
        encoding="utf-8",
    )
    assert cotation.import_grid(db, actor, other_path, dry_run=True).epci == "CC Autre"
    assert cotation.list_grids(db, actor, "CC Autre") == []
    new_id = cotation.import_grid(db, actor, other_path)
    assert cotation.get_grid(db, actor, new_id).grid.epci == "CC Autre"


def test_bad_grid_files_are_refused_in_french(db, actor, tmp_path):
    bad = tmp_path / "grille.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValidationError, match="JSON lisible"):
        cotation.import_grid(db, actor, bad)
    xlsx = tmp_path / "grille.xlsx"
    xlsx.write_bytes(b"pas un classeur")
    with pytest.raises(ValidationError, match="classeur Excel"):
        cotation.import_grid(db, actor, xlsx)
    with pytest.raises(UserError, match=".json ou .xlsx"):
        cotation.import_grid(db, actor, tmp_path / "grille.csv")
    assert cotation.list_grids(db, actor) == []


def test_rights(db, actor):
    member = Actor("membre", role=Role.CALEOL_MEMBER)
    with pytest.raises(PermissionDenied):
        cotation.install_example_grid(db, member, EPCI)
    gid = cotation.install_example_grid(db, actor, EPCI)
    assert cotation.get_grid(db, member, gid).grid.epci == EPCI
    bad = replace(
        example_grid(EPCI),
        version=2,
        valid_from=dt.date(2030, 1, 1),
        criteria=(Criterion("X", "X", CriterionSource.PRIORITY, Decimal(1), None, "NIMPORTE"),),
    )
    with pytest.raises(ValidationError):
        cotation.create_grid(db, actor, bad)


def test_demo_grid_is_labelled_as_an_example(db, actor, agency):
    from desktop.domain.tenant import DWELLING_TYPES  # noqa: F401 - the demo agency exists
    from desktop.storage.models import Agency, Dwelling

    with db.transaction() as s:
        agency_id = s.scalar(select(Agency.id).where(Agency.code == agency))
        s.add(
            Dwelling(
                reference="D-1",
                address_line="1 quai",
                postcode="33000",
                city="Bordeaux",
                dwelling_type="T2",
                agency_id=agency_id,
            )
        )
    gid = cotation.ensure_demo_grid(db, actor)
    view = cotation.get_grid(db, actor, gid)
    assert view.grid.example and "EXEMPLE" in view.title
    assert view.grid.epci == cotation.DEMO_EPCI
    with db.reader() as s:
        assert s.scalar(select(Dwelling.epci)) == cotation.DEMO_EPCI
    assert cotation.ensure_demo_grid(db, actor) is None  # once


def test_unused_grid_is_edited_in_place(db, actor):
    gid = cotation.install_example_grid(db, actor, EPCI)
    view = cotation.get_grid(db, actor, gid)
    criteria = tuple(
        replace(c, points=Decimal(250)) if c.code == "DALO" else c for c in view.grid.criteria
    )
    cotation.update_grid(db, actor, gid, replace(view.grid, criteria=criteria), view.row_version)
    after = cotation.get_grid(db, actor, gid)
    assert after.grid.criterion("DALO").points == Decimal(250)
    assert [c.code for c in after.grid.criteria] == [c.code for c in view.grid.criteria]
    with pytest.raises(ConflictError, match="modifiée sur un autre poste"):
        cotation.update_grid(db, actor, gid, view.grid, view.row_version)


def test_applicant_statement(db, actor, session_with_candidates):
    sid, a, b = session_with_candidates
    cotation.install_example_grid(db, actor, EPCI)
    with pytest.raises(UserError, match="pas encore de cotation"):
        cotation.applicant_statement(db, actor, b)
    cotation.score_session(db, actor, sid)
    st = cotation.applicant_statement(db, actor, b)
    assert (st.total, st.position, st.similar) == (Decimal(26), 2, 2)
    # Martin: 14 months, Durand: 26 months → 20 on average.
    assert st.average_wait_months == Decimal("20.0")
    text = "\n".join(st.text())
    # Counts agreed: the applicant reads « 1 point », « -20 points », never « point(s) ».
    assert "Ancienneté de la demande : 1 point par mois (plafond 60)" in text
    # The applicant is told what refusing an adapted dwelling costs (the PPGD's rule).
    assert (
        "Refus d'un logement adapté sans motif légitime (12 derniers mois) : "
        "-20 points par refus, pendant 12 mois" in text
    )
    assert "Cotation de la demande : 26 points" in text
    # each line of the detail says what its figure is: points, not months
    assert "  • Ancienneté de la demande : 26 points\n" in text
    assert "Position parmi les 2 demandes comparables" in text and ": 2" in text
    assert "(s)" not in text
    # The only application of its kind, scored 1 point.
    alone = replace(st, total=Decimal(1), position=1, similar=1)
    text = "\n".join(alone.text())
    assert "Cotation de la demande : 1 point\n" in text
    assert (
        "Position : 1 ; aucune autre demande comparable (même territoire, même typologie)" in text
    )


def test_an_epci_too_long_or_with_invisible_characters_is_refused(db, actor):
    """The column holds 160 characters: PostgreSQL refused more with an unclear message,
    SQLite stored 100 000; a right-to-left override showed the name reversed."""
    for epci, said in (
        ("x" * 100_000, "160 caractères au plus."),
        ("\u202eCUB", "inversent le sens de l'écriture (U+202E)"),
        ("=CUB", "ne peut pas commencer par"),
    ):
        with pytest.raises(ValidationError) as err:
            cotation.install_example_grid(db, actor, epci)
        assert said in str(err.value.fields["epci"])
    assert cotation.list_grids(db, actor) == []
