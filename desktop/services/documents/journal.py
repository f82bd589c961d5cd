"""The journal of a letter batch (``documents/.lots/<batch>.json``), ordinary or mass
mailing: written when the batch starts, removed when it ends or is cancelled. A journal
left behind is a batch that was killed (process ended, machine off): it gives the
request that makes just the letters not made (those of the batch already in the
register are skipped) and the list of the tenants who did not get theirs.

Beside it, while the batch runs: ``<batch>.verrou``, locked (a batch running on another
workstation sharing the documents folder is not "interrupted"), and ``<batch>.fichiers``,
the archive's paths written before the letters go there: after a kill between the move
and the register's commit, those the register does not hold are removed
(``interrupted_letters``), so that no letter in the archive looks made that was not.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from desktop.documents.files import atomic_write_bytes, safe_filename
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, counted
from desktop.domain.roles import Permission
from desktop.services import authz, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.documents.common import (
    BatchRequest,
    LetterOptions,
    _m,
    documents_dir,
)
from desktop.storage.db import Database
from desktop.storage.models import DocumentRecord, Household

JOURNALS = ".lots"  # documents/.lots/<batch>.json: batches to resume after a kill
_RUNNING: set[str] = set()  # batches journaled and running in this process
NAMED = 20  # tenants named in the message of an interrupted batch; the others counted


def _journal_path(batch_id: str) -> Path:
    return documents_dir() / JOURNALS / f"{safe_filename(batch_id, 40)}.json"


def _beside(batch_id: str, suffix: str) -> Path:
    return _journal_path(batch_id).with_suffix(suffix)


def _running_elsewhere(batch_id: str) -> bool:
    """Whether the batch's lock is held (by a batch running in another process)."""
    from desktop.documents import convert

    try:
        handle = open(_beside(batch_id, ".verrou"), "r+b")
    except OSError:
        return False  # no lock file: the batch is gone (or journaled before locks)
    with handle:
        if not convert._try_lock(handle):
            return True
        convert._unlock(handle)
        return False


