"""Import of a tenant list from an ERP export: reading, mapping, dry run, all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.domain.errors import UserError
from desktop.domain.roles import Role
from desktop.services import agencies, importer, tabular, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent, Dwelling, Household
from tests import demo_export

ADMIN = Actor("admin.test", "Admin Test", role=Role.ADMIN)  # reads and checks as an administrator

TODAY = dt.date(2026, 1, 15)
ALL = tenants.TenantQuery(status=None)

HEADER = (
    "N° contrat;Nom;Prénom;Date naissance;Date entrée;Loyer;Charges;Réf logement;"
    "Adresse;CP;Ville;Type;Agence;Solde"
)


def line(
    contract="C-001",
    name="Dupont",
    first="Élodie",
    birth="14/03/1950",
    start="01/09/2015",
    rent="412,50",
    charges="85,20",
    dwelling="L-001",
    address="12 rue des Lilas",
    cp="33000",
    city="Bordeaux",
    kind="T3",
    agency="BXN",
    balance="0,00",
) -> str:
    return ";".join(
        [
            contract,
            name,
            first,
            birth,
            start,
            rent,
            charges,
            dwelling,
            address,
            cp,
            city,
            kind,
            agency,
            balance,
        ]
    )


def write(tmp_path, lines, name="export.csv", encoding="cp1252", header=HEADER):
    path = tmp_path / name
    path.write_bytes(("\r\n".join([header, *lines]) + "\r\n").encode(encoding))
    return path


def report_for(db, path):
    table = tabular.read_table(path)
    return importer.dry_run(db, ADMIN, table, importer.propose_mapping(table.headers), TODAY)


def reasons_of(report) -> dict[int, str]:
    return {r.line: " | ".join(r.reasons) for r in report.rejected}


# --------------------------------------------------------------------------- reading


def test_reads_cp1252_csv(tmp_path):
    path = write(tmp_path, [line(name="Œuvray", first="Gaëlle")], encoding="cp1252")
    table = tabular.read_table(path)
    assert table.headers[0] == "N° contrat"
    assert table.rows[0].line == 2
    assert table.rows[0].cells[1:3] == ("Œuvray", "Gaëlle")
    assert table.source == "export.csv"


def test_reads_utf8_with_bom_csv(tmp_path):
    path = write(tmp_path, [line(name="Œuvray")], encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    table = tabular.read_table(path)
    assert table.headers[0] == "N° contrat"  # no BOM left in the first header
    assert table.rows[0].cells[1] == "Œuvray"


def test_reads_utf8_without_bom_and_comma_or_tab_separators(tmp_path):
    for sep, name in ((",", "virgule.csv"), ("\t", "tab.txt")):
        path = tmp_path / name
        path.write_text(
            sep.join(["Nom", "Loyer", "Ville"])
            + "\n"
            + sep.join(["Léa", '"412.50"', "Bègles"])
            + "\n",
            encoding="utf-8",
        )
        table = tabular.read_table(path)
        assert table.headers == ["Nom", "Loyer", "Ville"], sep
        assert table.rows[0].cells == ("Léa", "412.50", "Bègles")


def test_line_numbers_follow_the_file(tmp_path):
    path = tmp_path / "lignes.csv"
    path.write_text(
        'Nom;Adresse\n\nDupont;"12 rue des Lilas\nBât. B"\nMartin;3 rue\n', encoding="utf-8"
    )
    table = tabular.read_table(path)
    assert [r.line for r in table.rows] == [3, 5]  # blank line skipped, quoted newline kept


def test_reads_xlsx_with_typed_cells():
    table = tabular.read_table(demo_export.XLSX_PATH)
    first = table.rows[0]
    assert first.line == 2
    cells = dict(zip(table.headers, first.cells))
    assert cells["Date naissance"] == dt.date(1950, 3, 14)
    assert cells["Loyer"] == Decimal("412.5") and isinstance(cells["Loyer"], Decimal)
    assert cells["CP"] == Decimal("33000")


@pytest.mark.parametrize(
    "name, content",
    [
        ("liste.pdf", b"%PDF-1.4"),
        ("liste.xls", b"\xd0\xcf\x11\xe0"),
        ("liste.xlsx", b"not a zip"),
        ("vide.csv", b""),
        ("entetes.csv", b"Nom;Loyer\r\n"),
    ],
)
def test_unreadable_files_give_a_french_message(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError) as err:
        tabular.read_table(path)
    assert any(word in str(err.value) for word in ("fichier", "format", "Excel")), str(err.value)


def test_missing_file_gives_a_french_message(tmp_path):
    with pytest.raises(UserError, match="Impossible de lire le fichier"):
        tabular.read_table(tmp_path / "absent.csv")


def test_csv_and_xlsx_samples_give_the_same_tenants(db, agency):
    csv_report = report_for(db, demo_export.CSV_PATH)
    xlsx_report = report_for(db, demo_export.XLSX_PATH)
    assert csv_report.accepted == xlsx_report.accepted
    assert [r.line for r in csv_report.rejected] == [r.line for r in xlsx_report.rejected]


def test_sample_files_are_up_to_date(tmp_path):
    demo_export.write_csv(tmp_path / "a.csv")
    assert (tmp_path / "a.csv").read_bytes() == demo_export.CSV_PATH.read_bytes()
    demo_export.write_xlsx(tmp_path / "a.xlsx")
    fresh = tabular.read_table(tmp_path / "a.xlsx")
    stored = tabular.read_table(demo_export.XLSX_PATH)
    assert (fresh.headers, fresh.rows) == (stored.headers, stored.rows)


# --------------------------------------------------------------------------- mapping


def test_mapping_proposal_by_synonyms():
    headers = [
        "NOM_LOCATAIRE",
        "Prénom",
        "N° contrat",
        "Loyer",
        "Code postal",
        "Réf logement",
        "Agence",
        "Date d'entrée",
        "Commune",
        "Typologie",
        "Adresse",
        "E-mail",
        "Nom conjoint",
        "Tél.",
        "Divers",
    ]
    mapping = importer.propose_mapping(headers)
    named = {k: headers[v] for k, v in mapping.items() if v is not None}
    assert named == {
        "last_name": "NOM_LOCATAIRE",
        "first_name": "Prénom",
        "contract_number": "N° contrat",
        "rent": "Loyer",
        "postcode": "Code postal",
        "dwelling_reference": "Réf logement",
        "agency_code": "Agence",
        "lease_start": "Date d'entrée",
        "city": "Commune",
        "dwelling_type": "Typologie",
        "address_line": "Adresse",
        "email": "E-mail",
        "second_last_name": "Nom conjoint",
        "phone": "Tél.",
    }
    assert set(mapping) == {f.key for f in importer.TARGET_FIELDS}
    assert importer.propose_mapping(["CP", "Nom", "NOM"])["postcode"] == 0
    assert importer.propose_mapping(["CP", "Nom", "NOM"])["last_name"] == 1  # first one wins


def test_sample_mapping_is_complete():
    table = tabular.read_table(demo_export.CSV_PATH)
    mapping = importer.propose_mapping(table.headers)
    assert all(index is not None for index in mapping.values())


def test_missing_required_column_is_refused_before_any_row(db, agency, tmp_path):
    path = write(tmp_path, [line()])
    table = tabular.read_table(path)
    mapping = importer.propose_mapping(table.headers)
    mapping["rent"] = None
    mapping["city"] = None
    with pytest.raises(UserError, match="Colonnes obligatoires non associées : Loyer, Ville"):
        importer.dry_run(db, ADMIN, table, mapping, TODAY)


def test_mapping_from_names_overrides_the_proposal(tmp_path):
    path = write(tmp_path, [line()])
    table = tabular.read_table(path)
    base = importer.propose_mapping(table.headers)
    mapping = importer.mapping_from_names(table.headers, {"balance": None, "rent": "CHARGES"}, base)
    assert mapping["balance"] is None
    assert table.headers[mapping["rent"]] == "Charges"
    with pytest.raises(UserError, match="Colonne « Loyer HC » absente"):
        importer.mapping_from_names(table.headers, {"rent": "Loyer HC"}, base)
    with pytest.raises(UserError, match="Champ inconnu"):
        importer.mapping_from_names(table.headers, {"loyer": "Loyer"}, base)


# --------------------------------------------------------------------------- dry run


def test_sample_dry_run_rejects_the_three_bad_lines(db, agency):
    report = report_for(db, demo_export.CSV_PATH)
    assert (report.total, report.accepted_count, report.rejected_count) == (20, 17, 3)
    reasons = reasons_of(report)
    assert set(reasons) == set(demo_export.BAD_LINES)
    assert "Date de début du bail (colonne « Date entrée »)" in reasons[6]
    assert "31/02/2021" in reasons[6]
    assert "Loyer (colonne « Loyer ») : Le montant ne peut pas être négatif." == reasons[12]
    assert "Nom (colonne « NOM_LOCATAIRE ») : Ce champ est obligatoire." == reasons[16]
    assert tenants.count(db, ADMIN, ALL) == 0  # a dry run writes nothing


def test_french_values_are_converted(db, agency, tmp_path):
    header = HEADER + ";Isolé;Handicap;Zone tendue;Etage;Surface;Civilité;Tél"
    path = write(
        tmp_path,
        [
            line(rent="1 234,56", charges="85", balance="-12,5 €", cp="1000", kind="f4")
            + ";oui;x;VRAI;RDC;64,5 m²;Madame;0556123456",
            line(contract="C-002", dwelling="L-002", rent="1234.56", start="2015-09-01")
            + ";non;;0;3e;;M;",
        ],
        header=header,
    )
    report = report_for(db, path)
    assert report.rejected == []
    first, second = (a.data for a in report.accepted)
    assert first.lease.rent == Decimal("1234.56") == second.lease.rent
    assert first.lease.charges == Decimal("85.00")
    assert first.balance == Decimal("-12.50")
    assert first.dwelling.postcode == "01000"
    assert first.dwelling.dwelling_type == "T4"
    assert (first.isolated, first.titular.disability, first.lease.zone_tendue) == (True, True, True)
    assert (first.dwelling.floor, second.dwelling.floor) == (0, 3)
    assert first.dwelling.surface == Decimal("64.50")
    assert (first.titular.civility, second.titular.civility) == ("Mme", "M.")
    assert second.lease.start_date == dt.date(2015, 9, 1)
    assert (second.isolated, second.titular.disability, second.lease.zone_tendue) == (
        False,
        False,
        False,
    )
    assert all(isinstance(v, Decimal) for v in (first.lease.rent, first.balance))


def test_rejected_lines_name_the_column(db, agency, tmp_path):
    header = HEADER + ";Isolé;E-mail;Nom conjoint;Prénom conjoint"
    path = write(
        tmp_path,
        [
            line(rent="douze") + ";peut-être;;;",
            line(
                contract="C-002",
                dwelling="L-002",
                cp="330",
                kind="T9",
                birth="14/03/2050",
                start="",
            )
            + ";;pas-un-mail;;Lucas",
        ],
        header=header,
    )
    reasons = reasons_of(report_for(db, path))
    assert "Loyer (colonne « Loyer ») : Nombre illisible « douze »." in reasons[2]
    assert "Personne isolée (oui/non) (colonne « Isolé ») : Valeur « peut-être »" in reasons[2]
    r3 = reasons[3]
    assert "Code postal (colonne « CP ») : Le code postal compte cinq chiffres." in r3
    assert "Type de logement (T1 à T6) (colonne « Type ») : Type de logement attendu" in r3
    assert (
        "Date de naissance (colonne « Date naissance ») : La date de naissance est "
        "dans le futur." in r3
    )
    assert "Date de début du bail (colonne « Date entrée ») : La date est obligatoire." in r3
    assert "E-mail (colonne « E-mail ») : Adresse e-mail invalide." in r3
    assert "Nom du second occupant (colonne « Nom conjoint ») : Ce champ est obligatoire." in r3


def test_second_occupant_is_imported(db, agency, tmp_path):
    header = HEADER + ";Nom conjoint;Prénom conjoint;Date naissance conjoint"
    path = write(tmp_path, [line() + ";Dupont;Marc;02/02/1948"], header=header)
    data = report_for(db, path).accepted[0].data
    assert [(o.last_name, o.first_name, o.birth_date, o.is_titular) for o in data.occupants] == [
        ("Dupont", "Élodie", dt.date(1950, 3, 14), True),
        ("Dupont", "Marc", dt.date(1948, 2, 2), False),
    ]


def test_duplicates_within_the_file(db, agency, tmp_path):
    path = write(
        tmp_path,
        [
            line("C-001", dwelling="L-001"),
            line("C-002", dwelling="L-002"),
            line("C-001", dwelling="L-003"),
            line("C-004", dwelling="L-002"),
        ],
    )
    report = report_for(db, path)
    reasons = reasons_of(report)
    assert [a.line for a in report.accepted] == [2, 3]
    assert reasons[4] == (
        "N° de contrat (colonne « N° contrat ») : Le contrat « C-001 » figure déjà à la ligne 2."
    )
    assert reasons[5] == (
        "Référence du logement (colonne « Réf logement ») : Le logement "
        "« L-002 » figure déjà à la ligne 3."
    )


def test_duplicates_against_the_database(db, actor, agency, make_file, tmp_path):
    tenants.create_tenant_file(db, actor, make_file(1))  # BX-2024-00001 in LGT-00001
    path = write(
        tmp_path,
        [
            line("BX-2024-00001", dwelling="L-NEW"),
            line("C-002", dwelling="LGT-00001"),
            line("C-003", dwelling="L-003"),
        ],
    )
    report = report_for(db, path)
    reasons = reasons_of(report)
    assert [a.line for a in report.accepted] == [4]
    assert "Le contrat « BX-2024-00001 » existe déjà (dossier de DUPONT Élodie)." in reasons[2]
    assert "Le logement « LGT-00001 » est déjà occupé (dossier de DUPONT Élodie)." in reasons[3]


def test_unknown_agency(db, actor, agency, tmp_path):
    agencies.create_agency(db, actor, "MRG", "Agence Mérignac")
    path = write(tmp_path, [line(agency="xyz"), line("C-002", dwelling="L-002", agency="mrg")])
    report = report_for(db, path)
    assert reasons_of(report) == {
        2: "Code agence (colonne « Agence ») : Agence inconnue « XYZ ».",
    }
    assert report.accepted[0].data.dwelling.agency_code == "MRG"


def test_empty_lines_are_skipped(db, agency, tmp_path):
    path = write(tmp_path, [line(), ";;;;;;;;;;;;;", line("C-002", dwelling="L-002")])
    report = report_for(db, path)
    assert [a.line for a in report.accepted] == [2, 4]


# --------------------------------------------------------------------------- import


def test_apply_imports_accepted_lines_in_one_go(db, actor, agency):
    report = report_for(db, demo_export.CSV_PATH)
    assert importer.apply(db, actor, report) == 17
    assert tenants.count(db, ADMIN, ALL) == 17
    hid = tenants.search(db, ADMIN, tenants.TenantQuery("oeuvray"))[0].id
    view = tenants.get_tenant_file(db, ADMIN, hid)
    assert view.data.lease.rent == Decimal("356.10")
    assert view.data.isolated and view.data.titular.disability
    assert [t.kind for t in view.timeline] == [tenants.EVENT_IMPORTED]
    with db.reader() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).one()
        assert event.entity == "import"
        assert event.after == {"file": "export_erp_exemple.csv", "imported": 17, "rejected": 3}


def test_apply_is_all_or_nothing(db, actor, agency, monkeypatch):
    report = report_for(db, demo_export.CSV_PATH)
    real = tenants.create_tenant_file
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disque plein")
        return real(*args, **kwargs)

    monkeypatch.setattr(tenants, "create_tenant_file", failing)
    with pytest.raises(RuntimeError):
        importer.apply(db, actor, report)
    assert len(calls) == 3
    assert tenants.count(db, ADMIN, ALL) == 0
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Dwelling)) == 0
        assert (
            s.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action != "create")
            )
            == 0
        )


def test_apply_rolls_back_when_data_changed_since_the_dry_run(db, actor, agency, make_file):
    report = report_for(db, demo_export.CSV_PATH)
    taken = make_file(99)
    taken.lease.contract_number = report.accepted[5].data.lease.contract_number
    tenants.create_tenant_file(db, actor, taken)
    with pytest.raises(UserError) as err:
        importer.apply(db, actor, report)
    assert str(err.value) == (
        f"Ligne {report.accepted[5].line} : N° de contrat (colonne « N° contrat ») : Ce numéro "
        "de contrat est déjà celui du dossier de DUPONT Élodie. Rien n'a été importé."
    )
    assert tenants.count(db, ADMIN, ALL) == 1


def test_apply_stops_when_progress_says_so(db, actor, agency):
    report = report_for(db, demo_export.CSV_PATH)
    seen = []
    with pytest.raises(importer.ImportCancelled):
        importer.apply(db, actor, report, lambda done, total: seen.append(done) or False)
    assert seen == [17]
    assert tenants.count(db, ADMIN, ALL) == 0


def test_apply_with_nothing_valid(db, actor, agency, tmp_path):
    report = report_for(db, write(tmp_path, [line(agency="ZZZ")]))
    with pytest.raises(UserError, match="Aucune ligne valide"):
        importer.apply(db, actor, report)


# --------------------------------------------------------------------------- command line


def test_cli_dry_run_then_import(db, agency, capsys):
    argv = ["import", "tenants", str(demo_export.CSV_PATH), "--db", db.url]
    assert main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Nom *" in out and "« NOM_LOCATAIRE »" in out
    assert "Lignes lues : 20 ; valides : 17 ; rejetées : 3" in out
    assert "ligne 12 : Loyer (colonne « Loyer ») : Le montant ne peut pas être négatif." in out
    assert "Vérification seule, rien n'a été importé (17 dossiers prêts à importer)." in out
    assert tenants.count(db, ADMIN, ALL) == 0

    assert main(argv) == 0
    assert (
        f"17 dossiers importés depuis « {demo_export.CSV_PATH.name} »." in capsys.readouterr().out
    )
    assert tenants.count(db, ADMIN, ALL) == 17

    assert main(argv) == 2  # every line is now a duplicate
    captured = capsys.readouterr()
    assert "existe déjà" in captured.out
    assert "Aucune ligne valide" in captured.err
    assert tenants.count(db, ADMIN, ALL) == 17


def test_cli_one_tenant_reads_in_the_singular(db, agency, capsys, tmp_path):
    path = write(tmp_path, [line()])
    argv = ["import", "tenants", str(path), "--db", db.url]
    assert main([*argv, "--dry-run"]) == 0
    assert "(1 dossier prêt à importer)." in capsys.readouterr().out
    assert main(argv) == 0
    assert "1 dossier importé depuis « export.csv »." in capsys.readouterr().out


def test_cli_xlsx_with_mapping_file(db, agency, capsys, tmp_path):
    mapping = tmp_path / "correspondance.json"
    mapping.write_text(json.dumps({"balance": None, "email": "E-mail"}), encoding="utf-8")
    argv = [
        "import",
        "tenants",
        str(demo_export.XLSX_PATH),
        "--db",
        db.url,
        "--mapping",
        str(mapping),
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Solde" in out and "(non importé)" in out
    with db.reader() as s:
        assert s.scalar(select(func.sum(Household.balance))) == Decimal("0.00")
    assert tenants.count(db, ADMIN, ALL) == 17


def test_cli_missing_required_column_exits_2(db, agency, capsys, tmp_path):
    path = tmp_path / "incomplet.csv"
    path.write_text("Nom;Prénom\nDupont;Élodie\n", encoding="utf-8")
    assert main(["import", "tenants", str(path), "--db", db.url]) == 2
    err = capsys.readouterr().err
    assert "Colonnes obligatoires non associées : N° de contrat" in err
    assert tenants.count(db, ADMIN, ALL) == 0


def test_cli_unknown_format_exits_2(db, capsys, tmp_path):
    path = tmp_path / "liste.ods"
    path.write_bytes(b"PK")
    assert main(["import", "tenants", str(path), "--db", db.url]) == 2
    assert "Format de fichier non pris en charge" in capsys.readouterr().err


# --------------------------------------------------------------------------- invisible characters


def test_invisible_characters_cannot_make_a_second_identical_contract(
    db, actor, agency, make_file, tmp_path
):
    """``C-0001\\u200b01`` is ``C-000101``; a name with U+202E is refused."""
    data = make_file(1)
    data.lease.contract_number = "C-000101"
    tenants.create_tenant_file(db, actor, data)
    decomposed = "E\u0301lodie"  # É as E + combining acute (NFD)
    path = write(
        tmp_path,
        [
            line("C-0001\u200b01", dwelling="L-NEW"),
            line("C-002", dwelling="L-002", name="\u202eTNOPUD"),
            line("C-003\ufeff", dwelling="L-\u200d003", first=decomposed),
        ],
        encoding="utf-8",
    )
    report = report_for(db, path)
    reasons = reasons_of(report)
    assert "Le contrat « C-000101 » existe déjà" in reasons[2]
    assert "inversent le sens de l'écriture (U+202E)" in reasons[3]
    [accepted] = report.accepted
    assert accepted.data.lease.contract_number == "C-003"
    assert accepted.data.dwelling.reference == "L-003"
    assert accepted.data.occupants[0].first_name == "Élodie"  # NFC, one code point
    assert len(accepted.data.occupants[0].first_name) == 6


# --------------------------------------------------------------------------- fixed values


def test_cli_set_gives_a_fixed_value_to_a_column_the_file_lacks(
    db, db_url, agency, tmp_path, capsys
):
    header = HEADER.replace(";Type;Agence", "")

    def short(contract, dwelling):
        cells = line(contract, dwelling=dwelling).split(";")
        del cells[11:13]  # no type, no agency
        return ";".join(cells)

    path = write(tmp_path, [short("C-101", "L-101"), short("C-102", "L-102")], header=header)
    # Without the agency, nothing can be imported.
    assert main(["import", "tenants", str(path), "--db", db_url, "--dry-run"]) == 2
    assert "Code agence" in capsys.readouterr().err
    argv = [
        "import",
        "tenants",
        str(path),
        "--db",
        db_url,
        "--set",
        "agence=bxn",
        "--set",
        "Typologie=T4",
    ]
    assert main([*argv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "valeur fixe « bxn »" in out and "valeur fixe « T4 »" in out
    assert "valides : 2" in out
    assert main(argv) == 0
    rows = tenants.search(db, ADMIN, ALL)
    assert len(rows) == 2
    view = tenants.get_tenant_file(db, ADMIN, rows[0].id)
    assert (view.data.dwelling.agency_code, view.data.dwelling.dwelling_type) == ("BXN", "T4")
    # A fixed value is checked like a cell; a bad --set is a French error.
    assert (
        main(
            [
                "import",
                "tenants",
                str(path),
                "--db",
                db_url,
                "--dry-run",
                "--set",
                "agence=XYZ",
                "--set",
                "type=T4",
            ]
        )
        == 2
    )  # nothing valid to import
    assert "Agence inconnue « XYZ »" in capsys.readouterr().out
    assert main([*argv, "--set", "couleur=bleu"]) == 2
    assert "Champ inconnu : « couleur »" in capsys.readouterr().err
    assert main([*argv, "--set", "agence"]) == 2
    assert "attendu CHAMP=VALEUR" in capsys.readouterr().err
