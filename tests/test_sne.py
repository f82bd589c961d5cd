"""National register (SNE): import of applicants into a session (mapping, dry run,
French reasons, all or nothing, matched by numéro unique without duplicates, scores
recomputed) and the export of allocations after the lease, remembered."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, update

from desktop.domain.caleol import SessionMode
from desktop.domain.errors import PermissionDenied, UserError
from desktop.domain.roles import Role
from desktop.services import caleol, cotation, sne
from desktop.services.caleol import CommissionData, DwellingItemData, SessionData
from desktop.services.context import Actor
from desktop.storage.caleol_models import Candidate

EPCI = "CA Exemple"
DAY = dt.date(2026, 3, 20)
HEADERS = [
    "N° unique",
    "Nom",
    "Prénom",
    "Date de dépôt",
    "Nb adultes",
    "Nb enfants",
    "Ressources mensuelles",
    "Priorités",
    "Situation logement",
    "Cotation",
    "Logement",
]


def row(n, ref="LGT-1", **kw):
    base = {
        "N° unique": f"026111900{n:03d}",
        "Nom": f"Demandeur{n}",
        "Prénom": "Alex",
        "Date de dépôt": "15/01/2025",
        "Nb adultes": "2",
        "Nb enfants": "1",
        "Ressources mensuelles": "1 450,00",
        "Priorités": "",
        "Situation logement": "Hébergé chez un tiers",
        "Cotation": "",
        "Logement": ref,
    }
    base.update(kw)
    return [base[h] for h in HEADERS]


def write_csv(path, rows):
    with open(path, "w", encoding="cp1252", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(HEADERS)
        w.writerows(rows)
    return path


@pytest.fixture
def seance(db, actor):
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
    for ref in ("LGT-1", "LGT-2"):
        caleol.add_dwelling_item(
            db,
            actor,
            sid,
            DwellingItemData(
                reference=ref,
                address="1 rue Haute",
                postcode="26000",
                commune="Valence",
                dwelling_type="T3",
                funding="PLUS",
                contingent="Préfecture",
            ),
        )
    cotation.install_example_grid(db, actor, EPCI)
    return sid


def _count(db):
    with db.reader() as s:
        return s.scalar(select(func.count()).select_from(Candidate))


def test_mapping_dry_run_and_import(db, actor, seance, tmp_path):
    path = write_csv(
        tmp_path / "export_sne.csv",
        [row(1, Priorités="DALO", Cotation="250"), row(2), row(3), row(4, ref="LGT-2")],
    )
    table = sne.read_table(path)
    mapping = sne.propose_mapping(table.headers)
    assert mapping["numero_unique"] == 0 and mapping["register_score"] == 9
    assert mapping["dwelling_reference"] == 10
    report = sne.dry_run(db, actor, seance, table, mapping)
    assert not report.rejected and report.created == 4
    assert _count(db) == 0  # the dry run wrote nothing
    sne.apply(db, actor, seance, table, mapping)
    assert _count(db) == 4
    scores = {v.numero_unique: v for v in cotation.session_scores(db, actor, seance).values()}
    first = scores["026111900001"]
    # DALO 200 + 14 months + 1 450 / 1,8 = 805,56 €/UC > 800 → 0 + 3 persons in a T3 → 10
    # + hosted by a third party 20 = 244; the register says 250: flagged.
    assert first.total == Decimal(244) and first.register_differs
    assert first.housing_situation == "HEBERGE_TIERS"


def test_reimport_updates_instead_of_duplicating(db, actor, seance, tmp_path):
    table = sne.read_table(write_csv(tmp_path / "a.csv", [row(1), row(2)]))
    sne.apply(db, actor, seance, table, sne.propose_mapping(table.headers))
    # A later export: new resources for n° 1 (no dwelling column: matched in the session)
    headers = [h for h in HEADERS if h != "Logement"]
    path = tmp_path / "b.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    updated = row(1, **{"Ressources mensuelles": 900})
    sheet.append(updated[:-1])
    book.save(path)
    table = sne.read_table(path)
    report = sne.dry_run(db, actor, seance, table, sne.propose_mapping(table.headers))
    assert report.created == 0 and report.updated == 1
    sne.apply(db, actor, seance, table, sne.propose_mapping(table.headers))
    assert _count(db) == 2
    with db.reader() as s:
        c = s.scalars(select(Candidate).where(Candidate.numero_unique == "026111900001")).one()
        assert c.monthly_resources == Decimal("900.00")


def test_bad_lines_give_french_reasons_and_nothing_is_imported(db, actor, seance, tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        [
            row(1),
            row(2, **{"N° unique": ""}),
            row(3, ref="LGT-9"),
            row(4, **{"Date de dépôt": "31/02/2025", "Priorités": "Chômage"}),
            row(1),
        ],
    )
    table = sne.read_table(path)
    mapping = sne.propose_mapping(table.headers)
    report = sne.dry_run(db, actor, seance, table, mapping)
    reasons = {r.line: " | ".join(r.reasons) for r in report.rejected}
    assert "aucune demande n'est examinée sans numéro unique" in reasons[3]
    assert "« LGT-9 » n'est pas à l'ordre du jour" in reasons[4]
    assert "Date illisible « 31/02/2025 »" in reasons[5]
    assert "Priorité inconnue « Chômage »" in reasons[5]
    assert "figure déjà à la ligne 2" in reasons[6]
    assert [a.line for a in report.accepted] == [2]
    with pytest.raises(UserError, match="Rien n'a été importé") as err:
        sne.apply(db, actor, seance, table, mapping)
    assert str(err.value.message).startswith("4 lignes refusées, dont la ligne 3 : ")
    assert _count(db) == 0


def test_unmapped_required_column_and_rights(db, actor, seance, tmp_path):
    table = sne.read_table(write_csv(tmp_path / "a.csv", [row(1)]))
    mapping = sne.propose_mapping(table.headers)
    mapping["numero_unique"] = None
    with pytest.raises(UserError, match="Colonnes obligatoires non associées : Numéro unique"):
        sne.dry_run(db, actor, seance, table, mapping)
    with pytest.raises(PermissionDenied):
        sne.dry_run(
            db,
            Actor("m", role=Role.CALEOL_MEMBER),
            seance,
            table,
            sne.propose_mapping(table.headers),
        )


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_allocation_export_after_lease_remembered(db, actor, seance, tmp_path, ext):
    table = sne.read_table(write_csv(tmp_path / "a.csv", [row(1), row(2), row(3, ref="LGT-2")]))
    sne.apply(db, actor, seance, table, sne.propose_mapping(table.headers))
    with pytest.raises(UserError, match="aucun fichier écrit"):
        sne.export_allocations(db, actor, tmp_path / f"none.{ext}")
    assert not (tmp_path / f"none.{ext}").exists()
    # The offer workflow (tested elsewhere) ends with these values on the candidate.
    with db.transaction() as s:
        s.execute(
            update(Candidate)
            .where(Candidate.numero_unique == "026111900001")
            .values(decision="ATTRIBUTION", lease_signed_on=dt.date(2026, 4, 10))
        )
        s.execute(
            update(Candidate)
            .where(Candidate.numero_unique == "026111900002")
            .values(decision="NON_ATTRIBUTION", reason="Autre candidat retenu")
        )
    assert len(sne.pending_allocations(db, actor)) == 1
    out = tmp_path / f"attributions.{ext}"
    assert sne.export_allocations(db, actor, out) == 1
    if ext == "csv":
        lines = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    else:
        lines = [
            [("" if v is None else v) for v in r]
            for r in load_workbook(out).active.iter_rows(values_only=True)
        ]
    assert list(lines[0]) == list(sne.EXPORT_COLUMNS)
    record = dict(zip(lines[0], lines[1]))
    assert record["numero_unique"] == "026111900001"
    assert record["reference_logement"] == "LGT-1" and record["decision"] == "ATTRIBUTION"
    assert record["reservataire"] == "Préfecture"
    assert len(lines) == 2
    # Remembered: nothing left to export, unless asked again.
    assert sne.pending_allocations(db, actor) == []
    with pytest.raises(UserError):
        sne.export_allocations(db, actor, tmp_path / f"again.{ext}")
    assert sne.export_allocations(db, actor, tmp_path / f"again.{ext}", include_exported=True) == 1
