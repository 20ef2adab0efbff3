"""File ▸ Reservekopieën…: the backups of the open document, newest first, and the two ways
back: as a new document beside it, or over the document itself.

The dialog only lets the user choose; :class:`~.backup_actions.BackupActions` asks for the
file name or the confirmation and does the restoring, through the backup service. The form is
drawn in Qt Designer (``ui/backups_dialog.ui``); the list and the composed texts are filled here.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from staan_desktop.services.backups import BackupInfo

from . import icons
from .forms.ui_backups_dialog import Ui_BackupsDialog


class BackupsDialog(QDialog):
    def __init__(
        self,
        path: Path,
        listed: list[BackupInfo],
        interval: int,
        keep: int,
        *,
        can_replace: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.path = path
        self.listed = listed
        self.interval = interval
        self.keep = keep
        self.can_replace = can_replace
        #: What the user chose, once the dialog is accepted.
        self.chosen: BackupInfo | None = None
        self.replace = False

        self.intro = self.ui.intro
        self.tree = self.ui.backupsList
        self.tree.itemSelectionChanged.connect(self._enable)
        self.empty = self.ui.emptyLabel
        self.as_new = self.ui.restoreAsNew
        icons.apply(self.as_new, "file-copy")
        self.as_new.clicked.connect(lambda: self._choose(replace=False))
        self.over = self.ui.replaceDocument
        icons.apply(self.over, "backup")
        self.over.clicked.connect(lambda: self._choose(replace=True))
        self.buttons = self.ui.buttonBox

        self.retranslate()
        first = self.tree.topLevelItem(0)  # None when nothing is listed
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()
        self._enable()

    # Texts ------------------------------------------------------------------------------

    def reason_text(self, info: BackupInfo) -> str:
        """The service's Dutch label, through tr() so that an English window says it in English."""
        texts = {
            "handmatig": self.tr("handmatig gemaakt"),
            "openen": self.tr("bij het openen"),
            "interval": self.tr("automatisch tijdens het werk"),
            "sluiten": self.tr("bij het sluiten"),
            "herstel": self.tr("vóór het terugzetten van een reservekopie"),
            "migratie": self.tr("vóór het bijwerken naar een nieuwe versie"),
            "export": self.tr("vóór het exporteren"),
            "vaststellen": self.tr("vóór het vaststellen"),
        }
        return texts.get(info.reason, info.reason_label)

    def when_text(self, info: BackupInfo) -> str:
        """Local time; today and yesterday by name, because that is how people look for one."""
        local = info.created.astimezone()
        locale = QLocale()
        clock = local.strftime("%H:%M:%S")
        today = date.today()
        if local.date() == today:
            return self.tr("vandaag {0}").format(clock)
        if local.date() == today - timedelta(days=1):
            return self.tr("gisteren {0}").format(clock)
        day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM yyyy")
        return f"{day} {clock}"

    def retranslate(self) -> None:
        """The texts composed here; the form's own texts come from ``retranslateUi``."""
        every = self.tr("elke minuut") if self.interval == 1 else self.tr("elke {0} minuten").format(self.interval)
        intro = self.tr(
            "Reservekopieën van ‘{0}’. Ze worden vanzelf gemaakt bij het openen, {1} terwijl u werkt "
            "en bij het sluiten; de laatste {2} blijven bewaard."
        ).format(self.path.name, every, self.keep)
        if not self.can_replace:
            intro += " " + self.tr(
                "Dit document is alleen-lezen geopend: u kunt een kopie als nieuw document terugzetten, "
                "niet over dit document."
            )
        self.intro.setText(intro)
        self._fill()

    def _fill(self) -> None:
        current = self.tree.currentIndex().row()
        self.tree.clear()
        locale = QLocale()
        for info in self.listed:
            # "283 kB", not "276,00 KiB": a size to compare at a glance, not to compute with.
            size = locale.formattedDataSize(info.size, 0, QLocale.DataSizeFormat.DataSizeSIFormat)
            item = QTreeWidgetItem([self.when_text(info), self.reason_text(info), size])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(info.path))
            self.tree.addTopLevelItem(item)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        again = self.tree.topLevelItem(current) if current >= 0 else None
        if again is not None:
            self.tree.setCurrentItem(again)
        self.tree.setVisible(bool(self.listed))
        self.empty.setVisible(not self.listed)

    # Choosing ---------------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item else -1
        return self.listed[row] if 0 <= row < len(self.listed) else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.as_new.setEnabled(chosen)
        self.over.setEnabled(chosen and self.can_replace)

    def _choose(self, *, replace: bool) -> None:
        self.chosen = self.selected()
        self.replace = replace
        if self.chosen is not None:
            self.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)
