"""How the votes on a candidate were cast, for the minutes (issue 17): in session,
remotely, imported from the voting tool, or by the member himself in the application.
Pure module."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from desktop.domain.caleol import VoteChannel

_ORDER = (VoteChannel.SEANCE, VoteChannel.VOTE_DISTANCE, VoteChannel.MEMBRE, VoteChannel.IMPORT)


def channels_text(channels: Iterable[str]) -> str:
    """``["MEMBRE", "MEMBRE", "SEANCE"]`` -> ``"1 — en séance ; 2 — voté par le membre
    dans l'application"`` (each channel's label, lower case); empty when there is no
    vote. Unknown codes are shown as is."""
    counts = Counter(channels)
    if not counts:
        return ""
    parts = []
    for channel in _ORDER:
        n = counts.pop(channel.value, 0)
        if n:
            parts.append(f"{n} — {channel.label.lower()}")
    parts += [f"{n} — {code}" for code, n in sorted(counts.items())]
    return " ; ".join(parts)
