# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from custody_app.gui.widgets.localtime import LocalTimeEdit

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(760, 700)
        self.layout = QVBoxLayout(ReviewDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(ReviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.rankLabel = QLabel(ReviewDialog)
        self.rankLabel.setObjectName(u"rankLabel")
        self.rankLabel.setWordWrap(True)

        self.layout.addWidget(self.rankLabel)

        self.clockLabel = QLabel(ReviewDialog)
        self.clockLabel.setObjectName(u"clockLabel")
        self.clockLabel.setWordWrap(True)

        self.layout.addWidget(self.clockLabel)

        self.toldLabel = QLabel(ReviewDialog)
        self.toldLabel.setObjectName(u"toldLabel")
        self.toldLabel.setWordWrap(True)

        self.layout.addWidget(self.toldLabel)

        self.informRow = QHBoxLayout()
        self.informRow.setObjectName(u"informRow")
        self.informButton = QPushButton(ReviewDialog)
        self.informButton.setObjectName(u"informButton")

        self.informRow.addWidget(self.informButton)

        self.informSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.informRow.addItem(self.informSpacer)


        self.layout.addLayout(self.informRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.atTimeLabel = QLabel(ReviewDialog)
        self.atTimeLabel.setObjectName(u"atTimeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.atTimeLabel)

        self.atTime = LocalTimeEdit(ReviewDialog)
        self.atTime.setObjectName(u"atTime")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.atTime)

        self.modeComboLabel = QLabel(ReviewDialog)
        self.modeComboLabel.setObjectName(u"modeComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeComboLabel)

        self.modeCombo = QComboBox(ReviewDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.reasonEditLabel = QLabel(ReviewDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(ReviewDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.asleepCheck = QCheckBox(ReviewDialog)
        self.asleepCheck.setObjectName(u"asleepCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.asleepCheck)

        self.childEditLabel = QLabel(ReviewDialog)
        self.childEditLabel.setObjectName(u"childEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.childEditLabel)

        self.childEdit = QLineEdit(ReviewDialog)
        self.childEdit.setObjectName(u"childEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.childEdit)

        self.aaEditLabel = QLabel(ReviewDialog)
        self.aaEditLabel.setObjectName(u"aaEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.aaEditLabel)

        self.aaEdit = QLineEdit(ReviewDialog)
        self.aaEdit.setObjectName(u"aaEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aaEdit)

        self.solicitorEditLabel = QLabel(ReviewDialog)
        self.solicitorEditLabel.setObjectName(u"solicitorEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.solicitorEditLabel)

        self.solicitorEdit = QLineEdit(ReviewDialog)
        self.solicitorEdit.setObjectName(u"solicitorEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.solicitorEdit)

        self.independentCheck = QCheckBox(ReviewDialog)
        self.independentCheck.setObjectName(u"independentCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.independentCheck)

        self.bailCheck = QCheckBox(ReviewDialog)
        self.bailCheck.setObjectName(u"bailCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.bailCheck)

        self.welfareCheck = QCheckBox(ReviewDialog)
        self.welfareCheck.setObjectName(u"welfareCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.welfareCheck)

        self.outcomeComboLabel = QLabel(ReviewDialog)
        self.outcomeComboLabel.setObjectName(u"outcomeComboLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.outcomeComboLabel)

        self.outcomeCombo = QComboBox(ReviewDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.noteEditLabel = QLabel(ReviewDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(ReviewDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.nextLabel = QLabel(ReviewDialog)
        self.nextLabel.setObjectName(u"nextLabel")
        self.nextLabel.setWordWrap(True)

        self.layout.addWidget(self.nextLabel)

        self.lawLabel = QLabel(ReviewDialog)
        self.lawLabel.setObjectName(u"lawLabel")
        self.lawLabel.setWordWrap(True)

        self.layout.addWidget(self.lawLabel)

        self.errorLabel = QLabel(ReviewDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.atTimeLabel.setBuddy(self.atTime)
        self.modeComboLabel.setBuddy(self.modeCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.childEditLabel.setBuddy(self.childEdit)
        self.aaEditLabel.setBuddy(self.aaEdit)
        self.solicitorEditLabel.setBuddy(self.solicitorEdit)
        self.outcomeComboLabel.setBuddy(self.outcomeCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.atTime, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.asleepCheck)
        QWidget.setTabOrder(self.asleepCheck, self.childEdit)
        QWidget.setTabOrder(self.childEdit, self.aaEdit)
        QWidget.setTabOrder(self.aaEdit, self.solicitorEdit)
        QWidget.setTabOrder(self.solicitorEdit, self.independentCheck)
        QWidget.setTabOrder(self.independentCheck, self.bailCheck)
        QWidget.setTabOrder(self.bailCheck, self.welfareCheck)
        QWidget.setTabOrder(self.welfareCheck, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttonBox)
        QWidget.setTabOrder(self.buttonBox, self.informButton)

        self.retranslateUi(ReviewDialog)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review of detention", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewDialog", u"Review of detention", None))
        self.rankLabel.setText("")
#if QT_CONFIG(accessibility)
        self.rankLabel.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Who may review", None))
#endif // QT_CONFIG(accessibility)
        self.clockLabel.setText("")
#if QT_CONFIG(accessibility)
        self.clockLabel.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"The review clock", None))
#endif // QT_CONFIG(accessibility)
        self.toldLabel.setText("")
#if QT_CONFIG(accessibility)
        self.toldLabel.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"What the child was told", None))
#endif // QT_CONFIG(accessibility)
        self.informButton.setText(QCoreApplication.translate("ReviewDialog", u"Child &told on waking (record it now)", None))
#if QT_CONFIG(accessibility)
        self.informButton.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Record that the child was told on waking", None))
#endif // QT_CONFIG(accessibility)
        self.atTimeLabel.setText(QCoreApplication.translate("ReviewDialog", u"When (UK ti&me)", None))
#if QT_CONFIG(accessibility)
        self.atTime.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"When the review was done", None))
#endif // QT_CONFIG(accessibility)
        self.modeComboLabel.setText(QCoreApplication.translate("ReviewDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.modeCombo.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"How the review was done", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"Reason &not in person", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Reason the review was not in person", None))
#endif // QT_CONFIG(accessibility)
        self.asleepCheck.setText(QCoreApplication.translate("ReviewDialog", u"The child was asl&eep (they are told on waking)", None))
#if QT_CONFIG(accessibility)
        self.asleepCheck.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"The child was asleep", None))
#endif // QT_CONFIG(accessibility)
        self.childEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"What the &child said", None))
#if QT_CONFIG(accessibility)
        self.childEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Representations of the child", None))
#endif // QT_CONFIG(accessibility)
        self.aaEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"What the &appropriate adult said", None))
#if QT_CONFIG(accessibility)
        self.aaEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Representations of the appropriate adult", None))
#endif // QT_CONFIG(accessibility)
        self.solicitorEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"What the sol&icitor said", None))
#if QT_CONFIG(accessibility)
        self.solicitorEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Representations of the solicitor", None))
#endif // QT_CONFIG(accessibility)
        self.independentCheck.setText(QCoreApplication.translate("ReviewDialog", u"I have not been &directly involved in the investigation (PACE s40(1)(b))", None))
#if QT_CONFIG(accessibility)
        self.independentCheck.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Reviewer not involved in the investigation", None))
#endif // QT_CONFIG(accessibility)
        self.bailCheck.setText(QCoreApplication.translate("ReviewDialog", u"&Bail considered (could the child go home now?)", None))
#if QT_CONFIG(accessibility)
        self.bailCheck.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Bail considered", None))
#endif // QT_CONFIG(accessibility)
        self.welfareCheck.setText(QCoreApplication.translate("ReviewDialog", u"&Welfare considered (rest, food, health, the AA)", None))
#if QT_CONFIG(accessibility)
        self.welfareCheck.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Welfare considered", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeComboLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Outcome of the review", None))
#endif // QT_CONFIG(accessibility)
        self.noteEditLabel.setText(QCoreApplication.translate("ReviewDialog", u"Note (o&ptional)", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.nextLabel.setText("")
#if QT_CONFIG(accessibility)
        self.nextLabel.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"When the next review will be due", None))
#endif // QT_CONFIG(accessibility)
        self.lawLabel.setText("")
#if QT_CONFIG(accessibility)
        self.lawLabel.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"The rules in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Why the review was not saved", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("ReviewDialog", u"Save or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

