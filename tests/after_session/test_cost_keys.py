"""Cost keys: shares against a hand computation and as properties (they sum to exactly 100 %,
ties are equal, zeros handled, a missing figure refused in Dutch); the edits with undo, the
PDF table and the CLI."""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from staan_desktop.cli import main as cli_main
from staan_desktop.domain import document as d
from staan_desktop.domain.cost_keys import CostKeyError, compare, dutch_percentage, percentages, shares
from staan_desktop.reports.pdf import RenderOptions, render_pdf
from staan_desktop.services import edits, queries
from staan_desktop.services.edits.core import remove, revert
from staan_desktop.services.errors import ValidationError
from staan_desktop.services.interchange import create_from_tree, load_tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from pdf_helpers import pdf_text, squash  # noqa: E402

MUN = ("Dinkelland", "Tubbergen", "Oldenzaal")


def figure(name: str, *values: float) -> d.KeyFigure:
    return d.KeyFigure(name=name, values=tuple(d.FigureValue(municipality=m, value=v) for m, v in zip(MUN, values)))


def key(name: str, *terms: tuple[str, float]) -> d.CostKey:
    return d.CostKey(name=name, terms=tuple(d.CostKeyTerm(figure=f, weight=w) for f, w in terms))


FIGURES = (figure("inwoners", 26_000, 21_000, 32_000), figure("oppervlakte", 3, 1, 0), figure("gelijk", 1, 1, 2))


def test_shares_match_a_hand_computation() -> None:
    # inwoners: 26/79, 21/79, 32/79.
    assert shares(key("inwoners", ("inwoners", 1)), FIGURES, MUN) == {
        "Dinkelland": Fraction(26, 79), "Tubbergen": Fraction(21, 79), "Oldenzaal": Fraction(32, 79)}
    # gelijk (1,1,2 → ¼,¼,½) and oppervlakte (3,1,0 → ¾,¼,0) weighted 1:1: ½, ¼, ¼.
    assert shares(key("mix", ("gelijk", 1), ("oppervlakte", 1)), FIGURES, MUN) == {
        "Dinkelland": Fraction(1, 2), "Tubbergen": Fraction(1, 4), "Oldenzaal": Fraction(1, 4)}
    # Weighted 3:1: (3·¼ + ¾)/4 = 3/8, (3·¼ + ¼)/4 = 1/4, (3·½ + 0)/4 = 3/8.
    assert shares(key("mix", ("gelijk", 3), ("oppervlakte", 1)), FIGURES, MUN) == {
        "Dinkelland": Fraction(3, 8), "Tubbergen": Fraction(1, 4), "Oldenzaal": Fraction(3, 8)}
    # 26/79 = 32,911… %, 21/79 = 26,582… %, 32/79 = 40,506… %: rounded 32,9 + 26,6 + 40,5 = 100,0.
    rounded = percentages(shares(key("inwoners", ("inwoners", 1)), FIGURES, MUN))
    assert [dutch_percentage(rounded[m]) for m in MUN] == ["32,9 %", "26,6 %", "40,5 %"]


def test_equal_thirds_round_to_one_hundred() -> None:
    thirds = percentages({m: Fraction(1, 3) for m in MUN})
    assert thirds == {"Dinkelland": Fraction(334, 10), "Tubbergen": Fraction(333, 10), "Oldenzaal": Fraction(333, 10)}


@pytest.mark.parametrize(
    ("figures", "cost_key", "message"),
    [
        ((d.KeyFigure(name="inwoners", values=(d.FigureValue(municipality="Dinkelland", value=1),)),),
         key("inwoners", ("inwoners", 1)), "ontbreekt voor ‘Tubbergen’ en ‘Oldenzaal’"),
        ((figure("nul", 0, 0, 0),), key("nul", ("nul", 1)), "voor alle gemeenten 0"),
        ((), key("x", ("bestaat niet", 1)), "onbekende kerngetal ‘bestaat niet’"),
        ((), key("leeg"), "gebruikt nog geen kerngetal"),
    ],
)
def test_uncomputable_keys_are_refused_in_dutch(figures, cost_key, message) -> None:
    with pytest.raises(CostKeyError, match=message):
        shares(cost_key, figures, MUN)
    assert compare([cost_key], figures, MUN)[0].problem


