"""The largest trajectory we promise to handle, generated from the domain model.

50 municipalities, 500 short-listed task fields and 10 criteria with every score filled in:
500 × 10 × 50 = 250,000 municipal scores plus the 5,000 agreed scores, and long texts in every
place a facilitator writes them. Deterministic (seeded), so that runs compare.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from staan_desktop.domain import document as d
from staan_desktop.services.interchange import template_tree

# Accented words on purpose: the PDF must embed and measure them like any other.
WORDS = (
    "samenwerking gemeente ambitie belang taakveld kwaliteit kosten kwetsbaarheid klant kennisdeling "
    "ontwikkeling dienstverlening inwoners bestuur organisatie uitvoering afspraken draagvlak vertrouwen "
    "regio ondernemers coöperatie privé financiële één café reünie geïnteresseerd naïef ideeën "
    "efficiënt ruimte wonen werk zorg jeugd participatie belastingen inkoop ICT personeel archief"
).split()


@dataclass(frozen=True)
class Size:
    municipalities: int = 50
    task_fields: int = 500
    criteria: int = 10
    #: Characters in each long text (description, text block, interest …).
    text_chars: int = 600

    @property
    def scores(self) -> int:
        return self.task_fields * self.criteria * (self.municipalities + 1)


FULL = Size()
QUICK = Size(municipalities=6, task_fields=20, criteria=5, text_chars=200)


class _Text:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def __call__(self, chars: int) -> str:
        words: list[str] = []
        length = 0
        while length < chars:
            word = self.rng.choice(WORDS)
            words.append(word)
            length += len(word) + 1
        sentence = " ".join(words)
        return sentence[0].upper() + sentence[1:] + "."

    def paragraphs(self, count: int, chars: int) -> str:
        return "\n\n".join(self(chars) for _ in range(count))


def large_tree(size: Size = FULL, seed: int = 8) -> d.Trajectory:
    text = _Text(seed)
    rng = text.rng
    n = size.text_chars
    template = template_tree("staan-werkwijze")
    municipalities = tuple(f"Gemeente {i:02d} {rng.choice(WORDS).capitalize()}" for i in range(size.municipalities))
    criteria = tuple(
        d.Criterion(name=f"Criterium {c + 1}: {text(40)}", weight=1.0 + c % 3) for c in range(size.criteria)
    )

    def scores() -> tuple[d.Score, ...]:
        return tuple(
            d.Score(
                criterion=c.name,
                municipality=m,
                value=rng.randint(c.scale_min, c.scale_max),
                note=text(80) if m is None else "",
            )
            for c in criteria
            for m in (None, *municipalities)
        )

    task_fields = tuple(
        d.TaskField(
            name=f"Taakveld {i + 1:03d} {rng.choice(WORDS)}",
            description=text(n),
            footnote=text(n // 4),
            shortlisted=True,
            scores=scores(),
            owners=(
                d.Owner(person=f"Eigenaar {i + 1}", municipality=municipalities[i % size.municipalities]),
                d.Owner(person=f"Projectleider {i + 1}", role=d.OwnerRole.PROJECTLEIDER, from_date="1 januari 2026"),
            ),
        )
        for i in range(size.task_fields)
    )

    def filled(section: d.Section) -> d.Section:
        blocks = tuple(
            d.Block(kind=b.kind, text=text.paragraphs(3, n) if b.kind == d.BlockKind.TEXT else b.text)
            for b in section.blocks
        )
        return section.model_copy(update={"blocks": blocks, "children": tuple(filled(c) for c in section.children)})

    interests = tuple(
        d.InterestCategory(
            name=name,
            columns=tuple(
                d.InterestColumn(municipality=m, items=tuple(text(n // 3) for _ in range(4))) for m in municipalities
            ),
        )
        for name in ("Visie en kernwaarden", "Organisatiebelang", "Bestuurlijk belang")
    )
    conferences = tuple(
        d.Conference(
            date=f"{k + 1} maart 2026",
            place=f"Gemeentehuis {municipalities[k % size.municipalities]}",
            theme=text(80),
            participants=tuple(
                d.Participant(name=f"Deelnemer {k}-{j}", municipality=m, function=text(30))
                for j, m in enumerate(municipalities)
            ),
            questions=tuple(text(n // 3) for _ in range(10)),
        )
        for k in range(3)
    )
    roles = tuple(
        d.Role(
            name=name,
            description=text(n),
            responsibilities_title="Verantwoordelijkheden",
            responsibilities=tuple(d.Responsibility(text=text(n // 3)) for _ in range(6)),
            members=tuple(d.Member(name=f"{name} lid {j}", municipality=m) for j, m in enumerate(municipalities)),
        )
        for name in ("Stuurgroep", "Programmaraad", "Procesmanager", "Werkgroep")
    )
    return d.Trajectory(
        trajectory=d.TrajectoryInfo(
            title="Groot traject: vijftig gemeenten",
            subtitle=text(120),
            short_name="GROOT",
            procesmanager="Procesmanager Benchmark",
            document_date="1 maart 2026",
            character_keywords=("pragmatisch", "nuchter", "concreet"),
            differences=text.paragraphs(2, n),
        ),
        municipalities=municipalities,
        conferences=conferences,
        sections=tuple(filled(s) for s in template.sections),
        statements=tuple(text(n // 2) for _ in range(40)),
        motives=tuple(m.model_copy(update={"explanation": text(n)}) for m in template.motives),
        interests=interests,
        criteria=criteria,
        classes=template.classes,
        task_fields=task_fields,
        roles=roles,
        rules=tuple(text(n // 3) for _ in range(15)),
    )
