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

import dataclasses
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from desktop import config
from desktop.documents.files import atomic_write_bytes
from desktop.domain.errors import UserError
from desktop.domain.formatting import utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message

MM = 72 / 25.4
STAMP_FONT_SIZE = 8
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
        raise UserError(
            _m(QT_TRANSLATE_NOOP("messages", "Certificat introuvable : {path}."), path=str(path))
        )
    try:
        signer = signers.SimpleSigner.load_pkcs12(
            str(path), passphrase=password.encode("utf-8") if password else None
        )
    except Exception:  # a wrong password and a bad file raise various errors
        signer = None
    if signer is None:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Impossible d'ouvrir le certificat {name} : mot de passe incorrect "
                    "ou fichier PKCS#12 invalide.",
                ),
                name=path.name,
            )
        )
    cert = signer.signing_cert
    return SigningKey(signer, cert.subject.human_friendly, path)


def configured_certificate() -> Path | None:
    value = config.load_settings().get("signing_certificate")
    return Path(value).expanduser() if value else None


def stamp_font(text: str) -> Path | None:
    """The first font file of ``FONT_CANDIDATES`` that has every character of
    ``text`` (the organisation's name may hold "–", "Œ", "’")."""
    from fontTools.ttLib import TTFont

    needed = {ord(c) for c in text if not c.isspace()}
    for candidate in FONT_CANDIDATES:
        path = Path(candidate)
        if not path.is_file():
            continue
        try:
            with TTFont(str(path), lazy=True) as font:
                covered = set(font.getBestCmap() or {})
        except Exception:
            continue
        if needed <= covered:
            return path
    return None


# What a stamp may show: Latin letters with their accents, French punctuation.
STAMP_CHARSET = "".join(chr(c) for c in range(0x20, 0x250)) + "‐‑‒–—‘’‚“”„…‹›€ŒœŸ\u00a0\u202f"


def _stamp_font_file(path: Path) -> Path:
    """A copy of ``path`` cut to ``STAMP_CHARSET`` and scaled to 1000 units per em,
    cached in the data folder. pyHanko writes glyph widths in the font's own units,
    which PDF readers take as thousandths of an em: a font of 2048 units (DejaVu,
    Liberation, Arial) would print its letters spread out."""
    import hashlib

    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    stat = path.stat()
    key = hashlib.sha256(f"{path}|{stat.st_size}|{stat.st_mtime_ns}|1".encode()).hexdigest()[:16]
    target = config.data_dir() / "polices" / f"tampon-{key}.ttf"
    if target.is_file():
        return target
    font = TTFont(str(path))
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=STAMP_CHARSET)
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    buffer = io.BytesIO()
    font.save(buffer)
    atomic_write_bytes(target, buffer.getvalue())
    return target


def _in_memory_font_factory():
    """pyHanko's ``GlyphAccumulatorFactory`` reading the font file into memory: the
    original opens the file and never closes it (a handle left open per signature,
    which also keeps the file locked on Windows)."""
    import io

    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class InMemoryFontFactory(GlyphAccumulatorFactory):
        def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
            if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer,
                font_handle=io.BytesIO(Path(self.font_file).read_bytes()),
                font_size=self.font_size,
                ot_script_tag=self.ot_script_tag,
                ot_language_tag=self.ot_language_tag,
                writing_direction=self.writing_direction,
                bcp47_lang_code=self.bcp47_lang_code,
                obj_stream=obj_stream,
            )

    return InMemoryFontFactory


def _font_factory(text: str = ""):
    """An embedded subset of a TrueType font covering ``text`` (a PDF/A stays PDF/A);
    Helvetica, not embedded, only when no such font is found on the machine."""
    path = stamp_font(text)
    if path is not None and all(c in STAMP_CHARSET for c in text):
        try:
            path = _stamp_font_file(path)
        except Exception:
            pass
        try:
            return _in_memory_font_factory()(str(path), font_size=STAMP_FONT_SIZE)
        except ImportError:  # pyHanko without its [opentype] extra
            pass
    from pyhanko.pdf_utils.font.basic import SimpleFontEngineFactory

    return SimpleFontEngineFactory("Helvetica", 0.52)