names = st.lists(st.text("abcdefgh", min_size=1, max_size=4), min_size=1, max_size=8, unique=True)
value = st.one_of(st.just(0.0), st.integers(0, 10**9).map(float), st.floats(0, 1e9, allow_nan=False))


@given(municipalities=names, data=st.data())
def test_shares_sum_to_exactly_one_and_percentages_to_exactly_100(municipalities, data) -> None:
    n_figures = data.draw(st.integers(1, 3))
    figures = [
        d.KeyFigure(name=f"f{i}", values=tuple(d.FigureValue(municipality=m, value=data.draw(value)) for m in municipalities))
        for i in range(n_figures)
    ]
    weights = [data.draw(st.floats(0.01, 1000, allow_nan=False)) for _ in figures]
    cost_key = d.CostKey(name="k", terms=tuple(d.CostKeyTerm(figure=f.name, weight=w) for f, w in zip(figures, weights)))
    if any(all(v.value == 0 for v in f.values) for f in figures):
        with pytest.raises(CostKeyError, match="voor alle gemeenten 0"):
            shares(cost_key, figures, municipalities)
        return
    parts = shares(cost_key, figures, municipalities)
    assert sum(parts.values()) == 1
    assert all(p >= 0 for p in parts.values())
    # A municipality with 0 on every figure pays nothing.
    for m in municipalities:
        if all(next(v.value for v in f.values if v.municipality == m) == 0 for f in figures):
            assert parts[m] == 0
    rounded = percentages(parts)
    assert sum(rounded.values()) == 100
    assert all(abs(rounded[m] - parts[m] * 100) < Fraction(1, 10) for m in municipalities)


@given(municipalities=names, amount=st.floats(0.001, 1e9, allow_nan=False), data=st.data())
def test_equal_figures_give_equal_shares(municipalities, amount, data) -> None:
    figures = [d.KeyFigure(name="f", values=tuple(d.FigureValue(municipality=m, value=amount) for m in municipalities))]
    parts = shares(d.CostKey(name="k", terms=(d.CostKeyTerm(figure="f"),)), figures, municipalities)
    assert set(parts.values()) == {Fraction(1, len(municipalities))}
    rounded = percentages(parts)
    assert max(rounded.values()) - min(rounded.values()) <= Fraction(1, 10)


@given(municipalities=names, data=st.data())
def test_a_missing_figure_is_refused(municipalities, data) -> None:
    assume(len(municipalities) > 1)
    dropped = data.draw(st.sampled_from(municipalities))
    figures = [d.KeyFigure(name="f", values=tuple(d.FigureValue(municipality=m, value=1.0) for m in municipalities if m != dropped))]
    with pytest.raises(CostKeyError, match=f"ontbreekt voor ‘{dropped}’"):
        shares(d.CostKey(name="k", terms=(d.CostKeyTerm(figure="f"),)), figures, municipalities)


@pytest.fixture
def doc(new_doc):
    for name in MUN:
        edits.add_municipality(new_doc, name=name)
    return new_doc


