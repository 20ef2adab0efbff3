# Generated from ui/new_document_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewDocumentDialog(object):
    def setupUi(self, NewDocumentDialog):
        if not NewDocumentDialog.objectName():
            NewDocumentDialog.setObjectName(u"NewDocumentDialog")
        NewDocumentDialog.resize(460, 224)
        self.mainLayout = QVBoxLayout(NewDocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.titleLabel = QLabel(NewDocumentDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(NewDocumentDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.startLabel = QLabel(NewDocumentDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.mainLayout.addWidget(self.startLabel)

        self.staanRadio = QRadioButton(NewDocumentDialog)
        self.staanRadio.setObjectName(u"staanRadio")
        self.staanRadio.setChecked(True)

        self.mainLayout.addWidget(self.staanRadio)

        self.staanNote = QLabel(NewDocumentDialog)
        self.staanNote.setObjectName(u"staanNote")
        self.staanNote.setWordWrap(True)
        self.staanNote.setIndent(24)

        self.mainLayout.addWidget(self.staanNote)

        self.emptyRadio = QRadioButton(NewDocumentDialog)
        self.emptyRadio.setObjectName(u"emptyRadio")

        self.mainLayout.addWidget(self.emptyRadio)

        self.emptyNote = QLabel(NewDocumentDialog)
        self.emptyNote.setObjectName(u"emptyNote")
        self.emptyNote.setWordWrap(True)
        self.emptyNote.setIndent(24)

        self.mainLayout.addWidget(self.emptyNote)

        self.buttonBox = QDialogButtonBox(NewDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.staanNote.setBuddy(self.staanRadio)
        self.emptyNote.setBuddy(self.emptyRadio)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.staanRadio)
        QWidget.setTabOrder(self.staanRadio, self.emptyRadio)

        self.retranslateUi(NewDocumentDialog)
        self.buttonBox.rejected.connect(NewDocumentDialog.reject)

        QMetaObject.connectSlotsByName(NewDocumentDialog)
    # setupUi

    def retranslateUi(self, NewDocumentDialog):
        NewDocumentDialog.setWindowTitle(QCoreApplication.translate("NewDocumentDialog", u"Nieuw startdocument", None))
        self.titleLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"&Titel van het traject:", None))
        self.titleEdit.setText(QCoreApplication.translate("NewDocumentDialog", u"Startdocument samenwerking", None))
        self.startLabel.setText(QCoreApplication.translate("NewDocumentDialog", u"Beginnen met:", None))
#if QT_CONFIG(accessibility)
        self.staanRadio.setAccessibleDescription(QCoreApplication.translate("NewDocumentDialog", u"Alle hoofdstukken, de 5 K's en de criteria van de werkwijze, klaar om in te vullen.", None))
#endif // QT_CONFIG(accessibility)
        self.staanRadio.setText(QCoreApplication.translate("NewDocumentDialog", u"&STAAN-werkwijze", None))
        self.staanNote.setText(QCoreApplication.translate("NewDocumentDialog", u"Alle hoofdstukken, de 5 K's en de criteria van de werkwijze, klaar om in te vullen.", None))
#if QT_CONFIG(accessibility)
        self.emptyRadio.setAccessibleDescription(QCoreApplication.translate("NewDocumentDialog", u"Alleen een titel; u bouwt het document zelf op.", None))
#endif // QT_CONFIG(accessibility)
        self.emptyRadio.setText(QCoreApplication.translate("NewDocumentDialog", u"&Leeg", None))
        self.emptyNote.setText(QCoreApplication.translate("NewDocumentDialog", u"Alleen een titel; u bouwt het document zelf op.", None))
    # retranslateUi

