from __future__ import annotations

from staan_desktop.gui.models.interests_model import InterestsModel


def test_interests_model_passes_the_model_tester(qtmodeltester, demo_doc) -> None:  # type: ignore[no-untyped-def]
    from staan_desktop.gui.context import WorkspaceContext

    model = InterestsModel(WorkspaceContext(demo_doc))
    model.refresh(None)
    assert model.rowCount() == 2 and model.columnCount() == 5
    assert "Slagvaardig" in model.index(0, 1).data()
    qtmodeltester.check(model)
