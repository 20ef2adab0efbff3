"""The fingerprint of a version: SHA-256 over one canonical serialisation of its content.

The canonical form (name: ``staan-canonical-json/1``) is defined on JSON values, not on the
Python model, so that a stored snapshot keeps its fingerprint even when a later release adds
fields to :class:`~staan_desktop.domain.document.Trajectory`:

1. The content is the :class:`Trajectory` tree as ``model_dump(mode="json")`` writes it: every
   field, defaults included; tuples become arrays (order is meaning: it is the order printed);
   enums become their values; ``None`` becomes ``null``.
   Exception: the parts added after the first release (:data:`LATER_PARTS`) are left out
   while they are empty, so that a document that does not use them keeps the fingerprint it
   was signed off with.
2. Objects are written with their keys sorted by Unicode code point, arrays in order.
3. No insignificant whitespace: separators are ``,`` and ``:`` without spaces.
4. Strings are written as JSON strings with only the escapes JSON requires (``"``, ``\\``,
   control characters as ``\\uXXXX`` or the short forms ``\\n`` ``\\t`` …); every other
   character is written as itself, not as ``\\u`` escape.
5. Numbers: integers as decimal digits; floats as Python writes them (the shortest text that
   reads back as the same IEEE 754 double, with ``.0`` for a whole number, e.g. ``1.0``);
   NaN and infinity are refused.
6. ``true``, ``false``, ``null`` in lower case.
7. The text is encoded as UTF-8 without byte-order mark; the fingerprint is the SHA-256 of
   those bytes, written as 64 lower-case hexadecimal digits.

Strings are **not** Unicode-normalised (no NFC). The fingerprint attests exactly the
characters that were signed off and that the PDF prints; normalising would let two different
texts share one fingerprint. Text that looks the same but is composed differently (``é`` as one
code point or as ``e`` plus an accent) therefore gives a different fingerprint — it is a
different text, and the comparison of versions will show it.

**Two forms of snapshot.** A concept's fingerprint is always taken of its content alone (form
``/1``). The snapshot that a sign-off freezes has been, since form ``staan-canonical-json/2``,
the canonical JSON of ``{"content": <the tree>, "signoff": {"version": N, "decided_on":
"YYYY-MM-DD", "meeting": "…", "members": ["…", …]}}``: the fingerprint of a signed-off version
then attests who decided, when and in which meeting, besides what. Snapshots made under form
``/1`` (the tree alone) are kept as they are and still verify: rewriting them would give a PDF
already handed out another fingerprint, and would certify sign-off facts after the fact that
were never fingerprinted. Their sign-off facts are not covered: ``check`` cannot tell when they
were rewritten (``verify`` still compares what a PDF prints of them with the records).
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import Any

from .document import Trajectory

CANONICAL_FORM = "staan-canonical-json/1"
#: The form of a signed-off snapshot since sign-off facts are fingerprinted too.
SIGNED_FORM = "staan-canonical-json/2"
KNOWN_FORMS = (CANONICAL_FORM, SIGNED_FORM)
#: Top-level parts of the tree that came after the canonical form was fixed.
LATER_PARTS = (
    "options", "frame", "decision", "method", "parties", "actions", "key_figures", "cost_keys",
    "knowledge_agenda", "open_questions", "mandates", "cooperations", "weight_sets",
)
#: Fields of persons (and of the trajectory) that came later still; left out while ``None``
#: (the default by role), so that content made before them keeps its fingerprint.
LATER_PERSON_FIELDS = ("public_function",)
LATER_INFO_FIELDS = ("procesmanager_public",)
FINGERPRINT_LENGTH = 64


class CanonicalError(ValueError):
    """A value that has no canonical JSON form (NaN, infinity, a non-string key, …)."""


def _check(value: Any) -> None:
    # json.dumps would quietly write NaN or turn an int key into a string; refuse instead,
    # so that two different values can never share one canonical text.
    if isinstance(value, float) and not math.isfinite(value):
        raise CanonicalError("NaN and infinity have no canonical form")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise CanonicalError(f"object key {key!r} is not a string")
            _check(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _check(item)
    elif value is not None and not isinstance(value, (str, int, float, bool)):
        raise CanonicalError(f"{type(value).__name__} is not a JSON value")


def canonical_text(value: Any) -> str:
    """The canonical JSON text of a JSON value (see the module documentation)."""
    _check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def canonical_bytes(value: Any) -> bytes:
    return canonical_text(value).encode("utf-8")


def tree_value(tree: Trajectory) -> dict[str, Any]:
    """The JSON value of a trajectory tree that the canonical form is taken of."""
    value = tree.model_dump(mode="json")
    # Parts added by a later release are left out while empty, so that content made before
    # them keeps the fingerprint it was signed off (and its PDF marked) with.
    for key in LATER_PARTS:
        if not value.get(key):
            value.pop(key, None)
    _drop_unset(value.get("trajectory"), LATER_INFO_FIELDS)
    for conference in value.get("conferences") or ():
        for person in conference.get("participants") or ():
            _drop_unset(person, LATER_PERSON_FIELDS)
    for task_field in value.get("task_fields") or ():
        for person in task_field.get("owners") or ():
            _drop_unset(person, LATER_PERSON_FIELDS)
    for role in value.get("roles") or ():
        for person in role.get("members") or ():
            _drop_unset(person, LATER_PERSON_FIELDS)
    return value


def _drop_unset(item: Any, keys: tuple[str, ...]) -> None:
    if isinstance(item, dict):
        for key in keys:
            if key in item and item[key] is None:
                del item[key]


def tree_canonical_text(tree: Trajectory) -> str:
    return canonical_text(tree_value(tree))


def signoff_value(*, version: int, decided_on: str, meeting: str, members: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """The sign-off facts as they are fingerprinted (form ``/2``)."""
    return {"version": version, "decided_on": decided_on, "meeting": meeting, "members": list(members)}


def signed_snapshot_text(tree: Trajectory, signoff: dict[str, Any]) -> str:
    """The canonical text of a signed-off snapshot (form ``/2``): content and sign-off facts."""
    return canonical_text({"content": tree_value(tree), "signoff": signoff})


def snapshot_parts(text: str, form: str) -> tuple[Any, dict[str, Any] | None]:
    """``(content value, sign-off facts or None)`` of a stored snapshot of ``form``; raises
    :class:`CanonicalError` for a form this release does not know or a snapshot of the wrong
    shape."""
    value = json.loads(text)
    if form == CANONICAL_FORM:
        return value, None
    if form == SIGNED_FORM:
        if not isinstance(value, dict) or set(value) != {"content", "signoff"} or not isinstance(value["signoff"], dict):
            raise CanonicalError("a signed-off snapshot is {content, signoff}")
        return value["content"], value["signoff"]
    raise CanonicalError(f"unknown canonical form {form!r}")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint_of_value(value: Any) -> str:
    return sha256_hex(canonical_bytes(value))


def fingerprint(tree: Trajectory) -> str:
    """The fingerprint of a trajectory's content."""
    return fingerprint_of_value(tree_value(tree))


def fingerprint_of_stored(text: str) -> str:
    """Recompute the fingerprint of a stored snapshot (canonical JSON text) from its meaning:
    parse it and canonicalise again, so that a snapshot that was not written canonically, or
    was altered, cannot pass for the fingerprint stored beside it."""
    return fingerprint_of_value(json.loads(text))


def is_fingerprint(text: str) -> bool:
    return len(text) == FINGERPRINT_LENGTH and all(c in "0123456789abcdef" for c in text)


def grouped(fingerprint_hex: str, size: int = 4) -> str:
    """``"1a2b3c4d…"`` as ``"1a2b 3c4d …"``: easier to read aloud and compare by eye."""
    return " ".join(fingerprint_hex[i : i + size] for i in range(0, len(fingerprint_hex), size))
