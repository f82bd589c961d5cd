"""The document engine's part of ``parcours --selftest`` (contract in desktop/selftest.py):
a letter converted to PDF, an HTML report through WeasyPrint, a signature verified."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.resources import template


def render_letter(db, actor, household_id: int, out_dir: Path) -> Path:
    """A letter from a bundled template to that tenant, as PDF (also registered)."""
    from desktop.services import documents

    view = documents.produce_letter(
        db,
        actor,
        household_id,
        documents.LetterOptions(
            "courrier_libre",
            pdf=True,
            fields={"corps": "Autotest de Parcours : courrier produit et converti en PDF."},
        ),
    )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"autotest-courrier-{view.reference}.pdf"
    shutil.copyfile(view.pdf_path, target)
    return target


def render_report(db, actor, out_dir: Path) -> Path:
    """The bundled HTML report template rendered by WeasyPrint (in this process)."""
    from desktop.documents import html

    source = template("reports", "synthese.html")
    page = html.render_html(
        source.read_text(encoding="utf-8"),
        {
            "titre": "Autotest : synthèse",
            "bailleur": "Parcours",
            "lieu": "Bordeaux",
            "date": dt.date.today(),
            "lignes": [
                {"libelle": "Relances", "nombre": 3, "montant": Decimal("1234.56")},
                {"libelle": "Attestations", "nombre": 2, "montant": Decimal("0")},
            ],
            "total": Decimal("1234.56"),
        },
    )
    out_dir = Path(out_dir)
    pdf, _refused = html.render_pdf(page, out_dir / "autotest-rapport.pdf", base=source.parent)
    return pdf


def sign_and_verify(pdf: Path, out_dir: Path) -> Path:
    """Sign ``pdf`` with a throw-away certificate and verify the signed copy."""
    from desktop.documents import signing

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    p12, password, cert = signing.make_test_certificate(out_dir, "Autotest Parcours")
    try:
        key = signing.load_signing_key(p12, password)
        target = out_dir / (Path(pdf).stem + "-signe.pdf")
        signing.sign_pdf(pdf, target, key, location="Autotest")
    finally:
        p12.unlink(missing_ok=True)
    report = signing.verify_pdf(target, trusted=[cert])
    if not (report.ok and report.trusted):
        raise UserError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "La vérification de la signature a échoué : {summary}"
                ),
                {"summary": str(report.summary())},
            )
        )
    return target
