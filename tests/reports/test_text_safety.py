"""Whatever a user types reaches the PDF as text: never as markup, never as a crash, and
characters the font lacks are replaced visibly instead of vanishing."""

from __future__ import annotations

import io
import re
import unicodedata

import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reports.pdf_helpers import pdf_text, squash
from strategies import trajectories

from staan_desktop.domain import document as d
from staan_desktop.domain import markup
from staan_desktop.reports.pdf import RenderOptions, SignOff, render_pdf
from staan_desktop.reports.pdf.fonts import MISSING, can_show, printable
from staan_desktop.services.interchange import template_tree

NASTY = [
    "<b>", "</b>", "<i>", "&amp;", "&", "&lt;", "&#x41;", "&nbsp;", "<font name=x>",
    '<font name="Helvetica" color="red">', "]]>", "<![CDATA[", "<br/>", "<para>", "</para>",
    "<onDraw name=x label=y/>", "<a href='javascript:alert(1)'>", "<img src='/etc/passwd'/>",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\t", "\n", "\r\n", "\u2028", "😀", "👍🏽", "👨\u200d👩\u200d👧",
    "שלום", "مرحبا", "\u202e", "\u200b", "\ufeff", "e\u0301", "a\u0308\u0323", "中文", "ẞ", "İ", "Ω",
    "\u00ad", "%s", "{0}", "\\", "*", "**", "[^", "]", '"', "'", "Ĳsselmeer", "Đurđević", "Łódź",
]

fragments = st.one_of(st.sampled_from(NASTY), st.text(max_size=6))
texts = st.lists(fragments, max_size=6).map("".join)
# Names as the model allows them: no line breaks or NUL, no surrounding whitespace.
names = texts.map(lambda t: re.sub(r"[\n\r\x00]", " ", t).strip() or "x")


def visible_tokens(text: str) -> list[str]:
    """Words of ``text`` that must be found again in the PDF: letters and digits of scripts
    the font covers (Latin, Greek, Cyrillic, Hebrew), as the font can show them."""
    shown = unicodedata.normalize("NFC", printable(text))
    tokens = []
    for word in re.findall(r"[^\W_]+", shown):
        # Where Latin meets Hebrew inside one word, extraction may order the two parts
        # either way; each part on its own must be there.
        tokens += re.findall("[\u05d0-\u05ea]{2,}|[^\u05d0-\u05ea]{2,}", word)
    return [t for t in tokens if all((ord(c) < 0x0530 or 0x05D0 <= ord(c) <= 0x05EA) and can_show(c) for c in t)]


def markup_text(source: str) -> str:
    parts = []
    for node in markup.parse(source):
        runs = [node.inlines] if isinstance(node, markup.Paragraph) else list(node.items)
        for inlines in runs:
            parts.append(markup.plain_text(inlines))
            parts += [i.text for i in inlines if isinstance(i, markup.FootnoteMark)]
    return " ".join(parts)


