"""The review of a draft by the members: sent for review, each member's answer, the
version approved when every required member approved.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.documents.files import safe_filename, unique_path
from desktop.domain import minutes as pv
from desktop.domain.caleol import (
    MemberRole,
)
from desktop.domain.errors import (
    NotFoundError,
    PermissionDenied,
    UserError,
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.minutes import (
    MinutesStatus,
    ReviewChannel,
    ReviewVerdict,
)
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.caleol.minutes.common import (
    COMMENT_MAX,
    ENTITY,
    ReviewView,
    _check_pdf,
    _refuse_locked,
    _require_latest,
    _require_status,
    _session_or_404,
    _stem,
    _version_or_404,
)
from desktop.services.context import Actor, now
from desktop.services.write import file_error, invalid
from desktop.services.write import message as _m
from desktop.storage.caleol_models import (
    Member as MemberRow,
)
from desktop.storage.db import Database
from desktop.storage.minutes_models import (
    MinutesReview,
)

# --------------------------------------------------------------------------- review


@guarded("pv_envoi")
def send_for_review(db: Database, actor: Actor, version_id: int, out_dir: str | Path) -> list[Path]:
    """Status IN_REVIEW; one copy of the draft PDF per voting member convened, named
    after him, in ``out_dir`` (the secretary sends them). Returns the files."""
    authz.require(actor, Permission.CALEOL_MINUTES_WRITE, entity=ENTITY, entity_id=version_id)
    out = Path(out_dir)
    with db.reader() as session:
        row = _version_or_404(session, version_id)
        srow = _session_or_404(session, row.session_id)
        _refuse_locked(srow)
        _require_latest(session, row)
        _require_status(
            row.number,
            row.status,
            (MinutesStatus.DRAFT, MinutesStatus.IN_REVIEW),
            QT_TRANSLATE_NOOP(
                "messages",
                "La version {number} est « {status} » : seul un projet peut être soumis "
                "aux membres.",
            ),
        )
        source = _check_pdf(row)
        members = [m for m in pv.from_json(row.content).members if m.voting and m.id is not None]
        stem = _stem(srow.number, row.number)
    if not members:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "Aucun membre à voix délibérative n'est convoqué à cette séance."
                )
            )
        )
    written: list[Path] = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for m in members:
            target = unique_path(out / f"{stem}-{safe_filename(m.name, 50)}.pdf")
            tmp = target.with_name(f".tmp-{target.name}")
            shutil.copyfile(source, tmp)
            tmp.replace(target)
            written.append(target)
        with db.transaction() as session:
            row = _version_or_404(session, version_id, for_update=True)
            srow = _session_or_404(session, row.session_id)
            _refuse_locked(srow)
            row.status = MinutesStatus.IN_REVIEW.value
            row.sent_at = now()
            row.sent_by = actor.username
            audit.record(
                session,
                actor,
                "pv_envoi",
                ENTITY,
                row.id,
                None,
                {
                    "seance": row.session_id,
                    "version": row.number,
                    "membres": [m.name for m in members],
                    "dossier": str(out),
                },
            )
    except OSError as exc:
        for path in written:
            path.unlink(missing_ok=True)
        raise file_error(
            QT_TRANSLATE_NOOP(
                "messages", "Impossible d'écrire les exemplaires dans {folder} : {error}"
            ),
            exc,
            folder=str(out),
        ) from exc
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


@guarded("pv_avis")
def review(
    db: Database,
    actor: Actor,
    version_id: int,
    member_id: int,
    verdict: ReviewVerdict | str,
    comment: str = "",
) -> ReviewView:
    """A member's answer on a version submitted to the members.

    A member whose account is linked to his seat answers as himself (APP, right
    ``CALEOL_MINUTES_APPROVE``); the secretary (``CALEOL_MINUTES_WRITE``) records the
    answer a member sent by e-mail or letter (EXPORT). Anybody else is refused. A
    comment needs its text. A new answer replaces the member's previous one; when
    every required member approved, the version becomes APPROVED (and goes back to
    IN_REVIEW if one of them then comments)."""
    try:
        verdict = ReviewVerdict(verdict)
    except ValueError:
        raise invalid(
            "verdict",
            QT_TRANSLATE_NOOP(
                "messages",
                "Réponse inconnue : « {value} » (approbation ou demande de modification).",
            ),
            value=str(verdict),
        ) from None
    text = (comment or "").strip()
    if verdict is ReviewVerdict.COMMENT and not text:
        raise invalid(
            "comment", QT_TRANSLATE_NOOP("messages", "Indiquez la modification demandée.")
        )
    if len(text) > COMMENT_MAX:
        raise invalid(
            "comment",
            QT_TRANSLATE_NOOP(
                "messages", "Le commentaire est trop long ({max} caractères au plus)."
            ),
            max=COMMENT_MAX,
        )
    with db.transaction() as session:
        row = _version_or_404(session, version_id, for_update=True)
        srow = _session_or_404(session, row.session_id)
        member = session.get(MemberRow, member_id)
        if member is None or member.commission_id != srow.commission_id:
            raise NotFoundError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "Ce membre ne siège pas à la commission de cette séance."
                    )
                )
            )
        own = actor.user_id is not None and member.app_user_id == actor.user_id
        if own:
            authz.require(
                actor, Permission.CALEOL_MINUTES_APPROVE, entity=ENTITY, entity_id=version_id
            )
            via = ReviewChannel.APP
        elif actor.can(Permission.CALEOL_MINUTES_WRITE):
            via = ReviewChannel.EXPORT
        else:
            # A member answers for himself only; the secretary records others' answers.
            raise PermissionDenied(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Accès refusé : vous ne pouvez répondre que pour vous-même "
                        "({name} n'est pas le membre lié à votre compte). Ce refus a été enregistré "
                        "dans le journal d'audit.",
                    ),
                    name=member.full_name,
                ),
                permission=Permission.CALEOL_MINUTES_WRITE.value,
                entity=ENTITY,
                entity_id=version_id,
            )
        _refuse_locked(srow)
        _require_latest(session, row)
        _require_status(
            row.number,
            row.status,
            (MinutesStatus.IN_REVIEW, MinutesStatus.APPROVED),
            QT_TRANSLATE_NOOP(
                "messages",
                "La version {number} n'est pas soumise aux membres (état : {status}) : "
                "aucune réponse ne peut être enregistrée.",
            ),
        )
        if not MemberRole(member.role).voting and verdict is ReviewVerdict.APPROVE:
            raise ValidationError(
                {
                    "member_id": _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{name} siège avec voix consultative : il peut formuler une "
                            "remarque mais n'approuve pas le procès-verbal.",
                        ),
                        name=member.full_name,
                    )
                }
            )
        existing = next((r for r in row.reviews if r.member_id == member_id), None)
        before = None
        if existing is not None:
            before = {
                "avis": existing.verdict,
                "commentaire": existing.comment,
                "voie": existing.via,
            }
            existing.verdict, existing.comment = verdict.value, text
            existing.at, existing.via, existing.recorded_by = now(), via.value, actor.username
            saved = existing
        else:
            saved = MinutesReview(
                version_id=row.id,
                member_id=member_id,
                verdict=verdict.value,
                comment=text,
                at=now(),
                via=via.value,
                recorded_by=actor.username,
            )
            row.reviews.append(saved)
        session.flush()
        state = pv.approval_state(
            pv.from_json(row.content), {r.member_id: ReviewVerdict(r.verdict) for r in row.reviews}
        )
        if state.ready:
            if row.status != MinutesStatus.APPROVED.value:
                row.status = MinutesStatus.APPROVED.value
                row.approved_at = now()
        elif row.status == MinutesStatus.APPROVED.value:
            row.status = MinutesStatus.IN_REVIEW.value
            row.approved_at = None
        audit.record(
            session,
            actor,
            "pv_avis",
            ENTITY,
            row.id,
            before,
            {
                "version": row.number,
                "membre": member.full_name,
                "avis": verdict.value,
                "commentaire": text,
                "voie": via.value,
                "etat": row.status,
            },
        )
        return ReviewView(
            saved.id, member_id, member.full_name, verdict, text, saved.at, via, actor.username
        )
