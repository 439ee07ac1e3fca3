<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DetaineeDelegate</name>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="25"/>
        <source>%1, nummer %2</source>
        <translation>%1, number %2</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="106"/>
        <source>Vertrokken</source>
        <translation>Left the facility</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="24"/>
        <source>%1, nummer %2: %3</source>
        <translation>%1, number %2: %3</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="65"/>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="75"/>
        <source>%1 · %2 · sinds %3 (%n dag(en))</source>
        <translation>
            <numerusform>%1 · %2 · since %3 (%n day)</numerusform>
            <numerusform>%1 · %2 · since %3 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="93"/>
        <source>⚠ Te laat: </source>
        <translation>⚠ Overdue: </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="93"/>
        <source>⏰ Vandaag: </source>
        <translation>⏰ Today: </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="94"/>
        <source>Besluit: </source>
        <translation>Decision: </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="107"/>
        <source>Nog geen contact</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="108"/>
        <source>Laatste contact: vandaag</source>
        <translation>Last contact: today</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="109"/>
        <source>Laatste contact: %1 (%n dag(en) geleden)</source>
        <translation>
            <numerusform>Last contact: %1 (%n day ago)</numerusform>
            <numerusform>Last contact: %1 (%n days ago)</numerusform>
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
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../Main.qml" line="62"/>
        <source>Dit apparaat is nog niet aan een inrichting gekoppeld. Start met --demo om Ronde te proberen met een demo-inrichting.</source>
        <translation>This device is not linked to a facility yet. Start with --demo to try Ronde with a demo facility.</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../pages/RoundsPage.qml" line="11"/>
        <source>Ronde</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="34"/>
        <location filename="../pages/RoundsPage.qml" line="37"/>
        <source>Zoek op naam of nummer</source>
        <translation>Search by name or number</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="42"/>
        <source>Alle afdelingen</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="48"/>
        <source>Toon %1</source>
        <translation>Show %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/RoundsPage.qml" line="54"/>
        <source>%n gedetineerde(n)</source>
        <translation>
            <numerusform>%n detainee</numerusform>
            <numerusform>%n detainees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="74"/>
        <source>Niemand gevonden voor “%1”.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="75"/>
        <source>Geen gedetineerden op deze afdeling.</source>
        <translation>No detainees on this unit.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../viewmodels/session.cpp" line="42"/>
        <source>De database kon niet worden geopend: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../components/StatusBar.qml" line="22"/>
        <source>Alles bewaard op dit apparaat</source>
        <translation>Everything saved on this device</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="23"/>
        <source>%n wijziging(en) wachten op synchronisatie</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="29"/>
        <source>Niet gekoppeld aan een server</source>
        <translation>Not linked to a server</translation>
    </message>
</context>
<context>
    <name>ronde</name>
    <message>
        <location filename="../app/launcher.cpp" line="79"/>
        <source>Schermafdruk bewaard: %1</source>
        <translation>Screenshot saved: %1</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="80"/>
        <source>Kon de schermafdruk niet bewaren in %1</source>
        <translation>Could not save the screenshot to %1</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="118"/>
        <source>Ronde: contacten, beoordelingen en besluiten vastleggen tijdens de ronde.</source>
        <translation>Ronde: record contacts, reviews and decisions on your rounds.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="120"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="122"/>
        <source>Start met de demo-inrichting (wordt bij de eerste start aangemaakt in de gegevensmap).</source>
        <translation>Start with the demo facility (created in the data folder on first start).</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="126"/>
        <source>De gegevensmap. Standaard: %1.</source>
        <translation>The data folder. Default: %1.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="128"/>
        <source>MAP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="130"/>
        <source>Tekent het eerste scherm (zonder beeldscherm) naar een PNG en stopt.</source>
        <translation>Renders the first screen (without a display) to a PNG and exits.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="132"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="134"/>
        <source>Taal van de app: nl of en. Standaard de taal van het systeem.</source>
        <translation>Language of the app: nl or en. Default: the system's language.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="136"/>
        <source>TAAL</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="144"/>
        <source>Onbekende taal &apos;%1&apos;: kies nl of en.</source>
        <translation>Unknown language '%1': choose nl or en.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="162"/>
        <source>De gegevensmap %1 kan niet worden aangemaakt.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
</context>
</TS>
