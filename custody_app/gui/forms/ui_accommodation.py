# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accommodation.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

from custody_app.gui.widgets.localtime import LocalTimeEdit

class Ui_AccommodationWizard(object):
    def setupUi(self, AccommodationWizard):
        if not AccommodationWizard.objectName():
            AccommodationWizard.setObjectName(u"AccommodationWizard")
        AccommodationWizard.resize(1000, 690)
        self.layout = QVBoxLayout(AccommodationWizard)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(AccommodationWizard)
        self.titleLabel.setObjectName(u"titleLabel")

        self.layout.addWidget(self.titleLabel)

        self.stateLabel = QLabel(AccommodationWizard)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.layout.addWidget(self.stateLabel)

        self.timeForm = QFormLayout()
        self.timeForm.setObjectName(u"timeForm")
        self.atTimeLabel = QLabel(AccommodationWizard)
        self.atTimeLabel.setObjectName(u"atTimeLabel")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.atTimeLabel)

        self.atTime = LocalTimeEdit(AccommodationWizard)
        self.atTime.setObjectName(u"atTime")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.atTime)


        self.layout.addLayout(self.timeForm)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.stepList = QListWidget(AccommodationWizard)
        self.stepList.setObjectName(u"stepList")
        self.stepList.setMaximumSize(QSize(230, 16777215))

        self.body.addWidget(self.stepList)

        self.stack = QStackedWidget(AccommodationWizard)
        self.stack.setObjectName(u"stack")
        self.chargePage = QWidget()
        self.chargePage.setObjectName(u"chargePage")
        self.chargePageLayout = QVBoxLayout(self.chargePage)
        self.chargePageLayout.setObjectName(u"chargePageLayout")
        self.chargeLaw = QLabel(self.chargePage)
        self.chargeLaw.setObjectName(u"chargeLaw")
        self.chargeLaw.setWordWrap(True)

        self.chargePageLayout.addWidget(self.chargeLaw)

        self.chargeForm = QFormLayout()
        self.chargeForm.setObjectName(u"chargeForm")
        self.offencesEditLabel = QLabel(self.chargePage)
        self.offencesEditLabel.setObjectName(u"offencesEditLabel")

        self.chargeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offencesEditLabel)

        self.offencesEdit = QPlainTextEdit(self.chargePage)
        self.offencesEdit.setObjectName(u"offencesEdit")
        self.offencesEdit.setTabChangesFocus(True)
        self.offencesEdit.setMaximumSize(QSize(16777215, 80))

        self.chargeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offencesEdit)

        self.categoryComboLabel = QLabel(self.chargePage)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.chargeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(self.chargePage)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.chargeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.offenceCodesListLabel = QLabel(self.chargePage)
        self.offenceCodesListLabel.setObjectName(u"offenceCodesListLabel")

        self.chargeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offenceCodesListLabel)

        self.offenceCodesList = QListWidget(self.chargePage)
        self.offenceCodesList.setObjectName(u"offenceCodesList")

        self.chargeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offenceCodesList)


        self.chargePageLayout.addLayout(self.chargeForm)

        self.chargeButtonRow = QHBoxLayout()
        self.chargeButtonRow.setObjectName(u"chargeButtonRow")
        self.chargeButton = QPushButton(self.chargePage)
        self.chargeButton.setObjectName(u"chargeButton")

        self.chargeButtonRow.addWidget(self.chargeButton)

        self.chargeButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chargeButtonRow.addItem(self.chargeButtonSpacer)


        self.chargePageLayout.addLayout(self.chargeButtonRow)

        self.chargePageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.chargePageLayout.addItem(self.chargePageSpacer)

        self.stack.addWidget(self.chargePage)
        self.bailPage = QWidget()
        self.bailPage.setObjectName(u"bailPage")
        self.bailPageLayout = QVBoxLayout(self.bailPage)
        self.bailPageLayout.setObjectName(u"bailPageLayout")
        self.bailLaw = QLabel(self.bailPage)
        self.bailLaw.setObjectName(u"bailLaw")
        self.bailLaw.setWordWrap(True)

        self.bailPageLayout.addWidget(self.bailLaw)

        self.bailForm = QFormLayout()
        self.bailForm.setObjectName(u"bailForm")
        self.bailComboLabel = QLabel(self.bailPage)
        self.bailComboLabel.setObjectName(u"bailComboLabel")

        self.bailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bailComboLabel)

        self.bailCombo = QComboBox(self.bailPage)
        self.bailCombo.setObjectName(u"bailCombo")

        self.bailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bailCombo)

        self.groundsListLabel = QLabel(self.bailPage)
        self.groundsListLabel.setObjectName(u"groundsListLabel")

        self.bailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groundsListLabel)

        self.groundsList = QListWidget(self.bailPage)
        self.groundsList.setObjectName(u"groundsList")

        self.bailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.groundsList)

        self.bailOtherEditLabel = QLabel(self.bailPage)
        self.bailOtherEditLabel.setObjectName(u"bailOtherEditLabel")

        self.bailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bailOtherEditLabel)

        self.bailOtherEdit = QLineEdit(self.bailPage)
        self.bailOtherEdit.setObjectName(u"bailOtherEdit")

        self.bailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bailOtherEdit)


        self.bailPageLayout.addLayout(self.bailForm)

        self.bailButtonRow = QHBoxLayout()
        self.bailButtonRow.setObjectName(u"bailButtonRow")
        self.bailButton = QPushButton(self.bailPage)
        self.bailButton.setObjectName(u"bailButton")

        self.bailButtonRow.addWidget(self.bailButton)

        self.bailButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bailButtonRow.addItem(self.bailButtonSpacer)


        self.bailPageLayout.addLayout(self.bailButtonRow)

        self.bailPageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bailPageLayout.addItem(self.bailPageSpacer)

        self.stack.addWidget(self.bailPage)
        self.requestPage = QWidget()
        self.requestPage.setObjectName(u"requestPage")
        self.requestPageLayout = QVBoxLayout(self.requestPage)
        self.requestPageLayout.setObjectName(u"requestPageLayout")
        self.requestLaw = QLabel(self.requestPage)
        self.requestLaw.setObjectName(u"requestLaw")
        self.requestLaw.setWordWrap(True)

        self.requestPageLayout.addWidget(self.requestLaw)

        self.secureLabel = QLabel(self.requestPage)
        self.secureLabel.setObjectName(u"secureLabel")
        self.secureLabel.setWordWrap(True)

        self.requestPageLayout.addWidget(self.secureLabel)

        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.kindComboLabel = QLabel(self.requestPage)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(self.requestPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.authorityEditLabel = QLabel(self.requestPage)
        self.authorityEditLabel.setObjectName(u"authorityEditLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityEditLabel)

        self.authorityEdit = QLineEdit(self.requestPage)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.contactEditLabel = QLabel(self.requestPage)
        self.contactEditLabel.setObjectName(u"contactEditLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactEditLabel)

        self.contactEdit = QLineEdit(self.requestPage)
        self.contactEdit.setObjectName(u"contactEdit")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.harmReasonsEditLabel = QLabel(self.requestPage)
        self.harmReasonsEditLabel.setObjectName(u"harmReasonsEditLabel")

        self.requestForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.harmReasonsEditLabel)

        self.harmReasonsEdit = QPlainTextEdit(self.requestPage)
        self.harmReasonsEdit.setObjectName(u"harmReasonsEdit")
        self.harmReasonsEdit.setTabChangesFocus(True)

        self.requestForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.harmReasonsEdit)


        self.requestPageLayout.addLayout(self.requestForm)

        self.requestButtonRow = QHBoxLayout()
        self.requestButtonRow.setObjectName(u"requestButtonRow")
        self.requestButton = QPushButton(self.requestPage)
        self.requestButton.setObjectName(u"requestButton")

        self.requestButtonRow.addWidget(self.requestButton)

        self.requestButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestButtonRow.addItem(self.requestButtonSpacer)


        self.requestPageLayout.addLayout(self.requestButtonRow)

        self.requestPageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requestPageLayout.addItem(self.requestPageSpacer)

        self.stack.addWidget(self.requestPage)
        self.answerPage = QWidget()
        self.answerPage.setObjectName(u"answerPage")
        self.answerPageLayout = QVBoxLayout(self.answerPage)
        self.answerPageLayout.setObjectName(u"answerPageLayout")
        self.answerLaw = QLabel(self.answerPage)
        self.answerLaw.setObjectName(u"answerLaw")
        self.answerLaw.setWordWrap(True)

        self.answerPageLayout.addWidget(self.answerLaw)

        self.answerForm = QFormLayout()
        self.answerForm.setObjectName(u"answerForm")
        self.providedComboLabel = QLabel(self.answerPage)
        self.providedComboLabel.setObjectName(u"providedComboLabel")

        self.answerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.providedComboLabel)

        self.providedCombo = QComboBox(self.answerPage)
        self.providedCombo.setObjectName(u"providedCombo")

        self.answerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.providedCombo)

        self.answerReasonEditLabel = QLabel(self.answerPage)
        self.answerReasonEditLabel.setObjectName(u"answerReasonEditLabel")

        self.answerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.answerReasonEditLabel)

        self.answerReasonEdit = QLineEdit(self.answerPage)
        self.answerReasonEdit.setObjectName(u"answerReasonEdit")

        self.answerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.answerReasonEdit)


        self.answerPageLayout.addLayout(self.answerForm)

        self.answerButtonRow = QHBoxLayout()
        self.answerButtonRow.setObjectName(u"answerButtonRow")
        self.answerButton = QPushButton(self.answerPage)
        self.answerButton.setObjectName(u"answerButton")

        self.answerButtonRow.addWidget(self.answerButton)

        self.answerButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerButtonRow.addItem(self.answerButtonSpacer)


        self.answerPageLayout.addLayout(self.answerButtonRow)

        self.escalateLabel = QLabel(self.answerPage)
        self.escalateLabel.setObjectName(u"escalateLabel")
        self.escalateLabel.setWordWrap(True)

        self.answerPageLayout.addWidget(self.escalateLabel)

        self.escalateForm = QFormLayout()
        self.escalateForm.setObjectName(u"escalateForm")
        self.escalateComboLabel = QLabel(self.answerPage)
        self.escalateComboLabel.setObjectName(u"escalateComboLabel")

        self.escalateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.escalateComboLabel)

        self.escalateCombo = QComboBox(self.answerPage)
        self.escalateCombo.setObjectName(u"escalateCombo")

        self.escalateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.escalateCombo)

        self.escalateOutcomeEditLabel = QLabel(self.answerPage)
        self.escalateOutcomeEditLabel.setObjectName(u"escalateOutcomeEditLabel")

        self.escalateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.escalateOutcomeEditLabel)

        self.escalateOutcomeEdit = QLineEdit(self.answerPage)
        self.escalateOutcomeEdit.setObjectName(u"escalateOutcomeEdit")

        self.escalateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.escalateOutcomeEdit)


        self.answerPageLayout.addLayout(self.escalateForm)

        self.escalateButtonRow = QHBoxLayout()
        self.escalateButtonRow.setObjectName(u"escalateButtonRow")
        self.escalateButton = QPushButton(self.answerPage)
        self.escalateButton.setObjectName(u"escalateButton")

        self.escalateButtonRow.addWidget(self.escalateButton)

        self.escalateButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.escalateButtonRow.addItem(self.escalateButtonSpacer)


        self.answerPageLayout.addLayout(self.escalateButtonRow)

        self.answerPageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.answerPageLayout.addItem(self.answerPageSpacer)

        self.stack.addWidget(self.answerPage)
        self.certificatePage = QWidget()
        self.certificatePage.setObjectName(u"certificatePage")
        self.certificatePageLayout = QVBoxLayout(self.certificatePage)
        self.certificatePageLayout.setObjectName(u"certificatePageLayout")
        self.certificateLaw = QLabel(self.certificatePage)
        self.certificateLaw.setObjectName(u"certificateLaw")
        self.certificateLaw.setWordWrap(True)

        self.certificatePageLayout.addWidget(self.certificateLaw)

        self.certificateStateLabel = QLabel(self.certificatePage)
        self.certificateStateLabel.setObjectName(u"certificateStateLabel")
        self.certificateStateLabel.setWordWrap(True)

        self.certificatePageLayout.addWidget(self.certificateStateLabel)

        self.certificateForm = QFormLayout()
        self.certificateForm.setObjectName(u"certificateForm")
        self.groundComboLabel = QLabel(self.certificatePage)
        self.groundComboLabel.setObjectName(u"groundComboLabel")

        self.certificateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groundComboLabel)

        self.groundCombo = QComboBox(self.certificatePage)
        self.groundCombo.setObjectName(u"groundCombo")

        self.certificateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groundCombo)

        self.reasonsListLabel = QLabel(self.certificatePage)
        self.reasonsListLabel.setObjectName(u"reasonsListLabel")

        self.certificateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonsListLabel)

        self.reasonsList = QListWidget(self.certificatePage)
        self.reasonsList.setObjectName(u"reasonsList")

        self.certificateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonsList)

        self.circumstancesEditLabel = QLabel(self.certificatePage)
        self.circumstancesEditLabel.setObjectName(u"circumstancesEditLabel")

        self.certificateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.circumstancesEditLabel)

        self.circumstancesEdit = QPlainTextEdit(self.certificatePage)
        self.circumstancesEdit.setObjectName(u"circumstancesEdit")
        self.circumstancesEdit.setTabChangesFocus(True)
        self.circumstancesEdit.setMaximumSize(QSize(16777215, 80))

        self.certificateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.circumstancesEdit)

        self.requiredComboLabel = QLabel(self.certificatePage)
        self.requiredComboLabel.setObjectName(u"requiredComboLabel")

        self.certificateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requiredComboLabel)

        self.requiredCombo = QComboBox(self.certificatePage)
        self.requiredCombo.setObjectName(u"requiredCombo")

        self.certificateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requiredCombo)

        self.certOtherEditLabel = QLabel(self.certificatePage)
        self.certOtherEditLabel.setObjectName(u"certOtherEditLabel")

        self.certificateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.certOtherEditLabel)

        self.certOtherEdit = QLineEdit(self.certificatePage)
        self.certOtherEdit.setObjectName(u"certOtherEdit")

        self.certificateForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.certOtherEdit)

        self.certHarmEditLabel = QLabel(self.certificatePage)
        self.certHarmEditLabel.setObjectName(u"certHarmEditLabel")

        self.certificateForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.certHarmEditLabel)

        self.certHarmEdit = QPlainTextEdit(self.certificatePage)
        self.certHarmEdit.setObjectName(u"certHarmEdit")
        self.certHarmEdit.setTabChangesFocus(True)

        self.certificateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.certHarmEdit)

        self.officerNameEditLabel = QLabel(self.certificatePage)
        self.officerNameEditLabel.setObjectName(u"officerNameEditLabel")

        self.certificateForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officerNameEditLabel)

        self.officerNameEdit = QLineEdit(self.certificatePage)
        self.officerNameEdit.setObjectName(u"officerNameEdit")

        self.certificateForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerNameEdit)

        self.overrideCheck = QCheckBox(self.certificatePage)
        self.overrideCheck.setObjectName(u"overrideCheck")

        self.certificateForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.overrideCheck)

        self.overrideReasonEditLabel = QLabel(self.certificatePage)
        self.overrideReasonEditLabel.setObjectName(u"overrideReasonEditLabel")

        self.certificateForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.overrideReasonEditLabel)

        self.overrideReasonEdit = QLineEdit(self.certificatePage)
        self.overrideReasonEdit.setObjectName(u"overrideReasonEdit")

        self.certificateForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.overrideReasonEdit)


        self.certificatePageLayout.addLayout(self.certificateForm)

        self.certificateJudgeLabel = QLabel(self.certificatePage)
        self.certificateJudgeLabel.setObjectName(u"certificateJudgeLabel")
        self.certificateJudgeLabel.setWordWrap(True)

        self.certificatePageLayout.addWidget(self.certificateJudgeLabel)

        self.certificateButtonRow = QHBoxLayout()
        self.certificateButtonRow.setObjectName(u"certificateButtonRow")
        self.certificateButton = QPushButton(self.certificatePage)
        self.certificateButton.setObjectName(u"certificateButton")

        self.certificateButtonRow.addWidget(self.certificateButton)

        self.certificateButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.certificateButtonRow.addItem(self.certificateButtonSpacer)


        self.certificatePageLayout.addLayout(self.certificateButtonRow)

        self.certificatePageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.certificatePageLayout.addItem(self.certificatePageSpacer)

        self.stack.addWidget(self.certificatePage)
        self.movePage = QWidget()
        self.movePage.setObjectName(u"movePage")
        self.movePageLayout = QVBoxLayout(self.movePage)
        self.movePageLayout.setObjectName(u"movePageLayout")
        self.moveLaw = QLabel(self.movePage)
        self.moveLaw.setObjectName(u"moveLaw")
        self.moveLaw.setWordWrap(True)

        self.movePageLayout.addWidget(self.moveLaw)

        self.moveStateLabel = QLabel(self.movePage)
        self.moveStateLabel.setObjectName(u"moveStateLabel")
        self.moveStateLabel.setWordWrap(True)

        self.movePageLayout.addWidget(self.moveStateLabel)

        self.moveForm = QFormLayout()
        self.moveForm.setObjectName(u"moveForm")
        self.moveComboLabel = QLabel(self.movePage)
        self.moveComboLabel.setObjectName(u"moveComboLabel")

        self.moveForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.moveComboLabel)

        self.moveCombo = QComboBox(self.movePage)
        self.moveCombo.setObjectName(u"moveCombo")

        self.moveForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.moveCombo)


        self.movePageLayout.addLayout(self.moveForm)

        self.moveButtonRow = QHBoxLayout()
        self.moveButtonRow.setObjectName(u"moveButtonRow")
        self.moveButton = QPushButton(self.movePage)
        self.moveButton.setObjectName(u"moveButton")

        self.moveButtonRow.addWidget(self.moveButton)

        self.moveButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.moveButtonRow.addItem(self.moveButtonSpacer)


        self.movePageLayout.addLayout(self.moveButtonRow)

        self.movePageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.movePageLayout.addItem(self.movePageSpacer)

        self.stack.addWidget(self.movePage)

        self.body.addWidget(self.stack)


        self.layout.addLayout(self.body)

        self.errorLabel = QLabel(AccommodationWizard)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.layout.addWidget(self.errorLabel)

        self.nav = QHBoxLayout()
        self.nav.setObjectName(u"nav")
        self.backButton = QPushButton(AccommodationWizard)
        self.backButton.setObjectName(u"backButton")

        self.nav.addWidget(self.backButton)

        self.nextButton = QPushButton(AccommodationWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.nav.addWidget(self.nextButton)

        self.navSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.nav.addItem(self.navSpacer)

        self.closeButton = QPushButton(AccommodationWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.nav.addWidget(self.closeButton)


        self.layout.addLayout(self.nav)

#if QT_CONFIG(shortcut)
        self.atTimeLabel.setBuddy(self.atTime)
        self.offencesEditLabel.setBuddy(self.offencesEdit)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.offenceCodesListLabel.setBuddy(self.offenceCodesList)
        self.bailComboLabel.setBuddy(self.bailCombo)
        self.groundsListLabel.setBuddy(self.groundsList)
        self.bailOtherEditLabel.setBuddy(self.bailOtherEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.authorityEditLabel.setBuddy(self.authorityEdit)
        self.contactEditLabel.setBuddy(self.contactEdit)
        self.harmReasonsEditLabel.setBuddy(self.harmReasonsEdit)
        self.providedComboLabel.setBuddy(self.providedCombo)
        self.answerReasonEditLabel.setBuddy(self.answerReasonEdit)
        self.escalateComboLabel.setBuddy(self.escalateCombo)
        self.escalateOutcomeEditLabel.setBuddy(self.escalateOutcomeEdit)
        self.groundComboLabel.setBuddy(self.groundCombo)
        self.reasonsListLabel.setBuddy(self.reasonsList)
        self.circumstancesEditLabel.setBuddy(self.circumstancesEdit)
        self.requiredComboLabel.setBuddy(self.requiredCombo)
        self.certOtherEditLabel.setBuddy(self.certOtherEdit)
        self.certHarmEditLabel.setBuddy(self.certHarmEdit)
        self.officerNameEditLabel.setBuddy(self.officerNameEdit)
        self.overrideReasonEditLabel.setBuddy(self.overrideReasonEdit)
        self.moveComboLabel.setBuddy(self.moveCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.atTime, self.stepList)
        QWidget.setTabOrder(self.stepList, self.offencesEdit)
        QWidget.setTabOrder(self.offencesEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.offenceCodesList)
        QWidget.setTabOrder(self.offenceCodesList, self.chargeButton)
        QWidget.setTabOrder(self.chargeButton, self.bailCombo)
        QWidget.setTabOrder(self.bailCombo, self.groundsList)
        QWidget.setTabOrder(self.groundsList, self.bailOtherEdit)
        QWidget.setTabOrder(self.bailOtherEdit, self.bailButton)
        QWidget.setTabOrder(self.bailButton, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.authorityEdit)
        QWidget.setTabOrder(self.authorityEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.harmReasonsEdit)
        QWidget.setTabOrder(self.harmReasonsEdit, self.requestButton)
        QWidget.setTabOrder(self.requestButton, self.providedCombo)
        QWidget.setTabOrder(self.providedCombo, self.answerReasonEdit)
        QWidget.setTabOrder(self.answerReasonEdit, self.answerButton)
        QWidget.setTabOrder(self.answerButton, self.escalateCombo)
        QWidget.setTabOrder(self.escalateCombo, self.escalateOutcomeEdit)
        QWidget.setTabOrder(self.escalateOutcomeEdit, self.escalateButton)
        QWidget.setTabOrder(self.escalateButton, self.groundCombo)
        QWidget.setTabOrder(self.groundCombo, self.reasonsList)
        QWidget.setTabOrder(self.reasonsList, self.circumstancesEdit)
        QWidget.setTabOrder(self.circumstancesEdit, self.requiredCombo)
        QWidget.setTabOrder(self.requiredCombo, self.certOtherEdit)
        QWidget.setTabOrder(self.certOtherEdit, self.certHarmEdit)
        QWidget.setTabOrder(self.certHarmEdit, self.officerNameEdit)
        QWidget.setTabOrder(self.officerNameEdit, self.overrideCheck)
        QWidget.setTabOrder(self.overrideCheck, self.overrideReasonEdit)
        QWidget.setTabOrder(self.overrideReasonEdit, self.certificateButton)
        QWidget.setTabOrder(self.certificateButton, self.moveCombo)
        QWidget.setTabOrder(self.moveCombo, self.moveButton)
        QWidget.setTabOrder(self.moveButton, self.backButton)
        QWidget.setTabOrder(self.backButton, self.nextButton)
        QWidget.setTabOrder(self.nextButton, self.closeButton)

        self.retranslateUi(AccommodationWizard)

        QMetaObject.connectSlotsByName(AccommodationWizard)
    # setupUi

    def retranslateUi(self, AccommodationWizard):
        AccommodationWizard.setWindowTitle(QCoreApplication.translate("AccommodationWizard", u"Charge, bail and accommodation", None))
        self.titleLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Charge, bail and accommodation", None))
        self.stateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.stateLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Whether the s38(6) duty applies", None))
#endif // QT_CONFIG(accessibility)
        self.atTimeLabel.setText(QCoreApplication.translate("AccommodationWizard", u"W&hen (UK time)", None))
#if QT_CONFIG(accessibility)
        self.atTime.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"When it happened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stepList.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Steps", None))
#endif // QT_CONFIG(accessibility)
        self.chargeLaw.setText(QCoreApplication.translate("AccommodationWizard", u"Charge when there is enough evidence. Tick each offence from the offence table: the rules take the category from the table (its statutory list), and your category is kept as your label. If the child was arrested for breach of court bail, for breach of remand conditions or on a warrant and is not charged with a new offence, they go before the court: none of the next steps applies.", None))
#if QT_CONFIG(accessibility)
        self.chargeLaw.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.offencesEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Offences charged (one a line)", None))
#if QT_CONFIG(accessibility)
        self.offencesEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Offences charged, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.categoryComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Cate&gory", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Category of the offence", None))
