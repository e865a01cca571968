"""A video's chapters: the time-coded contents of a talk the article embeds.

A post that shows a recorded talk often lists its chapters, each a time into the video and the
part's title ("0:00 – Introduction", "2:34 – What happens when you use the web"), under a label
("Table of contents:"). Short lines under a menu-like label look like a menu, but no menu counts
the time of a recording: the times start at zero and only grow, as the parts of one video do.
A programme's schedule or an event's agenda gives clock times, which do not start at zero.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from scrapelint.rules.boilerplate.lines import PHRASE, SENTENCE, SHORT, LineInfo

#: A time into a recording at the start of a line ("0:00", "14:54", "1:11:45"), then a dash or a
#: space and the part's title.
_TIME_CODE = re.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s*(?:[-–—]\s*)?\S")


def video_chapters(infos: Sequence[LineInfo], text: str, min_items: int = 3) -> set[int]:
    """Runs of ``min_items`` or more lines that each open with a time code, the first at zero
    and each later than the one before, with the label right above them when it ends with a
    colon ("Table of contents:", "Chapters:")."""
    found: set[int] = set()
    count = len(infos)
    k = 0
    while k < count:
        seconds = _time_code(infos[k], text)
        if seconds != 0:
            k += 1
            continue
        end, last = k, seconds
        while end + 1 < count:
            following = _time_code(infos[end + 1], text)
            if following is None or following <= last:
                break
            end, last = end + 1, following
        if end - k + 1 >= min_items:
            found.update(range(k, end + 1))
            if k > 0 and infos[k - 1].colon and infos[k - 1].words <= 4:
                found.add(k - 1)
        k = end + 1
    return found


def _time_code(info: LineInfo, text: str) -> int | None:
    """The line's opening time code in seconds, or None."""
    if info.cls not in (SHORT, SENTENCE, PHRASE):
        return None
    match = _TIME_CODE.match(text, info.start, info.end)
    if match is None:
        return None
    hours, minutes, secs = match.groups()
    if int(secs) >= 60 or (hours is not None and int(minutes) >= 60):
        return None
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
