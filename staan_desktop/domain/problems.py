"""pydantic's validation errors in words a facilitator can read: for a JSON file that is
imported and for a row of a document that is read (pydantic's own messages are English)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from .messages import Message, msg, phrase, worded

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


#: pydantic's bounds (in its error's ``ctx``), each with the message that says the problem with it.
_BOUNDS: tuple[tuple[str, Callable[[str, object], Message]], ...] = (
    ("max_length", lambda problem, bound: msg("problems.at_most", problem=problem, bound=bound)),
    ("ge", lambda problem, bound: msg("problems.at_least", problem=problem, bound=bound)),
    ("gt", lambda problem, bound: msg("problems.more_than", problem=problem, bound=bound)),
    ("le", lambda problem, bound: msg("problems.at_most", problem=problem, bound=bound)),
    ("lt", lambda problem, bound: msg("problems.less_than", problem=problem, bound=bound)),
    ("expected", lambda problem, bound: msg("problems.expected", problem=problem, bound=bound)),
)


def describe_problem(error: Any) -> str:
    """One pydantic error in Dutch: what is wrong with the value (not where). With a bound it is
    a :class:`Worded` text, so that the window says the bound in its own words too."""
    value = error.get("input")
    if isinstance(value, float) and not math.isfinite(value):
        return "hier hoort een eindig getal"
    text = _PROBLEMS.get(error["type"], "deze waarde is ongeldig")
    ctx = error.get("ctx") or {}
    for key, said in _BOUNDS:
        if key in ctx and error["type"] != "json_invalid":
            bound = ctx[key]
            if isinstance(bound, float) and bound.is_integer():
                bound = int(bound)
            if key == "expected":
                bound = str(bound)
                if len(bound) > 80:
                    return text  # eleven kinds of block are not one line
                # pydantic lists the choices in English ("'a', 'b' or 'c'"); the values
                # themselves are what the file must hold, so they are shown as they are.
                choices, either, last = bound.rpartition(" or ")
                if either:
                    return worded(msg("problems.expected_one_of", problem=phrase(text), choices=choices, last=last))
            return worded(said(phrase(text), bound))
    return text
