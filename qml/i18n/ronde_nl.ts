<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DetaineeDelegate</name>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="25"/>
        <source>%1, nummer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="106"/>
        <source>Vertrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="24"/>
        <source>%1, nummer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="65"/>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="75"/>
        <source>%1 · %2 · sinds %3 (%n dag(en))</source>
        <translation>
            <numerusform>%1 · %2 · sinds %3 (%n dag)</numerusform>
            <numerusform>%1 · %2 · sinds %3 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="93"/>
        <source>⚠ Te laat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="93"/>
        <source>⏰ Vandaag: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="94"/>
        <source>Besluit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="107"/>
        <source>Nog geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="108"/>
        <source>Laatste contact: vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="109"/>
        <source>Laatste contact: %1 (%n dag(en) geleden)</source>
        <translation>
            <numerusform>Laatste contact: %1 (%n dag geleden)</numerusform>
            <numerusform>Laatste contact: %1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="14"/>
        <location filename="../Main.qml" line="25"/>
        <location filename="../Main.qml" line="53"/>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../Main.qml" line="62"/>
        <source>Dit apparaat is nog niet aan een inrichting gekoppeld. Start met --demo om Ronde te proberen met een demo-inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../pages/RoundsPage.qml" line="11"/>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="34"/>
        <location filename="../pages/RoundsPage.qml" line="37"/>
        <source>Zoek op naam of nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="42"/>
        <source>Alle afdelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="48"/>
        <source>Toon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/RoundsPage.qml" line="54"/>
        <source>%n gedetineerde(n)</source>
        <translation>
            <numerusform>%n gedetineerde</numerusform>
            <numerusform>%n gedetineerden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="74"/>
        <source>Niemand gevonden voor “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="75"/>
        <source>Geen gedetineerden op deze afdeling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../viewmodels/session.cpp" line="42"/>
        <source>De database kon niet worden geopend: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../components/StatusBar.qml" line="22"/>
        <source>Alles bewaard op dit apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="23"/>
        <source>%n wijziging(en) wachten op synchronisatie</source>
        <translation>
            <numerusform>%n wijziging wacht op synchronisatie</numerusform>
            <numerusform>%n wijzigingen wachten op synchronisatie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="29"/>
        <source>Niet gekoppeld aan een server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde</name>
    <message>
        <location filename="../app/launcher.cpp" line="79"/>
        <source>Schermafdruk bewaard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="80"/>
        <source>Kon de schermafdruk niet bewaren in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="118"/>
        <source>Ronde: contacten, beoordelingen en besluiten vastleggen tijdens de ronde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="120"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="122"/>
        <source>Start met de demo-inrichting (wordt bij de eerste start aangemaakt in de gegevensmap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="126"/>
        <source>De gegevensmap. Standaard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="128"/>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="130"/>
        <source>Tekent het eerste scherm (zonder beeldscherm) naar een PNG en stopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="132"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="134"/>
        <source>Taal van de app: nl of en. Standaard de taal van het systeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="136"/>
        <source>TAAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="144"/>
        <source>Onbekende taal &apos;%1&apos;: kies nl of en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="162"/>
        <source>De gegevensmap %1 kan niet worden aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