#endif // QT_CONFIG(accessibility)
        self.offenceCodesListLabel.setText(QCoreApplication.translate("AccommodationWizard", u"O&ffences from the table (Space ticks)", None))
#if QT_CONFIG(accessibility)
        self.offenceCodesList.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Offences from the offence table", None))
#endif // QT_CONFIG(accessibility)
        self.chargeButton.setText(QCoreApplication.translate("AccommodationWizard", u"Record the &charge", None))
#if QT_CONFIG(accessibility)
        self.chargeButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Record the charge", None))
#endif // QT_CONFIG(accessibility)
        self.bailLaw.setText(QCoreApplication.translate("AccommodationWizard", u"After charge the child is bailed unless a ground in PACE s38(1) applies (each is shown with its citation). A child alone also has the ground \u2018in their own interests\u2019. A risk of serious harm to the public is not a bail ground: it is recorded, with its reasons, on a secure request. No decision recorded within the grace counts as bail refused.", None))
#if QT_CONFIG(accessibility)
        self.bailLaw.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.bailComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.bailCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Bail decision", None))
#endif // QT_CONFIG(accessibility)
        self.groundsListLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Grounds for refusing", None))
#if QT_CONFIG(accessibility)
        self.groundsList.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Grounds for refusing bail", None))
