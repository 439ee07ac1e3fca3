<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../words.cpp" line="14"/>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="15"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="16"/>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="17"/>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="18"/>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="19"/>
        <source>Displays help, including generic Qt options.</source>
        <translation>Displays help, including generic Qt options.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="20"/>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="21"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="22"/>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="23"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="24"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ronde::words</name>
    <message>
        <location filename="../words.cpp" line="49"/>
        <source>casemanager</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="51"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="53"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="55"/>
        <source>reclassering</source>
        <translation>probation</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="57"/>
        <source>zorgverlener</source>
        <translation>care provider</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="59"/>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="61"/>
        <source>directeur</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="65"/>
        <source>centraal kantoor</source>
        <translation>central office</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="100"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="100"/>
        <source>extern</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="110"/>
        <source>Op tijd</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="112"/>
        <source>Te laat gedaan</source>
        <translation>Done late</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="120"/>
        <source>N.v.t.</source>
        <translation>N/a</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="127"/>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="114"/>
        <source>Nog open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="81"/>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="83"/>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="85"/>
        <source>Financiën</source>
        <translation>Finances</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="87"/>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="89"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="91"/>
        <source>D&amp;R-plan</source>
        <translation>D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="95"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="116"/>
        <source>Over termijn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="129"/>
        <source>te laat gedaan</source>
        <translation>done late</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="131"/>
        <source>over termijn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="133"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="137"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="144"/>
        <source>Intake casemanager (2 weken)</source>
        <translation>Intake case manager (2 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="146"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation>Mentor talk (every 2 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="148"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation>D&amp;R-plan talk (4 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="150"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation>Draft D&amp;R plan (13 days)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="152"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation>Final D&amp;R plan (1 month)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="154"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation>MDO review (every 6 weeks)</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="170"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="173"/>
        <source>mentorgesprek</source>
        <translation>mentor talk</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="176"/>
        <source>gesprek plan</source>
        <translation>plan talk</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="179"/>
        <source>conceptplan</source>
        <translation>draft plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="182"/>
        <source>definitief plan</source>
        <translation>final plan</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="185"/>
        <source>MDO</source>
        <translation>MDO</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="198"/>
        <source>dit bestand is geen database van Ronde, of het is versleuteld (de database van een tablet opent alleen op die tablet).</source>
        <translation>this file is not a Ronde database, or it is encrypted (a tablet&apos;s database opens on that tablet only).</translation>
    </message>
</context>
</TS>
