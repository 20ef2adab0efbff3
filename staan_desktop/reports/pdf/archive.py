"""The structure tree, XMP metadata and output intent, written by ReportLab in the same pass.

ReportLab has drawn every page with marked content (see :mod:`.tagging`); just before it writes
the file, the nodes the tagger collected become ``StructElem`` objects of ReportLab's own
document, with the ``ParentTree`` that maps each page's marked-content ids and each link
annotation back to its element; pages get ``StructParents`` and ``/Tabs /S``, links their
``StructParent``; the catalogue gets what PDF/UA-1 and PDF/A-2 ask of it: ``MarkInfo``,
``ViewerPreferences/DisplayDocTitle``, an XMP packet that says what the document information
says (with ``pdfaid`` and ``pdfuaid``), and an sRGB output intent. Why in ReportLab's
objects and not afterwards with pikepdf: see ``docs/pdf-accessibility.md``.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFPage,
    PDFString,
    PDFtrue,
)

from staan_desktop.resources import resource_path

from .tagging import Annotation, Content, Node, Tagger

#: PDF/A-2 level B: every font embedded, colours defined, no encryption. The fonts also give
#: Unicode for every glyph (level U), but B is what the checks hold the file to.
PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
PDFUA_PART = "1"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"

#: Which attribute owner (/O of a structure element's /A) each attribute belongs to.
_OWNERS = {"Scope": "Table", "BBox": "Layout", "ListNumbering": "List"}


@cache
def srgb_profile() -> bytes:
    return resource_path("icc/sRGB.icc").read_bytes()


@cache
def _compressed_profile() -> bytes:
    return zlib.compress(srgb_profile(), 9)


class _Raw(PDFObject):
    """An object whose PDF text is made when the file is written, when every object has its
    number: much quicker for hundreds of small elements than ReportLab's dictionaries."""

    def __init__(self, make: Callable[[Any], bytes]) -> None:
        self.make = make

    def format(self, document: Any) -> bytes:
        return self.make(document)


class _PlainStream(PDFObject):
    """A stream written as given: the XMP (which must stay readable, unfiltered) and the
    already compressed ICC profile."""

    def __init__(self, entries: bytes, content: bytes) -> None:
        self.entries = entries
        self.content = content

    def format(self, document: Any) -> bytes:
        return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (self.entries, len(self.content), self.content)


class _Literal(PDFObject):
    def __init__(self, text: str) -> None:
        self.text = text.encode("latin-1")

    def format(self, document: Any) -> bytes:
        return self.text


def _ref(document: Any, name: str) -> bytes:
    number, generation = document.idToObjectNumberAndVersion[name]
    return b"%d %d R" % (number, generation)


def _string(document: Any, text: str) -> bytes:
    formatted: bytes = PDFString(text).format(document)
    return formatted


# The structure tree ------------------------------------------------------------------------


def _prune(node: Node) -> bool:
    """Drop elements that nothing was drawn for (a list that stayed empty), but keep a table's
    rows and cells so that a table stays rectangular. True if ``node`` has content."""
    kept: list[Node | Content | Annotation] = []
    content = False
    for kid in node.kids:
        if isinstance(kid, Node):
            if _prune(kid) or kid.tag in ("TR", "TH", "TD"):
                kept.append(kid)
                content = True
        else:
            kept.append(kid)
            content = True
    node.kids = kept
    return content


