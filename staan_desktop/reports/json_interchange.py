"""JSON interchange of a complete trajectory, described by ``resources/schema/staan.schema.json``.

The JSON is the :class:`~staan_desktop.domain.document.Trajectory` tree written out with its
field names; the schema is generated from the same model, so they cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError as PydanticError

from staan_desktop.domain.document import FORMAT_NAME, FORMAT_VERSION, Trajectory
from staan_desktop.domain.fingerprint import tree_value
from staan_desktop.domain.messages import MessageError, msg, phrase
from staan_desktop.domain.problems import describe_problem

#: A trajectory of 50 municipalities and 500 task fields with every score filled is ~40 MB.
MAX_JSON_BYTES = 128 * 1024 * 1024


class InterchangeError(MessageError):
    """JSON that is not a STAAN trajectory; the message is Dutch and says where."""


def to_json(tree: Trajectory) -> str:
    # The fingerprint's value of the tree: parts added later are left out while empty, so a
    # trajectory without options exports as before and an older release still reads it.
    return json.dumps(tree_value(tree), ensure_ascii=False, indent=2) + "\n"


def _where(loc: tuple[Any, ...]) -> str:
    # A key can be a megabyte long: the place is named, not quoted whole.
    return ".".join(str(part)[:40] for part in loc)[:200] or phrase("(het geheel)")


#: UTF-8's, UTF-16's and UTF-32's byte-order marks: ``json.loads`` would quietly decode such a
#: file, the strict parser after it would not; say what is wrong instead of where.
_BYTE_ORDER_MARKS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class _DuplicateKey(ValueError):
    pass


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # With a key twice, json keeps the last and another reader may keep the first: the same
    # file would mean two things.
    data = dict(pairs)
    if len(data) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return data


def from_json(text: str | bytes) -> Trajectory:
    if len(text) > MAX_JSON_BYTES:
        raise InterchangeError(msg("json.too_large"))
    if text.startswith(_BYTE_ORDER_MARKS) if isinstance(text, bytes) else text.startswith("\ufeff"):
        raise InterchangeError(
            msg("json.bom_or_not_utf8")
        )
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except _DuplicateKey as exc:
        raise InterchangeError(
            msg("json.duplicate_key", key=str(exc)[:40])
        ) from None
    except RecursionError:
        raise InterchangeError(msg("json.too_deep")) from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(msg("json.invalid_at", line=exc.lineno, column=exc.colno)) from None
    except UnicodeDecodeError:
        raise InterchangeError(msg("json.not_utf8")) from None
    except ValueError as exc:
        if "digits" in str(exc):  # Python refuses integers of more than 4,300 digits
            raise InterchangeError(msg("json.number_too_long")) from None
        raise InterchangeError(msg("json.not_utf8")) from None
    if not isinstance(data, dict):
        raise InterchangeError(msg("json.no_object"))
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError(msg("json.not_staan"))
    if data.get("format_version") != FORMAT_VERSION:
        raise InterchangeError(
            msg("json.format_version", found=repr(data.get('format_version'))[:20], supported=FORMAT_VERSION)
        )
    try:
        # Strict: a score of "3" or true is a wrong type, not a number to guess at.
        return Trajectory.model_validate_json(text, strict=True)
    except RecursionError:
        raise InterchangeError(msg("json.too_deep")) from None
    except PydanticError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid" and "recursion" in first.get("msg", ""):
            raise InterchangeError(msg("json.too_deep")) from None
        raise InterchangeError(
            msg("json.wrong_at", where=_where(first['loc']), reason=phrase(describe_problem(first)),
                more=msg("json.more_errors", count=exc.error_count() - 1) if exc.error_count() > 1 else "")
        ) from None


def json_schema() -> dict[str, Any]:
    schema = Trajectory.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "STAAN-traject"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
