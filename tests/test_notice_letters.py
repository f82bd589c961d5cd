"""Letters of the tenant's notice through the document engine: the right dates in each
letter, letters offered according to the notice's state, timeline."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from desktop.documents import engine
from desktop.domain.errors import UserError
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import NoticeInput
from desktop.services import notice_letters as nl
from desktop.services import notices, tenants
from desktop.services.context import use_clock
from desktop.storage.models import TimelineEvent
from tests.conftest import DayClock

D = dt.date
# The letters' text is read with no-break spaces folded to plain ones (see text_of).
NBSP, NNBSP = " ", " "


@pytest.fixture
def clock():
    with use_clock(DayClock(D(2026, 3, 10))) as c:
        yield c


@pytest.fixture
def notice(db, actor, agency, make_file, clock):
    hid = tenants.create_tenant_file(db, actor, make_file(1))
    return notices.record_notice(
        db, actor, hid, NoticeInput(DeliveryMode.LRAR, D(2026, 1, 31), G.SANTE)
    )


def text_of(document) -> str:
    text = "\n".join(engine.docx_paragraphs(document.docx_path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


def test_acknowledgement_and_proof_request_carry_both_dates(db, actor, notice):
    view = notices.get_notice(db, actor, notice)
    assert nl.available_letters(view) == [nl.ACKNOWLEDGEMENT, nl.PROOF_REQUEST]
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.ACKNOWLEDGEMENT))
    assert ("reçu le 31 janvier 2026 (lettre recommandée avec accusé de réception)") in text
    # The ground's label inside the sentence, without its capital.
    assert (
        "Vous invoquez le motif suivant : état de santé justifiant un changement de "
        "domicile. Le justificatif de ce motif (certificat médical) ne nous étant pas "
        "parvenu" in text
    )
    assert "Votre préavis prendra fin le 30 avril 2026." in text
    assert "votre préavis prendra fin le 28 février 2026." in text
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.PROOF_REQUEST))
    assert (
        "Nous avons bien reçu, le 31 janvier 2026, votre congé concernant le logement "
        "situé " in text
    )
    assert (
        "Vous y invoquez le motif suivant pour bénéficier d'un préavis réduit à un mois : "
        "état de santé justifiant un changement de domicile." in text
    )
    assert "avant le 25 mars 2026 et qu'il est accepté" in text
    with db.reader() as s:
        kinds = [e.kind for e in s.scalars(select(TimelineEvent).order_by(TimelineEvent.id))]
    assert kinds[-2:] == ["COURRIER", "COURRIER"]


def test_reduced_notice_postponement_and_keys_letters(db, actor, notice):
    v = notices.get_notice(db, actor, notice)
    with pytest.raises(UserError) as err:
        nl.produce_notice_letter(db, actor, notice, nl.REDUCED_CONFIRMATION)
    assert "ne correspond pas à l'état de ce congé" in str(err.value)
    version = notices.receive_proof(
        db, actor, notice, v.version, D(2026, 2, 3), "certificat du Dr Roux"
    )
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.REDUCED_CONFIRMATION))
    # Inside the sentence: the date in words, the ground without its capital.
    assert (
        "compte tenu du motif invoqué (état de santé justifiant un changement de domicile) "
        "et de votre justificatif reçu le 3 février 2026 (certificat du Dr Roux)" in text
    )
    assert "Votre préavis prendra fin le 28 février 2026." in text

    version = notices.postpone_departure(
        db, actor, notice, version, D(2026, 5, 31), "confinement", "Mme Chef"
    )
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.POSTPONEMENT_AGREEMENT))
    assert "prend fin le 28 février 2026" in text and "jusqu'au 31 mai 2026 au plus tard" in text
    assert f"indemnité d'occupation mensuelle de 497,70{NBSP}€" in text
    assert "En raison de la situation suivante : confinement" in text
    # one woman holds the lease: she is « l'occupante » throughout, as her block says
    assert "Mme Élodie DUPONT, ci-après « l'occupante »" in text
    assert "L'occupante s'engage à libérer les lieux" in text
    assert "l'occupant " not in text and "L'occupant " not in text

    notices.keys_without_inventory(
        db,
        actor,
        notice,
        version,
        D(2026, 3, 2),
        "boîte",
        "Mme Chef",
        inventory_scheduled_on=D(2026, 3, 16),
    )
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.KEYS_ACKNOWLEDGEMENT))
    assert "remises le 2 mars 2026 (dépôt en boîte aux lettres)" in text
    assert "L'état des lieux de sortie aura lieu le 16 mars 2026." in text
    assert "au plus tard le 2 mai 2026" in text


def test_a_refused_reduced_notice_gets_its_letter_and_three_months(db, actor, notice):
    """The landlord does not accept the proof (*refus de préavis réduit*): the standard
    notice applies, the tenant is told why, and the proof coming later changes nothing."""
    v = notices.get_notice(db, actor, notice)
    version = notices.receive_proof(db, actor, notice, v.version, D(2026, 2, 3), "ordonnance")
    assert notices.get_notice(db, actor, notice).applied_months == 1
    with pytest.raises(UserError, match="ne correspond pas à l'état de ce congé"):
        nl.produce_notice_letter(db, actor, notice, nl.REDUCED_REFUSAL)

    version = notices.refuse_reduced_notice(
        db,
        actor,
        notice,
        version,
        "le document produit n'est pas un certificat médical",
        "Mme Chef",
    )
    v = notices.get_notice(db, actor, notice)
    assert (v.applied_months, v.end_date, v.end_date_if_proof) == (3, D(2026, 4, 30), None)
    assert "Préavis réduit refusé par Mme Chef le 10/03/2026" in str(v.explanation[-1])
    assert nl.available_letters(v) == [nl.ACKNOWLEDGEMENT, nl.REDUCED_REFUSAL]
    document = nl.produce_notice_letter(db, actor, notice, nl.REDUCED_REFUSAL)
    text = text_of(document)
    assert (
        "Vous y invoquez le motif suivant pour bénéficier d'un préavis réduit à un mois : "
        "état de santé justifiant un changement de domicile." in text
    )
    assert (
        "pour le motif suivant : le document produit n'est pas un certificat médical. "
        "Le préavis de trois mois s'applique donc" in text
    )
    assert "Votre préavis prendra fin le 30 avril 2026." in text
    # The acknowledgement no longer says that no ground was invoked.
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.ACKNOWLEDGEMENT))
    assert "Ce motif n'ayant pas été retenu pour un préavis réduit" in text
    assert "n'invoquant aucun des motifs" not in text

    # One refusal; no derogation afterwards.
    with pytest.raises(UserError, match="déjà été refusé"):
        notices.refuse_reduced_notice(db, actor, notice, v.version, "encore", "Mme Chef")
    with pytest.raises(UserError, match="déjà été refusé"):
        notices.grant_reduced_notice(db, actor, notice, v.version, "recours", "Mme Chef")
    assert notices.get_notice(db, actor, notice).version == v.version


def test_a_reduced_notice_without_ground_or_granted_cannot_be_refused(
    db, actor, agency, make_file, clock
):
    hid = tenants.create_tenant_file(db, actor, make_file(2))
    plain = notices.record_notice(db, actor, hid, NoticeInput(DeliveryMode.LRAR, D(2026, 1, 31)))
    v = notices.get_notice(db, actor, plain)
    with pytest.raises(UserError, match="rien à refuser"):
        notices.refuse_reduced_notice(db, actor, plain, v.version, "motif", "Mme Chef")
    hid = tenants.create_tenant_file(db, actor, make_file(3))
    granted = notices.record_notice(
        db, actor, hid, NoticeInput(DeliveryMode.LRAR, D(2026, 1, 31), G.SANTE)
    )
    version = notices.grant_reduced_notice(
        db, actor, granted, notices.get_notice(db, actor, granted).version, "urgence", "Mme Chef"
    )
    with pytest.raises(UserError, match="accordé sans justificatif"):
        notices.refuse_reduced_notice(db, actor, granted, version, "motif", "Mme Chef")
    assert notices.get_notice(db, actor, granted).applied_months == 1
