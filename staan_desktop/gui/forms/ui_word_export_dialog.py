# Generated from ui/word_export_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_WordExportDialog(object):
    def setupUi(self, WordExportDialog):
        if not WordExportDialog.objectName():
            WordExportDialog.setObjectName(u"WordExportDialog")
        WordExportDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(WordExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateCaption = QLabel(WordExportDialog)
        self.templateCaption.setObjectName(u"templateCaption")

        self.templateLayout.addWidget(self.templateCaption)

        self.templateLabel = QLabel(WordExportDialog)
        self.templateLabel.setObjectName(u"templateLabel")
        self.templateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.templateLayout.addWidget(self.templateLabel)

        self.chooseButton = QPushButton(WordExportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.templateLayout.addWidget(self.chooseButton)

        self.templateLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.templateLayout)

        self.noTemplateCheck = QCheckBox(WordExportDialog)
        self.noTemplateCheck.setObjectName(u"noTemplateCheck")

        self.mainLayout.addWidget(self.noTemplateCheck)

        self.publicCheck = QCheckBox(WordExportDialog)
        self.publicCheck.setObjectName(u"publicCheck")

        self.mainLayout.addWidget(self.publicCheck)

        self.aboutLabel = QLabel(WordExportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.aboutLabel)

        self.error = QLabel(WordExportDialog)
        self.error.setObjectName(u"error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.mainLayout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(WordExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.chooseButton, self.noTemplateCheck)
        QWidget.setTabOrder(self.noTemplateCheck, self.publicCheck)

        self.retranslateUi(WordExportDialog)
        self.buttonBox.accepted.connect(WordExportDialog.accept)
        self.buttonBox.rejected.connect(WordExportDialog.reject)

        QMetaObject.connectSlotsByName(WordExportDialog)
    # setupUi

    def retranslateUi(self, WordExportDialog):
        WordExportDialog.setWindowTitle(QCoreApplication.translate("WordExportDialog", u"Startdocument als Word-bestand", None))
        self.templateCaption.setText(QCoreApplication.translate("WordExportDialog", u"Sjabloon:", None))
        self.chooseButton.setText(QCoreApplication.translate("WordExportDialog", u"&Kiezen\u2026", None))
        self.noTemplateCheck.setText(QCoreApplication.translate("WordExportDialog", u"&Geen sjabloon: de standaardstijlen van Word", None))
        self.publicCheck.setText(QCoreApplication.translate("WordExportDialog", u"&Openbare versie: namen zonder publieke functie vervangen door rol en organisatie", None))
    # retranslateUi

