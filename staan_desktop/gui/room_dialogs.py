"""The small questions the room's panel asks: a poll's question and choices, the option or
interest category a round collects texts for, and which join cards to print."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from staan_desktop.services.room.model import MAX_CARDS, CardSpec


class PollDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Peiling"))
        self.question = QLineEdit(self)
        self.question.setMaxLength(300)
        self.choices = QPlainTextEdit(self)
        self.choices.setPlaceholderText(self.tr("Eén keuze per regel"))
        self.choices.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("&Vraag"), self.question)
        form.addRow(self.tr("&Keuzes"), self.choices)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, list[str]]:
        return self.question.text(), [line for line in self.choices.toPlainText().splitlines() if line.strip()]


def ask_poll(parent: QWidget | None) -> tuple[str, list[str]] | None:
    """The poll's question and choices (checked by the room when it opens), or ``None``."""
    dialog = PollDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_target(parent: QWidget | None, title: str, label: str, items: list[tuple[int, str]]) -> int | None:
    """One of ``items`` (id, name), or ``None`` when cancelled."""
    names = [name for _id, name in items]
    chosen, ok = QInputDialog.getItem(parent, title, label, names, 0, False)
    if not ok or chosen not in names:
        return None
    return items[names.index(chosen)][0]


class CardsDialog(QDialog):
    """Anonymous but counted cards (a number), or one card per name of a list."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aanmeldkaarten"))
        self.anonymous = QRadioButton(self.tr("&Anoniem, wel geteld:"), self)
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_CARDS)
        self.count.setValue(20)
        self.count.setSuffix(self.tr(" kaarten"))
        self.named = QRadioButton(self.tr("&Op naam, uit een lijst (naam; gemeente per regel):"), self)
        self.names = QLineEdit(self)
        self.browse = QPushButton(self.tr("&Kiezen…"), self)
        self.browse.clicked.connect(self._browse)
        group = QButtonGroup(self)
        group.addButton(self.anonymous)
        group.addButton(self.named)
        self.anonymous.setChecked(True)
        note = QLabel(
            self.tr("Elke kaart laat één telefoon toe, alleen zolang de zaal open is. "
                    "Daarna kan niemand meer zonder kaart meedoen."),
            self,
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.names, 1)
        row.addWidget(self.browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.anonymous)
        layout.addWidget(self.count)
        layout.addWidget(self.named)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Namenlijst"), "", self.tr("Tekst (*.txt *.csv);;Alle bestanden (*)"))
        if path:
            self.names.setText(path)
            self.named.setChecked(True)

    def cards(self) -> list[CardSpec]:
        """The cards asked for (a names list is read and checked by the service)."""
        from staan_desktop.services.room import cards

        if self.named.isChecked():
            return cards.read_list(Path(self.names.text()))
        return cards.anonymous(self.count.value())
