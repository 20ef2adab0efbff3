"""The pages of the workspace, in the order of the startdocument's chapters.

Each page is declared once, here, by a :class:`PageSpec`: its key, title, icon, shortcut and the
tables whose changes it shows. The navigation list shows :data:`PAGES` top to bottom; Ctrl+1 …
Ctrl+9 reach the first nine the document's method lists (or a page's own ``shortcut``). Other code refers to a page by its
key (``"scoring"``), never by its class. To add a page: write a :class:`~.base.Page` subclass in
its own module here, give it ``key``, and put its spec in :data:`PAGES` where its chapter belongs.

The window lists every page (title, icon, keys) as soon as it opens, but a page's module, with
its models and widgets, is imported only when the page is first shown (``page="module:Class"``):
importing all twelve cost 60-80 ms before the window could show a document.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from staan_desktop.services.changes import Table

from ..i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from staan_desktop.services.edits import Change

    from ..context import WorkspaceContext
    from .base import Page

#: The translation context of every page title. The pages' base class reads this registry, so
#: it is imported here only for its type: the two modules never import each other.
TITLE_CONTEXT = "Page"


@cache
def _import(path: str) -> type[Page]:
    module, _, name = path.partition(":")
    page: type[Page] = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    return page


@dataclass(frozen=True)
class PageSpec:
    """What the window knows of a page before it is built, and the only place it is said."""

    #: How other code names the page (the projector, review comments, the tests).
    key: str
    #: Dutch; translated in the context "Page".
    title: str
    #: A name from gui/icons.py.
    icon: str
    #: The tables whose changes the page shows: after an edit, undo or redo that touches one of
    #: them it redraws.
    tables: frozenset[Table]
    #: ``"module:Class"`` in this package, imported when the page is first shown; or the class.
    page: str | type[Page]
    #: The tables this page is the place to edit (undo shows it); ``None`` means all of ``tables``.
    home_tables: frozenset[Table] | None = None
    #: Its own key; empty for Ctrl+<position among the pages the navigation lists>.
    shortcut: str = ""

    def load(self) -> type[Page]:
        """The page's class (its module is imported the first time)."""
        return _import(self.page) if isinstance(self.page, str) else self.page

    def build(self, context: WorkspaceContext, parent: QWidget | None = None) -> Page:
        return self.load()(context, parent)

    def translated_title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title)

    def home(self) -> frozenset[Table]:
        return self.tables if self.home_tables is None else self.home_tables

    def shows(self, change: Change) -> bool:
        return bool(self.tables & (change.tables or {change.table}))


def _tables(*names: str) -> frozenset[Table]:
    return frozenset(map(Table, names))


PAGES: list[PageSpec] = [
    PageSpec("overview", QT_TRANSLATE_NOOP("Page", "Overzicht"), "page-overview",
             _tables("trajectory", "municipality", "conference", "statement", "motive", "task_field", "role"),
             "overview:OverviewPage", home_tables=_tables("trajectory"), shortcut="Ctrl+1"),
    PageSpec("municipalities", QT_TRANSLATE_NOOP("Page", "Gemeenten"), "page-municipalities",
             _tables("municipality"), "municipalities:MunicipalitiesPage"),
    PageSpec("conferences", QT_TRANSLATE_NOOP("Page", "Werkconferenties"), "page-conferences",
             _tables("conference", "participant", "question", "municipality"), "conferences:ConferencesPage",
             home_tables=_tables("conference", "participant", "question")),
    PageSpec("chapters", QT_TRANSLATE_NOOP("Page", "Hoofdstukken"), "page-chapters",
             _tables("section", "block", "trajectory"), "chapters:ChaptersPage", home_tables=_tables("section", "block")),
    PageSpec("ambition", QT_TRANSLATE_NOOP("Page", "Gedeelde ambitie"), "page-ambition",
             _tables("statement"), "ambition:AmbitionPage"),
    PageSpec("motives", QT_TRANSLATE_NOOP("Page", "De 5 K's"), "page-motives", _tables("motive"), "motives:MotivesPage"),
    PageSpec("interests", QT_TRANSLATE_NOOP("Page", "Belangen"), "page-interests",
             _tables("interest_category", "interest_item", "municipality"), "interests:InterestsPage",
             home_tables=_tables("interest_category", "interest_item")),
    PageSpec("task_fields", QT_TRANSLATE_NOOP("Page", "Taakvelden"), "page-task-fields",
             _tables("task_field"), "task_fields:TaskFieldsPage"),
    PageSpec("scoring", QT_TRANSLATE_NOOP("Page", "Scoren"), "page-scores",
             _tables("score", "task_field", "criterion", "municipality", "classification_class", "criterion_weight"),
             "scoring:ScoringPage", home_tables=_tables("score", "criterion", "classification_class", "criterion_weight")),
    PageSpec("criteria", QT_TRANSLATE_NOOP("Page", "Criteria en indeling"), "page-criteria",
             _tables("criterion", "classification_class"), "criteria:CriteriaPage"),
    PageSpec("owners", QT_TRANSLATE_NOOP("Page", "Eigenaren"), "page-owners",
             _tables("owner", "task_field", "municipality"), "owners:OwnersPage", home_tables=_tables("owner")),
    PageSpec("roles", QT_TRANSLATE_NOOP("Page", "Rollen"), "page-roles",
             _tables("role", "responsibility", "member", "municipality"), "roles:RolesPage",
             home_tables=_tables("role", "responsibility", "member")),
    PageSpec("rules", QT_TRANSLATE_NOOP("Page", "Spelregels"), "page-rules", _tables("rule"), "rules:RulesPage"),
    # The weighing of options (a verkenning): the options with their SWOT, the toetsingskader
    # they are tested against, and the decision.
    PageSpec("options", QT_TRANSLATE_NOOP("Page", "Opties en SWOT"), "page-options",
             _tables("option", "option_swot", "option_reference"), "options:OptionsPage"),
    PageSpec("option_scores", QT_TRANSLATE_NOOP("Page", "Opties scoren"), "page-scores",
             _tables("option", "option_score", "criterion", "classification_class", "knock_out_verdict", "knock_out",
                     "criterion_weight"),
             "option_scores:OptionScoresPage", home_tables=_tables("option_score", "criterion_weight")),
    PageSpec("frame", QT_TRANSLATE_NOOP("Page", "Toetsingskader"), "page-frame",
             _tables("frame_step", "knock_out", "knock_out_verdict", "frame_criterion", "option", "criterion"),
             "frame:FramePage", home_tables=_tables("frame_step", "knock_out", "knock_out_verdict", "frame_criterion")),
    PageSpec("decision", QT_TRANSLATE_NOOP("Page", "Besluit"), "page-decision",
             _tables("options_decision", "option"), "decision:DecisionPage", home_tables=_tables("options_decision")),
    PageSpec("register", QT_TRANSLATE_NOOP("Page", "Resultaten en acties"), "page-register",
             _tables("action_item", "municipality", "task_field", "option", "section"), "register:RegisterPage",
             home_tables=_tables("action_item")),
    PageSpec("cost_keys", QT_TRANSLATE_NOOP("Page", "Kerngetallen en verdeelsleutels"), "page-cost-keys",
             _tables("key_figure", "figure_value", "cost_key", "cost_key_term", "municipality"), "cost_keys:CostKeysPage",
             home_tables=_tables("key_figure", "figure_value", "cost_key", "cost_key_term")),
]

#: Key → spec, for code that names a page.
SPECS: Mapping[str, PageSpec] = {spec.key: spec for spec in PAGES}

__all__ = ["PAGES", "SPECS", "Page", "PageSpec"]
