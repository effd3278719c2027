# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'board.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BoardView(object):
    def setupUi(self, BoardView):
        if not BoardView.objectName():
            BoardView.setObjectName(u"BoardView")
        BoardView.resize(1366, 700)
        self.layout = QVBoxLayout(BoardView)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.titleLabel = QLabel(BoardView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.top.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(BoardView)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.top.addWidget(self.summaryLabel)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.visitButton = QPushButton(BoardView)
        self.visitButton.setObjectName(u"visitButton")

        self.top.addWidget(self.visitButton)

        self.openButton = QPushButton(BoardView)
        self.openButton.setObjectName(u"openButton")

        self.top.addWidget(self.openButton)

        self.bookInButton = QPushButton(BoardView)
        self.bookInButton.setObjectName(u"bookInButton")

        self.top.addWidget(self.bookInButton)


        self.layout.addLayout(self.top)

        self.boardTable = QTableView(BoardView)
        self.boardTable.setObjectName(u"boardTable")
        self.boardTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.boardTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.boardTable.setAlternatingRowColors(True)
        self.boardTable.setWordWrap(True)
        self.boardTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.boardTable.setTabKeyNavigation(False)

        self.layout.addWidget(self.boardTable)

        self.legendLabel = QLabel(BoardView)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.layout.addWidget(self.legendLabel)

        QWidget.setTabOrder(self.boardTable, self.visitButton)
        QWidget.setTabOrder(self.visitButton, self.openButton)
        QWidget.setTabOrder(self.openButton, self.bookInButton)

        self.retranslateUi(BoardView)

        QMetaObject.connectSlotsByName(BoardView)
    # setupUi

    def retranslateUi(self, BoardView):
#if QT_CONFIG(accessibility)
        BoardView.setAccessibleName(QCoreApplication.translate("BoardView", u"Suite board", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("BoardView", u"Children in custody now", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("BoardView", u"Board summary", None))
#endif // QT_CONFIG(accessibility)
        self.visitButton.setText(QCoreApplication.translate("BoardView", u"Visit (F5)", None))
#if QT_CONFIG(accessibility)
        self.visitButton.setAccessibleName(QCoreApplication.translate("BoardView", u"Record a visit to the selected child", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("BoardView", u"Open record (Enter)", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("BoardView", u"Open the selected child's record", None))
#endif // QT_CONFIG(accessibility)
        self.bookInButton.setText(QCoreApplication.translate("BoardView", u"Book in a child (Ctrl+N)", None))
#if QT_CONFIG(accessibility)
        self.bookInButton.setAccessibleName(QCoreApplication.translate("BoardView", u"Book in a child", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.boardTable.setAccessibleName(QCoreApplication.translate("BoardView", u"Children in custody, most urgent first", None))
#endif // QT_CONFIG(accessibility)
        self.legendLabel.setText("")
    # retranslateUi

