# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInView(object):
    def setupUi(self, SignInView):
        if not SignInView.objectName():
            SignInView.setObjectName(u"SignInView")
        SignInView.resize(900, 600)
        self.outer = QVBoxLayout(SignInView)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.centre = QHBoxLayout()
        self.centre.setObjectName(u"centre")
        self.leftSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre.addItem(self.leftSpacer)

        self.card = QFrame(SignInView)
        self.card.setObjectName(u"card")
        self.card.setMinimumSize(QSize(440, 0))
        self.card.setMaximumSize(QSize(480, 16777215))
        self.cardLayout = QVBoxLayout(self.card)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(self.card)
        self.titleLabel.setObjectName(u"titleLabel")

        self.cardLayout.addWidget(self.titleLabel)

        self.suiteLabel = QLabel(self.card)
        self.suiteLabel.setObjectName(u"suiteLabel")
        self.suiteLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.suiteLabel)

        self.suiteStateLabel = QLabel(self.card)
        self.suiteStateLabel.setObjectName(u"suiteStateLabel")
        self.suiteStateLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.suiteStateLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.userLabel = QLabel(self.card)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(self.card)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.pinLabel = QLabel(self.card)
        self.pinLabel.setObjectName(u"pinLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(self.card)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.cardLayout.addLayout(self.form)

        self.messageLabel = QLabel(self.card)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.messageLabel)

        self.signInButton = QPushButton(self.card)
        self.signInButton.setObjectName(u"signInButton")

        self.cardLayout.addWidget(self.signInButton)

        self.parkedLabel = QLabel(self.card)
        self.parkedLabel.setObjectName(u"parkedLabel")
        self.parkedLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.parkedLabel)

        self.hintLabel = QLabel(self.card)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.hintLabel)


        self.centre.addWidget(self.card)

        self.rightSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centre.addItem(self.rightSpacer)


        self.outer.addLayout(self.centre)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.pinEdit)
        QWidget.setTabOrder(self.pinEdit, self.signInButton)

        self.retranslateUi(SignInView)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInView)
    # setupUi

    def retranslateUi(self, SignInView):
#if QT_CONFIG(accessibility)
        SignInView.setAccessibleName(QCoreApplication.translate("SignInView", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SignInView", u"Custody desk", None))
        self.suiteLabel.setText(QCoreApplication.translate("SignInView", u"Suite", None))
        self.suiteStateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.suiteStateLabel.setAccessibleName(QCoreApplication.translate("SignInView", u"The suite now", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("SignInView", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("SignInView", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.pinLabel.setText(QCoreApplication.translate("SignInView", u"&PIN", None))
#if QT_CONFIG(accessibility)
        self.pinEdit.setAccessibleName(QCoreApplication.translate("SignInView", u"PIN", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SignInView", u"Sign-in message", None))
#endif // QT_CONFIG(accessibility)
        self.signInButton.setText(QCoreApplication.translate("SignInView", u"Sign in  (Enter)", None))
#if QT_CONFIG(accessibility)
        self.signInButton.setAccessibleName(QCoreApplication.translate("SignInView", u"Sign in", None))
#endif // QT_CONFIG(accessibility)
        self.parkedLabel.setText("")
        self.hintLabel.setText(QCoreApplication.translate("SignInView", u"F1 shows every keyboard shortcut. The desk locks after a period without use and on Ctrl+L.", None))
    # retranslateUi