#endif // QT_CONFIG(accessibility)
        self.bailOtherEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Why 'other' (the reason behind it)", None))
#if QT_CONFIG(accessibility)
        self.bailOtherEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The reason behind the ground 'other'", None))
#endif // QT_CONFIG(accessibility)
        self.bailOtherEdit.setPlaceholderText(QCoreApplication.translate("AccommodationWizard", u"needed when 'other' is ticked: it is printed as not a ground listed in s38(1)", None))
        self.bailButton.setText(QCoreApplication.translate("AccommodationWizard", u"&Record the bail decision", None))
#if QT_CONFIG(accessibility)
        self.bailButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Record the bail decision", None))
#endif // QT_CONFIG(accessibility)
        self.requestLaw.setText(QCoreApplication.translate("AccommodationWizard", u"Bail refused: ask the local authority for accommodation. Non-secure by default, and the authority must accept the child. Secure only when all hold: 12 or over on the day of the request; charged with a violent or sexual offence (by the offence table; force policy); and you record on the request why other accommodation would not protect the public from death or serious personal injury from further such offences (s38(6)(b), (6A)).", None))
#if QT_CONFIG(accessibility)
        self.requestLaw.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.secureLabel.setText("")
#if QT_CONFIG(accessibility)
        self.secureLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Whether secure accommodation may be asked for", None))
