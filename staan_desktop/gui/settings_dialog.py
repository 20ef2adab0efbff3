"""The settings a facilitator may change: language, colours, text size, folder, name, backups.

The form is drawn in Qt Designer (``ui/settings_dialog.ui``). Choices apply on OK; the window
then switches language, colours and text size at once, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget

from . import icons
from .forms.ui_settings_dialog import Ui_SettingsDialog
from .i18n import LANGUAGES
from .settings import (
    AUTHOR_NAME,
    BACKUP_INTERVAL,
    BACKUP_KEEP,
    COLOR_SCHEME,
    DEFAULT_FOLDER,
    LANGUAGE,
    TEXT_SCALE,
    Settings,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.browseButton.setIcon(icons.get("folder"))
        self.ui.browseButton.clicked.connect(self._browse)
        for code, name in LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        for scale in TEXT_SCALE.choices:
            self.ui.textScaleCombo.addItem(f"{scale} %", scale)
        self._fill_schemes()
        self._fill_backup_choices()
        self._select(self.ui.backupIntervalCombo, settings.get(BACKUP_INTERVAL))
        self._select(self.ui.backupKeepCombo, settings.get(BACKUP_KEEP))
        self._select(self.ui.languageCombo, settings.get(LANGUAGE))
        self._select(self.ui.colorSchemeCombo, settings.get(COLOR_SCHEME))
        self._select(self.ui.textScaleCombo, settings.get(TEXT_SCALE))
        self.ui.folderEdit.setText(settings.get(DEFAULT_FOLDER))
        self.ui.authorEdit.setText(settings.get(AUTHOR_NAME))

    def _fill_schemes(self) -> None:
        current = self.ui.colorSchemeCombo.currentData()
        self.ui.colorSchemeCombo.clear()
        for code, name in (("system", self.tr("Zoals het systeem")), ("light", self.tr("Licht")), ("dark", self.tr("Donker"))):
            self.ui.colorSchemeCombo.addItem(name, code)
        if current:
            self._select(self.ui.colorSchemeCombo, current)

    def _fill_backup_choices(self) -> None:
        interval, keep = self.ui.backupIntervalCombo.currentData(), self.ui.backupKeepCombo.currentData()
        self.ui.backupIntervalCombo.clear()
        for minutes in BACKUP_INTERVAL.choices:
            text = self.tr("elke minuut") if minutes == 1 else self.tr("elke {0} minuten").format(minutes)
            self.ui.backupIntervalCombo.addItem(text, minutes)
        self.ui.backupKeepCombo.clear()
        for count in BACKUP_KEEP.choices:
            self.ui.backupKeepCombo.addItem(self.tr("de laatste {0} per document").format(count), count)
        if interval:
            self._select(self.ui.backupIntervalCombo, interval)
        if keep:
            self._select(self.ui.backupKeepCombo, keep)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor documenten kiezen"), self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def accept(self) -> None:
        self.settings.set(LANGUAGE, str(self.ui.languageCombo.currentData()))
        self.settings.set(COLOR_SCHEME, str(self.ui.colorSchemeCombo.currentData()))
        self.settings.set(TEXT_SCALE, int(self.ui.textScaleCombo.currentData()))
        self.settings.set(DEFAULT_FOLDER, self.ui.folderEdit.text().strip())
        self.settings.set(AUTHOR_NAME, self.ui.authorEdit.text().strip())
        self.settings.set(BACKUP_INTERVAL, int(self.ui.backupIntervalCombo.currentData()))
        self.settings.set(BACKUP_KEEP, int(self.ui.backupKeepCombo.currentData()))
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_schemes()
            self._fill_backup_choices()
        super().changeEvent(event)
