# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accommodation_court.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from custody_app.gui.widgets.localtime import LocalTimeEdit

class Ui_AccommodationCourtPage(object):
    def setupUi(self, AccommodationCourtPage):
        if not AccommodationCourtPage.objectName():
            AccommodationCourtPage.setObjectName(u"AccommodationCourtPage")
        AccommodationCourtPage.resize(760, 560)
        self.courtPageLayout = QVBoxLayout(AccommodationCourtPage)
        self.courtPageLayout.setObjectName(u"courtPageLayout")
        self.courtLaw = QLabel(AccommodationCourtPage)
        self.courtLaw.setObjectName(u"courtLaw")
        self.courtLaw.setWordWrap(True)

        self.courtPageLayout.addWidget(self.courtLaw)

        self.courtStateLabel = QLabel(AccommodationCourtPage)
        self.courtStateLabel.setObjectName(u"courtStateLabel")
        self.courtStateLabel.setWordWrap(True)

        self.courtPageLayout.addWidget(self.courtStateLabel)

        self.courtForm = QFormLayout()
        self.courtForm.setObjectName(u"courtForm")
        self.courtEditLabel = QLabel(AccommodationCourtPage)
        self.courtEditLabel.setObjectName(u"courtEditLabel")

        self.courtForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courtEditLabel)

        self.courtEdit = QLineEdit(AccommodationCourtPage)
        self.courtEdit.setObjectName(u"courtEdit")

        self.courtForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courtEdit)

        self.sittingTimeLabel = QLabel(AccommodationCourtPage)
        self.sittingTimeLabel.setObjectName(u"sittingTimeLabel")

        self.courtForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sittingTimeLabel)

        self.sittingTime = LocalTimeEdit(AccommodationCourtPage)
        self.sittingTime.setObjectName(u"sittingTime")

        self.courtForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sittingTime)

        self.firstSittingCheck = QCheckBox(AccommodationCourtPage)
        self.firstSittingCheck.setObjectName(u"firstSittingCheck")

        self.courtForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstSittingCheck)


        self.courtPageLayout.addLayout(self.courtForm)

        self.courtButtonRow = QHBoxLayout()
        self.courtButtonRow.setObjectName(u"courtButtonRow")
        self.courtButton = QPushButton(AccommodationCourtPage)
        self.courtButton.setObjectName(u"courtButton")

        self.courtButtonRow.addWidget(self.courtButton)

        self.courtButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.courtButtonRow.addItem(self.courtButtonSpacer)


        self.courtPageLayout.addLayout(self.courtButtonRow)

        self.superviseLabel = QLabel(AccommodationCourtPage)
        self.superviseLabel.setObjectName(u"superviseLabel")
        self.superviseLabel.setWordWrap(True)

        self.courtPageLayout.addWidget(self.superviseLabel)

        self.superviseForm = QFormLayout()
        self.superviseForm.setObjectName(u"superviseForm")
        self.certificateComboLabel = QLabel(AccommodationCourtPage)
        self.certificateComboLabel.setObjectName(u"certificateComboLabel")

        self.superviseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.certificateComboLabel)

        self.certificateCombo = QComboBox(AccommodationCourtPage)
        self.certificateCombo.setObjectName(u"certificateCombo")

        self.superviseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.certificateCombo)

        self.superviseNoteEditLabel = QLabel(AccommodationCourtPage)
        self.superviseNoteEditLabel.setObjectName(u"superviseNoteEditLabel")

        self.superviseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.superviseNoteEditLabel)

        self.superviseNoteEdit = QLineEdit(AccommodationCourtPage)
        self.superviseNoteEdit.setObjectName(u"superviseNoteEdit")

        self.superviseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.superviseNoteEdit)


        self.courtPageLayout.addLayout(self.superviseForm)

        self.superviseButtonRow = QHBoxLayout()
        self.superviseButtonRow.setObjectName(u"superviseButtonRow")
        self.superviseButton = QPushButton(AccommodationCourtPage)
        self.superviseButton.setObjectName(u"superviseButton")

        self.superviseButtonRow.addWidget(self.superviseButton)

        self.superviseButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.superviseButtonRow.addItem(self.superviseButtonSpacer)


        self.courtPageLayout.addLayout(self.superviseButtonRow)

        self.producedLabel = QLabel(AccommodationCourtPage)
        self.producedLabel.setObjectName(u"producedLabel")
        self.producedLabel.setWordWrap(True)

        self.courtPageLayout.addWidget(self.producedLabel)

        self.producedForm = QFormLayout()
        self.producedForm.setObjectName(u"producedForm")
        self.producedCourtEditLabel = QLabel(AccommodationCourtPage)
        self.producedCourtEditLabel.setObjectName(u"producedCourtEditLabel")

        self.producedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.producedCourtEditLabel)

        self.producedCourtEdit = QLineEdit(AccommodationCourtPage)
        self.producedCourtEdit.setObjectName(u"producedCourtEdit")

        self.producedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.producedCourtEdit)

        self.receivedByEditLabel = QLabel(AccommodationCourtPage)
        self.receivedByEditLabel.setObjectName(u"receivedByEditLabel")

        self.producedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedByEditLabel)

        self.receivedByEdit = QLineEdit(AccommodationCourtPage)
        self.receivedByEdit.setObjectName(u"receivedByEdit")

        self.producedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)


        self.courtPageLayout.addLayout(self.producedForm)

        self.producedButtonRow = QHBoxLayout()
        self.producedButtonRow.setObjectName(u"producedButtonRow")
        self.producedButton = QPushButton(AccommodationCourtPage)
        self.producedButton.setObjectName(u"producedButton")

        self.producedButtonRow.addWidget(self.producedButton)

        self.producedButtonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.producedButtonRow.addItem(self.producedButtonSpacer)


        self.courtPageLayout.addLayout(self.producedButtonRow)

        self.courtPageSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.courtPageLayout.addItem(self.courtPageSpacer)

