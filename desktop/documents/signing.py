"""PAdES signature of PDF letters with the agency's certificate, and verification.

The certificate is a PKCS#12 file (``.p12``/``.pfx``) whose path may be kept in the
settings (``signing_certificate``); its password is never stored: it is asked for
once and the loaded key stays in memory (``SigningKey``) for the session. The
signature is visible: a box on the last page says who signed and when.

Verification says who signed, when, whether the signed bytes are intact, whether
the document was changed after signing, and whether the certificate is one the
organisation trusts (``trusted_certificates`` in the settings: PEM or DER files).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from desktop import config
from desktop.domain.errors import UserError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.documents.files import atomic_write_bytes

MM = 72 / 25.4
# Visible box on the last page (x1, y1, x2, y2 in mm from the bottom-left corner):
# right column, above the footer, where the letters' signature block ends.
DEFAULT_BOX_MM = (120.0, 30.0, 192.0, 52.0)
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    r"C:\Windows\Fonts\arial.ttf",
    r"C:\Windows\Fonts\segoeui.ttf",
    "/System/Library/Fonts/Supplemental/Arial.ttf",
    "/Library/Fonts/Arial.ttf",
)


def _m(text: str, **params) -> Message:
    return Message(text, params)


@dataclass
class SigningKey:
    """A loaded PKCS#12 certificate and key (in memory only)."""

    signer: object  # pyhanko SimpleSigner
    subject: str
    source: Path

    @property
    def certificate(self):
        return self.signer.signing_cert


def load_signing_key(path: str | Path, password: str) -> SigningKey:
    """Open a PKCS#12 file; ``UserError`` in French for a wrong password or file."""
    from pyhanko.sign import signers

    _quiet()
    path = Path(path)
    if not path.is_file():
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "Certificat introuvable : {path}."), path=str(path)))
    try:
        signer = signers.SimpleSigner.load_pkcs12(
            str(path), passphrase=password.encode("utf-8") if password else None)
    except Exception:  # a wrong password and a bad file raise various errors
        signer = None
    if signer is None:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "Impossible d'ouvrir le certificat {name} : mot de passe incorrect "
            "ou fichier PKCS#12 invalide."), name=path.name))
    cert = signer.signing_cert
    return SigningKey(signer, cert.subject.human_friendly, path)


def configured_certificate() -> Path | None:
    value = config.load_settings().get("signing_certificate")
    return Path(value).expanduser() if value else None


def _font_factory():
    """Helvetica (a standard PDF font, WinAnsi: French accents work, nothing embedded)."""
    from pyhanko.pdf_utils.font.basic import SimpleFontEngineFactory

    return SimpleFontEngineFactory("Helvetica", 0.52)


