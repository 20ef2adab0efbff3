from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from staan_desktop.gui.models.list_diff import Add, Remove, Update, lines, plan
from staan_desktop.services.queries import Item


def apply(old: list[Item], steps) -> list[str]:  # type: ignore[no-untyped-def]
    current = list(old)
    next_id = 1000
    for step in steps:
        if isinstance(step, Update):
            current = [Item(i.id, step.text) if i.id == step.item_id else i for i in current]
        elif isinstance(step, Remove):
            current = [i for i in current if i.id != step.item_id]
        else:
            current.insert(step.position, Item(next_id, step.text))
            next_id += 1
    return [i.text for i in current]


def items(*texts: str) -> list[Item]:
    return [Item(n, t) for n, t in enumerate(texts)]


def test_minimal_steps() -> None:
    assert plan(items("a", "b", "c"), ["a", "b", "c"]) == []
    assert plan(items("a", "b", "c"), ["a", "x", "c"]) == [Update(1, "x")]
    assert plan(items("a", "c"), ["a", "b", "c"]) == [Add(1, "b")]
    assert plan(items("a", "b", "c"), ["a", "c"]) == [Remove(1)]


def test_lines_drop_empty_lines_and_keep_text_exactly() -> None:
    assert lines(" Vertrouwen \n\n  <b>&amp; ‘één’ 🚀\r\n") == ["Vertrouwen", "<b>&amp; ‘één’ 🚀"]


@given(st.lists(st.sampled_from("abcdef"), max_size=8), st.lists(st.sampled_from("abcdefg"), max_size=8))
def test_plan_turns_old_into_new(old: list[str], new: list[str]) -> None:
    assert apply(items(*old), plan(items(*old), new)) == new