def write_structure(document: Any, tagger: Tagger, links: dict[int, list[Any]]) -> None:
    """Add the structure tree of ``tagger`` to ReportLab's ``document`` (before it is written).
    ``links``: the link annotation objects of each page, in the order they were made."""
    _prune(tagger.root)
    pages: list[PDFPage] = document.Pages.pages
    page_names = [page.__InternalName__ for page in pages]
    names: dict[int, str] = {}  # id(node) → object name
    nodes: list[Node] = []

    def register(node: Node) -> None:
        name = f"SE{len(nodes)}"
        names[id(node)] = name
        nodes.append(node)
        for kid in node.kids:
            if isinstance(kid, Node):
                register(kid)

    register(tagger.root)
    annot_parents: list[str] = []
    annot_names: dict[tuple[int, int], str] = {}
    for number, made in sorted(links.items()):
        tagged = tagger.links.get(number, [])
        if len(made) != len(tagged):
            raise RuntimeError(f"page {number}: {len(made)} links made, {len(tagged)} tagged")
        for index, (annotation, node) in enumerate(zip(made, tagged)):
            annotation.permitted = (*annotation.permitted, "StructParent")
            annotation.otherkw["StructParent"] = _Literal(str(len(pages) + len(annot_parents)))
            annotation.otherkw["F"] = _Literal("4")  # printed: PDF/A
            if node.link_text:
                annotation.Contents = node.link_text
            annot_parents.append(names[id(node)])
            annot_names[(number, index)] = annotation.__InternalName__

    root_name = "StructTreeRoot"
    by_ident = {n.ident: names[id(n)] for n in nodes if n.ident}
    for node in nodes:
        parent = names[id(node.parent)] if node.parent is not None else root_name
        target = by_ident.get(node.refers_to) if node.refers_to else None
        document.Reference(_Raw(_element_maker(node, parent, names, page_names, annot_names, target)),
                           names[id(node)])

    def parent_tree(doc: Any) -> bytes:
        out = [b"<< /Nums ["]
        for index in range(len(pages)):
            refs = b" ".join(_ref(doc, names[id(n)]) for n in tagger.marked.get(index + 1, []))
            out.append(b"%d [%s]" % (index, refs))
        for offset, name in enumerate(annot_parents):
            out.append(b"%d %s" % (len(pages) + offset, _ref(doc, name)))
        out.append(b"] >>")
        return b"\n".join(out)

    document.Reference(_Raw(parent_tree), "ParentTree")
    next_key = len(pages) + len(annot_parents)
    # Elements with an ID (footnotes, the signers' names) are found through the IDTree, which
    # the spec asks for as soon as one element has an ID; keys in byte order.
    identified = sorted(((n.ident.encode("utf-8"), names[id(n)]) for n in nodes if n.ident), key=lambda item: item[0])

    def root_dict(doc: Any) -> bytes:
        out = b"<< /Type /StructTreeRoot /K %s /ParentTree %s /ParentTreeNextKey %d" % (
            _ref(doc, names[id(tagger.root)]), _ref(doc, "ParentTree"), next_key)
        if identified:
            pairs = b" ".join(b"%s %s" % (_string(doc, key.decode("utf-8")), _ref(doc, name)) for key, name in identified)
            out += b" /IDTree << /Names [%s] >>" % pairs
        return out + b" >>"

    document.Reference(_Raw(root_dict), root_name)
    for index, page in enumerate(pages):
        page.__NoDefault__ = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = _Literal(str(index))
        page.Tabs = PDFName("S")
    catalog = document.Catalog
    catalog.StructTreeRoot = PDFObjectReference(root_name)
    catalog.MarkInfo = PDFDictionary({"Marked": PDFtrue})


def _element_maker(node: Node, parent: str, names: dict[int, str], pages: list[str],
                   annots: dict[tuple[int, int], str], target: str | None = None) -> Callable[[Any], bytes]:
    """``target``: the element ``node`` refers to (a mark's ``Note``), its /Ref."""

    def make(doc: Any) -> bytes:
        first_page = next((kid.page for kid in node.kids if isinstance(kid, Content)), None)
        kids = []
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(_ref(doc, names[id(kid)]))
            elif isinstance(kid, Content):
                if kid.page == first_page:
                    kids.append(b"%d" % kid.mcid)
                else:
                    kids.append(b"<< /Type /MCR /Pg %s /MCID %d >>" % (_ref(doc, pages[kid.page - 1]), kid.mcid))
            else:
                kids.append(b"<< /Type /OBJR /Obj %s /Pg %s >>" % (_ref(doc, annots[(kid.page, kid.index)]),
                                                                   _ref(doc, pages[kid.page - 1])))
        out = [b"<< /Type /StructElem /S /%s /P %s" % (node.tag.encode("ascii"), _ref(doc, parent))]
        if first_page is not None:
            out.append(b"/Pg " + _ref(doc, pages[first_page - 1]))
        out.append(b"/K [" + b" ".join(kids) + b"]")
        if node.alt:
            out.append(b"/Alt " + _string(doc, node.alt))
        if node.ident:
            out.append(b"/ID " + _string(doc, node.ident))
        if target is not None:
            out.append(b"/Ref [%s]" % _ref(doc, target))
        if node.attributes:
            out.append(b"/A " + _attributes(node.attributes))
        out.append(b">>")
        return b" ".join(out)

    return make


