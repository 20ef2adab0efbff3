"""Right-to-left runs in visual order.

PDF text is drawn left to right in the order it is stored. ReportLab only reorders
right-to-left text when its optional ``rlbidi`` extension is installed; without it a Hebrew
name would print back to front. This is a deliberately small subset of the Unicode bidi
algorithm, enough for a right-to-left name or phrase inside Dutch text: each run of
right-to-left text is reversed (numbers inside it keep their order, brackets are mirrored,
combining marks stay with their letter). A right-to-left run that wraps over two lines
still reads line by line from the top; full paragraphs in Hebrew are out of scope.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_RTL = frozenset({"R", "AL"})
_NUMBER = frozenset({"EN", "AN"})
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


@lru_cache(maxsize=4096)
def _cls(ch: str) -> str:
    return unicodedata.bidirectional(ch)


# A quick look for any right-to-left script before the per-character work.
_MAYBE_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]")


def _has_rtl(text: str) -> bool:
    return _MAYBE_RTL.search(text) is not None and any(_cls(ch) in _RTL for ch in text)


def _clusters(run: str) -> list[str]:
    """A letter with its combining marks is one unit when reversing."""
    out: list[str] = []
    for ch in run:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _reverse_run(run: str) -> str:
    units = _clusters(run)
    # Digits keep their own left-to-right order inside the reversed run.
    groups: list[list[str]] = []
    for unit in units:
        is_number = _cls(unit[0]) in _NUMBER
        if groups and is_number and _cls(groups[-1][0][0]) in _NUMBER:
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return "".join("".join(group) if _cls(group[0][0]) in _NUMBER else group[0].translate(_MIRROR)
                   for group in reversed(groups))


def _visual_line(line: str) -> str:
    classes = [_cls(ch) for ch in line]
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        if classes[i] not in _RTL:
            out.append(line[i])
            i += 1
            continue
        # The run lasts until the last right-to-left letter before the next left-to-right one.
        j, last = i, i
        while j < n and classes[j] != "L":
            if classes[j] in _RTL:
                last = j
            j += 1
        while last + 1 < n and unicodedata.combining(line[last + 1]):
            last += 1
        out.append(_reverse_run(line[i : last + 1]))
        i = last + 1
    return "".join(out)


def visual(text: str) -> str:
    """``text`` with its right-to-left runs in the order they are drawn."""
    if not _has_rtl(text):
        return text
    return "\n".join(_visual_line(line) for line in text.split("\n"))
