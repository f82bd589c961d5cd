"""Bad input at the import and in the forms is refused with a French message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from desktop.domain.errors import UserError, ValidationError
from desktop.domain.roles import Role
from desktop.domain.tenant import validate_tenant_file
from desktop.services import agencies, importer, tabular, tenants
from desktop.services.context import Actor
from tests.conftest import sample_file

TODAY = dt.date(2026, 1, 15)
ADMIN = Actor("admin.test", role=Role.ADMIN)
HEADER = "N° contrat;Nom;Date entrée;Loyer;Réf logement;Adresse;CP;Ville;Type;Agence"


def csv_line(
    contract="C-1",
    name="Dupont",
    start="01/09/2015",
    rent="400,00",
    dwelling="L-1",
    address="1 rue des Lilas",
    agency="BXN",
) -> str:
    return ";".join(
        [contract, name, start, rent, dwelling, address, "33000", "Bordeaux", "T2", agency]
    )


def dry_run(db, tmp_path, lines, encoding="utf-8", raw: bytes | None = None):
    path = tmp_path / "export.csv"
    path.write_bytes(
        raw if raw is not None else ("\n".join([HEADER, *lines]) + "\n").encode(encoding)
    )
    table = tabular.read_table(path)
    return importer.dry_run(db, ADMIN, table, importer.propose_mapping(table.headers), TODAY)


def reasons(report) -> dict[int, str]:
    return {r.line: " | ".join(r.reasons) for r in report.rejected}


def test_formulas_in_csv_cells_are_refused(db, agency, tmp_path):
    report = dry_run(
        db,
        tmp_path,
        [
            csv_line(name='=HYPERLINK("http://exemple.invalid/x","Cliquez")'),
            csv_line(contract="C-2", dwelling="L-2", name="Martin", address="@SUM(A1:A9)"),
            csv_line(contract="+cmd|' /C calc'!A0", dwelling="L-3", name="Petit"),
            csv_line(contract="C-4", dwelling="L-4", name="\t=1+1"),
            csv_line(contract="C-5", dwelling="L-5", name="Bernard"),
        ],
    )
    got = reasons(report)
    assert sorted(got) == [2, 3, 4, 5]
    for line in (2, 3, 4, 5):
        assert "ne peut pas commencer par =, +, - ou @" in got[line]
    assert "Nom (colonne « Nom »)" in got[2]
    assert "Adresse" in got[3] and "N° de contrat" in got[4]
    assert [a.line for a in report.accepted] == [6]


def test_ten_megabyte_names_are_refused(db, agency, tmp_path, make_file):
    huge = "A" * 10_000_000
    with pytest.raises(UserError, match="illisible vers la ligne 2"):
        dry_run(db, tmp_path, [csv_line(name=huge)])
    data = make_file(1)
    data.occupants[0].last_name = huge
    data.dwelling.city = huge
    data.occupants[0].email = huge + "@x.fr"
    data.occupants[0].phone = "0" * 10_000_000
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, ADMIN, data)
    fields = {k: str(v) for k, v in err.value.fields.items()}
    assert fields["occupants[0].last_name"] == "80 caractères au plus."
    assert fields["dwelling.city"] == "80 caractères au plus."
    assert fields["occupants[0].email"] == "Adresse e-mail invalide."
    assert fields["occupants[0].phone"].startswith("Numéro de téléphone invalide")
    assert len(str(err.value)) < 1000  # the message does not echo the input


def test_impossible_dates_and_bad_amounts_in_the_import(db, agency, tmp_path):
    report = dry_run(
        db,
        tmp_path,
        [
            csv_line(start="31/02/2026"),
            csv_line(contract="C-2", dwelling="L-2", rent="-12,50"),
            csv_line(contract="C-3", dwelling="L-3", rent="douze euros"),
            csv_line(contract="C-4", dwelling="L-4", rent="1" * 200),
            csv_line(contract="C-5", dwelling="L-5", start="2026-13-45"),
        ],
    )
    got = reasons(report)
    assert "Date illisible « 31/02/2026 »" in got[2]
    assert "Le montant ne peut pas être négatif." in got[3]
    assert "Nombre illisible « douze euros »" in got[4] or "douze euros" in got[4]
    assert "Loyer" in got[5] and len(got[5]) < 300  # the huge value is cut in the message
    assert "Date illisible" in got[6]
    assert report.accepted == []


def test_wrong_encodings_are_refused_or_read(db, agency, tmp_path):
    # Windows-1252 is read; a byte undefined in Windows-1252 and invalid in UTF-8 is not.
    ok = dry_run(db, tmp_path, [csv_line(name="Œuvray")], encoding="cp1252")
    assert ok.accepted[0].data.occupants[0].last_name == "Œuvray"
    raw = (HEADER + "\n").encode("utf-8") + csv_line(name="Du\x81pont").encode("latin-1")
    with pytest.raises(UserError, match="Encodage du fichier « export.csv » non reconnu"):
        dry_run(db, tmp_path, [], raw=raw)
    utf16_without_bom = ("\n".join([HEADER, csv_line()]) + "\n").encode("utf-16-le")
    with pytest.raises(UserError) as err:
        dry_run(db, tmp_path, [], raw=utf16_without_bom)
    assert "Encodage du fichier « export.csv » non reconnu" in str(err.value)
    binary = bytes(range(256)) * 10
    with pytest.raises(UserError):
        dry_run(db, tmp_path, [], raw=binary)


def test_forms_refuse_formulas_and_control_characters(db, agency, make_file):
    data = make_file(1)
    data.occupants[0].last_name = '=HYPERLINK("http://x")'
    data.dwelling.address_line = "12 rue\tdes Lilas"
    data.lease.contract_number = "@BX-1"
    data.occupants[0].email = "=a@b.fr"
    data.notes = "- appel du 12/03\n- rappel prévu"  # free text: allowed, neutralised in exports
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, ADMIN, data)
    assert set(err.value.fields) == {
        "occupants[0].last_name",
        "lease.contract_number",
        "occupants[0].email",
    }
    data = make_file(2)
    data.lease.contract_number = "BX\x00-2"
    data.notes = "nul\x00"
    with pytest.raises(ValidationError) as err:
        tenants.create_tenant_file(db, ADMIN, data)
    assert set(err.value.fields) == {"lease.contract_number", "notes"}
    assert "caractères de contrôle" in str(err.value.fields["notes"])


def test_agency_names_refuse_formulas(db):
    with pytest.raises(ValidationError, match="ne peuvent pas commencer par"):
        agencies.create_agency(db, ADMIN, "X", "=1+1")


@hsettings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300), st.text(max_size=60))
def test_any_text_is_either_accepted_or_refused_with_a_message(name, address):
    data = sample_file(1)
    data.occupants[0].last_name = name
    data.dwelling.address_line = address
    try:
        validate_tenant_file(data, TODAY)
    except ValidationError as exc:
        assert exc.fields and all(str(m) for m in exc.fields.values())


def test_amounts_that_are_not_numbers_are_refused():
    data = sample_file(1)
    data.lease.rent = Decimal("NaN")
    data.lease.charges = Decimal("-1.00")
    data.balance = Decimal("1.001")
    with pytest.raises(ValidationError) as err:
        validate_tenant_file(data, TODAY)
    fields = {k: str(v) for k, v in err.value.fields.items()}
    assert fields == {
        "lease.rent": "Le montant n'est pas un nombre.",
        "lease.charges": "Le montant ne peut pas être négatif.",
        "balance": "Le montant a plus de deux décimales.",
    }


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1" * 100_000, "Nombre illisible « " + "1" * 40 + "… »"),
        ("9" * 30, "Nombre trop grand : « " + "9" * 30 + " »."),
        ("1e309", "Nombre illisible « 1e309 »"),
        ("∞", "Nombre illisible « ∞ »"),
        ("NaN", "Nombre illisible « NaN »"),
        ("12.345,6", "Nombre illisible « 12.345,6 »"),
        ("1 234,567", "Montant « 1 234,567 » : deux chiffres après la virgule au plus."),
    ],
)
def test_absurd_amounts_are_refused_with_a_short_message(typed, said):
    from desktop.domain.formatting import AmountError, parse_amount_fr

    with pytest.raises(AmountError) as err:
        parse_amount_fr(typed)
    assert str(err.value.message).startswith(said)
    assert len(str(err.value.message)) < 250


def test_a_huge_amount_on_the_command_line_is_refused_in_french(capsys):
    from desktop.cli import main

    argv = ["plan", "schedule", "--debt", "1" * 100_000, "--months", "3", "--start", "2026-01-01"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--debt : Nombre illisible « 111" in err and len(err) < 400, err[:300]