#endif // QT_CONFIG(accessibility)
        self.kindComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Kind of accommodation asked for", None))
#endif // QT_CONFIG(accessibility)
        self.authorityEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Local &authority", None))
#if QT_CONFIG(accessibility)
        self.authorityEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Local authority asked", None))
#endif // QT_CONFIG(accessibility)
        self.contactEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Contac&t (name, phone)", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Contact at the local authority", None))
#endif // QT_CONFIG(accessibility)
        self.harmReasonsEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Serious-harm reasons (secure only)", None))
#if QT_CONFIG(accessibility)
        self.harmReasonsEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Why other accommodation would not protect the public from serious harm", None))
#endif // QT_CONFIG(accessibility)
        self.harmReasonsEdit.setPlaceholderText(QCoreApplication.translate("AccommodationWizard", u"For a secure request: why you believe other local authority accommodation would not protect the public from death or serious personal injury, physical or psychological, from further such offences by the child (s38(6A)). Expected offending, behaviour or the offence alone are not grounds.", None))
        self.requestButton.setText(QCoreApplication.translate("AccommodationWizard", u"Record the &request", None))
#if QT_CONFIG(accessibility)
        self.requestButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Record the request to the local authority", None))
#endif // QT_CONFIG(accessibility)
        self.answerLaw.setText(QCoreApplication.translate("AccommodationWizard", u"Record the authority\u2019s answer. If it cannot provide, escalate within the hour (duty inspector, superintendent, the authority\u2019s senior manager) and keep asking.", None))
