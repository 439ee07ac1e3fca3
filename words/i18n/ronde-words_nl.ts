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
        <location filename="../words.cpp" line="66"/>
        <source>Op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="68"/>
        <source>Te laat gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="76"/>
        <source>N.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="83"/>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="70"/>
        <source>Nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="72"/>
        <source>Over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="85"/>
        <source>te laat gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="87"/>
        <source>over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="89"/>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="93"/>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="100"/>
        <source>Intake casemanager (2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="102"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="104"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="106"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="108"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="110"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="126"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="129"/>
        <source>mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="132"/>
        <source>gesprek plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="135"/>
        <source>conceptplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="138"/>
        <source>definitief plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="141"/>
        <source>MDO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
