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
from staan_desktop.domain.problems import describe_problem

#: A trajectory of 50 municipalities and 500 task fields with every score filled is ~40 MB.
MAX_JSON_BYTES = 128 * 1024 * 1024


class InterchangeError(ValueError):
    """JSON that is not a STAAN trajectory; the message is Dutch and says where."""


def to_json(tree: Trajectory) -> str:
    # The fingerprint's value of the tree: parts added later are left out while empty, so a
    # trajectory without options exports as before and an older release still reads it.
    return json.dumps(tree_value(tree), ensure_ascii=False, indent=2) + "\n"


def _where(loc: tuple[Any, ...]) -> str:
    # A key can be a megabyte long: the place is named, not quoted whole.
    return ".".join(str(part)[:40] for part in loc)[:200] or "(het geheel)"


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
        raise InterchangeError("Het JSON-bestand is te groot voor een traject.")
    if text.startswith(_BYTE_ORDER_MARKS) if isinstance(text, bytes) else text.startswith("\ufeff"):
        raise InterchangeError(
            "Het JSON-bestand begint met een bytevolgordeteken (BOM) of is niet als UTF-8 bewaard; "
            "bewaar het als UTF-8 zonder BOM."
        )
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except _DuplicateKey as exc:
        raise InterchangeError(
            f"Het JSON-bestand noemt het gegeven ‘{str(exc)[:40]}’ twee keer in hetzelfde object; "
            "welke waarde bedoeld is, is niet te zeggen."
        ) from None
    except RecursionError:
        raise InterchangeError("Het JSON-bestand is te diep genest.") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"Het bestand is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).") from None
    except UnicodeDecodeError:
        raise InterchangeError("Het bestand is geen geldige JSON (geen leesbare UTF-8-tekst).") from None
    except ValueError as exc:
        if "digits" in str(exc):  # Python refuses integers of more than 4,300 digits
            raise InterchangeError("Het JSON-bestand bevat een getal met te veel cijfers.") from None
        raise InterchangeError("Het bestand is geen geldige JSON (geen leesbare UTF-8-tekst).") from None
    if not isinstance(data, dict):
        raise InterchangeError("Het JSON-bestand bevat geen traject (verwacht een object).")
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError("Het JSON-bestand is geen STAAN-traject (het veld ‘format’ ontbreekt of klopt niet).")
    if data.get("format_version") != FORMAT_VERSION:
        raise InterchangeError(
            f"Het JSON-bestand heeft opmaakversie {repr(data.get('format_version'))[:20]}; "
            f"deze versie leest versie {FORMAT_VERSION}."
        )
    try:
        # Strict: a score of "3" or true is a wrong type, not a number to guess at.
        return Trajectory.model_validate_json(text, strict=True)
    except RecursionError:
        raise InterchangeError("Het JSON-bestand is te diep genest.") from None
    except PydanticError as exc:
        first = exc.errors()[0]
        if first["type"] == "json_invalid" and "recursion" in first.get("msg", ""):
            raise InterchangeError("Het JSON-bestand is te diep genest.") from None
        raise InterchangeError(
            f"Het JSON-bestand klopt niet bij ‘{_where(first['loc'])}’: {describe_problem(first)}"
            + (f" (en nog {exc.error_count() - 1} fouten)" if exc.error_count() > 1 else "")
        ) from None


def json_schema() -> dict[str, Any]:
    schema = Trajectory.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "STAAN-traject"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
