# Makes the right-to-left test language (R7.2: "more languages by adding a translation"):
# the English catalogue with every translation wrapped in RIGHT-TO-LEFT OVERRIDE … POP
# DIRECTIONAL FORMATTING, so it reads mirrored, and Qt's QT_LAYOUT_DIRECTION set to RTL.
# Like Android's pseudo-locale ar-XB. Usage: cmake -DIN=ronde_en.ts -DOUT=ronde_ar_XB.ts -P
file(READ "${IN}" ts)
string(REPLACE "language=\"en_US\"" "language=\"ar\"" ts "${ts}")
string(REGEX REPLACE "<translation>([^<]*)</translation>"
       "<translation>&#x202E;\\1&#x202C;</translation>" ts "${ts}")
string(REGEX REPLACE "<numerusform>([^<]*)</numerusform>"
       "<numerusform>&#x202E;\\1&#x202C;</numerusform>" ts "${ts}")
string(REPLACE "</TS>" "<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>LANGUAGE_NAME</source>
        <translation>Pseudo-RTL (test)</translation>
    </message>
</context>
</TS>" ts "${ts}")
file(WRITE "${OUT}" "${ts}")
