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
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="82"/>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="84"/>
        <source>over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="86"/>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="90"/>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="97"/>
        <source>Intake casemanager (2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="99"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="101"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="103"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="105"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="107"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="121"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="123"/>
        <source>mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="125"/>
        <source>gesprek plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="127"/>
        <source>conceptplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="129"/>
        <source>definitief plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="131"/>
        <source>MDO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
