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
        <source>Intake casemanager (2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="65"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="67"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="69"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="71"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="73"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="75"/>
        <source>Besluit na oranje of rood (degraderen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="77"/>
        <source>Besluit over promotie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="81"/>
        <source>Degraderen na rood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="89"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="91"/>
        <source>mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="93"/>
        <source>gesprek plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="95"/>
        <source>conceptplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="97"/>
        <source>definitief plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="99"/>
        <source>MDO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
