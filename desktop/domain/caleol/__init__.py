"""CALEOL rules: quorum, candidates per dwelling, decisions, votes, offer deadline.

docs/domain.md#caleol. Pure functions, no Qt and no database: the services feed them
plain values and show the returned ``Message`` objects.

- The law fixes no quorum: the commission's *règlement intérieur* does (CCH L441-2).
  ``QuorumRules`` holds it as versioned configuration; the defaults (half of the 6
  designated members present or represented, one proxy per member) are common
  practice, UNCONFIRMED. A remote session (videoconference or written) is valid only
  when at least half the members take part (ordonnance n° 2014-1329, art. 4).
- At least 3 applications per dwelling, unless one of the legal exemptions
  (``FewerCandidatesReason``); no application without a *numéro unique* (R441-2-1).
- Decisions of R441-3 (``Decision``); ranks 1 to 3 (practice), unique per dwelling.
- Votes: simple majority of the votes cast, abstentions not counted (UNCONFIRMED:
  the règlement intérieur decides); on a tie the mayor of the dwelling's commune has
  the casting vote (L441-2), and he votes only on his commune's dwellings.
- Offer (R441-10): at least 10 days, counted from the day after notification; a
  deadline on a Saturday, Sunday or public holiday moves to the next working day
  (CPC 641-642).

The package: ``common`` (enums and their labels, fundings), ``quorum``, ``decisions``
(candidates per dwelling, ranks, decisions), ``votes`` (tally, who votes on which
dwelling), ``occupation`` (occupation review), ``offers`` (answer deadline, offer
follow-up); every public name is re-exported here.
"""

from __future__ import annotations

from desktop.domain.caleol.common import (
    FUNDINGS,
    AgendaItemKind,
    AttendanceMode,
    Decision,
    FewerCandidatesReason,
    MemberRole,
    OccupationGround,
    Outcome,
    PriorityCriterion,
    SessionMode,
    SessionStatus,
    Vote,
    VoteChannel,
)
from desktop.domain.caleol.decisions import (
    MAX_RANK,
    MIN_CANDIDATES,
    Candidate,
    candidates_counted,
    check_dwelling_candidates,
    check_item_decisions,
    check_ranks,
    decision_contradicts_tally,
    household_counted,
    validate_decision,
)
from desktop.domain.caleol.occupation import (
    REVIEW_YEARS,
    minimum_surface,
    occupants_counted,
    occupation_grounds,
    over_occupied,
    review_anniversary,
    rooms_of,
    under_occupied,
)
from desktop.domain.caleol.offers import (
    MIN_OFFER_DAYS,
    OfferCandidate,
    OfferState,
    OfferStatus,
    offer_deadline,
    offer_lapsed,
    offer_order,
    offer_start,
    offer_state,
)
from desktop.domain.caleol.quorum import (
    QUORUM_RULES,
    Member,
    Proxy,
    QuorumResult,
    QuorumRules,
    check_quorum,
    designated_counted,
    proxies_counted,
    quorum_rules_for,
    require_quorum,
    voting_counted,
)
from desktop.domain.caleol.votes import (
    TallyResult,
    communes_of,
    parse_vote,
    tally,
    vote_scope_problem,
)

__all__ = [
    "FUNDINGS",
    "MAX_RANK",
    "MIN_CANDIDATES",
    "MIN_OFFER_DAYS",
    "QUORUM_RULES",
    "REVIEW_YEARS",
    "AgendaItemKind",
    "AttendanceMode",
    "Candidate",
    "Decision",
    "FewerCandidatesReason",
    "Member",
    "MemberRole",
    "OccupationGround",
    "OfferCandidate",
    "OfferState",
    "OfferStatus",
    "Outcome",
    "PriorityCriterion",
    "Proxy",
    "QuorumResult",
    "QuorumRules",
    "SessionMode",
    "SessionStatus",
    "TallyResult",
    "Vote",
    "VoteChannel",
    "candidates_counted",
    "check_dwelling_candidates",
    "check_item_decisions",
    "check_quorum",
    "check_ranks",
    "communes_of",
    "decision_contradicts_tally",
    "designated_counted",
    "household_counted",
    "minimum_surface",
    "occupants_counted",
    "occupation_grounds",
    "offer_deadline",
    "offer_lapsed",
    "offer_order",
    "offer_start",
    "offer_state",
    "over_occupied",
    "parse_vote",
    "proxies_counted",
    "quorum_rules_for",
    "require_quorum",
    "review_anniversary",
    "rooms_of",
    "tally",
    "under_occupied",
    "validate_decision",
    "vote_scope_problem",
    "voting_counted",
]
