"""What a letter template sees: fields built from a tenant file, the organisation
profile, the signatory and the letter's own data (reference, date, subject...).

Field names are French: agency staff write them in Word (``{{ locataire.nom }}``).
``FIELD_HELP`` documents each of them; the field reference page is generated from it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from desktop.documents.files import safe_filename
from desktop.documents.profile import OrganisationProfile, Signatory
from desktop.domain.address import PostalAddress, build_address
from desktop.domain.formatting import format_long_date_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.tenant import (
    MAIL_FIELDS,
    DwellingData,
    LeaseData,
    OccupantData,
    TenantFileData,
)
from desktop.domain.text import name_key, surname_caps

APPLICATION_PURPOSE = (
    "l'instruction de votre demande de logement social et son examen par la "
    "commission d'attribution"
)
REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U


@dataclass(frozen=True)
class ImageRef:
    """An image to insert (logo, scanned signature), width in millimetres."""

    path: Path
    width_mm: float

    def __str__(self) -> str:  # never shown: replaced by the engine before rendering
        return ""


@dataclass(frozen=True)
class LetterInfo:
    reference: str
    date: dt.date
    subject: str = ""
    registered_mail: bool = False
    registered_number: str = ""
    attachments: tuple[str, ...] = ()
    handled_by: str = ""
    place: str = ""


def new_reference(agency_code: str, on: dt.date) -> str:
    """``BXN-2026-7KQ3M9``: agency, year and six random base-32 characters
    (unique without a shared counter; the register has a unique constraint)."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    # The reference starts the names of the letter's files: an agency code such as
    # "NORD/EST" or "ST:DENIS" would make a folder, or a name Windows refuses.
    prefix = safe_filename(agency_code, 6, fallback="DOC").upper()
    return f"{prefix}-{on.year}-{code}"


def salutation(occupants: list[OccupantData]) -> tuple[str, str]:
    """(``Madame``/``Monsieur``/``Mesdames``/``Messieurs``/``Madame, Monsieur``, formula
    ending with a comma): two women holding the lease are « Mesdames »; two women and a
    man « Mesdames, Monsieur », a woman and two men « Madame, Messieurs »."""
    holders = [o for o in occupants if o.is_titular] or occupants
    civs = [o.civility for o in holders]
    women, men = civs.count("Mme"), civs.count("M.")
    if women + men < len(civs):  # a civility unknown: both, as to anybody
        word = "Madame, Monsieur"
    else:
        words = (
            ("Mesdames" if women > 1 else "Madame") if women else "",
            ("Messieurs" if men > 1 else "Monsieur") if men else "",
        )
        word = ", ".join(w for w in words if w)
    return word, f"{word},"


def tenant_address(data: TenantFileData) -> PostalAddress:
    """The block of a letter to the file's holders (after ``addressed_to``: the
    addressees): at their correspondence address when they all have the same one (a
    holder's own letter, when he no longer lives in the dwelling), else at the dwelling
    (docs/domain.md#correspondence-address)."""
    titulars = [o for o in data.occupants if o.is_titular] or data.occupants[:1]
    names = [(o.civility, o.first_name, o.last_name) for o in titulars]
    elsewhere = mail_address(titulars)
    if elsewhere is not None:
        street, complement, postcode, city = elsewhere
        return build_address(
            names, complement=complement, street=street, postcode=postcode, city=city
        )
    dw = data.dwelling
    building = " ".join(p for p in (dw.building, dw.programme) if p)
    return build_address(
        names,
        complement=dw.address_complement,
        building=building,
        street=dw.address_line,
        postcode=dw.postcode,
        city=dw.city,
    )


def mail_address(people: list[OccupantData]) -> tuple[str, str, str, str] | None:
    """The correspondence address ``people`` share, None when one of them has none or
    theirs differ (a letter to them all goes to the dwelling)."""
    found = {o.mail_address if o.lives_elsewhere else None for o in people}
    return found.pop() if len(found) == 1 else None