#if QT_CONFIG(accessibility)
        self.answerLaw.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.providedComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"A&uthority's answer", None))
#if QT_CONFIG(accessibility)
        self.providedCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The local authority's answer", None))
#endif // QT_CONFIG(accessibility)
        self.answerReasonEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Reason given", None))
#if QT_CONFIG(accessibility)
        self.answerReasonEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Reason the authority gave", None))
#endif // QT_CONFIG(accessibility)
        self.answerButton.setText(QCoreApplication.translate("AccommodationWizard", u"Record the &answer", None))
#if QT_CONFIG(accessibility)
        self.answerButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Record the local authority's answer", None))
#endif // QT_CONFIG(accessibility)
        self.escalateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.escalateLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Whether escalation is needed", None))
#endif // QT_CONFIG(accessibility)
        self.escalateComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Escalated &to", None))
#if QT_CONFIG(accessibility)
        self.escalateCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Escalated to", None))
#endif // QT_CONFIG(accessibility)
        self.escalateOutcomeEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"What the&y said", None))
#if QT_CONFIG(accessibility)
        self.escalateOutcomeEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Outcome of the escalation", None))
#endif // QT_CONFIG(accessibility)
        self.escalateButton.setText(QCoreApplication.translate("AccommodationWizard", u"Record the &escalation", None))
