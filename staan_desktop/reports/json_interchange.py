"""JSON interchange of a complete trajectory, described by ``resources/schema/staan.schema.json``.

The JSON is the :class:`~staan_desktop.domain.document.Trajectory` tree written out with its
field names; the schema is generated from the same model, so they cannot drift apart.
"""

from __future__ import annotations

import json
import math
from typing import Any

from pydantic import ValidationError as PydanticError

from staan_desktop.domain.document import FORMAT_NAME, FORMAT_VERSION, Trajectory
from staan_desktop.domain.fingerprint import tree_value

#: A trajectory of 50 municipalities and 500 task fields with every score filled is ~40 MB.
MAX_JSON_BYTES = 128 * 1024 * 1024


class InterchangeError(ValueError):
    """JSON that is not a STAAN trajectory; the message is Dutch and says where."""


def to_json(tree: Trajectory) -> str:
    # The fingerprint's value of the tree: parts added later are left out while empty, so a
    # trajectory without options exports as before and an older release still reads it.
    return json.dumps(tree_value(tree), ensure_ascii=False, indent=2) + "\n"


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(het geheel)"


#: pydantic's error types in words a facilitator can read (its own messages are English).
_PROBLEMS = {
    "missing": "dit gegeven ontbreekt",
    "extra_forbidden": "dit gegeven kent een STAAN-traject niet",
    "string_type": "hier hoort tekst",
    "string_too_short": "dit mag niet leeg zijn",
    "string_too_long": "deze tekst is te lang",
    # Only names carry a pattern (see ``Name`` in domain/document.py).
    "string_pattern_mismatch": "een naam mag niet met een spatie beginnen of eindigen en geen regeleinde bevatten",
    "int_type": "hier hoort een heel getal",
    "int_parsing": "hier hoort een heel getal",
    "int_from_float": "hier hoort een heel getal",
    "float_type": "hier hoort een getal",
    "float_parsing": "hier hoort een getal",
    "finite_number": "hier hoort een eindig getal",
    "bool_type": "hier hoort true of false",
    "bool_parsing": "hier hoort true of false",
    "enum": "deze waarde bestaat niet",
    "literal_error": "deze waarde bestaat niet",
    "greater_than_equal": "dit getal is te klein",
    "greater_than": "dit getal is te klein",
    "less_than_equal": "dit getal is te groot",
    "less_than": "dit getal is te groot",
    "tuple_type": "hier hoort een lijst",
    "list_type": "hier hoort een lijst",
    "too_long": "deze lijst is te lang",
    "model_type": "hier hoort een object",
    "dict_type": "hier hoort een object",
    "model_attributes_type": "hier hoort een object",
    "none_required": "hier hoort null",
    "recursion_loop": "dit is te diep genest",
    "json_invalid": "hier staat een ongeldig teken",
}


def _problem(error: Any) -> str:
    value = error.get("input")
    if isinstance(value, float) and not math.isfinite(value):
        return "hier hoort een eindig getal"
    text = _PROBLEMS.get(error["type"], "deze waarde is ongeldig")
    ctx = error.get("ctx") or {}
    for key, word in (("max_length", "ten hoogste"), ("ge", "minstens"), ("gt", "meer dan"), ("le", "ten hoogste"),
                      ("lt", "minder dan"), ("expected", "verwacht")):
        if key in ctx and error["type"] != "json_invalid":
            bound = ctx[key]
            if isinstance(bound, float) and bound.is_integer():
                bound = int(bound)
            return f"{text} ({word} {bound})"
    return text


def from_json(text: str | bytes) -> Trajectory:
    if len(text) > MAX_JSON_BYTES:
        raise InterchangeError("Het JSON-bestand is te groot voor een traject.")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InterchangeError("Het JSON-bestand is te diep genest.") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"Het bestand is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).") from None
    except (ValueError, UnicodeDecodeError):
        raise InterchangeError("Het bestand is geen geldige JSON (geen leesbare UTF-8-tekst).") from None
    if not isinstance(data, dict):
        raise InterchangeError("Het JSON-bestand bevat geen traject (verwacht een object).")
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError("Het JSON-bestand is geen STAAN-traject (het veld ‘format’ ontbreekt of klopt niet).")
    if data.get("format_version") != FORMAT_VERSION:
        raise InterchangeError(
            f"Het JSON-bestand heeft opmaakversie {data.get('format_version')!r}; deze versie leest versie {FORMAT_VERSION}."
        )
    try:
        # Strict: a score of "3" or true is a wrong type, not a number to guess at.
        return Trajectory.model_validate_json(text, strict=True)
    except RecursionError:
        raise InterchangeError("Het JSON-bestand is te diep genest.") from None
    except PydanticError as exc:
        first = exc.errors()[0]
        raise InterchangeError(
            f"Het JSON-bestand klopt niet bij ‘{_where(first['loc'])}’: {_problem(first)}"
            + (f" (en nog {exc.error_count() - 1} fouten)" if exc.error_count() > 1 else "")
        ) from None


def json_schema() -> dict[str, Any]:
    schema = Trajectory.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "STAAN-traject"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
