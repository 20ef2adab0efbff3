"""Bringing reviewers' comments back: the secretaries of the municipalities each get a copy of
the document, comment on it, and send it back; their comments are taken into the facilitator's
document with who wrote them and for which municipality.

A copy is accepted only when it is a copy of this document at the version being worked on (the
same trajectory, the same version, the same signed-off history); anything else is refused with
one Dutch line and changes nothing. A comment already in the document (the same author, time,
target and text) is never taken twice, so merging a copy again, or copies that carried each
other's comments, adds nothing. The copy is only read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from staan_desktop.domain import review_tables as rt
from staan_desktop.domain import tables as t
from staan_desktop.domain.messages import msg

from .errors import DocumentError
from .store import Document, open_document
from .versions import state_in

#: A comment's identity across copies of one document.
Key = tuple[str, str, str, str, int | None, str]


@dataclass(frozen=True)
class ImportReport:
    #: Comments taken into the document.
    added: int
    #: Comments of the copy that the document already had.
    already: int
    #: Who wrote the comments taken in, with their municipality ("Piet (Assen)").
    authors: tuple[str, ...]

    def summary(self) -> str:
        if not self.added:
            return "Geen nieuwe opmerkingen: het document had ze al." if self.already else "De kopie bevat geen opmerkingen."
        who = ", ".join(self.authors)
        return f"{self.added} opmerking(en) overgenomen van {who}" + (f"; {self.already} had het document al." if self.already else ".")


def _key(row: rt.CommentRow) -> Key:
    return (row.author, row.party, row.created_at, row.target_table, row.target_id, row.text)


def _identity(doc: Document) -> tuple[str, int, tuple[str, ...]]:
    """(title, version being worked on, fingerprints of the signed-off versions)."""
    with doc.reading() as session:
        trajectory = session.exec(select(t.TrajectoryRow)).first()
        versions = session.exec(select(rt.VersionRow).order_by(rt.VersionRow.number)).all()  # type: ignore[arg-type]
        return (
            trajectory.title if trajectory is not None else "",
            state_in(session).working,
            tuple(v.content_sha256 for v in versions),
        )


def _copy_rows(copy: Path) -> tuple[tuple[str, int, tuple[str, ...]], list[rt.CommentRow]]:
    with open_document(copy, read_only=True, read_only_reason="een kopie om opmerkingen uit te halen") as source:
        identity = _identity(source)
        with source.reading() as session:
            rows = list(session.exec(select(rt.CommentRow).order_by(col(rt.CommentRow.id)).limit(100_000)))
    return identity, rows


def import_comments(doc: Document, copy: Path) -> ImportReport:
    """Take the comments of ``copy`` (a returned copy of ``doc``) into ``doc``."""
    copy = Path(copy)
    if copy.resolve() == Path(doc.path).resolve():
        raise DocumentError(msg("comments.pick_returned_copy"))
    (title, version, history), rows = _copy_rows(copy)
    own_title, own_version, own_history = _identity(doc)
    if title != own_title or history[: len(own_history)] != own_history[: len(history)]:
        raise DocumentError(
            msg("comments.copy_of_other", name=copy.name, title=title, own_title=own_title)
        )
    if version != own_version:
        raise DocumentError(
            msg("comments.copy_of_version", name=copy.name, version=version, own_version=own_version)
        )
    with doc.transaction() as session:
        have = {_key(row) for row in session.exec(select(rt.CommentRow))}
        added: list[rt.CommentRow] = []
        for row in rows:
            if _key(row) in have:
                continue
            have.add(_key(row))
            added.append(
                rt.CommentRow(
                    target_table=row.target_table,
                    target_id=row.target_id,
                    target_label=row.target_label,
                    version_number=row.version_number,
                    author=row.author,
                    party=row.party,
                    created_at=row.created_at,
                    text=row.text,
                    resolved_at=row.resolved_at,
                    resolved_by=row.resolved_by,
                    resolution=row.resolution,
                )
            )
        session.add_all(added)
    authors = tuple(dict.fromkeys(f"{r.author} ({r.party})" if r.party else r.author for r in added))
    return ImportReport(len(added), len(rows) - len(added), authors)
