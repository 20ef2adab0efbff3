"""Numbers in page content, formatted once per rendering.

ReportLab writes every coordinate, width and colour through ``rl_accel.fp_str``. Without its
optional C accelerator that is a Python function with a logarithm and string trimming per
number, and a startdocument writes the same numbers again and again (the same margins, cell
paddings, colours and line positions on every row and page): about 2,500 calls for the demo,
of which fewer than 600 differ. Remembering the text of each within one rendering gives the
same bytes for a fraction of the cost. The memory is dropped when the next rendering starts,
so it never grows beyond one document's numbers.
"""

from __future__ import annotations

import importlib
from typing import Any

from reportlab.lib import rl_accel

_original = rl_accel.fp_str
_known: dict[tuple[Any, ...], str] = {}

#: The ReportLab modules that imported ``fp_str`` by name and draw our pages.
_USERS = ("reportlab.pdfgen.canvas", "reportlab.pdfgen.textobject", "reportlab.pdfgen.pathobject",
          "reportlab.pdfbase.pdfdoc", "reportlab.lib.colors", "reportlab.platypus.tables",
          "reportlab.platypus.flowables", "reportlab.graphics.shapes")


def fp_str(*numbers: Any) -> str:
    try:
        return _known[numbers]
    except KeyError:
        text: str = _original(*numbers)
        _known[numbers] = text
        return text
    except TypeError:  # a list: not hashable, and rare
        text = _original(*numbers)
        return text


def new_rendering() -> None:
    _known.clear()


def install() -> None:
    """Use the memo where ReportLab formats numbers in Python (not with its C accelerator)."""
    if "fp_str" in rl_accel._c_funcs:
        return
    for name in _USERS:
        module = importlib.import_module(name)
        if getattr(module, "fp_str", None) is _original:
            module.fp_str = fp_str  # type: ignore[attr-defined]


install()
