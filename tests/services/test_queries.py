"""Queries that read less than the whole rows, checked against the ones that read them whole."""

from __future__ import annotations

from pathlib import Path

from staan_desktop.services import edits, interchange, queries


def test_shortlisted_names_are_those_of_the_task_fields_in_document_order(tmp_path: Path):
    doc = interchange.create_demo(tmp_path / "demo.staan")
    try:
        def expected() -> list[tuple[int, str]]:
            return [(f.id, f.name) for f in queries.task_fields(doc) if f.shortlisted]

        assert queries.shortlisted_names(doc) == expected() and len(expected()) == 13
        fields = queries.task_fields(doc)
        edits.update_task_field(doc, task_field_id=fields[1].id, shortlisted=False)
        edits.add_task_field(doc, name="Archief & <DIV> 😀", shortlisted=True)
        edits.move(doc, "task_field", fields[-1].id, 0)
        names = queries.shortlisted_names(doc)
        assert names == expected()
        assert names[0][1] == fields[-1].name and fields[1].name not in {name for _id, name in names}
        assert names[-1][1] == "Archief & <DIV> 😀"
    finally:
        doc.close()
