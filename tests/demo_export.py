"""The sample ERP export in resources/demo/ (CSV and Excel), and how it is made.

Run ``python -m tests.demo_export`` to write both files again. 20 tenants, all of agency
BXN; three lines are deliberately wrong: a bad lease date (line 6), a negative rent
(line 12) and an empty name (line 16).
"""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

from desktop.resources import resource

CSV_PATH = resource("demo", "export_erp_exemple.csv")
XLSX_PATH = resource("demo", "export_erp_exemple.xlsx")

HEADERS = [
    "N° contrat", "Civilité", "NOM_LOCATAIRE", "Prénom", "Date naissance", "Téléphone",
    "E-mail", "Nom conjoint", "Prénom conjoint", "Date naissance conjoint",
    "Personne isolée", "Handicap", "Date entrée", "Loyer", "Charges", "Zone tendue",
    "Réf logement", "Adresse", "Complément adresse", "CP", "Ville", "Typologie",
    "Surface", "Etage", "Bâtiment", "Programme", "Agence", "Solde",
    # issue 17: the dwelling's data for the attribution targets and gestion en flux
    "Financement", "QPV", "Réservataire", "EPCI",
]
_QPV_PROGRAMMES = {"Les Peupliers", "Benauge", "Bassins à flot"}
_FINANCINGS = ("PLUS", "PLAI", "PLUS", "PLS", "PLUS")
_HOLDERS = ("Préfecture", "", "Action Logement", "", "Ville de Bordeaux")


def _targets(i: int, row: tuple) -> list[str]:
    """Financing, QPV, reservation holder, EPCI of the ``i``-th row's dwelling."""
    return [_FINANCINGS[i % 5], "oui" if row[25] in _QPV_PROGRAMMES else "non",
            _HOLDERS[i % 5], "Bordeaux Métropole"]

D = dt.date
M = Decimal

