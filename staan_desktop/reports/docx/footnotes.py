"""Real footnotes in a python-docx document.

python-docx writes no footnotes, so this module adds the footnotes part (``word/footnotes.xml``)
that Word and LibreOffice expect: the two separator notes Word requires (ids -1 and 0), then
one ``w:footnote`` per note, referenced from the text by ``w:footnoteReference``. Word numbers
the references itself, in document order, so the numbers match the order the story asks for
them in. Kept small on purpose: plain text notes, the built-in footnote styles.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

TEXT_STYLE = "FootnoteText"
REFERENCE_STYLE = "FootnoteReference"

_EMPTY = (
    f"<w:footnotes {nsdecls('w')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    "</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)

_STYLES = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{TEXT_STYLE}"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>',
    f'<w:style {nsdecls("w")} w:type="character" w:styleId="{REFERENCE_STYLE}"><w:name w:val="footnote reference"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
)


class Footnotes:
    """The footnotes part of one document; :meth:`add` places a note at the end of a paragraph."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._root: BaseOxmlElement | None = None
        self._next_id = 1

    def _part_root(self) -> BaseOxmlElement:
        if self._root is None:
            main = self.document.part
            for rel in main.rels.values():
                if rel.reltype == RT.FOOTNOTES:
                    # A template that already has notes: ours follow its highest id.
                    root = rel.target_part.element
                    ids = [int(n.get(qn("w:id"))) for n in root.findall(qn("w:footnote"))]
                    self._next_id = max([0, *ids]) + 1
                    self._root = root
                    break
            else:
                part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_EMPTY), main.package)
                main.relate_to(part, RT.FOOTNOTES)
                self._root = part.element
            self._ensure_styles()
        assert self._root is not None
        return self._root

    def _ensure_styles(self) -> None:
        styles = self.document.styles.element
        present = {s.get(qn("w:styleId")) for s in styles.findall(qn("w:style"))}
        for xml in _STYLES:
            style = parse_xml(xml)
            if style.get(qn("w:styleId")) not in present:
                styles.append(style)

    def add(self, paragraph: Paragraph, text: str) -> int:
        """Append a reference to a new footnote saying ``text`` to ``paragraph``; its id."""
        root = self._part_root()
        note_id = self._next_id
        self._next_id += 1
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{TEXT_STYLE}"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="{REFERENCE_STYLE}"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
        )
        run = note.find(qn("w:p")).makeelement(qn("w:r"), {})
        for i, line in enumerate(text.split("\n")):
            if i:
                run.append(run.makeelement(qn("w:br"), {}))
            t = run.makeelement(qn("w:t"), {qn("xml:space"): "preserve"})
            t.text = line
            run.append(t)
        note.find(qn("w:p")).append(run)
        root.append(note)
        ref = paragraph.add_run()
        ref._r.get_or_add_rPr().append(parse_xml(f'<w:rStyle {nsdecls("w")} w:val="{REFERENCE_STYLE}"/>'))
        ref._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note_id}"/>'))
        return note_id