def _attributes(attributes: dict[str, Any]) -> bytes:
    by_owner: dict[str, list[bytes]] = {}
    for key, value in attributes.items():
        owner = _OWNERS.get(key, "Layout")
        text = "[" + " ".join(f"{v:g}" for v in value) + "]" if isinstance(value, tuple) else f"/{value}"
        by_owner.setdefault(owner, []).append(f"/{key} {text}".encode("ascii"))
    dicts = [b"<< /O /%s %s >>" % (owner.encode("ascii"), b" ".join(entries)) for owner, entries in by_owner.items()]
    return dicts[0] if len(dicts) == 1 else b"[" + b" ".join(dicts) + b"]"


# Catalogue and metadata ---------------------------------------------------------------------


def write_catalogue(document: Any, info: dict[str, str], lang: str) -> None:
    """``MarkInfo`` is set with the tree; here: language, title bar, XMP, output intent.
    ``info`` holds the document information as written (keys without slash: ``Title``…)."""
    catalog = document.Catalog
    catalog.Lang = PDFString(lang)
    prefs = getattr(catalog, "ViewerPreferences", None)
    if prefs is None:
        catalog.ViewerPreferences = prefs = PDFDictionary()
    prefs["DisplayDocTitle"] = PDFtrue
    catalog.Metadata = document.Reference(_PlainStream(b"/Type /Metadata /Subtype /XML",
                                                       xmp_packet(info, lang).encode("utf-8")), "XMP")
    profile = document.Reference(_PlainStream(b"/N 3 /Filter /FlateDecode", _compressed_profile()), "sRGB")
    catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = PDFArray([PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION), "RegistryName": PDFString("http://www.color.org"),
        "Info": PDFString(OUTPUT_CONDITION), "DestOutputProfile": profile})])


_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?")


def xmp_date(pdf_date: str) -> str:
    """``D:20261206193516+00'00'`` → ``2026-12-06T19:35:16+00:00`` (the same instant)."""
    m = _PDF_DATE.match(pdf_date)
    if m is None:
        return ""
    year, month, day, hour, minute, second, sign, tz_h, tz_m = m.groups()
    text = f"{year}-{month or '01'}-{day or '01'}T{hour or '00'}:{minute or '00'}:{second or '00'}"
    if sign in ("Z", "z") or (sign and not tz_h):
        return text + "Z"
    if sign:
        return f"{text}{sign}{tz_h}:{tz_m or '00'}"
    return text


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return escape(_XML_INVALID.sub("", text))


def xmp_packet(info: dict[str, str], lang: str) -> str:
    """The XMP of the document: the information dictionary's values, PDF/A and PDF/UA ids,
    and the extension schema PDF/A asks for the PDF/UA id (not one of its predefined ones)."""
    lines = []
    if info.get("Title"):
        lines.append(f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_x(info["Title"])}</rdf:li></rdf:Alt></dc:title>')
    if info.get("Author"):
        lines.append(f"<dc:creator><rdf:Seq><rdf:li>{_x(info['Author'])}</rdf:li></rdf:Seq></dc:creator>")
    if info.get("Subject"):
        lines.append('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
                     f"{_x(info['Subject'])}</rdf:li></rdf:Alt></dc:description>")
    lines.append(f"<dc:language><rdf:Bag><rdf:li>{_x(lang)}</rdf:li></rdf:Bag></dc:language>")
    lines.append("<dc:format>application/pdf</dc:format>")
    if info.get("Keywords"):
        lines.append(f"<pdf:Keywords>{_x(info['Keywords'])}</pdf:Keywords>")
    if info.get("Producer"):
        lines.append(f"<pdf:Producer>{_x(info['Producer'])}</pdf:Producer>")
    if info.get("Creator"):
        lines.append(f"<xmp:CreatorTool>{_x(info['Creator'])}</xmp:CreatorTool>")
    if info.get("CreationDate"):
        lines.append(f"<xmp:CreateDate>{xmp_date(info['CreationDate'])}</xmp:CreateDate>")
    if info.get("ModDate"):
        lines.append(f"<xmp:ModifyDate>{xmp_date(info['ModDate'])}</xmp:ModifyDate>")
    lines.append(f"<pdfaid:part>{PDFA_PART}</pdfaid:part>")
    lines.append(f"<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>")
    lines.append(f"<pdfuaid:part>{PDFUA_PART}</pdfuaid:part>")
    body = "\n   ".join(lines)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   {body}
  </rdf:Description>
  <rdf:Description rdf:about=""
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
