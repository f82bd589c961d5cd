"""The organisation profile's rules (desktop/domain/organisation.py), without a
database: what the administrator may save, and the profile file's layout."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.organisation import (
    AgencyLetterhead,
    MailRelay,
    OrganisationData,
    from_table,
    to_table,
    town_of,
    validate_organisation,
)


def profile(**values) -> OrganisationData:
    base = {
        "name": "Habitat Gironde",
        "kind": "ESH",
        "siren": "552 100 554",
        "dpo": "dpo@habitat-gironde.fr",
        "address": "12 cours de l'Intendance\n33000 Bordeaux",
    }
    return OrganisationData(**{**base, **values})


def errors_of(data: OrganisationData, exists=None) -> dict[str, str]:
    try:
        validate_organisation(data, exists)
    except ValidationError as exc:
        return {k: str(v) for k, v in exc.fields.items()}
    return {}


def test_a_complete_profile_is_accepted():
    assert errors_of(profile()) == {}


def test_name_and_dpo_are_required():
    errors = errors_of(profile(name="  ", dpo=""))
    assert errors["name"] == "Indiquez le nom de l'organisme."
    assert "délégué à la protection des données" in errors["dpo"]


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 160), ("website", 160), ("dpo", 240), ("purpose", 300), ("legal_mentions", 1000)],
)
def test_text_limits(field, limit):
    assert errors_of(profile(**{field: "x" * limit})) == {}
    assert errors_of(profile(**{field: "x" * (limit + 1)}))[field] == f"{limit} caractères au plus."


def test_a_text_may_not_start_like_a_spreadsheet_formula():
    assert "Ne peut pas commencer" in errors_of(profile(website=" =HYPERLINK(1)"))["website"]


def test_kind_siren_and_siret():
    assert errors_of(profile(kind="SEM"))["kind"] == "Type d'organisme : ESH ou OPH."
    assert errors_of(profile(siren="55210055"))["siren"] == "Le SIREN compte 9 chiffres."
    assert errors_of(profile(siret="552 100 554 00012")) == {}
    assert errors_of(profile(siret="552.100.554.0001"))["siret"] == "Le SIRET compte 14 chiffres."
    # A company (ESH) prints its registration: SIREN or legal mentions required.
    assert "société (ESH)" in errors_of(profile(siren=""))["siren"]
    assert errors_of(profile(siren="", legal_mentions="SA d'HLM au capital de 1 €")) == {}
    # A public office (OPH) is not registered at the RCS.
    assert errors_of(profile(kind="OPH", siren="")) == {}


def test_postal_address_norm():
    six = "\n".join(f"Ligne {i}" for i in range(5)) + "\n33000 Bordeaux"
    assert errors_of(profile(address=six + "\n\n  ")) == {}
    assert errors_of(profile(address="A\n" + six))["address"] == "6 lignes d'adresse au plus."
    assert errors_of(profile(address="x" * 38)) == {}
    assert "38 caractères" in errors_of(profile(address="x" * 39))["address"]
    assert "Ne peut pas commencer" in errors_of(profile(address="1 rue\n@bureau"))["address"]


def test_phone_and_email():
    errors = errors_of(profile(phone="12", email="accueil@bailleur"))
    assert "téléphone incorrect" in errors["phone"]
    assert "Adresse électronique incorrecte" in errors["email"]
    assert errors_of(profile(phone="05 56 00 12 34", email=" accueil@bailleur.fr ")) == {}
    local = "a" * (160 - len("@bailleur.fr"))
    assert errors_of(profile(email=local + "@bailleur.fr")) == {}
    assert "email" in errors_of(profile(email="a" + local + "@bailleur.fr"))


def test_town_of_an_address():
    assert town_of("2 rue X\n33700 Mérignac Cedex 5\n") == "Mérignac"
    assert town_of("33000 Bordeaux\nBP 12") == "Bordeaux"
    assert town_of("2 rue X") == ""


def test_agency_letterheads():
    agencies = [
        AgencyLetterhead("BXN", address="1 rue A\n33000 Bordeaux"),
        AgencyLetterhead("MRG", place="Mérignac", hours="9 h - 17 h"),
        AgencyLetterhead("LIB"),  # nothing given: the organisation's letterhead
    ]
    assert errors_of(profile(agencies=agencies)) == {}
    agencies.append(AgencyLetterhead("BXN", address="1 rue B", phone="1"))
    errors = errors_of(profile(agencies=agencies))
    assert errors["agencies.BXN"] == "Agence en double."
    assert "Fait à" in errors["agencies.BXN.place"]
    assert "agencies.BXN.phone" in errors
    assert errors_of(profile(agencies=[AgencyLetterhead("X", place="p" * 81)])) == {
        "agencies.X.place": "80 caractères au plus."
    }


def relay(**values) -> MailRelay:
    return MailRelay(**{"host": "smtp.bailleur.fr", "sender": "caleol@bailleur.fr", **values})


@pytest.mark.parametrize(
    ("port", "refused"),
    [("", False), ("1", False), ("65535", False), ("0", True), ("65536", True), ("abc", True)],
)
def test_mail_port(port, refused):
    assert ("mail.port" in errors_of(profile(mail=relay(port=port)))) is refused


def test_mail_relay():
    assert errors_of(profile(mail=relay(port="587", password_variable="PARCOURS_SMTP"))) == {}
    errors = errors_of(profile(mail=relay(host="smtp bailleur", security="tls", sender=" ")))
    assert errors["mail.host"] == "Nom de serveur incorrect."
    assert errors["mail.security"] == "Sécurité : starttls ou ssl."
    assert "adresse d'expédition" in errors["mail.sender"]
    assert "mail.host" in errors_of(profile(mail=relay(host="s" * 254)))
    assert errors_of(profile(mail=relay(host="s" * 253))) == {}
    assert "mail.sender" in errors_of(profile(mail=relay(sender="caleol")))
    assert "mail.password_variable" in errors_of(profile(mail=relay(password_variable="1 MOT")))
    assert "mail.username" in errors_of(profile(mail=relay(username="=x")))
    # Without encryption only to the machine itself.
    assert "sans chiffrement" in errors_of(profile(mail=relay(security="aucune")))["mail.security"]
    assert errors_of(profile(mail=relay(host="127.0.0.1", security="aucune"))) == {}
    # Relay settings without a server.
    no_host = MailRelay(sender="caleol@bailleur.fr")
    assert "serveur de messagerie" in errors_of(profile(mail=no_host))["mail.host"]
    assert errors_of(profile(mail=MailRelay(security="ssl"))) == {}


def test_signing_certificate():
    assert errors_of(profile(signing_certificate="C:/certs/president.PFX")) == {}
    assert "p12" in errors_of(profile(signing_certificate="president.pem"))["signing_certificate"]
    missing = errors_of(profile(signing_certificate="a.p12"), exists=lambda path: False)
    assert missing["signing_certificate"] == "Fichier introuvable : a.p12"
    assert errors_of(profile(signing_certificate="a.p12"), exists=lambda path: True) == {}


def test_the_profile_table_round_trip_keeps_what_the_screen_does_not_edit():
    data = profile(
        name=" Habitat   Gironde ",
        agencies=[AgencyLetterhead("bxn", address="1 rue A\n\n33000 Bordeaux", place=" Bordeaux ")],
        mail=relay(port="587", security="ssl"),
    )
    keep = {
        "bailleur": {"logo": "logo.png"},
        "donnees_personnelles": {"texte": "Texte libre"},
        "agences": {"old": {"lieu": "Pessac"}},
        "messagerie": {"certificat_ca": "ca.pem", "delai": 30},
        "signataires": {"president": "M. X"},
    }
    table = to_table(data, keep)
    assert table["bailleur"]["nom"] == "Habitat Gironde"
    assert table["bailleur"]["logo"] == "logo.png"
    assert table["bailleur"]["adresse"] == ["12 cours de l'Intendance", "33000 Bordeaux"]
    assert table["donnees_personnelles"]["texte"] == "Texte libre"
    assert table["agences"]["BXN"]["adresse"] == ["1 rue A", "33000 Bordeaux"]
    assert table["agences"]["OLD"] == {"lieu": "Pessac"}
    assert table["messagerie"]["port"] == 587
    assert table["messagerie"]["delai"] == 30
    assert table["signataires"] == {"president": "M. X"}
    assert "enveloppe" not in table
    back = from_table(table, [("BXN", "Bordeaux Nord"), ("MRG", "Mérignac")])
    assert back.name == "Habitat Gironde"
    assert back.address == "12 cours de l'Intendance\n33000 Bordeaux"
    assert back.agencies[0] == AgencyLetterhead(
        "BXN", "Bordeaux Nord", "1 rue A\n33000 Bordeaux", "Bordeaux"
    )
    assert back.agencies[1] == AgencyLetterhead("MRG", "Mérignac")
    assert back.mail.port == "587" and back.mail.security == "ssl"


def test_a_profile_without_relay_or_values():
    table = to_table(profile())
    assert "messagerie" not in table and "logo" not in table["bailleur"]
    empty = from_table({"bailleur": {"nom": None}}, [])
    assert empty.name == "" and empty.kind == "ESH" and empty.mail.security == "starttls"
    assert to_table(profile(mail=relay()))["messagerie"].get("port") is None


@pytest.mark.parametrize(
    ("make", "key"),
    [
        (lambda v: profile(retention=v), "retention"),
        (lambda v: profile(controller=v), "controller"),
        (lambda v: profile(agencies=[AgencyLetterhead("BXN", hours=v)]), "agencies.BXN.hours"),
        (lambda v: profile(mail=relay(username=v)), "mail.username"),
        (lambda v: profile(mail=relay(sender_name=v)), "mail.sender_name"),
    ],
)
def test_short_texts_hold_160_characters(make, key):
    assert errors_of(make("x" * 160)) == {}
    assert errors_of(make("x" * 161)) == {key: "160 caractères au plus."}
