# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from custody_app.gui.widgets.localtime import LocalTimeEdit

class Ui_EntryDialog(object):
    def setupUi(self, EntryDialog):
        if not EntryDialog.objectName():
            EntryDialog.setObjectName(u"EntryDialog")
        EntryDialog.resize(640, 420)
        self.layout = QVBoxLayout(EntryDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(EntryDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.helpLabel = QLabel(EntryDialog)
        self.helpLabel.setObjectName(u"helpLabel")
        self.helpLabel.setWordWrap(True)

        self.layout.addWidget(self.helpLabel)

        self.timeForm = QFormLayout()
        self.timeForm.setObjectName(u"timeForm")
        self.atTimeLabel = QLabel(EntryDialog)
        self.atTimeLabel.setObjectName(u"atTimeLabel")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.atTimeLabel)

        self.atTime = LocalTimeEdit(EntryDialog)
        self.atTime.setObjectName(u"atTime")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.atTime)


        self.layout.addLayout(self.timeForm)

        self.fieldsBox = QWidget(EntryDialog)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.fieldsForm = QFormLayout(self.fieldsBox)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setContentsMargins(0, 0, 0, 0)

        self.layout.addWidget(self.fieldsBox)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteEditLabel = QLabel(EntryDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(EntryDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.noteForm)

        self.errorLabel = QLabel(EntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(EntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.atTimeLabel.setBuddy(self.atTime)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EntryDialog)

        QMetaObject.connectSlotsByName(EntryDialog)
    # setupUi

    def retranslateUi(self, EntryDialog):
        EntryDialog.setWindowTitle(QCoreApplication.translate("EntryDialog", u"New entry", None))
        self.titleLabel.setText(QCoreApplication.translate("EntryDialog", u"Entry", None))
        self.helpLabel.setText("")
        self.atTimeLabel.setText(QCoreApplication.translate("EntryDialog", u"&When (UK time)", None))
#if QT_CONFIG(accessibility)
        self.atTime.setAccessibleName(QCoreApplication.translate("EntryDialog", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("EntryDialog", u"&Note (optional)", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Why the entry was not saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("EntryDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

