# Generated from ui/override_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from staan_desktop.gui.widgets.labels import SubheadingLabel

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(OverrideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldName = SubheadingLabel(OverrideDialog)
        self.fieldName.setObjectName(u"fieldName")

        self.mainLayout.addWidget(self.fieldName)

        self.computedLabel = QLabel(OverrideDialog)
        self.computedLabel.setObjectName(u"computedLabel")
        self.computedLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.computedLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.classLabel = QLabel(OverrideDialog)
        self.classLabel.setObjectName(u"classLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classCombo = QComboBox(OverrideDialog)
        self.classCombo.setObjectName(u"classCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.classCombo)

        self.reasonLabel = QLabel(OverrideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(OverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OverrideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.classLabel.setBuddy(self.classCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.classCombo, self.reasonEdit)

        self.retranslateUi(OverrideDialog)
        self.buttonBox.rejected.connect(OverrideDialog.reject)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Indeling aanpassen", None))
        self.classLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Indeling:", None))
        self.reasonLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Reden:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("OverrideDialog", u"Waarom wijkt de indeling af van de scores?", None))
    # retranslateUi

