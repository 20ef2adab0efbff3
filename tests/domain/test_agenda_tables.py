"""How the session agenda is stored: planned minutes per step key, nothing else."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from staan_desktop.domain.agenda import STEP_KEYS, with_minutes
from staan_desktop.domain.agenda_tables import AgendaStepRow
from staan_desktop.domain.schema import metadata


def test_one_row_per_step_key_and_the_stored_minutes_plan_the_agenda() -> None:
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with Session(engine) as session:
        session.add(AgendaStepRow(key="scoren", minutes=55))
        session.commit()
        planned = {row.key: row.minutes for row in session.exec(select(AgendaStepRow))}
        assert {s.key: s.minutes for s in with_minutes(planned)}["scoren"] == 55
        session.add(AgendaStepRow(key="scoren", minutes=10))
        with pytest.raises(IntegrityError):
            session.commit()
    assert "scoren" in STEP_KEYS
    assert set(AgendaStepRow.__table__.columns.keys()) == {"id", "key", "minutes"}  # type: ignore[attr-defined]
