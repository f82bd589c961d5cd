"""CALEOL services: commissions and their members (seats, presidency, the account a
member's seat is linked to for reviewing the minutes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain import caleol as rules
from desktop.domain.calendar_fr import add_months
from desktop.domain.caleol import (
    MemberRole,
)
from desktop.domain.errors import (
    ValidationError,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.text import fold
from desktop.services import authz
from desktop.services.authz import guarded
from desktop.services.caleol.common import (
    COMMISSION_FIELDS,
    ENTITY_COMMISSION,
    ENTITY_MEMBER,
    MANAGE,
    MEMBER_FIELDS,
    READ,
    TextField,
    clean_long_text,
    clean_texts,
    commission_view,
    load_commission,
    load_row,
    managing,
    member_of,
    other_commission,
    reads_commission,
    require_read,
    scoped_to_commissions,
)
from desktop.services.caleol.data import CommissionData, CommissionView, MemberData
from desktop.services.context import Actor
from desktop.services.write import (
    audit_event,
    check_version,
    message,
    new_row,
    set_fields,
    snapshot,
    touch,
    update_row,
)
from desktop.storage.caleol_models import (
    Commission,
    Member,
)
from desktop.storage.caleol_models import Vote as VoteRow
from desktop.storage.db import Database
from desktop.storage.models import (
    Agency,
    AppUser,
)

# --------------------------------------------------------------------------- commissions


_COMMISSION_TEXTS = (
    TextField("name", 160, QT_TRANSLATE_NOOP("messages", "Nom de la commission"), required=True),
    TextField("territory", 160, QT_TRANSLATE_NOOP("messages", "Territoire")),
)


def _validate_commission(
    session: Session, data: CommissionData, exclude: int | None
) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    values: dict[str, Any] = {
        **clean_texts(data, _COMMISSION_TEXTS, errors),
        "reglement_version": clean_long_text(
            data.reglement_version, 2000, "reglement_version", errors
        ),
        "technical_means_default": clean_long_text(
            data.technical_means_default, 2000, "technical_means_default", errors
        ),
        "agency_id": data.agency_id,
        "remote_allowed": bool(data.remote_allowed),
        "remote_count_represented": bool(data.remote_count_represented),
        "designated_required": data.designated_required,
        "max_proxies_per_holder": data.max_proxies_per_holder,
        "remote_min_share_num": data.remote_min_share_num,
        "remote_min_share_den": data.remote_min_share_den,
        "offer_days": data.offer_days,
    }
    if not 1 <= data.designated_required <= 6:
        errors["designated_required"] = message(
            QT_TRANSLATE_NOOP("messages", "Le quorum porte sur les 6 membres désignés : de 1 à 6.")
        )
    if not 0 <= data.max_proxies_per_holder <= 5:
        errors["max_proxies_per_holder"] = message(
            QT_TRANSLATE_NOOP("messages", "Nombre de pouvoirs par membre : de 0 à 5.")
        )
    if (
        data.remote_min_share_den <= 0
        or not 0 < data.remote_min_share_num <= data.remote_min_share_den
    ):
        errors["remote_min_share"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "La part minimale de participants à une séance dématérialisée doit "
                "être une fraction entre 0 et 1.",
            )
        )
    elif Fraction(data.remote_min_share_num, data.remote_min_share_den) < Fraction(1, 2):
        errors["remote_min_share"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Une séance dématérialisée n'est valable que si la moitié au moins des "
                "membres y participe (ordonnance n° 2014-1329).",
            )
        )
    if data.offer_days < rules.MIN_OFFER_DAYS or data.offer_days > 60:
        errors["offer_days"] = message(
            QT_TRANSLATE_NOOP("messages", "Délai de réponse à une offre : de {min} à 60 jours."),
            min=rules.MIN_OFFER_DAYS,
        )
    if data.agency_id is not None and session.get(Agency, data.agency_id) is None:
        errors["agency_id"] = message(QT_TRANSLATE_NOOP("messages", "Agence inconnue."))
    if values["name"] and "name" not in errors:
        stmt = select(Commission.id).where(func.lower(Commission.name) == values["name"].lower())
        if exclude is not None:
            stmt = stmt.where(Commission.id != exclude)
        if session.scalar(stmt) is not None:
            errors["name"] = message(
                QT_TRANSLATE_NOOP("messages", "Une commission porte déjà le nom « {name} »."),
                name=values["name"],
            )
    if errors:
        raise ValidationError(errors)
    return values


@guarded("caleol.commission")
def create_commission(db: Database, actor: Actor, data: CommissionData) -> int:
    with managing(db, actor, ENTITY_COMMISSION) as session:
        values = _validate_commission(session, data, None)
        c = new_row(Commission, actor, **values, active=True)
        session.add(c)
        session.flush()
        audit_event(session, actor, "create", ENTITY_COMMISSION, c.id, None, values)
        return c.id


@guarded("caleol.commission")
def update_commission(
    db: Database, actor: Actor, commission_id: int, data: CommissionData, expected_version: int
) -> int:
    with managing(db, actor, ENTITY_COMMISSION, commission_id) as session:
        c = load_commission(session, commission_id)
        check_version(c, expected_version)
        values = _validate_commission(session, data, c.id)
        update_row(session, actor, c, values, COMMISSION_FIELDS, ENTITY_COMMISSION)
        return c.version


@guarded("caleol.consultation")
def list_commissions(
    db: Database, actor: Actor, *, include_inactive: bool = False
) -> list[CommissionView]:
    require_read(actor, ENTITY_COMMISSION)
    with db.reader() as session:
        stmt = (
            select(Commission)
            .options(selectinload(Commission.members), selectinload(Commission.agency))
            .order_by(Commission.name)
        )
        if not include_inactive:
            stmt = stmt.where(Commission.active.is_(True))
        stmt = scoped_to_commissions(stmt, actor)
        return [commission_view(c) for c in session.scalars(stmt)]


@guarded("caleol.consultation")
def get_commission(db: Database, actor: Actor, commission_id: int) -> CommissionView:
    require_read(actor, ENTITY_COMMISSION, commission_id)
    with db.reader() as session:
        c = load_commission(session, commission_id)
        if not reads_commission(session, actor, c.id):
            raise authz.denied(
                actor,
                READ,
                entity=ENTITY_COMMISSION,
                entity_id=commission_id,
                **other_commission(actor),
            )
        return commission_view(c)


# --------------------------------------------------------------------------- members


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


_MEMBER_TEXTS = (
    TextField("last_name", 80, QT_TRANSLATE_NOOP("messages", "Nom"), required=True),
    TextField("first_name", 80, QT_TRANSLATE_NOOP("messages", "Prénom")),
    TextField("civility", 4, QT_TRANSLATE_NOOP("messages", "Civilité")),
    TextField("organisation", 160, QT_TRANSLATE_NOOP("messages", "Organisme")),
    TextField("commune", 80, QT_TRANSLATE_NOOP("messages", "Commune")),
    TextField("email", 160, QT_TRANSLATE_NOOP("messages", "Courriel")),
)


def _validate_member(
    session: Session, commission: Commission, data: MemberData, member_id: int | None
) -> dict[str, Any]:
    errors: dict[str, Message] = {}
    try:
        role = MemberRole(data.role)
    except ValueError:
        errors["role"] = message(QT_TRANSLATE_NOOP("messages", "Qualité du membre inconnue."))
        raise ValidationError(errors) from None
    values: dict[str, Any] = {
        "role": role.value,
        "voting": role.voting,
        **clean_texts(data, _MEMBER_TEXTS, errors),
        "substitute_of_id": data.substitute_of_id,
        "mandate_start": data.mandate_start,
        "mandate_end": data.mandate_end,
        "is_president": bool(data.is_president),
        "app_user_id": data.app_user_id,
    }
    values["email"] = values["email"].lower()
    if values["email"] and not _EMAIL.match(values["email"]):
        errors["email"] = message(QT_TRANSLATE_NOOP("messages", "Adresse électronique invalide."))
    if role is MemberRole.MAIRE and not values["commune"]:
        errors["commune"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Indiquez la commune du maire : il ne vote que pour les logements de "
                "sa commune, où il a voix prépondérante.",
            )
        )
    if data.mandate_start and data.mandate_end and data.mandate_end < data.mandate_start:
        errors["mandate_end"] = message(
            QT_TRANSLATE_NOOP("messages", "La fin du mandat précède son début.")
        )
    if (
        role is MemberRole.CONSULT_ASSO_L365_3
        and data.mandate_start
        and data.mandate_end
        and data.mandate_end > add_months(data.mandate_start, 60)
    ):
        errors["mandate_end"] = message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Le mandat du représentant d'une association agréée est de 5 ans au "
                "plus (R441-9-1), renouvelable.",
            )
        )
    if data.is_president and not role.designated:
        errors["is_president"] = message(
            QT_TRANSLATE_NOOP(
                "messages", "Le président est élu parmi les 6 membres désignés par le conseil."
            )
        )
    if data.substitute_of_id is not None:
        titular = member_of(session, commission.id, data.substitute_of_id)
        if titular is None:
            errors["substitute_of_id"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "Le membre suppléé doit appartenir à la même commission."
                )
            )
        elif titular.id == member_id:
            errors["substitute_of_id"] = message(
                QT_TRANSLATE_NOOP("messages", "Un membre ne peut pas être son propre suppléant.")
            )
        elif titular.substitute_of_id is not None:
            errors["substitute_of_id"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "{name} est lui-même suppléant : choisissez le membre titulaire."
                ),
                name=titular.full_name,
            )
        elif titular.role != role.value:
            errors["substitute_of_id"] = message(
                QT_TRANSLATE_NOOP(
                    "messages", "Un suppléant siège au même titre que le titulaire ({role})."
                ),
                role=Message(MemberRole(titular.role).label),
            )
        if data.is_president:
            errors["is_president"] = message(
                QT_TRANSLATE_NOOP("messages", "Un suppléant ne peut pas être désigné président.")
            )
    if data.app_user_id is not None and session.get(AppUser, data.app_user_id) is None:
        errors["app_user_id"] = message(
            QT_TRANSLATE_NOOP("messages", "Compte utilisateur inconnu.")
        )
    if errors:
        raise ValidationError(errors)
    return values


def _set_president(session: Session, actor: Actor, m: Member, president: bool) -> None:
    """Make ``m`` the president or not, stamped and audited."""
    m.is_president = president
    touch(m, actor)
    audit_event(
        session,
        actor,
        "update",
        ENTITY_MEMBER,
        m.id,
        {"is_president": not president},
        {"is_president": president},
    )


def _move_presidency(session: Session, actor: Actor, commission: Commission, new: Member) -> None:
    for m in commission.members:
        if m.is_president and m is not new:
            _set_president(session, actor, m, False)


@guarded("caleol.membre")
def add_member(db: Database, actor: Actor, commission_id: int, data: MemberData) -> int:
    with managing(db, actor, ENTITY_MEMBER) as session:
        c = load_commission(session, commission_id)
        values = _validate_member(session, c, data, None)
        m = new_row(Member, actor, commission_id=c.id, **values, active=True)
        session.add(m)
        c.members.append(m)
        session.flush()
        if m.is_president:
            _move_presidency(session, actor, c, m)
        audit_event(
            session, actor, "create", ENTITY_MEMBER, m.id, None, {"commission_id": c.id, **values}
        )
        return m.id


@guarded("caleol.membre")
def update_member(
    db: Database, actor: Actor, member_id: int, data: MemberData, expected_version: int
) -> int:
    with managing(db, actor, ENTITY_MEMBER, member_id) as session:
        m = load_row(session, Member, member_id, "member")
        check_version(m, expected_version)
        c = load_commission(session, m.commission_id)
        values = _validate_member(session, c, data, m.id)
        if values["role"] != m.role and session.scalar(
            select(func.count()).select_from(VoteRow).where(VoteRow.member_id == m.id)
        ):
            raise ValidationError(
                {
                    "role": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Ce membre a déjà voté : sa qualité ne peut plus changer. "
                            "Désactivez-le et ajoutez un nouveau membre.",
                        )
                    )
                }
            )
        before = snapshot(m, MEMBER_FIELDS)
        set_fields(m, values)
        touch(m, actor)
        session.flush()
        if m.is_president:
            _move_presidency(session, actor, c, m)
        audit_event(
            session, actor, "update", ENTITY_MEMBER, m.id, before, snapshot(m, MEMBER_FIELDS)
        )
        return m.version


@guarded("caleol.membre")
def set_member_active(
    db: Database, actor: Actor, member_id: int, active: bool, expected_version: int | None = None
) -> int:
    """Deactivate (end of mandate) or reactivate a member; history is kept."""
    with managing(db, actor, ENTITY_MEMBER, member_id) as session:
        m = load_row(session, Member, member_id, "member")
        check_version(m, expected_version)
        values = {"active": True} if active else {"active": False, "is_president": False}
        update_row(session, actor, m, values, ("active", "is_president"), ENTITY_MEMBER)
        return m.version


def deactivate_member(
    db: Database, actor: Actor, member_id: int, expected_version: int | None = None
) -> int:
    return set_member_active(db, actor, member_id, False, expected_version)


@guarded("caleol.membre")
def set_president(db: Database, actor: Actor, member_id: int) -> None:
    """Make this designated member the commission's president (only one at a time)."""
    with managing(db, actor, ENTITY_MEMBER, member_id) as session:
        m = load_row(session, Member, member_id, "member")
        if not MemberRole(m.role).designated or m.substitute_of_id is not None or not m.active:
            raise ValidationError(
                {
                    "is_president": message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le président est élu parmi les 6 membres désignés par le conseil, "
                            "titulaires et en fonction.",
                        )
                    )
                }
            )
        c = load_commission(session, m.commission_id)
        if not m.is_president:
            _set_president(session, actor, m, True)
        _move_presidency(session, actor, c, m)


# --------------------------------------------------------------------------- accounts (GUI)
# Added for the CALEOL screens (issue 7): the member dialog links a seat to an account,
# and the secretary may not list the accounts (``USER_MANAGE``).


@dataclass(frozen=True)
class LinkableAccount:
    id: int
    username: str
    full_name: str
    role: str


@guarded("caleol.membre")
def linkable_accounts(db: Database, actor: Actor) -> list[LinkableAccount]:
    """Active accounts a member's seat may be linked to (so that he reviews the minutes
    in the application): CALEOL members first, then the others, by name."""
    authz.require(actor, MANAGE, entity=ENTITY_MEMBER)
    from desktop.domain.roles import Role

    with db.reader() as session:
        rows = session.execute(
            select(AppUser.id, AppUser.username, AppUser.full_name, AppUser.role).where(
                AppUser.active.is_(True)
            )
        ).all()
    accounts = [LinkableAccount(i, u, n or u, r) for i, u, n, r in rows]
    accounts.sort(key=lambda a: (a.role != Role.CALEOL_MEMBER.value, fold(a.full_name), a.username))
    return accounts
