<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ronde::words</name>
    <message>
        <location filename="../words.cpp" line="26"/>
        <source>casemanager</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="28"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="30"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="32"/>
        <source>reclassering</source>
        <translation>probation</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="34"/>
        <source>zorgverlener</source>
        <translation>care provider</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="36"/>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="38"/>
        <source>directeur</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="42"/>
        <source>centraal kantoor</source>
        <translation>central office</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="56"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="56"/>
        <source>extern</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="66"/>
        <source>Op tijd</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="68"/>
        <source>Te laat gedaan</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="76"/>
        <source>N.v.t.</source>
        <translation>N/a</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="83"/>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="70"/>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="72"/>
        <source>Over termijn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="85"/>
        <source>te laat gedaan</source>
        <translation>done late</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="87"/>
        <source>over termijn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="89"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="93"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="100"/>
        <source>Intake casemanager (2 weken)</source>
        <translation>Intake case manager (2 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="102"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation>Mentor talk (every 2 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="104"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation>D&amp;R-plan talk (4 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="106"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation>Draft D&amp;R plan (13 days)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="108"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation>Final D&amp;R plan (1 month)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="110"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation>MDO review (every 6 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="126"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="129"/>
        <source>mentorgesprek</source>
        <translation>mentor talk</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="132"/>
        <source>gesprek plan</source>
        <translation>plan talk</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="135"/>
        <source>conceptplan</source>
        <translation>draft plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="138"/>
        <source>definitief plan</source>
        <translation>final plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="141"/>
        <source>MDO</source>
        <translation>MDO</translation>
    </message>
</context>
</TS>
