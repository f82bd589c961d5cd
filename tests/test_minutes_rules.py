"""The CALEOL minutes' rules and wordings (desktop/domain/minutes.py), without a
database or a PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.domain.caleol import (
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    QuorumResult,
    SessionMode,
)
from desktop.domain.errors import ValidationError
from desktop.domain.minutes import (
    CandidateLine,
    Commission,
    DwellingItem,
    MemberLine,
    Minutes,
    NonVoter,
    NonVoteReason,
    OccupationReviewItem,
    Organisation,
    QuorumInfo,
    ReviewVerdict,
    SessionInfo,
    approval_state,
    attendance_text,
    decision_text,
    diff_versions,
    format_time_fr,
    format_weekday_date_fr,
    from_json,
    is_feminine,
    keep_quorum_wording,
    minutes_text,
    redact_for_candidate,
    signer_matches,
    to_json,
    votes_text,
)

A = AttendanceMode


def member(name: str, attendance=A.PRESENT, role=MemberRole.DESIGNE, **values) -> MemberLine:
    return MemberLine(name, role, attendance, **values)


# --------------------------------------------------------------------------- wording


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (member("Mme Claire Moreau"), "Présente"),
        (member("M. Paul Roy"), "Présent"),
        (member("Madame Lucie Roy", A.ABSENT, excused=True), "Absente excusée"),
        (member("M. Paul Roy", A.ABSENT, excused=True), "Absent excusé"),
        (member("Mlle Léa Roy", A.ABSENT), "Absente"),
        (member("M. Paul Roy", A.ABSENT), "Absent"),
        (
            member("Mme. Léa Roy", A.REPRESENTE, represented_by="M. Paul Roy"),
            "Représentée par M. Paul Roy",
        ),
        (
            member("M. Paul Roy", A.REPRESENTE, represented_by="Mme Léa Roy"),
            "Représenté par Mme Léa Roy",
        ),
        (member("Mme Léa Roy", A.REPRESENTE), "Représentée (sans pouvoir valable)"),
        (member("M. Paul Roy", A.REPRESENTE), "Représenté (sans pouvoir valable)"),
        (member("M. Paul Roy", A.DISTANCE), "À distance"),
        (
            member("M. Paul Roy", A.DISTANCE, connected_at=dt.datetime(2026, 3, 12, 14, 5)),
            "À distance (connexion à 14 h 05)",
        ),
    ],
)
def test_attendance_in_the_minutes_words(line, text):
    assert attendance_text(line) == text


def test_feminine_civilities():
    assert is_feminine("  MME Léa Roy")
    assert not is_feminine("Mmeline Roy")  # a first name, not a civility
    assert not is_feminine("M. Paul Roy")


def test_times_and_dates():
    assert format_time_fr(dt.time(9, 0)) == "9 h"
    assert format_time_fr(dt.time(14, 30)) == "14 h 30"
    assert format_time_fr(dt.datetime(2026, 3, 12, 8, 5)) == "8 h 05"
    assert format_time_fr(None) == ""
    assert format_weekday_date_fr(dt.date(2026, 3, 12)) == "jeudi 12 mars 2026"
    assert format_weekday_date_fr(dt.date(2026, 6, 1)) == "lundi 1er juin 2026"
    assert format_weekday_date_fr(dt.date(2026, 6, 7)) == "dimanche 7 juin 2026"


def candidate(position: int = 1, **values) -> CandidateLine:
    base = {"numero_unique": f"03333325000000{position}", "name": f"Mme Candidate {position}"}
    return CandidateLine(position, **{**base, **values})


def test_votes_text():
    assert votes_text(candidate()) == ""
    assert votes_text(candidate(votes_for=0)) == "0 pour, 0 contre, aucune abstention"
    assert votes_text(candidate(votes_against=2)) == "0 pour, 2 contre, aucune abstention"
    assert votes_text(candidate(votes_abstention=1)) == "0 pour, 0 contre, 1 abstention"
    assert votes_text(candidate(votes_for=4, votes_abstention=2)) == (
        "4 pour, 0 contre, 2 abstentions"
    )
    assert votes_text(candidate(votes_for=3, votes_against=3, casting_vote_used=True)) == (
        "3 pour, 3 contre, aucune abstention ; voix prépondérante du maire"
    )


def test_decision_text():
    assert decision_text(candidate()) == "Pas de décision"
    assert decision_text(candidate(decision=Decision.ATTRIBUTION, rank=1)) == "Attribution"
    assert decision_text(candidate(decision=Decision.ATTRIBUTION_RANG, rank=2)) == (
        "Attribution par classement (ordre de priorité) — rang 2"
    )
    assert decision_text(candidate(decision=Decision.ATTRIBUTION_RANG)) == (
        "Attribution par classement (ordre de priorité)"
    )
    suspensive = candidate(
        decision=Decision.ATTRIBUTION_CONDITION_SUSPENSIVE,
        condition_document="avis d'imposition 2025",
        condition_deadline=dt.date(2026, 4, 1),
    )
    assert decision_text(suspensive) == (
        "Attribution sous condition suspensive (pièce à produire : avis d'imposition 2025, "
        "avant le 01/04/2026)"
    )
    assert decision_text(replace(suspensive, condition_document="")) == (
        "Attribution sous condition suspensive (avant le 01/04/2026)"
    )
    assert decision_text(replace(suspensive, condition_deadline=None)) == (
        "Attribution sous condition suspensive (pièce à produire : avis d'imposition 2025)"
    )
    assert decision_text(replace(suspensive, condition_document="", condition_deadline=None)) == (
        "Attribution sous condition suspensive"
    )


def test_non_voters_agreed_with_the_civility():
    assert NonVoter("Mme Léa Roy", NonVoteReason.ABSENT).text == "Mme Léa Roy (absente)"
    assert NonVoter("M. Paul Roy", NonVoteReason.ABSENT).text == "M. Paul Roy (absent)"
    assert NonVoter(
        "Mme Léa Roy", NonVoteReason.NOT_CONCERNED, "logement situé à Mérignac"
    ).text == ("Mme Léa Roy (non concernée : logement situé à Mérignac)")
    assert NonVoter("M. Paul Roy", NonVoteReason.NOT_CONCERNED).text == "M. Paul Roy (non concerné)"
    assert NonVoter("Mme Léa Roy", NonVoteReason.CONFLICT, "candidat n° 2").text == (
        "Mme Léa Roy (conflit d'intérêts : candidat n° 2)"
    )


def test_a_candidate_shown_masked_and_its_votes():
    assert candidate(3, masked=True).display_name == "Candidat 3 — données masquées"
    assert candidate(3).display_name == "Mme Candidate 3"
    assert not candidate().has_votes
    assert candidate(votes_abstention=0).has_votes


# --------------------------------------------------------------------------- approval


def test_who_must_approve_before_signing():
    minutes = session_minutes()
    state = approval_state(minutes, {})
    # Voting members who took part (present or remote), with a seat: not the represented
    # or absent ones, not the advisory members, not a mayor without a seat.
    assert state.required == ((1, "Mme Claire Moreau"), (2, "M. Paul Roy"))
    assert state.missing == state.required and not state.complete and not state.ready
    state = approval_state(minutes, {1: ReviewVerdict.APPROVE, 5: ReviewVerdict.COMMENT})
    assert state.missing == ((2, "M. Paul Roy"),)
    assert state.approved == (1,) and state.commented == (5,)
    state = approval_state(minutes, {1: ReviewVerdict.APPROVE, 2: ReviewVerdict.APPROVE})
    assert state.complete and state.ready
    state = approval_state(
        minutes, {1: ReviewVerdict.APPROVE, 2: ReviewVerdict.APPROVE, 5: ReviewVerdict.COMMENT}
    )
    assert state.complete and not state.ready
    nobody = approval_state(replace(minutes, members=()), {})
    assert not nobody.complete and not nobody.ready


def test_attendance_counts():
    minutes = session_minutes()
    assert minutes.attendance_count(A.PRESENT) == 3
    assert minutes.attendance_count(A.PRESENT, voting=True) == 2
    assert minutes.attendance_count(A.PRESENT, voting=False) == 1
    assert [m.name for m in minutes.voting_members] == [
        "Mme Claire Moreau",
        "M. Paul Roy",
        "Mme Nadia Cherif",
        "M. Jean Dubois",
        "M. le maire",
    ]


def test_certificate_of_a_member_without_first_name_or_last_name():
    assert not signer_matches("Moreau", "", "Moreau")
    assert not signer_matches("Claire", "Claire", "")
    assert not signer_matches("", "Claire", "Moreau")
    assert signer_matches("Moreau Claire", "Claire", "Moreau")


# --------------------------------------------------------------------------- a session


def session_minutes() -> Minutes:
    return Minutes(
        organisation=Organisation("Habitat Gironde"),
        commission=Commission("CALEOL Bordeaux", territory="Bordeaux Métropole"),
        session=SessionInfo(
            "2026-03",
            dt.date(2026, 3, 12),
            SessionMode.PRESENTIEL,
            start_time=dt.time(14, 30),
            end_time=dt.time(16, 0),
            place="Salle du conseil",
            president="Mme Claire Moreau",
            secretary="M. Luc Petit",
        ),
        members=(
            member("Mme Claire Moreau", id=1, president=True, quality="Adjointe au maire"),
            member("M. Paul Roy", A.DISTANCE, role=MemberRole.REPR_LOCATAIRES, id=2),
            member("Mme Nadia Cherif", A.ABSENT, id=3, excused=True),
            member("M. Jean Dubois", A.REPRESENTE, id=4, represented_by="Mme Claire Moreau"),
            member("Mme Anne Vidal", role=MemberRole.CONSULT_CCAS, id=5),
            member(
                "M. le maire", role=MemberRole.MAIRE, by_right="Membre de droit", presiding=True
            ),
        ),
        quorum=QuorumInfo(
            reached=True,
            designated_total=6,
            designated_present=2,
            designated_represented=1,
            designated_required=3,
            explanations=("Quorum atteint.",),
        ),
        dwellings=(
            DwellingItem(
                1,
                "LGT-1",
                "12 rue des Lilas, 33000 Bordeaux",
                programme="Les Lilas",
                dwelling_type="T3",
                surface=Decimal("64.5"),
                floor="2",
                rent=Decimal("412.5"),
                charges=Decimal("85.2"),
                funding="PLUS",
                fewer_candidates_reason=FewerCandidatesReason.DALO,
                observations="Logement rénové.",
                non_voters=(NonVoter("Mme Nadia Cherif", NonVoteReason.ABSENT),),
                candidates=(
                    candidate(
                        1,
                        household="Couple",
                        household_size=2,
                        resources=Decimal("1800"),
                        effort_rate=Decimal("22.45"),
                        priority_criteria=("DALO",),
                        decision=Decision.ATTRIBUTION_RANG,
                        rank=1,
                        votes_for=4,
                        votes_against=0,
                        votes_abstention=1,
                        score="42 points",
                        vote_channels="4 — en séance",
                        conflicted_members=("M. Paul Roy",),
                    ),
                    candidate(2, decision=Decision.NON_ATTRIBUTION, reason="Dossier incomplet."),
                ),
            ),
            DwellingItem(
                2, "LGT-2", "3 place Pey-Berland, 33000 Bordeaux", candidates=(candidate(3),)
            ),
        ),
        occupation_reviews=(
            OccupationReviewItem(
                1,
                "M. Marc Bernard",
                "LGT-9",
                dwelling_type="T5",
                occupants=2,
                grounds=("Sous-occupation",),
                findings="Deux pièces de trop.",
                opinion="Proposer un T3.",
            ),
        ),
        remarks=("Séance suspendue 5 minutes.",),
        signed_place="Bordeaux",
        signed_on=dt.date(2026, 3, 13),
    )


def test_the_minutes_text_has_one_fact_per_line():
    lines = minutes_text(session_minutes())
    for expected in [
        "Organisme : Habitat Gironde",
        "Commission : CALEOL Bordeaux (Bordeaux Métropole)",
        "Séance n° 2026-03 du 12/03/2026",
        "Mode : Séance en présentiel",
        "Horaires : 14 h 30 – 16 h",
        "Lieu : Salle du conseil",
        "Présidence : Mme Claire Moreau",
        "Secrétariat : M. Luc Petit",
        "Membre : Mme Claire Moreau (Membre désigné par le conseil, Adjointe au maire, "
        "voix délibérative) — Présente",
        "Membre : Mme Anne Vidal (CCAS ou service social départemental, voix consultative) "
        "— Présente",
        "Membre : M. le maire (Maire de la commune, Membre de droit, président de séance, "
        "voix délibérative) — Présent",
        "Quorum : atteint — 3 membres désignés présents ou représentés sur 6, 3 requis",
        "Quorum : Quorum atteint.",
        "Logement 1 (LGT-1) : 12 rue des Lilas, 33000 Bordeaux, Les Lilas",
        "Logement 1 (LGT-1) : T3, 64,50 m², étage 2",
        "Logement 1 (LGT-1) : loyer 412,50\u00a0€, charges 85,20\u00a0€",
        "Logement 1 (LGT-1) : financement PLUS, contingent —, accessibilité —",
        "Logement 1 (LGT-1) : moins de trois candidats — Candidat DALO désigné par le préfet",
        "Logement 1 (LGT-1) : observations — Logement rénové.",
        "Logement 1 (LGT-1) : n'a pas voté Mme Nadia Cherif (absente)",
        "Logement 1 (LGT-1), candidat 1 : Mme Candidate 1, n° unique 033333250000001",
        "Logement 1 (LGT-1), candidat 1 : ménage Couple (2 pers.)",
        "Logement 1 (LGT-1), candidat 1 : ressources 1\u202f800,00\u00a0€, taux d'effort "
        "22,5 %, reste à vivre —",
        "Logement 1 (LGT-1), candidat 1 : priorité DALO",
        "Logement 1 (LGT-1), candidat 1 : votes 4 pour, 0 contre, 1 abstention",
        "Logement 1 (LGT-1), candidat 1 : cotation 42 points",
        "Logement 1 (LGT-1), candidat 1 : votes exprimés 4 — en séance",
        "Logement 1 (LGT-1), candidat 1 : n'ont pas pris part au vote M. Paul Roy",
        "Logement 1 (LGT-1), candidat 2 : ménage —",
        "Logement 1 (LGT-1), candidat 2 : priorité aucune",
        "Logement 1 (LGT-1), candidat 2 : motif Dossier incomplet.",
        "Logement 2 (LGT-2) : 3 place Pey-Berland, 33000 Bordeaux",
        "Logement 2 (LGT-2) : —, —",
        "Logement 2 (LGT-2) : loyer —, charges —",
        "Examen d'occupation 1 : M. Marc Bernard, LGT-9, T5, 2 occupants",
        "Examen d'occupation 1 : motifs Sous-occupation",
        "Examen d'occupation 1 : constat Deux pièces de trop.",
        "Examen d'occupation 1 : avis Proposer un T3.",
        "Observation : Séance suspendue 5 minutes.",
        "Fait à Bordeaux, le 13/03/2026",
    ]:
        assert expected in lines, expected
    assert not any(
        line.startswith(("Moyen technique", "Votes :", "Demande de séance")) for line in lines
    )
    assert not any(
        "candidat 3 : votes" in line or "candidat 2 : cotation" in line for line in lines
    )


def test_the_text_of_a_remote_written_session():
    m = session_minutes()
    m = replace(
        m,
        commission=Commission("CALEOL"),
        quorum=QuorumInfo(reached=False),
        session=replace(
            m.session,
            mode=SessionMode.ECRITE,
            start_time=None,
            end_time=None,
            place="",
            technical_means="Plateforme sécurisée",
            vote_opens_at=dt.datetime(2026, 3, 10, 9, 0),
            vote_closes_at=None,
            physical_session_requested="M. Paul Roy, le 09/03/2026",
        ),
        occupation_reviews=(OccupationReviewItem(1, "M. Marc Bernard", "LGT-9"),),
        signed_place="",
        signed_on=None,
    )
    lines = minutes_text(m)
    assert "Commission : CALEOL" in lines
    assert "Moyen technique : Plateforme sécurisée" in lines
    assert "Votes : du 10/03/2026 à 9 h au —" in lines
    assert "Demande de séance physique : M. Paul Roy, le 09/03/2026" in lines
    assert (
        "Quorum : non atteint — aucun membre désigné présent ou représenté sur 0, 0 requis" in lines
    )
    assert "Examen d'occupation 1 : M. Marc Bernard, LGT-9" in lines
    assert "Examen d'occupation 1 : motifs —" in lines
    assert not any(line.startswith(("Horaires", "Lieu", "Fait à")) for line in lines)
    assert not any(line.startswith("Examen d'occupation 1 : constat") for line in lines)


# --------------------------------------------------------------------------- extract


def test_the_extract_for_one_applicant_masks_the_others():
    m = session_minutes()
    extract = redact_for_candidate(m, " 0333332500 00002 ")
    assert extract.extract_for == "0333332500 00002"
    assert [d.reference for d in extract.dwellings] == ["LGT-1"]
    assert extract.omitted_dwellings == 1 and extract.omitted_reviews == 1
    assert extract.occupation_reviews == () and extract.remarks == ()
    first, second = extract.dwellings[0].candidates
    assert second == m.dwellings[0].candidates[1]
    assert first.masked and first.name == "" and first.numero_unique == ""
    assert (first.decision, first.rank, first.votes_for, first.votes_abstention) == (
        Decision.ATTRIBUTION_RANG,
        1,
        4,
        1,
    )
    assert first.resources is None and first.conflicted_members == ()
    assert extract.dwellings[0].observations == ""
    lines = minutes_text(extract)
    assert "Logement 1 (LGT-1), candidat 1 : Candidat 1 — données masquées" in lines
    assert not any("DALO" in line and "candidat 1" in line for line in lines)
    assert not any("cotation" in line for line in lines)


def test_no_extract_without_a_number_examined():
    with pytest.raises(ValidationError):
        redact_for_candidate(session_minutes(), "  ")
    with pytest.raises(ValidationError):
        redact_for_candidate(session_minutes(), "")


# --------------------------------------------------------------------------- diff, JSON


def test_diff_of_text_lines():
    diff = diff_versions(["a", "b", "c", "d"], ["a", "B", "c", "e", "f"])
    assert [(x.old, x.new) for x in diff.changed] == [("b", "B"), ("d", "e")]
    assert diff.added == ("f",) and diff.removed == ()
    diff = diff_versions(["a", "b", "c"], ["a", "X", "Y", "c"])
    assert [(x.old, x.new) for x in diff.changed] == [("b", "X")]
    assert diff.added == ("Y",)
    diff = diff_versions(["a", "b", "c", "d"], ["a", "X", "d"])
    assert [(x.old, x.new) for x in diff.changed] == [("b", "X")]
    assert diff.removed == ("c",)
    assert diff_versions(["a"], ["a", "b"]).added == ("b",)
    assert diff_versions(["a", "b"], ["b"]).removed == ("a",)
    assert diff_versions(["a"], ["b"]).unified[:2] == (
        "--- version précédente",
        "+++ nouvelle version",
    )
    assert not diff_versions(["a"], ["b"]).empty
    assert not diff_versions(["a"], ["a", "b"]).empty
    assert not diff_versions(["a", "b"], ["a"]).empty


def test_json_keeps_every_fact_of_a_session():
    import json

    m = session_minutes()
    data = json.loads(json.dumps(to_json(m)))
    assert data["schema"] == 1
    assert from_json(data) == m
    with pytest.raises(ValueError):
        from_json({"schema": 2, "minutes": data["minutes"]})
    with pytest.raises(ValueError):
        from_json([])


def test_quorum_info_from_the_quorum_rules():
    result = QuorumResult(
        reached=True,
        counts={"designated_total": 6, "designated_present": 3, "designated_represented": 1},
    )
    info = QuorumInfo.from_result(result)
    assert info.reached and info.designated_total == 6 and info.designated_counted == 4
    assert info.designated_required == 0 and info.remote_required == 0


def test_a_quorum_result_without_some_counts_counts_zero():
    assert QuorumInfo.from_result(QuorumResult(reached=False, counts={})) == QuorumInfo(
        reached=False
    )


def test_a_member_recorded_without_details_is_absent_and_not_presiding():
    line = MemberLine("M. Paul Roy", MemberRole.DESIGNE)
    assert line.attendance is A.ABSENT and not line.excused
    assert not line.president and not line.presiding


def test_status_labels():
    from desktop.domain.minutes import MinutesStatus, ReviewChannel

    assert MinutesStatus.SIGNED.label == "Signé"
    assert MinutesStatus.IN_REVIEW.label == "Soumis aux membres"
    assert ReviewVerdict.COMMENT.label == "Demande une modification"
    assert ReviewChannel.EXPORT.label == "Réponse écrite enregistrée"


def test_a_replaced_block_pairs_its_lines_in_order():
    diff = diff_versions(["a", "b", "c", "z"], ["a", "B", "C", "z"])
    assert [(x.old, x.new) for x in diff.changed] == [("b", "B"), ("c", "C")]
    assert diff.added == () and diff.removed == ()


def test_a_new_wording_of_the_same_quorum_keeps_the_approved_version_signable():
    approved = session_minutes()
    reworded = replace(
        approved, quorum=replace(approved.quorum, explanations=("Le quorum est atteint.",))
    )
    assert not diff_versions(approved, reworded).empty
    kept = keep_quorum_wording(approved, reworded)
    assert kept.quorum.explanations == ("Quorum atteint.",)
    assert diff_versions(approved, kept).empty
    # Other facts, or another number of explanations: the current wording stays.
    fewer = replace(reworded, quorum=replace(reworded.quorum, designated_present=1))
    assert keep_quorum_wording(approved, fewer) == fewer
    longer = replace(reworded, quorum=replace(approved.quorum, explanations=("a", "b")))
    assert keep_quorum_wording(approved, longer) == longer


def test_a_version_stored_without_its_quorum_does_not_say_it_was_reached():
    data = to_json(session_minutes())
    del data["minutes"]["quorum"]
    lines = minutes_text(from_json(data))
    assert any(line.startswith("Quorum : non atteint") for line in lines)
