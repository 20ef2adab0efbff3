# Generated from ui/pdf_export_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_PdfExportDialog(object):
    def setupUi(self, PdfExportDialog):
        if not PdfExportDialog.objectName():
            PdfExportDialog.setObjectName(u"PdfExportDialog")
        PdfExportDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(PdfExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.versionLayout = QHBoxLayout()
        self.versionLayout.setObjectName(u"versionLayout")
        self.versionLabel = QLabel(PdfExportDialog)
        self.versionLabel.setObjectName(u"versionLabel")

        self.versionLayout.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(PdfExportDialog)
        self.versionCombo.setObjectName(u"versionCombo")

        self.versionLayout.addWidget(self.versionCombo)

        self.versionLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.versionLayout)

        self.aboutLabel = QLabel(PdfExportDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.aboutLabel)

        self.annexCheck = QCheckBox(PdfExportDialog)
        self.annexCheck.setObjectName(u"annexCheck")

        self.mainLayout.addWidget(self.annexCheck)

        self.publicCheck = QCheckBox(PdfExportDialog)
        self.publicCheck.setObjectName(u"publicCheck")

        self.mainLayout.addWidget(self.publicCheck)

        self.signCheck = QCheckBox(PdfExportDialog)
        self.signCheck.setObjectName(u"signCheck")

        self.mainLayout.addWidget(self.signCheck)

        self.certificateLayout = QHBoxLayout()
        self.certificateLayout.setObjectName(u"certificateLayout")
        self.certificateLayout.setContentsMargins(24, 0, 0, 0)
        self.certificateLabel = QLabel(PdfExportDialog)
        self.certificateLabel.setObjectName(u"certificateLabel")
        self.certificateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.certificateLayout.addWidget(self.certificateLabel)

        self.chooseButton = QPushButton(PdfExportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.certificateLayout.addWidget(self.chooseButton)

        self.certificateLayout.setStretch(0, 1)

        self.mainLayout.addLayout(self.certificateLayout)

        self.error = QLabel(PdfExportDialog)
        self.error.setObjectName(u"error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.mainLayout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(PdfExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionCombo, self.annexCheck)
        QWidget.setTabOrder(self.annexCheck, self.publicCheck)
        QWidget.setTabOrder(self.publicCheck, self.signCheck)
        QWidget.setTabOrder(self.signCheck, self.chooseButton)

        self.retranslateUi(PdfExportDialog)
        self.buttonBox.accepted.connect(PdfExportDialog.accept)
        self.buttonBox.rejected.connect(PdfExportDialog.reject)

        QMetaObject.connectSlotsByName(PdfExportDialog)
    # setupUi

    def retranslateUi(self, PdfExportDialog):
        PdfExportDialog.setWindowTitle(QCoreApplication.translate("PdfExportDialog", u"Startdocument als PDF", None))
        self.versionLabel.setText(QCoreApplication.translate("PdfExportDialog", u"&Versie:", None))
        self.publicCheck.setText(QCoreApplication.translate("PdfExportDialog", u"O&penbare versie: namen zonder publieke functie vervangen door rol en organisatie", None))
        self.signCheck.setText(QCoreApplication.translate("PdfExportDialog", u"Onder&tekenen met certificaat (PKCS#12)\u2026", None))
        self.chooseButton.setText(QCoreApplication.translate("PdfExportDialog", u"&Ander certificaat\u2026", None))
    # retranslateUi

