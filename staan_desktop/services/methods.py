"""The methods a trajectory can follow: the three that ship with the application
(``resources/methods/*.json``) and those a user saved from a trajectory's structure (JSON
files in a folder the caller names), and new trajectories made from one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pydantic

from staan_desktop.domain import methods as rules
from staan_desktop.domain.document import Method, Trajectory, TrajectoryInfo
from staan_desktop.domain.messages import msg
from staan_desktop.resources import resource_path

from .errors import DocumentError, ValidationError
from .files import write_atomically
from .interchange import create_from_tree, load_tree, template_tree
from .method_tree import read_method
from .store import Document

#: The shipped methods in the order they are offered.
SHIPPED = ("staan-werkwijze", "verkenning", "startgesprek")
#: A method file larger than this is not a method.
MAX_METHOD_BYTES = 1_000_000


def user_folder() -> Path:
    """Where the methods a user saved are kept: beside the backups in the user's data folder."""
    from .backups import backup_root

    return backup_root().parent / "methoden"


def _parse(data: bytes, name: str) -> Method:
    try:
        return Method.model_validate_json(data)
    except pydantic.ValidationError:
        raise DocumentError(msg("methods.invalid", name=name)) from None


def shipped() -> tuple[Method, ...]:
    return tuple(_parse(resource_path(f"methods/{key}.json").read_bytes(), f"{key}.json") for key in SHIPPED)


def saved(folder: Path) -> tuple[Method, ...]:
    """The methods saved in ``folder`` (files that are no method are passed over)."""
    found = []
    for path in sorted(Path(folder).glob("*.json")) if Path(folder).is_dir() else ():
        try:
            if path.stat().st_size <= MAX_METHOD_BYTES:
                found.append(_parse(path.read_bytes(), path.name))
        except (OSError, DocumentError):
            continue
    return tuple(found)


def available(folder: Path | None = None) -> tuple[Method, ...]:
    """The shipped methods, then those saved in ``folder`` under another key."""
    methods = list(shipped())
    keys = {m.key for m in methods}
    for method in saved(folder) if folder is not None else ():
        if method.key not in keys:
            methods.append(method)
            keys.add(method.key)
    return tuple(methods)


def find(key: str, folder: Path | None = None) -> Method:
    for method in available(folder):
        if method.key == key:
            return method
    names = ", ".join(m.key for m in available(folder))
    raise DocumentError(msg("methods.no_such_method", key=key, names=names))


def method_of(doc: Document) -> Method | None:
    """The method the document follows (``None``: the STAAN-werkwijze of older documents);
    reads the one row, not the whole tree (the window asks when a document opens)."""
    with doc.reading() as session:
        return read_method(session)


def new_tree(method: Method, title: str | None = None) -> Trajectory:
    """A new trajectory of ``method``: the STAAN-werkwijze's template (its 5 K's, criteria,
    classes and roles) for that method, the method's chapters for any other."""
    if method.key == rules.STAAN_KEY:
        tree = template_tree("staan-werkwijze", title)
    else:
        tree = Trajectory(trajectory=TrajectoryInfo(title=title or "Nieuw traject"), sections=rules.sections_of(method.chapters))
    return tree.model_copy(update={"method": method})


def create_from_method(path: Path, method: Method, title: str | None = None) -> Document:
    return create_from_tree(path, new_tree(method, title))


def save_structure(doc: Document, folder: Path, name: str, description: str = "") -> tuple[Method, Path]:
    """Save the structure of the document's trajectory (chapters, parts, words) as a new method
    named ``name`` in ``folder``; refused when a method of that name exists."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError(msg("methods.needs_name"))
    method = rules.structure_of(load_tree(doc), name, description.strip())
    if any(m.key == method.key for m in available(folder)):
        raise ValidationError(msg("methods.exists", name=name))
    target = Path(folder) / f"{method.key}.json"
    Path(folder).mkdir(parents=True, exist_ok=True)
    text = json.dumps(method.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8"))
    return method, target
