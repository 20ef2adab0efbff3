"""The words of a trajectory, for baselines that print "the same words" without our layout."""

from __future__ import annotations

import re

from staan_desktop.domain.document import Trajectory

#: Fields that are keys or enum values, not words a reader sees.
_NOT_WORDS = {"format", "format_version", "kind", "status", "role", "key"}
#: The few characters of our safe markup (``**bold**``, ``[^footnote]``, ``\\``).
_MARKUP = re.compile(r"\*\*|\*|\[\^|\]|\\")


def _strings(value: object, key: str = "") -> list[str]:
    if key in _NOT_WORDS:
        return []
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    if isinstance(value, str):
        return [_MARKUP.sub("", value)] if value.strip() else []
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [str(value)]
    return []


def paragraphs(tree: Trajectory) -> list[str]:
    """Every text of the tree, one string per field, markup removed.

    A score's criterion and municipality are references (the PDF prints them once, as table
    headings), so of the scores only the values and notes count."""
    data = tree.model_dump(mode="json")
    for task_field in data["task_fields"]:
        task_field["scores"] = [{"value": s["value"], "note": s["note"]} for s in task_field["scores"]]
    texts = _strings(data)
    # Group the many short strings (values, names) into paragraphs of about 600 characters so
    # that the baseline lays out running text, not one paragraph per number.
    out: list[str] = []
    current: list[str] = []
    size = 0
    for text in texts:
        current.append(text)
        size += len(text)
        if size >= 600:
            out.append(" ".join(current))
            current, size = [], 0
    if current:
        out.append(" ".join(current))
    return out
