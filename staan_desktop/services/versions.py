"""Numbered versions: which one is being worked on, whether it is frozen, the stored snapshots
of signed-off versions, a new draft after sign-off, and what an export of version N contains.

Version numbers count sign-offs: the content being edited before the first sign-off becomes
version 1; after :func:`start_new_draft` the content being edited becomes version 2, and so on.
The document is *frozen* when the latest version has been signed off and no new draft has been
started since; every edit service then refuses (see :func:`ensure_content_editable`, called
by ``services.edits.core.editing``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func
from sqlmodel import Session, col, select

from staan_desktop.domain import review_tables as rt
from staan_desktop.domain.document import Status, Trajectory
from staan_desktop.domain.fingerprint import (
    fingerprint,
    fingerprint_of_stored,
    sha256_hex,
    signoff_value,
    snapshot_parts,
)
from staan_desktop.domain.messages import Message, listed, msg, phrase, worded
from staan_desktop.domain.review_info import SignoffInfo

from .errors import DocumentError, ReadOnlyError, ValidationError
from .store import Document
from .tree import read_tree, trajectory_row, write_tree


def now() -> str:
    """The local time with its offset, to the second: how every review time is stored."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class VersionState:
    #: The version the content is (or, when frozen, was last) being worked on as.
    working: int
    latest_signed: int | None
    frozen: bool

    @property
    def label(self) -> str:
        if self.frozen:
            return f"versie {self.working} (vastgesteld)"
        return f"versie {self.working} (concept)"


#: Both numbers in one plain statement: this runs inside every edit (the frozen check), where
#: building two ORM queries cost more than the commit itself.
_LATEST = (
    f"SELECT (SELECT max(number) FROM {rt.VersionRow.__tablename__}),"
    f" (SELECT max(number) FROM {rt.DraftRow.__tablename__})"
)


def state_in(session: Session) -> VersionState:
    latest_signed, latest_draft = session.connection().exec_driver_sql(_LATEST).one()
    if latest_signed is None:
        return VersionState(1, None, False)
    if latest_draft is not None and latest_draft > latest_signed:
        return VersionState(latest_draft, latest_signed, False)
    return VersionState(latest_signed, latest_signed, True)


def state(doc: Document) -> VersionState:
    with doc.reading() as session:
        return state_in(session)


def frozen_message(number: int) -> Message:
    return msg("versions.frozen", number=number)


def ensure_content_editable(doc: Document, session: Session) -> None:
    """Refuse a content edit on a document opened for review or on a frozen version.

    Called inside the edit's own transaction, so no sign-off can slip in between the check and
    the write (the transaction holds the write lock from its start).
    """
    reason = getattr(doc, "content_locked_reason", None)
    if reason:
        raise ReadOnlyError(reason)
    current = state_in(session)
    if current.frozen:
        raise ReadOnlyError(frozen_message(current.working))


@contextmanager
def content_transaction(doc: Document) -> Iterator[Session]:
    """The one way to change a document's content: a transaction that first refuses a frozen
    version or a reviewer (every edit service and ``interchange.replace_content`` go through
    here; sign-off and a new draft are the only writers of content that bypass it, by design)."""
    with doc.transaction() as session:
        ensure_content_editable(doc, session)
        yield session


# Stored versions --------------------------------------------------------------------------


@dataclass(frozen=True)
class VersionSummary:
    """One line of the history."""

    number: int
    created_at: str
    decided_on: str
    meeting: str
    members: tuple[str, ...]
    fingerprint: str
    recorded_by: str
    exports: int


def _version_row(session: Session, number: int) -> rt.VersionRow:
    row = session.get(rt.VersionRow, number) if isinstance(number, int) and not isinstance(number, bool) else None
    if row is None:
        numbers = session.exec(select(rt.VersionRow.number).order_by(col(rt.VersionRow.number))).all()
        known = msg("versions.known", numbers=_ranges(numbers)) if numbers else msg("versions.none_signed_off")
        current = state_in(session)
        if not current.frozen and number == current.working:
            raise DocumentError(msg("versions.not_signed_off", number=number, known=known))
        raise DocumentError(msg("versions.no_such_version", number=number, known=known))
    return row


