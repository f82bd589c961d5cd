"""Convocations of a CALEOL session and e-mails to members (issue 17).

- ``convene``: the convocation (date, form, place or link, agenda WITHOUT applicants'
  personal data, voting window of a written session) as one PDF per convened member,
  registered in the document register, then sent by e-mail to the members who have an
  address. Every sending (or failure) is recorded (``caleol_member_message``) and
  audited; a member without address gets the document only (to hand or post).
- ``notify_minutes_review``: the same channel tells the members that the minutes
  await their review.

E-mail goes through a real SMTP client (``smtplib``), over STARTTLS or implicit TLS
(SSL); the settings are the ``[messagerie]`` table of the organisation profile
(``organisation.toml``): ``hote``, ``port``, ``securite`` (``starttls``/``ssl``, or
``aucune`` only towards this computer), ``utilisateur``, ``mot_de_passe_variable``
(the NAME of an environment variable holding the password: no secret in the file),
``expediteur``, ``certificat_ca`` (a CA file for a private relay), ``delai``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import smtplib
import ssl
import tempfile
import tomllib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

from sqlalchemy import select

from desktop.documents import profile as org_profile
from desktop.documents.context import agreement
from desktop.documents.files import atomic_move, unique_path
from desktop.domain.caleol import AgendaItemKind, MemberRole, SessionMode
from desktop.domain.caleol.sending import (
    CANCELLED,
    FAILED,
    NO_EMAIL,
    SENT,
    STATUS_LABELS,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import format_date_fr, format_long_date_fr, utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.minutes import format_time_fr, format_weekday_date_fr
from desktop.domain.roles import Permission
from desktop.resources import template as template_path
from desktop.services import audit, authz, organisation
from desktop.services.authz import guarded
from desktop.services.caleol import common as cal_common
from desktop.services.context import Actor, now, today
from desktop.services.document_records import record_document
from desktop.storage.cotation_models import MemberMessage
from desktop.storage.db import Database

MANAGE = Permission.CALEOL_MANAGE
ENTITY_MESSAGE = "caleol_message"
KIND_CONVOCATION = "CONVOCATION"
KIND_MINUTES = "PV_RELECTURE"


class SendingCancelled(UserError):
    """Cancelled while the convocations were being produced: nothing was kept."""


# « aucun échec d'envoi », « 1 échec d'envoi », « 2 échecs d'envoi ».
failures_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} échec d'envoi"),
    QT_TRANSLATE_NOOP("messages", "{n} échecs d'envoi"),
    QT_TRANSLATE_NOOP("messages", "aucun échec d'envoi"),
)


def status_label(status: str) -> str:
    """The French label of a sending's status (source text for Qt's translators)."""
    return STATUS_LABELS.get(status, status)


def _no_progress(fraction: float, text: str) -> None:
    return None


def _never() -> bool:
    return False


TEMPLATE_NAME = "caleol_convocation"
TEMPLATE_VERSION = "1"


def _m(text: str, /, **params) -> Message:
    return Message(text, params)


# --------------------------------------------------------------------------- SMTP


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls, ssl, aucune
    username: str = ""
    password: str = ""
    sender: str = ""
    sender_name: str = ""
    ca_file: str = ""
    timeout: float = 30.0


def _loopback(host: str) -> bool:
    return host in ("localhost", "127.0.0.1", "::1")


def smtp_settings(
    path: str | Path | None = None, env=os.environ, db: Database | None = None
) -> SmtpSettings:
    """The e-mail relay of the organisation profile: the base's (*Administration >
    Paramètres*, ``db`` given) once saved there, else the ``[messagerie]`` table of the
    profile file; ``UserError`` in French when missing or wrong."""

    stored = organisation.mail_table(db) if db is not None and path is None else None
    if stored is not None:
        m, folder = stored, Path.cwd()
        if not str(m.get("hote", "")).strip():
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La messagerie n'est pas paramétrée : renseignez le serveur dans "
                        "Administration > Paramètres, onglet Messagerie.",
                    )
                )
            )
    else:
        path = Path(path) if path else org_profile.profile_path()
        folder = path.parent
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Profil de l'organisme illisible ({path}) : {error}"
                    ),
                    path=str(path),
                    error=str(exc),
                )
            ) from exc
        table = data.get("messagerie")
        if not isinstance(table, dict) or not str(table.get("hote", "")).strip():
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La messagerie n'est pas paramétrée : renseignez le serveur dans "
                        "Administration > Paramètres, onglet Messagerie (ou une section "
                        "[messagerie] du profil de l'organisme, {path}).",
                    ),
                    path=str(path),
                )
            )
        m = table
    security = str(m.get("securite", "starttls")).strip().lower()
    host = str(m["hote"]).strip()
    if security not in ("starttls", "ssl", "aucune"):
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Sécurité de la messagerie inconnue « {value} » (starttls, ssl)."
                ),
                value=security,
            )
        )
    if security == "aucune" and not _loopback(host):
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Envoi sans chiffrement refusé vers « {host} » : choisissez starttls ou ssl.",
                ),
                host=host,
            )
        )
    variable = str(m.get("mot_de_passe_variable", "")).strip()
    password = env.get(variable, "") if variable else ""
    sender = str(m.get("expediteur", "")).strip()
    if "@" not in sender:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Adresse d'expédition de la messagerie absente ou incorrecte."
                )
            )
        )
    ca = str(m.get("certificat_ca", "")).strip()
    if ca and not Path(ca).is_absolute():
        ca = str((folder / ca).resolve())
    try:
        port = int(m.get("port", 465 if security == "ssl" else 587))
        timeout = float(m.get("delai", 30))
    except (TypeError, ValueError) as exc:
        raise UserError(
            _m(QT_TRANSLATE_NOOP("messages", "Port ou délai de la messagerie incorrect."))
        ) from exc
    return SmtpSettings(
        host,
        port,
        security,
        str(m.get("utilisateur", "")).strip(),
        password,
        sender,
        str(m.get("nom_expediteur", "")).strip(),
        ca,
        timeout,
    )


def _tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.ca_file or None)


def send_mail(
    settings: SmtpSettings,
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[tuple[str, bytes, str]] = (),
) -> str:
    """Send one message; returns its Message-ID. Raises ``smtplib.SMTPException``,
    ``ssl.SSLError`` or ``OSError`` on failure (the caller records it)."""
    msg = EmailMessage()
    msg["From"] = (
        formataddr((settings.sender_name, settings.sender))
        if settings.sender_name
        else settings.sender
    )
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = now().replace(tzinfo=dt.UTC)
    domain = settings.sender.rsplit("@", 1)[-1]
    msg["Message-ID"] = make_msgid(domain=domain)
    msg.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    client: smtplib.SMTP
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=_tls_context(settings)
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    with client:
        client.ehlo()
        if settings.security == "starttls":
            client.starttls(context=_tls_context(settings))
            client.ehlo()
        if settings.username:
            client.login(settings.username, settings.password)
        client.send_message(msg)
    return msg["Message-ID"]


# --------------------------------------------------------------------------- convocation


@dataclass(frozen=True)
class MessageResult:
    member_id: int
    member_name: str
    status: str
    email: str
    document_id: int | None
    reference: str
    pdf_path: Path | None
    error: str = ""


@dataclass(frozen=True)
class _Person:
    """A convened member, read out of the database session."""

    id: int
    full_name: str
    last_name: str
    civility: str
    organisation: str
    role: str
    email: str
    app_user_id: int | None
    #: As the letter writes it: « Mme Nadia BENALI » (docs/domain.md#addresses).
    letter_name: str


def _convened(row) -> list[_Person]:
    return [
        _Person(
            m.id,
            m.full_name,
            m.last_name,
            m.civility,
            m.organisation,
            m.role,
            (m.email or "").strip(),
            m.app_user_id,
            cal_common.member_name(m, capitals=True),
        )
        for m in cal_common._session_members(row)
        if m.active
    ]


def _context(row, member: _Person, profile, reference: str, on: dt.date) -> dict:
    mode = SessionMode(row.mode)
    window = ""
    if mode is SessionMode.ECRITE and row.vote_opens_at and row.vote_closes_at:
        window = f"du {_moment(row.vote_opens_at)} au {_moment(row.vote_closes_at)}"
    items = []
    for it in row.items:
        attribution = it.kind == AgendaItemKind.ATTRIBUTION.value
        items.append(
            {
                "kind": "Attribution" if attribution else "Examen de l'occupation",
                "reference": it.reference,
                "commune": it.commune,
                "type": it.dwelling_type,
                "funding": it.funding,
                "candidates": len(it.candidates) if attribution else "—",
            }
        )
    civ = {"Mme": "Madame", "M.": "Monsieur"}.get(member.civility, "Madame, Monsieur")
    return {
        "signatory": _chair(row),
        "org": {
            "name": profile.name,
            "address": list(profile.address),
            "place": profile.place or "",
        },
        "member": {
            "name": member.letter_name,
            "organisation": member.organisation,
            "role": MemberRole(member.role).label,
            # voix délibérative: only a voting member may give a proxy
            "voting": MemberRole(member.role).voting,
            "accord": agreement([member.civility]),
        },
        "salutation": f"{civ},",
        "session": {
            "number": row.number,
            "commission": row.commission.name,
            "date": format_date_fr(row.session_date),
            "date_long": format_weekday_date_fr(row.session_date),
            "time": format_time_fr(row.start_time) if row.start_time else "",
            "mode": mode.label,
            "place": row.place,
            "means": row.technical_means if mode.remote else "",
            "window": window,
        },
        "items": items,
        "today": format_date_fr(on),
        "today_long": format_long_date_fr(on),
        "reference": reference,
    }


def _chair(row) -> dict | None:
    """Who convenes: the member presiding the session (his substitute named for it, else
    the commission's president); None when the commission has no president recorded.
    That the president convenes is the usual règlement intérieur, UNCONFIRMED
    (docs/domain.md#convocations)."""
    chair = row.acting_president or next(
        (m for m in row.commission.members if m.is_president and m.active), None
    )
    if chair is None:
        return None
    title = "La présidente" if chair.civility == "Mme" else "Le président"
    return {
        "title": f"{title} de la commission",
        "name": cal_common.member_name(chair, capitals=True),
    }


def _moment(value: dt.datetime) -> str:
    """``mercredi 18 mars 2026 à 8 h``, in local time, from a naive UTC timestamp."""
    local = utc_to_local(value)
    return f"{format_weekday_date_fr(local.date())} à {format_time_fr(local)}"


def _render(html: str, target: Path, renderer=None) -> Path:
    if renderer is not None:
        path, _ = renderer.render(html, target)
        return path
    from desktop.documents.html import render_pdf

    path, _ = render_pdf(html, target)
    return path


def _record_message(
    db: Database,
    actor: Actor,
    session_id: int,
    member: _Person,
    kind: str,
    document_id: int | None,
    status: str,
    error: str = "",
    message_id: str = "",
) -> None:
    with db.transaction() as s:
        row = MemberMessage(
            session_id=session_id,
            member_id=member.id,
            kind=kind,
            document_id=document_id,
            email=member.email or "",
            status=status,
            error=error[:2000],
            message_id=message_id[:200],
            sent_at=now(),
            sent_by=actor.username,
        )
        s.add(row)
        s.flush()
        audit.record(
            s,
            actor,
            "envoi" if status == SENT else "envoi_" + status.lower(),
            ENTITY_MESSAGE,
            row.id,
            None,
            {
                "seance": session_id,
                "membre": member.id,
                "type": kind,
                "courriel": member.email or "",
                "statut": status,
                "erreur": error,
                "document": document_id,
                "message_id": message_id,
            },
        )


def _smtp_reply(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return f"{exc.smtp_code} {text}".strip()


def _error_text(exc: BaseException) -> str:
    """Why a message could not be sent, in French for the secretary (the server's own
    reply or the system's error kept at the end, for the administrator)."""
    import socket

    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        replies = "; ".join(
            f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            for code, text in exc.recipients.values()
        )
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Adresse refusée par le serveur de messagerie ({reply})."
            ),
            reply=replies,
        )
    elif isinstance(exc, smtplib.SMTPAuthenticationError):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Identifiant ou mot de passe refusé par le serveur de messagerie ({reply}).",
            ),
            reply=_smtp_reply(exc),
        )
    elif isinstance(exc, smtplib.SMTPSenderRefused):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Adresse d'expédition refusée par le serveur de messagerie ({reply})."
            ),
            reply=_smtp_reply(exc),
        )
    elif isinstance(exc, smtplib.SMTPResponseException):
        message = _m(
            QT_TRANSLATE_NOOP("messages", "Message refusé par le serveur de messagerie ({reply})."),
            reply=_smtp_reply(exc),
        )
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Le serveur de messagerie a coupé la connexion ({detail})."
            ),
            detail=str(exc) or type(exc).__name__,
        )
    elif isinstance(exc, ssl.SSLCertVerificationError):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Certificat du serveur de messagerie non reconnu : connexion refusée pour "
                "protéger le message ({detail}).",
            ),
            detail=exc.verify_message or str(exc),
        )
    elif isinstance(exc, ssl.SSLError):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Échec de la connexion chiffrée au serveur de messagerie ({detail})."
            ),
            detail=exc.reason or str(exc),
        )
    elif isinstance(exc, ConnectionRefusedError):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Serveur de messagerie injoignable : connexion refusée (serveur arrêté ou "
                "mauvais port ?).",
            )
        )
    elif isinstance(exc, TimeoutError | socket.timeout):
        message = _m(
            QT_TRANSLATE_NOOP("messages", "Le serveur de messagerie ne répond pas (délai dépassé).")
        )
    elif isinstance(exc, socket.gaierror):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Serveur de messagerie introuvable : vérifiez son nom ({detail})."
            ),
            detail=exc.strerror or str(exc),
        )
    elif isinstance(exc, smtplib.SMTPException):
        message = _m(
            QT_TRANSLATE_NOOP(
                "messages", "Échec de l'envoi par le serveur de messagerie ({detail})."
            ),
            detail=str(exc) or type(exc).__name__,
        )
    else:
        message = _m(
            QT_TRANSLATE_NOOP("messages", "Erreur réseau pendant l'envoi ({detail})."),
            detail=getattr(exc, "strerror", None) or str(exc) or type(exc).__name__,
        )
    return message.render()


