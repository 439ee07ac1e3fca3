<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ReportFactsKeeper</name>
    <message>
        <location filename="../report_facts_keeper.cpp" line="62"/>
        <source>rapportregels bijwerken mislukt (later opnieuw): %1</source>
        <translation>building report rows failed (will try again): %1</translation>
    </message>
</context>
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../commands/init.cpp" line="12"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation>Creates the database or updates its schema.</translation>
    </message>
    <message>
        <location filename="../commands/init.cpp" line="29"/>
        <source>Voeg nu de inrichtingen toe: ronde-server facility add --name NAAM --unit AFDELING (zie &apos;ronde-server facility --help&apos;).</source>
        <translation>Now add the facilities: ronde-server facility add --name NAME --unit UNIT (see &apos;ronde-server facility --help&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="16"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation>Writes a central database with demo facilities.</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="11"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation>Evaluates a scenario (JSON) by the rules and shows why something is on time, late or still open.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="67"/>
        <source>Start de synchronisatieserver (HTTPS).</source>
        <translation>Starts the sync server (HTTPS).</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="8"/>
        <source>Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.</source>
        <translation>Makes a one-time enrolment code for a new tablet of a facility.</translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="8"/>
        <source>Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.</source>
        <translation>Revokes a tablet: at its next sync it erases its data.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="97"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="42"/>
        <source>Opties:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="43"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation>Usage: ronde-server %1 [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="65"/>
        <source>Database %1 bestaat niet. Geef het juiste pad met --database (of maak een nieuwe met &apos;ronde-server init&apos;).</source>
        <translation>Database %1 does not exist. Give the right path with --database (or make a new one with &apos;ronde-server init&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="82"/>
        <source>het bestand bestaat niet.</source>
        <translation>the file does not exist.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="83"/>
        <source>dat is een map, geen bestand.</source>
        <translation>that is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="84"/>
        <source>geen leesrechten.</source>
        <translation>no read permission.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="105"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation>See &apos;ronde-server help&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="126"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation>Invalid value &apos;%1&apos; for --%2: give a whole number from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../commands/init.cpp" line="26"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation>Database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="37"/>
        <location filename="../commands/serve.cpp" line="78"/>
        <location filename="../commands/serve.cpp" line="79"/>
        <location filename="../commands/report.cpp" line="41"/>
        <location filename="../commands/import.cpp" line="35"/>
        <location filename="../commands/loadtest.cpp" line="28"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="27"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation>Number of facilities (default 1).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="27"/>
        <location filename="../commands/demo.cpp" line="29"/>
        <location filename="../commands/demo.cpp" line="33"/>
        <location filename="../commands/report.cpp" line="39"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="29"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation>Number of detainees per facility (default 60).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="31"/>
        <source>Aantal mensen dat zich per inrichting kan aanmelden (standaard de 11 vaste; meer worden bezoekers en medewerkers met verzonnen namen).</source>
        <translation>People per facility who can sign in (default the 11 fixed ones; more become visitors and staff with made-up names).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="35"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation>Seed of the random generator (default 2014); the same seed gives the same data.</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="37"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="39"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation>The date that is &apos;today&apos; in the demo (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="41"/>
        <location filename="../commands/report.cpp" line="31"/>
        <location filename="../commands/report.cpp" line="33"/>
        <location filename="../commands/transfer.cpp" line="25"/>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="62"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date &apos;%1&apos; for --today: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="105"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation>The file %1 already exists. Choose another file or give --replace.</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="76"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation>Making demo: %1 of %2 detainees</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="16"/>
        <source>Rapportage voor het centrale kantoor (R5): contact per rol, zonder contact, naleving van de termijnen en tevredenheid.</source>
        <translation>Report for the central office (R5): contact per role, no contact, deadlines met, and satisfaction.</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="8"/>
        <source>Toont de registratievoorstellen van tablets (afdeling, naam, zelfmelder), met de parallelle wijzigingen die het kantoor moet beslissen.</source>
        <translation>Lists the tablets&apos; proposed registry changes (unit, name, self-reporter), with the parallel updates the office has to decide on.</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="7"/>
        <source>Toont het auditlogboek van een gedetineerde: wie het dossier opende en wie wat vastlegde, op welke tablet.</source>
        <translation>Shows a detainee&apos;s audit log: who opened the file and who recorded what, on which tablet.</translation>
    </message>
    <message>
        <location filename="../commands/refusals.cpp" line="9"/>
        <source>Toont de registraties die de server weigerde, per tablet, met de reden. Ze blijven op de tablet; na een wijziging van het register of met &apos;Geweigerde opnieuw versturen&apos; stuurt de tablet ze opnieuw.</source>
        <translation>Lists the records the server refused, per tablet, with the reason. They stay on the tablet; after a change of the registry, or with &apos;Send refused records again&apos;, the tablet sends them again.</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="8"/>
        <source>Plaatst een gedetineerde over naar een andere inrichting, op een dag: het verblijf in de oude inrichting eindigt die dag, het nieuwe begint die dag. De geschiedenis gaat mee naar de tablets van de nieuwe inrichting.</source>
        <translation>Transfers a detainee to another facility on a day: the stay in the old facility ends that day, the new one begins that day. The history goes along to the tablets of the new facility.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="29"/>
        <source>Het databasebestand (SQLite), of een PostgreSQL-database als postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). Standaard: %1.</source>
        <translation>The database file (SQLite), or a PostgreSQL database as postgresql://user@host:port/name (password via ~/.pgpass or PGPASSWORD). Default: %1.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="33"/>
        <location filename="../commands/demo.cpp" line="26"/>
        <source>PAD|URI</source>
        <translation>PATH|URI</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="24"/>
        <source>De nieuwe database: een bestand of een PostgreSQL-URI (hetzelfde als --database).</source>
        <translation>The new database: a file or a PostgreSQL URI (the same as --database).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="42"/>
        <source>Overschrijf het bestand als het al bestaat (of maak de PostgreSQL-database eerst leeg).</source>
        <translation>Overwrite the file if it exists (or empty the PostgreSQL database first).</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="92"/>
        <source>De database %1 bevat al gegevens. Kies een andere database of geef --replace.</source>
        <translation>The database %1 already holds data. Choose another database or give --replace.</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="130"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation>Could not rename %1 to %2.</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="134"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation>Demo written to %1: %2 facilities, %3 units, %4 staff, %5 detainees, %6 records.</translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="136"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="22"/>
        <source>een waarde die niet past, zoals een te groot getal.</source>
        <translation>a value that does not fit, such as a number too large.</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="28"/>
        <source>de tekst klopt niet bij regel %1, kolom %2.</source>
        <translation>the text goes wrong at line %1, column %2.</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="37"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation>The scenario as JSON; without a file, standard input is read.</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="38"/>
        <source>[BESTAND]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="44"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation>Give at most one scenario file.</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="51"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="69"/>
        <source>Ongeldige JSON: %1</source>
        <translation>Invalid JSON: %1</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="87"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="73"/>
        <source>Fout in %1: %2</source>
        <translation>Error in %1: %2</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="51"/>
        <source>de poort is al in gebruik door een programma dat hem niet deelt. Geef elk proces dat de poort deelt --share-port.</source>
        <translation>the port is in use by a program that does not share it. Give every process that shares the port --share-port.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="53"/>
        <source>de poort is al in gebruik, door een andere ronde-server of een ander programma. Kies een andere poort, of geef elk proces op dezelfde PostgreSQL-database dat de poort deelt --share-port.</source>
        <translation>the port is in use already, by another ronde-server or another program. Choose another port, or give every process on the same PostgreSQL database that shares the port --share-port.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="57"/>
        <source>geen toegang: een poort onder 1024 vraagt extra rechten (of kies een poort vanaf 1024).</source>
        <translation>no access: a port below 1024 needs extra rights (or choose a port from 1024 on).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="60"/>
        <source>dit adres hoort niet bij deze machine.</source>
        <translation>this address does not belong to this machine.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="75"/>
        <source>Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een vrije poort).</source>
        <translation>Address and port (default 0.0.0.0:8443; port 0 picks a free port).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="77"/>
        <source>ADRES:POORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="78"/>
        <source>Het certificaat van de server (PEM).</source>
        <translation>The server&apos;s certificate (PEM).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="79"/>
        <source>De privésleutel van de server (PEM).</source>
        <translation>The server&apos;s private key (PEM).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="81"/>
        <source>Zonder TLS, alleen op een loopback-adres (voor tests).</source>
        <translation>Without TLS, on a loopback address only (for tests).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="83"/>
        <source>Hoeveel verbindingen tegelijk open mogen zijn (standaard 2048); een nieuwe sluit dan de langst vastzittende.</source>
        <translation>How many connections may be open at once (default 2048); a new one then closes the one stuck the longest.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="85"/>
        <location filename="../commands/serve.cpp" line="98"/>
        <location filename="../commands/serve.cpp" line="102"/>
        <location filename="../commands/loadtest.cpp" line="31"/>
        <location filename="../commands/loadtest.cpp" line="33"/>
        <location filename="../commands/loadtest.cpp" line="36"/>
        <location filename="../commands/loadtest.cpp" line="38"/>
        <source>AANTAL</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="87"/>
        <source>Binnen hoeveel seconden een verzoek helemaal binnen moet zijn (standaard 30); een stille verbinding sluit na het dubbele.</source>
        <translation>Within how many seconds a request must have arrived in full (default 30); a silent connection closes after twice that.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="89"/>
        <source>SECONDEN</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="91"/>
        <source>Hoeveel dagen een vertrokken gedetineerde nog op de tablets van de inrichting blijft (standaard 0: weg bij de eerste synchronisatie na vertrek). De server bewaart alles.</source>
        <translation>How many days a departed detainee stays on the facility&apos;s tablets (default 0: gone at the first sync after departure). The server keeps everything.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="94"/>
        <source>DAGEN</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="96"/>
        <source>Hoeveel auditregels een tablet per etmaal mag sturen (standaard 20000); wat erboven komt, wordt niet bewaard en gelogd.</source>
        <translation>How many audit entries a tablet may send in 24 hours (default 20000); what comes above is not stored, and logged.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="100"/>
        <source>Hoeveel verzoeken tegelijk worden beantwoord, elk met een eigen databaseverbinding (standaard het aantal processorkernen, minstens 2).</source>
        <translation>How many requests are answered at once, each with a database connection of its own (default the number of processor cores, at least 2).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="104"/>
        <source>Deel de poort met andere ronde-server-processen op dezelfde PostgreSQL-database; geef het elk van die processen. Zonder deze optie weigert de server een poort waarop al iets luistert.</source>
        <translation>Share the port with other ronde-server processes on the same PostgreSQL database; give it to each of those processes. Without this option the server refuses a port that something listens on already.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="112"/>
        <source>--share-port is alleen voor meerdere processen op één PostgreSQL-database; een SQLite-bestand heeft één serverproces.</source>
        <translation>--share-port is only for several processes on one PostgreSQL database; a SQLite file has one server process.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="127"/>
        <source>Ongeldig adres &apos;%1&apos; voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.</source>
        <translation>Invalid address &apos;%1&apos; for --listen: use for example 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="136"/>
        <source>--max-connections moet een heel getal van 1 of meer zijn.</source>
        <translation>--max-connections must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="140"/>
        <source>Let op: het systeem laat dit proces maar %1 verbindingen open hebben, niet %2 (--max-connections); verhoog de grens voor open bestanden (ulimit -n, LimitNOFILE).</source>
        <translation>Note: the system lets this process have only %1 connections open, not %2 (--max-connections); raise the limit on open files (ulimit -n, LimitNOFILE).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="150"/>
        <source>--request-timeout moet een heel aantal seconden van 1 of meer zijn.</source>
        <translation>--request-timeout must be a whole number of seconds, 1 or more.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="157"/>
        <source>--retention-days moet een heel aantal dagen van 0 tot en met 3650 zijn.</source>
        <translation>--retention-days must be a whole number of days from 0 to 3650.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="163"/>
        <source>--max-audit-per-day moet een heel getal van 1 of meer zijn.</source>
        <translation>--max-audit-per-day must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="169"/>
        <source>--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).</source>
        <translation>--insecure-loopback is allowed on a loopback address only (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="174"/>
        <source>Geef --cert en --key: tablets praten alleen via TLS met de server.</source>
        <translation>Give --cert and --key: tablets talk to the server over TLS only.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="180"/>
        <source>Kan het certificaat of de sleutel niet lezen.</source>
        <translation>Cannot read the certificate or the key.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="190"/>
        <source>Certificaat of sleutel is geen geldige PEM.</source>
        <translation>The certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="210"/>
        <source>Kan niet luisteren op %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="216"/>
        <source>Ronde-server luistert op %1://%2:%3 (werkers: %4)</source>
        <translation>Ronde-server listens on %1://%2:%3 (workers: %4)</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="16"/>
        <source>De inrichting (naam of id).</source>
        <translation>The facility (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="14"/>
        <source>Inrichtingen en hun afdelingen: &apos;facility add&apos;, &apos;facility unit&apos; of &apos;facility list&apos;.</source>
        <translation>Facilities and their units: &apos;facility add&apos;, &apos;facility unit&apos; or &apos;facility list&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="41"/>
        <source>Een afdeling heeft een naam nodig (--unit).</source>
        <translation>A unit needs a name (--unit).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="50"/>
        <source>Afdeling &apos;%1&apos; staat twee keer in de opdracht.</source>
        <translation>Unit &apos;%1&apos; is named twice in the command.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="56"/>
        <source>Afdeling &apos;%1&apos; bestaat al in deze inrichting.</source>
        <translation>Unit &apos;%1&apos; already exists in this facility.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="77"/>
        <source>Nog geen inrichtingen. Voeg er een toe met &apos;ronde-server facility add --name NAAM&apos;.</source>
        <translation>No facilities yet. Add one with &apos;ronde-server facility add --name NAME&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="100"/>
        <source>add (een nieuwe inrichting), unit (afdelingen erbij) of list (alle inrichtingen met hun afdelingen).</source>
        <translation>add (a new facility), unit (more units) or list (every facility with its units).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="103"/>
        <source>Met add: de naam van de nieuwe inrichting, bijv. &apos;PI Zwolle&apos;.</source>
        <translation>With add: the name of the new facility, e.g. &apos;PI Zwolle&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="104"/>
        <location filename="../commands/enrol.cpp" line="16"/>
        <location filename="../commands/user.cpp" line="160"/>
        <location filename="../commands/report.cpp" line="26"/>
        <location filename="../commands/proposals.cpp" line="32"/>
        <location filename="../commands/audit.cpp" line="37"/>
        <location filename="../commands/transfer.cpp" line="21"/>
        <location filename="../commands/refusals.cpp" line="22"/>
        <source>INRICHTING</source>
        <translation>FACILITY</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="104"/>
        <source>Met unit: de inrichting (naam of id).</source>
        <translation>With unit: the facility (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="106"/>
        <source>Een afdeling (bij add of unit); herhaal de optie voor meer afdelingen.</source>
        <translation>A unit (with add or unit); repeat the option for more units.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="109"/>
        <source>Met add: het soort inrichting: %1 (standaard prison).</source>
        <translation>With add: the kind of facility: %1 (default prison).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="110"/>
        <source>SOORT</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="113"/>
        <source>Met add: het beleidsprofiel (R0.1): %1 (standaard dbt-2014).</source>
        <translation>With add: the policy profile (R0.1): %1 (default dbt-2014).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="114"/>
        <source>PROFIEL</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="122"/>
        <source>Gebruik: ronde-server facility add|unit|list (zie --help).</source>
        <translation>Usage: ronde-server facility add|unit|list (see --help).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="135"/>
        <source>Geef de afdeling met --unit NAAM.</source>
        <translation>Give the unit with --unit NAME.</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/facility.cpp" line="151"/>
        <source>%n afdeling(en) toegevoegd aan %1.</source>
        <translation>
            <numerusform>%n unit added to %1.</numerusform>
            <numerusform>%n units added to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="162"/>
        <source>Geef de naam van de inrichting met --name NAAM.</source>
        <translation>Give the facility&apos;s name with --name NAME.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="167"/>
        <source>Onbekend soort inrichting &apos;%1&apos;. Kies uit: %2.</source>
        <translation>Unknown kind of facility &apos;%1&apos;. Choose from: %2.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="175"/>
        <source>Onbekend beleidsprofiel &apos;%1&apos;. Kies uit: %2.</source>
        <translation>Unknown policy profile &apos;%1&apos;. Choose from: %2.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="189"/>
        <source>Er is al een inrichting &apos;%1&apos; (%2).</source>
        <translation>There is already a facility &apos;%1&apos; (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/facility.cpp" line="200"/>
        <source>Inrichting toegevoegd: %1 (%2), met %n afdeling(en).</source>
        <translation>
            <numerusform>Facility added: %1 (%2), with %n unit.</numerusform>
            <numerusform>Facility added: %1 (%2), with %n units.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="17"/>
        <source>Een naam voor de tablet, bijv. &apos;Afdeling A 1&apos;.</source>
        <translation>A name for the tablet, e.g. &apos;Unit A 1&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="103"/>
        <location filename="../commands/enrol.cpp" line="17"/>
        <location filename="../commands/user.cpp" line="161"/>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="19"/>
        <source>Hoeveel uur de code geldig is (standaard 24, hoogstens 720).</source>
        <translation>How many hours the code is valid (default 24, at most 720).</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="20"/>
        <source>UREN</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="21"/>
        <source>Trekt een nog ongebruikte code in.</source>
        <translation>Withdraws a code not used yet.</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="21"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="34"/>
        <source>Geen ongebruikte code %1.</source>
        <translation>No unused code %1.</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="37"/>
        <source>Code ingetrokken.</source>
        <translation>Code withdrawn.</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="42"/>
        <source>Aanmeldcode (eenmalig): %1</source>
        <translation>Enrolment code (one-time): %1</translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="44"/>
        <source>Geldig tot %1.</source>
        <translation>Valid until %1.</translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="16"/>
        <location filename="../commands/refusals.cpp" line="21"/>
        <source>APPARAAT</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="16"/>
        <source>Het id van de tablet (zie &apos;devices&apos;).</source>
        <translation>The tablet&apos;s id (see &apos;devices&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="22"/>
        <source>Geef precies één apparaat-id.</source>
        <translation>Give exactly one device id.</translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="27"/>
        <source>Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.</source>
        <translation>Revoked: %1. At its next sync the tablet erases its data.</translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="8"/>
        <source>Toont de aangemelde tablets, met wanneer elk het laatst gesynchroniseerd heeft.</source>
        <translation>Shows the enrolled tablets, with when each last synced.</translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="14"/>
        <source>laatst gesynchroniseerd %1</source>
        <translation>last synced %1</translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="15"/>
        <source>nog nooit gesynchroniseerd</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="33"/>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="36"/>
        <source>opnieuw koppelen: geen sleutel voor pincodes</source>
        <translation>enrol again: no key for PINs</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="46"/>
        <source>Nieuwe pincode (6 tot 8 cijfers): </source>
        <translation>New PIN (6 to 8 digits): </translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="49"/>
        <source>Nog een keer: </source>
        <translation>Once more: </translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="99"/>
        <location filename="../commands/user.cpp" line="156"/>
        <source>ACTIE</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="161"/>
        <source>Naam van de medewerker.</source>
        <translation>Name of the staff member.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="162"/>
        <source>ROL</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="162"/>
        <source>Rol: %1.</source>
        <translation>Role: %1.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="166"/>
        <source>ORGANISATIE</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="170"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="213"/>
        <source>Geef de inrichting met --facility (naam of id).</source>
        <translation>Give the facility with --facility (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="219"/>
        <source>Onbekende rol &apos;%1&apos;. Kies uit: %2.</source>
        <translation>Unknown role &apos;%1&apos;. Choose from: %2.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="226"/>
        <source>Geef de naam van de medewerker met --name.</source>
        <translation>Give the staff member&apos;s name with --name.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="319"/>
        <source>Alleen externen (gemeente, reclassering, zorgverlener, vrijwilliger) hebben een organisatie; %1 is %2.</source>
        <translation>Only external visitors (municipality, probation, care provider, volunteer) have an organisation; %1 is %2.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="330"/>
        <source>%1 hoort nu bij %2. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation>%1 now belongs to %2. Tablets take this over at their next sync.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="337"/>
        <source>Gebruik: ronde-server user add|list|disable ID|enable ID|organisation ID (zie --help).</source>
        <translation>Usage: ronde-server user add|list|disable ID|enable ID|organisation ID (see --help).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="194"/>
        <source>%1 heeft al een medewerker &apos;%2&apos; (%3). Maak de namen verschillend, bijvoorbeeld met een voorletter.</source>
        <translation>%1 already has a staff member &apos;%2&apos; (%3). Make the names different, for example with an initial.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="15"/>
        <source>Medewerkers: &apos;user add&apos;, &apos;user list&apos;, &apos;user disable ID&apos;, &apos;user enable ID&apos; of &apos;user organisation ID&apos;.</source>
        <translation>Staff: &apos;user add&apos;, &apos;user list&apos;, &apos;user disable ID&apos;, &apos;user enable ID&apos; or &apos;user organisation ID&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="100"/>
        <source>Bij de rol %1 hoort een organisatie: geef die met --organisation, bijvoorbeeld &apos;Gemeente Zwolle&apos; of &apos;Reclassering Nederland&apos;. Externen zien de contacten van hun eigen organisatie.</source>
        <translation>The role %1 needs an organisation: give it with --organisation, for example &apos;Gemeente Zwolle&apos; or &apos;Reclassering Nederland&apos;. External visitors see their own organisation&apos;s contacts.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="108"/>
        <source>Alleen externen (gemeente, reclassering, zorgverlener, vrijwilliger) hebben een organisatie: laat --organisation weg bij de rol %1.</source>
        <translation>Only external visitors (municipality, probation, care provider, volunteer) have an organisation: leave out --organisation for the role %1.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="143"/>
        <source>geen organisatie</source>
        <translation>no organisation</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="156"/>
        <source>add, list, disable, enable of organisation (een externe een organisatie geven, met --organisation).</source>
        <translation>add, list, disable, enable or organisation (give an external visitor an organisation, with --organisation).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="276"/>
        <source>Medewerker toegevoegd: %1 (%2).</source>
        <translation>Staff member added: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="146"/>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="128"/>
        <source>Organisatie gespeld zoals bij collega&apos;s: &apos;%1&apos; (in plaats van &apos;%2&apos;).</source>
        <translation>Organisation spelled as your colleagues have it: &apos;%1&apos; (instead of &apos;%2&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="145"/>
        <source>mandaat (R4.5)</source>
        <translation>mandate (R4.5)</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="159"/>
        <source>De inrichting (naam of id); bij list zonder deze optie: alle.</source>
        <translation>The facility (name or id); for list without this option: all.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="164"/>
        <source>Organisatie, nodig bij externen (gemeente, reclassering, zorgverlener, vrijwilliger), bijv. &apos;Gemeente Zwolle&apos;.</source>
        <translation>Organisation, required for external visitors (municipality, probation, care provider, volunteer), e.g. &apos;Gemeente Zwolle&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="171"/>
        <source>Gemandateerd MDO-lid (mentor of casemanager): mag besluiten (R4.5).</source>
        <translation>Mandated MDO member (mentor or case manager): may decide (R4.5).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="241"/>
        <source>De directeur besluit zelf; een mandaat is niet nodig.</source>
        <translation>The director decides; no mandate is needed.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="245"/>
        <source>Alleen een MDO-lid (mentor of casemanager) kan een mandaat krijgen (R4.5).</source>
        <translation>Only an MDO member (mentor or case manager) can be given a mandate (R4.5).</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="293"/>
        <source>Uitgeschakeld: %1. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation>Disabled: %1. Tablets take this over at their next sync.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="309"/>
        <source>Ingeschakeld: %1, met de pincode van voorheen. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation>Enabled: %1, with their previous PIN. Tablets take this over at their next sync.</translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="151"/>
        <source>Ongeldige datum &apos;%1&apos; voor --%2: gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date &apos;%1&apos; for --%2: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="25"/>
        <source>De inrichting (naam of id); standaard alle inrichtingen.</source>
        <translation>The facility (name or id); all facilities by default.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="27"/>
        <source>Alleen deze afdeling (naam of id).</source>
        <translation>Only this unit (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="107"/>
        <location filename="../commands/report.cpp" line="27"/>
        <location filename="../commands/transfer.cpp" line="23"/>
        <source>AFDELING</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="29"/>
        <source>Eerste dag van de periode (JJJJ-MM-DD; standaard de eerste dag van de maand, twee maanden terug).</source>
        <translation>First day of the period (YYYY-MM-DD; by default the first day of the month, two months back).</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="33"/>
        <source>Laatste dag van de periode (JJJJ-MM-DD; standaard vandaag).</source>
        <translation>Last day of the period (YYYY-MM-DD; today by default).</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="35"/>
        <source>VORM</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="41"/>
        <source>Schrijf naar dit bestand in plaats van naar het scherm.</source>
        <translation>Write to this file instead of the screen.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="66"/>
        <source>De periode loopt tot na vandaag: --to %1 ligt na %2. De cijfers gaan over wat al gebeurd is.</source>
        <translation>The period runs past today: --to %1 is after %2. The figures are about what has happened.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="73"/>
        <source>De periode begint na het einde: --from %1 ligt na --to %2.</source>
        <translation>The period starts after it ends: --from %1 is after --to %2.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="112"/>
        <source>Afdeling &apos;%1&apos; is er in %2 inrichtingen (%3): geef ook --facility.</source>
        <translation>There is a unit &apos;%1&apos; in %2 facilities (%3): give --facility too.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="144"/>
        <source>Kan %1 niet schrijven.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="132"/>
        <location filename="../commands/report.cpp" line="147"/>
        <source>Rapportage geschreven naar %1.</source>
        <translation>Report written to %1.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="34"/>
        <source>text, json, csv of pdf (standaard text). pdf vraagt om --out.</source>
        <translation>text, json, csv or pdf (default text). pdf needs --out.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="37"/>
        <source>Van hoeveel gedetineerden tevredenheid er minstens moet zijn om haar te tonen (standaard 5; R5.5).</source>
        <translation>Minimum number of detainees who rated before satisfaction is shown (default 5; R5.5).</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="48"/>
        <source>Onbekende vorm &apos;%1&apos; voor --format: kies text, json, csv of pdf.</source>
        <translation>Unknown format &apos;%1&apos; for --format: choose text, json, csv or pdf.</translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="53"/>
        <source>Een PDF gaat naar een bestand: geef --out BESTAND.pdf.</source>
        <translation>A PDF goes to a file: give --out FILE.pdf.</translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="88"/>
        <location filename="../commands/proposals.cpp" line="16"/>
        <source>afdeling</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="19"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="22"/>
        <source>zelfmelder</source>
        <translation>self-reporter</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="32"/>
        <location filename="../commands/refusals.cpp" line="22"/>
        <source>Alleen deze inrichting (naam of id).</source>
        <translation>Only this facility (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="33"/>
        <source>Alleen parallelle wijzigingen.</source>
        <translation>Only parallel updates.</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="52"/>
        <source>%1: %2 (was: %3)</source>
        <translation>%1: %2 (was: %3)</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="55"/>
        <source>door %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="58"/>
        <source>PARALLEL met %1</source>
        <translation>PARALLEL with %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/proposals.cpp" line="63"/>
        <source>%n voorstel(len).</source>
        <translation>
            <numerusform>%n proposal.</numerusform>
            <numerusform>%n proposals.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/refusals.cpp" line="21"/>
        <source>Alleen deze tablet (id, zie &apos;devices&apos;).</source>
        <translation>Only this tablet (id, see &apos;devices&apos;).</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/refusals.cpp" line="55"/>
        <source>%n geweigerde registratie(s).</source>
        <translation>
            <numerusform>%n refused record.</numerusform>
            <numerusform>%n refused records.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="15"/>
        <source>opende het dossier</source>
        <translation>opened the file</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="17"/>
        <source>legde vast</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="23"/>
        <source>synchroniseerde</source>
        <translation>synced</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="33"/>
        <location filename="../commands/transfer.cpp" line="20"/>
        <source>Het nummer van de gedetineerde.</source>
        <translation>The detainee&apos;s number.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="168"/>
        <source>Niet gebruiken: de pincode wordt gevraagd (terminal) of gelezen van standaardinvoer, nooit van de opdrachtregel.</source>
        <translation>Do not use: the PIN is asked for (terminal) or read from standard input, never from the command line.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="254"/>
        <source>Geef de pincode niet op de opdrachtregel: andere gebruikers van de machine en de shellgeschiedenis zien hem. Typ hem na de vraag, of geef hem via standaardinvoer.</source>
        <translation>Do not give the PIN on the command line: other users of the machine and the shell history see it. Type it when asked, or give it on standard input.</translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="262"/>
        <source>De pincode moet 6 tot 8 cijfers zijn.</source>
        <translation>The PIN must have 6 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="33"/>
        <location filename="../commands/transfer.cpp" line="20"/>
        <source>NUMMER</source>
        <translation>NUMBER</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="21"/>
        <source>De nieuwe inrichting (naam of id).</source>
        <translation>The new facility (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="23"/>
        <source>De afdeling in de nieuwe inrichting (naam of id).</source>
        <translation>The unit in the new facility (name or id).</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="25"/>
        <source>De dag van de overplaatsing (JJJJ-MM-DD; standaard vandaag).</source>
        <translation>The day of the transfer (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="31"/>
        <source>Gebruik: ronde-server transfer NUMMER --to INRICHTING [--on DATUM].</source>
        <translation>Usage: ronde-server transfer NUMBER --to FACILITY [--on DATE].</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="66"/>
        <source>%1 is al in %2.</source>
        <translation>%1 is in %2 already.</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="71"/>
        <source>%1 kwam op %2 binnen in de huidige inrichting; een overplaatsing kan niet eerder (--on).</source>
        <translation>%1 was admitted to the current facility on %2; a transfer cannot be earlier (--on).</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="78"/>
        <source>Een overplaatsing ligt niet in de toekomst: geef vandaag of een eerdere dag (--on).</source>
        <translation>A transfer does not lie in the future: give today or an earlier day (--on).</translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="84"/>
        <source>Overgeplaatst: %1 (%2) naar %3 op %4.</source>
        <translation>Transferred: %1 (%2) to %3 on %4.</translation>
    </message>
    <message>
        <location filename="../commands/refusals.cpp" line="50"/>
        <source>niet opgeslagen op de tablet: %1</source>
        <translation>not stored on the tablet: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/refusals.cpp" line="59"/>
        <source>%n registratie(s) van de server niet opgeslagen op een tablet.</source>
        <translation>
            <numerusform>%n record from the server not stored on a tablet.</numerusform>
            <numerusform>%n records from the server not stored on a tablet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="19"/>
        <source>kon een registratie van de server niet opslaan</source>
        <translation>could not store a record from the server</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="35"/>
        <source>De inrichting (naam of id), als het nummer in meer inrichtingen voorkomt.</source>
        <translation>The facility (name or id), when the number occurs in more than one facility.</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="43"/>
        <source>Geef --detainee NUMMER.</source>
        <translation>Give --detainee NUMBER.</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="55"/>
        <source>Nummer %1 komt in meer inrichtingen voor; kies er een met --facility.</source>
        <translation>Number %1 occurs in more than one facility; choose one with --facility.</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="63"/>
        <source>Auditlogboek van %1, nummer %2 (%3)</source>
        <translation>Audit log of %1, number %2 (%3)</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="77"/>
        <source>tablet %1</source>
        <translation>tablet %1</translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="77"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/audit.cpp" line="79"/>
        <source>%n regel(s).</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="12"/>
        <source>Leest gedetineerden in uit een CSV-export van het registratiesysteem (nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek;mentor).</source>
        <translation>Reads detainees from a CSV export of the registration system (nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek;mentor).</translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="25"/>
        <source>Het bestand in UTF-8, met &apos;;&apos; of &apos;,&apos; tussen de velden en de kolomnamen op de eerste regel.
- binnenkomst en vertrek: JJJJ-MM-DD, of D-M-JJJJ zoals Excel ze toont (ook met voorloopnullen); vertrek leeg zolang de gedetineerde er is.
- zelfmelder: ja of nee (leeg is nee).
- uitsluiting (R2.3): leeg, of ISD, pre-ISD, delict tijdens detentie, JMC, PPC, beheersgroep (EBI, EZV, TA).
- mentor: leeg, of de naam of het id van een mentor van de inrichting (&apos;user list&apos;).
Een bekend nummer in een andere inrichting dan voorheen is een overplaatsing.</source>
        <translation>The file in UTF-8, with &apos;;&apos; or &apos;,&apos; between the fields and the column names (in Dutch, as above) on the first line.
- binnenkomst and vertrek (admission, departure): YYYY-MM-DD, or D-M-YYYY as Excel shows them (leading zeros allowed); vertrek empty while the detainee is there.
- zelfmelder (self-reporter): ja or nee (empty is nee).
- uitsluiting (exclusion, R2.3): empty, or ISD, pre-ISD, delict tijdens detentie, JMC, PPC, beheersgroep (EBI, EZV, TA).
- mentor: empty, or the name or id of a mentor of the facility (&apos;user list&apos;).
A known number in a different facility from before is a transfer.</translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="35"/>
        <source>Het CSV-bestand (&apos;;&apos; of &apos;,&apos;).</source>
        <translation>The CSV file (&apos;;&apos; or &apos;,&apos;).</translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="36"/>
        <source>Sla foute regels over en lees de rest in (zonder deze optie wordt bij een fout niets ingelezen).</source>
        <translation>Skip bad rows and import the rest (without this option nothing is imported when a row is bad).</translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="43"/>
        <source>Geef één CSV-bestand. Zie &apos;ronde-server import --help&apos;.</source>
        <translation>Give one CSV file. See &apos;ronde-server import --help&apos;.</translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="61"/>
        <source>Niets ingelezen: verbeter het bestand en lees het opnieuw in.</source>
        <translation>Nothing imported: correct the file and import it again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/import.cpp" line="65"/>
        <source>Niets ingelezen: %n regel(s) afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</source>
        <translation>
            <numerusform>Nothing imported: %n row refused. Correct the file, or give --skip-invalid to import the good rows.</numerusform>
            <numerusform>Nothing imported: %n rows refused. Correct the file, or give --skip-invalid to import the good rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="73"/>
        <source>Ingelezen: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 afgekeurd.</source>
        <translation>Imported: %1 added, %2 updated, %3 unchanged, %4 refused.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="27"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation>Usage: ronde-server COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="28"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation>Ronde&apos;s central server: receives the tablets&apos; records and manages devices, staff and reports.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="31"/>
        <source>Opdrachten:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="36"/>
        <source>Algemene opties:</source>
        <translation>General options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="38"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation>Shows this help; &apos;ronde-server COMMAND --help&apos; shows a command&apos;s options.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="41"/>
        <source>Toont het versienummer.</source>
        <translation>Shows the version number.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="43"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation>Every command takes --database PATH (default %1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="74"/>
        <source>Fout: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="79"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation>Unknown command &apos;%1&apos;. See &apos;ronde-server --help&apos;.</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="31"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="184"/>
        <location filename="../report_output.cpp" line="251"/>
        <source>niet getoond: van minder dan %1 gedetineerden</source>
        <translation>not shown: from fewer than %1 detainees</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="185"/>
        <source>gemiddeld %1</source>
        <translation>mean %1</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="260"/>
        <source>gemiddeld %1; %2</source>
        <translation>mean %1; %2</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="270"/>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="271"/>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="271"/>
        <source>aanwezig</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="273"/>
        <source>geen casemanager/mentor</source>
        <translation>no case manager/mentor</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="274"/>
        <source>mentorgesprek over termijn</source>
        <translation>mentor talk overdue</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="319"/>
        <source>alle inrichtingen</source>
        <translation>all facilities</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="212"/>
        <source>Rapportage %1, %2</source>
        <translation>Report %1, %2</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="140"/>
        <source>Contact volgens registratie en volgens gedetineerden (R7.5)</source>
        <translation>Contact according to the records and according to the detainees (R7.5)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="174"/>
        <source>geen contact met een professional</source>
        <translation>no contact with a professional</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="176"/>
        <source>hulp bij het D&amp;R-plan</source>
        <translation>help with the D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="179"/>
        <source>Tevredenheid per rol: bij het gesprek (R5.5) en in de vragenlijst (R7)</source>
        <translation>Satisfaction per role: at the talk (R5.5) and in the questionnaire (R7)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="216"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation>Present in the period: %1 detainees</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="218"/>
        <source>Contact per rol (R5.1)</source>
        <translation>Contact per role (R5.1)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="222"/>
        <source>geen contact met casemanager of mentor</source>
        <translation>no contact with case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="223"/>
        <source>Zonder contact met een professional (R5.2)</source>
        <translation>Without contact with a professional (R5.2)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="224"/>
        <location filename="../report_output.cpp" line="272"/>
        <source>geen contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="225"/>
        <source>van wie langer dan twee weken binnen</source>
        <translation>of whom in custody longer than two weeks</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="226"/>
        <source>Hulp bij het D&amp;R-plan, bij 4 weken of langer binnen (R5.3)</source>
        <translation>Help with the D&amp;R plan, in custody 4 weeks or longer (R5.3)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="227"/>
        <source>geen hulp van casemanager of mentor</source>
        <translation>no help from case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="229"/>
        <source>Naleving (R5.4)</source>
        <translation>Compliance (R5.4)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="247"/>
        <source>Tevredenheid per rol (R5.5, 1–5)</source>
        <translation>Satisfaction per role (R5.5, 1–5)</translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="403"/>
        <location filename="../report_output.cpp" line="404"/>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="14"/>
        <source>Belast een draaiende server met gesimuleerde tablets die tegelijk docken, en controleert daarna dat niets verloren of dubbel is.</source>
        <translation>Loads a running server with simulated tablets that dock at the same moment, then checks that nothing was lost or doubled.</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="24"/>
        <source>De server, zoals een tablet hem kent (http(s)://host:poort).</source>
        <translation>The server, as a tablet knows it (http(s)://host:port).</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="24"/>
        <source>ADRES</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="26"/>
        <source>Het certificaat van de server (PEM), voor https: de tablets vertrouwen alleen dat.</source>
        <translation>The server&apos;s certificate (PEM), for https: the tablets trust that one only.</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="30"/>
        <source>Over hoeveel inrichtingen de tablets verdeeld worden (standaard 1).</source>
        <translation>Over how many facilities the tablets are spread (default 1).</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="33"/>
        <source>Hoeveel tablets in totaal (standaard 20).</source>
        <translation>How many tablets in all (default 20).</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="35"/>
        <source>Hoeveel registraties elke tablet per ronde offline maakt (standaard 25).</source>
        <translation>How many records each tablet makes offline per round (default 25).</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="38"/>
        <source>Hoe vaak alle tablets tegelijk docken (standaard 3).</source>
        <translation>How often all tablets dock together (default 3).</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="47"/>
        <source>Geef met --url het adres van de server, bijvoorbeeld https://127.0.0.1:8443.</source>
        <translation>Give the server&apos;s address with --url, for example https://127.0.0.1:8443.</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="54"/>
        <source>Kan het certificaat %1 niet lezen.</source>
        <translation>Cannot read the certificate %1.</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="77"/>
        <source>Belastingtest niet gestart: %1</source>
        <translation>Load test not started: %1</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="80"/>
        <source>%1 synchronisaties: p50 %2 ms, p99 %3 ms, langste %4 ms, opnieuw geprobeerd %5, mislukt %6</source>
        <translation>%1 syncs: p50 %2 ms, p99 %3 ms, longest %4 ms, retried %5, failed %6</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="89"/>
        <source>%1 registraties geschreven: %2 niet op de server, %3 dubbel genummerd, %4 keer niet op een tablet van hun inrichting</source>
        <translation>%1 records written: %2 not on the server, %3 numbered twice, %4 times not on a tablet of their facility</translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="96"/>
        <source>processortijd van deze test in de rondes: %1 ms per synchronisatie (draait de test op de machine van de server, dan gaat die tijd van de server af)</source>
        <translation>processor time of this test in the rounds: %1 ms per sync (when the test runs on the server&apos;s machine, that time is taken from the server)</translation>
    </message>
</context>
<context>
    <name>ronde::sync</name>
    <message>
        <location filename="../load_test.cpp" line="269"/>
        <source>de database heeft geen inrichtingen</source>
        <translation>the database has no facilities</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="275"/>
        <source>het certificaat van de server is geen PEM-certificaat</source>
        <translation>the server&apos;s certificate is not a PEM certificate</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="283"/>
        <source>het systeem geeft geen %1 threads voor de tablets</source>
        <translation>the system does not give %1 threads for the tablets</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="311"/>
        <source>koppelen of eerste synchronisatie mislukt: %1</source>
        <translation>enrolment or first sync failed: %1</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="330"/>
        <source>%1 tablets gekoppeld en bijgewerkt</source>
        <translation>%1 tablets enrolled and up to date</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="385"/>
        <source>ronde %1 van %2: %3 tablets tegelijk in %4 ms, p99 tot nu %5 ms</source>
        <translation>round %1 of %2: %3 tablets at once in %4 ms, p99 so far %5 ms</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="399"/>
        <source>laatste onderbreking (opnieuw geprobeerd): %1</source>
        <translation>last break-off (tried again): %1</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="402"/>
        <source>laatste fout: %1</source>
        <translation>last error: %1</translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="431"/>
        <source>gecontroleerd tegen de database van de server en elke tablet</source>
        <translation>checked against the server&apos;s database and every tablet</translation>
    </message>
</context>
</TS>
