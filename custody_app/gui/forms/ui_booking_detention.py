# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_detention.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QFormLayout, QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from custody_app.gui.widgets.localtime import LocalTimeEdit

class Ui_BookingDetentionPage(object):
    def setupUi(self, BookingDetentionPage):
        if not BookingDetentionPage.objectName():
            BookingDetentionPage.setObjectName(u"BookingDetentionPage")
        BookingDetentionPage.resize(800, 480)
        self.layout = QVBoxLayout(BookingDetentionPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BookingDetentionPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.arrivalTimeLabel = QLabel(BookingDetentionPage)
        self.arrivalTimeLabel.setObjectName(u"arrivalTimeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.arrivalTimeLabel)

        self.arrivalTime = LocalTimeEdit(BookingDetentionPage)
        self.arrivalTime.setObjectName(u"arrivalTime")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.arrivalTime)

        self.authorisedTimeLabel = QLabel(BookingDetentionPage)
        self.authorisedTimeLabel.setObjectName(u"authorisedTimeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorisedTimeLabel)

        self.authorisedTime = LocalTimeEdit(BookingDetentionPage)
        self.authorisedTime.setObjectName(u"authorisedTime")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorisedTime)

        self.groundsEditLabel = QLabel(BookingDetentionPage)
        self.groundsEditLabel.setObjectName(u"groundsEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groundsEditLabel)

        self.groundsEdit = QPlainTextEdit(BookingDetentionPage)
        self.groundsEdit.setObjectName(u"groundsEdit")
        self.groundsEdit.setTabChangesFocus(True)
        self.groundsEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groundsEdit)


        self.layout.addLayout(self.form)

        self.summaryLabel = QLabel(BookingDetentionPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.layout.addWidget(self.summaryLabel)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.arrivalTimeLabel.setBuddy(self.arrivalTime)
        self.authorisedTimeLabel.setBuddy(self.authorisedTime)
        self.groundsEditLabel.setBuddy(self.groundsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.arrivalTime, self.authorisedTime)
        QWidget.setTabOrder(self.authorisedTime, self.groundsEdit)

        self.retranslateUi(BookingDetentionPage)

        QMetaObject.connectSlotsByName(BookingDetentionPage)
    # setupUi

    def retranslateUi(self, BookingDetentionPage):
        self.introLabel.setText(QCoreApplication.translate("BookingDetentionPage", u"Arrival at the station and the custody officer's decision to authorise detention (PACE s37). The review clock starts at the authorisation.", None))
        self.arrivalTimeLabel.setText(QCoreApplication.translate("BookingDetentionPage", u"Arrived at the &station", None))
#if QT_CONFIG(accessibility)
        self.arrivalTime.setAccessibleName(QCoreApplication.translate("BookingDetentionPage", u"Time of arrival at the station", None))
#endif // QT_CONFIG(accessibility)
        self.authorisedTimeLabel.setText(QCoreApplication.translate("BookingDetentionPage", u"Detention &authorised at", None))
#if QT_CONFIG(accessibility)
        self.authorisedTime.setAccessibleName(QCoreApplication.translate("BookingDetentionPage", u"Time detention was authorised", None))
#endif // QT_CONFIG(accessibility)
        self.groundsEditLabel.setText(QCoreApplication.translate("BookingDetentionPage", u"&Grounds", None))
#if QT_CONFIG(accessibility)
        self.groundsEdit.setAccessibleName(QCoreApplication.translate("BookingDetentionPage", u"Grounds for detention", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("BookingDetentionPage", u"Booking summary", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

