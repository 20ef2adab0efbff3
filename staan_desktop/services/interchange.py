"""Whole documents in and out: JSON import and export, templates and the demo document."""

from __future__ import annotations

from pathlib import Path

from staan_desktop.domain.document import Trajectory, TrajectoryInfo
from staan_desktop.domain.messages import message_of, msg
from staan_desktop.reports.json_interchange import MAX_JSON_BYTES, InterchangeError, from_json, to_json
from staan_desktop.resources import resource_path

from .errors import DocumentError, ValidationError
from .files import write_atomically
from .store import Document, create_document
from .tree import read_info, read_tree, validate_tree, write_tree
from .versions import content_transaction

TEMPLATES = {
    "staan-werkwijze": "templates/staan-werkwijze.json",
    "leeg": "templates/leeg.json",
}
DEMO = "demo/staan.json"
#: Shipped example documents beside the demo: name → file under ``resources/``.
EXAMPLES = {
    "verkenning-noaberkracht": "examples/verkenning-noaberkracht.json",
    "startgesprek-bel": "examples/startgesprek-bel.json",
}


def load_tree(doc: Document) -> Trajectory:
    with doc.reading() as session:
        return read_tree(session)


def load_info(doc: Document) -> TrajectoryInfo:
    """The trajectory's title, status and other own fields; a millisecond where
    :func:`load_tree` of a large trajectory takes most of a second."""
    with doc.reading() as session:
        return read_info(session)


def replace_content(doc: Document, tree: Trajectory) -> None:
    """Make the document say exactly what ``tree`` says, in one transaction (refused, like
    every edit, on a frozen version or for a reviewer)."""
    validate_tree(tree)
    with content_transaction(doc) as session:
        write_tree(session, tree)


def read_json_file(path: Path) -> Trajectory:
    path = Path(path)
    if path.is_dir():
        raise DocumentError(msg("interchange.folder_not_json", name=path.name))
    if not path.exists():
        raise DocumentError(msg("interchange.no_such_file", name=path.name))
    if not path.is_file():  # a pipe or device would block the reading forever
        raise DocumentError(msg("interchange.not_regular", name=path.name))
    try:
        if path.stat().st_size > MAX_JSON_BYTES:  # refuse before reading it all into memory
            raise DocumentError(msg("json.too_large"))
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(msg("interchange.unreadable", name=path.name), str(exc)) from exc
    try:
        tree = from_json(data)
        validate_tree(tree)
    except InterchangeError as exc:
        raise DocumentError(message_of(exc)) from None
    except ValidationError as exc:
        raise DocumentError(msg("interchange.json_wrong", reason=exc.text)) from None
    return tree


def create_from_tree(path: Path, tree: Trajectory) -> Document:
    """A new document at ``path`` holding ``tree``; no file is left behind on failure."""
    validate_tree(tree)
    doc = create_document(path)
    try:
        replace_content(doc, tree)
    except BaseException:
        doc.close()
        Path(path).unlink(missing_ok=True)
        raise
    return doc


def import_json(source: Path, target: Path) -> Document:
    return create_from_tree(target, read_json_file(source))


def export_json(doc: Document, target: Path) -> None:
    write_atomically(target, to_json(load_tree(doc)).encode("utf-8"))


def template_tree(name: str = "staan-werkwijze", title: str | None = None) -> Trajectory:
    if name not in TEMPLATES:
        raise DocumentError(msg("interchange.no_such_template", name=name, choices=', '.join(TEMPLATES)))
    tree = from_json(resource_path(TEMPLATES[name]).read_bytes())
    if title:
        tree = tree.model_copy(update={"trajectory": tree.trajectory.model_copy(update={"title": title})})
    return tree


def new_from_template(path: Path, name: str = "staan-werkwijze", title: str | None = None) -> Document:
    return create_from_tree(path, template_tree(name, title))


def demo_tree() -> Trajectory:
    return from_json(resource_path(DEMO).read_bytes())


def create_demo(path: Path) -> Document:
    return create_from_tree(path, demo_tree())


def example_tree(name: str) -> Trajectory:
    if name not in EXAMPLES:
        raise DocumentError(msg("interchange.no_such_example", name=name, choices=', '.join(EXAMPLES)))
    return from_json(resource_path(EXAMPLES[name]).read_bytes())


def create_example(path: Path, name: str) -> Document:
    return create_from_tree(path, example_tree(name))
