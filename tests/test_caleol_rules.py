"""CALEOL rules: quorum, candidates, decisions, casting vote, offer deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.domain.caleol import (
    QUORUM_RULES,
    AttendanceMode,
    Candidate,
    Decision,
    FewerCandidatesReason,
    Member,
    MemberRole,
    Outcome,
    Proxy,
    SessionMode,
    Vote,
    candidates_counted,
    check_dwelling_candidates,
    check_quorum,
    check_ranks,
    household_counted,
    offer_deadline,
    quorum_rules_for,
    require_quorum,
    tally,
    validate_decision,
)
from desktop.domain.errors import UserError, ValidationError

D = dt.date
A, R, S, V = AttendanceMode, MemberRole, SessionMode, Vote
RULES = quorum_rules_for(D(2026, 1, 1))

# 6 designated (id 6 = tenant representative), mayor 7, prefect 8, EPCI 9, advisory 10, 11
MEMBERS = [Member(i, R.DESIGNE, f"Désigné {i}") for i in range(1, 6)] + [
    Member(6, R.REPR_LOCATAIRES, "Locataires"),
    Member(7, R.MAIRE, "Maire", commune="Villeurbanne"),
    Member(8, R.PREFET, "Préfet"),
    Member(9, R.PRESIDENT_EPCI, "EPCI"),
    Member(10, R.CONSULT_ASSO_L365_3, "Association"),
    Member(11, R.CONSULT_CCAS, "CCAS"),
]


def att(present=(), distance=(), represented=()):
    out = {i: A.PRESENT for i in present}
    out.update({i: A.DISTANCE for i in distance})
    out.update({i: A.REPRESENTE for i in represented})
    return out


# attendance, proxies, mode, reached, designated counted, proxies accepted,
# voting members taking part (represented ones included by default)
QUORUM_CASES = [
    (att(present=(1, 2, 3)), [], S.PRESENTIEL, True, 3, 0, 3),
    (att(present=(1, 2)), [], S.PRESENTIEL, False, 2, 0, 2),
    # advisory and non-designated members do not make the quorum
    (att(present=(1, 2, 7, 8, 9, 10, 11)), [], S.PRESENTIEL, False, 2, 0, 5),
    # a proxy completes the quorum
    (att(present=(1, 2), represented=(3,)), [Proxy(3, 1)], S.PRESENTIEL, True, 3, 1, 3),
    # one proxy per holder: the second one is refused
    (
        att(present=(1,), represented=(2, 3)),
        [Proxy(2, 1), Proxy(3, 1)],
        S.PRESENTIEL,
        False,
        2,
        1,
        2,
    ),
    # proxy to an absent holder
    (att(present=(1, 2), represented=(3,)), [Proxy(3, 4)], S.PRESENTIEL, False, 2, 0, 2),
    # represented without a proxy counts as absent
    (att(present=(1, 2), represented=(3,)), [], S.PRESENTIEL, False, 2, 0, 2),
    # proxy to an advisory member is refused
    (att(present=(1, 2, 10), represented=(3,)), [Proxy(3, 10)], S.PRESENTIEL, False, 2, 0, 2),
    # remote: 9 voting members, 5 needed taking part
    (att(distance=(1, 2, 3, 7, 8)), [], S.VISIO, True, 3, 0, 5),
    (att(distance=(1, 2, 3, 7)), [], S.VISIO, False, 3, 0, 4),
    (att(distance=(1, 2, 7, 8), represented=(3,)), [Proxy(3, 1)], S.ECRITE, True, 3, 1, 5),
    (att(present=(1, 2), distance=(3, 4)), [], S.ECRITE, False, 4, 0, 4),
]


@pytest.mark.parametrize(
    "attendances, proxies, mode, reached, designated, accepted, taking_part", QUORUM_CASES
)
def test_quorum(attendances, proxies, mode, reached, designated, accepted, taking_part):
    result = check_quorum(MEMBERS, attendances, proxies, RULES, mode)
    assert result.reached is reached
    assert result.counts["designated_counted"] == designated
    assert result.counts["proxies_accepted"] == accepted
    assert result.counts["voting_taking_part"] == taking_part
    # Half of the 9 voting members must take part in a remote session, none in person.
    assert result.counts["remote_required"] == (5 if mode.remote else 0)
    assert result.explanations
    if not reached:
        assert any("non" in str(m) for m in result.explanations)
        with pytest.raises(UserError, match="quorum"):
            require_quorum(result)
    else:
        require_quorum(result)


def test_quorum_messages_are_french_and_refusals_explained():
    result = check_quorum(
        MEMBERS, att(present=(1,), represented=(2, 3)), [Proxy(2, 1), Proxy(3, 1)], RULES
    )
    texts = [str(m) for m in result.explanations]
    assert any("Pouvoir de Désigné 3 à Désigné 1 refusé" in t and "1 pouvoir" in t for t in texts)
    assert any("Désigné 3 est indiqué comme représenté sans pouvoir valable" in t for t in texts)
    assert texts[-1] == (
        "Quorum non atteint : 2 membres désignés présents ou représentés sur 6, 3 requis."
    )


def test_quorum_counts_agree_with_their_number():
    """The explanations are printed in the minutes, read by the members: « 1 membre
    désigné présent », « 2 pouvoirs », « aucun membre », never « membre(s) »."""

    def texts(attendances, proxies=(), mode=S.PRESENTIEL, rules=RULES):
        result = check_quorum(MEMBERS, attendances, list(proxies), rules, mode)
        return [str(m) for m in result.explanations]

    assert texts(att(present=(1,)))[-1] == (
        "Quorum non atteint : 1 membre désigné présent ou représenté sur 6, 3 requis."
    )
    assert texts({})[-1] == (
        "Quorum non atteint : aucun membre désigné présent ou représenté sur 6, 3 requis."
    )
    assert texts(att(distance=(1, 2, 3, 7, 8)), mode=S.VISIO)[-1] == (
        "Séance dématérialisée : 5 membres à voix délibérative participent sur 9 "
        "(au moins 5 requis)."
    )
    assert texts(att(distance=(1,)), mode=S.VISIO)[-1] == (
        "Séance dématérialisée non valable : 1 membre à voix délibérative participe sur 9, "
        "au moins la moitié (5) requise."
    )
    refused = texts(att(present=(1,), represented=(2, 3)), [Proxy(2, 1), Proxy(3, 1)])
    assert "un membre ne peut détenir plus de 1 pouvoir." in refused[0] + refused[1]
    two = replace(RULES, max_proxies_per_holder=2)
    refused = texts(
        att(present=(1,), represented=(2, 3, 4)), [Proxy(i, 1) for i in (2, 3, 4)], rules=two
    )
    assert any(t.endswith("un membre ne peut détenir plus de 2 pouvoirs.") for t in refused)
    assert not any("(s)" in t for t in refused)


def test_quorum_rules_are_configurable():
    two_proxies = replace(RULES, max_proxies_per_holder=2, designated_required=4)
    result = check_quorum(
        MEMBERS, att(present=(1, 2), represented=(3, 4)), [Proxy(3, 1), Proxy(4, 1)], two_proxies
    )
    assert result.reached and result.accepted_proxies == {3: 1, 4: 1}
    no_remote = replace(RULES, remote_allowed=False)
    result = check_quorum(MEMBERS, att(distance=range(1, 10)), [], no_remote, S.VISIO)
    assert not result.reached
    assert "ne prévoit pas de séance dématérialisée" in str(result.explanations)
    assert QUORUM_RULES[0].designated_required == 3
    with pytest.raises(ValueError):
        quorum_rules_for(D(2000, 1, 1))


def test_roles():
    assert [r for r in R if r.voting] == [
        R.DESIGNE,
        R.REPR_LOCATAIRES,
        R.MAIRE,
        R.PREFET,
        R.PRESIDENT_EPCI,
        R.MANDANT,
    ]
    assert R.REPR_LOCATAIRES.designated and not R.MAIRE.designated
    assert R.PREFET.label == "Représentant de l'État"
    assert all(r.label for r in R)
    assert all(d.label for d in Decision) and all(r.label for r in FewerCandidatesReason)


# candidates, reason, number of warnings
CANDIDATE_CASES = [
    ([Candidate("069001", 1), Candidate("069002", 2), Candidate("069003", 3)], None, 0),
    ([Candidate("069001"), Candidate("069002")], None, 1),
    ([Candidate("069001")], FewerCandidatesReason.DALO, 0),
    ([Candidate("069001"), Candidate("069002")], FewerCandidatesReason.INSUFFISANCE, 0),
    ([], None, 1),
]


@pytest.mark.parametrize("candidates, reason, warnings", CANDIDATE_CASES)
def test_candidates_warnings(candidates, reason, warnings):
    result = check_dwelling_candidates(candidates, reason)
    assert len(result) == warnings
    if warnings:
        assert "au moins 3 sont requis" in str(result[0])


# candidates, field, message fragment
CANDIDATE_ERRORS = [
    (
        [Candidate("069001"), Candidate(None, name="Martin"), Candidate("069003")],
        "candidates[1].numero_unique",
        "Le candidat Martin n'a pas de numéro unique",
    ),
    (
        [Candidate("069001"), Candidate("  "), Candidate("069003")],
        "candidates[1].numero_unique",
        "pas de numéro unique",
    ),
    (
        [Candidate("069001", 1), Candidate("069002", 1), Candidate("069003", 2)],
        "candidates[1].rank",
        "Le rang 1 est attribué à plusieurs candidats.",
    ),
    (
        [Candidate("069001", 4), Candidate("069002"), Candidate("069003")],
        "candidates[0].rank",
        "entre 1 et 3",
    ),
    (
        [Candidate("069001"), Candidate("069001"), Candidate("069003")],
        "candidates[1].numero_unique",
        "figure deux fois",
    ),
]


@pytest.mark.parametrize("candidates, field, fragment", CANDIDATE_ERRORS)
def test_candidates_refused(candidates, field, fragment):
    with pytest.raises(ValidationError) as exc:
        check_dwelling_candidates(candidates, None)
    assert fragment in str(exc.value.fields[field])


def test_check_ranks():
    check_ranks([1, 2, 3, None])
    with pytest.raises(ValidationError):
        check_ranks([2, 2])


DEADLINE = D(2027, 3, 15)
SESSION = D(2027, 3, 1)

# decision, rank, document, deadline, reason, {field: message fragment} (empty: valid)
DECISION_CASES = [
    (Decision.ATTRIBUTION, None, None, None, None, {}),
    (Decision.ATTRIBUTION_RANG, 2, None, None, None, {}),
    (Decision.ATTRIBUTION_RANG, None, None, None, None, {"rank": "doit indiquer le rang"}),
    (Decision.ATTRIBUTION_RANG, 4, None, None, None, {"rank": "entre 1 et 3"}),
    (Decision.ATTRIBUTION_RANG, 0, None, None, None, {"rank": "entre 1 et 3"}),
    (
        Decision.ATTRIBUTION,
        1,
        None,
        None,
        None,
        {"rank": "ne s'indique que pour une attribution par classement"},
    ),
    (Decision.ATTRIBUTION_CONDITION_SUSPENSIVE, None, "Avis d'imposition", DEADLINE, None, {}),
    (
        Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
        None,
        None,
        None,
        None,
        {"condition_document": "pièce manquante", "condition_deadline": "date limite"},
    ),
    (
        Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
        None,
        "Avis d'imposition",
        SESSION,
        None,
        {"condition_deadline": "postérieure à la séance"},
    ),
    (Decision.NON_ATTRIBUTION, None, None, None, "Ressources supérieures au plafond", {}),
    (
        Decision.NON_ATTRIBUTION,
        None,
        None,
        None,
        " ",
        {"reason": "Le motif est obligatoire pour une décision de non-attribution."},
    ),
    (
        Decision.IRRECEVABILITE,
        None,
        None,
        None,
        None,
        {"reason": "Le motif est obligatoire pour une décision de irrecevabilité."},
    ),
]


@pytest.mark.parametrize("decision, rank, document, deadline, reason, expected", DECISION_CASES)
def test_validate_decision(decision, rank, document, deadline, reason, expected):
    if not expected:
        validate_decision(decision, rank, document, deadline, reason, session_date=SESSION)
        return
    with pytest.raises(ValidationError) as exc:
        validate_decision(decision, rank, document, deadline, reason, session_date=SESSION)
    assert set(exc.value.fields) == set(expected)
    for field, fragment in expected.items():
        assert fragment in str(exc.value.fields[field])


P, C, AB = V.POUR, V.CONTRE, V.ABSTENTION

# votes, mayor vote, dwelling commune, mayor commune, outcome, casting vote used, pour, contre
TALLY_CASES = [
    ([P, P, C], None, "Villeurbanne", "Villeurbanne", Outcome.ADOPTED, False, 2, 1),
    ([P, C, C], None, "Villeurbanne", "Villeurbanne", Outcome.REJECTED, False, 1, 2),
    # tie broken by the mayor of the dwelling's commune
    ([P, P, C, C, C], P, "Villeurbanne", "Villeurbanne", Outcome.ADOPTED, True, 3, 3),
    ([P, P, P, C, C], C, "Villeurbanne", "villeurbanne ", Outcome.REJECTED, True, 3, 3),
    # no tie: the mayor's vote is an ordinary vote
    ([P, P, P, C], C, "Villeurbanne", "Villeurbanne", Outcome.ADOPTED, False, 3, 2),
    ([P, C, C, C], P, "Villeurbanne", "Villeurbanne", Outcome.REJECTED, False, 2, 3),
    # another commune: the mayor's vote is not counted, the tie stays
    ([P, P, C, C], P, "Lyon", "Villeurbanne", Outcome.TIE, False, 2, 2),
    ([P, P, C], C, "Lyon", "Villeurbanne", Outcome.ADOPTED, False, 2, 1),
    # tie without the mayor, or the mayor abstaining
    ([P, C, AB], None, "Villeurbanne", "Villeurbanne", Outcome.TIE, False, 1, 1),
    ([P, C], AB, "Villeurbanne", "Villeurbanne", Outcome.TIE, False, 1, 1),
    ([AB, AB], None, None, None, Outcome.TIE, False, 0, 0),
]


@pytest.mark.parametrize(
    "votes, mayor, dwelling_commune, mayor_commune, outcome, casting, pour, contre", TALLY_CASES
)
def test_tally(votes, mayor, dwelling_commune, mayor_commune, outcome, casting, pour, contre):
    result = tally(votes, mayor, dwelling_commune, mayor_commune)
    assert (result.outcome, result.casting_vote_used, result.pour, result.contre) == (
        outcome,
        casting,
        pour,
        contre,
    )


def test_tally_explanations():
    used = tally([P, P, C, C, C], P, "Villeurbanne", "Villeurbanne")
    assert str(used.explanations[0]) == (
        "Partage des voix (3 pour, 3 contre) : la voix prépondérante du maire l'emporte (pour)."
    )
    other = tally([P, P, C, C], P, "Lyon", "Villeurbanne")
    assert "n'est pas situé dans sa commune" in str(other.explanations[0])
    assert "n'est pas adoptée" in str(other.explanations[1])
    assert not other.outcome.adopted and used.outcome.adopted


# notified on, days, Alsace-Moselle, deadline
OFFER_CASES = [
    (D(2027, 1, 4), 10, False, D(2027, 1, 14)),  # Monday → Thursday
    (D(2027, 1, 6), 10, False, D(2027, 1, 18)),  # Saturday 16 → Monday 18
    (D(2027, 1, 7), 10, False, D(2027, 1, 18)),  # Sunday 17 → Monday 18
    (D(2027, 7, 4), 10, False, D(2027, 7, 15)),  # 14 July (Wednesday) → 15
    (D(2027, 11, 1), 10, False, D(2027, 11, 12)),  # 11 November (Thursday) → 12
    (D(2027, 3, 19), 10, False, D(2027, 3, 30)),  # Easter Monday 29 March 2027 → 30
    (D(2027, 3, 16), 10, False, D(2027, 3, 26)),  # Good Friday: working day in general
    (D(2027, 3, 16), 10, True, D(2027, 3, 30)),  # Alsace-Moselle: Good Friday, Easter Monday
    (D(2028, 12, 16), 10, False, D(2028, 12, 26)),  # 26 December: working day in general
    (D(2028, 12, 16), 10, True, D(2028, 12, 27)),  # Alsace-Moselle: Saint-Étienne
    (D(2027, 7, 1), 15, False, D(2027, 7, 16)),  # longer delay
    (D(2027, 4, 28), 10, False, D(2027, 5, 10)),  # Saturday 8 May → Monday 10
]


@pytest.mark.parametrize("notified, days, alsace, expected", OFFER_CASES)
def test_offer_deadline(notified, days, alsace, expected):
    assert offer_deadline(notified, days, alsace_moselle=alsace) == expected


def test_offer_deadline_minimum_ten_days():
    assert offer_deadline(D(2027, 1, 4)) == D(2027, 1, 14)
    with pytest.raises(ValidationError) as exc:
        offer_deadline(D(2027, 1, 4), 9)
    assert str(exc.value.fields["days"]) == (
        "Le délai de réponse à une offre de logement ne peut être inférieur à 10 jours."
    )


def test_a_self_proxy_or_a_second_proxy_of_one_member_is_refused():
    # Member 3, represented, gives himself a proxy: refused, he counts as absent.
    result = check_quorum(MEMBERS, att(present=(1, 2), represented=(3,)), [Proxy(3, 3)], RULES)
    assert (result.reached, result.accepted_proxies) == (False, {})
    assert result.counts["proxies_refused"] == 1
    assert "Pouvoir de Désigné 3 à Désigné 3 refusé : pouvoir en double." in [
        str(m) for m in result.explanations
    ]
    # Member 3 gives two proxies: the first counts, the second is refused.
    two = replace(RULES, max_proxies_per_holder=2)
    result = check_quorum(
        MEMBERS, att(present=(1, 2), represented=(3,)), [Proxy(3, 1), Proxy(3, 2)], two
    )
    assert result.accepted_proxies == {3: 1}
    assert (result.counts["proxies_accepted"], result.counts["proxies_refused"]) == (1, 1)
    assert result.counts["designated_counted"] == 3 and result.reached
    assert "Pouvoir de Désigné 3 à Désigné 2 refusé : pouvoir en double." in [
        str(m) for m in result.explanations
    ]


def test_proxy_refusals_each_have_their_reason():
    def refusal(attendances, proxy):
        result = check_quorum(MEMBERS, attendances, [proxy], RULES)
        assert result.counts["proxies_refused"] == 1 and not result.accepted_proxies
        return str(result.explanations[0])

    assert refusal(att(present=(1, 2)), Proxy(3, 1)) == (
        "Pouvoir de Désigné 3 à Désigné 1 ignoré : Désigné 3 n'est pas indiqué comme représenté."
    )
    assert refusal(att(present=(1,), represented=(3,)), Proxy(3, 99)) == (
        "Pouvoir de Désigné 3 à #99 refusé : seuls les membres à voix délibérative peuvent "
        "donner ou recevoir un pouvoir."
    )
    assert refusal(att(present=(1,), represented=(10,)), Proxy(10, 1)).endswith(
        "seuls les membres à voix délibérative peuvent donner ou recevoir un pouvoir."
    )
    assert refusal(att(present=(1,), represented=(3,), distance=()), Proxy(3, 2)) == (
        "Pouvoir de Désigné 3 à Désigné 2 refusé : le mandataire ne participe pas à la séance."
    )
    # A holder taking part remotely may hold a proxy.
    remote = check_quorum(
        MEMBERS, att(present=(1,), distance=(2,), represented=(3,)), [Proxy(3, 2)], RULES
    )
    assert remote.accepted_proxies == {3: 2} and remote.reached


def test_quorum_at_exactly_the_required_number():
    for required, reached in ((3, True), (4, False)):
        rules = replace(RULES, designated_required=required)
        assert check_quorum(MEMBERS, att(present=(1, 2, 6)), [], rules).reached is reached
    # Remote: exactly half of the 9 voting members, rounded up (5), is enough.
    assert check_quorum(MEMBERS, att(distance=(1, 2, 3, 7, 8)), [], RULES, S.VISIO).reached
    not_counted = replace(RULES, remote_count_represented=False)
    result = check_quorum(
        MEMBERS, att(distance=(1, 2, 7, 8), represented=(3,)), [Proxy(3, 1)], not_counted, S.VISIO
    )
    assert result.counts["voting_taking_part"] == 4 and not result.reached


def test_quorum_rules_in_force_from_their_first_day():
    old = replace(RULES, effective_from=D(2022, 2, 23), designated_required=3)
    new = replace(RULES, effective_from=D(2027, 1, 1), designated_required=4)
    history = (old, new)
    assert quorum_rules_for(D(2026, 12, 31), history) is old
    assert quorum_rules_for(D(2027, 1, 1), history) is new
    assert quorum_rules_for(D(2027, 6, 1), (new, old)) is new
    assert quorum_rules_for(D(2022, 2, 23)) is QUORUM_RULES[0]  # loi 3DS
    with pytest.raises(ValueError):
        quorum_rules_for(D(2022, 2, 22), history)


# --------------------------------------------------------------------------- votes, reviews


def test_who_may_vote_on_which_dwelling():
    from desktop.domain.caleol import vote_scope_problem as scope

    assert scope(R.DESIGNE, None, "Lyon", "Mme A") is None
    assert str(scope(R.CONSULT_CCAS, None, "Lyon", "CCAS")) == (
        "CCAS siège avec voix consultative : son vote ne peut pas être enregistré."
    )
    assert "Association agréée" in str(scope(R.CONSULT_ASSO_L365_3, None, "Lyon"))
    # The mayor votes for his commune's dwellings only (case and spaces do not matter).
    assert scope(R.MAIRE, " villeurbanne ", "Villeurbanne", "M. B") is None
    assert str(scope(R.MAIRE, "Villeurbanne", "Lyon", "M. B")) == (
        "M. B ne vote que pour les logements de sa commune (Villeurbanne) : ce logement est "
        "situé à Lyon."
    )
    assert "n'est pas renseignée" in str(scope(R.MAIRE, " ; ", "Lyon", "M. B"))
    assert "situé à ?" in str(scope(R.MAIRE, "Lyon", None, "M. B"))
    # The EPCI president: his territory's communes, or everywhere when none is given.
    assert scope(R.PRESIDENT_EPCI, "Lyon; Villeurbanne, Bron", "Bron", "EPCI") is None
    assert scope(R.PRESIDENT_EPCI, "", "Bron", "EPCI") is None
    assert str(scope(R.PRESIDENT_EPCI, "Lyon;Villeurbanne", "Vénissieux", "EPCI")) == (
        "EPCI ne vote que pour les logements du territoire de l'EPCI (Lyon, Villeurbanne) : "
        "ce logement est situé à Vénissieux."
    )


def test_parse_vote_and_communes():
    from desktop.domain.caleol import communes_of, parse_vote

    assert [
        parse_vote(t)
        for t in (
            "Pour",
            " oui.",
            "CONTRE",
            "défavorable",
            "Abstenu",
            "abst.",
            "",
            None,
            "peut-être",
        )
    ] == [V.POUR, V.POUR, V.CONTRE, V.CONTRE, V.ABSTENTION, V.ABSTENTION, None, None, None]
    assert communes_of("Lyon ; Bron,, Villeurbanne ") == ["Lyon", "Bron", "Villeurbanne"]
    assert communes_of(None) == [] and communes_of(" ") == []


def test_one_direct_attribution_per_dwelling():
    from desktop.domain.caleol import check_item_decisions

    check_item_decisions(
        [Decision.ATTRIBUTION, Decision.ATTRIBUTION_RANG, None, Decision.NON_ATTRIBUTION]
    )
    with pytest.raises(ValidationError) as info:
        check_item_decisions(
            [
                Decision.ATTRIBUTION_RANG,
                Decision.ATTRIBUTION,
                Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
            ]
        )
    assert set(info.value.fields) == {"candidates[2].decision"}


def test_a_decision_against_the_vote_is_flagged():
    from desktop.domain.caleol import decision_contradicts_tally as against

    assert against(Decision.ATTRIBUTION, None) is None
    assert against(Decision.ATTRIBUTION_RANG, Outcome.ADOPTED) is None
    assert against(Decision.NON_ATTRIBUTION, Outcome.REJECTED) is None
    assert str(against(Decision.ATTRIBUTION_CONDITION_SUSPENSIVE, Outcome.TIE)) == (
        "Attention : la décision « Attribution sous condition suspensive » contredit le vote "
        "(partage des voix : non adoptée)."
    )
    assert str(against(Decision.IRRECEVABILITE, Outcome.ADOPTED)).endswith(
        "contredit le vote (proposition adoptée)."
    )


def test_occupation_review_grounds():
    from decimal import Decimal as Dec

    from desktop.domain.caleol import (
        OccupationGround as OG,
    )
    from desktop.domain.caleol import (
        minimum_surface,
        occupation_grounds,
        over_occupied,
        rooms_of,
        under_occupied,
    )

    assert [rooms_of(t) for t in ("T3", " f5 ", "T", "Studio", None, "T1bis")] == [
        3,
        5,
        None,
        None,
        None,
        None,
    ]
    # Under-occupation: rooms exceed the occupants by more than one.
    assert under_occupied(4, 2) and not under_occupied(3, 2) and not under_occupied(None, 1)
    assert not under_occupied(5, 0)
    assert [minimum_surface(n) for n in (0, 1, 2, 3, 7, 8, 12)] == [9, 9, 16, 25, 61, 70, 70]
    assert over_occupied(Dec("24.99"), 3) and not over_occupied(Dec("25"), 3)
    assert not over_occupied(None, 3) and not over_occupied(Dec("5"), 0)
    grounds = occupation_grounds("T5", Dec("20"), 3)
    assert [(g, str(m)) for g, m in grounds] == [
        (OG.SOUS_OCCUPATION, "5 pièces habitables pour 3 occupants."),
        (OG.SUR_OCCUPATION, "20,00 m² pour 3 occupants (minimum 25 m²)."),
    ]
    # Counts agreed: one occupant, and a surface under 2 m² is singular too.
    assert [str(m) for _g, m in occupation_grounds("T3", Dec("1.50"), 1)] == [
        "3 pièces habitables pour 1 occupant.",
        "1,50 m² pour 1 occupant (minimum 9 m²).",
    ]
    assert occupation_grounds("T5", None, 3, rooms=4) == []
    assert OG.SOUS_OCCUPATION.label == "Sous-occupation du logement (L621-2)"


def test_review_every_three_years_from_the_lease_start():
    from desktop.domain.caleol import review_anniversary as due

    start = D(2020, 3, 15)
    assert due(start, D(2023, 3, 14)) is None
    assert due(start, D(2023, 3, 15)) == D(2023, 3, 15)
    assert due(start, D(2026, 3, 14)) == D(2023, 3, 15)
    assert due(start, D(2026, 3, 15)) == D(2026, 3, 15)
    assert due(start, D(2027, 1, 1)) == D(2026, 3, 15)
    assert due(D(2020, 2, 29), D(2023, 3, 1)) == D(2023, 2, 28)  # leap day
    assert due(D(2020, 2, 29), D(2032, 3, 1)) == D(2032, 2, 29)


def test_labels_of_the_session_and_agenda_codes():
    from desktop.domain.caleol import SessionStatus

    assert [s.label for s in SessionStatus] == ["En préparation", "Séance ouverte", "Séance close"]
    assert Outcome.TIE.label == "Partage des voix : non adoptée" and not Outcome.TIE.adopted


def test_an_unnamed_candidate_is_named_by_his_position():
    with pytest.raises(ValidationError) as info:
        check_dwelling_candidates([Candidate("069001"), Candidate(" ")])
    assert str(info.value.fields["candidates[1].numero_unique"]) == (
        "Le candidat 2 n'a pas de numéro unique : sa demande ne peut pas être examinée."
    )


def test_a_single_occupant_may_under_occupy():
    from desktop.domain.caleol import under_occupied

    assert under_occupied(3, 1) and not under_occupied(2, 1)


def test_offer_deadline_outside_alsace_moselle_by_default():
    # Notified 24/03/2026: the 10 days end on Good Friday 03/04/2026.
    assert offer_deadline(D(2026, 3, 24)) == D(2026, 4, 3)
    assert offer_deadline(D(2026, 3, 24), alsace_moselle=True) == D(2026, 4, 7)


def test_household_and_candidates_read_with_their_counts_agreed():
    """The agenda and the minutes: « 1 adulte », « 2 adultes, 1 enfant », « aucun
    candidat », never « adulte(s) »."""
    assert [str(household_counted(a, c)) for a, c in ((1, 0), (2, 1), (1, 3))] == [
        "1 adulte",
        "2 adultes, 1 enfant",
        "1 adulte, 3 enfants",
    ]
    assert [str(candidates_counted(n)) for n in (0, 1, 3)] == [
        "aucun candidat",
        "1 candidat",
        "3 candidats",
    ]