#if QT_CONFIG(shortcut)
        self.courtEditLabel.setBuddy(self.courtEdit)
        self.sittingTimeLabel.setBuddy(self.sittingTime)
        self.certificateComboLabel.setBuddy(self.certificateCombo)
        self.superviseNoteEditLabel.setBuddy(self.superviseNoteEdit)
        self.producedCourtEditLabel.setBuddy(self.producedCourtEdit)
        self.receivedByEditLabel.setBuddy(self.receivedByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.courtEdit, self.sittingTime)
        QWidget.setTabOrder(self.sittingTime, self.firstSittingCheck)
        QWidget.setTabOrder(self.firstSittingCheck, self.courtButton)
        QWidget.setTabOrder(self.courtButton, self.certificateCombo)
        QWidget.setTabOrder(self.certificateCombo, self.superviseNoteEdit)
        QWidget.setTabOrder(self.superviseNoteEdit, self.superviseButton)
        QWidget.setTabOrder(self.superviseButton, self.producedCourtEdit)
        QWidget.setTabOrder(self.producedCourtEdit, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.producedButton)

        self.retranslateUi(AccommodationCourtPage)

        QMetaObject.connectSlotsByName(AccommodationCourtPage)
    # setupUi

    def retranslateUi(self, AccommodationCourtPage):
        self.courtLaw.setText(QCoreApplication.translate("AccommodationCourtPage", u"PACE s46: a child charged and kept in police detention is brought before the court at its first sitting after charge. Record the court and the sitting: the certificate goes to that court (s38(7)), and \u2018court imminent\u2019 counts only with a sitting recorded here within the policy window. An inspector or above monitors and supervises the case of a child kept under a certificate (Code C 16.7).", None))
#if QT_CONFIG(accessibility)
        self.courtLaw.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"The rule in plain words", None))
