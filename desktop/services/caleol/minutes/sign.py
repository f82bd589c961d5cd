"""The signature by the president (PAdES on the final PDF/A) and the session lock."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session as OrmSession

from desktop.documents.files import atomic_move, safe_filename, sha256_file, unique_path
from desktop.domain import minutes as pv
from desktop.domain.caleol import (
    SessionStatus,
)
from desktop.domain.errors import (
    ConflictError,
    PermissionDenied,
    UserError,
)
from desktop.domain.formatting import utc_to_local
from desktop.domain.i18n import QT_TRANSLATE_NOOP, counted
from desktop.domain.minutes import (
    MinutesStatus,
    ReviewVerdict,
)
from desktop.domain.roles import Permission
from desktop.domain.text import person_name
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import require_session_read
from desktop.services.caleol.minutes.build import _load_session, _minutes_from_rows
from desktop.services.caleol.minutes.common import (
    ENTITY,
    TEMPLATE_NAME,
    TEMPLATE_VERSION,
    VersionView,
    _check_pdf,
    _lock_session_row,
    _member_names,
    _refuse_locked,
    _require_latest,
    _session_or_404,
    _staged,
    _stem,
    _version_or_404,
    _view,
    minutes_dir,
)
from desktop.services.context import Actor, now
from desktop.services.document_records import record_document
from desktop.services.write import message as _m
from desktop.storage.caleol_models import (
    Member as MemberRow,
)
from desktop.storage.caleol_models import (
    Session as SessionRow,
)
from desktop.storage.db import Database
from desktop.storage.minutes_models import (
    MinutesSignature,
)

# --------------------------------------------------------------------------- signature


def _presiding_member(session: OrmSession, row: SessionRow) -> MemberRow | None:
    """Who presides the session and signs its minutes: the member named as the
    president's substitute for it, else the commission's president sitting at it."""
    if row.acting_president_id is not None:
        member = session.get(MemberRow, row.acting_president_id)
        if member is not None:
            return member
    from desktop.services.caleol.common import session_context

    sitting = session_context(row).members.values()
    return next((m for m in sitting if m.is_president), None)


def _presiding_quality(member: MemberRow, substitute: bool) -> str:
    feminine = member.civility.strip().lower().startswith("mme")
    if substitute:
        return (
            "suppléante du président, désignée pour présider la séance"
            if feminine
            else "suppléant du président, désigné pour présider la séance"
        )
    return "présidente de la commission" if feminine else "président de la commission"


def _nobody_presides(row: SessionRow) -> UserError:
    return UserError(
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "Personne ne peut signer le procès-verbal de la séance n° {number} : "
                "la commission n'a pas de président et aucun suppléant n'a été désigné "
                "pour présider la séance.",
            ),
            number=row.number,
        )
    )


def _signer_problem(row: SessionRow, presiding: MemberRow | None, actor: Actor) -> UserError | None:
    """Why ``actor`` may not sign the session's minutes (``None``: he may)."""
    if presiding is None:
        return _nobody_presides(row)
    substitute = row.acting_president_id == presiding.id
    if presiding.app_user_id is None:
        return UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name} ({quality}) signe le procès-verbal de la séance n° {number}, "
                    "mais aucun compte n'est lié à son siège : liez son compte à sa fiche de "
                    "membre pour qu'il signe depuis son propre compte.",
                ),
                name=presiding.full_name,
                quality=_presiding_quality(presiding, substitute),
                number=row.number,
            )
        )
    if actor.user_id is None or actor.user_id != presiding.app_user_id:
        return PermissionDenied(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Accès refusé : le procès-verbal de la séance n° {number} est signé par "
                    "{name} ({quality}), depuis son propre compte ; personne ne signe à sa "
                    "place, pas même un administrateur. Ce refus a été enregistré dans le "
                    "journal d'audit.",
                ),
                number=row.number,
                name=presiding.full_name,
                quality=_presiding_quality(presiding, substitute),
            ),
            permission=Permission.CALEOL_MINUTES_SIGN.value,
            entity=ENTITY,
            entity_id=row.id,
        )
    return None


def _actor_signer(row: SessionRow, presiding: MemberRow | None, actor: Actor) -> MemberRow:
    """``presiding`` when ``actor`` is that member; else the refusal."""
    if presiding is None:
        raise _nobody_presides(row)
    problem = _signer_problem(row, presiding, actor)
    if problem is not None:
        raise problem
    return presiding


