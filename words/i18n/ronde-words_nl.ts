<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../words.cpp" line="14"/>
        <source>Usage: %1</source>
        <translation>Gebruik: %1</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="15"/>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="16"/>
        <source>Arguments:</source>
        <translation>Argumenten:</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="17"/>
        <source>[options]</source>
        <translation>[opties]</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="18"/>
        <source>Displays help on commandline options.</source>
        <translation>Toont hulp bij de opties.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="19"/>
        <source>Displays help, including generic Qt options.</source>
        <translation>Toont hulp, ook bij de algemene opties van Qt.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="20"/>
        <source>Displays version information.</source>
        <translation>Toont de versie.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="21"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Onbekende optie &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="22"/>
        <source>Unknown options: %1.</source>
        <translation>Onbekende opties: %1.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="23"/>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Waarde ontbreekt na &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../words.cpp" line="24"/>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Onverwachte waarde na &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>ronde::words</name>
    <message>
        <location filename="../words.cpp" line="49"/>
        <source>casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="51"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="53"/>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="55"/>
        <source>reclassering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="57"/>
        <source>zorgverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="59"/>
        <source>vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="61"/>
        <source>directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="65"/>
        <source>centraal kantoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="100"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="100"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="110"/>
        <source>Op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="112"/>
        <source>Te laat gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="120"/>
        <source>N.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="127"/>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="114"/>
        <source>Nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="81"/>
        <source>Werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="83"/>
        <source>Wonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="85"/>
        <source>Financiën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="87"/>
        <source>Zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="89"/>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="91"/>
        <source>D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="95"/>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="116"/>
        <source>Over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="129"/>
        <source>te laat gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="131"/>
        <source>over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="133"/>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="137"/>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="144"/>
        <source>Intake casemanager (2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="146"/>
        <source>Mentorgesprek (elke 2 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="148"/>
        <source>Gesprek D&amp;R-plan (4 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="150"/>
        <source>Concept-D&amp;R-plan (13 dagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="152"/>
        <source>Definitief D&amp;R-plan (1 maand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="154"/>
        <source>Bespreking MDO (elke 6 weken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="170"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="173"/>
        <source>mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="176"/>
        <source>gesprek plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="179"/>
        <source>conceptplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="182"/>
        <source>definitief plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="185"/>
        <source>MDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../words.cpp" line="198"/>
        <source>dit bestand is geen database van Ronde, of het is versleuteld (de database van een tablet opent alleen op die tablet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