# Contract, civility, name, first name, birth, phone, email, partner name, partner first
# name, partner birth, isolated, disability, lease start, rent, charges, zone tendue,
# dwelling, address, complement, postcode, city, type, surface, floor, building,
# programme, agency, balance.
ROWS = [
    ("BX-2015-0101", "Mme", "Dupont", "Élodie", D(1950, 3, 14), "05 56 12 34 56",
     "elodie.dupont@example.fr", "", "", None, "oui", "", D(2015, 9, 1), M("412.50"),
     M("85.20"), "non", "LGT-BXN-0101", "12 rue des Lilas", "Appt 21", 33000, "Bordeaux",
     "T3", M("64.50"), 2, "Bât. B", "Résidence Les Lilas", "BXN", M("0.00")),
    ("BX-2016-0102", "M.", "Lefèvre", "François", D(1978, 11, 2), "06 12 34 56 78",
     "f.lefevre@example.fr", "Lefèvre", "Hélène", D(1980, 5, 23), "non", "", D(2016, 1, 15),
     M("538.90"), M("112.00"), "non", "LGT-BXN-0102", "12 rue des Lilas", "Appt 32",
     33000, "Bordeaux", "T4", M("81.00"), 3, "Bât. B", "Résidence Les Lilas", "BXN",
     M("1234.56")),
    ("BX-2017-0103", "Mme", "Œuvray", "Gaëlle", D(1946, 7, 30), "", "", "", "", None,
     "oui", "X", D(2017, 4, 1), M("356.10"), M("74.35"), "non", "LGT-BXN-0103",
     "4 allée des Peupliers", "", 33300, "Bordeaux", "T2", M("47.20"), "RDC", "A",
     "Les Peupliers", "BXN", M("0.00")),
    ("BX-2018-0104", "M.", "N'Diaye", "Moussa", D(1985, 1, 9), "07 81 22 33 44",
     "moussa.ndiaye@example.fr", "N'Diaye", "Awa", D(1987, 12, 3), "non", "", D(2018, 6, 1),
     M("602.00"), M("130.50"), "oui", "LGT-BXN-0104", "4 allée des Peupliers", "",
     33300, "Bordeaux", "T5", M("96.80"), 1, "A", "Les Peupliers", "BXN", M("-45.00")),
    ("BX-2019-0105", "Mme", "Martin", "Sophie", D(1990, 2, 28), "05 56 98 76 54", "",
     "", "", None, "non", "", D(2021, 2, 1), M("398.00"), M("80.00"), "non",
     "LGT-BXN-0105", "27 cours de la Marne", "", 33800, "Bordeaux", "T2", M("45.00"), 4,
     "", "Marne", "BXN", M("0.00")),
    ("BX-2019-0106", "M.", "Garcia", "José", D(1952, 8, 19), "05 57 11 22 33", "",
     "Garcia", "Carmen", D(1955, 4, 2), "non", "", D(2019, 10, 1), M("455.75"), M("92.10"),
     "non", "LGT-BXN-0106", "27 cours de la Marne", "", 33800, "Bordeaux", "T3",
     M("68.00"), 5, "", "Marne", "BXN", M("310.00")),
    ("BX-2020-0107", "Mme", "Bernard", "Chloé", D(1999, 6, 6), "06 55 44 33 22",
     "chloe.bernard@example.fr", "", "", None, "non", "", D(2020, 3, 1), M("301.40"),
     M("61.00"), "oui", "LGT-BXN-0107", "3 place Saint-Michel", "Escalier C", 33000,
     "Bordeaux", "T1", M("28.50"), 6, "C", "Saint-Michel", "BXN", M("0.00")),
    ("BX-2020-0108", "M.", "Petit", "Lucas", D(1988, 9, 17), "", "lucas.petit@example.fr",
     "Petit", "Inès", D(1991, 1, 30), "non", "", D(2020, 7, 15), M("511.20"), M("104.80"),
     "oui", "LGT-BXN-0108", "3 place Saint-Michel", "", 33000, "Bordeaux", "T4",
     M("79.40"), 2, "C", "Saint-Michel", "BXN", M("0.00")),
    ("BX-2021-0109", "Mme", "Roux", "Françoise", D(1941, 12, 25), "05 56 40 50 60", "",
     "", "", None, "oui", "x", D(2021, 1, 1), M("289.90"), M("58.00"), "non",
     "LGT-BXN-0109", "18 rue Camille-Pelletan", "", 33150, "Cenon", "T2", M("49.00"),
     "RDC", "", "Pelletan", "BXN", M("0.00")),
    ("BX-2021-0110", "M.", "Moreau", "Théo", D(1995, 4, 11), "07 60 70 80 90", "", "", "",
     None, "non", "", D(2021, 9, 1), M("344.00"), M("70.00"), "non", "LGT-BXN-0110",
     "18 rue Camille-Pelletan", "", 33150, "Cenon", "T2", M("51.30"), 1, "", "Pelletan",
     "BXN", M("88.40")),
    ("BX-2022-0111", "Mme", "Fontaine", "Léa", D(1983, 10, 8), "06 01 02 03 04", "",
     "", "", None, "non", "", D(2022, 2, 1), M("-350.00"), M("80.00"), "non",
     "LGT-BXN-0111", "9 avenue Thiers", "", 33100, "Bordeaux", "T3", M("66.00"), 3, "",
     "Thiers", "BXN", M("0.00")),
    ("BX-2022-0112", "M.", "Girard", "Noël", D(1949, 12, 24), "05 56 86 00 11", "",
     "Girard", "Marie-Thérèse", D(1951, 3, 3), "non", "", D(2022, 5, 1), M("420.00"),
     M("95.00"), "non", "LGT-BXN-0112", "9 avenue Thiers", "", 33100, "Bordeaux", "T3",
     M("70.10"), 4, "", "Thiers", "BXN", M("0.00")),
    ("BX-2022-0113", "Mme", "Lambert", "Zoé", D(2001, 7, 14), "", "zoe.lambert@example.fr",
     "", "", None, "non", "", D(2022, 11, 1), M("276.30"), M("55.00"), "oui",
     "LGT-BXN-0113", "41 quai de Brazza", "", 33100, "Bordeaux", "T1", M("31.00"), 2,
     "", "Brazza", "BXN", M("0.00")),
    ("BX-2023-0114", "M.", "Bonnet", "Raphaël", D(1975, 3, 21), "06 77 88 99 00", "",
     "Bonnet", "Anaïs", D(1977, 8, 8), "non", "", D(2023, 1, 15), M("498.60"), M("101.00"),
     "non", "LGT-BXN-0114", "41 quai de Brazza", "", 33100, "Bordeaux", "T4", M("84.00"),
     3, "", "Brazza", "BXN", M("640.00")),
    ("BX-2023-0115", "Mme", "", "Aïcha", D(1986, 5, 5), "06 10 20 30 40", "", "", "",
     None, "non", "", D(2023, 3, 1), M("377.00"), M("76.00"), "non", "LGT-BXN-0115",
     "7 rue de la Benauge", "", 33100, "Bordeaux", "T2", M("50.00"), 1, "", "Benauge",
     "BXN", M("0.00")),
    ("BX-2023-0116", "M.", "Mercier", "Hugo", D(1969, 2, 2), "05 56 31 32 33", "", "", "",
     None, "oui", "", D(2023, 6, 1), M("333.30"), M("66.60"), "non", "LGT-BXN-0116",
     "7 rue de la Benauge", "", 33100, "Bordeaux", "T2", M("48.70"), 2, "", "Benauge",
     "BXN", M("0.00")),
    ("BX-2024-0117", "Mme", "Blanc", "Maëlys", D(1993, 9, 29), "07 81 13 14 15",
     "maelys.blanc@example.fr", "Blanc", "Kévin", D(1992, 6, 16), "non", "",
     D(2024, 1, 1), M("521.00"), M("109.00"), "oui", "LGT-BXN-0117", "2 rue Lucien-Faure",
     "Résidence Bassins", 33300, "Bordeaux", "T4", M("82.60"), 7, "D", "Bassins à flot",
     "BXN", M("0.00")),
    ("BX-2024-0118", "M.", "Guérin", "Étienne", D(1938, 1, 31), "05 56 50 60 70", "",
     "", "", None, "oui", "x", D(2024, 4, 1), M("264.00"), M("52.00"), "oui",
     "LGT-BXN-0118", "2 rue Lucien-Faure", "", 33300, "Bordeaux", "T1", M("30.20"), "RDC",
     "D", "Bassins à flot", "BXN", M("0.00")),
    ("BX-2024-0119", "Mme", "Faure", "Capucine", D(1980, 11, 11), "06 98 87 76 65", "",
     "", "", None, "non", "", D(2024, 9, 1), M("465.40"), M("90.00"), "non",
     "LGT-BXN-0119", "15 rue Achard", "", 33300, "Bordeaux", "T3", M("63.90"), 2, "",
     "Achard", "BXN", M("57.10")),
    ("BX-2025-0120", "M.", "André", "Mathis", D(1997, 12, 1), "07 44 55 66 77", "",
     "André", "Jade", D(1998, 2, 14), "non", "", D(2025, 2, 1), M("489.00"), M("99.00"),
     "non", "LGT-BXN-0120", "15 rue Achard", "", 33300, "Bordeaux", "T3", M("65.00"), 3,
     "", "Achard", "BXN", M("0.00")),
]
BAD_DATE_CONTRACT = "BX-2019-0105"
BAD_LINES = {6: "Date entrée", 12: "Loyer", 16: "NOM_LOCATAIRE"}  # line -> column at fault