def _write_journal(batch_id: str, request: BatchRequest, ids: list[int], mass: bool = True) -> Path:
    import json

    o = request.options
    data = {
        "lot": batch_id,
        "masse": mass,
        "modele": o.template_name,
        "champs": o.fields,
        "objet": o.subject,
        "recommande": o.registered_mail,
        "numero_recommande": o.registered_number,
        "signataire": o.signatory,
        "suivi_par": o.handled_by,
        "pdf": o.pdf,
        "date": o.on.isoformat() if o.on else None,
        "dossiers": ids,
        "dossier_sortie": str(request.out_dir) if request.out_dir else None,
        "recto_verso": request.duplex,
        "pages_par_partie": request.part_pages,
    }
    path = _journal_path(batch_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    return atomic_write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


class Journal:
    """A running batch's journal: written now (the batch counts as running in this
    process, so it is not offered for resuming), removed by ``close(ended=True)`` when
    the batch ends or is cancelled; kept by ``close(ended=False)`` (an error: the
    letters not made can be made later)."""

    def __init__(self, batch_id: str, request: BatchRequest, ids: list[int], mass: bool):
        from desktop.documents import convert

        self.batch_id = batch_id
        _RUNNING.add(batch_id)
        self._lock = None
        try:
            _beside(batch_id, ".verrou").parent.mkdir(parents=True, exist_ok=True)
            self._lock = open(_beside(batch_id, ".verrou"), "a+b")
            convert._try_lock(self._lock)  # before the journal: never seen unlocked
            self.path = _write_journal(batch_id, request, ids, mass)
        except BaseException:
            self.close(False)
            raise

    def note(self, paths: list[Path]) -> None:
        """Paths the batch is about to put in the archive (see the module doc)."""
        with open(_beside(self.batch_id, ".fichiers"), "a", encoding="utf-8") as f:
            f.writelines(f"{p}\n" for p in paths)
            f.flush()
            os.fsync(f.fileno())

    def close(self, ended: bool) -> None:
        from desktop.documents import convert

        _RUNNING.discard(self.batch_id)
        if self._lock is not None:
            convert._unlock(self._lock)
            self._lock.close()
            _beside(self.batch_id, ".verrou").unlink(missing_ok=True)
        if ended:
            _beside(self.batch_id, ".fichiers").unlink(missing_ok=True)
            _journal_path(self.batch_id).unlink(missing_ok=True)


def interrupted_batches() -> list[BatchRequest]:
    """Batches stopped before their end (process killed, machine off): the requests
    that resume them (``run_batch``), letters already registered skipped. A batch
    running in this process is not one of them."""
    import json

    out = []
    folder = documents_dir() / JOURNALS
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            d = json.loads(path.read_text("utf-8"))
            if str(d["lot"]) in _RUNNING or _running_elsewhere(str(d["lot"])):
                continue
            options = LetterOptions(
                d["modele"],
                fields=dict(d.get("champs") or {}),
                subject=d.get("objet"),
                registered_mail=d.get("recommande"),
                registered_number=d.get("numero_recommande") or "",
                signatory=d.get("signataire"),
                handled_by=d.get("suivi_par") or "",
                pdf=bool(d.get("pdf", True)),
                on=dt.date.fromisoformat(d["date"]) if d.get("date") else None,
            )
            out.append(
                BatchRequest(
                    options,
                    household_ids=[int(i) for i in d["dossiers"]],
                    out_dir=Path(d["dossier_sortie"]) if d.get("dossier_sortie") else None,
                    duplex=bool(d.get("recto_verso")),
                    part_pages=int(d.get("pages_par_partie") or 1000),
                    mass=bool(d.get("masse", True)),  # journals were of mass mailings only
                    batch_id=str(d["lot"]),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged journal: that batch cannot be resumed
    return out


def discard_interrupted(batch_id: str) -> None:
    """Give up resuming an interrupted batch (its registered letters stay)."""
    _journal_path(batch_id).unlink(missing_ok=True)
    _beside(batch_id, ".fichiers").unlink(missing_ok=True)


def _remove_unregistered(db: Database, batch_id: str) -> None:
    """The files a killed batch put in the archive without registering them, removed
    (see the module doc); the register's own files stay."""
    log = _beside(batch_id, ".fichiers")
    try:
        noted = [p for p in log.read_text("utf-8").splitlines() if p]
    except OSError:
        return
    kept: set[str] = set()
    with db.reader() as session:
        for start in range(0, len(noted), 400):
            chunk = noted[start : start + 400]
            for docx, pdf in session.execute(
                select(DocumentRecord.docx_path, DocumentRecord.pdf_path).where(
                    or_(DocumentRecord.docx_path.in_(chunk), DocumentRecord.pdf_path.in_(chunk))
                )
            ):
                kept.update((docx, pdf))
    for path in noted:
        if path not in kept:
            Path(path).unlink(missing_ok=True)
    log.unlink(missing_ok=True)


def registered_letters(db: Database, batch_id: str) -> dict[int, tuple[str, str]]:
    """The letters of batch ``batch_id`` in the register: household -> (reference,
    PDF path, "" without PDF)."""
    with db.reader() as session:
        return {
            row[0]: (row[1], row[2])
            for row in session.execute(
                select(
                    DocumentRecord.household_id, DocumentRecord.reference, DocumentRecord.pdf_path
                ).where(DocumentRecord.batch_id == batch_id)
            )
            if row[0] is not None
        }


@dataclass(frozen=True)
class MissingLetter:
    """A tenant of an interrupted batch whose letter was not made."""

    household_id: int
    name: str  # "" when the file is gone or out of the actor's sight
    contract: str


@dataclass(frozen=True)
class InterruptedBatch:
    """A batch that was killed: the request that makes its missing letters, and them."""

    request: BatchRequest
    missing: list[MissingLetter]
    made: int  # letters of the batch in the register

    @property
    def batch_id(self) -> str:
        return self.request.batch_id or ""

    def message(self) -> Message:
        """What the user is told of it, in French: the tenants without their letter."""
        names = ", ".join(
            " ".join(
                x
                for x in (
                    str(_m(QT_TRANSLATE_NOOP("messages", "dossier {id}"), id=m.household_id)),
                    m.name,
                    f"({m.contract})" if m.contract else "",
                )
                if x
            )
            for m in self.missing[:NAMED]
        )
        made = counted(
            self.made,
            QT_TRANSLATE_NOOP("messages", "{n} courrier au registre des documents"),
            QT_TRANSLATE_NOOP("messages", "{n} courriers au registre des documents"),
            QT_TRANSLATE_NOOP("messages", "aucun courrier au registre des documents"),
        )
        params = {
            "batch": self.batch_id,
            "template": self.request.options.template_name,
            "made": made,
            "count": counted(
                len(self.missing),
                QT_TRANSLATE_NOOP("messages", "{n} courrier n'a pas été fait"),
                QT_TRANSLATE_NOOP("messages", "{n} courriers n'ont pas été faits"),
            ),
            "names": names,
            "more": counted(
                len(self.missing) - NAMED,
                QT_TRANSLATE_NOOP("messages", "{n} autre"),
                QT_TRANSLATE_NOOP("messages", "{n} autres"),
            ),
        }
        if not self.missing:
            params["made"] = counted(
                self.made,
                QT_TRANSLATE_NOOP("messages", "son courrier est au registre des documents"),
                QT_TRANSLATE_NOOP("messages", "ses {n} courriers sont au registre des documents"),
                QT_TRANSLATE_NOOP("messages", "aucun courrier n'est au registre des documents"),
            )
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin "
                "(arrêt brutal) : {made}, mais le fichier à imprimer n'a pas été fait.",
            )
        elif len(self.missing) <= NAMED:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin "
                "(arrêt brutal) : {made}, {count} : {names}.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Le publipostage {batch} (modèle « {template} ») s'est arrêté avant la fin "
                "(arrêt brutal) : {made}, {count} : {names} et {more}.",
            )
        return Message(template, params)


@guarded("publipostage")
def interrupted_letters(db: Database, actor: Actor) -> list[InterruptedBatch]:
    """The batches that were killed, each with the tenants whose letter was not made
    (its letters in the register are made)."""
    authz.require(actor, Permission.TENANT_WRITE, entity=tenants.ENTITY)
    out = []
    for request in interrupted_batches():
        _remove_unregistered(db, request.batch_id or "")
        ids = request.household_ids or []
        registered = registered_letters(db, request.batch_id or "")
        todo = [i for i in ids if i not in registered]
        found: dict[int, tuple[str, str]] = {}
        with db.reader() as session:
            for start in range(0, len(todo), 900):
                found.update(
                    (row[0], (row[1], row[2]))
                    for row in session.execute(
                        select(
                            Household.id, Household.display_name, Household.contract_number
                        ).where(Household.id.in_(todo[start : start + 900]))
                    )
                )
        missing = [MissingLetter(i, *found.get(i, ("", ""))) for i in todo]
        out.append(InterruptedBatch(request, missing, len(ids) - len(todo)))
    return out
