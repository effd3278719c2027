# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeView, QTreeWidget, QVBoxLayout, QWidget)

class Ui_RecordView(object):
    def setupUi(self, RecordView):
        if not RecordView.objectName():
            RecordView.setObjectName(u"RecordView")
        RecordView.resize(1366, 700)
        self.layout = QVBoxLayout(RecordView)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.backButton = QPushButton(RecordView)
        self.backButton.setObjectName(u"backButton")

        self.top.addWidget(self.backButton)

        self.titles = QVBoxLayout()
        self.titles.setObjectName(u"titles")
        self.nameLabel = QLabel(RecordView)
        self.nameLabel.setObjectName(u"nameLabel")

        self.titles.addWidget(self.nameLabel)

        self.detailLabel = QLabel(RecordView)
        self.detailLabel.setObjectName(u"detailLabel")

        self.titles.addWidget(self.detailLabel)


        self.top.addLayout(self.titles)

        self.topSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)

        self.visitButton = QPushButton(RecordView)
        self.visitButton.setObjectName(u"visitButton")

        self.top.addWidget(self.visitButton)

        self.entryButton = QPushButton(RecordView)
        self.entryButton.setObjectName(u"entryButton")

        self.top.addWidget(self.entryButton)

        self.correctButton = QPushButton(RecordView)
        self.correctButton.setObjectName(u"correctButton")

        self.top.addWidget(self.correctButton)


        self.layout.addLayout(self.top)

        self.splitter = QSplitter(RecordView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.leftPane = QWidget(self.splitter)
        self.leftPane.setObjectName(u"leftPane")
        self.leftLayout = QVBoxLayout(self.leftPane)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.checklistTitle = QLabel(self.leftPane)
        self.checklistTitle.setObjectName(u"checklistTitle")

        self.leftLayout.addWidget(self.checklistTitle)

        self.checklistTree = QTreeView(self.leftPane)
        self.checklistTree.setObjectName(u"checklistTree")
        self.checklistTree.setUniformRowHeights(True)
        self.checklistTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.leftLayout.addWidget(self.checklistTree)

        self.splitter.addWidget(self.leftPane)
        self.rightPane = QWidget(self.splitter)
        self.rightPane.setObjectName(u"rightPane")
        self.rightLayout = QVBoxLayout(self.rightPane)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.clocksGroup = QGroupBox(self.rightPane)
        self.clocksGroup.setObjectName(u"clocksGroup")
        self.clocksForm = QFormLayout(self.clocksGroup)
        self.clocksForm.setObjectName(u"clocksForm")
        self.relevantLabelCaption = QLabel(self.clocksGroup)
        self.relevantLabelCaption.setObjectName(u"relevantLabelCaption")

        self.clocksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.relevantLabelCaption)

        self.relevantLabel = QLabel(self.clocksGroup)
        self.relevantLabel.setObjectName(u"relevantLabel")
        self.relevantLabel.setWordWrap(True)
        self.relevantLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.relevantLabel)

        self.limitLabelCaption = QLabel(self.clocksGroup)
        self.limitLabelCaption.setObjectName(u"limitLabelCaption")

        self.clocksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.limitLabelCaption)

        self.limitLabel = QLabel(self.clocksGroup)
        self.limitLabel.setObjectName(u"limitLabel")
        self.limitLabel.setWordWrap(True)
        self.limitLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.limitLabel)

        self.reviewLabelCaption = QLabel(self.clocksGroup)
        self.reviewLabelCaption.setObjectName(u"reviewLabelCaption")

        self.clocksForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewLabelCaption)

        self.reviewLabel = QLabel(self.clocksGroup)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)
        self.reviewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewLabel)

        self.levelLabelCaption = QLabel(self.clocksGroup)
        self.levelLabelCaption.setObjectName(u"levelLabelCaption")

        self.clocksForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabelCaption)

        self.levelLabel = QLabel(self.clocksGroup)
        self.levelLabel.setObjectName(u"levelLabel")
        self.levelLabel.setWordWrap(True)
        self.levelLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelLabel)

        self.dueLabelCaption = QLabel(self.clocksGroup)
        self.dueLabelCaption.setObjectName(u"dueLabelCaption")

        self.clocksForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueLabelCaption)

        self.dueLabel = QLabel(self.clocksGroup)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setWordWrap(True)
        self.dueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueLabel)

        self.findingsLabelCaption = QLabel(self.clocksGroup)
        self.findingsLabelCaption.setObjectName(u"findingsLabelCaption")

        self.clocksForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.findingsLabelCaption)

        self.findingsLabel = QLabel(self.clocksGroup)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)
        self.findingsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.clocksForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.findingsLabel)


        self.rightLayout.addWidget(self.clocksGroup)

        self.timelineTitle = QLabel(self.rightPane)
        self.timelineTitle.setObjectName(u"timelineTitle")

        self.rightLayout.addWidget(self.timelineTitle)

        self.timelineTree = QTreeWidget(self.rightPane)
        self.timelineTree.setObjectName(u"timelineTree")
        self.timelineTree.setAlternatingRowColors(True)
        self.timelineTree.setWordWrap(True)

        self.rightLayout.addWidget(self.timelineTree)

        self.splitter.addWidget(self.rightPane)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.checklistTitle.setBuddy(self.checklistTree)
        self.timelineTitle.setBuddy(self.timelineTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checklistTree, self.timelineTree)
        QWidget.setTabOrder(self.timelineTree, self.visitButton)
        QWidget.setTabOrder(self.visitButton, self.entryButton)
        QWidget.setTabOrder(self.entryButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.backButton)

        self.retranslateUi(RecordView)

        QMetaObject.connectSlotsByName(RecordView)
    # setupUi

    def retranslateUi(self, RecordView):
