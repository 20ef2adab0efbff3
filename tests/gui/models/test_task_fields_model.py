from __future__ import annotations

from staan_desktop.gui.models.task_fields_model import TaskFieldsModel


def test_task_fields_model_passes_the_model_tester(qtmodeltester, context) -> None:  # type: ignore[no-untyped-def]
    model = TaskFieldsModel(context)
    model.add_names(["Belastingen", "Inkoop"])
    model.refresh(None)
    qtmodeltester.check(model)