@dataclass(frozen=True)
class Signatory:
    """Who signs a session's minutes, and whether the actor is that person."""

    member_id: int | None
    name: str
    #: named as the president's substitute for the session
    substitute: bool
    has_account: bool
    #: why the actor cannot sign (empty: he is the signatory)
    problem: str

    @property
    def is_actor(self) -> bool:
        return not self.problem


@guarded("consultation")
def signatory(db: Database, actor: Actor, session_id: int) -> Signatory:
    """Who signs the session's minutes (the GUI shows it and enables the button)."""
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    with db.reader() as session:
        row = _session_or_404(session, session_id)
        require_session_read(session, actor, session_id, ENTITY)
        presiding = _presiding_member(session, row)
        problem = _signer_problem(row, presiding, actor)
        return Signatory(
            member_id=presiding.id if presiding else None,
            name=presiding.full_name if presiding else "",
            substitute=presiding is not None and row.acting_president_id == presiding.id,
            has_account=presiding is not None and presiding.app_user_id is not None,
            problem=str(problem) if problem is not None else "",
        )


@guarded("pv_signature")
def require_signatory(db: Database, actor: Actor, session_id: int) -> Signatory:
    """The session's signatory when it is ``actor``; else the refusal ``sign`` would
    give (recorded in the audit trail): checked before a certificate is opened."""
    authz.require(actor, Permission.CALEOL_MINUTES_SIGN, entity=ENTITY)
    with db.reader() as session:
        row = _session_or_404(session, session_id)
        _actor_signer(row, _presiding_member(session, row), actor)
    return signatory(db, actor, session_id)


