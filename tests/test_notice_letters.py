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
    assert "Le justificatif de ce motif (certificat médical) ne nous étant pas parvenu" in text
    assert "Votre préavis prendra fin le 30 avril 2026." in text
    assert "votre préavis prendra fin le 28 février 2026." in text
    text = text_of(nl.produce_notice_letter(db, actor, notice, nl.PROOF_REQUEST))
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
