"""The steering group's sign-off: record the decision and freeze the version it approved.

One transaction marks the content *vastgesteld*, takes its snapshot (canonical JSON and its
fingerprint) into the insert-only ``version`` table and records the decision beside it. The
snapshot holds the decision too (date, meeting, members: form ``staan-canonical-json/2``), so
that the fingerprint on the PDF attests who signed off, and ``check`` can tell when the
sign-off records no longer say what the snapshot says. From
then on every edit service refuses until :func:`~.versions.start_new_draft` is called.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from staan_desktop.domain import review_tables as rt
from staan_desktop.domain.document import MAX_NAME, Status
from staan_desktop.domain.fingerprint import SIGNED_FORM, sha256_hex, signed_snapshot_text, signoff_value
from staan_desktop.domain.messages import msg
from staan_desktop.domain.review_info import SignoffInfo

from .backups import backup_now
from .errors import ReadOnlyError, ValidationError, read_only_refusal
from .store import Document
from .tree import read_tree, trajectory_row, validate_tree
from .versions import now, state, state_in

MAX_MEMBERS = 200


def _decision_date(value: date | str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValidationError(msg("signoff.invalid_date", value=value)) from None


def _member_names(members: Sequence[str]) -> tuple[str, ...]:
    if isinstance(members, str):
        members = [members]
    names: list[str] = []
    for raw in members:
        if not isinstance(raw, str):
            raise ValidationError(msg("signoff.member_not_text"))
        name = " ".join(raw.split())
        if not name:
            continue
        if len(name) > MAX_NAME:
            raise ValidationError(msg("signoff.member_too_long", name=name[:40]))
        if name in names:
            raise ValidationError(msg("signoff.member_twice", name=name))
        names.append(name)
    if not names:
        raise ValidationError(msg("signoff.needs_member"))
    if len(names) > MAX_MEMBERS:
        raise ValidationError(msg("signoff.max_members", maximum=MAX_MEMBERS))
    return tuple(names)


def sign_off(
    doc: Document,
    *,
    decided_on: date | str,
    members: Sequence[str],
    meeting: str = "",
    recorded_by: str = "",
    backup: bool = True,
) -> SignoffInfo:
    """Record the steering group's decision and freeze the version being worked on.

    A backup is made first (``backup=False`` only where the caller has just made one); if it
    cannot be made, nothing is signed off.
    """
    day = _decision_date(decided_on)
    names = _member_names(members)
    meeting = " ".join(str(meeting).split())
    if len(meeting) > MAX_NAME:
        raise ValidationError(msg("signoff.meeting_too_long"))
    if getattr(doc, "content_locked_reason", ""):
        raise ReadOnlyError(msg("signoff.only_manager"))
    if doc.read_only:
        raise read_only_refusal(doc.read_only_reason)
    if state(doc).frozen:
        raise ValidationError(msg("signoff.already_signed", version=state(doc).working))
    if backup:
        backup_now(doc, reason="vaststellen")
    with doc.transaction() as session:
        current = state_in(session)
        if current.frozen:
            raise ValidationError(msg("signoff.already_signed", version=current.working))
        trajectory_row(session).status = Status.VASTGESTELD.value
        session.flush()
        tree = read_tree(session)
        validate_tree(tree)
        facts = signoff_value(version=current.working, decided_on=day, meeting=meeting, members=names)
        content = signed_snapshot_text(tree, facts)
        digest = sha256_hex(content.encode("utf-8"))
        recorded_at = now()
        session.add(
            rt.VersionRow(
                number=current.working,
                created_at=recorded_at,
                content=content,
                content_sha256=digest,
                canonical_form=SIGNED_FORM,
            )
        )
        session.flush()
        signoff = rt.SignoffRow(
            version_number=current.working, decided_on=day, meeting=meeting, recorded_at=recorded_at, recorded_by=recorded_by
        )
        session.add(signoff)
        session.flush()
        session.add_all(
            rt.SignoffMemberRow(signoff_id=signoff.id, name=name, position=i) for i, name in enumerate(names)
        )
    return SignoffInfo(
        version=current.working,
        decided_on=day,
        members=names,
        fingerprint=digest,
        meeting=meeting,
        recorded_at=recorded_at,
        canonical_form=SIGNED_FORM,
    )
