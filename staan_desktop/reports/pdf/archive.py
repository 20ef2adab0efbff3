"""The last step of a rendering: the structure tree, XMP metadata and output intent (pikepdf).

ReportLab has drawn every page with marked content (see :mod:`.tagging`); here the nodes the
tagger collected become the ``StructTreeRoot`` with its ``ParentTree``, link annotations get
their place in it, and the document gets what PDF/UA-1 and PDF/A-2 ask of its catalogue:
``MarkInfo``, ``Lang``, ``ViewerPreferences/DisplayDocTitle``, an XMP packet that says the
same as the document information (with ``pdfaid`` and ``pdfuaid``), and an sRGB output intent.
Why pikepdf and not ReportLab's own objects: see ``docs/pdf-accessibility.md``.
"""

from __future__ import annotations

import io
import re
import zlib
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf, String

from staan_desktop.resources import resource_path

from .tagging import Annotation, Content, Node, Tagger

#: PDF/A-2 level B: every font embedded, colours defined, no encryption… Level U would also ask
#: for Unicode of every glyph, which the fonts give (ToUnicode), but 2b is what we promise.
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


def finish(data: bytes, tagger: Tagger, *, lang: str, reproducible: bool) -> bytes:
    """``data`` (ReportLab's output) with the structure tree and the archive metadata."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        _structure(pdf, tagger)
        _catalogue(pdf, lang)
        out = io.BytesIO()
        # Streams are written as they are: ReportLab compressed its own, the ICC profile is
        # compressed once (below) and the XMP must stay plain. Letting qpdf try to compress
        # every stream again costs more than all the rest of this step.
        pdf.save(out, min_version="1.7", fix_metadata_version=False, deterministic_id=reproducible,
                 compress_streams=False, stream_decode_level=pikepdf.StreamDecodeLevel.none)
    return out.getvalue()


# The structure tree ------------------------------------------------------------------------


def _has_content(node: Node) -> bool:
    return any(not isinstance(kid, Node) or _has_content(kid) for kid in node.kids)


def _prune(node: Node) -> None:
    """Drop elements that nothing was drawn for (a list that stayed empty, a split-off piece
    never drawn), but keep a table's rows and cells: a table stays rectangular."""
    kept: list[Node | Content | Annotation] = []
    for kid in node.kids:
        if isinstance(kid, Node):
            _prune(kid)
            if not _has_content(kid) and kid.tag not in ("TR", "TH", "TD"):
                continue
        kept.append(kid)
    node.kids = kept


def _links(pdf: Pdf, tagger: Tagger) -> dict[tuple[int, int], Any]:
    """The link annotations of each page, in the order ReportLab made them, keyed as the
    tagger recorded them."""
    found: dict[tuple[int, int], Any] = {}
    for number, nodes in tagger.links.items():
        page = pdf.pages[number - 1].obj
        annots = [a for a in page.get("/Annots", Array()) if a.get("/Subtype") == Name.Link]
        if len(annots) != len(nodes):
            raise RuntimeError(f"page {number}: {len(annots)} links drawn, {len(nodes)} tagged")
        for index, annot in enumerate(annots):
            found[(number, index)] = annot
    return found


def _structure(pdf: Pdf, tagger: Tagger) -> None:
    _prune(tagger.root)
    pages = [page.obj for page in pdf.pages]
    annots = _links(pdf, tagger)
    tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    element_of: dict[int, Any] = {}  # id(node) → its structure element
    annot_parents: list[Any] = []

    def build(node: Node, parent: Any) -> Any:
        elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.tag), P=parent))
        element_of[id(node)] = elem
        first_page = next((kid.page for kid in node.kids if isinstance(kid, Content)), None)
        if first_page is not None:
            elem.Pg = pages[first_page - 1]
        kids = Array()
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(build(kid, elem))
            elif isinstance(kid, Content):
                if kid.page == first_page:
                    kids.append(kid.mcid)
                else:
                    kids.append(Dictionary(Type=Name.MCR, Pg=pages[kid.page - 1], MCID=kid.mcid))
            else:
                annot = annots[(kid.page, kid.index)]
                annot.StructParent = len(pages) + len(annot_parents)
                annot_parents.append(elem)
                if node.link_text:
                    annot.Contents = String(node.link_text)
                kids.append(Dictionary(Type=Name.OBJR, Obj=annot, Pg=pages[kid.page - 1]))
        elem.K = kids
        if node.alt:
            elem.Alt = String(node.alt)
        if node.ident:
            elem.ID = String(node.ident)
        if node.attributes:
            elem.A = _attributes(node.attributes)
        return elem

    document = build(tagger.root, tree_root)
    nums = Array()
    for index, page in enumerate(pages):
        page.StructParents = index
        page.Tabs = Name.S
        nums.append(index)
        nums.append(Array([element_of[id(node)] for node in tagger.marked.get(index + 1, [])]))
    for offset, elem in enumerate(annot_parents):
        nums.append(len(pages) + offset)
        nums.append(elem)
    tree_root.K = document
    tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    tree_root.ParentTreeNextKey = len(pages) + len(annot_parents)
    pdf.Root.StructTreeRoot = tree_root
    for page in pages:
        for annot in page.get("/Annots", Array()):
            annot.F = 4  # Print: PDF/A wants every annotation printed as it shows


