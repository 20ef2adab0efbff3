"""The migrations' revision ids, read from the scripts' text, and Alembic's configuration.

Alembic is imported only to migrate: importing it adds about 0.2 s, and opening a current
document needs no more than the revision ids, which are literals in the scripts.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    return config


def _literals(script: Path) -> dict[str, object]:
    """The module-level ``name = literal`` assignments of a migration script."""
    values: dict[str, object] = {}
    for node in ast.parse(script.read_text("utf-8")).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        elif isinstance(node, ast.Assign):
            names, value = [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
        else:
            continue
        try:
            values.update(dict.fromkeys(names, ast.literal_eval(value)))
        except ValueError:
            pass  # not a literal, so not a revision id
    return values


@functools.cache
def revisions() -> dict[str, tuple[str, ...]]:
    """Each migration's ``revision`` → its ``down_revision``s, read once per process from the
    scripts' text: the same literals Alembic reads when it loads them."""
    graph: dict[str, tuple[str, ...]] = {}
    for script in sorted((_MIGRATIONS / "versions").glob("*.py")):
        values = _literals(script)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            graph[revision] = () if down is None else (down,) if isinstance(down, str) else tuple(down)  # type: ignore[arg-type]
    return graph


def head_revision() -> str:
    followed = {down for downs in revisions().values() for down in downs}
    heads = [revision for revision in revisions() if revision not in followed]
    assert len(heads) == 1, f"migrations have {len(heads)} heads: {heads}"
    return heads[0]


def known_revisions() -> set[str]:
    return set(revisions())