def _ranges(numbers: Sequence[int]) -> Message | int:
    return numbers[0] if len(numbers) == 1 else msg("versions.range", first=numbers[0], last=numbers[-1])


def _signoff_of(session: Session, number: int) -> tuple[rt.SignoffRow, tuple[str, ...]]:
    signoff = session.exec(select(rt.SignoffRow).where(rt.SignoffRow.version_number == number)).first()
    if signoff is None:  # the insert-only triggers were dropped and the record removed
        raise DocumentError(
            msg("versions.signoff_record_missing", number=number)
        )
    members = session.exec(
        select(rt.SignoffMemberRow.name)
        .where(rt.SignoffMemberRow.signoff_id == signoff.id)
        .order_by(col(rt.SignoffMemberRow.position), col(rt.SignoffMemberRow.id))
    ).all()
    return signoff, tuple(members)


def _info(session: Session, row: rt.VersionRow) -> SignoffInfo:
    signoff, members = _signoff_of(session, row.number)
    mismatch = signoff_mismatch(row.content, row.canonical_form, row.number, signoff.decided_on, signoff.meeting, members)
    if mismatch:
        raise DocumentError(
            msg("versions.signoff_record_mismatch", number=row.number, mismatch=mismatch)
        )
    return SignoffInfo(
        version=row.number,
        decided_on=signoff.decided_on,
        members=members,
        fingerprint=row.content_sha256,
        meeting=signoff.meeting,
        recorded_at=signoff.recorded_at,
        canonical_form=row.canonical_form,
    )


def _checked_tree(row: rt.VersionRow) -> Trajectory:
    """The snapshot as a tree, after checking it still has the fingerprint it was stored with."""
    damaged = DocumentError(
        msg("versions.fingerprint_mismatch", number=row.number)
    )
    try:
        if fingerprint_of_stored(row.content) != row.content_sha256:
            raise damaged
        if sha256_hex(row.content.encode("utf-8")) != row.content_sha256:
            raise damaged
        content, _signoff = snapshot_parts(row.content, row.canonical_form)
        return Trajectory.model_validate(content)
    except (ValueError, TypeError, RecursionError):  # CanonicalError and pydantic's are ValueErrors
        raise damaged from None


def signoff_mismatch(
    content: str, form: str, number: int, decided_on: str, meeting: str, members: Sequence[str]
) -> str:
    """What of the sign-off records (date, meeting, members) differs from the facts frozen in
    the snapshot, in words (``""``: nothing, or a snapshot of form ``/1`` that holds none)."""
    try:
        _content, frozen = snapshot_parts(content, form)
    except (ValueError, RecursionError):
        return ""  # a damaged snapshot: reported by its fingerprint, not here
    if frozen is None:
        return ""
    recorded = signoff_value(version=number, decided_on=decided_on, meeting=meeting, members=tuple(members))
    names = {"version": "versienummer", "decided_on": "datum", "meeting": "vergadering", "members": "leden"}
    differs = [phrase(names[key]) for key in names if frozen.get(key) != recorded[key]]
    differs += [phrase("onbekende gegevens")] if set(frozen) - set(names) else []
    return worded(msg("versions.differing", parts=listed(differs))) if differs else ""


def list_versions(doc: Document) -> list[VersionSummary]:
    """Every signed-off version, oldest first."""
    with doc.reading() as session:
        rows = session.exec(select(rt.VersionRow).order_by(col(rt.VersionRow.number))).all()
        result = []
        for row in rows:
            signoff, members = _signoff_of(session, row.number)
            exports = session.exec(
                select(func.count()).select_from(rt.VersionExportRow).where(rt.VersionExportRow.version_number == row.number)
            ).one()
            result.append(
                VersionSummary(
                    number=row.number,
                    created_at=row.created_at,
                    decided_on=signoff.decided_on,
                    meeting=signoff.meeting,
                    members=members,
                    fingerprint=row.content_sha256,
                    recorded_by=signoff.recorded_by,
                    exports=exports,
                )
            )
        return result


