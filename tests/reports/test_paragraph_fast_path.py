"""``LaidOutParagraph`` finds our few tags with a regular expression instead of ReportLab's
HTML tokenizer; it must hand ReportLab's parser exactly what the tokenizer would have, so the
fragments (and so the PDF) are the same. Pinned against ReportLab itself, so that an upgrade
that changes its parser shows up here."""

from __future__ import annotations

import random

import pytest
from reportlab.platypus import Paragraph

from staan_desktop.reports.pdf.contents import contents_line, line_style
from staan_desktop.reports.pdf.fonts import register_fonts
from staan_desktop.reports.pdf.paragraph import LaidOutParagraph, _quick_frags
from staan_desktop.reports.pdf.styles import stylesheet
from staan_desktop.reports.pdf.text import esc

STYLES = stylesheet(register_fonts())
ALPHABET = [*"ab c&<>\"'\n\t  \u00a0·–éשל١٢3", "&amp;", "x;", "**", "[^"]


def _fragments(p: Paragraph) -> tuple[object, ...]:
    return (repr([sorted((k, repr(v)) for k, v in f.__dict__.items()) for f in p.frags]), p.text, p.bulletText)


def _markup(rnd: random.Random) -> str:
    def piece() -> str:
        return esc("".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12))))

    parts = []
    for _ in range(rnd.randint(0, 6)):
        k = rnd.random()
        parts.append(f"<b>{piece()}</b>" if k < 0.2 else f"<i>{piece()}</i>" if k < 0.4 else "<br/>" if k < 0.5
                     else f"<i><b>{piece()}</b></i>" if k < 0.55 else piece())
    return "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_same_fragments_as_reportlab(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(500):
        markup = _markup(rnd)
        style = STYLES[rnd.choice(["body", "bullet", "cell", "h1", "cell_head", "footnote"])]
        bullet = rnd.choice([None, "•", "¹"])
        expected, actual = Paragraph(markup, style, bulletText=bullet), LaidOutParagraph(markup, style, bulletText=bullet)
        assert _fragments(actual) == _fragments(expected), markup
        assert actual.wrap(120, 1000) == expected.wrap(120, 1000)


@pytest.mark.parametrize("seed", range(2))
def test_contents_lines_same_fragments_as_reportlab(seed: int) -> None:
    rnd = random.Random(seed)
    for i in range(300):
        style = line_style(STYLES[rnd.choice(["toc0", "toc1", "toc2"])])
        line = contents_line(f"{rnd.randint(1, 9)}.{rnd.randint(1, 9)}. {_markup(rnd)}", f"h{i}", style)
        assert _quick_frags(line.text, style) is not None
        expected = Paragraph(line.text, style)
        assert _fragments(line) == _fragments(expected), line.text
        assert line.wrap(300, 1000) == expected.wrap(300, 1000)


def test_other_markup_takes_the_full_parser() -> None:
    style = STYLES["body"]
    for markup in ('<a href="https://example.org">x</a>', "<a href='#h1'>x</a>", '<a href="#h1" color="red">x</a>',
                   '<onDraw name="x" label="a b"/>', "<font color='red'>x</font>", "a &#39; b", "&nbsp;",
                   "<para>x</para>"):
        assert _quick_frags(markup, style) is None
        assert _fragments(LaidOutParagraph(markup, style)) == _fragments(Paragraph(markup, style))


def test_unbalanced_markup_gets_reportlabs_own_error() -> None:
    # The direct builder does not check nesting the way ReportLab's parser does; it leaves
    # such text to the parser so that the error is the parser's.
    style = STYLES["body"]
    for markup in ("<b>x", "x</b>", "<b><i>x</b></i>", "<i>x</i></i>"):
        assert _quick_frags(markup, style) is None
        with pytest.raises(ValueError):
            Paragraph(markup, style)
        with pytest.raises(ValueError):
            LaidOutParagraph(markup, style)
