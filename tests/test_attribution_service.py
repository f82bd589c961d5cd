"""Attribution targets from the CALEOL tables, the effect of a proposed allocation
during a session, the reservation holder's flow report, and both reports as PDF and
Excel with figures recomputed independently with pandas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest
from pypdf import PdfReader

from desktop.domain.attribution_targets import TargetKind
from desktop.domain.caleol import SessionMode
from desktop.domain.errors import UserError, ValidationError
from desktop.services import attribution, caleol
from desktop.services.caleol import CandidateData, SessionData
from tests import attribution_world as W

K = TargetKind


def _world(db):
    from tests.conftest import admin_actor

    return W.build(db, admin_actor())


# The tests of the world start from a base where it was built once (``filled``: its ids).
pytestmark = pytest.mark.filled_base(fill=_world)


@pytest.fixture
def world(filled):
    return filled


def by(figures):
    return {(f.kind, f.holder): f for f in figures}


def test_targets_from_the_caleol_tables(db, actor, world):
    view = attribution.targets(db, actor, W.EPCI, W.YEAR)
    f = by(view.figures)
    q1 = f[(K.FIRST_QUARTILE_OUTSIDE_QPV, None)]
    assert (q1.numerator, q1.denominator, q1.unknown, q1.met) == (2, 5, 1, True)
    q234 = f[(K.OTHER_QUARTILES_IN_QPV, None)]
    assert (q234.numerator, q234.denominator, q234.met) == (1, 2, True)
    assert (
        f[(K.PRIORITY_PER_HOLDER, "Préfecture")].numerator,
        f[(K.PRIORITY_PER_HOLDER, "Préfecture")].denominator,
    ) == (1, 3)
    assert f[(K.PRIORITY_PER_HOLDER, "Action Logement")].met is False
    assert f[(K.PRIORITY_PER_HOLDER, "")].denominator == 3
    assert len(view.allocations) == 7  # Q-03 not attributed, A-01 in another EPCI
    other = attribution.targets(db, actor, "CC Autre", W.YEAR)
    assert other.figures[0].denominator == 1 and other.setting.threshold is None


@pytest.mark.filled_base(fill=None)  # an empty base
def test_setting_is_validated(db, actor):
    with pytest.raises(ValidationError) as err:
        attribution.set_setting(db, actor, " ", 1900, Decimal(-5))
    assert set(err.value.fields) == {"epci", "year", "first_quartile_amount"}
    with pytest.raises(ValidationError, match="PLAI, PLUS, PLS ou PLI"):
        attribution.set_dwelling_data(
            db, actor, 1, financing="HLM", in_qpv=False, reservation_holder="", epci=""
        )


def test_session_effect_warns_when_a_proposal_lowers_a_figure(db, actor, world):
    sid = caleol.create_session(
        db,
        actor,
        world.commission_id,
        SessionData(
            number="2026-11", session_date=dt.date(2026, 11, 5), mode=SessionMode.PRESENTIEL
        ),
    )
    snap = caleol.dwelling_snapshot(db, actor, world.dwellings["Q-03"])
    assert (snap.funding, snap.contingent) == ("PLUS", "Préfecture")  # from the dwelling
    item = caleol.add_dwelling_item(db, actor, sid, snap)
    # A first-quartile candidate in QPV: the "other quartiles" figure goes 50 % → 33,3 %.
    caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(
            numero_unique="026999000001",
            last_name="Proposé",
            adults=1,
            monthly_resources=Decimal(400),
        ),
    )
    caleol.add_candidate(
        db,
        actor,
        item.id,
        CandidateData(
            numero_unique="026999000002",
            last_name="Autre",
            adults=1,
            monthly_resources=Decimal(3000),
            priority_criteria=("DALO",),
        ),
    )
    effects = {e.candidate: e for e in attribution.session_effects(db, actor, sid)}
    low = effects["Proposé"]
    assert any("50\u00a0% → 33,3\u00a0%" in w and "non atteint" in w for w in low.warnings)
    high = effects["Autre"]
    assert high.warnings == []  # raises both the QPV and the Préfecture priority share
    assert any(
        e.after.kind is K.PRIORITY_PER_HOLDER
        and e.after.holder == "Préfecture"
        and e.after.numerator == 2
        for e in high.effects
    )


def test_flow_report_of_a_holder(db, actor, world):
    assert attribution.holders(db, actor, W.YEAR) == ["Action Logement", "Préfecture"]
    r = attribution.flow_report(db, actor, "Préfecture", W.YEAR)
    assert (r.offered, r.allocated) == (5, 4)  # A-01 (another EPCI) is in its flow too
    assert r.deadline == dt.date(2027, 2, 28)
    groups = {
        (g.dwelling_type, g.financing, g.in_qpv, g.commune): (g.offered, g.allocated)
        for g in r.groups
    }
    assert groups[("T3", "PLUS", True, "Valence")] == (1, 0)
    assert groups[("T2", "PLUS", False, "Valence")] == (2, 2)
    with pytest.raises(UserError, match="Aucun logement"):
        attribution.export_holder_report(db, actor, "Inconnu", W.YEAR, "x.xlsx")


def _sheet(path, index):
    return pd.read_excel(path, sheet_name=index, header=2)


def test_targets_excel_figures_recomputed_with_pandas(db, actor, world, tmp_path):
    path = attribution.export_targets(db, actor, W.EPCI, W.YEAR, tmp_path / "objectifs.xlsx")
    targets = _sheet(path, 1).dropna(subset=["Exigé"])  # the note follows the rows
    allocs = _sheet(path, 2).dropna(subset=["Date"])
    assert len(allocs) == 7
    # Recompute each figure from the allocations' rows alone.
    res = allocs["Ressources annuelles par UC"]
    q1 = res.le(float(W.THRESHOLD)) & res.notna()
    outside = allocs[allocs["QPV"] == "Non"]
    inside = allocs[allocs["QPV"] == "Oui"]
    q1_out = (q1[outside.index] | (outside["Renouv. urbain"] == "Oui")).sum()
    other_in = (~q1[inside.index] & res[inside.index].notna()).sum()
    expected = {
        "Attributions hors QPV au premier quartile": (q1_out, len(outside)),
        "Attributions en QPV aux trois autres quartiles": (other_in, len(inside)),
    }
    for holder, rows in allocs.groupby("Réservataire"):
        expected[f"Attributions aux publics prioritaires — {holder}"] = (
            (rows["Prioritaire"] == "Oui").sum(),
            len(rows),
        )
    got = {
        r["Objectif"]: (r["Attributions retenues"], r["Attributions du périmètre"], r["Atteint"])
        for _, r in targets.iterrows()
    }
    assert set(got) == set(expected)
    for name, (num, den) in expected.items():
        assert got[name][:2] == (num, den), name
        assert got[name][2] == pytest.approx(round(num / den, 3), abs=0.0005), name


def test_holder_excel_recomputed_with_pandas(db, actor, world, tmp_path):
    path = attribution.export_holder_report(db, actor, "Préfecture", W.YEAR, tmp_path / "flux.xlsx")
    summary = _sheet(path, 1).dropna(subset=["Proposés au flux"])
    detail = _sheet(path, 2).dropna(subset=["Attribué"])
    recomputed = (
        detail.assign(att=detail["Attribué"] == "Oui")
        .groupby(["Typologie", "Financement", "QPV", "Commune"])
        .agg(offered=("Logement", "count"), allocated=("att", "sum"))
        .reset_index()
    )
    body = summary[summary["Typologie"] != "Total"]
    merged = body.merge(recomputed, on=["Typologie", "Financement", "QPV", "Commune"])
    assert len(merged) == len(body) == len(recomputed)
    assert (merged["Proposés au flux"] == merged["offered"]).all()
    assert (merged["Attribués"] == merged["allocated"]).all()
    total = summary[summary["Typologie"] == "Total"].iloc[0]
    assert (total["Proposés au flux"], total["Attribués"]) == (
        len(detail),
        detail["Attribué"].eq("Oui").sum(),
    )


@pytest.mark.slow
def test_pdf_reports(db, actor, world, tmp_path):
    pdf = attribution.export_targets(db, actor, W.EPCI, W.YEAR, tmp_path / "objectifs.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Objectifs d'attribution" in text and "CA Exemple" in text
    assert "40,0" in text and "Action Logement" in text
    pdf2 = attribution.export_holder_report(db, actor, "Préfecture", W.YEAR, tmp_path / "flux.pdf")
    text2 = "\n".join(p.extract_text() for p in PdfReader(str(pdf2)).pages)
    assert "gestion en flux" in text2 and "28/02/2027" in text2
    with pytest.raises(ValidationError, match=".pdf ou .xlsx"):
        attribution.export_targets(db, actor, W.EPCI, W.YEAR, tmp_path / "x.csv")


@pytest.fixture
def paris_time(monkeypatch):
    """The workstation in France (UTC+1 in December), whatever the machine's zone."""
    import time

    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_report_is_stamped_in_the_workstation_s_time(db, actor, world, paris_time):
    from desktop.reports.render import generated_on
    from desktop.services.context import FixedClock, use_clock

    # 10:00 UTC is 11:00 in Paris: the "Établi le" a user reads is 11:00, not 10:00.
    with use_clock(FixedClock(dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC))):
        data = attribution.targets_report_data(
            attribution.targets(db, actor, W.EPCI, W.YEAR), actor.label
        )
    assert data.generated_at == dt.datetime(2026, 12, 7, 10, 0)  # stored as naive UTC
    assert generated_on(data) == "07/12/2026 à 11 h"


@pytest.mark.filled_base(fill=None)  # an empty base
def test_a_setting_with_an_epci_or_source_too_long_is_refused(db, actor):
    with pytest.raises(ValidationError) as err:
        attribution.set_setting(db, actor, "x" * 161, 2026, Decimal(12000), "y" * 201)
    assert {k: str(v) for k, v in err.value.fields.items()} == {
        "epci": "160 caractères au plus.",
        "source": "200 caractères au plus.",
    }
    assert attribution.targets(db, actor, "x" * 161, 2026).setting.threshold is None