#if QT_CONFIG(accessibility)
        self.escalateButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Record the escalation", None))
#endif // QT_CONFIG(accessibility)
        self.certificateLaw.setText(QCoreApplication.translate("AccommodationWizard", u"Only after asking and escalating: a certificate that the child stays in police detention, for the court (PACE s38(6), (7)). Ground (a) impracticable: the real circumstances only \u2014 transport or weather make the move impossible, or a court sitting recorded within hours (step 7) so close that moving would deprive the child of rest or make them miss court. Never the child\u2019s behaviour, the offence, the lack of a secure place or a risk of serious harm (Code C Note 16D). \u2018No local authority accommodation\u2019 needs the authority\u2019s answer that it could not provide. Ground (b): 12 or over, secure justified, a secure request answered \u2018not provided\u2019, with the serious-harm reasons.", None))
#if QT_CONFIG(accessibility)
        self.certificateLaw.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.certificateStateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.certificateStateLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Whether a certificate may be made", None))
#endif // QT_CONFIG(accessibility)
        self.groundComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Ground", None))
#if QT_CONFIG(accessibility)
        self.groundCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Ground of the certificate", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsListLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Reasons", None))
#if QT_CONFIG(accessibility)
        self.reasonsList.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Reasons for the certificate", None))
#endif // QT_CONFIG(accessibility)
        self.circumstancesEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"C&ircumstances", None))
