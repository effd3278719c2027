# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QScrollArea, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(860, 600)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.suiteTab = QWidget()
        self.suiteTab.setObjectName(u"suiteTab")
        self.suiteForm = QFormLayout(self.suiteTab)
        self.suiteForm.setObjectName(u"suiteForm")
        self.suiteEditLabel = QLabel(self.suiteTab)
        self.suiteEditLabel.setObjectName(u"suiteEditLabel")

        self.suiteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.suiteEditLabel)

        self.suiteEdit = QLineEdit(self.suiteTab)
        self.suiteEdit.setObjectName(u"suiteEdit")

        self.suiteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.suiteEdit)

        self.forceEditLabel = QLabel(self.suiteTab)
        self.forceEditLabel.setObjectName(u"forceEditLabel")

        self.suiteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.forceEditLabel)

        self.forceEdit = QLineEdit(self.suiteTab)
        self.forceEdit.setObjectName(u"forceEdit")

        self.suiteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.forceEdit)

        self.prefixEditLabel = QLabel(self.suiteTab)
        self.prefixEditLabel.setObjectName(u"prefixEditLabel")

        self.suiteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.prefixEditLabel)

        self.prefixEdit = QLineEdit(self.suiteTab)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaxLength(8)

        self.suiteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.tabs.addTab(self.suiteTab, "")
        self.policyTab = QWidget()
        self.policyTab.setObjectName(u"policyTab")
        self.policyLayout = QVBoxLayout(self.policyTab)
        self.policyLayout.setObjectName(u"policyLayout")
        self.policyIntro = QLabel(self.policyTab)
        self.policyIntro.setObjectName(u"policyIntro")
        self.policyIntro.setWordWrap(True)

        self.policyLayout.addWidget(self.policyIntro)

        self.policyScroll = QScrollArea(self.policyTab)
        self.policyScroll.setObjectName(u"policyScroll")
        self.policyScroll.setWidgetResizable(True)
        self.policyBox = QWidget()
        self.policyBox.setObjectName(u"policyBox")
        self.policyForm = QFormLayout(self.policyBox)
        self.policyForm.setObjectName(u"policyForm")
        self.policyScroll.setWidget(self.policyBox)

        self.policyLayout.addWidget(self.policyScroll)

        self.tabs.addTab(self.policyTab, "")
        self.usersTab = QWidget()
        self.usersTab.setObjectName(u"usersTab")
        self.usersLayout = QVBoxLayout(self.usersTab)
        self.usersLayout.setObjectName(u"usersLayout")
        self.usersTable = QTableWidget(self.usersTab)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.usersLayout.addWidget(self.usersTable)

        self.newUserGroup = QGroupBox(self.usersTab)
        self.newUserGroup.setObjectName(u"newUserGroup")
        self.newUserForm = QFormLayout(self.newUserGroup)
        self.newUserForm.setObjectName(u"newUserForm")
        self.usernameEditLabel = QLabel(self.newUserGroup)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.newUserForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(self.newUserGroup)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.newUserForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.displayNameEditLabel = QLabel(self.newUserGroup)
        self.displayNameEditLabel.setObjectName(u"displayNameEditLabel")

        self.newUserForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameEditLabel)

        self.displayNameEdit = QLineEdit(self.newUserGroup)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.newUserForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.roleComboLabel = QLabel(self.newUserGroup)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.newUserForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(self.newUserGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.newUserForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.newPinEditLabel = QLabel(self.newUserGroup)
        self.newPinEditLabel.setObjectName(u"newPinEditLabel")

        self.newUserForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.newPinEditLabel)

        self.newPinEdit = QLineEdit(self.newUserGroup)
        self.newPinEdit.setObjectName(u"newPinEdit")
        self.newPinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.newUserForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newPinEdit)

        self.addUserButton = QPushButton(self.newUserGroup)
        self.addUserButton.setObjectName(u"addUserButton")

        self.newUserForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addUserButton)


        self.usersLayout.addWidget(self.newUserGroup)

        self.tabs.addTab(self.usersTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.suiteEditLabel.setBuddy(self.suiteEdit)
        self.forceEditLabel.setBuddy(self.forceEdit)
        self.prefixEditLabel.setBuddy(self.prefixEdit)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.displayNameEditLabel.setBuddy(self.displayNameEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.newPinEditLabel.setBuddy(self.newPinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings sections", None))
#endif // QT_CONFIG(accessibility)
        self.suiteEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Suite &name", None))
#if QT_CONFIG(accessibility)
        self.suiteEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Suite name", None))
#endif // QT_CONFIG(accessibility)
        self.forceEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Force name", None))
#if QT_CONFIG(accessibility)
        self.forceEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Force name", None))
#endif // QT_CONFIG(accessibility)
        self.prefixEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Custody number prefi&x", None))
#if QT_CONFIG(accessibility)
        self.prefixEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Custody number prefix", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.suiteTab), QCoreApplication.translate("SettingsDialog", u"Suite &details", None))
        self.policyIntro.setText(QCoreApplication.translate("SettingsDialog", u"Force policy figures (RULES.md). The law is fixed; these are the suite's choices. Every finding names the figure it used.", None))
#if QT_CONFIG(accessibility)
        self.policyScroll.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Policy figures", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.policyTab), QCoreApplication.translate("SettingsDialog", u"&Policy figures", None))
#if QT_CONFIG(accessibility)
        self.usersTable.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Users", None))
#endif // QT_CONFIG(accessibility)
        self.newUserGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Add a user", None))
        self.usernameEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"User na&me", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"New user name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"Si&gns entries as", None))
#if QT_CONFIG(accessibility)
        self.displayNameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Signs entries as", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"e.g. PS 2190 Khan", None))
        self.roleComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.newPinEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"P&IN", None))
#if QT_CONFIG(accessibility)
        self.newPinEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"New user's PIN", None))
#endif // QT_CONFIG(accessibility)
        self.addUserButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add user", None))
#if QT_CONFIG(accessibility)
        self.addUserButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Add user", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.usersTab), QCoreApplication.translate("SettingsDialog", u"&Users", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Save or close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

