"""The spread of the options per municipality: each municipality's own weighted score by the
one rule, and a dot plot of them in the PDF (only when municipalities scored the options)."""

from __future__ import annotations

from reports.pdf_helpers import pdf_text, squash

from staan_desktop.domain import document as d
from staan_desktop.domain.options import ratios_per_municipality
from staan_desktop.reports.pdf import RenderOptions, render_pdf


def tree() -> d.Trajectory:
    criteria = (d.Criterion(name="draagvlak", weight=2.0), d.Criterion(name="tempo", weight=1.0))
    scores = (
        d.Score(criterion="draagvlak", municipality="Assen", value=5), d.Score(criterion="tempo", municipality="Assen", value=1),
        d.Score(criterion="draagvlak", municipality="Tynaarlo", value=1), d.Score(criterion="draagvlak", value=3),
    )
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Spreiding"),
        municipalities=("Assen", "Tynaarlo", "Noordenveld"),
        criteria=criteria,
        classes=(d.ClassDef(key="k", name="kansrijk", min_ratio=0.5),),
        sections=(d.Section(title="Opties", blocks=(d.Block(kind=d.BlockKind.OPTIONS),)),),
        options=(d.Option(name="Netwerk", scores=scores), d.Option(name="Fusie")),
    )


def test_each_municipality_weighed_on_its_own_scores() -> None:
    ratios = ratios_per_municipality(tree(), tree().options[0])
    # Assen: draagvlak 5 → 1.0 (weight 2), tempo 1 → 0.0 (weight 1): (2·1 + 0)/3.
    assert abs(ratios["Assen"] - 2 / 3) < 1e-9  # type: ignore[operator]
    assert ratios["Tynaarlo"] == 0.0 and ratios["Noordenveld"] is None
    assert set(ratios_per_municipality(tree(), tree().options[1]).values()) == {None}


def test_the_pdf_shows_the_spread_only_when_municipalities_scored() -> None:
    text = squash("".join(pdf_text(render_pdf(tree(), RenderOptions(reproducible=True)))))
    assert squash("Spreiding per gemeente") in text and squash("Noordenveld") in text
    agreed_only = tree().model_copy(update={"options": (d.Option(name="Netwerk", scores=(d.Score(criterion="tempo", value=2),)),)})
    text = squash("".join(pdf_text(render_pdf(agreed_only, RenderOptions(reproducible=True)))))
    assert squash("Spreiding per gemeente") not in text
