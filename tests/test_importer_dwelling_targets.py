"""The ERP import maps the dwelling's financing, QPV flag, reservation holder and EPCI
(issue 17: attribution targets and gestion en flux)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.domain.roles import Role
from desktop.services import importer, tabular
from desktop.services.context import Actor
from desktop.storage.models import Dwelling

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)
TODAY = dt.date(2026, 1, 15)
HEADER = (
    "N° contrat;Nom;Date entrée;Loyer;Réf logement;Adresse;CP;Ville;Type;Agence;"
    "Financement;QPV;Réservataire;EPCI"
)


def test_dwelling_target_columns(db, agency, tmp_path):
    path = tmp_path / "export.csv"
    rows = [
        "C-1;Dupont;01/09/2015;412,50;L-1;1 rue A;33000;Bordeaux;T3;BXN;PLAI;oui;"
        "Préfecture;Bordeaux Métropole",
        "C-2;Durand;01/09/2015;412,50;L-2;2 rue A;33000;Bordeaux;T2;BXN;plus;non;;"
        "Bordeaux Métropole",
        "C-3;Martin;01/09/2015;412,50;L-3;3 rue A;33000;Bordeaux;T2;BXN;HLM-O;peut-être;;",
    ]
    path.write_text("\r\n".join([HEADER, *rows]) + "\r\n", encoding="utf-8")
    table = tabular.read_table(path)
    mapping = importer.propose_mapping(table.headers)
    assert [table.headers[mapping[k]] for k in importer.DWELLING_TARGET_KEYS] == [
        "Financement",
        "QPV",
        "Réservataire",
        "EPCI",
    ]
    report = importer.dry_run(db, ADMIN, table, mapping, TODAY)
    reasons = {r.line: " | ".join(r.reasons) for r in report.rejected}
    assert list(reasons) == [4]
    assert "Financement « HLM-O » inconnu" in reasons[4]
    assert "Valeur « peut-être » non comprise" in reasons[4]
    assert importer.apply(db, ADMIN, report) == 2
    with db.reader() as s:
        got = {
            d.reference: (d.financing, d.in_qpv, d.reservation_holder, d.epci)
            for d in s.scalars(select(Dwelling))
        }
    assert got == {
        "L-1": ("PLAI", True, "Préfecture", "Bordeaux Métropole"),
        "L-2": ("PLUS", False, "", "Bordeaux Métropole"),
    }
