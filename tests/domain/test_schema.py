"""One metadata holds every table of a file, whichever table module was imported first."""

from __future__ import annotations

import subprocess
import sys

from staan_desktop.domain import schema


def test_the_metadata_has_content_review_and_agenda_tables() -> None:
    names = set(schema.metadata.tables)
    assert {"trajectory", "score", "section", "section_check", "version", "signoff", "agenda_step"} <= names
    for module in schema.TABLE_MODULES:
        for row_type in vars(module).values():
            table = getattr(row_type, "__table__", None)
            if table is not None:
                assert table.metadata is schema.metadata, row_type


def test_a_review_table_can_be_used_on_its_own() -> None:
    """review_tables builds on the content tables it refers to (a check belongs to a section)."""
    code = (
        "from sqlalchemy import create_engine\n"
        "from staan_desktop.domain import review_tables as r\n"
        "engine = create_engine('sqlite://')\n"
        "r.SectionCheckRow.__table__.metadata.create_all(engine)\n"
        "print(sorted(fk.column.table.name for fk in r.SectionCheckRow.__table__.foreign_keys))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['section']"
