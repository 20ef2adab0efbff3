# Generated from ui/reviewer_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReviewerDialog(object):
    def setupUi(self, ReviewerDialog):
        if not ReviewerDialog.objectName():
            ReviewerDialog.setObjectName(u"ReviewerDialog")
        ReviewerDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ReviewerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ReviewerDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(ReviewerDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ReviewerDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.partyLabel = QLabel(ReviewerDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyEdit = QLineEdit(ReviewerDialog)
        self.partyEdit.setObjectName(u"partyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partyEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ReviewerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.partyLabel.setBuddy(self.partyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.partyEdit)

        self.retranslateUi(ReviewerDialog)
        self.buttonBox.accepted.connect(ReviewerDialog.accept)
        self.buttonBox.rejected.connect(ReviewerDialog.reject)

        QMetaObject.connectSlotsByName(ReviewerDialog)
    # setupUi

    def retranslateUi(self, ReviewerDialog):
        ReviewerDialog.setWindowTitle(QCoreApplication.translate("ReviewerDialog", u"Openen ter beoordeling", None))
        self.introLabel.setText(QCoreApplication.translate("ReviewerDialog", u"Uw opmerkingen krijgen uw naam en de gemeente waarvoor u beoordeelt, zodat de procesmanager ze na het terugsturen kan plaatsen.", None))
        self.nameLabel.setText(QCoreApplication.translate("ReviewerDialog", u"Uw &naam:", None))
        self.partyLabel.setText(QCoreApplication.translate("ReviewerDialog", u"&Gemeente:", None))
        self.partyEdit.setPlaceholderText(QCoreApplication.translate("ReviewerDialog", u"de gemeente waarvoor u beoordeelt (mag leeg)", None))
    # retranslateUi