def _occupant(o: OccupantData) -> dict:
    return {
        "civilite": o.civility,
        "prenom": o.first_name,
        "nom": surname_caps(o.last_name),
        "nom_complet": o.full_name,
        "date_naissance": o.birth_date,
        "titulaire": o.is_titular,
    }


def lease_holders(data: TenantFileData) -> list[OccupantData]:
    """Every holder of the lease (the first occupant when none is marked)."""
    return [o for o in data.occupants if o.is_titular] or data.occupants[:1]


def addressed_to(data: TenantFileData, addressees: list[OccupantData]) -> TenantFileData:
    """The file as a letter to ``addressees`` alone sees it (a notice given by one of
    several co-tenants): they are its lease holders, first, named as given (one may have
    left the file since); the other occupants are not holders for this letter."""
    chosen = _keys(addressees)
    # Where each addressee receives his letters: the file's record of him, when he is
    # still in it (the addressees of a notice are given by their names alone).
    recorded = {name_key(o.last_name, o.first_name): o for o in data.occupants}
    out = data.copy()
    out.occupants = [
        replace(
            a, is_titular=True, **_mail_fields(recorded.get(name_key(a.last_name, a.first_name), a))
        )
        for a in addressees
    ] + [
        replace(o, is_titular=False)
        for o in data.occupants
        if name_key(o.last_name, o.first_name) not in chosen
    ]
    return out


def _mail_fields(o: OccupantData) -> dict[str, str]:
    return {name: getattr(o, name) for name in MAIL_FIELDS}


def other_holders(data: TenantFileData, addressees: list[OccupantData]) -> list[OccupantData]:
    """The lease's holders a letter to ``addressees`` alone does not go to (the
    co-debtors a letter to each holder names)."""
    chosen = _keys(addressees)
    return [o for o in lease_holders(data) if name_key(o.last_name, o.first_name) not in chosen]


def _keys(people: list[OccupantData]) -> set[str]:
    return {name_key(p.last_name, p.first_name) for p in people}


