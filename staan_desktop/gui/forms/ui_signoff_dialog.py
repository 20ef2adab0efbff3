# Generated from ui/signoff_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignoffDialog(object):
    def setupUi(self, SignoffDialog):
        if not SignoffDialog.objectName():
            SignoffDialog.setObjectName(u"SignoffDialog")
        SignoffDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(SignoffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(SignoffDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(SignoffDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(SignoffDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setDisplayFormat(u"d MMMM yyyy")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.meetingLabel = QLabel(SignoffDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingEdit = QLineEdit(SignoffDialog)
        self.meetingEdit.setObjectName(u"meetingEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.meetingEdit)

        self.membersLabel = QLabel(SignoffDialog)
        self.membersLabel.setObjectName(u"membersLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.membersEdit = QPlainTextEdit(SignoffDialog)
        self.membersEdit.setObjectName(u"membersEdit")
        self.membersEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.membersEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.warningLabel = QLabel(SignoffDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.error = QLabel(SignoffDialog)
        self.error.setObjectName(u"error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)

        self.mainLayout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(SignoffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.meetingLabel.setBuddy(self.meetingEdit)
        self.membersLabel.setBuddy(self.membersEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.meetingEdit)
        QWidget.setTabOrder(self.meetingEdit, self.membersEdit)

        self.retranslateUi(SignoffDialog)
        self.buttonBox.rejected.connect(SignoffDialog.reject)

        QMetaObject.connectSlotsByName(SignoffDialog)
    # setupUi

    def retranslateUi(self, SignoffDialog):
        SignoffDialog.setWindowTitle(QCoreApplication.translate("SignoffDialog", u"Vaststellen door de stuurgroep", None))
        self.dateLabel.setText(QCoreApplication.translate("SignoffDialog", u"&Datum van het besluit", None))
        self.meetingLabel.setText(QCoreApplication.translate("SignoffDialog", u"&Vergadering", None))
        self.meetingEdit.setPlaceholderText(QCoreApplication.translate("SignoffDialog", u"bijvoorbeeld: Stuurgroep 3", None))
        self.membersLabel.setText(QCoreApplication.translate("SignoffDialog", u"&Ingestemd door", None))
        self.membersEdit.setPlaceholderText(QCoreApplication.translate("SignoffDialog", u"E\u00e9n naam per regel", None))
    # retranslateUi

