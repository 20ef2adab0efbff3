# Generated from ui/add_comment_dialog.ui by `python -m staan_desktop.gui.i18n_build`. Do not edit:
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddCommentDialog(object):
    def setupUi(self, AddCommentDialog):
        if not AddCommentDialog.objectName():
            AddCommentDialog.setObjectName(u"AddCommentDialog")
        AddCommentDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(AddCommentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.aboutLabel = QLabel(AddCommentDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")
        self.aboutLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.aboutLabel)

        self.commentLabel = QLabel(AddCommentDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.mainLayout.addWidget(self.commentLabel)

        self.commentEdit = QPlainTextEdit(AddCommentDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.commentEdit)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.authorCaption = QLabel(AddCommentDialog)
        self.authorCaption.setObjectName(u"authorCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorCaption)

        self.authorLabel = QLabel(AddCommentDialog)
        self.authorLabel.setObjectName(u"authorLabel")
        self.authorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorLabel)

        self.partyLabel = QLabel(AddCommentDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.partyEdit = QLineEdit(AddCommentDialog)
        self.partyEdit.setObjectName(u"partyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partyEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(AddCommentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
        self.partyLabel.setBuddy(self.partyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.commentEdit, self.partyEdit)

        self.retranslateUi(AddCommentDialog)
        self.buttonBox.accepted.connect(AddCommentDialog.accept)
        self.buttonBox.rejected.connect(AddCommentDialog.reject)

        QMetaObject.connectSlotsByName(AddCommentDialog)
    # setupUi

    def retranslateUi(self, AddCommentDialog):
        AddCommentDialog.setWindowTitle(QCoreApplication.translate("AddCommentDialog", u"Opmerking plaatsen", None))
        self.commentLabel.setText(QCoreApplication.translate("AddCommentDialog", u"&Opmerking:", None))
        self.authorCaption.setText(QCoreApplication.translate("AddCommentDialog", u"Van:", None))
        self.partyLabel.setText(QCoreApplication.translate("AddCommentDialog", u"&Namens:", None))
        self.partyEdit.setPlaceholderText(QCoreApplication.translate("AddCommentDialog", u"de gemeente waarvoor u spreekt (mag leeg)", None))
    # retranslateUi

