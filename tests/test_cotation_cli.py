"""``parcours cotation``: grids, scores, SNE import/export, targets, convocations
without sending, French errors (no traceback)."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from desktop.cli import main
from desktop.services import cotation
from tests import attribution_world as W


@pytest.fixture
def world(db, actor):
    return W.build(db, actor)


def test_grids_and_scores(db_url, db, actor, world, tmp_path, capsys):
    assert main(["cotation", "grille-exemple", W.EPCI, "--db", db_url]) == 0
    assert main(["cotation", "grilles", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "CA Exemple — Grille d'exemple" in out and "EXEMPLE" in out
    assert "critères, aucune cotation)" in out
    gid = cotation.list_grids(db, actor)[0].id
    path = tmp_path / "grille.xlsx"
    assert main(["cotation", "grille-export", str(gid), str(path), "--db", db_url]) == 0
    # Checked as the import would be (its version exists already): nothing written.
    assert main(["cotation", "grille-import", str(path), "--essai", "--db", db_url]) == 2
    assert "La version 1 de la grille de CA Exemple existe déjà" in capsys.readouterr().err
    assert len(cotation.list_grids(db, actor)) == 1
    assert main(["cotation", "coter", "2026-03", "--db", db_url]) == 0
    out = capsys.readouterr().out
    # V-01: DALO 200 + 9 months (01/06/2025 → 20/03/2026) + 600 €/UC → 30 + T2 fits → 10
    assert "Candidat V-01" in out and "249 pts" in out
    assert main(["cotation", "fiche", "2026-03", "026 000000001", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "Cotation de la demande : 249 points" in out
    assert "Reconnu prioritaire DALO : 200 points" in out
    assert main(["cotation", "fiche", "2026-03", "999", "--db", db_url]) == 2


def test_sne_import_dry_run_and_export(db_url, world, tmp_path, capsys):
    path = tmp_path / "sne.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["NUD", "Nom", "Logement"])
        w.writerow(["026777000001", "Nouveau", "Q-03"])
        w.writerow(["", "Sans numéro", "Q-03"])
    rc = main(
        [
            "cotation",
            "sne-import",
            "2026-03",
            str(path),
            "--essai",
            "--colonne",
            "numero_unique=NUD",
            "--db",
            db_url,
        ]
    )
    out = capsys.readouterr().out
    assert rc == 1 and "Ligne 3 refusée" in out and "Essai : rien n'a été enregistré" in out
    assert "1 ligne valable : 1 candidat à créer, aucun à mettre à jour ; 1 ligne refusée." in out
    assert main(["cotation", "sne-export", str(tmp_path / "a.csv"), "--db", db_url]) == 2
    assert "Aucune attribution suivie d'un bail signé" in capsys.readouterr().err


def test_targets_and_flow(db, actor, db_url, world, tmp_path, capsys):
    assert (
        main(
            [
                "cotation",
                "objectifs",
                W.EPCI,
                "2026",
                "--out",
                str(tmp_path / "o.xlsx"),
                "--db",
                db_url,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Attributions hors QPV au premier quartile : 40\u00a0% (2/5)" in out
    assert "CA Exemple — 2026 : 7 attributions\n" in out
    assert "Action Logement : 0\u00a0% (0/1), objectif 25\u00a0% : NON ATTEINT" in out
    assert (tmp_path / "o.xlsx").is_file()
    assert main(["cotation", "objectifs", W.EPCI, "26", "--db", db_url]) == 2
    assert "Année attendue" in capsys.readouterr().err
    # The threshold typed on the command line: "12.345" was read as 12,35 €.
    for typed, message in (("12.345", "« 12.345 » est ambigu"), ("12,345.5", "Nombre illisible")):
        assert (
            main(["cotation", "objectifs", W.EPCI, "2026", "--seuil", typed, "--db", db_url]) == 2
        )
        assert message in capsys.readouterr().err
    assert (
        main(["cotation", "objectifs", W.EPCI, "2026", "--seuil", "12 345,50", "--db", db_url]) == 0
    )
    from desktop.services import attribution

    setting = attribution.get_setting(db, actor, W.EPCI, 2026)
    assert setting.threshold.amount == Decimal("12345.50")
    assert (
        main(
            [
                "cotation",
                "flux",
                "Préfecture",
                "2026",
                "--out",
                str(tmp_path / "f.xlsx"),
                "--db",
                db_url,
            ]
        )
        == 0
    )


def test_convene_without_sending(db_url, world, capsys):
    assert main(["cotation", "convoquer", "2026-03", "--sans-envoi", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert out.count("à remettre") == 3 and "CONV-2026-" in out


def test_refusal_of_an_adapted_dwelling(db_url, db, actor, world, capsys):
    cotation.install_example_grid(db, actor, W.EPCI)
    assert main(["cotation", "coter", "2026-03", "--db", db_url]) == 0
    assert "249 pts" in capsys.readouterr().out
    args = ["cotation", "refus", "026000000001", "--logement", "Autre bailleur, T2 Romans"]
    assert main([*args, "--date", "le 10 janvier", "--motif", "x", "--db", db_url]) == 2
    assert "Traceback" not in capsys.readouterr().err
    rc = main([*args, "--date", "10/01/2026", "--motif", "Refus du quartier.", "--db", db_url])
    assert rc == 0
    assert "compte dans la cotation" in capsys.readouterr().out
    # The stored score of the March session followed (example grid: −20 a refusal).
    views = cotation.session_scores(db, actor, world.session_id)
    assert {v.numero_unique: v.total for v in views.values()}["026000000001"] == 229
    assert main(["cotation", "refus-liste", "026000000001", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "10/01/2026  Autre bailleur, T2 Romans  adapté, sans motif légitime (compte)" in out
