# Generated from ui/history_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
# change the .ui file in Qt Designer (pyside6-designer) and rebuild.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSplitter,
    QTableView, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_VersionHistoryDialog(object):
    def setupUi(self, VersionHistoryDialog):
        if not VersionHistoryDialog.objectName():
            VersionHistoryDialog.setObjectName(u"VersionHistoryDialog")
        VersionHistoryDialog.resize(920, 640)
        self.mainLayout = QVBoxLayout(VersionHistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.stateLabel = QLabel(VersionHistoryDialog)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.stateLabel)

        self.splitter = QSplitter(VersionHistoryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.versionTable = QTableView(self.splitter)
        self.versionTable.setObjectName(u"versionTable")
        self.versionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.versionTable)
        self.versionTable.horizontalHeader().setStretchLastSection(True)
        self.versionTable.verticalHeader().setVisible(False)
        self.comparisonPane = QWidget(self.splitter)
        self.comparisonPane.setObjectName(u"comparisonPane")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(2)
        sizePolicy.setHeightForWidth(self.comparisonPane.sizePolicy().hasHeightForWidth())
        self.comparisonPane.setSizePolicy(sizePolicy)
        self.comparisonLayout = QVBoxLayout(self.comparisonPane)
        self.comparisonLayout.setObjectName(u"comparisonLayout")
        self.comparisonLayout.setContentsMargins(0, 0, 0, 0)
        self.choosersLayout = QHBoxLayout()
        self.choosersLayout.setObjectName(u"choosersLayout")
        self.fromLabel = QLabel(self.comparisonPane)
        self.fromLabel.setObjectName(u"fromLabel")

        self.choosersLayout.addWidget(self.fromLabel)

        self.oldChoice = QComboBox(self.comparisonPane)
        self.oldChoice.setObjectName(u"oldChoice")

        self.choosersLayout.addWidget(self.oldChoice)

        self.toLabel = QLabel(self.comparisonPane)
        self.toLabel.setObjectName(u"toLabel")

        self.choosersLayout.addWidget(self.toLabel)

        self.newChoice = QComboBox(self.comparisonPane)
        self.newChoice.setObjectName(u"newChoice")

        self.choosersLayout.addWidget(self.newChoice)

        self.compareButton = QPushButton(self.comparisonPane)
        self.compareButton.setObjectName(u"compareButton")

        self.choosersLayout.addWidget(self.compareButton)

        self.choosersLayout.setStretch(1, 1)
        self.choosersLayout.setStretch(3, 1)

        self.comparisonLayout.addLayout(self.choosersLayout)

        self.summaryLabel = QLabel(self.comparisonPane)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.comparisonLayout.addWidget(self.summaryLabel)

        self.differences = QTreeWidget(self.comparisonPane)
        self.differences.setObjectName(u"differences")
        self.differences.setWordWrap(True)
        self.differences.setColumnCount(2)

        self.comparisonLayout.addWidget(self.differences)

        self.comparisonLayout.setStretch(2, 1)
        self.splitter.addWidget(self.comparisonPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(VersionHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.oldChoice)
        self.toLabel.setBuddy(self.newChoice)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionTable, self.oldChoice)
        QWidget.setTabOrder(self.oldChoice, self.newChoice)
        QWidget.setTabOrder(self.newChoice, self.compareButton)
        QWidget.setTabOrder(self.compareButton, self.differences)

        self.retranslateUi(VersionHistoryDialog)
        self.buttonBox.rejected.connect(VersionHistoryDialog.reject)

        QMetaObject.connectSlotsByName(VersionHistoryDialog)
    # setupUi

    def retranslateUi(self, VersionHistoryDialog):
        VersionHistoryDialog.setWindowTitle(QCoreApplication.translate("VersionHistoryDialog", u"Versies en vergelijking", None))
        self.fromLabel.setText(QCoreApplication.translate("VersionHistoryDialog", u"&Van", None))
        self.toLabel.setText(QCoreApplication.translate("VersionHistoryDialog", u"&naar", None))
        self.compareButton.setText(QCoreApplication.translate("VersionHistoryDialog", u"Ver&gelijk", None))
        ___qtreewidgetitem = self.differences.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("VersionHistoryDialog", u"Wijziging", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("VersionHistoryDialog", u"Onderdeel", None))
    # retranslateUi

