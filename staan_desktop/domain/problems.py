"""pydantic's validation errors in words a facilitator can read: for a JSON file that is
imported and for a row of a document that is read (pydantic's own messages are English)."""

from __future__ import annotations

import math
from typing import Any

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


def describe_problem(error: Any) -> str:
    """One pydantic error in Dutch: what is wrong with the value (not where)."""
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
            if key == "expected":
                bound = str(bound).replace(" or ", " of ")  # pydantic lists the choices in English
                if len(bound) > 80:
                    return text  # eleven kinds of block are not one line
            return f"{text} ({word} {bound})"
    return text
