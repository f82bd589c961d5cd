"""The organisation profile kept in the base (*Administration > Paramètres*): read from
the profile file until first saved, validated in French, saved in one audited
transaction with a version check, and used by the documents and the e-mail relay."""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import select

from desktop.documents import engine
from desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from desktop.domain.roles import Role
from desktop.services import convocations, documents, organisation, settings, tenants
from desktop.services.context import Actor
from desktop.storage.models import AuditEvent


def text_of(path) -> str:
    text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


def audit_count(db) -> int:
    with db.reader() as s:
        return len(list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "reglage"))))


def letterhead(view, code="BXN"):
    return next(a for a in view.data.agencies if a.code == code)


def test_before_any_save_the_screen_starts_from_the_profile_file(db, actor, agency):
    view = organisation.get_profile(db, actor)
    assert view.version is None and view.source.endswith("organisation.toml")
    assert view.data.name == "Logis de Garonne"
    assert view.data.dpo.startswith("dpo@logis-garonne.fr")
    bxn = letterhead(view)
    assert bxn.name == "Agence Bordeaux Nord"
    assert bxn.address == "12 cours Saint-Louis\n33300 Bordeaux"
    assert organisation.stored_table(db) is None


def test_bad_input_is_refused_field_by_field_and_nothing_is_written(db, actor, agency):
    view = organisation.get_profile(db, actor)
    data = view.data
    data.name = ""
    data.siren = "12345"
    data.dpo = ""
    data.mail.host = "smtp.example.org"
    data.mail.security = "aucune"
    bxn = letterhead(view)
    bxn.phone = "05 56"
    bxn.address = "12 cours Saint-Louis"
    bxn.place = ""
    with pytest.raises(ValidationError) as caught:
        organisation.update_profile(db, actor, data, view.version, backup_keep_days=0)
    fields = caught.value.fields
    assert str(fields["name"]) == "Indiquez le nom de l'organisme."
    assert str(fields["siren"]) == "Le SIREN compte 9 chiffres."
    assert "délégué à la protection des données" in str(fields["dpo"])
    assert "Fait à" in str(fields["agencies.BXN.place"])
    assert str(fields["agencies.BXN.phone"]).startswith("Numéro de téléphone incorrect")
    assert "sans chiffrement refusé" in str(fields["mail.security"])
    assert "expédition" in str(fields["mail.sender"])
    assert organisation.stored_table(db) is None and audit_count(db) == 0


def test_backup_retention_out_of_range_is_refused_before_the_profile_is_written(db, actor, agency):
    view = organisation.get_profile(db, actor)
    with pytest.raises(ValidationError) as caught:
        organisation.update_profile(db, actor, view.data, None, backup_keep_days=0)
    assert "entre 1 et 3650" in str(caught.value.fields[settings.BACKUP_KEEP_DAYS])
    assert organisation.stored_table(db) is None


def test_the_agency_town_saved_here_is_the_letters_fait_a(db, actor, agency, make_file):
    household = tenants.create_tenant_file(db, actor, make_file(1))
    options = documents.LetterOptions("attestation_logement", pdf=False)
    before = text_of(documents.produce_letter(db, actor, household, options).docx_path)
    assert "Fait à Bordeaux, le" in before

    view = organisation.get_profile(db, actor)
    bxn = letterhead(view)
    bxn.place = "Le Bouscat"
    bxn.phone = "05 56 99 00 11"
    view.data.dpo = "dpo@exemple-hlm.fr"
    saved = organisation.update_profile(db, actor, view.data, None, backup_keep_days=45)
    assert saved.version == 1 and saved.source == "base"
    assert settings.current(db)[settings.BACKUP_KEEP_DAYS] == 45

    text = text_of(documents.produce_letter(db, actor, household, options).docx_path)
    assert "Fait à Le Bouscat, le" in text
    assert "05 56 99 00 11" in text
    assert "dpo@exemple-hlm.fr" in text  # the privacy notice at the foot of the letter
    # two audited changes: the profile and the retention of backups
    assert audit_count(db) == 2
    # the signatories the screen does not edit came over from the file, images too
    profile = organisation.load_profile(db)
    assert profile.signatory("direction").signature is not None


def test_a_stale_form_is_refused_with_who_changed_it(db, actor, agency):
    first = organisation.get_profile(db, actor)
    organisation.update_profile(db, actor, first.data, None)
    a = organisation.get_profile(db, actor)
    b = organisation.get_profile(db, actor)
    a.data.place = "Pessac"
    organisation.update_profile(db, actor, a.data, a.version)
    b.data.place = "Talence"
    with pytest.raises(ConflictError, match="modifiées par agent.test"):
        organisation.update_profile(db, actor, b.data, b.version)
    # a screen that read the file while another saved to the base is refused too
    with pytest.raises(ConflictError):
        organisation.update_profile(db, actor, first.data, None)
    assert organisation.get_profile(db, actor).data.place == "Pessac"


def test_only_an_administrator_edits_the_profile(db, actor, agency):
    agent = Actor("a", role=Role.AGENT, agency_id=1)
    with pytest.raises(PermissionDenied):
        organisation.get_profile(db, agent)
    view = organisation.get_profile(db, actor)
    with pytest.raises(PermissionDenied):
        organisation.update_profile(db, agent, view.data, None)


def test_the_mail_relay_comes_from_the_base_once_saved(db, actor, agency):
    view = organisation.get_profile(db, actor)
    view.data.mail = dataclasses.replace(
        view.data.mail,
        host="smtp.exemple-hlm.fr",
        port="465",
        security="ssl",
        password_variable="PARCOURS_SMTP",
        sender="caleol@exemple-hlm.fr",
    )
    organisation.update_profile(db, actor, view.data, None)
    relay = convocations.smtp_settings(db=db, env={"PARCOURS_SMTP": "s3cret"})
    assert (relay.host, relay.port, relay.security, relay.password, relay.sender) == (
        "smtp.exemple-hlm.fr",
        465,
        "ssl",
        "s3cret",
        "caleol@exemple-hlm.fr",
    )


def test_a_signing_certificate_must_be_an_existing_p12(db, actor, agency, tmp_path):
    view = organisation.get_profile(db, actor)
    view.data.signing_certificate = str(tmp_path / "cachet.p12")
    with pytest.raises(ValidationError) as caught:
        organisation.update_profile(db, actor, view.data, None)
    assert str(caught.value.fields["signing_certificate"]).startswith("Fichier introuvable")
    (tmp_path / "cachet.p12").write_bytes(b"x")
    organisation.update_profile(db, actor, view.data, None)
    assert organisation.signing_certificate(db) == tmp_path / "cachet.p12"
