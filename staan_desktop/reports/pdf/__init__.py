"""The startdocument as PDF (ReportLab, no Qt).

``render_pdf(tree, options, progress) -> bytes`` is the entry point; the caller writes the bytes
(atomically, through the file service). ``StartdocumentRenderer`` has the hooks to subclass.
"""

from .options import OpenComment, Progress, RenderOptions, SignOff
from .renderer import StartdocumentRenderer, render_pdf, render_pdf_to_file

__all__ = [
    "OpenComment",
    "Progress",
    "RenderOptions",
    "SignOff",
    "StartdocumentRenderer",
    "render_pdf",
    "render_pdf_to_file",
]
