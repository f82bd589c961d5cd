"""The notice as a case (pure): decisions on top of the date rules, deposit warnings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.notice import DeliveryMode
from desktop.domain.notice import ReducedNoticeGround as G
from desktop.domain.notice_case import (
    Decision,
    DepositWarning,
    NoticeInput,
    deposit_info,
    effective_notice,
    normalise_notice,
)

D = dt.date
CHEF = Decision("Mme Chef", D(2026, 2, 1), "accord")


def notice(**kw) -> NoticeInput:
    return NoticeInput(
        **{"delivery_mode": DeliveryMode.MAIN_PROPRE, "received_on": D(2028, 1, 31), **kw}
    )


@pytest.mark.parametrize(
    "ground, proof, decision, months, end, end_if_proof",
    [
        (G.AUCUN, None, None, 3, D(2028, 4, 30), None),
        (G.AUCUN, None, CHEF, 3, D(2028, 4, 30), None),  # no ground: no reduction
        (G.SANTE, None, None, 3, D(2028, 4, 30), D(2028, 2, 29)),  # leap year
        (G.SANTE, None, CHEF, 1, D(2028, 2, 29), None),  # granted without proof
        (G.SANTE, D(2028, 2, 2), None, 1, D(2028, 2, 29), None),
        (G.SANTE, D(2028, 2, 2), CHEF, 1, D(2028, 2, 29), None),  # decision moot
        (G.ZONE_TENDUE, None, None, 1, D(2028, 2, 29), None),
    ],
)
def test_decisions_on_top_of_the_rules(ground, proof, decision, months, end, end_if_proof):
    result = effective_notice(
        notice(ground=ground, proof_received_on=proof), reduced_without_proof=decision
    )
    assert (result.applied_months, result.end_date, result.end_date_if_proof) == (
        months,
        end,
        end_if_proof,
    )
    assert result.departure_on == end
    assert result.reduced_by_decision is (
        decision is not None and proof is None and ground is G.SANTE
    )


def test_postponement_keeps_the_end_and_moves_the_departure():
    result = effective_notice(notice(), postponed_to=(D(2028, 6, 30), CHEF))
    assert (result.end_date, result.departure_on) == (D(2028, 4, 30), D(2028, 6, 30))
    assert result.explanation()[-1].startswith("Départ reporté au 30/06/2028")
    earlier = effective_notice(notice(), postponed_to=(D(2028, 3, 1), CHEF))
    assert earlier.departure_on == D(2028, 4, 30)


def test_normalise_drops_proof_of_grounds_needing_none():
    n = normalise_notice(
        notice(
            ground=G.ZONE_TENDUE,
            proof_received_on=D(2028, 2, 1),
            proof_document="  bail  ",
            notes="  x ",
        )
    )
    assert (n.proof_received_on, n.proof_document, n.notes) == (None, "", "x")
    n = normalise_notice(
        notice(
            ground=G.RSA_AAH, proof_received_on=D(2028, 2, 1), proof_document="  attestation   CAF "
        )
    )
    assert (n.proof_received_on, n.proof_document) == (D(2028, 2, 1), "attestation CAF")


@pytest.mark.parametrize(
    "matches, today, returned, warning, penalty, due",
    [
        (True, D(2026, 3, 1), None, DepositWarning.NONE, "0.00", D(2026, 3, 28)),
        (True, D(2026, 3, 13), None, DepositWarning.NEAR, "0.00", D(2026, 3, 28)),
        (True, D(2026, 3, 28), None, DepositWarning.NEAR, "0.00", D(2026, 3, 28)),
        (True, D(2026, 3, 29), None, DepositWarning.PAST, "50.00", D(2026, 3, 28)),
        (None, D(2026, 3, 29), None, DepositWarning.NONE, "0.00", D(2026, 4, 28)),
        (False, D(2026, 7, 1), None, DepositWarning.PAST, "150.00", D(2026, 4, 28)),
        (False, D(2026, 7, 1), D(2026, 4, 28), DepositWarning.NONE, "0.00", D(2026, 4, 28)),
        (False, D(2026, 7, 1), D(2026, 4, 29), DepositWarning.NONE, "50.00", D(2026, 4, 28)),
    ],
)
def test_deposit_deadline_and_warning(matches, today, returned, warning, penalty, due):
    info = deposit_info(D(2026, 2, 28), matches, returned, Decimal("500.00"), today)
    assert (info.due_on, info.warning, info.penalty) == (due, warning, Decimal(penalty))
    assert info.provisional is (matches is None)


def test_notice_entry_checks_every_date():
    from desktop.domain.notice_case import validate_notice

    today, start = D(2026, 3, 10), D(2020, 1, 1)
    ok = dict(
        sent_on=D(2026, 3, 1),
        presented_on=D(2026, 3, 2),
        received_on=D(2026, 3, 3),
        requested_departure=D(2026, 3, 3),
        ground=G.SANTE,
        proof_received_on=D(2026, 3, 10),
        proof_document="x" * 200,
        notes="y" * 2000,
    )
    validate_notice(notice(**ok), today, lease_start=start, zone_tendue=False)
    # The same day for every date is fine; the notice may be received on the lease start.
    validate_notice(
        notice(sent_on=start, presented_on=start, received_on=start, proof_received_on=start),
        today,
        lease_start=start,
        zone_tendue=False,
    )

    def errors(**kw):
        with pytest.raises(ValidationError) as info:
            validate_notice(notice(**{**ok, **kw}), today, lease_start=start, zone_tendue=False)
        return {k: str(v) for k, v in info.value.fields.items()}

    future = "La date ne peut pas être dans le futur."
    assert errors(received_on=None) == {
        "received_on": "La date de réception du congé est obligatoire."
    }
    assert errors(
        received_on=D(2026, 3, 11), proof_received_on=D(2026, 3, 11), requested_departure=None
    ) == {"received_on": future, "proof_received_on": future}
    assert errors(
        received_on=D(2019, 12, 31), sent_on=None, presented_on=None, requested_departure=None
    ) == {"received_on": "Le congé ne peut pas précéder le début du bail (01/01/2020)."}
    assert errors(sent_on=D(2026, 3, 11), presented_on=None) == {"sent_on": future}
    assert errors(sent_on=D(2026, 3, 4), presented_on=None) == {
        "sent_on": "L'envoi ne peut pas être postérieur à la réception."
    }
    assert errors(presented_on=D(2026, 2, 28)) == {
        "presented_on": "La présentation ne peut pas précéder l'envoi."
    }
    assert errors(presented_on=D(2026, 3, 4)) == {
        "presented_on": "La présentation ne peut pas être postérieure à la réception."
    }
    assert errors(requested_departure=D(2026, 3, 2)) == {
        "requested_departure": "Le départ demandé ne peut pas précéder la réception du congé."
    }
    assert errors(proof_received_on=D(2019, 12, 31)) == {
        "proof_received_on": "Le justificatif ne peut pas précéder le début du bail."
    }
    assert errors(proof_document="x" * 201, notes="y" * 2001) == {
        "proof_document": "200 caractères au plus.",
        "notes": "2\u202f000 caractères au plus.",
    }
    assert "zone tendue" in errors(ground=G.ZONE_TENDUE)["ground"]
    assert errors(ground="SANTE") == {"ground": "Motif inconnu."}
    assert errors(delivery_mode="LRAR") == {
        "delivery_mode": "Choisissez le mode de remise du congé."
    }
    validate_notice(
        notice(**{**ok, "ground": G.ZONE_TENDUE}), today, lease_start=start, zone_tendue=True
    )


def test_an_exception_needs_its_reason_and_who_decided():
    from desktop.domain.notice_case import validate_decision

    assert validate_decision("accord du directeur", "Mme Chef") == {}
    assert validate_decision("x" * 500, "y" * 120) == {}
    got = {k: str(v) for k, v in validate_decision(" ", "").items()}
    assert got == {
        "reason": "Indiquez le motif de la décision.",
        "decided_by": "Indiquez qui a décidé.",
    }
    got = {k: str(v) for k, v in validate_decision("x" * 501, "y" * 121).items()}
    assert got == {"reason": "500 caractères au plus.", "decided_by": "120 caractères au plus."}


def test_deposit_messages_and_the_near_threshold():
    # Keys 28/02/2026, inventory matches: due 28/03/2026; near from 15 days before.
    far = deposit_info(D(2026, 2, 28), True, None, Decimal("500.00"), D(2026, 3, 12))
    assert (far.warning, far.days_left, far.messages) == (DepositWarning.NONE, 16, ())
    near = deposit_info(D(2026, 2, 28), True, None, Decimal("500.00"), D(2026, 3, 13))
    assert [str(m) for m in near.messages] == [
        "Dépôt de garantie à restituer au plus tard le 28/03/2026 (dans 15 jours)"
    ]
    for today, said in (
        (D(2026, 3, 27), "le 28/03/2026 (dans 1 jour)"),
        (D(2026, 3, 28), "aujourd'hui, le 28/03/2026"),
    ):
        [message] = deposit_info(D(2026, 2, 28), True, None, Decimal("500.00"), today).messages
        assert str(message) == f"Dépôt de garantie à restituer au plus tard {said}"
    late = deposit_info(D(2026, 2, 28), True, None, Decimal("500.00"), D(2026, 4, 29))
    assert [str(m) for m in late.messages] == [
        "Dépôt de garantie en retard : à restituer au plus tard le 28/03/2026 ; pénalité de "
        "100,00\u00a0€ à ce jour (10 % du loyer par mois commencé)"
    ]
    paid_late = deposit_info(D(2026, 2, 28), False, D(2026, 5, 2), Decimal("500.00"), D(2026, 6, 1))
    assert (paid_late.months, paid_late.penalty) == (2, Decimal("50.00"))
    assert [str(m) for m in paid_late.messages] == [
        "Dépôt de garantie restitué le 02/05/2026, après l'échéance du 28/04/2026 : pénalité "
        "de retard de 50,00\u00a0€"
    ]
    on_time = deposit_info(D(2026, 2, 28), True, D(2026, 3, 28), Decimal("500.00"), D(2026, 6, 1))
    assert (on_time.months, on_time.penalty, on_time.messages) == (1, Decimal("0.00"), ())


def test_labels_of_the_case_codes():
    from desktop.domain.notice_case import ExceptionKind, KeyReturnMode, NoticeStatus

    assert [s.label for s in NoticeStatus] == ["En cours", "Retiré", "Terminé"]
    assert ExceptionKind.REDUCED_WITHOUT_PROOF.label == "Préavis réduit accordé sans justificatif"
    assert ExceptionKind.POSTPONEMENT.label.startswith("Report du départ")
    assert KeyReturnMode.LETTER_BOX.label == "Dépôt en boîte aux lettres"


def test_which_grounds_need_a_proof():
    from desktop.domain.notice import rules_for
    from desktop.domain.notice_case import needs_proof

    rules = rules_for(D(2026, 1, 1))
    assert needs_proof(G.SANTE, rules) and needs_proof(G.VIOLENCES, rules)
    assert not needs_proof(G.ZONE_TENDUE, rules)  # the address proves it
    assert not needs_proof(G.AUCUN, rules)  # no reduced notice to prove


def test_a_notice_sent_and_received_today_is_accepted():
    from desktop.domain.notice_case import validate_notice

    today = D(2026, 3, 10)
    validate_notice(
        notice(received_on=today, sent_on=today, presented_on=today),
        D(2026, 3, 10),
        lease_start=D(2020, 1, 1),
        zone_tendue=False,
    )


def test_the_proof_received_is_the_third_step():
    result = effective_notice(
        notice(
            ground=G.SANTE,
            proof_received_on=D(2028, 2, 2),
            proof_document="certificat du Dr Martin",
        )
    )
    steps = result.explanation()
    assert steps[2] == "Justificatif reçu le 02/02/2028 : certificat du Dr Martin"
    usual = effective_notice(notice(ground=G.SANTE, proof_received_on=D(2028, 2, 2)))
    assert usual.explanation()[2] == "Justificatif reçu le 02/02/2028 : Certificat médical"
    # A ground that needs no proof: a proof date adds no step.
    zone = effective_notice(notice(ground=G.ZONE_TENDUE, proof_received_on=D(2028, 2, 2)))
    assert not any(s.startswith("Justificatif reçu") for s in zone.explanation())


def test_postponed_to_the_end_of_the_notice_changes_nothing():
    result = effective_notice(notice(), postponed_to=(D(2028, 4, 30), CHEF))
    assert result.departure_on == D(2028, 4, 30)
    assert not any(s.startswith("Départ reporté") for s in result.explanation())


def test_proof_missing_while_a_ground_awaits_its_proof():
    assert effective_notice(notice(ground=G.SANTE)).proof_missing
    assert not effective_notice(notice(ground=G.SANTE), reduced_without_proof=CHEF).proof_missing
    assert not effective_notice(notice(ground=G.ZONE_TENDUE)).proof_missing


def test_the_landlord_may_refuse_only_a_reduced_notice_awaiting_its_proof():
    from desktop.domain.notice import rules_for
    from desktop.domain.notice_case import reduced_refusable

    rules = rules_for(D(2028, 1, 31))
    assert reduced_refusable(G.SANTE, rules)  # outside a zone tendue unless said
    assert not reduced_refusable(G.SANTE, rules, zone_tendue=True)  # due whatever the ground
    assert not reduced_refusable(G.ZONE_TENDUE, rules, zone_tendue=True)
    assert not reduced_refusable(G.AUCUN, rules)  # no reduced notice to refuse

    refused = effective_notice(notice(ground=G.SANTE), reduced_refused=CHEF)
    assert (refused.applied_months, refused.end_date, refused.end_date_if_proof) == (
        3,
        D(2028, 4, 30),
        None,
    )
    assert refused.explanation()[-1].startswith("Préavis réduit refusé par Mme Chef")
    # In a zone tendue the refusal is ignored: the reduced notice is due.
    due = effective_notice(notice(ground=G.SANTE), reduced_refused=CHEF, zone_tendue=True)
    assert (due.applied_months, due.end_date) == (1, D(2028, 2, 29))
    assert not any(s.startswith("Préavis réduit refusé") for s in due.explanation())
