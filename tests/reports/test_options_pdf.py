"""Options in the PDF: the description printed, each SWOT as a two-by-two matrix, reference
cases, and a comparison of options × criteria that keeps every criterion."""

from __future__ import annotations

from pathlib import Path

from reports.pdf_helpers import pdf_text, squash, words_with_boxes

from staan_desktop.domain import document as d
from staan_desktop.reports.pdf import RenderOptions, render_pdf

CRITERIA = tuple(d.Criterion(name=f"Criterium{chr(65 + i)}") for i in range(7))


def verkenning(**extra: object) -> d.Trajectory:
    def scores(values: list[int]) -> tuple[d.Score, ...]:
        return tuple(d.Score(criterion=c.name, value=v) for c, v in zip(CRITERIA, values))

    options = (
        d.Option(
            name="Netwerksamenwerking",
            description="Gemeenten werken samen **zonder** nieuwe organisatie.",
            swot=d.Swot(strengths=("Snel te starten", "Weinig kosten"), weaknesses=("Vrijblijvend",),
                        opportunities=("Groeimodel",), threats=("Kennis blijft kwetsbaar",)),
            references=(d.ReferenceCase(name="Meerinzicht", description="Emmen, Coevorden, Borger-Odoorn"),),
            scores=scores([2, 3, 2, 3, 2, 3, 2]),
        ),
        d.Option(
            name="Ambtelijke fusie",
            swot=d.Swot(strengths=("Robuust",), threats=("Afstand tot inwoners",)),
            references=(d.ReferenceCase(name="BAR"),),
            scores=scores([5, 4, 4, 5, 4, 4, 3]),
        ),
    )
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(title="Verkenning"),
        municipalities=("Losser", "Oldenzaal"),
        sections=(d.Section(title="Samenwerkingsvormen", blocks=(d.Block(kind=d.BlockKind.OPTIONS),)),),
        criteria=CRITERIA,
        classes=(d.ClassDef(key="zk", name="zeer kansrijk", min_ratio=0.75), d.ClassDef(key="k", name="kansrijk", min_ratio=0.5)),
        options=options,
        **extra,
    )


def test_options_are_printed_with_swot_references_and_comparison(tmp_path: Path) -> None:
    pdf = render_pdf(verkenning(), RenderOptions(reproducible=True))
    text = squash("".join(pdf_text(pdf)))
    assert squash("Gemeenten werken samen zonder nieuwe organisatie.") in text
    assert squash("SWOT van Netwerksamenwerking Sterkten Zwakten • Snel te starten • Weinig kosten • Vrijblijvend "
                  "Kansen Bedreigingen • Groeimodel • Kennis blijft kwetsbaar") in text
    assert squash("Referenties • Meerinzicht: Emmen, Coevorden, Borger-Odoorn") in text
    # The comparison: six criteria, then the seventh with score, place, class and sensitivity.
    assert squash("Optie 1 2 3 4 5 6 Netwerksamenwerking 2 3 2 3 2 3 Ambtelijke fusie 5 4 4 5 4 4") in text
    assert squash("Optie 7 Score Plaats Klasse Gevoeligheid Netwerksamenwerking 2") in text
    assert squash("Ambtelijke fusie 3 79% 1 zeer kansrijk") in text

    # The matrix is two by two: Sterkten beside Zwakten, Kansen below Sterkten.
    path = tmp_path / "v.pdf"
    path.write_bytes(pdf)
    boxes = {w[0]: w for w in words_with_boxes(path) if w[0] in ("Sterkten", "Zwakten", "Kansen", "Bedreigingen")}
    assert abs(boxes["Sterkten"][2] - boxes["Zwakten"][2]) < 1 and boxes["Zwakten"][1] > boxes["Sterkten"][1] + 100
    assert abs(boxes["Sterkten"][1] - boxes["Kansen"][1]) < 1 and boxes["Kansen"][2] > boxes["Sterkten"][2]
    assert abs(boxes["Kansen"][2] - boxes["Bedreigingen"][2]) < 1


