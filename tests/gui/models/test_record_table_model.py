from __future__ import annotations

from staan_desktop.gui.models.record_table_model import Column, RecordTableModel
from staan_desktop.services import queries


def test_owner_records_pass_the_model_tester(qtmodeltester, demo_doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    municipalities = [(m.name, m.id) for m in queries.municipalities(demo_doc)]
    columns = [
        Column("Persoon", lambda o: o.person),
        Column("Gemeente", lambda o: o.municipality_id, choices=lambda: municipalities),
    ]
    model = RecordTableModel(WorkspaceContext(demo_doc), "owner", queries.owners, columns, scope=lambda o: o.task_field_id)
    model.refresh(None)
    assert model.rowCount() >= 6
    assert model.index(0, 1).data() == "Tynaarlo"
    qtmodeltester.check(model)