def test_figures_and_keys_through_the_services_with_undo(doc) -> None:
    m = {x.name: x.id for x in queries.municipalities(doc)}
    fig = edits.add_figure(doc, name="inwoners", unit="inwoners", source="CBS", as_of="2013-01-01").item_id
    for name, v in zip(MUN, (26_000, 21_000, 32_000)):
        edits.set_figure_value(doc, figure_id=fig, municipality_id=m[name], value=v)
    change = edits.set_figure_value(doc, figure_id=fig, municipality_id=m["Oldenzaal"], value=33_000)
    assert load_tree(doc).key_figures[0].values[2].value == 33_000
    revert(doc, change)
    assert load_tree(doc).key_figures[0].values[2].value == 32_000
    k1 = edits.add_cost_key(doc, name="Inwoneraantal").item_id
    edits.add_cost_key_term(doc, cost_key_id=k1, figure_id=fig)
    k2 = edits.add_cost_key(doc, name="Gelijk").item_id
    edits.choose_cost_key(doc, cost_key_id=k2, reasons="eenvoudig")
    choice = edits.choose_cost_key(doc, cost_key_id=k1, reasons="volgt de omvang")
    tree = load_tree(doc)
    assert [(k.name, k.chosen, k.reasons) for k in tree.cost_keys] == [
        ("Inwoneraantal", True, "volgt de omvang"), ("Gelijk", False, "eenvoudig")]
    assert tree.cost_keys[0].terms == (d.CostKeyTerm(figure="inwoners", weight=1.0),)
    assert tree.key_figures[0].as_of.isoformat() == "2013-01-01"
    revert(doc, choice)
    assert [(k.chosen, k.reasons) for k in load_tree(doc).cost_keys] == [(False, ""), (True, "eenvoudig")]
    removal = remove(doc, "key_figure", fig)  # takes its values and the key's term along
    assert load_tree(doc).cost_keys[0].terms == ()
    revert(doc, removal)
    assert load_tree(doc) == tree.model_copy(update={"cost_keys": load_tree(doc).cost_keys})


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda doc, m, f: edits.set_figure_value(doc, figure_id=f, municipality_id=m, value=-1), "een getal van 0"),
        (lambda doc, m, f: edits.set_figure_value(doc, figure_id=f, municipality_id=m, value=float("nan")), "een getal van 0"),
        (lambda doc, m, f: edits.set_figure_value(doc, figure_id=f, municipality_id=m, value="12"), "is een getal"),
        (lambda doc, m, f: edits.add_figure(doc, name="inwoners"), "bestaat al"),
        (lambda doc, m, f: edits.add_figure(doc, name="x", as_of="1-1-2013"), "peildatum"),
        (lambda doc, m, f: edits.update_cost_key_term(doc, term_id=1, weight=0), "groter dan 0"),
    ],
)
def test_bad_figures_are_refused_in_dutch_and_write_nothing(doc, call, message) -> None:
    m = queries.municipalities(doc)[0].id
    f = edits.add_figure(doc, name="inwoners").item_id
    before = doc.path.read_bytes()
    with pytest.raises(ValidationError, match=message):
        call(doc, m, f)
    assert doc.path.read_bytes() == before


def test_a_party_has_no_figures(doc) -> None:
    party = edits.add_party(doc, name="Noaberkracht", kind="organisatie").item_id
    f = edits.add_figure(doc, name="inwoners").item_id
    with pytest.raises(ValidationError, match="Alleen een gemeente heeft kerngetallen"):
        edits.set_figure_value(doc, figure_id=f, municipality_id=party, value=1)


def verkenning() -> d.Trajectory:
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Verkenning"),
        municipalities=MUN,
        key_figures=(d.KeyFigure(name="inwoners", unit="aantal", source="CBS",
                                 values=tuple(d.FigureValue(municipality=m, value=v) for m, v in zip(MUN, (26_000, 21_000, 32_000)))),
                     figure("formatie", 100, 80, 0)),
        cost_keys=(key("Inwoneraantal", ("inwoners", 1)), key("Formatie", ("formatie", 1)), key("Gelijk deel")),
    )


def test_pdf_prints_figures_and_keys_side_by_side() -> None:
    tree = verkenning()
    tree = tree.model_copy(update={"cost_keys": (tree.cost_keys[0].model_copy(update={"chosen": True, "reasons": "volgt de omvang"}),
                                                  *tree.cost_keys[1:])})
    text = squash(" ".join(pdf_text(render_pdf(tree, RenderOptions(reproducible=True)))))
    assert squash("inwoners (aantal) 26.000 21.000 32.000 CBS") in text
    assert squash("Gemeente Inwoneraantal (gekozen) Formatie Gelijk deel") in text
    assert squash("Dinkelland 32,9 % 55,6 % –") in text
    assert squash("Oldenzaal 40,5 % 0,0 % –") in text
    assert squash("Gekozen, omdat: volgt de omvang") in text
    assert squash("Niet te berekenen: De verdeelsleutel ‘Gelijk deel’ gebruikt nog geen kerngetal.") in text


def test_cli_compares_the_keys(tmp_path, capsys) -> None:
    with create_from_tree(tmp_path / "v.staan", verkenning()):
        pass
    assert cli_main(["kostensleutels", str(tmp_path / "v.staan")]) == 0
    out = capsys.readouterr().out
    assert "32,9 %" in out and "55,6 %" in out and "Gelijk deel: De verdeelsleutel ‘Gelijk deel’ gebruikt nog geen kerngetal." in out