#if QT_CONFIG(accessibility)
        RecordView.setAccessibleName(QCoreApplication.translate("RecordView", u"The child's record", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("RecordView", u"Board (Esc)", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("RecordView", u"Back to the board", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("RecordView", u"Child", None))
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Child", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText("")
#if QT_CONFIG(accessibility)
        self.detailLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Custody number, age and stage", None))
#endif // QT_CONFIG(accessibility)
        self.visitButton.setText(QCoreApplication.translate("RecordView", u"Visit (F5)", None))
#if QT_CONFIG(accessibility)
        self.visitButton.setAccessibleName(QCoreApplication.translate("RecordView", u"Record a visit", None))
#endif // QT_CONFIG(accessibility)
        self.entryButton.setText(QCoreApplication.translate("RecordView", u"New entry (Ctrl+E)", None))
#if QT_CONFIG(accessibility)
        self.entryButton.setAccessibleName(QCoreApplication.translate("RecordView", u"New entry of any kind", None))
#endif // QT_CONFIG(accessibility)
        self.correctButton.setText(QCoreApplication.translate("RecordView", u"Correct entry (Ctrl+K)", None))
#if QT_CONFIG(accessibility)
        self.correctButton.setAccessibleName(QCoreApplication.translate("RecordView", u"Correct the selected timeline entry", None))
#endif // QT_CONFIG(accessibility)
        self.checklistTitle.setText(QCoreApplication.translate("RecordView", u"&Checklist: Enter opens the form that completes an item", None))
#if QT_CONFIG(accessibility)
        self.checklistTree.setAccessibleName(QCoreApplication.translate("RecordView", u"Checklist by stage", None))
#endif // QT_CONFIG(accessibility)
        self.clocksGroup.setTitle(QCoreApplication.translate("RecordView", u"Clocks", None))
        self.relevantLabelCaption.setText(QCoreApplication.translate("RecordView", u"Relevant time", None))
        self.relevantLabel.setText(QCoreApplication.translate("RecordView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.relevantLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Relevant time", None))
#endif // QT_CONFIG(accessibility)
        self.limitLabelCaption.setText(QCoreApplication.translate("RecordView", u"Detention limit", None))
        self.limitLabel.setText(QCoreApplication.translate("RecordView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.limitLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Detention limit", None))
#endif // QT_CONFIG(accessibility)
        self.reviewLabelCaption.setText(QCoreApplication.translate("RecordView", u"Next review", None))
        self.reviewLabel.setText(QCoreApplication.translate("RecordView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.reviewLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Next review", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabelCaption.setText(QCoreApplication.translate("RecordView", u"Observation", None))
        self.levelLabel.setText(QCoreApplication.translate("RecordView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.levelLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Observation level in force", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabelCaption.setText(QCoreApplication.translate("RecordView", u"Due now", None))
        self.dueLabel.setText(QCoreApplication.translate("RecordView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.dueLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Due now", None))
#endif // QT_CONFIG(accessibility)
        self.findingsLabelCaption.setText(QCoreApplication.translate("RecordView", u"Findings", None))
        self.findingsLabel.setText(QCoreApplication.translate("RecordView", u"\u2014", None))
#if QT_CONFIG(accessibility)
        self.findingsLabel.setAccessibleName(QCoreApplication.translate("RecordView", u"Findings", None))
#endif // QT_CONFIG(accessibility)
        self.timelineTitle.setText(QCoreApplication.translate("RecordView", u"&Timeline: every entry, corrections beside what they correct", None))
        ___qtreewidgetitem = self.timelineTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RecordView", u"By", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RecordView", u"Entry", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RecordView", u"When", None))
#if QT_CONFIG(accessibility)
        self.timelineTree.setAccessibleName(QCoreApplication.translate("RecordView", u"Timeline of every entry", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

