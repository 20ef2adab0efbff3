from hypothesis import given
from hypothesis import strategies as st

from staan_desktop.domain.markup import (
    BulletList,
    FootnoteMark,
    Paragraph,
    Span,
    escape_literal,
    parse,
    parse_inline,
    plain_text,
)


def test_paragraphs_bullets_and_emphasis() -> None:
    nodes = parse("Een **5 K's** en *klant*.\n\n- eerste\n- tweede [^Dit project is reeds van start gegaan.]\nNa de lijst")
    assert nodes[0] == Paragraph((Span("Een "), Span("5 K's", bold=True), Span(" en "), Span("klant", italic=True), Span(".")))
    assert isinstance(nodes[1], BulletList)
    assert nodes[1].items[0] == (Span("eerste"),)
    assert nodes[1].items[1] == (Span("tweede "), FootnoteMark("Dit project is reeds van start gegaan."))
    assert nodes[2] == Paragraph((Span("Na de lijst"),))


def test_html_and_reportlab_markup_stay_text() -> None:
    source = '<font name="x">&amp; <b>vet</b></font>'
    assert plain_text(parse_inline(source)) == source


@given(st.text(st.characters(blacklist_characters="\r", blacklist_categories=("Cs",))))
def test_escaped_literal_reads_back_exactly(text: str) -> None:
    line = text.replace("\n", " ")
    assert plain_text(parse_inline(escape_literal(line))) == line
