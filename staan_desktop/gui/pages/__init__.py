"""The pages of the workspace, in the order of the startdocument's chapters.

The navigation list shows exactly this list, top to bottom; Ctrl+1 … Ctrl+9 reach the first
nine (or a page's own ``shortcut``). To add a page: write a :class:`~.base.Page` subclass in its
own module here, import it below and put it in :data:`PAGES` where its chapter belongs.
"""

from __future__ import annotations

from .ambition import AmbitionPage
from .base import Page
from .chapters import ChaptersPage
from .conferences import ConferencesPage
from .interests import InterestsPage
from .motives import MotivesPage
from .municipalities import MunicipalitiesPage
from .overview import OverviewPage
from .owners import OwnersPage
from .roles import RolesPage
from .rules import RulesPage
from .scoring import ScoringPage
from .task_fields import TaskFieldsPage

PAGES: list[type[Page]] = [
    OverviewPage,
    MunicipalitiesPage,
    ConferencesPage,
    ChaptersPage,
    AmbitionPage,
    MotivesPage,
    InterestsPage,
    TaskFieldsPage,
    ScoringPage,
    OwnersPage,
    RolesPage,
    RulesPage,
]

__all__ = ["PAGES", "Page"]
