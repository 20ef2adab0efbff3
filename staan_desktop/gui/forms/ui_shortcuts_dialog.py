# Generated from ui/shortcuts_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
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
    QDialogButtonBox, QHeaderView, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, ShortcutsDialog):
        if not ShortcutsDialog.objectName():
            ShortcutsDialog.setObjectName(u"ShortcutsDialog")
        ShortcutsDialog.resize(520, 560)
        self.mainLayout = QVBoxLayout(ShortcutsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.shortcutsTable = QTableWidget(ShortcutsDialog)
        if (self.shortcutsTable.columnCount() < 2):
            self.shortcutsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.shortcutsTable.setObjectName(u"shortcutsTable")
        self.shortcutsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcutsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortcutsTable.setColumnCount(2)
        self.shortcutsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.shortcutsTable)

        self.buttonBox = QDialogButtonBox(ShortcutsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ShortcutsDialog)
        self.buttonBox.rejected.connect(ShortcutsDialog.reject)

        QMetaObject.connectSlotsByName(ShortcutsDialog)
    # setupUi

    def retranslateUi(self, ShortcutsDialog):
        ShortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"Sneltoetsen", None))
        ___qtablewidgetitem = self.shortcutsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ShortcutsDialog", u"Wat", None))
        ___qtablewidgetitem1 = self.shortcutsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ShortcutsDialog", u"Toetsen", None))
#if QT_CONFIG(accessibility)
        self.shortcutsTable.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", u"Sneltoetsen", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

