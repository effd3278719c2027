# Resource object code (Python 3)
# Created by: object code
# Created by: The Resource Compiler for Qt version 6.12.0
# WARNING! All changes made in this file will be lost!

from PySide6 import QtCore

qt_resource_data = b"\
\x00\x00\x0b\x84\
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
dius: 6px; paddi\
ng: 18px; }\x0aQLab\
el#titleLabel { \
font-size: 15pt;\
 font-weight: bo\
ld; color: #1f3a\
5f; }\x0aQLabel#nam\
eLabel { font-si\
ze: 15pt; font-w\
eight: bold; col\
or: #1f3a5f; }\x0aQ\
Label#detailLabe\
l, QLabel#summar\
yLabel, QLabel#s\
uiteLabel { colo\
r: #3d4651; }\x0aQL\
abel#hintLabel, \
QLabel#legendLab\
el, QLabel#helpL\
abel, QLabel#int\
roLabel { color:\
 #4a5360; }\x0aQLab\
el#messageLabel[\
level=\x22error\x22], \
QLabel#errorLabe\
l, QLabel#ageLab\
el[level=\x22error\x22\
] {\x0a    color: #\
8c1d18; backgrou\
nd: #fbeaea; bor\
der: 1px solid #\
d9a3a0; border-r\
adius: 3px; padd\
ing: 6px; }\x0aQLab\
el#errorLabel:di\
sabled { backgro\
und: transparent\
; border: none; \
}\x0aQLabel#ageLabe\
l[level=\x22ok\x22], Q\
Label#messageLab\
el[level=\x22ok\x22] {\
 color: #1e4d22;\
 background: #ea\
f4ea; border: 1p\
x solid #a8cfaa;\
 border-radius: \
3px; padding: 6p\
x; }\x0aQLabel#park\
edLabel { color:\
 #5a4300; }\x0aQPus\
hButton { backgr\
ound: #ffffff; b\
order: 1px solid\
 #9aa3ae; border\
-radius: 3px; pa\
dding: 5px 12px;\
 min-height: 20p\
x; }\x0aQPushButton\
:hover { backgro\
und: #eef2f7; }\x0a\
QPushButton:focu\
s { border: 2px \
solid #1f5fbf; }\
\x0aQPushButton:def\
ault { backgroun\
d: #1f4e79; colo\
r: #ffffff; bord\
er: 1px solid #1\
73a5a; }\x0aQLineEd\
it, QPlainTextEd\
it, QComboBox, Q\
SpinBox { backgr\
ound: #ffffff; b\
order: 1px solid\
 #9aa3ae; border\
-radius: 3px; pa\
dding: 3px 5px; \
}\x0aQLineEdit:focu\
s, QPlainTextEdi\
t:focus, QComboB\
ox:focus, QSpinB\
ox:focus, QCheck\
Box:focus, QList\
Widget:focus { b\
order: 2px solid\
 #1f5fbf; }\x0aQLin\
eEdit[invalid=\x22t\
rue\x22], QPlainTex\
tEdit[invalid=\x22t\
rue\x22], QComboBox\
[invalid=\x22true\x22]\
 { border: 2px s\
olid #b3261e; ba\
ckground: #fff6f\
5; }\x0aQTableView,\
 QTreeView, QTre\
eWidget, QListWi\
dget, QTableWidg\
et { background:\
 #ffffff; altern\
ate-background-c\
olor: #f6f8fa; b\
order: 1px solid\
 #c9ced6; select\
ion-background-c\
olor: #cfe0f5; s\
election-color: \
#0d1b2a; gridlin\
e-color: #e1e5ea\
; }\x0aQTableView:f\
ocus, QTreeView:\
focus { border: \
2px solid #1f5fb\
f; }\x0aQHeaderView\
::section { back\
ground: #e6e9ee;\
 color: #1b1f24;\
 padding: 4px 6p\
x; border: none;\
 border-right: 1\
px solid #c9ced6\
; border-bottom:\
 1px solid #c9ce\
d6; font-weight:\
 bold; }\x0aQGroupB\
ox { border: 1px\
 solid #c9ced6; \
border-radius: 4\
px; margin-top: \
12px; background\
: #ffffff; }\x0aQGr\
oupBox::title { \
subcontrol-origi\
n: margin; left:\
 8px; padding: 0\
 4px; font-weigh\
t: bold; color: \
#1f3a5f; }\x0aQStat\
usBar { backgrou\
nd: #e6e9ee; }\x0aQ\
TabBar::tab { pa\
dding: 6px 14px;\
 }\x0a\
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
\x00\x00\x00<\x00\x00\x00\x00\x00\x01\x00\x00\x0b\x88\
\x00\x00\x00X\x00\x00\x00\x00\x00\x01\x00\x00\x0cR\
\x00\x00\x00\xdc\x00\x00\x00\x00\x00\x01\x00\x00\x11\xdf\
\x00\x00\x00\xc8\x00\x00\x00\x00\x00\x01\x00\x00\x10e\
\x00\x00\x00\x8a\x00\x00\x00\x00\x00\x01\x00\x00\x0e\x9b\
\x00\x00\x00n\x00\x00\x00\x00\x00\x01\x00\x00\x0ds\
\x00\x00\x00\xb4\x00\x00\x00\x00\x00\x01\x00\x00\x0f>\
"

def qInitResources():
    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

def qCleanupResources():
    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)

qInitResources()