@st.composite
def filled_trees(draw: st.DrawFn) -> tuple[d.Trajectory, list[str]]:
    """The working-method template with generated text in every field the PDF shows."""
    base = template_tree()
    shown: list[str] = []

    def plain(strategy: st.SearchStrategy[str] = texts) -> str:
        value = draw(strategy)
        shown.append(value)
        return value

    def rich() -> str:
        value = draw(texts)
        shown.append(markup_text(value))
        return value

    municipalities = (plain(names), plain(names))
    m = municipalities[0]

    def section(s: d.Section) -> d.Section:
        blocks = tuple(d.Block(kind=b.kind, text=rich() if b.kind == d.BlockKind.TEXT else "") for b in s.blocks)
        return d.Section(title=plain(names), blocks=blocks, children=tuple(section(c) for c in s.children))

    criteria = (d.Criterion(name=plain(names)), d.Criterion(name=plain(names)))
    classes = (d.ClassDef(key="a", name=plain(names), note=plain(), min_ratio=0.5),
               d.ClassDef(key="b", name=plain(names), note=plain(), min_ratio=0.0))
    task_fields = tuple(
        d.TaskField(
            name=plain(names), footnote=plain(), shortlisted=True,
            override=d.Override(class_key="a", reason=plain(names)) if i == 0 else None,
            scores=tuple(d.Score(criterion=c.name, value=1 + i) for c in criteria),
            owners=(d.Owner(person=plain(names), municipality=m, role=d.OwnerRole.PROJECTLEIDER,
                            from_date=plain()),),
        )
        for i in range(2)
    )
    info = d.TrajectoryInfo(
        title=plain(names), subtitle=plain(), short_name=plain(), procesmanager=plain(), author_role=plain(),
        document_date=plain(), version_label=plain(), status=d.Status.CONCEPT, differences=rich(),
    )
    tree = base.model_copy(update={
        "trajectory": info,
        "municipalities": municipalities,
        "sections": tuple(section(s) for s in base.sections),
        "statements": (plain(), plain()),
        "motives": (d.Motive(letter=plain(names.map(lambda t: t[:8] if t[:8].strip() else "K")), name=plain(names),
                             explanation=plain()),),
        "interests": (d.InterestCategory(name=plain(names), columns=(
            d.InterestColumn(municipality=m, items=(plain(), plain())),)),),
        "criteria": criteria,
        "classes": classes,
        "task_fields": task_fields,
        "roles": (d.Role(name=plain(names), description=rich(), responsibilities_title=plain(),
                         responsibilities=(d.Responsibility(text=plain(), footnote=plain()),),
                         members=(d.Member(name=plain(names), municipality=m),)),),
        "rules": (plain(), plain()),
        "conferences": (d.Conference(date=plain(), place=plain(), theme=plain(), questions=(plain(),),
                                     participants=(d.Participant(name=plain(names), municipality=m,
                                                                 function=plain()),)),),
    })
    return tree, shown


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(filled_trees())
def test_any_text_in_any_field_comes_out_as_text(case: tuple[d.Trajectory, list[str]]) -> None:
    tree, shown = case
    pdf = render_pdf(tree)
    text = unicodedata.normalize("NFC", squash("".join(pdf_text(pdf))))
    missing = [(token, source) for source in shown for token in visible_tokens(source) if token not in text]
    assert not missing


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(trajectories(), st.booleans())
def test_any_tree_renders(tree: d.Trajectory, signed: bool) -> None:
    """Trees the services would refuse (duplicate names, dangling references) still render."""
    options = RenderOptions(sign_off=SignOff(date="1 juli 2012", members=("A",), version="1", fingerprint="ab" * 32)
                            if signed else None)
    pdf = render_pdf(tree, options)
    assert pdf.startswith(b"%PDF-")
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) >= 1


def test_markup_in_user_text_is_printed_literally() -> None:
    base = template_tree()
    nasty = "<b>vet</b> &amp; <font name=x>lettertype</font> ]]> <a href='javascript:x'>link</a>"
    tree = base.model_copy(update={
        "trajectory": base.trajectory.model_copy(update={"title": nasty, "subtitle": nasty}),
        "statements": (nasty,),
    })
    pdf = render_pdf(tree)
    assert squash(nasty) in squash("".join(pdf_text(pdf)))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for annot in page.get("/Annots", []) or []:
            assert "/A" not in annot.get_object(), "user text must never become a link"


def test_characters_the_font_lacks_are_replaced_visibly() -> None:
    base = template_tree()
    statement = "Duim 👍🏽 en familie 👨\u200d👩\u200d👧, 中文 en gewoon é, ĳ, ẞ en Ω."
    hebrew = "Naam in het Hebreeuws: שלום עליכם"
    tree = base.model_copy(update={"statements": (statement, hebrew)})
    text = squash("".join(pdf_text(render_pdf(tree))))
    expected = printable(statement)
    # One box per emoji (skin tone and joiners vanish, the family shows its three members)
    # and per CJK character.
    assert expected.count(MISSING) == 6
    assert squash(expected) in text
    # Drawn right to left, extracted in reading order again.
    assert "שלום" in text and "עליכם" in text


def test_control_characters_do_not_reach_the_pdf() -> None:
    assert printable("a\x00b\x07c\x1bd\te\r\nf") == "abcd e\r\nf".replace("\r", "")
