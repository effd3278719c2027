# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_child.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BookingChildPage(object):
    def setupUi(self, BookingChildPage):
        if not BookingChildPage.objectName():
            BookingChildPage.setObjectName(u"BookingChildPage")
        BookingChildPage.resize(800, 480)
        self.layout = QVBoxLayout(BookingChildPage)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(BookingChildPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.surnameEditLabel = QLabel(BookingChildPage)
        self.surnameEditLabel.setObjectName(u"surnameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surnameEditLabel)

        self.surnameEdit = QLineEdit(BookingChildPage)
        self.surnameEdit.setObjectName(u"surnameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surnameEdit)

        self.forenamesEditLabel = QLabel(BookingChildPage)
        self.forenamesEditLabel.setObjectName(u"forenamesEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.forenamesEditLabel)

        self.forenamesEdit = QLineEdit(BookingChildPage)
        self.forenamesEdit.setObjectName(u"forenamesEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.forenamesEdit)

        self.dobEditLabel = QLabel(BookingChildPage)
        self.dobEditLabel.setObjectName(u"dobEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dobEditLabel)

        self.dobEdit = QLineEdit(BookingChildPage)
        self.dobEdit.setObjectName(u"dobEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dobEdit)

        self.ageInDoubtCheck = QCheckBox(BookingChildPage)
        self.ageInDoubtCheck.setObjectName(u"ageInDoubtCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ageInDoubtCheck)

        self.lookedAfterCheck = QCheckBox(BookingChildPage)
        self.lookedAfterCheck.setObjectName(u"lookedAfterCheck")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.lookedAfterCheck)

        self.localAuthorityEditLabel = QLabel(BookingChildPage)
        self.localAuthorityEditLabel.setObjectName(u"localAuthorityEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.localAuthorityEditLabel)

        self.localAuthorityEdit = QLineEdit(BookingChildPage)
        self.localAuthorityEdit.setObjectName(u"localAuthorityEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.localAuthorityEdit)

        self.sexComboLabel = QLabel(BookingChildPage)
        self.sexComboLabel.setObjectName(u"sexComboLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sexComboLabel)

        self.sexCombo = QComboBox(BookingChildPage)
        self.sexCombo.setObjectName(u"sexCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.responsibleEditLabel = QLabel(BookingChildPage)
        self.responsibleEditLabel.setObjectName(u"responsibleEditLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.responsibleEditLabel)

        self.responsibleEdit = QLineEdit(BookingChildPage)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.responsibleEdit)


        self.layout.addLayout(self.form)

        self.ageLabel = QLabel(BookingChildPage)
        self.ageLabel.setObjectName(u"ageLabel")
        self.ageLabel.setWordWrap(True)

        self.layout.addWidget(self.ageLabel)

        self.spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.surnameEditLabel.setBuddy(self.surnameEdit)
        self.forenamesEditLabel.setBuddy(self.forenamesEdit)
        self.dobEditLabel.setBuddy(self.dobEdit)
        self.localAuthorityEditLabel.setBuddy(self.localAuthorityEdit)
        self.sexComboLabel.setBuddy(self.sexCombo)
        self.responsibleEditLabel.setBuddy(self.responsibleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.surnameEdit, self.forenamesEdit)
        QWidget.setTabOrder(self.forenamesEdit, self.dobEdit)
        QWidget.setTabOrder(self.dobEdit, self.ageInDoubtCheck)
        QWidget.setTabOrder(self.ageInDoubtCheck, self.lookedAfterCheck)
        QWidget.setTabOrder(self.lookedAfterCheck, self.localAuthorityEdit)
        QWidget.setTabOrder(self.localAuthorityEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.responsibleEdit)

        self.retranslateUi(BookingChildPage)

        QMetaObject.connectSlotsByName(BookingChildPage)
    # setupUi

    def retranslateUi(self, BookingChildPage):
        self.introLabel.setText(QCoreApplication.translate("BookingChildPage", u"Who is the child? The date of birth gives the age; a person whose age is in doubt is treated as a child (Code C 1.5).", None))
        self.surnameEditLabel.setText(QCoreApplication.translate("BookingChildPage", u"&Surname", None))
#if QT_CONFIG(accessibility)
        self.surnameEdit.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Surname", None))
#endif // QT_CONFIG(accessibility)
        self.forenamesEditLabel.setText(QCoreApplication.translate("BookingChildPage", u"&Forenames", None))
#if QT_CONFIG(accessibility)
        self.forenamesEdit.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Forenames", None))
#endif // QT_CONFIG(accessibility)
        self.dobEditLabel.setText(QCoreApplication.translate("BookingChildPage", u"&Date of birth (DD/MM/YYYY)", None))
#if QT_CONFIG(accessibility)
        self.dobEdit.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dobEdit.setPlaceholderText(QCoreApplication.translate("BookingChildPage", u"DD/MM/YYYY", None))
        self.ageInDoubtCheck.setText(QCoreApplication.translate("BookingChildPage", u"&Age in doubt (treat as a child)", None))
#if QT_CONFIG(accessibility)
        self.ageInDoubtCheck.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Age in doubt", None))
#endif // QT_CONFIG(accessibility)
        self.lookedAfterCheck.setText(QCoreApplication.translate("BookingChildPage", u"&Looked after (in local authority care)", None))
#if QT_CONFIG(accessibility)
        self.lookedAfterCheck.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Looked after", None))
#endif // QT_CONFIG(accessibility)
        self.localAuthorityEditLabel.setText(QCoreApplication.translate("BookingChildPage", u"Local a&uthority", None))
#if QT_CONFIG(accessibility)
        self.localAuthorityEdit.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Local authority", None))
#endif // QT_CONFIG(accessibility)
        self.sexComboLabel.setText(QCoreApplication.translate("BookingChildPage", u"Se&x", None))
#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Sex", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.sexCombo.setToolTip(QCoreApplication.translate("BookingChildPage", u"Decides who the child is placed in the care of (Code C 3.20A) and who may strip search them.", None))
#endif // QT_CONFIG(tooltip)
        self.responsibleEditLabel.setText(QCoreApplication.translate("BookingChildPage", u"&Responsible officer (court order)", None))
#if QT_CONFIG(accessibility)
        self.responsibleEdit.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Responsible officer under a court order", None))
#endif // QT_CONFIG(accessibility)
        self.responsibleEdit.setPlaceholderText(QCoreApplication.translate("BookingChildPage", u"the person or service supervising the child under a court order (usually the youth offending team); empty: none known", None))
        self.ageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.ageLabel.setAccessibleName(QCoreApplication.translate("BookingChildPage", u"Age check", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

