<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../cli.cpp" line="30"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="32"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="33"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="37"/>
        <source>Start de synchronisatieserver (nog niet beschikbaar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="56"/>
        <source>Het databasebestand (SQLite). Standaard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="56"/>
        <source>PAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="65"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="75"/>
        <source>Opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="76"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="84"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="105"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="133"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="144"/>
        <source>Het nieuwe databasebestand (hetzelfde als --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="144"/>
        <location filename="../cli.cpp" line="241"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="145"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="145"/>
        <location filename="../cli.cpp" line="147"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="147"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="149"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="151"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="153"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="155"/>
        <source>DATUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="156"/>
        <source>Overschrijf het bestand als het al bestaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="174"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="185"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="206"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="220"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="223"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="241"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="242"/>
        <source>[BESTAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="248"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="255"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="262"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="274"/>
        <source>Fout in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="292"/>
        <source>&apos;serve&apos; is in deze versie nog niet beschikbaar: de synchronisatieserver volgt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="310"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="311"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="314"/>
        <source>Opdrachten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="319"/>
        <source>Algemene opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="321"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="324"/>
        <source>Toont het versienummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="326"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="357"/>
        <source>Fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="362"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
