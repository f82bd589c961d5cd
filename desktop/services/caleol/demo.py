"""A realistic CALEOL for the demonstration base (issue 7).

``create_demo_session`` builds, through the CALEOL services (so every rule and audit
applies), the commission of the Bordeaux agencies: 6 members designated by the board
(one tenant representative, the president among them), the mayor's representative for
Bordeaux, the prefect's representative, the EPCI president, two advisory members; then
a videoconference session with 5 dwellings of 3 candidates each, attendance and a
proxy, a conflict of interest, the votes (one tie broken by the mayor's casting vote)
and a decision of every kind; the session ends at 16 h 20 and has a designated
secretary (``DEMO_SECRETARY``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    MemberRole,
    PriorityCriterion,
    SessionMode,
    Vote,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import local_to_utc
from desktop.services import caleol
from desktop.services.caleol import (
    CandidateData,
    CommissionData,
    DwellingItemData,
    MemberData,
    SessionData,
    VoteEntry,
)
from desktop.services.context import Actor, system_actor, today
from desktop.storage.caleol_models import Commission
from desktop.storage.db import Database
from desktop.storage.models import Agency, AppUser

COMMISSION_NAME = "CALEOL Bordeaux Métropole"
TECHNICAL_MEANS = (
    "Visioconférence Teams, identification par lien nominatif envoyé à "
    "chaque membre ; vote nominatif par appel en séance"
)

# key, role, civility, first name, last name, organisation, commune, e-mail
MEMBERS = (
    (
        "lefevre",
        MemberRole.DESIGNE,
        "Mme",
        "Catherine",
        "Lefèvre",
        "Administratrice, conseil d'administration",
        "",
        "c.lefevre@parcours-habitat.fr",
    ),
    (
        "dubois",
        MemberRole.DESIGNE,
        "M.",
        "Jean-Marc",
        "Dubois",
        "Administrateur, conseil d'administration",
        "",
        "jm.dubois@parcours-habitat.fr",
    ),
    (
        "benali",
        MemberRole.DESIGNE,
        "Mme",
        "Nadia",
        "Benali",
        "Administratrice, conseil d'administration",
        "",
        "n.benali@parcours-habitat.fr",
    ),
    (
        "garnier",
        MemberRole.DESIGNE,
        "M.",
        "Philippe",
        "Garnier",
        "Administrateur, conseil d'administration",
        "",
        "p.garnier@parcours-habitat.fr",
    ),
    (
        "marchand",
        MemberRole.DESIGNE,
        "Mme",
        "Sophie",
        "Marchand",
        "Administratrice, conseil d'administration",
        "",
        "s.marchand@parcours-habitat.fr",
    ),
    (
        "haddad",
        MemberRole.REPR_LOCATAIRES,
        "M.",
        "Karim",
        "Haddad",
        "Représentant des locataires (CNL Gironde)",
        "",
        "k.haddad@cnl33.fr",
    ),
    (
        "castaing",
        MemberRole.MAIRE,
        "M.",
        "Laurent",
        "Castaing",
        "Adjoint au maire de Bordeaux chargé du logement",
        "Bordeaux",
        "l.castaing@mairie-bordeaux.fr",
    ),
    (
        "roussel",
        MemberRole.PREFET,
        "Mme",
        "Hélène",
        "Roussel",
        "DDETS de la Gironde, représentante du préfet",
        "",
        "helene.roussel@gironde.gouv.fr",
    ),
    (
        "lacoste",
        MemberRole.PRESIDENT_EPCI,
        "M.",
        "Bernard",
        "Lacoste",
        "Vice-président de Bordeaux Métropole",
        "Bordeaux, Mérignac, Pessac, Talence, Bègles, Lormont, Cenon",
        "b.lacoste@bordeaux-metropole.fr",
    ),
    (
        "moreau",
        MemberRole.CONSULT_ASSO_L365_3,
        "Mme",
        "Claire",
        "Moreau",
        "Habitat et Humanisme Gironde (association agréée L365-3)",
        "",
        "c.moreau@habitat-humanisme.org",
    ),
    (
        "petit",
        MemberRole.CONSULT_CCAS,
        "M.",
        "Thomas",
        "Petit",
        "CCAS de Bordeaux",
        "",
        "t.petit@ccas-bordeaux.fr",
    ),
)

DWELLINGS = (
    DwellingItemData(
        reference="LGT-BX-0412",
        address="14 rue Camille Godard",
        postcode="33000",
        commune="Bordeaux",
        dwelling_type="T3",
        surface=Decimal("67.40"),
        floor=2,
        rent=Decimal("452.30"),
        charges=Decimal("96.00"),
        accessibility="Ascenseur ; 2e étage",
        funding="PLUS",
        contingent="Contingent préfectoral",
    ),
    DwellingItemData(
        reference="LGT-BX-0877",
        address="8 cours de la Somme",
        postcode="33800",
        commune="Bordeaux",
        dwelling_type="T2",
        surface=Decimal("48.10"),
        floor=4,
        rent=Decimal("356.80"),
        charges=Decimal("71.50"),
        accessibility="Ascenseur",
        funding="PLAI",
        contingent="Action Logement",
    ),
    DwellingItemData(
        reference="LGT-BX-1203",
        address="27 rue Lucien Faure",
        postcode="33300",
        commune="Bordeaux",
        dwelling_type="T4",
        surface=Decimal("81.90"),
        floor=1,
        rent=Decimal("561.75"),
        charges=Decimal("118.40"),
        accessibility="Sans ascenseur ; 1er étage",
        funding="PLUS",
        contingent="Bailleur",
    ),
    DwellingItemData(
        reference="LGT-BX-1540",
        address="5 allée des Pins",
        postcode="33100",
        commune="Bordeaux",
        dwelling_type="T1",
        surface=Decimal("31.20"),
        floor=0,
        rent=Decimal("248.90"),
        charges=Decimal("52.00"),
        accessibility="Rez-de-chaussée, accessible aux personnes à mobilité réduite",
        funding="PLAI",
        contingent="Ville de Bordeaux",
    ),
    DwellingItemData(
        reference="LGT-MER-0231",
        address="112 avenue de la Marne",
        postcode="33700",
        commune="Mérignac",
        dwelling_type="T3",
        surface=Decimal("64.00"),
        floor=3,
        rent=Decimal("498.20"),
        charges=Decimal("88.60"),
        accessibility="Ascenseur ; balcon",
        funding="PLS",
        contingent="Bordeaux Métropole",
    ),
)

_P = PriorityCriterion

# Per dwelling: (civility, first, last, composition, adults, children, resources,
# effort %, reste à vivre/UC, criteria, current housing, application age in months)
CANDIDATES = (
    (
        (
            "Mme",
            "Amandine",
            "Roche",
            "Mère isolée, 2 enfants (6 et 9 ans)",
            1,
            2,
            "1645.00",
            "24.10",
            "512.30",
            (_P.MAL_LOGE,),
            "T1 de 28 m² dans le parc privé",
            26,
        ),
        (
            "M.",
            "Youssef",
            "El Amrani",
            "Couple, 1 enfant (3 ans)",
            2,
            1,
            "2210.00",
            "21.30",
            "598.70",
            (),
            "Hébergés chez les parents de Madame",
            19,
        ),
        (
            "Mme",
            "Patricia",
            "Vidal",
            "Personne seule",
            1,
            0,
            "1180.00",
            "41.20",
            "382.10",
            (),
            "Locataire parc privé, loyer 640 €",
            8,
        ),
    ),
    (
        (
            "M.",
            "Dylan",
            "Fournier",
            "Personne seule",
            1,
            0,
            "1320.00",
            "27.50",
            "561.00",
            (_P.SANS_LOGEMENT,),
            "Hébergé par un tiers",
            14,
        ),
        (
            "Mme",
            "Fatoumata",
            "Diallo",
            "Couple sans enfant",
            2,
            0,
            "1890.00",
            "22.40",
            "842.60",
            (),
            "Studio parc privé",
            11,
        ),
        (
            "M.",
            "Gérard",
            "Lambert",
            "Personne seule",
            1,
            0,
            "2980.00",
            "14.40",
            "1905.30",
            (),
            "Locataire parc privé",
            4,
        ),
    ),
    (
        (
            "Mme",
            "Élise",
            "Bonnet",
            "Couple, 3 enfants (2, 7 et 11 ans)",
            2,
            3,
            "2750.00",
            "25.70",
            "498.40",
            (_P.MINEUR_SUROCCUPE,),
            "T2 de 41 m² sur-occupé",
            31,
        ),
        (
            "M.",
            "Mickaël",
            "Perrin",
            "Père isolé, 2 enfants",
            1,
            2,
            "1710.00",
            "33.80",
            "401.20",
            (),
            "T3 parc privé",
            9,
        ),
        (
            "Mme",
            "Sandrine",
            "Guerin",
            "Couple, 2 enfants",
            2,
            2,
            "3120.00",
            "18.20",
            "912.00",
            (),
            "T3 parc social (mutation)",
            17,
        ),
    ),
    (
        (
            "M.",
            "Henri",
            "Blanchard",
            "Personne seule, 78 ans, fauteuil roulant",
            1,
            0,
            "1095.00",
            "22.70",
            "532.40",
            (_P.HANDICAP,),
            "Appartement au 3e sans ascenseur",
            22,
        ),
        (
            "Mme",
            "Josiane",
            "Faure",
            "Personne seule, 71 ans",
            1,
            0,
            "980.00",
            "25.40",
            "446.10",
            (_P.DALO,),
            "Hébergée en résidence sociale",
            40,
        ),
        (
            "M.",
            "Kevin",
            "Morel",
            "Personne seule",
            1,
            0,
            "1250.00",
            "19.90",
            "702.80",
            (),
            "Logé chez ses parents",
            6,
        ),
    ),
    (
        (
            "Mme",
            "Laetitia",
            "Girard",
            "Couple, 1 enfant (1 an)",
            2,
            1,
            "2640.00",
            "22.20",
            "861.50",
            (),
            "T2 parc privé",
            13,
        ),
        (
            "M.",
            "Samir",
            "Bensaïd",
            "Couple, 2 enfants",
            2,
            2,
            "2480.00",
            "23.70",
            "602.30",
            (_P.VIOLENCES,),
            "Hébergement d'urgence",
            7,
        ),
        (
            "Mme",
            "Nathalie",
            "Rey",
            "Personne seule",
            1,
            0,
            "1410.00",
            "41.60",
            "301.20",
            (),
            "Locataire parc privé",
            5,
        ),
    ),
)

# Votes per candidate, in order: lefevre, dubois, benali, garnier, marchand (by proxy),
# haddad, roussel, castaing (mayor, Bordeaux dwellings only). P/C/A.
VOTES = (
    ("PPPPPPPP", "PPPPPPAP", "CCCCPCCC"),
    # the tie: 3 pour, 4 contre + the mayor pour = 4-4, casting vote: adopted
    ("PCPCPCCP", "CCCCCACC", "CCCCCCCC"),
    ("PPPPPPPP", "CCCPCCCC", "CCACCCCC"),
    ("PPPPPPPP", "PPPPPPPP", "PPPPAPPP"),
    # Mérignac: the mayor of Bordeaux does not vote; Benali in conflict on the 2nd
    ("PPPPPPP", "CC-CCCC", "CCCCCCC"),
)

DECISIONS = (
    (
        (Decision.ATTRIBUTION_RANG, 1, None, None),
        (Decision.ATTRIBUTION_RANG, 2, None, None),
        (
            Decision.NON_ATTRIBUTION,
            None,
            None,
            "Taux d'effort trop élevé (41 %) au regard des ressources du ménage",
        ),
    ),
    (
        (Decision.ATTRIBUTION, None, None, None),
        (
            Decision.NON_ATTRIBUTION,
            None,
            None,
            "Candidat prioritaire retenu pour ce logement ; demande maintenue",
        ),
        (
            Decision.IRRECEVABILITE,
            None,
            None,
            "Ressources supérieures aux plafonds PLAI applicables au logement",
        ),
    ),
    (
        (
            Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
            None,
            "Avis d'imposition de l'année précédente",
            None,
        ),
        (
            Decision.NON_ATTRIBUTION,
            None,
            None,
            "Logement inadapté à la composition familiale (T4 pour 3 personnes, sous-occupation)",
        ),
        (
            Decision.NON_ATTRIBUTION,
            None,
            None,
            "Ménage déjà logé dans le parc social, mutation non prioritaire",
        ),
    ),
    (
        (Decision.ATTRIBUTION_RANG, 1, None, None),
        (Decision.ATTRIBUTION_RANG, 2, None, None),
        (Decision.ATTRIBUTION_RANG, 3, None, None),
    ),
    (
        (Decision.ATTRIBUTION, None, None, None),
        (
            Decision.NON_ATTRIBUTION,
            None,
            None,
            "Ressources insuffisantes pour ce logement PLS ; orientation vers un logement PLUS",
        ),
        (Decision.NON_ATTRIBUTION, None, None, "Taux d'effort de 41,6 % trop élevé"),
    ),
)

#: the demonstration base's account of the commission's president (she signs)
DEMO_PRESIDENT_ACCOUNT = "presidente.caleol"
#: the demonstration base's member account, linked to Jean-Marc Dubois's seat: a
#: member-only account reads only the commissions where it sits
DEMO_MEMBER_ACCOUNT = "membre.caleol"
#: the demo session's designated secretary (named in the minutes)
DEMO_SECRETARY = "Mme Claire Vasseur"

_VOTE_CODES = {"P": Vote.POUR, "C": Vote.CONTRE, "A": Vote.ABSTENTION}
_VOTERS = ("lefevre", "dubois", "benali", "garnier", "marchand", "haddad", "roussel", "castaing")


def _utc(day: dt.date, hour: int, minute: int) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time(hour, minute))
    return local_to_utc(local)


def has_caleol(db: Database) -> bool:
    with db.reader() as session:
        return bool(session.scalar(select(func.count()).select_from(Commission)))


def create_demo_session(db: Database, actor: Actor, on: dt.date | None = None) -> int:
    """Create the demo commission and its session (see module doc); return the session id."""
    day = on or today()
    with db.reader() as session:
        agency_id = session.scalar(select(Agency.id).where(Agency.code == "BXN"))
    cid = caleol.create_commission(
        db,
        actor,
        CommissionData(
            name=COMMISSION_NAME,
            territory="Bordeaux Métropole (agences Bordeaux Nord et Sud, Mérignac, Pessac)",
            agency_id=agency_id,
            reglement_version="Règlement intérieur adopté par le conseil d'administration du "
            "14/03/2024 (version 3) : séances dématérialisées autorisées, quorum de 3 membres "
            "désignés, un pouvoir par membre",
            technical_means_default=TECHNICAL_MEANS,
        ),
    )
    # The demo base's president account signs the minutes as herself (issue 13); its
    # member account sits as Jean-Marc Dubois.
    with db.reader() as session:
        users: dict[str, int] = {
            username: user_id
            for username, user_id in session.execute(
                select(AppUser.username, AppUser.id).where(
                    AppUser.username.in_((DEMO_PRESIDENT_ACCOUNT, DEMO_MEMBER_ACCOUNT))
                )
            )
        }
    linked = {"lefevre": DEMO_PRESIDENT_ACCOUNT, "dubois": DEMO_MEMBER_ACCOUNT}
    ids: dict[str, int] = {}
    for key, role, civility, first, last, organisation, commune, email in MEMBERS:
        ids[key] = caleol.add_member(
            db,
            actor,
            cid,
            MemberData(
                role=role,
                civility=civility,
                first_name=first,
                last_name=last,
                organisation=organisation,
                commune=commune,
                email=email,
                mandate_start=dt.date(day.year - 1, 1, 1) if role.designated else None,
                is_president=key == "lefevre",
                app_user_id=users.get(linked.get(key, "")),
            ),
        )

    sid = caleol.create_session(
        db,
        actor,
        cid,
        SessionData(
            number=f"{day.year}-{day.month:02d}",
            session_date=day,
            mode=SessionMode.VISIO,
            start_time=dt.time(14, 0),
            end_time=dt.time(16, 20),
            secretary_name=DEMO_SECRETARY,
            technical_means=TECHNICAL_MEANS,
        ),
    )
    for key in ("lefevre", "dubois", "benali", "garnier", "haddad", "castaing", "roussel", "petit"):
        caleol.set_attendance(
            db, actor, sid, ids[key], AttendanceMode.DISTANCE, connected_at=_utc(day, 13, 55)
        )
    caleol.set_proxy(
        db,
        actor,
        sid,
        ids["marchand"],
        ids["lefevre"],
        note="Pouvoir reçu par courriel la veille de la séance",
    )
    caleol.set_attendance(db, actor, sid, ids["lacoste"], AttendanceMode.ABSENT, note="Excusé")
    caleol.set_attendance(db, actor, sid, ids["moreau"], AttendanceMode.ABSENT, note="Excusée")

    items: list[tuple[int, list[int]]] = []
    serial = 1
    for d_index, dwelling in enumerate(DWELLINGS):
        item = caleol.add_dwelling_item(db, actor, sid, dwelling)
        candidate_ids = []
        for (
            civ,
            first,
            last,
            composition,
            adults,
            children,
            resources,
            effort,
            rest,
            criteria,
            housing,
            months,
        ) in CANDIDATES[d_index]:
            saved = caleol.add_candidate(
                db,
                actor,
                item.id,
                CandidateData(
                    numero_unique=f"033{day.year % 100:02d}{(serial * 7919) % 10**7:07d}",
                    civility=civ,
                    first_name=first,
                    last_name=last,
                    household_composition=composition,
                    adults=adults,
                    children=children,
                    monthly_resources=Decimal(resources),
                    effort_rate=Decimal(effort),
                    remaining_income_per_unit=Decimal(rest),
                    priority_criteria=criteria,
                    current_housing=housing,
                    postal_address=f"{10 + serial} rue de la République\n33000 BORDEAUX",
                    application_date=day - dt.timedelta(days=30 * months),
                ),
            )
            candidate_ids.append(saved.id)
            serial += 1
        items.append((item.id, candidate_ids))

    # Nadia Benali knows the second household proposed for the Mérignac dwelling.
    caleol.add_conflict(
        db,
        actor,
        items[4][0],
        ids["benali"],
        note="Lien de voisinage avec le ménage candidat",
        candidate_id=items[4][1][1],
    )
    caleol.open_session(db, actor, sid)

    entries = []
    minute = 5
    for d_index, (_item_id, candidate_ids) in enumerate(items):
        for c_index, candidate_id in enumerate(candidate_ids):
            codes = VOTES[d_index][c_index]
            stamp = _utc(day, 14, minute)
            minute = min(minute + 4, 59)
            for voter, code in zip(_VOTERS, codes, strict=False):
                if code in _VOTE_CODES:
                    entries.append(VoteEntry(candidate_id, ids[voter], _VOTE_CODES[code], stamp))
    caleol.record_votes(db, actor, sid, entries)

    for d_index, (_item_id, candidate_ids) in enumerate(items):
        for c_index, candidate_id in enumerate(candidate_ids):
            decision, rank, document, reason = DECISIONS[d_index][c_index]
            deadline = (
                day + dt.timedelta(days=15)
                if decision is Decision.ATTRIBUTION_CONDITION_SUSPENSIVE
                else None
            )
            caleol.decide(
                db,
                actor,
                candidate_id,
                decision,
                rank=rank,
                condition_document=document,
                condition_deadline=deadline,
                reason=reason,
            )
    caleol.close_session(db, actor, sid)
    return sid


def ensure_demo_session(db: Database, actor: Actor | None = None) -> int | None:
    """The demo CALEOL, created once (nothing when a commission already exists)."""
    if has_caleol(db):
        return None
    try:
        return create_demo_session(db, actor or system_actor())
    except (UserError, DBAPIError):
        # Another process created it at the same time: use its commission.
        if has_caleol(db):
            return None
        raise
