"""What « anonymised by the retention purge » means in the base: the row's
``anonymised_on`` mark together with the purge's audit event about that row.

A mark alone (set by hand in the SQLite file, or with SQL on a base without
``server init``) is not a purge: the purge does not pass such a row over, and its
history does not read as erased by the purge. On a server, ``server_guards``'s
triggers refuse the mark without the event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, exists

if TYPE_CHECKING:
    from desktop.storage.caleol_models import Candidate
    from desktop.storage.models import Household

# The tables whose ``anonymised_on`` only the purge sets (parcours_anonymised_guard),
# and the entity of the purge's audit event about one of their rows (services/
# retention.py records « anonymisation » on it; parcours_anonymised_event_guard).
ANONYMISED_TABLES = {"household": "dossier", "caleol_candidate": "caleol_candidat"}
ANONYMISATION = "anonymisation"


def purged(model: type[Household] | type[Candidate]) -> ColumnElement[bool]:
    """True for the rows of ``model`` that the purge anonymised: marked, with the
    purge's event about them (never NULL, so ``~purged(model)`` is its exact opposite)."""
    from desktop.storage.models import AuditEvent

    return and_(
        model.anonymised_on.is_not(None),
        exists().where(
            AuditEvent.entity == ANONYMISED_TABLES[model.__tablename__],
            AuditEvent.entity_id == model.id,
            AuditEvent.action == ANONYMISATION,
        ),
    )