@guarded("caleol.convocation")
def convene(
    db: Database,
    actor: Actor,
    session_id: int,
    *,
    send: bool = True,
    settings: SmtpSettings | None = None,
    renderer=None,
    on: dt.date | None = None,
    progress=None,
    cancelled=None,
) -> list[MessageResult]:
    """Produce, register and (``send``) e-mail the convocation of every member convened
    to the session. The documents are registered in one transaction; each e-mail is
    then sent and recorded on its own (a failed sending is recorded, not fatal).

    ``progress(fraction, message)`` is told each step (a ``Message``); ``cancelled()`` is asked before each
    document and each e-mail: cancelled while the documents are produced, nothing is kept
    (``SendingCancelled``); cancelled while sending, the members not reached yet are
    recorded as not sent (``CANCELLED``), the documents stay registered."""
    progress = progress or _no_progress
    cancelled = cancelled or _never
    authz.require(actor, MANAGE, entity=ENTITY_MESSAGE)
    from desktop.documents.html import render_html
    from desktop.services import documents

    on = on or today()
    profile = organisation.load_profile(db)
    if send and settings is None:
        settings = smtp_settings(db=db)
    with db.reader() as s:
        row = cal_common.load_session(s, session_id)
        if row.locked:
            raise cal_common.locked_error(row)
        members = _convened(row)
        if not members:
            raise UserError(
                _m(QT_TRANSLATE_NOOP("messages", "Aucun membre à convoquer pour cette séance."))
            )
        html_text = template_path("caleol", "convocation.html").read_text(encoding="utf-8")
        planned = []
        for m in members:
            reference = f"CONV-{row.session_date.year}-{uuid.uuid4().hex[:8].upper()}"
            html = render_html(html_text, _context(row, m, profile, reference, on))
            planned.append((m, reference, html))
        number, session_date = row.number, row.session_date
    staging = Path(tempfile.mkdtemp(prefix="parcours-convocations-"))
    archived: list[Path] = []
    try:
        stamp = now()
        folder = documents.archive_folder(stamp)
        made = []
        for k, (m, reference, html) in enumerate(planned):
            if cancelled():
                raise SendingCancelled(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Convocations annulées avant leur enregistrement : aucun "
                            "document n'a été gardé, aucun courriel envoyé.",
                        )
                    )
                )
            progress(
                0.5 * k / len(planned),
                _m(QT_TRANSLATE_NOOP("messages", "Convocation de {name}"), name=m.full_name),
            )
            pdf = _render(html, staging / f"{reference}.pdf", renderer)
            stem = documents.archive_stem(reference, "convocation", m.last_name)
            target = unique_path(folder / f"{stem}.pdf")
            archived.append(atomic_move(pdf, target))
            made.append((m, reference, archived[-1]))
        batch = uuid.uuid4().hex[:12]
        ids = {}
        with db.transaction() as s:
            for m, reference, pdf in made:
                record = record_document(
                    s,
                    actor,
                    reference=reference,
                    template_name=TEMPLATE_NAME,
                    template_version=TEMPLATE_VERSION,
                    title=f"Convocation CALEOL séance n° {number}",
                    subject=f"Convocation de {m.full_name} à la séance du "
                    f"{format_date_fr(session_date)}",
                    pdf=pdf,
                    batch_id=batch,
                    at=stamp,
                    audit_details={
                        "reference": reference,
                        "modele": TEMPLATE_NAME,
                        "seance": session_id,
                        "membre": m.id,
                        "lot": batch,
                    },
                )
                ids[m.id] = record.id
    except BaseException:
        for p in archived:
            p.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    results = []
    subject = f"Convocation — CALEOL séance n° {number} du {format_date_fr(session_date)}"
    for k, (m, reference, pdf) in enumerate(made):
        doc_id = ids[m.id]
        progress(
            0.5 + 0.5 * k / len(made),
            _m(QT_TRANSLATE_NOOP("messages", "Envoi à {name}"), name=m.full_name),
        )
        if send and (m.email or "").strip() and cancelled():
            _record_message(db, actor, session_id, m, KIND_CONVOCATION, doc_id, CANCELLED)
            results.append(
                MessageResult(m.id, m.full_name, CANCELLED, m.email, doc_id, reference, pdf)
            )
            continue
        if not send or settings is None or not (m.email or "").strip():
            _record_message(db, actor, session_id, m, KIND_CONVOCATION, doc_id, NO_EMAIL)
            results.append(
                MessageResult(m.id, m.full_name, NO_EMAIL, m.email or "", doc_id, reference, pdf)
            )
            continue
        body = (
            f"Bonjour,\n\nVous trouverez ci-joint votre convocation à la séance n° {number} "
            f"de la commission d'attribution (CALEOL) du "
            f"{format_date_fr(session_date)} (référence {reference}).\n\n"
            f"Cordialement,\n{profile.name}\n"
        )
        try:
            message_id = send_mail(
                settings, m.email, subject, body, [(pdf.name, pdf.read_bytes(), "application/pdf")]
            )
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            error = _error_text(exc)
            _record_message(db, actor, session_id, m, KIND_CONVOCATION, doc_id, FAILED, error)
            results.append(
                MessageResult(m.id, m.full_name, FAILED, m.email, doc_id, reference, pdf, error)
            )
            continue
        _record_message(
            db, actor, session_id, m, KIND_CONVOCATION, doc_id, SENT, message_id=message_id
        )
        results.append(MessageResult(m.id, m.full_name, SENT, m.email, doc_id, reference, pdf))
    progress(1.0, _m(QT_TRANSLATE_NOOP("messages", "Convocations traitées")))
    return results


