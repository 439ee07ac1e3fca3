<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../cli.cpp" line="35"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation>Creates the database or updates its schema.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="37"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation>Writes a central database with demo facilities.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="38"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation>Evaluates a scenario (JSON) by the rules and shows why something is on time, late or still open.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="42"/>
        <source>Start de synchronisatieserver (HTTPS).</source>
        <translation>Starts the sync server (HTTPS).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="43"/>
        <source>Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.</source>
        <translation>Makes a one-time enrolment code for a new tablet of a facility.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="45"/>
        <source>Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.</source>
        <translation>Revokes a tablet: at its next sync it erases its data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="47"/>
        <source>Medewerkers: &apos;user add&apos;, &apos;user list&apos; of &apos;user disable ID&apos;.</source>
        <translation>Staff: 'user add', 'user list' or 'user disable ID'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="50"/>
        <source>Toont de aangemelde tablets.</source>
        <translation>Lists the enrolled tablets.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="94"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="104"/>
        <source>Opties:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="105"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation>Usage: ronde-server %1 [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="113"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation>See 'ronde-server help'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="134"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation>Invalid value '%1' for --%2: give a whole number from %3 to %4.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="162"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation>Database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="297"/>
        <location filename="../cli.cpp" line="357"/>
        <location filename="../cli.cpp" line="358"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="176"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation>Number of facilities (default 1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="176"/>
        <location filename="../cli.cpp" line="178"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="178"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation>Number of detainees per facility (default 60).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="180"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation>Seed of the random generator (default 2014); the same seed gives the same data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="182"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="184"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation>The date that is 'today' in the demo (YYYY-MM-DD; default today).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="186"/>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="206"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation>Invalid date '%1' for --today: use YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="250"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation>The file %1 already exists. Choose another file or give --replace.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="220"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation>Making demo: %1 of %2 detainees</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="69"/>
        <source>Het databasebestand (SQLite), of een PostgreSQL-database als postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). Standaard: %1.</source>
        <translation>The database file (SQLite), or a PostgreSQL database as postgresql://user@host:port/name (password via ~/.pgpass or PGPASSWORD). Default: %1.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="73"/>
        <location filename="../cli.cpp" line="175"/>
        <source>PAD|URI</source>
        <translation>PATH|URI</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="173"/>
        <source>De nieuwe database: een bestand of een PostgreSQL-URI (hetzelfde als --database).</source>
        <translation>The new database: a file or a PostgreSQL URI (the same as --database).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="187"/>
        <source>Overschrijf het bestand als het al bestaat (of maak de PostgreSQL-database eerst leeg).</source>
        <translation>Overwrite the file if it exists (or empty the PostgreSQL database first).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="236"/>
        <source>De database %1 bevat al gegevens. Kies een andere database of geef --replace.</source>
        <translation>The database %1 already holds data. Choose another database or give --replace.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="275"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation>Could not rename %1 to %2.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="279"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation>Demo written to %1: %2 facilities, %3 units, %4 staff, %5 detainees, %6 records.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="281"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="297"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation>The scenario as JSON; without a file, standard input is read.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="298"/>
        <source>[BESTAND]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="304"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation>Give at most one scenario file.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="311"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation>Cannot read standard input.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="318"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="330"/>
        <source>Fout in %1: %2</source>
        <translation>Error in %1: %2</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="354"/>
        <source>Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een vrije poort).</source>
        <translation>Address and port (default 0.0.0.0:8443; port 0 picks a free port).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="356"/>
        <source>ADRES:POORT</source>
        <translation>ADDRESS:PORT</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="357"/>
        <source>Het certificaat van de server (PEM).</source>
        <translation>The server's certificate (PEM).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="358"/>
        <source>De privésleutel van de server (PEM).</source>
        <translation>The server's private key (PEM).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="360"/>
        <source>Zonder TLS, alleen op een loopback-adres (voor tests).</source>
        <translation>Without TLS, on a loopback address only (for tests).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="371"/>
        <source>Ongeldig adres &apos;%1&apos; voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.</source>
        <translation>Invalid address '%1' for --listen: use for example 127.0.0.1:8443.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="379"/>
        <source>--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).</source>
        <translation>--insecure-loopback is allowed on a loopback address only (127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="384"/>
        <source>Geef --cert en --key: tablets praten alleen via TLS met de server.</source>
        <translation>Give --cert and --key: tablets talk to the server over TLS only.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="390"/>
        <source>Kan het certificaat of de sleutel niet lezen.</source>
        <translation>Cannot read the certificate or the key.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="400"/>
        <source>Certificaat of sleutel is geen geldige PEM.</source>
        <translation>The certificate or key is not valid PEM.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="415"/>
        <source>Kan niet luisteren op %1.</source>
        <translation>Cannot listen on %1.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="418"/>
        <source>Ronde-server luistert op %1://%2:%3</source>
        <translation>Ronde-server listening on %1://%2:%3</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="431"/>
        <location filename="../cli.cpp" line="497"/>
        <source>De inrichting (naam of id).</source>
        <translation>The facility (name or id).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="431"/>
        <location filename="../cli.cpp" line="497"/>
        <source>INRICHTING</source>
        <translation>FACILITY</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="432"/>
        <source>Een naam voor de tablet, bijv. &apos;Afdeling A 1&apos;.</source>
        <translation>A name for the tablet, e.g. 'Unit A 1'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="432"/>
        <location filename="../cli.cpp" line="498"/>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="440"/>
        <source>Aanmeldcode (eenmalig): %1</source>
        <translation>Enrolment code (one-time): %1</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="450"/>
        <source>APPARAAT</source>
        <translation>DEVICE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="450"/>
        <source>Het id van de tablet (zie &apos;devices&apos;).</source>
        <translation>The tablet's id (see 'devices').</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="456"/>
        <source>Geef precies één apparaat-id.</source>
        <translation>Give exactly one device id.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="461"/>
        <source>Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.</source>
        <translation>Revoked: %1. At its next sync the tablet erases its data.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="485"/>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="496"/>
        <source>ACTIE</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="496"/>
        <source>add, list of disable.</source>
        <translation>add, list or disable.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="498"/>
        <source>Naam van de medewerker.</source>
        <translation>Name of the staff member.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="500"/>
        <source>Rol: caseManager, mentor, municipality, probation, careProvider, volunteer, director of office.</source>
        <translation>Role: caseManager, mentor, municipality, probation, careProvider, volunteer, director or office.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="502"/>
        <source>ROL</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="503"/>
        <source>Organisatie (bij externen), bijv. &apos;Gemeente Zwolle&apos;.</source>
        <translation>Organisation (for externals), e.g. 'Gemeente Zwolle'.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="504"/>
        <source>ORGANISATIE</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="506"/>
        <source>Pincode van 4 tot 8 cijfers (wordt alleen als hash bewaard).</source>
        <translation>PIN of 4 to 8 digits (kept only as a hash).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="506"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="507"/>
        <source>Gemandateerd MDO-lid: mag besluiten (R4.5).</source>
        <translation>Mandated MDO member: may decide (R4.5).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="533"/>
        <source>De pincode moet 4 tot 8 cijfers zijn.</source>
        <translation>The PIN must be 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="545"/>
        <source>Medewerker toegevoegd: %1 (%2).</source>
        <translation>Staff member added: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="555"/>
        <source>uitgeschakeld</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="567"/>
        <source>Uitgeschakeld: %1. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation>Disabled: %1. Tablets take this over at their next sync.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="572"/>
        <source>Gebruik: ronde-server user add|list|disable ID (zie --help).</source>
        <translation>Usage: ronde-server user add|list|disable ID (see --help).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="594"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation>Usage: ronde-server COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="595"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation>Ronde's central server: receives the tablets' records and manages devices, staff and reports.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="598"/>
        <source>Opdrachten:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="603"/>
        <source>Algemene opties:</source>
        <translation>General options:</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="605"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation>Shows this help; 'ronde-server COMMAND --help' shows a command's options.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="608"/>
        <source>Toont het versienummer.</source>
        <translation>Shows the version number.</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="610"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation>Every command takes --database PATH (default %1).</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="641"/>
        <source>Fout: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="646"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation>Unknown command '%1'. See 'ronde-server --help'.</translation>
    </message>
</context>
</TS>
