<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../cli.cpp" line="30"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation>Creates the database or updates its schema.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="32"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation>Writes a central database with demo facilities.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="33"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation>Evaluates a scenario (JSON) by the rules and shows why something is on time, late or still open.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="37"/>
        <source>Start de synchronisatieserver (nog niet beschikbaar).</source>
        <translation>Starts the sync server (not available yet).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="56"/>
        <source>Het databasebestand (SQLite). Standaard: %1.</source>
        <translation>The database file (SQLite). Default: %1.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="56"/>
        <source>PAD</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="65"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="75"/>
        <source>Opties:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="76"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation>Usage: ronde-server %1 [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="84"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation>See 'ronde-server help'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="105"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation>Invalid value '%1' for --%2: give a whole number from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="133"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation>Database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="144"/>
        <source>Het nieuwe databasebestand (hetzelfde als --database).</source>
        <translation>The new database file (the same as --database).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="144"/>
        <location filename="../cli.cpp" line="241"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="145"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation>Number of facilities (default 1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="145"/>
        <location filename="../cli.cpp" line="147"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="147"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation>Number of detainees per facility (default 60).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="149"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation>Seed of the random generator (default 2014); the same seed gives the same data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="151"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="153"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation>The date that is 'today' in the demo (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="155"/>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="156"/>
        <source>Overschrijf het bestand als het al bestaat.</source>
        <translation>Overwrite the file if it exists.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="174"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date '%1' for --today: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="185"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation>The file %1 already exists. Choose another file or give --replace.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="206"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation>Making demo: %1 of %2 detainees</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="220"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation>Could not rename %1 to %2.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="223"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation>Demo written to %1: %2 facilities, %3 units, %4 staff, %5 detainees, %6 records.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="241"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation>The scenario as JSON; without a file, standard input is read.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="242"/>
        <source>[BESTAND]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="248"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation>Give at most one scenario file.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="255"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="262"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="274"/>
        <source>Fout in %1: %2</source>
        <translation>Error in %1: %2</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="292"/>
        <source>&apos;serve&apos; is in deze versie nog niet beschikbaar: de synchronisatieserver volgt.</source>
        <translation>'serve' is not available in this version: the sync server is still to come.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="310"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation>Usage: ronde-server COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="311"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation>Ronde's central server: receives the tablets' records and manages devices, staff and reports.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="314"/>
        <source>Opdrachten:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="319"/>
        <source>Algemene opties:</source>
        <translation>General options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="321"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation>Shows this help; 'ronde-server COMMAND --help' shows a command's options.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="324"/>
        <source>Toont het versienummer.</source>
        <translation>Shows the version number.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="326"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation>Every command takes --database PATH (default %1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="357"/>
        <source>Fout: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="362"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation>Unknown command '%1'. See 'ronde-server --help'.</translation>
    </message>
</context>
</TS>