def screened() -> d.Trajectory:
    knock_out = d.KnockOut(condition="Eigen gemeenteraad blijft", verdicts=(
        d.KnockOutVerdict(option="Netwerksamenwerking", verdict=d.Verdict.PASS),
        d.KnockOutVerdict(option="Ambtelijke fusie", verdict=d.Verdict.FAIL, reason="Fusie van raden volgt"),
    ))
    frame = (d.FrameStep(title="Stap 2: knock-outcriteria", description="Wat **niet** onderhandelbaar is.",
                         knock_outs=(knock_out,), criteria=("CriteriumA",)),)
    decision = d.OptionsDecision(decided_on="12 maart 2019", reasons="De stuurgroep kiest voor groei.", choices=(
        d.OptionChoice(option="Netwerksamenwerking", status=d.OptionStatus.CHOSEN, reason="Snel en licht"),
        d.OptionChoice(option="Ambtelijke fusie", status=d.OptionStatus.EXCLUDED, reason="Valt af op de knock-out"),
    ))
    tree = verkenning(frame=frame, decision=decision)
    section = d.Section(title="Toetsing en besluit", blocks=(d.Block(kind=d.BlockKind.FRAME), d.Block(kind=d.BlockKind.DECISION)))
    return tree.model_copy(update={"sections": (*tree.sections, section)})


def test_knock_outs_exclude_visibly_and_the_decision_is_printed_as_a_decision() -> None:
    text = squash("".join(pdf_text(render_pdf(screened(), RenderOptions(reproducible=True)))))
    # The fused option fails the knock-out: it keeps its row, loses its place, and says why.
    assert squash("Ambtelijke fusie 3 79% uitgesloten zeer kansrijk – voldoet niet: Eigen gemeenteraad blijft") in text
    assert squash("Netwerksamenwerking 2 36% 1 niet geselecteerd robuust voldoet") in text
    assert squash("Stap 2: knock-outcriteria Wat niet onderhandelbaar is. Criteria: CriteriumA") in text
    assert squash("Optie Eigen gemeenteraad blijft Netwerksamenwerking voldoet "
                  "Ambtelijke fusie voldoet niet Fusie van raden volgt") in text
    assert squash("Besluit van 12 maart 2019 Basisrichting om verder uit te werken: • Netwerksamenwerking: Snel en licht "
                  "De stuurgroep kiest voor groei.") in text
    assert squash("Optie Besluit Reden Ambtelijke fusie uitgesloten Valt af op de knock-out") in text
    assert "(besluit)" not in text  # a decision, not an override of a class


def test_a_description_that_announces_the_swot_stays_on_its_page() -> None:
    """A form's description ends by announcing its SWOT ("In navolgend figuur is een overzicht
    …"): that paragraph is printed on the page of the matrix, never alone at the foot of the
    page before it (form 3 of the verkenning did that)."""
    from staan_desktop.reports.json_interchange import from_json
    from staan_desktop.resources import resource_path

    tree = from_json(resource_path("examples/verkenning-noaberkracht.json").read_bytes())
    pages = [squash(page) for page in pdf_text(render_pdf(tree, RenderOptions(reproducible=True)))]
    announcing = [o for o in tree.options if "navolgend figuur" in o.description.split("\n\n")[-1]]
    assert len(announcing) >= 3
    for option in announcing:
        lead = squash(option.description.split("\n\n")[-1])[:60]
        caption = squash(f"SWOT van {option.name}")
        # Every form announces its SWOT in the same words: the announcement sought is the one
        # just before this form's caption, on the caption's own page.
        page = next(n for n, text in enumerate(pages) if caption in text)
        before = pages[page][: pages[page].index(caption)]
        assert lead in before, f"{option.name}: its SWOT on page {page + 1} is announced on an earlier page"
