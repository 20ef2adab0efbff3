""""Redden…" from a refusal: a new document from what validates in a refused file.

The refusal dialog (:func:`~.errors.show_refusal`) offers it for a document whose content
cannot be read as it is. The user names the new file; the rescue runs as a task (it reads the
whole file); the outcome says how many rows came along and lists, behind "Details tonen",
every row that was left out and why. The refused file itself is never changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from staan_desktop.services.file_format import SUFFIX

from . import refusals

if TYPE_CHECKING:  # the rescue is loaded when it is asked for
    from staan_desktop.services.rescue import RescueReport


def rescue_into_new_document(
    parent: QWidget | None,
    source: Path,
    on_rescued: Callable[[Path], None] | None,
    on_failure: Callable[[BaseException], None],
) -> None:
    """Ask where, rescue ``source`` there off the GUI thread, show what was left out, and hand
    the new document to ``on_rescued``; a failure goes to ``on_failure`` (the refusal dialog)."""
    from PySide6.QtWidgets import QFileDialog

    suggestion = source.with_name(f"{source.stem} (gered){SUFFIX}")
    name = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Rescue", "Gered document bewaren als"), str(suggestion), QCoreApplication.translate("Rescue", "STAAN-documenten (*{0})").format(SUFFIX)
    )[0]
    if not name:
        return
    target = Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX)
    from staan_desktop.services.rescue import rescue

    from .tasks import run_task

    def done(report: RescueReport) -> None:
        _show_report(parent, report)
        if on_rescued is not None:
            on_rescued(report.target)

    run_task(parent, QCoreApplication.translate("Rescue", "Redden"), lambda _progress: rescue(source, target), done, on_failure)


def _show_report(parent: QWidget | None, report: RescueReport) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Rescue", "Redden"))
    box.setText(
        QCoreApplication.translate(
            "Rescue", "Gered in {0}: {1} rijen overgenomen, {2} weggelaten. Het oorspronkelijke bestand is niet veranderd."
        ).format(
            report.target.name, report.kept, len(report.left_out)
        )
    )
    if report.left_out:
        left_out = QCoreApplication.translate("Rescue", "weggelaten")
        box.setDetailedText("\n".join(f"{left_out}: {refusals.render(item.message())}" for item in report.left_out))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