def version_tree(doc: Document, number: int) -> Trajectory:
    """The content of signed-off version ``number``, exactly as it was frozen."""
    with doc.reading() as session:
        return _checked_tree(_version_row(session, number))


def signoff_info(doc: Document, number: int) -> SignoffInfo:
    with doc.reading() as session:
        return _info(session, _version_row(session, number))


def stored_version(doc: Document, number: int) -> tuple[str, str]:
    """``(canonical content, stored SHA-256)`` of version ``number``, unchecked: for ``verify``."""
    with doc.reading() as session:
        row = _version_row(session, number)
        return row.content, row.content_sha256


def tree_of(doc: Document, which: int | None) -> Trajectory:
    """Version ``which``'s content, or (``None``) the content as it is now."""
    if which is None:
        with doc.reading() as session:
            return read_tree(session)
    return version_tree(doc, which)


class ExportContent(NamedTuple):
    tree: Trajectory
    #: ``None`` for a concept: the PDF then shows the CONCEPT mark.
    signoff: SignoffInfo | None


def content_for_export(doc: Document, version: int | None = None) -> ExportContent:
    """What a PDF of ``version`` shows. ``None``: the latest — the signed-off snapshot while the
    document is frozen, otherwise the concept being worked on."""
    with doc.reading() as session:
        if version is None:
            current = state_in(session)
            if not current.frozen:
                return ExportContent(read_tree(session), None)
            version = current.working
        row = _version_row(session, version)
        return ExportContent(_checked_tree(row), _info(session, row))


def content_fingerprint(doc: Document) -> str:
    """The fingerprint of the content as it is now (a concept's, for its PDF metadata)."""
    return fingerprint(tree_of(doc, None))


# New draft and exports --------------------------------------------------------------------


def start_new_draft(doc: Document, *, started_by: str = "") -> VersionState:
    """Unfreeze by starting the next version as a concept, copied from the latest snapshot.

    The frozen version stays exactly as it was; only the working content becomes editable.
    The content is rewritten from the snapshot only when it differs from it (never, unless the
    file was edited outside STAAN), so that ids — and comments pointing at them — stay valid.
    """
    if getattr(doc, "content_locked_reason", ""):
        raise ReadOnlyError(doc.content_locked_reason)  # type: ignore[attr-defined]
    with doc.transaction() as session:
        current = state_in(session)
        if not current.frozen:
            raise ValidationError(msg("versions.draft_in_progress", number=current.working))
        row = _version_row(session, current.working)
        snapshot = _checked_tree(row)
        draft = snapshot.model_copy(
            update={"trajectory": snapshot.trajectory.model_copy(update={"status": Status.CONCEPT})}
        )
        live = read_tree(session)
        if live != snapshot:
            write_tree(session, draft)
        else:
            trajectory_row(session).status = Status.CONCEPT.value
        session.add(rt.DraftRow(number=current.working + 1, based_on=current.working, started_at=now(), started_by=started_by))
        session.flush()
        return VersionState(current.working + 1, current.working, False)


def record_export(doc: Document, version: int, pdf: bytes, *, signed: bool = False) -> str:
    """Remember the SHA-256 of the bytes of a PDF exported from signed-off ``version`` (so that
    ``verify`` can tell an untouched copy from an altered one). Returns the hash."""
    digest = sha256_hex(pdf)
    with doc.transaction() as session:
        _version_row(session, version)
        session.add(rt.VersionExportRow(version_number=version, pdf_sha256=digest, exported_at=now(), signed=signed))
    return digest


def export_hashes(doc: Document, version: int) -> list[str]:
    with doc.reading() as session:
        return list(
            session.exec(select(rt.VersionExportRow.pdf_sha256).where(rt.VersionExportRow.version_number == version)).all()
        )


def version_with_fingerprint(doc: Document, fingerprint_hex: str) -> int | None:
    with doc.reading() as session:
        return session.exec(select(rt.VersionRow.number).where(rt.VersionRow.content_sha256 == fingerprint_hex)).first()
