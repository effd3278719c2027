# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1366, 768)
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.centralLayout = QVBoxLayout(self.central)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.header = QFrame(self.central)
        self.header.setObjectName(u"header")
        self.headerLayout = QHBoxLayout(self.header)
        self.headerLayout.setObjectName(u"headerLayout")
        self.suiteLabel = QLabel(self.header)
        self.suiteLabel.setObjectName(u"suiteLabel")

        self.headerLayout.addWidget(self.suiteLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.clockLabel = QLabel(self.header)
        self.clockLabel.setObjectName(u"clockLabel")

        self.headerLayout.addWidget(self.clockLabel)

        self.userLabel = QLabel(self.header)
        self.userLabel.setObjectName(u"userLabel")

        self.headerLayout.addWidget(self.userLabel)

        self.helpButton = QPushButton(self.header)
        self.helpButton.setObjectName(u"helpButton")

        self.headerLayout.addWidget(self.helpButton)

        self.settingsButton = QPushButton(self.header)
        self.settingsButton.setObjectName(u"settingsButton")

        self.headerLayout.addWidget(self.settingsButton)

        self.lockButton = QPushButton(self.header)
        self.lockButton.setObjectName(u"lockButton")

        self.headerLayout.addWidget(self.lockButton)


        self.centralLayout.addWidget(self.header)

        self.stack = QStackedWidget(self.central)
        self.stack.setObjectName(u"stack")

        self.centralLayout.addWidget(self.stack)

        MainWindow.setCentralWidget(self.central)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Custody desk", None))
        self.suiteLabel.setText(QCoreApplication.translate("MainWindow", u"Custody suite", None))
        self.clockLabel.setText(QCoreApplication.translate("MainWindow", u"--:--", None))
#if QT_CONFIG(accessibility)
        self.clockLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Time now", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("MainWindow", u"Not signed in", None))
#if QT_CONFIG(accessibility)
        self.userLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Signed-in user", None))
#endif // QT_CONFIG(accessibility)
        self.helpButton.setText(QCoreApplication.translate("MainWindow", u"Shortcuts (F1)", None))
#if QT_CONFIG(accessibility)
        self.helpButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Keyboard shortcuts", None))
#endif // QT_CONFIG(accessibility)
        self.settingsButton.setText(QCoreApplication.translate("MainWindow", u"Settings", None))
#if QT_CONFIG(accessibility)
        self.settingsButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.lockButton.setText(QCoreApplication.translate("MainWindow", u"Lock (Ctrl+L)", None))
#if QT_CONFIG(accessibility)
        self.lockButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Lock the desk", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stack.setAccessibleName(QCoreApplication.translate("MainWindow", u"Screens", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