def _attributes(attributes: dict[str, Any]) -> Any:
    by_owner: dict[str, Dictionary] = {}
    for key, value in attributes.items():
        owner = _OWNERS.get(key, "Layout")
        entry = by_owner.setdefault(owner, Dictionary(O=Name("/" + owner)))
        if isinstance(value, tuple):
            entry[Name("/" + key)] = Array(list(value))
        else:
            entry[Name("/" + key)] = Name("/" + str(value))
    values = list(by_owner.values())
    return values[0] if len(values) == 1 else Array(values)


# Catalogue and metadata ---------------------------------------------------------------------


def _catalogue(pdf: Pdf, lang: str) -> None:
    root = pdf.Root
    root.MarkInfo = Dictionary(Marked=True)
    root.Lang = String(lang)
    prefs = root.get("/ViewerPreferences", Dictionary())
    prefs.DisplayDocTitle = True
    root.ViewerPreferences = prefs
    info = pdf.trailer.get("/Info")
    values = _info_values(info)
    if info is not None:
        # The information dictionary may only say what the XMP says too: drop what is empty
        # and the Trapped flag (which the XMP below does not repeat).
        for key in list(info.keys()):
            if key == "/Trapped" or (key in _INFO_KEYS and not values.get(key)):
                del info[key]
    xmp = pikepdf.Stream(pdf, xmp_packet(values, lang).encode("utf-8"))
    xmp.Type = Name.Metadata
    xmp.Subtype = Name.XML
    root.Metadata = xmp
    profile = pikepdf.Stream(pdf, _compressed_profile())
    profile.Filter = Name.FlateDecode
    profile.N = 3
    root.OutputIntents = Array([Dictionary(
        Type=Name.OutputIntent, S=Name.GTS_PDFA1, OutputConditionIdentifier=String(OUTPUT_CONDITION),
        RegistryName=String("http://www.color.org"), Info=String(OUTPUT_CONDITION),
        DestOutputProfile=profile)])


_INFO_KEYS = ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer", "/CreationDate", "/ModDate")


def _info_values(info: Any) -> dict[str, str]:
    if info is None:
        return {}
    return {key: str(info[key]) for key in _INFO_KEYS if key in info}


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
    if info.get("/Title"):
        lines.append(f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_x(info["/Title"])}</rdf:li></rdf:Alt></dc:title>')
    if info.get("/Author"):
        lines.append(f"<dc:creator><rdf:Seq><rdf:li>{_x(info['/Author'])}</rdf:li></rdf:Seq></dc:creator>")
    if info.get("/Subject"):
        lines.append('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
                     f"{_x(info['/Subject'])}</rdf:li></rdf:Alt></dc:description>")
    lines.append(f"<dc:language><rdf:Bag><rdf:li>{_x(lang)}</rdf:li></rdf:Bag></dc:language>")
    lines.append("<dc:format>application/pdf</dc:format>")
    if info.get("/Keywords"):
        lines.append(f"<pdf:Keywords>{_x(info['/Keywords'])}</pdf:Keywords>")
    if info.get("/Producer"):
        lines.append(f"<pdf:Producer>{_x(info['/Producer'])}</pdf:Producer>")
    if info.get("/Creator"):
        lines.append(f"<xmp:CreatorTool>{_x(info['/Creator'])}</xmp:CreatorTool>")
    if info.get("/CreationDate"):
        lines.append(f"<xmp:CreateDate>{xmp_date(info['/CreationDate'])}</xmp:CreateDate>")
    if info.get("/ModDate"):
        lines.append(f"<xmp:ModifyDate>{xmp_date(info['/ModDate'])}</xmp:ModifyDate>")
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
