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
        <location filename="../words.cpp" line="63"/>
        <source>Op tijd</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="65"/>
        <source>Te laat gedaan</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="67"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="69"/>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="73"/>
        <source>N.v.t.</source>
        <translation>N/a</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="80"/>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="82"/>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="84"/>
        <source>over termijn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="86"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="90"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="97"/>
        <source>Intake casemanager (2 weken)</source>
        <translation>Intake case manager (2 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="99"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation>Mentor talk (every 2 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="101"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation>D&amp;R-plan talk (4 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="103"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation>Draft D&amp;R plan (13 days)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="105"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation>Final D&amp;R plan (1 month)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="107"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation>MDO review (every 6 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="121"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="123"/>
        <source>mentorgesprek</source>
        <translation>mentor talk</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="125"/>
        <source>gesprek plan</source>
        <translation>plan talk</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="127"/>
        <source>conceptplan</source>
        <translation>draft plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="129"/>
        <source>definitief plan</source>
        <translation>final plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="131"/>
        <source>MDO</source>
        <translation>MDO</translation>
    </message>
</context>
</TS>
