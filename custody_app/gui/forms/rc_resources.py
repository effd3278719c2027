# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.11.3
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0b\xaa\
/\
* The desk: calm\
, high contrast,\
 readable at 136\
6x768. Red and a\
mber always carr\
y words too. */\x0a\
QWidget { font-f\
amily: \x22DejaVu S\
ans\x22; font-size:\
 10.5pt; color: \
#1b1f24; }\x0aQMain\
Window, QDialog,\
 QWizard { backg\
round: #f4f5f7; \
}\x0aQFrame#header \
{ background: #1\
f3a5f; }\x0aQFrame#\
header QLabel { \
color: #ffffff; \
font-size: 11pt;\
 }\x0aQFrame#header\
 QLabel#suiteLab\
el { font-weight\
: bold; font-siz\
e: 12pt; }\x0aQFram\
e#header QPushBu\
tton { backgroun\
d: #2d5080; colo\
r: #ffffff; bord\
er: 1px solid #5\
b7db0; padding: \
4px 10px; border\
-radius: 3px; }\x0a\
QFrame#header QP\
ushButton:hover \
{ background: #3\
a6399; }\x0aQFrame#\
card { backgroun\
d: #ffffff; bord\
er: 1px solid #c\
9ced6; border-ra\
dius: 6px; }\x0aQLa\
bel#titleLabel {\
 font-size: 15pt\
; font-weight: b\
old; color: #1f3\
a5f; }\x0aQLabel#na\
meLabel { font-s\
ize: 15pt; font-\
weight: bold; co\
lor: #1f3a5f; }\x0a\
QLabel#detailLab\
el, QLabel#summa\
ryLabel, QLabel#\
suiteLabel { col\
or: #3d4651; }\x0aQ\
Label#hintLabel,\
 QLabel#legendLa\
bel, QLabel#help\
Label, QLabel#in\
troLabel { color\
: #4a5360; }\x0aQLa\
bel#messageLabel\
[level=\x22error\x22],\
 QLabel#errorLab\
el, QLabel#ageLa\
bel[level=\x22error\
\x22] {\x0a    color: \
#8c1d18; backgro\
und: #fbeaea; bo\
rder: 1px solid \
#d9a3a0; border-\
radius: 3px; pad\
ding: 6px; }\x0aQLa\
bel#errorLabel:d\
isabled { backgr\
ound: transparen\
t; border: none;\
 }\x0aQLabel#ageLab\
el[level=\x22ok\x22], \
QLabel#messageLa\
bel[level=\x22ok\x22] \
{ color: #1e4d22\
; background: #e\
af4ea; border: 1\
px solid #a8cfaa\
; border-radius:\
 3px; padding: 6\
px; }\x0aQLabel#par\
kedLabel { color\
: #5a4300; }\x0aQPu\
shButton { backg\
round: #ffffff; \
border: 1px soli\
d #9aa3ae; borde\
r-radius: 3px; p\
adding: 5px 12px\
; min-height: 20\
px; }\x0aQPushButto\
n:hover { backgr\
ound: #eef2f7; }\
\x0aQPushButton:foc\
us { border: 2px\
 solid #1f5fbf; \
}\x0aQPushButton:de\
fault { backgrou\
nd: #1f4e79; col\
or: #ffffff; bor\
der: 1px solid #\
173a5a; }\x0aQLineE\
dit, QComboBox, \
QSpinBox { min-h\
eight: 22px; }\x0aQ\
LineEdit, QPlain\
TextEdit, QCombo\
Box, QSpinBox { \
background: #fff\
fff; border: 1px\
 solid #9aa3ae; \
border-radius: 3\
px; padding: 3px\
 5px; }\x0aQLineEdi\
t:focus, QPlainT\
extEdit:focus, Q\
ComboBox:focus, \
QSpinBox:focus, \
QCheckBox:focus,\
 QListWidget:foc\
us { border: 2px\
 solid #1f5fbf; \
}\x0aQLineEdit[inva\
lid=\x22true\x22], QPl\
ainTextEdit[inva\
lid=\x22true\x22], QCo\
mboBox[invalid=\x22\
true\x22] { border:\
 2px solid #b326\
1e; background: \
#fff6f5; }\x0aQTabl\
eView, QTreeView\
, QTreeWidget, Q\
ListWidget, QTab\
leWidget { backg\
round: #ffffff; \
alternate-backgr\
ound-color: #f6f\
8fa; border: 1px\
 solid #c9ced6; \
selection-backgr\
ound-color: #cfe\
0f5; selection-c\
olor: #0d1b2a; g\
ridline-color: #\
e1e5ea; }\x0aQTable\
View:focus, QTre\
eView:focus { bo\
rder: 2px solid \
#1f5fbf; }\x0aQHead\
erView::section \
{ background: #e\
6e9ee; color: #1\
b1f24; padding: \
4px 6px; border:\
 none; border-ri\
ght: 1px solid #\
c9ced6; border-b\
ottom: 1px solid\
 #c9ced6; font-w\
eight: bold; }\x0aQ\
GroupBox { borde\
r: 1px solid #c9\
ced6; border-rad\
ius: 4px; margin\
-top: 12px; back\
ground: #ffffff;\
 }\x0aQGroupBox::ti\
tle { subcontrol\
-origin: margin;\
 left: 8px; padd\
ing: 0 4px; font\
-weight: bold; c\
olor: #1f3a5f; }\
\x0aQStatusBar { ba\
ckground: #e6e9e\
e; }\x0aQTabBar::ta\
b { padding: 6px\
 14px; }\x0a\
\x00\x00\x00\xc6\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2220\
\x22 height=\x2220\x22 vi\
ewBox=\x220 0 20 20\
\x22>\x0a  <circle cx=\
\x2210\x22 cy=\x2210\x22 r=\x22\
7.5\x22 fill=\x22none\x22\
 stroke=\x22#8a8f98\
\x22 stroke-width=\x22\
1.6\x22 stroke-dash\
array=\x223 2\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01\x1d\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2220\
\x22 height=\x2220\x22 vi\
ewBox=\x220 0 20 20\
\x22>\x0a  <circle cx=\
\x2210\x22 cy=\x2210\x22 r=\x22\
9\x22 fill=\x22#2e7d32\
\x22/>\x0a  <polyline \
points=\x225.5,10.5\
 8.7,13.6 14.5,6\
.8\x22 fill=\x22none\x22 \
stroke=\x22#ffffff\x22\
 stroke-width=\x222\
.3\x22 stroke-linec\
ap=\x22round\x22 strok\
e-linejoin=\x22roun\
d\x22/>\x0a</svg>\x0a\
\x00\x00\x01$\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2220\
\x22 height=\x2220\x22 vi\
ewBox=\x220 0 20 20\
\x22>\x0a  <polygon po\
ints=\x226,1 14,1 1\
9,6 19,14 14,19 \
6,19 1,14 1,6\x22 f\
ill=\x22#b3261e\x22/>\x0a\
  <rect x=\x228.8\x22 \
y=\x224.5\x22 width=\x222\
.4\x22 height=\x227.5\x22\
 rx=\x221\x22 fill=\x22#f\
fffff\x22/>\x0a  <circ\
le cx=\x2210\x22 cy=\x221\
5\x22 r=\x221.5\x22 fill=\
\x22#ffffff\x22/>\x0a</sv\
g>\x0a\
\x00\x00\x00\x9f\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2220\
\x22 height=\x2220\x22 vi\
ewBox=\x220 0 20 20\
\x22>\x0a  <rect x=\x224\x22\
 y=\x229\x22 width=\x2212\
\x22 height=\x222.2\x22 r\
x=\x221\x22 fill=\x22#8a8\
f98\x22/>\x0a</svg>\x0a\
\x00\x00\x01#\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2220\
\x22 height=\x2220\x22 vi\
ewBox=\x220 0 20 20\
\x22>\x0a  <circle cx=\
\x2210\x22 cy=\x2210\x22 r=\x22\
8.2\x22 fill=\x22#ffff\
ff\x22 stroke=\x22#1f4\
e79\x22 stroke-widt\
h=\x221.8\x22/>\x0a  <pol\
yline points=\x2210\
,5 10,10 13.5,12\
\x22 fill=\x22none\x22 st\
roke=\x22#1f4e79\x22 s\
troke-width=\x221.8\
\x22 stroke-linecap\
=\x22round\x22/>\x0a</svg\
>\x0a\
\x00\x00\x01v\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2264\
\x22 height=\x2264\x22 vi\
ewBox=\x220 0 64 64\
\x22>\x0a  <rect x=\x222\x22\
 y=\x222\x22 width=\x2260\
\x22 height=\x2260\x22 rx\
=\x2212\x22 fill=\x22#1f3\
a5f\x22/>\x0a  <circle\
 cx=\x2232\x22 cy=\x2232\x22\
 r=\x2219\x22 fill=\x22no\
ne\x22 stroke=\x22#fff\
fff\x22 stroke-widt\
h=\x224\x22/>\x0a  <polyl\
ine points=\x2232,1\
9 32,32 41,38\x22 f\
ill=\x22none\x22 strok\
e=\x22#ffffff\x22 stro\
ke-width=\x224\x22 str\
oke-linecap=\x22rou\
nd\x22 stroke-linej\
oin=\x22round\x22/>\x0a</\
svg>\x0a\
\x00\x00\x01.\
<\
svg xmlns=\x22http:\
//www.w3.org/200\
0/svg\x22 width=\x2220\
\x22 height=\x2220\x22 vi\
ewBox=\x220 0 20 20\
\x22>\x0a  <polygon po\
ints=\x2210,1.5 19,\
18 1,18\x22 fill=\x22#\
e8a317\x22 stroke=\x22\
#7a5200\x22 stroke-\
width=\x221\x22/>\x0a  <r\
ect x=\x229\x22 y=\x226.5\
\x22 width=\x222\x22 heig\
ht=\x226\x22 rx=\x220.8\x22 \
fill=\x22#2b2000\x22/>\
\x0a  <circle cx=\x221\
0\x22 cy=\x2215.2\x22 r=\x22\
1.2\x22 fill=\x22#2b20\
00\x22/>\x0a</svg>\x0a\
"

qt_resource_name = b"\
\x00\x07\
\x0a\xca\xb5y\
\x00c\
\x00u\x00s\x00t\x00o\x00d\x00y\
\x00\x05\
\x00o\xa6S\
\x00i\
\x00c\x00o\x00n\x00s\
\x00\x09\
\x00(\xad#\
\x00s\
\x00t\x00y\x00l\x00e\x00.\x00q\x00s\x00s\
\x00\x0b\
\x00\xa7\xd3\xa7\
\x00p\
\x00e\x00n\x00d\x00i\x00n\x00g\x00.\x00s\x00v\x00g\
\x00\x08\
\x06HW\xa7\
\x00d\
\x00o\x00n\x00e\x00.\x00s\x00v\x00g\
\x00\x0b\
\x0b]\xc3\xc7\
\x00o\
\x00v\x00e\x00r\x00d\x00u\x00e\x00.\x00s\x00v\x00g\
\x00\x12\
\x0a\x9b>\x07\
\x00n\
\x00o\x00t\x00_\x00a\x00p\x00p\x00l\x00i\x00c\x00a\x00b\x00l\x00e\x00.\x00s\x00v\
\x00g\
\x00\x07\
\x0b\xb8Z\x07\
\x00d\
\x00u\x00e\x00.\x00s\x00v\x00g\
\x00\x07\
\x08sZ\x07\
\x00a\
\x00p\x00p\x00.\x00s\x00v\x00g\
\x00\x08\
\x06aU\x87\
\x00s\
\x00o\x00o\x00n\x00.\x00s\x00v\x00g\
"

qt_resource_struct = b"\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x01\
\x00\x00\x00\x00\x00\x02\x00\x00\x00\x02\x00\x00\x00\x02\
\x00\x00\x00$\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\
\x00\x00\x00\x14\x00\x02\x00\x00\x00\x07\x00\x00\x00\x04\
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x0b\xae\
\x00\x00\x00X\x00\x00\x00\x00\x00\x01\x00\x00\x0cx\
\x00\x00\x00\xdc\x00\x00\x00\x00\x00\x01\x00\x00\x12\x05\
\x00\x00\x00\xc8\x00\x00\x00\x00\x00\x01\x00\x00\x10\x8b\
\x00\x00\x00\x8a\x00\x00\x00\x00\x00\x01\x00\x00\x0e\xc1\
\x00\x00\x00n\x00\x00\x00\x00\x00\x01\x00\x00\x0d\x99\
\x00\x00\x00\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x0fd\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
