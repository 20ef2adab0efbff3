"""The pages of the workspace, in the order of the startdocument's chapters.

The navigation list shows exactly this list, top to bottom; Ctrl+1 … Ctrl+9 reach the first
nine (or a page's own ``shortcut``). To add a page: write a :class:`~.base.Page` subclass in its
own module here and put a :class:`PageEntry` for it in :data:`PAGES` where its chapter belongs,
with the class's title, icon and shortcut (``tests/gui/test_startup.py`` checks they agree).

Entries rather than the classes themselves: the window lists every page (title, icon, keys) as
soon as it opens, but a page's module, with its models and widgets, is imported only when the
page is first shown. Importing all twelve cost 60–80 ms before the window could show a document.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Union

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from .base import TITLE_CONTEXT, Page

if TYPE_CHECKING:
    from staan_desktop.services.edits import Change

    from ..context import WorkspaceContext


class PageEntry:
    """A page of the registry, standing in for its class wherever the workspace needs one: what
    the navigation shows is declared here; everything else (its tables, building it) imports
    the page's module the first time it is asked for."""

    def __init__(self, module: str, name: str, title: str, icon: str, shortcut: str = "") -> None:
        self.module = f"{__name__}.{module}"
        self.__name__ = name  # as a class has: the projector and the tests know pages by it
        self.title = title
        self.icon = icon
        self.shortcut = shortcut
        self._class: type[Page] | None = None

    def load(self) -> type[Page]:
        """The page class (its module is imported the first time)."""
        if self._class is None:
            self._class = getattr(importlib.import_module(self.module), self.__name__)
        return self._class

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)

    @property
    def tables(self) -> frozenset[str]:
        return self.load().tables

    @property
    def home_tables(self) -> frozenset[str] | None:
        return self.load().home_tables

    def home(self) -> frozenset[str]:
        return self.load().home()

    def shows(self, change: Change) -> bool:
        return self.load().shows(change)

    def __call__(self, context: WorkspaceContext, parent: QWidget | None = None) -> Page:
        return self.load()(context, parent)

    def __repr__(self) -> str:
        return f"PageEntry({self.module}.{self.__name__})"


#: A page class, or an entry that stands in for one until it is needed.
PageKind = Union[type[Page], PageEntry]

PAGES: list[PageEntry] = [
    PageEntry("overview", "OverviewPage", QT_TRANSLATE_NOOP("Page", "Overzicht"), "page-overview", "Ctrl+1"),
    PageEntry("municipalities", "MunicipalitiesPage", QT_TRANSLATE_NOOP("Page", "Gemeenten"), "page-municipalities"),
    PageEntry("conferences", "ConferencesPage", QT_TRANSLATE_NOOP("Page", "Werkconferenties"), "page-conferences"),
    PageEntry("chapters", "ChaptersPage", QT_TRANSLATE_NOOP("Page", "Hoofdstukken"), "page-chapters"),
    PageEntry("ambition", "AmbitionPage", QT_TRANSLATE_NOOP("Page", "Gedeelde ambitie"), "page-ambition"),
    PageEntry("motives", "MotivesPage", QT_TRANSLATE_NOOP("Page", "De 5 K's"), "page-motives"),
    PageEntry("interests", "InterestsPage", QT_TRANSLATE_NOOP("Page", "Belangen"), "page-interests"),
    PageEntry("task_fields", "TaskFieldsPage", QT_TRANSLATE_NOOP("Page", "Taakvelden"), "page-task-fields"),
    PageEntry("scoring", "ScoringPage", QT_TRANSLATE_NOOP("Page", "Scoren"), "page-scores"),
    PageEntry("criteria", "CriteriaPage", QT_TRANSLATE_NOOP("Page", "Criteria en indeling"), "page-criteria"),
    PageEntry("owners", "OwnersPage", QT_TRANSLATE_NOOP("Page", "Eigenaren"), "page-owners"),
    PageEntry("roles", "RolesPage", QT_TRANSLATE_NOOP("Page", "Rollen"), "page-roles"),
    PageEntry("rules", "RulesPage", QT_TRANSLATE_NOOP("Page", "Spelregels"), "page-rules"),
]

__all__ = ["PAGES", "Page", "PageEntry", "PageKind"]
