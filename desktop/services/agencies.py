"""Agencies (agences) of the landlord."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.roles import Permission
from desktop.services import audit, authz
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.storage.db import Database
from desktop.storage.models import Agency


@dataclass(frozen=True)
class AgencyView:
    id: int
    code: str
    name: str
    city: str


def list_agencies(db: Database) -> list[AgencyView]:
    with db.reader() as s:
        return [
            AgencyView(a.id, a.code, a.name, a.city)
            for a in s.scalars(select(Agency).order_by(Agency.name))
        ]


@guarded("create")
def create_agency(db: Database, actor: Actor, code: str, name: str, city: str = "") -> int:
    authz.require(actor, Permission.AGENCY_MANAGE, entity="agence")
    code, name, city = code.strip().upper(), " ".join(name.split()), city.strip()
    errors = {}
    if not code or len(code) > 20:
        errors["code"] = Message(
            QT_TRANSLATE_NOOP("messages", "Code d'agence : 1 à 20 caractères.")
        )
    if not name or len(name) > 120:
        errors["name"] = Message(
            QT_TRANSLATE_NOOP("messages", "Nom d'agence : 1 à 120 caractères.")
        )
    elif (
        name.startswith(("=", "+", "-", "@"))
        or len(city) > 80
        or city.startswith(("=", "+", "-", "@"))
    ):
        errors["name"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Le nom et la ville ne peuvent pas commencer par =, +, - ou @."
            )
        )
    if errors:
        raise ValidationError(errors)
    with db.transaction() as s:
        if s.scalars(select(Agency).where(Agency.code == code)).first():
            raise ValidationError(
                {"code": Message(QT_TRANSLATE_NOOP("messages", "Ce code d'agence existe déjà."))}
            )
        agency = Agency(code=code, name=name, city=city)
        s.add(agency)
        s.flush()
        audit.record(
            s,
            actor,
            "create",
            "agence",
            agency.id,
            None,
            {"code": code, "name": name, "city": city},
        )
        return agency.id
