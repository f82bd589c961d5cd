"""The tenant import's correspondence-address columns (docs/domain.md#correspondence-address):
read per occupant, refused line by line as the tenant file refuses them, kept once imported."""

from __future__ import annotations

from sqlalchemy import select

from desktop.cli import main
from desktop.services import importer, tabular, tenants
from desktop.storage.models import Lease
from tests import demo_export
from tests.test_importer import ADMIN, ALL, HEADER, line, reasons_of, report_for, write

MAIL_HEADER = (
    HEADER + ";Nom conjoint;Prénom conjoint;Adresse correspondance;Complément adresse "
    "correspondance;CP correspondance;Ville correspondance;Adresse correspondance conjoint;"
    "CP correspondance conjoint;Commune de correspondance du second occupant"
)


def mail_line(contract: str, second: str = "", mine: str = ";;;", theirs: str = ";;") -> str:
    """A line of ``MAIL_HEADER``: the second occupant (« NOM;Prénom »), the titular's
    four correspondence cells and the second occupant's three."""
    return f"{line(contract=contract, dwelling=f'L-{contract}')};{second or ';'};{mine};{theirs}"


def mail_of(occupant) -> tuple[str, str, str, str]:
    return occupant.mail_address


def household_of(db, contract: str) -> int:
    with db.reader() as s:
        lease = s.scalars(select(Lease).where(Lease.contract_number == contract)).one()
        return lease.household_id


def test_columns_are_named_like_the_other_occupant_columns():
    headers = [
        "Adresse de correspondance",
        "Complément d'adresse de correspondance",
        "Code postal correspondance",
        "Commune correspondance",
        "Adresse correspondance du conjoint",
        "CP correspondance occupant 2",
        "Ville de correspondance second occupant",
        "Adresse",
        "CP",
        "Ville",
    ]
    mapping = importer.propose_mapping(headers)
    named = {k: headers[v] for k, v in mapping.items() if v is not None}
    assert named == {
        "mail_address_line": "Adresse de correspondance",
        "mail_address_complement": "Complément d'adresse de correspondance",
        "mail_postcode": "Code postal correspondance",
        "mail_city": "Commune correspondance",
        "second_mail_address_line": "Adresse correspondance du conjoint",
        "second_mail_postcode": "CP correspondance occupant 2",
        "second_mail_city": "Ville de correspondance second occupant",
        "address_line": "Adresse",
        "postcode": "CP",
        "city": "Ville",
    }
    assert importer.field_for("Commune de correspondance du second occupant") == (
        "second_mail_city"
    )
    # An ERP's « Adresse postale » or « Adresse courrier » is most often the dwelling's:
    # never guessed as the holder's own address (every letter would go apart).
    erp = ["Adresse postale", "Adresse courrier", "Adresse d'envoi", "CP", "Ville"]
    guessed = importer.propose_mapping(erp)
    assert not any(guessed.get(k) is not None for k in guessed if "mail_" in k)


def test_each_occupant_keeps_his_correspondence_address(db, actor, agency, tmp_path):
    path = write(
        tmp_path,
        [
            mail_line("C-001", mine="7 rue Camille Godard;chez M. Diallo;3000;Bordeaux"),
            mail_line("C-002", "Girard;Marie", theirs="15 avenue Jean Jaurès;33600;Pessac"),
            mail_line("C-003", "Roux;Anne"),
        ],
        header=MAIL_HEADER,
    )
    report = report_for(db, path)
    assert report.rejected == []
    assert importer.apply(db, actor, report) == 3

    first = tenants.get_tenant_file(db, ADMIN, household_of(db, "C-001")).data
    assert [mail_of(o) for o in first.occupants] == [
        ("7 rue Camille Godard", "chez M. Diallo", "03000", "Bordeaux")  # leading zero back
    ]
    second = tenants.get_tenant_file(db, ADMIN, household_of(db, "C-002")).data
    assert [(o.first_name, o.is_titular, mail_of(o)) for o in second.occupants] == [
        ("Élodie", True, ("", "", "", "")),
        ("Marie", False, ("15 avenue Jean Jaurès", "", "33600", "Pessac")),
    ]
    third = tenants.get_tenant_file(db, ADMIN, household_of(db, "C-003")).data
    assert not any(o.lives_elsewhere for o in third.occupants)


def test_a_bad_correspondence_address_rejects_its_line_and_imports_none_of_it(
    db, actor, agency, tmp_path
):
    too_long_city = "Saint-Médard-en-Jalles-lès-Bordeaux-Métropole"
    path = write(
        tmp_path,
        [
            mail_line("C-001", mine="7 rue Camille Godard;;;"),  # no postcode, no commune
            mail_line(
                "C-002", "Girard;Marie", theirs=f"15 avenue Jean Jaurès;33600;{too_long_city}"
            ),
            mail_line("C-003", theirs="15 avenue Jean Jaurès;33600;Pessac"),  # whose address?
            mail_line("C-004", mine="7 rue Camille Godard;;33A00;Bordeaux"),
            mail_line("C-005"),
        ],
        header=MAIL_HEADER,
    )
    report = report_for(db, path)
    reasons = reasons_of(report)
    assert set(reasons) == {2, 3, 4, 5}
    assert (
        "Code postal de correspondance (colonne « CP correspondance ») : Le code postal "
        "compte cinq chiffres." in reasons[2]
    )
    assert (
        "Commune de correspondance (colonne « Ville correspondance ») : Ce champ est "
        "obligatoire." in reasons[2]
    )
    assert reasons[3].startswith(
        "Commune de correspondance du second occupant (colonne « Commune de correspondance "
        "du second occupant ») : Trop long pour l'adresse des courriers : "
    )
    # An address with no one to receive it is not dropped: the line asks for the name.
    assert (
        "Nom du second occupant (colonne « Nom conjoint ») : Ce champ est obligatoire."
        in (reasons[4])
    )
    assert "Code postal de correspondance (colonne « CP correspondance ») :" in reasons[5]

    assert importer.apply(db, actor, report) == 1
    assert tenants.count(db, ADMIN, ALL) == 1  # no rejected line written without its address
    with db.reader() as s:
        assert list(s.scalars(select(Lease.contract_number))) == ["C-005"]


def test_sample_imports_its_correspondence_addresses(db, agency, capsys):
    table = tabular.read_table(demo_export.CSV_PATH)
    mapping = importer.propose_mapping(table.headers)
    assert all(
        mapping[f"{p}{k}"] is not None for p in ("", "second_") for k in importer.MAIL_FIELDS
    )
    assert main(["import", "tenants", str(demo_export.CSV_PATH), "--db", db.url]) == 0
    capsys.readouterr()
    ndiaye = tenants.get_tenant_file(db, ADMIN, household_of(db, "BX-2018-0104")).data
    assert [mail_of(o) for o in ndiaye.occupants] == [
        ("7 rue Camille Godard", "chez M. Diallo", "33000", "Bordeaux"),
        ("", "", "", ""),
    ]
    girard = tenants.get_tenant_file(db, ADMIN, household_of(db, "BX-2022-0112")).data
    assert [o.lives_elsewhere for o in girard.occupants] == [False, True]
    assert tenants.count(db, ADMIN, ALL) == 17
