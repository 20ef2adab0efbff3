"""Signature fields in the structure tree of a tagged startdocument (PDF/UA-1 §7.18).

pyHanko adds a signature field as a widget annotation; PDF/UA wants every annotation in the
structure tree, a widget inside a ``Form`` element that says what the field is for. This is
done in the same incremental update that adds the field, before anything is signed: the
``Form`` gets an object reference to the widget, the widget a ``StructParent`` whose entry
in the parent tree leads back to the ``Form``. A member's field goes right after the
member's name on the signature page (found through the tree's ``IDTree``); a field without
a name beside it (the signature of the whole document) goes at the end of the document.

A PDF without a structure tree is left as it is (pyHanko's fields then stay untagged, as
everything else in that file).
"""

from __future__ import annotations

from typing import Any


def _names(tree: Any) -> dict[str, Any]:
    """The entries of a name tree (``IDTree``): a flat ``/Names`` array or ``/Kids``."""
    out: dict[str, Any] = {}
    if tree is None:
        return out
    tree = tree.get_object()
    names = tree.get("/Names")
    if names is not None:
        for i in range(0, len(names) - 1, 2):
            out[str(names[i])] = names.raw_get(i + 1)
    for kid in tree.get("/Kids", ()):
        out.update(_names(kid))
    return out


def tag_widget(writer: Any, widget_ref: Any, alt: str, after_id: str = "") -> bool:
    """Put the widget ``widget_ref`` into the structure tree of ``writer``'s document as a
    ``Form`` with alternative text ``alt``: after the element with ID ``after_id`` if there is
    one, else at the end of the document. False when the document has no structure tree."""
    from pyhanko.pdf_utils import generic as typed_generic

    generic: Any = typed_generic  # pyHanko leaves its object constructors unannotated
    root = writer.root
    if "/StructTreeRoot" not in root:
        return False
    tree_ref = root.raw_get("/StructTreeRoot")
    tree = tree_ref.get_object()
    widget = widget_ref.get_object()
    page_ref = widget.raw_get("/P")

    anchor_ref = _names(tree.get("/IDTree")).get(after_id) if after_id else None
    if anchor_ref is not None:
        parent_ref = anchor_ref.get_object().raw_get("/P")
    else:
        parent_ref = tree.raw_get("/K")
        if isinstance(parent_ref, generic.ArrayObject):
            parent_ref = parent_ref[0]
    parent = parent_ref.get_object()

    key = int(tree.get("/ParentTreeNextKey", 0))
    form = generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/StructElem"),
        generic.NameObject("/S"): generic.NameObject("/Form"),
        generic.NameObject("/P"): parent_ref,
        generic.NameObject("/Pg"): page_ref,
        generic.NameObject("/Alt"): generic.TextStringObject(alt),
        generic.NameObject("/K"): generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/OBJR"),
            generic.NameObject("/Obj"): widget_ref,
            generic.NameObject("/Pg"): page_ref,
        }),
    })
    form_ref = writer.add_object(form)

    kids = parent.get("/K")
    if not isinstance(kids, generic.ArrayObject):
        kids = generic.ArrayObject([] if kids is None else [parent.raw_get("/K")])
    position = len(kids)
    if anchor_ref is not None:
        for i in range(len(kids)):
            if isinstance(kids.raw_get(i), generic.IndirectObject) and kids.raw_get(i).idnum == anchor_ref.idnum:
                position = i + 1
                break
    kids.insert(position, form_ref)
    parent[generic.NameObject("/K")] = kids
    writer.update_container(parent)

    # The parent tree as the renderer writes it: one flat /Nums array, keys ascending.
    parent_tree = tree["/ParentTree"]
    nums = parent_tree.get("/Nums")
    if nums is None:
        nums = parent_tree[generic.NameObject("/Nums")] = generic.ArrayObject()
    nums.extend([generic.NumberObject(key), form_ref])
    writer.update_container(parent_tree)
    tree[generic.NameObject("/ParentTreeNextKey")] = generic.NumberObject(key + 1)
    writer.update_container(tree)

    widget[generic.NameObject("/StructParent")] = generic.NumberObject(key)
    # What a screen reader announces for the field itself.
    widget[generic.NameObject("/TU")] = generic.TextStringObject(alt)
    writer.update_container(widget)
    return True


def field_ref(writer: Any, name: str) -> Any:
    """The reference of the form field called ``name`` (a top-level field, as pyHanko adds them)."""
    fields = writer.root["/AcroForm"]["/Fields"]
    for i in range(len(fields)):
        ref = fields.raw_get(i)
        if str(ref.get_object().get("/T")) == name:
            return ref
    raise KeyError(name)
