"""The score table shows how robust each class is, and every criterion however many there are."""

from __future__ import annotations

from reports.pdf_helpers import pdf_text, squash

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import RenderOptions, render_pdf


def _tree(criteria: int, scores: dict[str, list[int]]) -> d.Trajectory:
    crits = tuple(d.Criterion(name=f"Criterium{chr(65 + i)}") for i in range(criteria))
    fields = tuple(
        d.TaskField(name=name, shortlisted=True,
                    scores=tuple(d.Score(criterion=c.name, value=v) for c, v in zip(crits, values)))
        for name, values in scores.items()
    )
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Gevoeligheid"),
        municipalities=("Losser", "Oldenzaal"),
        sections=(d.Section(title="Scores", blocks=(d.Block(kind=d.BlockKind.SCORES),)),),
        criteria=crits,
        classes=(d.ClassDef(key="zk", name="zeer kansrijk", min_ratio=0.75), d.ClassDef(key="k", name="kansrijk", min_ratio=0.5)),
        task_fields=fields,
    )


def test_fragile_and_robust_items_are_marked() -> None:
    # Randgeval: 3 and 4 → 0.625 (printed 62%); one point more on criterion 1 makes 0.75, zeer kansrijk.
    # Stevig: 5 and 5 → 1.0; three points down on criterion 1 are needed to leave zeer kansrijk.
    text = squash("".join(pdf_text(render_pdf(_tree(2, {"Randgeval": [3, 4], "Stevig": [5, 5]}), RenderOptions(reproducible=True)))))
    assert "Gevoeligheid" in text
    assert squash("Randgeval 3 4 62% kansrijk fragiel (+1 op 1)") in text
    assert squash("Stevig 5 5 100% zeer kansrijk −3 op 1") in text


def test_more_than_six_criteria_keep_their_scores() -> None:
    values = [5, 4, 3, 2, 1, 2, 3, 4, 5]
    text = squash("".join(pdf_text(render_pdf(_tree(9, {"Breed": values}), RenderOptions(reproducible=True)))))
    # Criteria 1–6 in one table, 7–9 in the next, each row with the task field's name.
    assert squash("Taakveld 1 2 3 4 5 6 Breed 5 4 3 2 1 2") in text
    assert squash("Taakveld 7 8 9 Breed 3 4 5") in text
    assert "CriteriumI" in text  # the ninth criterion is named in the legend
