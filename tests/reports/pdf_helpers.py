"""Trees and PDF helpers for the report tests (imported by name: ``from pdf_helpers import …``)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from staan_desktop.domain import document as d
from staan_desktop.services.interchange import demo_tree

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text without any whitespace: line breaks, wrapping and table layout cannot then
    make an expected phrase go missing."""
    return _WS.sub("", text)


def pdf_text(pdf: bytes) -> list[str]:
    """Text per page, in content-stream order (one table cell after the other)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def words_with_boxes(pdf_path: Path) -> list[tuple[str, float, float, float, float, int]]:
    """(word, xMin, yMin, xMax, yMax, page) for every word, via ``pdftotext -bbox``."""
    out = subprocess.run([poppler("pdftotext"), "-bbox", str(pdf_path), "-"], check=True,
                         capture_output=True, text=True).stdout
    words = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            words.append((m.group(5), x0, y0, x1, y1, page))
    return words


def long_text(words: int, seed: int = 0) -> str:
    vocabulary = ("samenwerking gemeenten taakveld ambitie kwetsbaarheid dienstverlening "
                  "bedrijfsvoering opdrachtformulering stuurgroep eigenaar projectleider").split()
    return " ".join(vocabulary[(i * 7 + seed) % len(vocabulary)] for i in range(words))


def large_tree(municipalities: int = 50, task_fields: int = 500) -> d.Trajectory:
    """The largest document the model allows in breadth, with long texts everywhere."""
    muns = tuple(f"Gemeente {i:02d} {'Noord' if i % 2 else 'Zuid'}-{long_text(2, i).title()}" for i in range(municipalities))
    criteria = tuple(d.Criterion(name=f"criterium {i} {long_text(3, i)}") for i in range(5))
    classes = (
        d.ClassDef(key="zk", name="zeer kansrijk", note=long_text(30), min_ratio=0.75),
        d.ClassDef(key="k", name="kansrijk", note=long_text(20, 3), min_ratio=0.5),
        d.ClassDef(key="kot", name="kansrijk op termijn", min_ratio=0.25),
    )
    fields = []
    for i in range(task_fields):
        scores = tuple(
            d.Score(criterion=c.name, municipality=muns[(i + j) % municipalities], value=1 + (i * 3 + j) % 5)
            for j, c in enumerate(criteria)
        )
        agreed = tuple(d.Score(criterion=c.name, value=1 + (i + j) % 5) for j, c in enumerate(criteria) if i % 3 == 0)
        owners = tuple(
            d.Owner(person=f"Persoon {i}-{k} {long_text(2, k)}", municipality=muns[(i + k) % municipalities],
                    role=d.OwnerRole.PROJECTLEIDER if k == 0 and i % 4 == 0 else d.OwnerRole.EIGENAAR,
                    from_date="juli 2013" if k == 1 else "")
            for k in range(i % 3)
        )
        override = d.Override(class_key="k", reason=long_text(12, i)) if i % 50 == 7 else None
        fields.append(d.TaskField(
            name=f"Taakveld {i:03d} {long_text(4 + i % 9, i)}",
            description=long_text(20, i),
            footnote=long_text(15, i) if i % 10 == 0 else "",
            shortlisted=True,
            override=override,
            scores=scores + agreed,
            owners=owners,
        ))
    interests = tuple(
        d.InterestCategory(name=name, columns=tuple(
            d.InterestColumn(municipality=m, items=tuple(long_text(3 + k % 12, k + j) for k in range(8)))
            for j, m in enumerate(muns)
        ))
        for name in ("Visie en kernwaarden", "Organisatiebelang")
    )
    template = demo_tree()
    huge_word = "Onderwerpsoverstijgendesamenwerkingsverbandsafspraken" * 6
    sections = tuple(
        s.model_copy(update={"blocks": (*s.blocks, d.Block(text=long_text(400, k) + " " + huge_word))})
        for k, s in enumerate(template.sections)
    )
    sections = sections[:4] + (
        sections[4].model_copy(update={"blocks": (*sections[4].blocks, d.Block(kind=d.BlockKind.SCORES))}),
    ) + sections[5:]
    roles = tuple(
        r.model_copy(update={"members": tuple(d.Member(name=f"Lid {k} {long_text(2, k)}", municipality=m)
                                             for k, m in enumerate(muns))})
        for r in template.roles
    )
    return template.model_copy(update={
        "municipalities": muns,
        "criteria": criteria,
        "classes": classes,
        "task_fields": tuple(fields),
        "interests": interests,
        "sections": sections,
        "roles": roles,
        "statements": tuple(long_text(40, k) for k in range(60)),
        "rules": tuple(long_text(25, k) for k in range(30)),
        "conferences": (d.Conference(
            date="30 mei 2012", place="Norg", theme="Samenwerking",
            participants=tuple(d.Participant(name=f"Deelnemer {k}", municipality=m, function=long_text(3, k))
                               for k, m in enumerate(muns)),
            questions=tuple(long_text(30, k) + "?" for k in range(25)),
        ),),
    })