def join_fr(items: list[str]) -> str:
    """``A``, ``A et B``, ``A, B et C``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def agreement(civilities: list[str]) -> str:
    """The ending a past participle or adjective takes for these people: ``""`` (one
    man), ``"e"`` (one woman), ``"(e)"`` (one person whose civility is unknown),
    ``"s"`` (several, one man at least) or ``"es"`` (several women)."""
    feminine = bool(civilities) and all(c == "Mme" for c in civilities)
    if len(civilities) > 1:
        return "es" if feminine else "s"
    if civilities and civilities[0] not in ("M.", "Mme"):
        return "(e)"  # civility unknown: both forms
    return "e" if feminine else ""


def holders_fields(holders: list[OccupantData]) -> dict:
    """What templates need to name every lease holder and agree with them."""
    civs = [o.civility for o in holders]
    ending = agreement(civs)
    plural = len(holders) > 1
    return {
        "noms_complets": join_fr([o.full_name for o in holders]),
        "nombre": len(holders),
        "accord": ending,
        "designation": (
            "les locataires" if plural else "la locataire" if ending == "e" else "le locataire"
        ),
        "designation_occupant": (
            "les occupants"
            if plural and ending == "s"
            else "les occupantes"
            if plural
            else "l'occupante"
            if ending == "e"
            else "l'occupant"
        ),
    }


# The dwelling as the templates name it (« logement.commune »): template name -> attribute.
DWELLING_FIELDS = {
    "reference": "reference",
    "adresse": "address",
    "voie": "address_line",
    "complement": "address_complement",
    "code_postal": "postcode",
    "commune": "city",
    "type": "dwelling_type",
    "surface": "surface",
    "etage": "floor",
    "batiment": "building",
    "programme": "programme",
}


def _dwelling(dw: DwellingData) -> dict:
    return {name: getattr(dw, attribute) for name, attribute in DWELLING_FIELDS.items()}


def _lease(lease: LeaseData) -> dict:
    return {
        "contrat": lease.contract_number,
        "date_debut": lease.start_date,
        "loyer": lease.rent,
        "charges": lease.charges,
        "loyer_charges": lease.rent + lease.charges,
    }


def build_context(
    data: TenantFileData,
    *,
    profile: OrganisationProfile,
    letter: LetterInfo,
    agency_name: str = "",
    signatory: Signatory | None = None,
    free_fields: dict | None = None,
    address: PostalAddress | None = None,
    agency_town: str = "",
    co_holders: list[OccupantData] | None = None,
) -> dict:
    """The template's data. Raises ``ValidationError`` when the address cannot be made.

    ``agency_town``: the town of the file's agency as recorded in the base, for an
    agency the organisation profile does not describe. ``co_holders``: the lease's
    other holders, when the letter goes to some of them only (one letter per holder):
    ``locataire.cotitulaires`` names them."""
    address = address or tenant_address(data)
    titular = data.titular
    word, formula = salutation(data.occupants)
    agency_code = data.dwelling.agency_code
    contact = profile.agencies.get(agency_code.upper())
    # The sending agency's town, not the head office's.
    place = (
        letter.place
        or (contact.town if contact else "")
        or agency_town
        or profile.place
        or data.dwelling.city
    )
    sign = signatory or profile.signatory()
    holders = lease_holders(data)
    return {
        "bailleur": {
            "nom": profile.name,
            "forme_juridique": profile.legal_form,
            "adresse": "\n".join(profile.address),
            "adresse_lignes": list(profile.address),
            "telephone": profile.phone,
            "courriel": profile.email,
            "site": profile.website,
            "mentions_legales": profile.legal_mentions,
            "mentions_donnees": profile.privacy.text(profile.name),
            "mentions_donnees_demande": profile.privacy.text(profile.name, APPLICATION_PURPOSE),
            "logo": ImageRef(profile.logo, 38) if profile.logo else "",
        },
        "agence": {
            "code": agency_code,
            "nom": agency_name,
            "adresse": "\n".join(contact.address) if contact else "",
            "telephone": contact.phone if contact and contact.phone else profile.phone,
            "courriel": contact.email if contact and contact.email else profile.email,
            "horaires": contact.hours if contact else "",
        },
        "destinataire": {
            "adresse": address.text(),
            "lignes": list(address.lines),
            "civilite_longue": word,
            "formule_appel": formula,
            # Every holder, when the address block had no room to name them all.
            "titulaires": ""
            if address.names_everyone
            else holders_fields(holders)["noms_complets"],
        },
        "locataire": {
            "civilite": titular.civility,
            "prenom": titular.first_name,
            "nom": surname_caps(titular.last_name),
            "nom_complet": titular.full_name,
            "occupants": [_occupant(o) for o in data.occupants],
            **holders_fields(holders),
            "cotitulaires": join_fr([o.full_name for o in co_holders or []]),
            "solde": data.balance,
            "bail": _lease(data.lease),
            "logement": _dwelling(data.dwelling),
        },
        "locataires": [_occupant(o) for o in holders],
        "lettre": {
            "reference": letter.reference,
            "date": letter.date,
            "lieu": place,
            "lieu_date": f"{place}, le {format_long_date_fr(letter.date)}",
            "objet": letter.subject,
            "recommandee": letter.registered_mail,
            "numero_recommande": letter.registered_number,
            "pieces_jointes": list(letter.attachments),
            "affaire_suivie_par": letter.handled_by,
        },
        "signataire": {
            "nom": sign.name if sign else "",
            "fonction": sign.title if sign else "",
            "signature": ImageRef(sign.signature, 40) if sign and sign.signature else "",
        },
        "champs": dict(free_fields or {}),
        "aujourd_hui": letter.date,
    }


# Help for the field reference page (French, shown to staff).
FIELD_HELP: dict[str, str] = {
    "bailleur.nom": QT_TRANSLATE_NOOP("messages", "Nom du bailleur (profil de l'organisme)"),
    "bailleur.forme_juridique": QT_TRANSLATE_NOOP("messages", "Forme juridique"),
    "bailleur.adresse": QT_TRANSLATE_NOOP("messages", "Adresse du siège, sur plusieurs lignes"),
    "bailleur.adresse_lignes": QT_TRANSLATE_NOOP("messages", "Adresse du siège, liste de lignes"),
    "bailleur.telephone": QT_TRANSLATE_NOOP("messages", "Téléphone du standard"),
    "bailleur.courriel": QT_TRANSLATE_NOOP("messages", "Adresse e-mail générale"),
    "bailleur.site": QT_TRANSLATE_NOOP("messages", "Site internet"),
    "bailleur.mentions_legales": QT_TRANSLATE_NOOP(
        "messages", "Mentions légales (forme, capital, RCS, siège)"
    ),
    "bailleur.mentions_donnees": QT_TRANSLATE_NOOP(
        "messages",
        "Mention sur les données personnelles : responsable, DPO, droits, CNIL (profil, [donnees_personnelles])",
    ),
    "bailleur.mentions_donnees_demande": QT_TRANSLATE_NOOP(
        "messages",
        "La même mention pour un demandeur de logement (instruction de la demande, commission d'attribution)",
    ),
    "bailleur.logo": QT_TRANSLATE_NOOP("messages", "Logo (image)"),
    "agence.code": QT_TRANSLATE_NOOP("messages", "Code de l'agence du logement"),
    "agence.nom": QT_TRANSLATE_NOOP("messages", "Nom de l'agence"),
    "agence.adresse": QT_TRANSLATE_NOOP("messages", "Adresse de l'agence, sur plusieurs lignes"),
    "agence.telephone": QT_TRANSLATE_NOOP("messages", "Téléphone de l'agence"),
    "agence.courriel": QT_TRANSLATE_NOOP("messages", "E-mail de l'agence"),
    "agence.horaires": QT_TRANSLATE_NOOP("messages", "Horaires d'accueil de l'agence"),
    "destinataire.adresse": QT_TRANSLATE_NOOP(
        "messages", "Bloc adresse NF Z10-011 (6 lignes au plus)"
    ),
    "destinataire.lignes": QT_TRANSLATE_NOOP("messages", "Bloc adresse, liste de lignes"),
    "destinataire.titulaires": QT_TRANSLATE_NOOP(
        "messages",
        "Tous les titulaires du bail quand le bloc adresse n'a pas la place de les nommer (vide sinon)",
    ),
    "destinataire.civilite_longue": QT_TRANSLATE_NOOP(
        "messages", "Madame / Monsieur / Mesdames / Messieurs / Madame, Monsieur"
    ),
    "destinataire.formule_appel": QT_TRANSLATE_NOOP(
        "messages", "Formule d'appel avec virgule (« Madame, »)"
    ),
    "locataire.civilite": QT_TRANSLATE_NOOP("messages", "Civilité du titulaire (M. / Mme)"),
    "locataire.prenom": QT_TRANSLATE_NOOP("messages", "Prénom du titulaire"),
    "locataire.nom": QT_TRANSLATE_NOOP("messages", "Nom du titulaire, en majuscules"),
    "locataire.nom_complet": QT_TRANSLATE_NOOP("messages", "Civilité, prénom et NOM du titulaire"),
    "locataire.occupants": QT_TRANSLATE_NOOP(
        "messages",
        "Occupants (liste : civilite, prenom, nom, nom_complet, date_naissance, titulaire)",
    ),
    "locataire.noms_complets": QT_TRANSLATE_NOOP(
        "messages", "Tous les titulaires du bail : « M. Yves MARIN et Mme Josette LEGROS »"
    ),
    "locataire.nombre": QT_TRANSLATE_NOOP("messages", "Nombre de titulaires du bail"),
    "locataire.cotitulaires": QT_TRANSLATE_NOOP(
        "messages",
        "Les autres titulaires du bail, quand le courrier n'est adressé qu'à certains (un courrier par titulaire) : « M. Yves MARIN » (vide sinon)",
    ),
    "locataire.accord": QT_TRANSLATE_NOOP(
        "messages",
        "Terminaison d'accord avec les titulaires : « », « e », « s » ou « es » (engagé{{ locataire.accord }})",
    ),
    "locataire.designation": QT_TRANSLATE_NOOP(
        "messages", "« le locataire », « la locataire » ou « les locataires »"
    ),
    "locataire.designation_occupant": QT_TRANSLATE_NOOP(
        "messages", "« l'occupant », « l'occupante » ou « les occupants » (bail résilié)"
    ),
    "locataires": QT_TRANSLATE_NOOP(
        "messages",
        "Titulaires du bail (liste : civilite, prenom, nom, nom_complet, date_naissance) ; un bloc de signature chacun",
    ),
    "locataire.solde": QT_TRANSLATE_NOOP(
        "messages", "Solde du compte (positif : dette du locataire)"
    ),
    "locataire.bail.contrat": QT_TRANSLATE_NOOP("messages", "Numéro de contrat"),
    "locataire.bail.date_debut": QT_TRANSLATE_NOOP("messages", "Date de début du bail"),
    "locataire.bail.loyer": QT_TRANSLATE_NOOP("messages", "Loyer hors charges"),
    "locataire.bail.charges": QT_TRANSLATE_NOOP("messages", "Provisions sur charges"),
    "locataire.bail.loyer_charges": QT_TRANSLATE_NOOP("messages", "Loyer charges comprises"),
    "locataire.logement.reference": QT_TRANSLATE_NOOP("messages", "Référence du logement"),
    "locataire.logement.adresse": QT_TRANSLATE_NOOP(
        "messages", "Adresse du logement sur une ligne"
    ),
    "locataire.logement.voie": QT_TRANSLATE_NOOP("messages", "Numéro et voie"),
    "locataire.logement.complement": QT_TRANSLATE_NOOP("messages", "Complément d'adresse"),
    "locataire.logement.code_postal": QT_TRANSLATE_NOOP("messages", "Code postal"),
    "locataire.logement.commune": QT_TRANSLATE_NOOP("messages", "Commune"),
    "locataire.logement.type": QT_TRANSLATE_NOOP("messages", "Type (T1 à T6)"),
    "locataire.logement.surface": QT_TRANSLATE_NOOP("messages", "Surface en m²"),
    "locataire.logement.etage": QT_TRANSLATE_NOOP("messages", "Étage"),
    "locataire.logement.batiment": QT_TRANSLATE_NOOP("messages", "Bâtiment"),
    "locataire.logement.programme": QT_TRANSLATE_NOOP("messages", "Programme / résidence"),
    "lettre.reference": QT_TRANSLATE_NOOP("messages", "Référence du courrier (registre)"),
    "lettre.date": QT_TRANSLATE_NOOP("messages", "Date du courrier"),
    "lettre.lieu": QT_TRANSLATE_NOOP("messages", "Lieu d'émission"),
    "lettre.lieu_date": QT_TRANSLATE_NOOP("messages", "« Bordeaux, le 23 novembre 2026 »"),
    "lettre.objet": QT_TRANSLATE_NOOP("messages", "Objet du courrier"),
    "lettre.recommandee": QT_TRANSLATE_NOOP(
        "messages", "Envoi en recommandé avec AR (vrai / faux)"
    ),
    "lettre.numero_recommande": QT_TRANSLATE_NOOP(
        "messages", "Numéro du recommandé, s'il est connu"
    ),
    "lettre.pieces_jointes": QT_TRANSLATE_NOOP("messages", "Pièces jointes (liste)"),
    "lettre.affaire_suivie_par": QT_TRANSLATE_NOOP("messages", "Personne qui suit le dossier"),
    "signataire.nom": QT_TRANSLATE_NOOP("messages", "Nom du signataire"),
    "signataire.fonction": QT_TRANSLATE_NOOP("messages", "Fonction du signataire"),
    "signataire.signature": QT_TRANSLATE_NOOP("messages", "Signature scannée (image)"),
    "champs": QT_TRANSLATE_NOOP("messages", "Champs libres du modèle (champs.nom_du_champ)"),
    "signatures": QT_TRANSLATE_NOOP(
        "messages",
        "Protocole de crise : signatures enregistrées, par association "
        "(signatures[nom].signataire, .qualite, .date) ; absent ailleurs, à lire avec "
        "(signatures|default({})).get(nom)",
    ),
    "aujourd_hui": QT_TRANSLATE_NOOP("messages", "Date du jour"),
}

FILTER_HELP: dict[str, str] = {
    "date_fr": QT_TRANSLATE_NOOP("messages", "Date en toutes lettres : 1er mars 2026"),
    "date_num": QT_TRANSLATE_NOOP("messages", "Date numérique : 01/03/2026"),
    "euros": QT_TRANSLATE_NOOP("messages", "Montant : 1 234,56 €"),
    "nombre": QT_TRANSLATE_NOOP("messages", "Nombre à la française : 64,50"),
    "en_lettres": QT_TRANSLATE_NOOP(
        "messages",
        "Montant en toutes lettres : mille deux cent trente-quatre euros et cinquante-six centimes",
    ),
    "majuscules_postales": QT_TRANSLATE_NOOP("messages", "Majuscules sans accent ni ponctuation"),
    "typo": QT_TRANSLATE_NOOP(
        "messages", "Espaces typographiques françaises (appliquées d'office à tout le courrier)"
    ),
    "de": QT_TRANSLATE_NOOP(
        "messages", "« de » contracté ou élidé : le FSL → du FSL, octobre → d'octobre"
    ),
    "au": QT_TRANSLATE_NOOP(
        "messages", "« à » contracté : le FSL → au FSL, les locataires → aux locataires"
    ),
    "pluriel": QT_TRANSLATE_NOOP(
        "messages", "Nombre et nom accordé : 3|pluriel('échéance') → 3 échéances"
    ),
    "nombre_en_lettres": QT_TRANSLATE_NOOP("messages", "Nombre entier en lettres : 3 → trois"),
    "liste": QT_TRANSLATE_NOOP("messages", "Texte « A, B et C » en liste (pour une boucle)"),
    "blocs": QT_TRANSLATE_NOOP(
        "messages", "Paragraphes en liste de titre et texte (pour une boucle)"
    ),
    "minuscule": QT_TRANSLATE_NOOP(
        "messages",
        "Initiale en minuscule dans une phrase : Perte d'emploi → perte d'emploi (sigles gardés)",
    ),
    "paragraphes": QT_TRANSLATE_NOOP(
        "messages", "Texte en paragraphes Word (une ligne vide sépare deux paragraphes)"
    ),
    "paragraphes_sauf_dernier": QT_TRANSLATE_NOOP(
        "messages",
        "Les mêmes paragraphes sans le dernier, qu'écrit dernier_paragraphe dans un paragraphe lié à la formule de politesse (jamais seule en haut d'une page)",
    ),
    "dernier_paragraphe": QT_TRANSLATE_NOOP(
        "messages", "Le dernier paragraphe du texte (voir paragraphes_sauf_dernier)"
    ),
}


def sample_tenant() -> TenantFileData:
    """A fictitious household for previews and template checks."""
    return TenantFileData(
        occupants=[
            OccupantData("Dupont", "Élodie", "Mme", dt.date(1950, 3, 14), is_titular=True),
            OccupantData("Dupont", "Jean", "M.", dt.date(1948, 7, 2), is_titular=True),
        ],
        lease=LeaseData("BX-2024-00123", dt.date(2019, 9, 1), Decimal("412.50"), Decimal("85.20")),
        dwelling=DwellingData(
            reference="LGT-000123",
            address_line="12 rue des Lilas",
            postcode="33000",
            city="Bordeaux",
            address_complement="Appartement 24, 2e étage",
            dwelling_type="T3",
            surface=Decimal("64.50"),
            floor=2,
            building="Bât. B",
            programme="Résidence Les Lilas",
            agency_code="BXN",
        ),
        balance=Decimal("1234.56"),
    )


def flatten(context: dict, prefix: str = "") -> dict[str, object]:
    """``{"a.b": value}`` for every leaf of the context (lists and images are leaves)."""
    out: dict[str, object] = {}
    for key, value in context.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict) and key != "champs":
            out.update(flatten(value, path))
        else:
            out[path] = value
    return out