def _quiet() -> None:
    """pyHanko logs expected failures (wrong password, untrusted certificate) with
    tracebacks; the caller reports them in French instead."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _signer_name(subject: str) -> str:
    for part in subject.split(","):
        key, _, value = part.strip().partition(":")
        if key.strip() == "Common Name":
            return value.strip()
    return subject


def sign_pdf(source: str | Path, target: str | Path, key: SigningKey, *,
             reason: str = "Courrier signé électroniquement", location: str = "",
             box_mm: tuple[float, float, float, float] = DEFAULT_BOX_MM) -> Path:
    """Write ``target``: ``source`` with a visible PAdES signature (atomic write)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.stamp import TextStampStyle

    data = Path(source).read_bytes()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        pages = int(writer.root["/Pages"]["/Count"])
    except Exception as exc:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "Le PDF à signer est illisible ({name})."), name=Path(source).name)) from exc
    box = tuple(round(v * MM) for v in box_mm)
    name = _signer_name(key.subject)
    stamp = TextStampStyle(
        stamp_text="Signé électroniquement par\n%(signer)s\nle %(ts)s",
        timestamp_format="%d/%m/%Y à %H:%M", border_width=1,
        border_color=(0.12, 0.31, 0.47),
        text_box_style=TextBoxStyle(font=_font_factory(), font_size=9, leading=12))
    meta = signers.PdfSignatureMetadata(
        field_name="Signature1", reason=reason, location=location or None, name=name,
        subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256")
    pdf_signer = signers.PdfSigner(
        meta, signer=key.signer, stamp_style=stamp,
        new_field_spec=fields.SigFieldSpec("Signature1", on_page=pages - 1, box=box))
    out = io.BytesIO()
    try:
        local_now = dt.datetime.now().astimezone()
        pdf_signer.sign_pdf(writer, output=out, appearance_text_params={
            "signer": name, "ts": local_now.strftime("%d/%m/%Y à %H:%M")})
    except Exception as exc:
        raise UserError(_m(QT_TRANSLATE_NOOP(
            "messages", "La signature du PDF a échoué : {error}"), error=str(exc))) from exc
    return atomic_write_bytes(target, out.getvalue())


def make_test_certificate(folder: str | Path, common_name: str = "Parcours – test",
                          organisation: str = "Parcours", password: str = "test",
                          days: int = 30) -> tuple[Path, str, object]:
    """A throw-away self-signed certificate (for tests, the self-test and demos):
    (PKCS#12 path, its password, the certificate as an asn1crypto object)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=True, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path = Path(folder) / "certificat-test.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"test", key, cert, None,
        serialization.BestAvailableEncryption(password.encode("utf-8"))))
    return path, password, asn1_x509.Certificate.load(
        cert.public_bytes(serialization.Encoding.DER))


# --------------------------------------------------------------------------- verification


@dataclass(frozen=True)
class SignatureReport:
    signed: bool
    signer: str = ""
    signed_at: dt.datetime | None = None
    intact: bool = False  # the signed bytes are unchanged
    whole_document: bool = False  # nothing was added after the signature
    trusted: bool = False  # the certificate chains to a trusted one
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.whole_document

    def summary(self) -> Message:
        if not self.signed:
            return _m(QT_TRANSLATE_NOOP("messages", "Ce PDF ne comporte aucune signature."))
        if not self.intact:
            return _m(QT_TRANSLATE_NOOP(
                "messages", "Signature INVALIDE : le document a été modifié depuis sa "
                "signature par {signer}."), signer=self.signer or "?")
        when = self.signed_at.astimezone().strftime("%d/%m/%Y à %H:%M") if self.signed_at else "?"
        if not self.whole_document:
            return _m(QT_TRANSLATE_NOOP(
                "messages", "Signé par {signer} le {when}, mais le document a été complété "
                "après la signature."), signer=self.signer, when=when)
        if self.trusted:
            return _m(QT_TRANSLATE_NOOP(
                "messages", "Signature valide : signé par {signer} le {when} ; document "
                "intact."), signer=self.signer, when=when)
        return _m(QT_TRANSLATE_NOOP(
            "messages", "Signé par {signer} le {when} ; document intact. Le certificat "
            "n'est pas reconnu comme certificat de confiance sur ce poste."),
            signer=self.signer, when=when)


def trusted_certificates(extra: list | None = None) -> list:
    """Certificates listed in the settings (``trusted_certificates``), plus ``extra``."""
    from asn1crypto import pem, x509

    certs = list(extra or [])
    for value in config.load_settings().get("trusted_certificates", []) or []:
        try:
            raw = Path(value).expanduser().read_bytes()
        except OSError:
            continue
        if pem.detect(raw):
            for _type, _headers, der in pem.unarmor(raw, multiple=True):
                certs.append(x509.Certificate.load(der))
        else:
            certs.append(x509.Certificate.load(raw))
    return certs


def verify_pdf(path: str | Path, trusted: list | None = None) -> SignatureReport:
    """Check the (last) signature of a PDF; never raises on a damaged file."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _quiet()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return SignatureReport(False, problem=str(exc))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:
        return SignatureReport(False, problem=f"PDF illisible : {exc}")
    if not signatures:
        return SignatureReport(False)
    sig = signatures[-1]
    try:
        cert = sig.signer_cert
        signer = _signer_name(cert.subject.human_friendly)
    except Exception:
        signer = ""
    roots = trusted_certificates(trusted)
    vc = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = validate_pdf_signature(sig, vc)
    except Exception as exc:  # the signed bytes cannot even be read back
        return SignatureReport(True, signer=signer, problem=str(exc))
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    signed_at = status.signer_reported_dt
    coverage = getattr(status, "coverage", None)
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    return SignatureReport(
        signed=True, signer=signer, signed_at=signed_at,
        intact=bool(status.intact and status.valid), whole_document=whole,
        trusted=bool(status.trusted), problem="")
