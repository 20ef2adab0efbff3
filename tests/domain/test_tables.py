"""The tables of a document's content: cascades, cleared links and the one-score rules, as
SQLite enforces them with foreign keys on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from staan_desktop.domain import tables as t
from staan_desktop.domain.schema import metadata


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda connection, _record: connection.execute("PRAGMA foreign_keys=ON"))
    metadata.create_all(engine)
    yield engine
    engine.dispose()


def scored(session: Session) -> tuple[int, int, int]:
    mun = t.MunicipalityRow(name="Assen", position=0)
    tf = t.TaskFieldRow(name="ICT", position=0)
    crit = t.CriterionRow(name="draagvlak", position=0)
    session.add_all([mun, tf, crit])
    session.flush()
    assert mun.id is not None and tf.id is not None and crit.id is not None
    return mun.id, tf.id, crit.id


def test_every_constraint_has_a_stable_name() -> None:
    unnamed = [c for table in metadata.tables.values() for c in table.constraints if not c.name]
    assert unnamed == []
    score = metadata.tables["score"]
    assert "fk_score_task_field_id_task_field" in {str(c.name) for c in score.foreign_key_constraints}


def test_removing_a_municipality_removes_its_scores_and_keeps_its_people(engine: Engine) -> None:
    with Session(engine) as session:
        mun, tf, crit = scored(session)
        session.add(t.ScoreRow(task_field_id=tf, criterion_id=crit, municipality_id=mun, value=3))
        session.add(t.OwnerRow(task_field_id=tf, municipality_id=mun, person="Jan", role="eigenaar", position=0))
        session.commit()
        session.execute(t.MunicipalityRow.__table__.delete())  # type: ignore[attr-defined]
        session.commit()
        assert session.exec(select(t.ScoreRow)).all() == []
        owner = session.exec(select(t.OwnerRow)).one()
        assert (owner.person, owner.municipality_id) == ("Jan", None)


def test_one_agreed_score_and_one_score_per_municipality(engine: Engine) -> None:
    with Session(engine) as session:
        mun, tf, crit = scored(session)
        session.add(t.ScoreRow(task_field_id=tf, criterion_id=crit, municipality_id=None, value=3))
        session.add(t.ScoreRow(task_field_id=tf, criterion_id=crit, municipality_id=mun, value=4))
        session.commit()
        session.add(t.ScoreRow(task_field_id=tf, criterion_id=crit, municipality_id=None, value=5))
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
        session.add(t.ScoreRow(task_field_id=tf, criterion_id=crit, municipality_id=mun, value=5))
        with pytest.raises(IntegrityError):
            session.commit()


def test_names_are_unique(engine: Engine) -> None:
    with Session(engine) as session:
        session.add_all([t.MunicipalityRow(name="Assen", position=0), t.MunicipalityRow(name="Assen", position=1)])
        with pytest.raises(IntegrityError):
            session.commit()
