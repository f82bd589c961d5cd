"""Drafts of the minutes (version N, PDF/A marked as a draft) and reading them: the
versions, one version, the difference between two.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.documents.files import atomic_move, sha256_file, unique_path
from desktop.domain import minutes as pv
from desktop.domain.caleol import (
    SessionStatus,
)
from desktop.domain.errors import (
    ConflictError,
    UserError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.minutes import (
    MinutesDiff,
    MinutesStatus,
)
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import require_session_read
from desktop.services.caleol.minutes.build import _load_session, _minutes_from_rows
from desktop.services.caleol.minutes.common import (
    ENTITY,
    NOTE_MAX,
    OPEN,
    VersionView,
    _latest_number,
    _lock_session_row,
    _member_names,
    _refuse_locked,
    _session_or_404,
    _staged,
    _stem,
    _version_or_404,
    _view,
    minutes_dir,
)
from desktop.services.context import Actor, now
from desktop.services.write import message as _m
from desktop.storage.db import Database
from desktop.storage.minutes_models import (
    MinutesVersion,
)

# --------------------------------------------------------------------------- drafts


@guarded("pv_projet")
def generate_draft(
    db: Database, actor: Actor, session_id: int, change_note: str = "", *, renderer=None
) -> VersionView:
    """A new version of the session's minutes (number + 1), PDF stored; the previous
    draft, in review or approved, is SUPERSEDED. From version 2 on, ``change_note``
    (what changed, usually after the members' comments) is required."""
    from desktop.documents import html as html_doc
    from desktop.documents import minutes as documents

    authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY)
    note = (change_note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError(
            {
                "change_note": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La note de modification est trop longue ({max} caractères au plus).",
                    ),
                    max=NOTE_MAX,
                )
            }
        )
    with db.reader() as session:
        row = _load_session(session, session_id)
        _refuse_locked(row)
        if row.status == SessionStatus.PREPARATION.value:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La séance n° {number} est encore en préparation : son "
                        "procès-verbal se rédige une fois la séance tenue.",
                    ),
                    number=row.number,
                )
            )
        previous = _latest_number(session, session_id)
        if previous and not note:
            raise ValidationError(
                {
                    "change_note": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Indiquez ce qui a changé depuis la version {number} (par exemple "
                            "les remarques des membres prises en compte).",
                        ),
                        number=previous,
                    )
                }
            )
        contract = _minutes_from_rows(session, row, actor.label)
        folder = minutes_dir(row)
        session_number = row.number
    number = previous + 1
    context = documents.minutes_context(contract, draft_version=number)
    page = html_doc.render_html(documents.html_template_path().read_text(encoding="utf-8"), context)
    with _staged() as staged:
        rendered = (renderer or documents.shared_renderer()).render_pdfa(
            page, staged.folder / "projet.pdf", context["titre"]
        )
        staged.archived = atomic_move(
            rendered.path, unique_path(folder / f"{_stem(session_number, number)}-projet.pdf")
        )
        with db.transaction() as session:
            srow = _lock_session_row(session, session_id)
            _refuse_locked(srow)
            if _latest_number(session, session_id) != previous:
                raise ConflictError(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Une autre version du procès-verbal vient d'être produite "
                            "par un collègue : recommencez pour partir de la dernière.",
                        )
                    )
                )
            superseded = []
            for old in session.scalars(
                select(MinutesVersion).where(
                    MinutesVersion.session_id == session_id,
                    MinutesVersion.status.in_([s.value for s in OPEN]),
                )
            ):
                old.status = MinutesStatus.SUPERSEDED.value
                superseded.append(old.number)
            version = MinutesVersion(
                session_id=session_id,
                number=number,
                status=MinutesStatus.DRAFT.value,
                content=pv.to_json(contract),
                html_sha256=hashlib.sha256(page.encode("utf-8")).hexdigest(),
                pdf_path=str(staged.archived),
                pdf_sha256=sha256_file(staged.archived),
                signature_box=list(rendered.signature_box) if rendered.signature_box else None,
                change_note=note,
                created_at=now(),
                created_by=actor.username,
            )
            session.add(version)
            session.flush()
            audit.record(
                session,
                actor,
                "pv_projet",
                ENTITY,
                version.id,
                None,
                {
                    "seance": session_id,
                    "version": number,
                    "remplace": superseded,
                    "note": note,
                    "pdf_sha256": version.pdf_sha256,
                },
            )
            return _view(version, _member_names(session, srow.commission_id))


def revise(
    db: Database, actor: Actor, session_id: int, change_note: str, *, renderer=None
) -> VersionView:
    """A new draft after the members' comments: ``generate_draft`` with its change note."""
    if not (change_note or "").strip():
        raise ValidationError(
            {
                "change_note": _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Indiquez les modifications apportées au procès-verbal."
                    )
                )
            }
        )
    return generate_draft(db, actor, session_id, change_note, renderer=renderer)


# --------------------------------------------------------------------------- reading


@guarded("consultation")
def list_versions(db: Database, actor: Actor, session_id: int) -> list[VersionView]:
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY)
    with db.reader() as session:
        srow = _session_or_404(session, session_id)
        require_session_read(session, actor, session_id, ENTITY)
        names = _member_names(session, srow.commission_id)
        rows = session.scalars(
            select(MinutesVersion)
            .where(MinutesVersion.session_id == session_id)
            .order_by(MinutesVersion.number)
            .options(selectinload(MinutesVersion.reviews), selectinload(MinutesVersion.signature))
        ).all()
        return [_view(r, names) for r in rows]


@guarded("consultation")
def get_version(db: Database, actor: Actor, version_id: int) -> VersionView:
    authz.require(actor, Permission.CALEOL_MINUTES_READ, entity=ENTITY, entity_id=version_id)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        srow = _session_or_404(session, row.session_id)
        require_session_read(session, actor, row.session_id, ENTITY, version_id)
        return _view(row, _member_names(session, srow.commission_id))


@guarded("consultation")
def diff(db: Database, actor: Actor, version_a: int, version_b: int) -> MinutesDiff:
    """What changed from version ``version_a`` to ``version_b`` (ids), line by line."""
    a = get_version(db, actor, version_a)
    b = get_version(db, actor, version_b)
    if a.session_id != b.session_id:
        raise ValidationError(
            {
                "version_b": _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les deux versions comparées doivent être celles d'une même séance.",
                    )
                )
            }
        )
    return pv.diff_versions(a.minutes, b.minutes)
