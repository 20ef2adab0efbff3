# Generated from ui/backups_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, backupsDialog):
        if not backupsDialog.objectName():
            backupsDialog.setObjectName(u"backupsDialog")
        backupsDialog.resize(720, 420)
        self.mainLayout = QVBoxLayout(backupsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(backupsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.intro)

        self.backupsList = QTreeWidget(backupsDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setTextAlignment(2, Qt.AlignRight|Qt.AlignVCenter)
        self.backupsList.setHeaderItem(__qtreewidgetitem)
        self.backupsList.setObjectName(u"backupsList")
        self.backupsList.setAlternatingRowColors(True)
        self.backupsList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsList.setRootIsDecorated(False)
        self.backupsList.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.backupsList)

        self.emptyLabel = QLabel(backupsDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.restoreAsNew = QPushButton(backupsDialog)
        self.restoreAsNew.setObjectName(u"restoreAsNew")

        self.actionsLayout.addWidget(self.restoreAsNew)

        self.replaceDocument = QPushButton(backupsDialog)
        self.replaceDocument.setObjectName(u"replaceDocument")

        self.actionsLayout.addWidget(self.replaceDocument)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.actionsLayout.setStretch(2, 1)

        self.mainLayout.addLayout(self.actionsLayout)

        self.buttonBox = QDialogButtonBox(backupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
        self.mainLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.backupsList, self.restoreAsNew)
        QWidget.setTabOrder(self.restoreAsNew, self.replaceDocument)

        self.retranslateUi(backupsDialog)
        self.buttonBox.rejected.connect(backupsDialog.reject)

        QMetaObject.connectSlotsByName(backupsDialog)
    # setupUi

    def retranslateUi(self, backupsDialog):
        backupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Reservekopie\u00ebn", None))
        ___qtreewidgetitem = self.backupsList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("BackupsDialog", u"Grootte", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("BackupsDialog", u"Aanleiding", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("BackupsDialog", u"Gemaakt op", None))
#if QT_CONFIG(accessibility)
        self.backupsList.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Reservekopie\u00ebn, nieuwste eerst", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("BackupsDialog", u"Er zijn nog geen reservekopie\u00ebn van dit document.", None))
        self.restoreAsNew.setText(QCoreApplication.translate("BackupsDialog", u"Terugzetten als &nieuw document\u2026", None))
        self.replaceDocument.setText(QCoreApplication.translate("BackupsDialog", u"Dit document &vervangen door deze kopie\u2026", None))
    # retranslateUi

