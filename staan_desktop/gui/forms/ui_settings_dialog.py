# Generated from ui/settings_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.colorSchemeLabel = QLabel(SettingsDialog)
        self.colorSchemeLabel.setObjectName(u"colorSchemeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.colorSchemeLabel)

        self.colorSchemeCombo = QComboBox(SettingsDialog)
        self.colorSchemeCombo.setObjectName(u"colorSchemeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.colorSchemeCombo)

        self.textScaleLabel = QLabel(SettingsDialog)
        self.textScaleLabel.setObjectName(u"textScaleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textScaleLabel)

        self.textScaleCombo = QComboBox(SettingsDialog)
        self.textScaleCombo.setObjectName(u"textScaleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textScaleCombo)

        self.folderLabel = QLabel(SettingsDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(SettingsDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QToolButton(SettingsDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.authorLabel = QLabel(SettingsDialog)
        self.authorLabel.setObjectName(u"authorLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorEdit = QLineEdit(SettingsDialog)
        self.authorEdit.setObjectName(u"authorEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authorEdit)

        self.backupIntervalLabel = QLabel(SettingsDialog)
        self.backupIntervalLabel.setObjectName(u"backupIntervalLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.backupIntervalLabel)

        self.backupIntervalCombo = QComboBox(SettingsDialog)
        self.backupIntervalCombo.setObjectName(u"backupIntervalCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.backupIntervalCombo)

        self.backupKeepLabel = QLabel(SettingsDialog)
        self.backupKeepLabel.setObjectName(u"backupKeepLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.backupKeepLabel)

        self.backupKeepCombo = QComboBox(SettingsDialog)
        self.backupKeepCombo.setObjectName(u"backupKeepCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.backupKeepCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(SettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.colorSchemeLabel.setBuddy(self.colorSchemeCombo)
        self.textScaleLabel.setBuddy(self.textScaleCombo)
        self.folderLabel.setBuddy(self.folderEdit)
        self.authorLabel.setBuddy(self.authorEdit)
        self.backupIntervalLabel.setBuddy(self.backupIntervalCombo)
        self.backupKeepLabel.setBuddy(self.backupKeepCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.colorSchemeCombo)
        QWidget.setTabOrder(self.colorSchemeCombo, self.textScaleCombo)
        QWidget.setTabOrder(self.textScaleCombo, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.authorEdit)
        QWidget.setTabOrder(self.authorEdit, self.backupIntervalCombo)
        QWidget.setTabOrder(self.backupIntervalCombo, self.backupKeepCombo)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Taal:", None))
        self.colorSchemeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Kleuren:", None))
        self.textScaleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Tekst&grootte:", None))
        self.folderLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Map voor documenten:", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Map Documenten", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Map kiezen", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Map kiezen", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("SettingsDialog", u"Uw &naam bij opmerkingen:", None))
        self.authorEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"bijvoorbeeld: procesmanager", None))
        self.backupIntervalLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Reservekopie tijdens het werk:", None))
        self.backupKeepLabel.setText(QCoreApplication.translate("SettingsDialog", u"Reservekopie\u00ebn &bewaren:", None))
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"Taal, kleuren en tekstgrootte gaan direct in.", None))
    # retranslateUi

