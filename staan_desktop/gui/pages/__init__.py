"""The pages of the workspace, in the order of the startdocument's chapters.

The navigation list shows exactly this list, top to bottom; Ctrl+1 … Ctrl+9 reach the first
nine (or a page's own ``shortcut``). To add a page: write a :class:`~.base.Page` subclass in its
own module here, import it below and put it in :data:`PAGES` where its chapter belongs.
"""

from __future__ import annotations

from .base import Page
from .overview import OverviewPage

PAGES: list[type[Page]] = [
    OverviewPage,
]

__all__ = ["PAGES", "Page"]
