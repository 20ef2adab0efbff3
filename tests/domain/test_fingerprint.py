"""The canonical form of a fingerprint, on JSON values (the tree-level checks are in
tests/services/test_fingerprint.py)."""

from __future__ import annotations

import math

import pytest

from staan_desktop.domain.fingerprint import (
    CanonicalError,
    canonical_bytes,
    canonical_text,
    fingerprint_of_stored,
    fingerprint_of_value,
    grouped,
    is_fingerprint,
)


def test_keys_are_sorted_without_whitespace_and_characters_kept_as_themselves() -> None:
    assert canonical_text({"b": 1, "a": [True, None, 1.0], "é": "Één\n"}) == '{"a":[true,null,1.0],"b":1,"é":"Één\\n"}'
    assert canonical_bytes({"x": "ĳ"}) == '{"x":"ĳ"}'.encode()


@pytest.mark.parametrize("value", [math.nan, math.inf, {1: "a"}, {"a": object()}, [b"bytes"]])
def test_values_without_a_canonical_form_are_refused(value: object) -> None:
    with pytest.raises(CanonicalError):
        canonical_text(value)


def test_a_stored_text_is_judged_by_its_meaning_not_its_spelling() -> None:
    value = {"b": [1, 2], "a": "x"}
    assert fingerprint_of_stored('{ "b": [1, 2],\n "a": "x" }') == fingerprint_of_value(value)
    assert fingerprint_of_stored('{"a":"y","b":[1,2]}') != fingerprint_of_value(value)


def test_composed_and_decomposed_accents_are_different_texts() -> None:
    assert fingerprint_of_value("é") != fingerprint_of_value("e\u0301")


def test_a_fingerprint_is_64_lower_case_hex_digits_read_in_groups() -> None:
    fp = fingerprint_of_value([])
    assert is_fingerprint(fp) and not is_fingerprint(fp.upper()) and not is_fingerprint(fp[:-1])
    assert grouped("1a2b3c4d5e") == "1a2b 3c4d 5e"
