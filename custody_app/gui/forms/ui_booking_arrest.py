# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_arrest.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from custody_app.gui.widgets.localtime import LocalTimeEdit

class Ui_BookingArrestPage(object):
    def setupUi(self, BookingArrestPage):
        if not BookingArrestPage.objectName():
            BookingArrestPage.setObjectName(u"BookingArrestPage")
        BookingArrestPage.resize(800, 480)
        self.layout = QVBoxLayout(BookingArrestPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BookingArrestPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.arrestTimeLabel = QLabel(BookingArrestPage)
        self.arrestTimeLabel.setObjectName(u"arrestTimeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrestTimeLabel)

        self.arrestTime = LocalTimeEdit(BookingArrestPage)
        self.arrestTime.setObjectName(u"arrestTime")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrestTime)

        self.reasonComboLabel = QLabel(BookingArrestPage)
        self.reasonComboLabel.setObjectName(u"reasonComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonComboLabel)

        self.reasonCombo = QComboBox(BookingArrestPage)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonCombo)

        self.offencesEditLabel = QLabel(BookingArrestPage)
        self.offencesEditLabel.setObjectName(u"offencesEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.offencesEditLabel)

        self.offencesEdit = QPlainTextEdit(BookingArrestPage)
        self.offencesEdit.setObjectName(u"offencesEdit")
        self.offencesEdit.setTabChangesFocus(True)
        self.offencesEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.offencesEdit)

        self.offenceCodesLabel = QLabel(BookingArrestPage)
        self.offenceCodesLabel.setObjectName(u"offenceCodesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.offenceCodesLabel)

        self.offenceCodesList = QListWidget(BookingArrestPage)
        self.offenceCodesList.setObjectName(u"offenceCodesList")
        self.offenceCodesList.setMaximumSize(QSize(16777215, 120))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.offenceCodesList)

        self.outsideCheck = QCheckBox(BookingArrestPage)
        self.outsideCheck.setObjectName(u"outsideCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.outsideCheck)

        self.forceCheck = QCheckBox(BookingArrestPage)
        self.forceCheck.setObjectName(u"forceCheck")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.forceCheck)

        self.officerEditLabel = QLabel(BookingArrestPage)
        self.officerEditLabel.setObjectName(u"officerEditLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.officerEditLabel)

        self.officerEdit = QLineEdit(BookingArrestPage)
        self.officerEdit.setObjectName(u"officerEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.officerEdit)


        self.layout.addLayout(self.form)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.arrestTimeLabel.setBuddy(self.arrestTime)
        self.reasonComboLabel.setBuddy(self.reasonCombo)
        self.offencesEditLabel.setBuddy(self.offencesEdit)
        self.offenceCodesLabel.setBuddy(self.offenceCodesList)
        self.officerEditLabel.setBuddy(self.officerEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.arrestTime, self.reasonCombo)
        QWidget.setTabOrder(self.reasonCombo, self.offencesEdit)
        QWidget.setTabOrder(self.offencesEdit, self.offenceCodesList)
        QWidget.setTabOrder(self.offenceCodesList, self.outsideCheck)
        QWidget.setTabOrder(self.outsideCheck, self.forceCheck)
        QWidget.setTabOrder(self.forceCheck, self.officerEdit)

        self.retranslateUi(BookingArrestPage)

        QMetaObject.connectSlotsByName(BookingArrestPage)
    # setupUi

    def retranslateUi(self, BookingArrestPage):
        self.introLabel.setText(QCoreApplication.translate("BookingArrestPage", u"The arrest. Times are UK local time (GMT or BST) as on the custody clock.", None))
        self.arrestTimeLabel.setText(QCoreApplication.translate("BookingArrestPage", u"Arrested &at", None))
#if QT_CONFIG(accessibility)
        self.arrestTime.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Time of arrest", None))
#endif // QT_CONFIG(accessibility)
        self.reasonComboLabel.setText(QCoreApplication.translate("BookingArrestPage", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonCombo.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Reason for arrest", None))
#endif // QT_CONFIG(accessibility)
        self.offencesEditLabel.setText(QCoreApplication.translate("BookingArrestPage", u"&Offences (one a line)", None))
#if QT_CONFIG(accessibility)
        self.offencesEdit.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Offences, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.offenceCodesLabel.setText(QCoreApplication.translate("BookingArrestPage", u"Offence &table (Space ticks)", None))
#if QT_CONFIG(accessibility)
        self.offenceCodesList.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Offences from the offence table", None))
#endif // QT_CONFIG(accessibility)
        self.outsideCheck.setText(QCoreApplication.translate("BookingArrestPage", u"Arrested o&utside the force area (not questioned there)", None))
#if QT_CONFIG(accessibility)
        self.outsideCheck.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Arrested outside the force area", None))
#endif // QT_CONFIG(accessibility)
        self.forceCheck.setText(QCoreApplication.translate("BookingArrestPage", u"&Force used at arrest", None))
#if QT_CONFIG(accessibility)
        self.forceCheck.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Force used at arrest", None))
#endif // QT_CONFIG(accessibility)
        self.officerEditLabel.setText(QCoreApplication.translate("BookingArrestPage", u"Arresting offi&cer", None))
#if QT_CONFIG(accessibility)
        self.officerEdit.setAccessibleName(QCoreApplication.translate("BookingArrestPage", u"Arresting officer", None))
#endif // QT_CONFIG(accessibility)
        self.officerEdit.setPlaceholderText(QCoreApplication.translate("BookingArrestPage", u"e.g. PC 4411", None))
        pass
    # retranslateUi