def _quiet() -> None:
    """pyHanko logs expected failures (wrong password, untrusted certificate) with
    tracebacks; the caller reports them in French instead."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _subject_field(subject: str, field: str) -> str:
    for part in subject.split(","):
        key, _, value = part.strip().partition(":")
        if key.strip() == field:
            return value.strip()
    return ""


def _signer_name(subject: str) -> str:
    return _subject_field(subject, "Common Name") or subject


def signature_area(
    data: bytes,
    signer: str,
    page_index: int,
    default: tuple[float, float, float, float] = DEFAULT_BOX_MM,
    size_mm: tuple[float, float] = (72.0, 22.0),
    bottom_limit_mm: float = 30.0,
) -> tuple[float, float, float, float]:
    """Where the visible signature goes on a letter: in the signature block's space,
    just under the signatory's name, never over any text; ``default`` when the name
    is not found or there is no free room (mm, bottom-left origin)."""
    try:
        from pypdf import PdfReader

        page = PdfReader(io.BytesIO(data)).pages[page_index]
        lines: list[tuple[float, float, float, str]] = []  # x, y, height (mm), text

        def visit(text, cm, tm, _font, size):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[3] * cm[3]) or 1
            lines.append((x / MM, y / MM, (size or 10) * scale / MM, text.strip()))

        page.extract_text(visitor_text=visit)
    except Exception:
        return default
    width, height = size_mm
    names = [ln for ln in lines if signer and signer in ln[3]]
    if not names:
        return default
    x, y, _h, _t = min(names, key=lambda ln: ln[1])  # the lowest: the block's name line
    x1 = min(max(x, 15.0), 210.0 - 15.0 - width)
    top = y - 3.0
    box = (x1, top - height, x1 + width, top)
    if box[1] < bottom_limit_mm:
        return default
    for lx, ly, lh, text in lines:
        # The line's glyphs: from its baseline up to its height (descenders aside),
        # its width guessed from its length.
        overlaps_x = lx < box[2] and lx + len(text) * 0.5 * lh > box[0]
        overlaps_y = box[1] - lh < ly < box[3] + 0.25 * lh
        if overlaps_x and overlaps_y:
            return default  # text there: do not cover it
    return tuple(round(v, 1) for v in box)  # type: ignore[return-value]


def sign_pdf(
    source: str | Path,
    target: str | Path,
    key: SigningKey,
    *,
    reason: str = "Courrier signé électroniquement",
    location: str = "",
    box_mm: tuple[float, float, float, float] | None = None,
) -> Path:
    """Write ``target``: ``source`` with a visible PAdES signature (atomic write).

    The stamp uses an embedded font that has every character shown (a PDF/A stays
    PDF/A: the signature is an incremental update with no unembedded font). Without
    ``box_mm`` it goes under the signatory's name on the last page
    (``signature_area``)."""
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
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP("messages", "Le PDF à signer est illisible ({name})."),
                name=Path(source).name,
            )
        ) from exc
    name = _signer_name(key.subject)
    organisation = _subject_field(key.subject, "Organization")
    if box_mm is None:
        box_mm = signature_area(data, name, pages - 1)
    box = tuple(round(v * MM) for v in box_mm)
    local_now = dt.datetime.now().astimezone()
    when = local_now.strftime("%d/%m/%Y à %H:%M")
    lines = ["Signé électroniquement par", "%(signer)s"]
    if organisation:
        lines.append("%(org)s")
    lines.append("le %(ts)s")
    shown = " ".join([name, organisation, when, "Signé électroniquement par le"])
    stamp = TextStampStyle(
        stamp_text="\n".join(lines),
        timestamp_format="%d/%m/%Y à %H:%M",
        border_width=1,
        border_color=(0.12, 0.31, 0.47),
        text_box_style=TextBoxStyle(
            font=_font_factory(shown), font_size=STAMP_FONT_SIZE, leading=11
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Signature1",
        reason=reason,
        location=location or None,
        name=name,
        subfilter=SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=key.signer,
        stamp_style=stamp,
        new_field_spec=fields.SigFieldSpec("Signature1", on_page=pages - 1, box=box),
    )
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            output=out,
            appearance_text_params={"signer": name, "org": organisation, "ts": when},
        )
    except Exception as exc:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP("messages", "La signature du PDF a échoué : {error}"),
                error=str(exc),
            )
        ) from exc
    return atomic_write_bytes(target, out.getvalue())


def make_test_certificate(
    folder: str | Path,
    common_name: str = "Parcours – test",
    organisation: str = "Parcours",
    password: str = "test",
    days: int = 30,
) -> tuple[Path, str, object]:
    """A throw-away self-signed certificate (for tests, the self-test and demos):
    (PKCS#12 path, its password, the certificate as an asn1crypto object)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = Path(folder) / "certificat-test.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"test",
            key,
            cert,
            None,
            serialization.BestAvailableEncryption(password.encode("utf-8")),
        )
    )
    return path, password, asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


