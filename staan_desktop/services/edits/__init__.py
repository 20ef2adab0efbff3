"""Every change to a document: typed, validated, one durable transaction each, and each
returning a :class:`Change` that says what changed (and what it replaced, for undo)."""

from .core import Change, Removed, move, remove, restore, revert
from .roles import add_member, add_responsibility, add_role, update_member, update_responsibility, update_role
from .scoring import (
    add_class,
    add_criterion,
    add_owner,
    add_task_field,
    add_task_fields,
    clear_override,
    set_override,
    set_score,
    update_class,
    update_criterion,
    update_owner,
    update_task_field,
)
from .text import (
    add_block,
    add_interest,
    add_interest_category,
    add_motive,
    add_rule,
    add_section,
    add_statement,
    rename_interest_category,
    rename_section,
    update_block,
    update_interest,
    update_motive,
    update_rule,
    update_statement,
)
from .trajectory import (
    add_conference,
    add_municipality,
    add_participant,
    add_question,
    municipality_usage,
    rename_municipality,
    update_conference,
    update_participant,
    update_question,
    update_trajectory,
)

__all__ = [name for name in dir() if not name.startswith("_")]
