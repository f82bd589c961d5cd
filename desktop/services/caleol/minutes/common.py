"""What the minutes services share: the views, the session lookups, the files in the
document archive, the guards (lock, latest version).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from desktop.documents.files import safe_filename, safe_whole_name, sha256_file
from desktop.domain import minutes as pv
from desktop.domain.errors import (
    NotFoundError,
    UserError,
)
from desktop.domain.formatting import format_datetime_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.minutes import (
    ApprovalState,
    Minutes,
    MinutesStatus,
    ReviewChannel,
    ReviewVerdict,
)
from desktop.services.write import from_row, one_row
from desktop.services.write import message as _m
from desktop.storage.caleol_models import (
    Member as MemberRow,
)
from desktop.storage.caleol_models import (
    Session as SessionRow,
)
from desktop.storage.minutes_models import (
    MinutesVersion,
)

ENTITY = "caleol_pv"
TEMPLATE_NAME = "proces_verbal_caleol"
TEMPLATE_VERSION = "1"
COMMENT_MAX = 4000
NOTE_MAX = 2000
OPEN = (MinutesStatus.DRAFT, MinutesStatus.IN_REVIEW, MinutesStatus.APPROVED)


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class ReviewView:
    id: int
    member_id: int
    member_name: str
    verdict: ReviewVerdict
    comment: str
    at: dt.datetime
    via: ReviewChannel
    recorded_by: str


@dataclass(frozen=True)
class SignatureView:
    signer: str
    certificate_subject: str
    signed_at: dt.datetime
    signed_by: str
    pdf_path: Path
    pdf_sha256: str
    document_id: int | None


@dataclass(frozen=True)
class VersionView:
    id: int
    session_id: int
    number: int
    status: MinutesStatus
    change_note: str
    created_at: dt.datetime
    created_by: str
    sent_at: dt.datetime | None
    approved_at: dt.datetime | None
    pdf_path: Path
    pdf_sha256: str
    html_sha256: str
    reviews: tuple[ReviewView, ...]
    signature: SignatureView | None
    content: dict

    @property
    def minutes(self) -> Minutes:
        return pv.from_json(self.content)

    @property
    def approval(self) -> ApprovalState:
        return pv.approval_state(self.minutes, {r.member_id: r.verdict for r in self.reviews})


def _view(row: MinutesVersion, names: dict[int, str]) -> VersionView:
    reviews = tuple(
        from_row(
            ReviewView,
            r,
            member_name=names.get(r.member_id, f"#{r.member_id}"),
            verdict=ReviewVerdict(r.verdict),
            via=ReviewChannel(r.via),
        )
        for r in row.reviews
    )
    sig = row.signature
    signature = None if sig is None else from_row(SignatureView, sig, pdf_path=Path(sig.pdf_path))
    return from_row(
        VersionView,
        row,
        status=MinutesStatus(row.status),
        pdf_path=Path(row.pdf_path),
        reviews=reviews,
        signature=signature,
    )


def _member_names(session: OrmSession, commission_id: int) -> dict[int, str]:
    rows = session.scalars(select(MemberRow).where(MemberRow.commission_id == commission_id))
    return {m.id: m.full_name for m in rows}


def _no_session(session_id: int) -> NotFoundError:
    return NotFoundError(
        _m(QT_TRANSLATE_NOOP("messages", "La séance n° {id} n'existe pas ou plus."), id=session_id)
    )


def _session_or_404(session: OrmSession, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise _no_session(session_id)
    return row


# --------------------------------------------------------------------------- files


def minutes_dir(row: SessionRow) -> Path:
    from desktop.services.documents import documents_dir

    return (
        documents_dir()
        / "caleol"
        / safe_whole_name(row.commission.name, 40)
        / safe_filename(f"seance-{row.number}", 40)
    )


def _stem(number: str, version: int) -> str:
    return f"PV-{safe_filename(number, 30)}-v{version}"


def _staging() -> Path:
    from desktop.services.documents import documents_dir

    base = documents_dir() / ".en-cours"
    base.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="pv-", dir=base))


@dataclass
class _Staged:
    folder: Path
    #: the PDF once moved into the session's folder (removed again if the write fails)
    archived: Path | None = None


@contextlib.contextmanager
def _staged() -> Iterator[_Staged]:
    """A staging folder for a PDF being made, removed afterwards; the archived copy is
    deleted again when anything fails before the transaction commits."""
    staged = _Staged(_staging())
    try:
        yield staged
    except BaseException:
        if staged.archived is not None:
            staged.archived.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staged.folder, ignore_errors=True)


def _check_pdf(row: MinutesVersion) -> Path:
    path = Path(row.pdf_path)
    if not path.is_file():
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le PDF de la version {number} du procès-verbal est introuvable ({path}).",
                ),
                number=row.number,
                path=str(path),
            )
        )
    if sha256_file(path) != row.pdf_sha256:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Le PDF de la version {number} du procès-verbal a été modifié depuis "
                    "sa production (empreinte SHA-256 différente) : il ne peut plus être utilisé.",
                ),
                number=row.number,
            )
        )
    return path


# --------------------------------------------------------------------------- guards


def _require_status(
    number: int, status: MinutesStatus | str, allowed: tuple[MinutesStatus, ...], template: str
) -> None:
    """Refuse the version ``number`` unless its ``status`` is one of ``allowed``: a
    ``UserError`` from ``template`` (given ``number`` and the status's label)."""
    status = MinutesStatus(status)
    if status not in allowed:
        raise UserError(_m(template, number=number, status=status.label))


def _refuse_locked(row: SessionRow) -> None:
    if row.locked:
        when = format_datetime_fr(row.locked_at) if row.locked_at else ""
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La séance n° {number} est verrouillée depuis la signature de son "
                    "procès-verbal{when} : aucune modification n'est plus possible.",
                ),
                number=row.number,
                when=f" ({when})" if when else "",
            )
        )


def _version_or_404(
    session: OrmSession, version_id: int, *, for_update: bool = False
) -> MinutesVersion:
    stmt = (
        select(MinutesVersion)
        .where(MinutesVersion.id == version_id)
        .options(selectinload(MinutesVersion.reviews), selectinload(MinutesVersion.signature))
    )
    missing = NotFoundError(
        _m(
            QT_TRANSLATE_NOOP(
                "messages", "La version n° {id} du procès-verbal n'existe pas ou plus."
            ),
            id=version_id,
        )
    )
    return one_row(session, stmt, missing, for_update=for_update)


def _latest_number(session: OrmSession, session_id: int) -> int:
    return (
        session.scalar(
            select(func.max(MinutesVersion.number)).where(MinutesVersion.session_id == session_id)
        )
        or 0
    )


def _require_latest(session: OrmSession, row: MinutesVersion) -> None:
    latest = _latest_number(session, row.session_id)
    if row.number != latest:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "La version {number} du procès-verbal a été remplacée par la version "
                    "{latest} : travaillez sur la dernière version.",
                ),
                number=row.number,
                latest=latest,
            )
        )


def _lock_session_row(session: OrmSession, session_id: int) -> SessionRow:
    stmt = select(SessionRow).where(SessionRow.id == session_id)
    return one_row(session, stmt, _no_session(session_id), for_update=True)
