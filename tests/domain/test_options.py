"""Options are screened by the knock-outs and ranked by the one classification rule."""

from __future__ import annotations

from staan_desktop.domain import document as d
from staan_desktop.domain.options import screen, weigh_options

CRITERIA = (d.Criterion(name="Eenvoud"), d.Criterion(name="Slagkracht"))


def tree(verdicts: dict[str, d.Verdict | None]) -> d.Trajectory:
    def option(name: str, a: int, b: int) -> d.Option:
        return d.Option(name=name, scores=(d.Score(criterion="Eenvoud", value=a), d.Score(criterion="Slagkracht", value=b)))

    knock_out = d.KnockOut(
        condition="Behoud van de eigen gemeenteraad",
        verdicts=tuple(d.KnockOutVerdict(option=name, verdict=v, reason=f"reden {name}") for name, v in verdicts.items() if v),
    )
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Verkenning"),
        criteria=CRITERIA,
        classes=(d.ClassDef(key="k", name="kansrijk", min_ratio=0.5),),
        options=(option("Netwerk", 3, 3), option("Herindeling", 5, 5), option("Fusie", 4, 4)),
        frame=(d.FrameStep(title="Stap 2: knock-outs", knock_outs=(knock_out,)),),
    )


def test_a_failed_knock_out_excludes_from_the_ranking() -> None:
    t = tree({"Netwerk": d.Verdict.PASS, "Herindeling": d.Verdict.FAIL, "Fusie": d.Verdict.PASS})
    results = {r.option.name: r for r in weigh_options(t)}
    assert results["Herindeling"].excluded and results["Herindeling"].rank is None
    assert results["Herindeling"].screening.failed == (("Behoud van de eigen gemeenteraad", "reden Herindeling"),)
    # Herindeling has the best scores, but Fusie leads the ranking once it is excluded.
    assert (results["Fusie"].rank, results["Netwerk"].rank) == (1, 2)
    assert results["Herindeling"].outcome.class_key == "k"  # still classified, visibly excluded


def test_unjudged_is_unknown_and_stays_in_the_ranking() -> None:
    screening = screen(tree({"Netwerk": d.Verdict.PASS, "Herindeling": None, "Fusie": d.Verdict.UNKNOWN}))
    assert [screening[n].verdict for n in ("Netwerk", "Herindeling", "Fusie")] == [d.Verdict.PASS, d.Verdict.UNKNOWN, d.Verdict.UNKNOWN]
    results = {r.option.name: r for r in weigh_options(tree({"Netwerk": d.Verdict.PASS}))}
    assert (results["Herindeling"].rank, results["Fusie"].rank, results["Netwerk"].rank) == (1, 2, 3)
