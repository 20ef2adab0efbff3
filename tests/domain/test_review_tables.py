"""How review and sign-off are stored: checks go with their section, one per reviewer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from staan_desktop.domain import review_tables as r
from staan_desktop.domain import tables as t
from staan_desktop.domain.schema import metadata


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda connection, _record: connection.execute("PRAGMA foreign_keys=ON"))
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_the_insert_only_tables_are_the_sign_off_records() -> None:
    assert set(r.INSERT_ONLY_TABLES) == {"version", "signoff", "signoff_member", "draft", "version_export"}
    assert set(r.INSERT_ONLY_TABLES) <= set(metadata.tables)
    assert "review_comment" not in r.INSERT_ONLY_TABLES and "section_check" not in r.INSERT_ONLY_TABLES


def test_a_section_check_goes_with_its_section_and_is_one_per_reviewer(engine: Engine) -> None:
    with Session(engine) as session:
        section = t.SectionRow(title="Vooraf", position=0)
        session.add(section)
        session.flush()

        def check() -> r.SectionCheckRow:
            return r.SectionCheckRow(section_id=section.id, version_number=1, checked_by="Els", checked_at="2026-12-01T10:00:00+01:00")

        session.add(check())
        session.commit()
        session.add(check())
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.delete(session.get(t.SectionRow, section.id))
        session.commit()
        assert session.exec(select(r.SectionCheckRow)).all() == []


def test_a_comment_outlives_what_it_was_about(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(r.CommentRow(target_table="section", target_id=99, target_label="Hoofdstuk ‘Weg’", version_number=1,
                                 author="Els", created_at="2026-12-01T10:00:00+01:00", text="Klopt dit?"))
        session.commit()
        assert session.exec(select(r.CommentRow)).one().target_label == "Hoofdstuk ‘Weg’"