# --------------------------------------------------------------------------- verification


def _local(at: dt.datetime) -> dt.datetime:
    """A signing time read from a PDF in the workstation's time (any year: a PDF's
    date is not bounded by what Windows converts, ``utc_to_local``)."""
    if at.tzinfo is None:
        return at
    return utc_to_local(at.astimezone(dt.UTC).replace(tzinfo=None))


@dataclass(frozen=True)
class SignatureReport:
    signed: bool
    signer: str = ""
    signed_at: dt.datetime | None = None
    intact: bool = False  # the signed bytes are unchanged
    whole_document: bool = False  # nothing was added after the signature
    trusted: bool = False  # the certificate chains to a trusted one
    problem: str = ""
    unreadable: Message | None = None  # why the file could not be read as a PDF

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.whole_document

    def summary(self) -> Message:
        if self.unreadable is not None:
            return self.unreadable
        if not self.signed:
            return _m(QT_TRANSLATE_NOOP("messages", "Ce PDF ne comporte aucune signature."))
        if not self.intact:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Signature INVALIDE : le document a été modifié depuis sa "
                    "signature par {signer}.",
                ),
                signer=self.signer or "?",
            )
        when = _local(self.signed_at).strftime("%d/%m/%Y à %H:%M") if self.signed_at else "?"
        if not self.whole_document:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Signé par {signer} le {when}, mais le document a été complété "
                    "après la signature.",
                ),
                signer=self.signer,
                when=when,
            )
        if self.trusted:
            return _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Signature valide : signé par {signer} le {when} ; document intact."
                ),
                signer=self.signer,
                when=when,
            )
        return _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Signé par {signer} le {when} ; document intact. Le certificat "
                "n'est pas reconnu comme certificat de confiance sur ce poste.",
            ),
            signer=self.signer,
            when=when,
        )


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

    from desktop.domain.oserrors import os_reason

    _quiet()
    path = Path(path)
    not_a_pdf = SignatureReport(
        False,
        unreadable=_m(
            QT_TRANSLATE_NOOP("messages", "« {name} » n'est pas un fichier PDF lisible."),
            name=path.name,
        ),
    )
    try:
        data = path.read_bytes()
    except OSError as exc:
        return SignatureReport(
            False,
            problem=str(exc),
            unreadable=_m(
                QT_TRANSLATE_NOOP(
                    "messages", "Le fichier « {name} » n'a pas pu être lu : {reason}."
                ),
                name=path.name,
                reason=os_reason(exc),
            ),
        )
    if b"%PDF-" not in data[:1024]:
        return not_a_pdf
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:
        return dataclasses.replace(not_a_pdf, problem=f"PDF illisible : {exc}")
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
        signed=True,
        signer=signer,
        signed_at=signed_at,
        intact=bool(status.intact and status.valid),
        whole_document=whole,
        trusted=bool(status.trusted),
        problem="",
    )
