<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ronde::words</name>
    <message>
        <location filename="../words.cpp" line="26"/>
        <source>casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="28"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="30"/>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="32"/>
        <source>reclassering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="34"/>
        <source>zorgverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="36"/>
        <source>vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="38"/>
        <source>directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="42"/>
        <source>centraal kantoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="56"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="56"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="63"/>
        <source>Op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="65"/>
        <source>Te laat gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="67"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="69"/>
        <source>Te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="73"/>
        <source>N.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="80"/>
        <source>Intake casemanager (2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="82"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="84"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="86"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="88"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="90"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="104"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="106"/>
        <source>mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="108"/>
        <source>gesprek plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="110"/>
        <source>conceptplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="112"/>
        <source>definitief plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="114"/>
        <source>MDO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