@guarded("caleol.convocation")
def notify_minutes_review(
    db: Database,
    actor: Actor,
    session_id: int,
    *,
    settings: SmtpSettings | None = None,
    progress=None,
    cancelled=None,
) -> list[MessageResult]:
    """E-mail the members who review the minutes (those with an account and an
    address) that the minutes of the session await their review. ``progress`` and
    ``cancelled`` as for :func:`convene` (members not reached: ``CANCELLED``)."""
    progress = progress or _no_progress
    cancelled = cancelled or _never
    authz.require(actor, MANAGE, entity=ENTITY_MESSAGE)
    settings = settings or smtp_settings(db=db)
    profile = organisation.load_profile(db)
    with db.reader() as s:
        row = cal_common.load_session(s, session_id)
        members = [m for m in _convened(row) if m.app_user_id is not None]
        number, session_date = row.number, row.session_date
    if not members:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Aucun membre n'a de compte pour relire le procès-verbal."
                )
            )
        )
    subject = (
        f"Procès-verbal à relire — CALEOL séance n° {number} du {format_date_fr(session_date)}"
    )
    results = []
    for k, m in enumerate(members):
        progress(
            k / len(members),
            _m(QT_TRANSLATE_NOOP("messages", "Envoi à {name}"), name=m.full_name),
        )
        if (m.email or "").strip() and cancelled():
            _record_message(db, actor, session_id, m, KIND_MINUTES, None, CANCELLED)
            results.append(MessageResult(m.id, m.full_name, CANCELLED, m.email, None, "", None))
            continue
        if not (m.email or "").strip():
            _record_message(db, actor, session_id, m, KIND_MINUTES, None, NO_EMAIL)
            results.append(MessageResult(m.id, m.full_name, NO_EMAIL, "", None, "", None))
            continue
        body = (
            f"Bonjour,\n\nLe procès-verbal de la séance n° {number} du "
            f"{format_date_fr(session_date)} attend votre relecture dans Parcours.\n\n"
            f"Cordialement,\n{profile.name}\n"
        )
        try:
            message_id = send_mail(settings, m.email, subject, body)
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            error = _error_text(exc)
            _record_message(db, actor, session_id, m, KIND_MINUTES, None, FAILED, error)
            results.append(MessageResult(m.id, m.full_name, FAILED, m.email, None, "", None, error))
            continue
        _record_message(db, actor, session_id, m, KIND_MINUTES, None, SENT, message_id=message_id)
        results.append(MessageResult(m.id, m.full_name, SENT, m.email, None, "", None))
    progress(1.0, _m(QT_TRANSLATE_NOOP("messages", "Courriels traités")))
    return results


def messages_of(db: Database, actor: Actor, session_id: int) -> list[MemberMessage]:
    """What was sent for a session, oldest first."""
    authz.require(actor, MANAGE, entity=ENTITY_MESSAGE)
    with db.reader() as s:
        rows = list(
            s.scalars(
                select(MemberMessage)
                .where(MemberMessage.session_id == session_id)
                .order_by(MemberMessage.id)
            )
        )
        s.expunge_all()
        return rows
