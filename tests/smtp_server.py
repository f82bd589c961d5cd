"""A real local SMTP server (aiosmtpd) with STARTTLS and a self-signed certificate,
for the tests of the e-mails sent by the application."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
import threading
from pathlib import Path


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost: (cert, key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Collector:
    """aiosmtpd handler keeping every message received (parsed) and its envelope."""

    def __init__(self):
        self.messages: list = []
        self.envelopes: list = []
        self.tls: list[bool] = []
        #: recipients the server refuses (550), as a real server refuses an unknown box
        self.refuse: set[str] = set()
        #: a message to this recipient waits in DATA until ``release`` is set (``held``
        #: tells that it arrived): a test can act while the sending is in progress
        self.hold_for: str | None = None
        self.held = threading.Event()
        self.release = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 Mailbox unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.hold_for is not None and self.hold_for in envelope.rcpt_tos:
            self.held.set()
            while not self.release.is_set():
                await asyncio.sleep(0.01)
        self.envelopes.append(envelope)
        self.tls.append(session.ssl is not None)
        self.messages.append(
            email.message_from_bytes(envelope.content, policy=email.policy.default)
        )
        return "250 Message accepted for delivery"


class LocalSmtp:
    """Start with ``with LocalSmtp(tmp_path) as smtp:``; ``smtp.settings`` connects."""

    def __init__(self, folder: Path):
        from aiosmtpd.controller import Controller

        self.cert, key = make_certificate(folder)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, key)
        self.handler = Collector()
        self.port = free_port()
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
        )

    @property
    def settings(self):
        from desktop.services.convocations import SmtpSettings

        return SmtpSettings(
            host="127.0.0.1",
            port=self.port,
            security="starttls",
            sender="caleol@bailleur.example",
            sender_name="Secrétariat CALEOL",
            ca_file=str(self.cert),
            timeout=10,
        )

    def __enter__(self) -> LocalSmtp:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
