<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../cli.cpp" line="34"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation>Creates the database or updates its schema.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="36"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation>Writes a central database with demo facilities.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="37"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation>Evaluates a scenario (JSON) by the rules and shows why something is on time, late or still open.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="41"/>
        <source>Start de synchronisatieserver (HTTPS).</source>
        <translation>Starts the sync server (HTTPS).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="42"/>
        <source>Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.</source>
        <translation>Makes a one-time enrolment code for a new tablet of a facility.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="44"/>
        <source>Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.</source>
        <translation>Revokes a tablet: at its next sync it erases its data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="47"/>
        <source>Toont de aangemelde tablets.</source>
        <translation>Lists the enrolled tablets.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="66"/>
        <source>Het databasebestand (SQLite). Standaard: %1.</source>
        <translation>The database file (SQLite). Default: %1.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="66"/>
        <source>PAD</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="75"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="85"/>
        <source>Opties:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="86"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation>Usage: ronde-server %1 [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="94"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation>See 'ronde-server help'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="115"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation>Invalid value '%1' for --%2: give a whole number from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="143"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation>Database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="154"/>
        <source>Het nieuwe databasebestand (hetzelfde als --database).</source>
        <translation>The new database file (the same as --database).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="154"/>
        <location filename="../cli.cpp" line="252"/>
        <location filename="../cli.cpp" line="312"/>
        <location filename="../cli.cpp" line="313"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="155"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation>Number of facilities (default 1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="155"/>
        <location filename="../cli.cpp" line="157"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="157"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation>Number of detainees per facility (default 60).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="159"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation>Seed of the random generator (default 2014); the same seed gives the same data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="161"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="163"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation>The date that is 'today' in the demo (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="165"/>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="166"/>
        <source>Overschrijf het bestand als het al bestaat.</source>
        <translation>Overwrite the file if it exists.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="184"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date '%1' for --today: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="195"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation>The file %1 already exists. Choose another file or give --replace.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="216"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation>Making demo: %1 of %2 detainees</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="231"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation>Could not rename %1 to %2.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="234"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation>Demo written to %1: %2 facilities, %3 units, %4 staff, %5 detainees, %6 records.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="252"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation>The scenario as JSON; without a file, standard input is read.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="253"/>
        <source>[BESTAND]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="259"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation>Give at most one scenario file.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="266"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="273"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="285"/>
        <source>Fout in %1: %2</source>
        <translation>Error in %1: %2</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="309"/>
        <source>Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een vrije poort).</source>
        <translation>Address and port (default 0.0.0.0:8443; port 0 picks a free port).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="311"/>
        <source>ADRES:POORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="312"/>
        <source>Het certificaat van de server (PEM).</source>
        <translation>The server's certificate (PEM).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="313"/>
        <source>De privésleutel van de server (PEM).</source>
        <translation>The server's private key (PEM).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="315"/>
        <source>Zonder TLS, alleen op een loopback-adres (voor tests).</source>
        <translation>Without TLS, on a loopback address only (for tests).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="326"/>
        <source>Ongeldig adres &apos;%1&apos; voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.</source>
        <translation>Invalid address '%1' for --listen: use for example 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="334"/>
        <source>--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).</source>
        <translation>--insecure-loopback is allowed on a loopback address only (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="339"/>
        <source>Geef --cert en --key: tablets praten alleen via TLS met de server.</source>
        <translation>Give --cert and --key: tablets talk to the server over TLS only.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="345"/>
        <source>Kan het certificaat of de sleutel niet lezen.</source>
        <translation>Cannot read the certificate or the key.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="355"/>
        <source>Certificaat of sleutel is geen geldige PEM.</source>
        <translation>The certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="370"/>
        <source>Kan niet luisteren op %1.</source>
        <translation>Cannot listen on %1.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="373"/>
        <source>Ronde-server luistert op %1://%2:%3</source>
        <translation>Ronde-server listening on %1://%2:%3</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="386"/>
        <source>De inrichting (naam of id).</source>
        <translation>The facility (name or id).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="386"/>
        <source>INRICHTING</source>
        <translation>FACILITY</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="387"/>
        <source>Een naam voor de tablet, bijv. &apos;Afdeling A 1&apos;.</source>
        <translation>A name for the tablet, e.g. 'Unit A 1'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="387"/>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="395"/>
        <source>Aanmeldcode (eenmalig): %1</source>
        <translation>Enrolment code (one-time): %1</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="405"/>
        <source>APPARAAT</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="405"/>
        <source>Het id van de tablet (zie &apos;devices&apos;).</source>
        <translation>The tablet's id (see 'devices').</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="411"/>
        <source>Geef precies één apparaat-id.</source>
        <translation>Give exactly one device id.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="416"/>
        <source>Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.</source>
        <translation>Revoked: %1. At its next sync the tablet erases its data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="440"/>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="462"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation>Usage: ronde-server COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="463"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation>Ronde's central server: receives the tablets' records and manages devices, staff and reports.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="466"/>
        <source>Opdrachten:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="471"/>
        <source>Algemene opties:</source>
        <translation>General options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="473"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation>Shows this help; 'ronde-server COMMAND --help' shows a command's options.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="476"/>
        <source>Toont het versienummer.</source>
        <translation>Shows the version number.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="478"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation>Every command takes --database PATH (default %1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="509"/>
        <source>Fout: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="514"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation>Unknown command '%1'. See 'ronde-server --help'.</translation>
    </message>
</context>
</TS>