#endif // QT_CONFIG(accessibility)
        self.courtStateLabel.setText("")
#if QT_CONFIG(accessibility)
        self.courtStateLabel.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"The court and sitting recorded", None))
#endif // QT_CONFIG(accessibility)
        self.courtEditLabel.setText(QCoreApplication.translate("AccommodationCourtPage", u"Co&urt", None))
#if QT_CONFIG(accessibility)
        self.courtEdit.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Court", None))
#endif // QT_CONFIG(accessibility)
        self.courtEdit.setPlaceholderText(QCoreApplication.translate("AccommodationCourtPage", u"e.g. Leamington Spa Youth Court", None))
        self.sittingTimeLabel.setText(QCoreApplication.translate("AccommodationCourtPage", u"&Sitting at (UK time)", None))
#if QT_CONFIG(accessibility)
        self.sittingTime.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Time of the sitting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstSittingCheck.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"The first sitting after charge", None))
#endif // QT_CONFIG(accessibility)
        self.firstSittingCheck.setText(QCoreApplication.translate("AccommodationCourtPage", u"The &first sitting after charge (untick only if it is not)", None))
        self.courtButton.setText(QCoreApplication.translate("AccommodationCourtPage", u"Record the court and sitt&ing", None))
#if QT_CONFIG(accessibility)
        self.courtButton.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Record the court and sitting", None))
#endif // QT_CONFIG(accessibility)
        self.superviseLabel.setText("")
#if QT_CONFIG(accessibility)
        self.superviseLabel.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"The inspector's supervision of the certificate", None))
#endif // QT_CONFIG(accessibility)
        self.certificateComboLabel.setText(QCoreApplication.translate("AccommodationCourtPage", u"Certificate su&pervised", None))
#if QT_CONFIG(accessibility)
        self.certificateCombo.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"The certificate supervised", None))
#endif // QT_CONFIG(accessibility)
        self.superviseNoteEditLabel.setText(QCoreApplication.translate("AccommodationCourtPage", u"Supervision n&ote", None))
#if QT_CONFIG(accessibility)
        self.superviseNoteEdit.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Supervision note", None))
#endif // QT_CONFIG(accessibility)
        self.superviseNoteEdit.setPlaceholderText(QCoreApplication.translate("AccommodationCourtPage", u"optional: what was reviewed, what was directed", None))
        self.superviseButton.setText(QCoreApplication.translate("AccommodationCourtPage", u"Record the inspector's supervision (Code C 16.&7)", None))
#if QT_CONFIG(accessibility)
        self.superviseButton.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Record the inspector's supervision", None))
#endif // QT_CONFIG(accessibility)
        self.producedLabel.setText("")
#if QT_CONFIG(accessibility)
        self.producedLabel.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"The certificate handed to the court", None))
#endif // QT_CONFIG(accessibility)
        self.producedCourtEditLabel.setText(QCoreApplication.translate("AccommodationCourtPage", u"Handed to the court (&j)", None))
#if QT_CONFIG(accessibility)
        self.producedCourtEdit.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Court the certificate was handed to", None))
#endif // QT_CONFIG(accessibility)
        self.receivedByEditLabel.setText(QCoreApplication.translate("AccommodationCourtPage", u"Received b&y", None))
#if QT_CONFIG(accessibility)
        self.receivedByEdit.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Received by", None))
#endif // QT_CONFIG(accessibility)
        self.receivedByEdit.setPlaceholderText(QCoreApplication.translate("AccommodationCourtPage", u"the court officer who received it (optional)", None))
        self.producedButton.setText(QCoreApplication.translate("AccommodationCourtPage", u"&Record the certificate handed to the court (s38(7))", None))
#if QT_CONFIG(accessibility)
        self.producedButton.setAccessibleName(QCoreApplication.translate("AccommodationCourtPage", u"Record the certificate handed to the court", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

