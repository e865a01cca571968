"""Where a rule looks: stretches of text around the literals its phrases need, so a long text is scanned only near them."""

from __future__ import annotations

from bisect import bisect_right

from scrapelint.rules.assistant import forms, languages, phrases

#: Trigger literals of the phrase lists and of the structural forms, per category.
TRIGGERS = {key: tuple(dict.fromkeys(phrases.TRIGGERS[key] + forms.TRIGGERS[key])) for key in phrases.TRIGGERS}


_WINDOW_BEFORE = 160
_WINDOW_AFTER = 480


def trigger_windows(prose: str, triggers: tuple[str, ...]) -> list[tuple[int, int]]:
    """Merged stretches of ``prose`` around each trigger literal (case-insensitive)."""
    lowered = languages.lowered(prose)
    spans: list[tuple[int, int]] = []
    for trigger in triggers:
        position = lowered.find(trigger)
        while position != -1:
            spans.append((max(0, position - _WINDOW_BEFORE), min(len(prose), position + _WINDOW_AFTER)))
            position = lowered.find(trigger, position + len(trigger))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def overlapping(windows: list[tuple[int, int]], spots: list[tuple[int, int]], ends: list[int]) -> list[tuple[int, int]]:
    """The windows that overlap one of ``spots`` (both sorted, neither overlapping itself; ``ends``: the spots' ends)."""
    kept = []
    for start, end in windows:
        index = bisect_right(ends, start)
        if index < len(spots) and spots[index][0] < end:
            kept.append((start, end))
    return kept