@guarded("pv_signature")
def sign(db: Database, actor: Actor, version_id: int, signer, *, renderer=None) -> VersionView:
    """The president's signature of the approved latest version.

    ``signer`` is the loaded certificate (``desktop.documents.signing.SigningKey``).
    The final PDF/A (no draft band, approvals listed) is signed (visible PAdES box
    where the president signs), archived, registered with its SHA-256 in the
    document register, and the session is locked. Refused unless every required
    member approved this version (``approval_state``).

    Only the member who presides the session signs (``presiding_member``: the
    member named as the president's substitute for the session, else the
    commission's president), from the account linked to his seat, with a
    certificate whose subject name is his own (``signer_matches``): nobody signs in
    his place, an administrator no more than anybody else."""
    from desktop.documents import minutes as documents
    from desktop.documents import signing
    from desktop.services import caleol as caleol_service

    authz.require(actor, Permission.CALEOL_MINUTES_SIGN, entity=ENTITY, entity_id=version_id)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        srow = _session_or_404(session, row.session_id)
        _refuse_locked(srow)
        _require_latest(session, row)
        presiding = _actor_signer(srow, _presiding_member(session, srow), actor)
        certificate_name = signing._signer_name(signer.subject)
        if not pv.signer_matches(certificate_name, presiding.first_name, presiding.last_name):
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Le certificat choisi est établi au nom de « {certificate} » : "
                        "{name} signe le procès-verbal avec son propre certificat, établi à "
                        "son nom ({expected}).",
                    ),
                    certificate=certificate_name,
                    name=presiding.full_name,
                    expected=person_name("", presiding.first_name, presiding.last_name),
                )
            )
        signer_member_id, substitute = presiding.id, srow.acting_president_id == presiding.id
        if srow.status != SessionStatus.CLOSED.value:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Clôturez la séance n° {number} avant de signer son "
                        "procès-verbal : aucun vote ni décision ne doit pouvoir changer ensuite.",
                    ),
                    number=srow.number,
                )
            )
        contract = pv.from_json(row.content)
        current = _minutes_from_rows(
            session,
            _load_session(session, srow.id),
            contract.session.secretary,
            capitals=contract.surnames_in_capitals,
        )
        changes = pv.diff_versions(contract, pv.keep_quorum_wording(contract, current))
        if not changes.empty:
            first = (
                changes.changed[0].new if changes.changed else (changes.added or changes.removed)[0]
            )
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les données de la séance ont changé depuis la version {number} "
                        "du procès-verbal ({count}, par exemple « {line} ») : produisez une "
                        "nouvelle version et faites-la approuver avant de signer.",
                    ),
                    number=row.number,
                    count=counted(
                        len(changes.changed) + len(changes.added) + len(changes.removed),
                        QT_TRANSLATE_NOOP("messages", "{n} ligne"),
                        QT_TRANSLATE_NOOP("messages", "{n} lignes"),
                    ),
                    line=first,
                )
            )
        names = contract.approver_names(_member_names(session, srow.commission_id))
        state = pv.approval_state(
            contract, {r.member_id: ReviewVerdict(r.verdict) for r in row.reviews}
        )
        if row.status != MinutesStatus.APPROVED.value or not state.ready:
            missing = ", ".join(n for _i, n in state.missing) or "—"
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La version {number} du procès-verbal ne peut pas être signée : "
                        "elle doit d'abord être approuvée par chaque membre à voix délibérative "
                        "ayant participé à la séance (en attente : {missing}).",
                    ),
                    number=row.number,
                    missing=missing,
                )
            )
        _check_pdf(row)
        approvals = [
            documents.Approval(names.get(r.member_id, f"#{r.member_id}"), utc_to_local(r.at), r.via)
            for r in row.reviews
            if r.verdict == ReviewVerdict.APPROVE.value
        ]
        folder = minutes_dir(srow)
        stem = _stem(srow.number, row.number)
        reference = f"PV-{srow.id}-{safe_filename(srow.number, 20)}-v{row.number}"[:40]
        place = contract.signed_place or contract.organisation.place
        title = f"Procès-verbal CALEOL, séance n° {srow.number}"
        session_number, session_id = srow.number, srow.id
    with _staged() as staged:
        rendered = documents.render_minutes_pdf_ex(
            contract, staged.folder / "final.pdf", None, approvals=approvals, renderer=renderer
        )
        signed_tmp = staged.folder / "signe.pdf"
        kwargs = {"box_mm": rendered.signature_box} if rendered.signature_box else {}
        signing.sign_pdf(
            rendered.path,
            signed_tmp,
            signer,
            reason=f"Approbation du procès-verbal de la séance n° {session_number}",
            location=place,
            **kwargs,
        )
        staged.archived = atomic_move(signed_tmp, unique_path(folder / f"{stem}-signe.pdf"))
        digest = sha256_file(staged.archived)
        signer_name = signing._signer_name(signer.subject)
        with db.transaction() as session:
            row = _version_or_404(session, version_id, for_update=True)
            srow = _lock_session_row(session, session_id)
            _refuse_locked(srow)
            _require_latest(session, row)
            if row.status != MinutesStatus.APPROVED.value:
                raise ConflictError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "La version {number} a changé d'état pendant la signature : "
                            "recommencez.",
                        ),
                        number=row.number,
                    )
                )
            stamp = now()
            record = record_document(
                session,
                actor,
                reference=reference,
                template_name=TEMPLATE_NAME,
                template_version=TEMPLATE_VERSION,
                title=title,
                subject=f"Version {row.number} signée",
                pdf=staged.archived,
                pdf_sha256=digest,
                signed=True,
                signer=signer_name,
                at=stamp,
            )
            session.add(
                MinutesSignature(
                    version_id=row.id,
                    member_id=signer_member_id,
                    signer=signer_name[:200],
                    certificate_subject=signer.subject,
                    signed_at=stamp,
                    signed_by=actor.username,
                    pdf_path=str(staged.archived),
                    pdf_sha256=digest,
                    document_id=record.id,
                )
            )
            row.status = MinutesStatus.SIGNED.value
            caleol_service.lock_session(session, srow.id, actor)
            audit.record(
                session,
                actor,
                "pv_signature",
                ENTITY,
                row.id,
                None,
                {
                    "seance": srow.id,
                    "version": row.number,
                    "signataire": signer_name,
                    "membre": signer_member_id,
                    "president_de_seance_suppleant": substitute,
                    "certificat": signer.subject,
                    "pdf_sha256": digest,
                    "document": record.id,
                    "verrouillage": True,
                },
            )
            session.flush()
            session.refresh(row)
            return _view(row, _member_names(session, srow.commission_id))


def is_locked(db: Database, session_id: int) -> bool:
    """Whether the session's minutes are signed (for the other CALEOL services' checks)."""
    with db.reader() as session:
        return bool(_session_or_404(session, session_id).locked)
