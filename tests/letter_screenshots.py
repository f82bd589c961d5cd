"""PNG pages of generated letters for the README and the issue.

    .venv/bin/python -m tests.letter_screenshots

Makes, on a temporary base, an arrears reminder (registered letter) and a signed
housing certificate for a demonstration household, converts them with LibreOffice,
signs the second with a demonstration certificate made on the spot, and saves page 1
of each (``pdftoppm``) under ``resources/screenshots/``.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots"


def demo_certificate(folder: Path) -> tuple[Path, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Claire Moreau"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Logis de Garonne")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    path = folder / "demo.p12"
    password = "demo"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"demo", key, cert, None, serialization.BestAvailableEncryption(password.encode())))
    return path, password


def page_png(pdf: Path, target: Path, dpi: int = 110) -> None:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1",
                    str(pdf), str(target.with_suffix(""))], check=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["PARCOURS_DATA_DIR"] = str(tmp / "data")
        os.environ["PARCOURS_CONFIG_DIR"] = str(tmp / "config")
        from desktop.documents import signing
        from desktop.domain.tenant import DwellingData, LeaseData, OccupantData, TenantFileData
        from desktop.services import agencies, documents, tenants
        from desktop.services.context import Actor
        from desktop.storage.db import open_database

        db = open_database(str(tmp / "base.sqlite"))
        actor = Actor("c.moreau", "Claire Moreau")
        agencies.create_agency(db, actor, "BXN", "Agence Bordeaux Nord", "Bordeaux")
        household = tenants.create_tenant_file(db, actor, TenantFileData(
            occupants=[OccupantData("Lefèvre", "Éloïse", "Mme", dt.date(1951, 6, 3))],
            lease=LeaseData("BX-2019-00412", dt.date(2019, 9, 1), Decimal("412.50"),
                            Decimal("85.20")),
            dwelling=DwellingData(
                reference="LGT-004127", address_line="27 allée des Peupliers",
                address_complement="Appartement 12, 3e étage", postcode="33300",
                city="Bordeaux", building="Bât. C", programme="Résidence Les Aubiers",
                agency_code="BXN", floor=3),
            balance=Decimal("1234.56")))
        on = dt.date(2026, 11, 23)
        reminder = documents.produce_letter(db, actor, household, documents.LetterOptions(
            "relance_impaye", on=on, handled_by="Karim Benali", signatory="direction",
            fields={"date_limite": "08/12/2026", "periode": "septembre à novembre 2026"},
            registered_number="1A 234 567 8901 2"))
        p12, password = demo_certificate(tmp)
        key = signing.load_signing_key(p12, password)
        certificate = documents.produce_letter(db, actor, household, documents.LetterOptions(
            "attestation_logement", on=on, signing_key=key,
            fields={"motif": "dossier d'aide au logement (CAF)"}))
        OUT.mkdir(parents=True, exist_ok=True)
        page_png(reminder.pdf_path, OUT / "letter-reminder.png")
        page_png(certificate.pdf_path, OUT / "letter-signed.png")
        print(signing.verify_pdf(certificate.pdf_path).summary())
        db.dispose()
    for name in ("letter-reminder.png", "letter-signed.png"):
        print((OUT / name).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