def _csv_text(value) -> str:
    """As an ERP writes it: dd/mm/yyyy, decimal comma, space-grouped thousands."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        sign = "-" if value < 0 else ""
        integer, _, frac = f"{abs(value):.2f}".partition(".")
        groups = []
        while len(integer) > 3:
            groups.insert(0, integer[-3:])
            integer = integer[:-3]
        groups.insert(0, integer)
        return f"{sign}{' '.join(groups)},{frac}"
    return str(value)


def rows_for_csv() -> list[list[str]]:
    out = []
    for i, row in enumerate(ROWS):
        cells = [_csv_text(v) for v in row] + _targets(i, row)
        if row[0] == BAD_DATE_CONTRACT:  # 31 February: no date type can hold it
            cells[12] = "31/02/2021"
        out.append(cells)
    return out


def rows_for_xlsx() -> list[list]:
    out = []
    for i, row in enumerate(ROWS):
        cells = list(row) + _targets(i, row)
        if row[0] == BAD_DATE_CONTRACT:
            cells[12] = "31/02/2021"
        cells = [None if c == "" else c for c in cells]
        out.append(cells)
    return out


def write_csv(path: Path = CSV_PATH) -> None:
    with open(path, "w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows_for_csv())


def write_xlsx(path: Path = XLSX_PATH) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Locataires"
    ws.append(HEADERS)
    for cells in rows_for_xlsx():
        ws.append(cells)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
    wb.save(path)


if __name__ == "__main__":
    write_csv()
    write_xlsx()
    print(f"{CSV_PATH}\n{XLSX_PATH}")
