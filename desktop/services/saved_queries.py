"""Saved searches of the tenant list (*recherches enregistrées*), shared by the agency.

A saved search is a named ``TenantQuery`` ("plus de 70 ans de l'agence BXN") that the
list re-applies and a batch of letters targets, from the GUI or from
``parcours letters --query NAME``. They are kept in the base (one setting), so every
workstation on a shared server sees the same ones.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop.domain.errors import NotFoundError, ValidationError, too_long
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import audit, settings
from desktop.services.authz import guarded, require
from desktop.services.context import Actor
from desktop.services.tenants import TenantQuery
from desktop.storage.db import Database

KEY = "tenant_list.saved_queries"
MAX_NAME = 60
MAX_QUERIES = 200


@dataclass(frozen=True)
class SavedQuery:
    name: str
    query: TenantQuery


def _load(session) -> dict[str, dict]:
    value = settings.read(session, KEY)
    return dict(value) if isinstance(value, dict) else {}


def _to_query(values: dict) -> TenantQuery:
    known = {f.name for f in dataclasses.fields(TenantQuery)}
    return TenantQuery(**{k: v for k, v in values.items() if k in known})


@guarded("read_saved_queries")
def list_saved_queries(db: Database, actor: Actor) -> list[SavedQuery]:
    require(actor, Permission.TENANT_READ)
    with db.reader() as session:
        stored = _load(session)
    return [
        SavedQuery(name, _to_query(values))
        for name, values in sorted(stored.items(), key=lambda kv: kv[0].casefold())
    ]


def get_saved_query(db: Database, actor: Actor, name: str) -> TenantQuery:
    for saved in list_saved_queries(db, actor):
        if saved.name == name.strip():
            return saved.query
    raise NotFoundError(
        Message(
            QT_TRANSLATE_NOOP("messages", "Aucune recherche enregistrée ne s'appelle « {name} »."),
            {"name": name.strip()[:MAX_NAME]},
        )
    )


@guarded("save_query")
def save_query(db: Database, actor: Actor, name: str, query: TenantQuery) -> None:
    """Save (or replace) the search ``name``."""
    require(actor, Permission.TENANT_READ)
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise ValidationError(
            {
                "name": Message(
                    QT_TRANSLATE_NOOP("messages", "Nom de la recherche : 1 à {max} caractères."),
                    {"max": MAX_NAME},
                )
            }
        )
    if len(query.text) > 200:
        raise ValidationError({"text": too_long(200)})
    with db.transaction() as session:
        stored = _load(session)
        if name not in stored and len(stored) >= MAX_QUERIES:
            raise ValidationError(
                {
                    "name": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{max} recherches enregistrées au plus : supprimez-en une."
                        ),
                        {"max": MAX_QUERIES},
                    )
                }
            )
        before = stored.get(name)
        stored[name] = dataclasses.asdict(query)
        settings.write(session, actor, KEY, stored)
        audit.record(
            session,
            actor,
            "save_query",
            "recherche",
            None,
            {"name": name, "query": before} if before else None,
            {"name": name, "query": stored[name]},
        )


@guarded("delete_query")
def delete_query(db: Database, actor: Actor, name: str) -> None:
    require(actor, Permission.TENANT_READ)
    with db.transaction() as session:
        stored = _load(session)
        if name not in stored:
            raise NotFoundError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Aucune recherche enregistrée ne s'appelle « {name} »."
                    ),
                    {"name": name[:MAX_NAME]},
                )
            )
        before = stored.pop(name)
        settings.write(session, actor, KEY, stored)
        audit.record(
            session, actor, "delete_query", "recherche", None, {"name": name, "query": before}, None
        )