#if QT_CONFIG(accessibility)
        self.circumstancesEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Circumstances, in the officer's words", None))
#endif // QT_CONFIG(accessibility)
        self.requiredComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Accommodation neede&d", None))
#if QT_CONFIG(accessibility)
        self.requiredCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Accommodation the child needed", None))
#endif // QT_CONFIG(accessibility)
        self.certOtherEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Why 'other'", None))
#if QT_CONFIG(accessibility)
        self.certOtherEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The circumstance behind the reason 'other'", None))
#endif // QT_CONFIG(accessibility)
        self.certOtherEdit.setPlaceholderText(QCoreApplication.translate("AccommodationWizard", u"needed when 'other' is ticked", None))
        self.certHarmEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Serious-harm reasons (ground b)", None))
#if QT_CONFIG(accessibility)
        self.certHarmEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Serious-harm reasons for ground (b)", None))
#endif // QT_CONFIG(accessibility)
        self.certHarmEdit.setPlaceholderText(QCoreApplication.translate("AccommodationWizard", u"For ground (b): why other local authority accommodation would not protect the public from serious harm from the child (as on the secure request)", None))
        self.officerNameEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"&Printed name of the custody officer", None))
#if QT_CONFIG(accessibility)
        self.officerNameEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Name of the custody officer certifying", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.overrideCheck.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Inspector's override", None))
#endif // QT_CONFIG(accessibility)
        self.overrideCheck.setText(QCoreApplication.translate("AccommodationWizard", u"Inspector's o&verride (the court is shown it)", None))
        self.overrideReasonEditLabel.setText(QCoreApplication.translate("AccommodationWizard", u"E&xplain the override", None))
#if QT_CONFIG(accessibility)
        self.overrideReasonEdit.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Reason for the override", None))
#endif // QT_CONFIG(accessibility)
        self.certificateJudgeLabel.setText("")
#if QT_CONFIG(accessibility)
        self.certificateJudgeLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"What the rules say of this certificate before it is made", None))
#endif // QT_CONFIG(accessibility)
        self.certificateButton.setText(QCoreApplication.translate("AccommodationWizard", u"Make the &certificate", None))
#if QT_CONFIG(accessibility)
        self.certificateButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Make the certificate", None))
#endif // QT_CONFIG(accessibility)
        self.moveLaw.setText(QCoreApplication.translate("AccommodationWizard", u"The move. The child leaves police detention when handed to the local authority: the custody clocks stop. If a certificate was made, the child goes to court with it.", None))
#if QT_CONFIG(accessibility)
        self.moveLaw.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.moveStateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.moveStateLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Where the accommodation stands", None))
#endif // QT_CONFIG(accessibility)
        self.moveComboLabel.setText(QCoreApplication.translate("AccommodationWizard", u"Moved &to", None))
#if QT_CONFIG(accessibility)
        self.moveCombo.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Where the child was moved to", None))
#endif // QT_CONFIG(accessibility)
        self.moveButton.setText(QCoreApplication.translate("AccommodationWizard", u"Record the &move", None))
#if QT_CONFIG(accessibility)
        self.moveButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Record the move", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Why it was not saved", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("AccommodationWizard", u"&Back", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Previous step", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("AccommodationWizard", u"&Next", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Next step", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("AccommodationWizard", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("AccommodationWizard", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

