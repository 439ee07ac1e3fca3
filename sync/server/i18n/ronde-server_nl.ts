<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ReportFactsKeeper</name>
    <message>
        <location filename="../report_facts_keeper.cpp" line="62"/>
        <source>rapportregels bijwerken mislukt (later opnieuw): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../commands/init.cpp" line="12"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/init.cpp" line="29"/>
        <source>Voeg nu de inrichtingen toe: ronde-server facility add --name NAAM --unit AFDELING (zie &apos;ronde-server facility --help&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="16"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="11"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="67"/>
        <source>Start de synchronisatieserver (HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="8"/>
        <source>Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="8"/>
        <source>Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="97"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="42"/>
        <source>Opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="43"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="65"/>
        <source>Database %1 bestaat niet. Geef het juiste pad met --database (of maak een nieuwe met &apos;ronde-server init&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="82"/>
        <source>het bestand bestaat niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="83"/>
        <source>dat is een map, geen bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="84"/>
        <source>geen leesrechten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="105"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="126"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/init.cpp" line="26"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="37"/>
        <location filename="../commands/serve.cpp" line="78"/>
        <location filename="../commands/serve.cpp" line="79"/>
        <location filename="../commands/report.cpp" line="41"/>
        <location filename="../commands/import.cpp" line="35"/>
        <location filename="../commands/loadtest.cpp" line="28"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="27"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="27"/>
        <location filename="../commands/demo.cpp" line="29"/>
        <location filename="../commands/demo.cpp" line="33"/>
        <location filename="../commands/report.cpp" line="39"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="29"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="31"/>
        <source>Aantal mensen dat zich per inrichting kan aanmelden (standaard de 11 vaste; meer worden bezoekers en medewerkers met verzonnen namen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="35"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="37"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="39"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="41"/>
        <location filename="../commands/report.cpp" line="31"/>
        <location filename="../commands/report.cpp" line="33"/>
        <location filename="../commands/transfer.cpp" line="25"/>
        <source>DATUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="62"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="105"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="76"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="16"/>
        <source>Rapportage voor het centrale kantoor (R5): contact per rol, zonder contact, naleving van de termijnen en tevredenheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="8"/>
        <source>Toont de registratievoorstellen van tablets (afdeling, naam, zelfmelder), met de parallelle wijzigingen die het kantoor moet beslissen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="7"/>
        <source>Toont het auditlogboek van een gedetineerde: wie het dossier opende en wie wat vastlegde, op welke tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/refusals.cpp" line="9"/>
        <source>Toont de registraties die de server weigerde, per tablet, met de reden. Ze blijven op de tablet; na een wijziging van het register of met &apos;Geweigerde opnieuw versturen&apos; stuurt de tablet ze opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="8"/>
        <source>Plaatst een gedetineerde over naar een andere inrichting, op een dag: het verblijf in de oude inrichting eindigt die dag, het nieuwe begint die dag. De geschiedenis gaat mee naar de tablets van de nieuwe inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="29"/>
        <source>Het databasebestand (SQLite), of een PostgreSQL-database als postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). Standaard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="33"/>
        <location filename="../commands/demo.cpp" line="26"/>
        <source>PAD|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="24"/>
        <source>De nieuwe database: een bestand of een PostgreSQL-URI (hetzelfde als --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="42"/>
        <source>Overschrijf het bestand als het al bestaat (of maak de PostgreSQL-database eerst leeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="92"/>
        <source>De database %1 bevat al gegevens. Kies een andere database of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="130"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="134"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/demo.cpp" line="136"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="22"/>
        <source>een waarde die niet past, zoals een te groot getal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="28"/>
        <source>de tekst klopt niet bij regel %1, kolom %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="37"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="38"/>
        <source>[BESTAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="44"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="51"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="69"/>
        <source>Ongeldige JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="87"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/evaluate.cpp" line="73"/>
        <source>Fout in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="51"/>
        <source>de poort is al in gebruik door een programma dat hem niet deelt. Geef elk proces dat de poort deelt --share-port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="53"/>
        <source>de poort is al in gebruik, door een andere ronde-server of een ander programma. Kies een andere poort, of geef elk proces op dezelfde PostgreSQL-database dat de poort deelt --share-port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="57"/>
        <source>geen toegang: een poort onder 1024 vraagt extra rechten (of kies een poort vanaf 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="60"/>
        <source>dit adres hoort niet bij deze machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="75"/>
        <source>Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een vrije poort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="77"/>
        <source>ADRES:POORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="78"/>
        <source>Het certificaat van de server (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="79"/>
        <source>De privésleutel van de server (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="81"/>
        <source>Zonder TLS, alleen op een loopback-adres (voor tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="83"/>
        <source>Hoeveel verbindingen tegelijk open mogen zijn (standaard 2048); een nieuwe sluit dan de langst vastzittende.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="87"/>
        <source>Binnen hoeveel seconden een verzoek helemaal binnen moet zijn (standaard 30); een stille verbinding sluit na het dubbele.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="89"/>
        <source>SECONDEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="91"/>
        <source>Hoeveel dagen een vertrokken gedetineerde nog op de tablets van de inrichting blijft (standaard 0: weg bij de eerste synchronisatie na vertrek). De server bewaart alles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="94"/>
        <source>DAGEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="96"/>
        <source>Hoeveel auditregels een tablet per etmaal mag sturen (standaard 20000); wat erboven komt, wordt niet bewaard en gelogd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="100"/>
        <source>Hoeveel verzoeken tegelijk worden beantwoord, elk met een eigen databaseverbinding (standaard het aantal processorkernen, minstens 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="104"/>
        <source>Deel de poort met andere ronde-server-processen op dezelfde PostgreSQL-database; geef het elk van die processen. Zonder deze optie weigert de server een poort waarop al iets luistert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="112"/>
        <source>--share-port is alleen voor meerdere processen op één PostgreSQL-database; een SQLite-bestand heeft één serverproces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="127"/>
        <source>Ongeldig adres &apos;%1&apos; voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="136"/>
        <source>--max-connections moet een heel getal van 1 of meer zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="140"/>
        <source>Let op: het systeem laat dit proces maar %1 verbindingen open hebben, niet %2 (--max-connections); verhoog de grens voor open bestanden (ulimit -n, LimitNOFILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="150"/>
        <source>--request-timeout moet een heel aantal seconden van 1 of meer zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="157"/>
        <source>--retention-days moet een heel aantal dagen van 0 tot en met 3650 zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="163"/>
        <source>--max-audit-per-day moet een heel getal van 1 of meer zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="169"/>
        <source>--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="174"/>
        <source>Geef --cert en --key: tablets praten alleen via TLS met de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="180"/>
        <source>Kan het certificaat of de sleutel niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="190"/>
        <source>Certificaat of sleutel is geen geldige PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="210"/>
        <source>Kan niet luisteren op %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/serve.cpp" line="216"/>
        <source>Ronde-server luistert op %1://%2:%3 (werkers: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="16"/>
        <source>De inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="14"/>
        <source>Inrichtingen en hun afdelingen: &apos;facility add&apos;, &apos;facility unit&apos; of &apos;facility list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="41"/>
        <source>Een afdeling heeft een naam nodig (--unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="50"/>
        <source>Afdeling &apos;%1&apos; staat twee keer in de opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="56"/>
        <source>Afdeling &apos;%1&apos; bestaat al in deze inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="77"/>
        <source>Nog geen inrichtingen. Voeg er een toe met &apos;ronde-server facility add --name NAAM&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="100"/>
        <source>add (een nieuwe inrichting), unit (afdelingen erbij) of list (alle inrichtingen met hun afdelingen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="103"/>
        <source>Met add: de naam van de nieuwe inrichting, bijv. &apos;PI Zwolle&apos;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="104"/>
        <source>Met unit: de inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="106"/>
        <source>Een afdeling (bij add of unit); herhaal de optie voor meer afdelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="109"/>
        <source>Met add: het soort inrichting: %1 (standaard prison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="110"/>
        <source>SOORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="113"/>
        <source>Met add: het beleidsprofiel (R0.1): %1 (standaard dbt-2014).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="114"/>
        <source>PROFIEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="122"/>
        <source>Gebruik: ronde-server facility add|unit|list (zie --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="135"/>
        <source>Geef de afdeling met --unit NAAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/facility.cpp" line="151"/>
        <source>%n afdeling(en) toegevoegd aan %1.</source>
        <translation>
            <numerusform>%n afdeling toegevoegd aan %1.</numerusform>
            <numerusform>%n afdelingen toegevoegd aan %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="162"/>
        <source>Geef de naam van de inrichting met --name NAAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="167"/>
        <source>Onbekend soort inrichting &apos;%1&apos;. Kies uit: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="175"/>
        <source>Onbekend beleidsprofiel &apos;%1&apos;. Kies uit: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="189"/>
        <source>Er is al een inrichting &apos;%1&apos; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/facility.cpp" line="200"/>
        <source>Inrichting toegevoegd: %1 (%2), met %n afdeling(en).</source>
        <translation>
            <numerusform>Inrichting toegevoegd: %1 (%2), met %n afdeling.</numerusform>
            <numerusform>Inrichting toegevoegd: %1 (%2), met %n afdelingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="17"/>
        <source>Een naam voor de tablet, bijv. &apos;Afdeling A 1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="103"/>
        <location filename="../commands/enrol.cpp" line="17"/>
        <location filename="../commands/user.cpp" line="161"/>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="19"/>
        <source>Hoeveel uur de code geldig is (standaard 24, hoogstens 720).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="20"/>
        <source>UREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="21"/>
        <source>Trekt een nog ongebruikte code in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="21"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="34"/>
        <source>Geen ongebruikte code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="37"/>
        <source>Code ingetrokken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="42"/>
        <source>Aanmeldcode (eenmalig): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/enrol.cpp" line="44"/>
        <source>Geldig tot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="16"/>
        <location filename="../commands/refusals.cpp" line="21"/>
        <source>APPARAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="16"/>
        <source>Het id van de tablet (zie &apos;devices&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="22"/>
        <source>Geef precies één apparaat-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/revoke.cpp" line="27"/>
        <source>Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="8"/>
        <source>Toont de aangemelde tablets, met wanneer elk het laatst gesynchroniseerd heeft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="14"/>
        <source>laatst gesynchroniseerd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="15"/>
        <source>nog nooit gesynchroniseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="33"/>
        <source>ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/devices.cpp" line="36"/>
        <source>opnieuw koppelen: geen sleutel voor pincodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="46"/>
        <source>Nieuwe pincode (6 tot 8 cijfers): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="49"/>
        <source>Nog een keer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="99"/>
        <location filename="../commands/user.cpp" line="156"/>
        <source>ACTIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="161"/>
        <source>Naam van de medewerker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="162"/>
        <source>ROL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="162"/>
        <source>Rol: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="166"/>
        <source>ORGANISATIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="170"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="213"/>
        <source>Geef de inrichting met --facility (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="219"/>
        <source>Onbekende rol &apos;%1&apos;. Kies uit: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="226"/>
        <source>Geef de naam van de medewerker met --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="319"/>
        <source>Alleen externen (gemeente, reclassering, zorgverlener, vrijwilliger) hebben een organisatie; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="330"/>
        <source>%1 hoort nu bij %2. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="337"/>
        <source>Gebruik: ronde-server user add|list|disable ID|enable ID|organisation ID (zie --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="194"/>
        <source>%1 heeft al een medewerker &apos;%2&apos; (%3). Maak de namen verschillend, bijvoorbeeld met een voorletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="15"/>
        <source>Medewerkers: &apos;user add&apos;, &apos;user list&apos;, &apos;user disable ID&apos;, &apos;user enable ID&apos; of &apos;user organisation ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="100"/>
        <source>Bij de rol %1 hoort een organisatie: geef die met --organisation, bijvoorbeeld &apos;Gemeente Zwolle&apos; of &apos;Reclassering Nederland&apos;. Externen zien de contacten van hun eigen organisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="108"/>
        <source>Alleen externen (gemeente, reclassering, zorgverlener, vrijwilliger) hebben een organisatie: laat --organisation weg bij de rol %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="143"/>
        <source>geen organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="156"/>
        <source>add, list, disable, enable of organisation (een externe een organisatie geven, met --organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="276"/>
        <source>Medewerker toegevoegd: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="146"/>
        <source>uitgeschakeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="128"/>
        <source>Organisatie gespeld zoals bij collega&apos;s: &apos;%1&apos; (in plaats van &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="145"/>
        <source>mandaat (R4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="159"/>
        <source>De inrichting (naam of id); bij list zonder deze optie: alle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="164"/>
        <source>Organisatie, nodig bij externen (gemeente, reclassering, zorgverlener, vrijwilliger), bijv. &apos;Gemeente Zwolle&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="171"/>
        <source>Gemandateerd MDO-lid (mentor of casemanager): mag besluiten (R4.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="241"/>
        <source>De directeur besluit zelf; een mandaat is niet nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="245"/>
        <source>Alleen een MDO-lid (mentor of casemanager) kan een mandaat krijgen (R4.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="293"/>
        <source>Uitgeschakeld: %1. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="309"/>
        <source>Ingeschakeld: %1, met de pincode van voorheen. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/common.cpp" line="151"/>
        <source>Ongeldige datum &apos;%1&apos; voor --%2: gebruik JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="25"/>
        <source>De inrichting (naam of id); standaard alle inrichtingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="27"/>
        <source>Alleen deze afdeling (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="107"/>
        <location filename="../commands/report.cpp" line="27"/>
        <location filename="../commands/transfer.cpp" line="23"/>
        <source>AFDELING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="29"/>
        <source>Eerste dag van de periode (JJJJ-MM-DD; standaard de eerste dag van de maand, twee maanden terug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="33"/>
        <source>Laatste dag van de periode (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="35"/>
        <source>VORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="41"/>
        <source>Schrijf naar dit bestand in plaats van naar het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="66"/>
        <source>De periode loopt tot na vandaag: --to %1 ligt na %2. De cijfers gaan over wat al gebeurd is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="73"/>
        <source>De periode begint na het einde: --from %1 ligt na --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="112"/>
        <source>Afdeling &apos;%1&apos; is er in %2 inrichtingen (%3): geef ook --facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="144"/>
        <source>Kan %1 niet schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="132"/>
        <location filename="../commands/report.cpp" line="147"/>
        <source>Rapportage geschreven naar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="34"/>
        <source>text, json, csv of pdf (standaard text). pdf vraagt om --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="37"/>
        <source>Van hoeveel gedetineerden tevredenheid er minstens moet zijn om haar te tonen (standaard 5; R5.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="48"/>
        <source>Onbekende vorm &apos;%1&apos; voor --format: kies text, json, csv of pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/report.cpp" line="53"/>
        <source>Een PDF gaat naar een bestand: geef --out BESTAND.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/facility.cpp" line="88"/>
        <location filename="../commands/proposals.cpp" line="16"/>
        <source>afdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="19"/>
        <source>naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="22"/>
        <source>zelfmelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="32"/>
        <location filename="../commands/refusals.cpp" line="22"/>
        <source>Alleen deze inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="33"/>
        <source>Alleen parallelle wijzigingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="52"/>
        <source>%1: %2 (was: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="55"/>
        <source>door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/proposals.cpp" line="58"/>
        <source>PARALLEL met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/proposals.cpp" line="63"/>
        <source>%n voorstel(len).</source>
        <translation>
            <numerusform>%n voorstel.</numerusform>
            <numerusform>%n voorstellen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/refusals.cpp" line="21"/>
        <source>Alleen deze tablet (id, zie &apos;devices&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/refusals.cpp" line="55"/>
        <source>%n geweigerde registratie(s).</source>
        <translation>
            <numerusform>%n geweigerde registratie.</numerusform>
            <numerusform>%n geweigerde registraties.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="15"/>
        <source>opende het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="17"/>
        <source>legde vast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="23"/>
        <source>synchroniseerde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="33"/>
        <location filename="../commands/transfer.cpp" line="20"/>
        <source>Het nummer van de gedetineerde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="168"/>
        <source>Niet gebruiken: de pincode wordt gevraagd (terminal) of gelezen van standaardinvoer, nooit van de opdrachtregel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="254"/>
        <source>Geef de pincode niet op de opdrachtregel: andere gebruikers van de machine en de shellgeschiedenis zien hem. Typ hem na de vraag, of geef hem via standaardinvoer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/user.cpp" line="262"/>
        <source>De pincode moet 6 tot 8 cijfers zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="33"/>
        <location filename="../commands/transfer.cpp" line="20"/>
        <source>NUMMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="21"/>
        <source>De nieuwe inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="23"/>
        <source>De afdeling in de nieuwe inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="25"/>
        <source>De dag van de overplaatsing (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="31"/>
        <source>Gebruik: ronde-server transfer NUMMER --to INRICHTING [--on DATUM].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="66"/>
        <source>%1 is al in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="71"/>
        <source>%1 kwam op %2 binnen in de huidige inrichting; een overplaatsing kan niet eerder (--on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="78"/>
        <source>Een overplaatsing ligt niet in de toekomst: geef vandaag of een eerdere dag (--on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/transfer.cpp" line="84"/>
        <source>Overgeplaatst: %1 (%2) naar %3 op %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/refusals.cpp" line="50"/>
        <source>niet opgeslagen op de tablet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/refusals.cpp" line="59"/>
        <source>%n registratie(s) van de server niet opgeslagen op een tablet.</source>
        <translation>
            <numerusform>%n registratie van de server niet opgeslagen op een tablet.</numerusform>
            <numerusform>%n registraties van de server niet opgeslagen op een tablet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="19"/>
        <source>kon een registratie van de server niet opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="35"/>
        <source>De inrichting (naam of id), als het nummer in meer inrichtingen voorkomt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="43"/>
        <source>Geef --detainee NUMMER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="55"/>
        <source>Nummer %1 komt in meer inrichtingen voor; kies er een met --facility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="63"/>
        <source>Auditlogboek van %1, nummer %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="77"/>
        <source>tablet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/audit.cpp" line="77"/>
        <source>onbekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/audit.cpp" line="79"/>
        <source>%n regel(s).</source>
        <translation>
            <numerusform>%n regel.</numerusform>
            <numerusform>%n regels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="12"/>
        <source>Leest gedetineerden in uit een CSV-export van het registratiesysteem (nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek;mentor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="25"/>
        <source>Het bestand in UTF-8, met &apos;;&apos; of &apos;,&apos; tussen de velden en de kolomnamen op de eerste regel.
- binnenkomst en vertrek: JJJJ-MM-DD, of D-M-JJJJ zoals Excel ze toont (ook met voorloopnullen); vertrek leeg zolang de gedetineerde er is.
- zelfmelder: ja of nee (leeg is nee).
- uitsluiting (R2.3): leeg, of ISD, pre-ISD, delict tijdens detentie, JMC, PPC, beheersgroep (EBI, EZV, TA).
- mentor: leeg, of de naam of het id van een mentor van de inrichting (&apos;user list&apos;).
Een bekend nummer in een andere inrichting dan voorheen is een overplaatsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="35"/>
        <source>Het CSV-bestand (&apos;;&apos; of &apos;,&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="36"/>
        <source>Sla foute regels over en lees de rest in (zonder deze optie wordt bij een fout niets ingelezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="43"/>
        <source>Geef één CSV-bestand. Zie &apos;ronde-server import --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="61"/>
        <source>Niets ingelezen: verbeter het bestand en lees het opnieuw in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../commands/import.cpp" line="65"/>
        <source>Niets ingelezen: %n regel(s) afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</source>
        <translation>
            <numerusform>Niets ingelezen: %n regel afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</numerusform>
            <numerusform>Niets ingelezen: %n regels afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../commands/import.cpp" line="73"/>
        <source>Ingelezen: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 afgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="27"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="28"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="31"/>
        <source>Opdrachten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="36"/>
        <source>Algemene opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="38"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="41"/>
        <source>Toont het versienummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="43"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="74"/>
        <source>Fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="79"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="31"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="184"/>
        <location filename="../report_output.cpp" line="251"/>
        <source>niet getoond: van minder dan %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="185"/>
        <source>gemiddeld %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="260"/>
        <source>gemiddeld %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="270"/>
        <source>Per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="271"/>
        <source>maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="271"/>
        <source>aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="273"/>
        <source>geen casemanager/mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="274"/>
        <source>mentorgesprek over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="319"/>
        <source>alle inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="212"/>
        <source>Rapportage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="140"/>
        <source>Contact volgens registratie en volgens gedetineerden (R7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="174"/>
        <source>geen contact met een professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="176"/>
        <source>hulp bij het D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="179"/>
        <source>Tevredenheid per rol: bij het gesprek (R5.5) en in de vragenlijst (R7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="216"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="218"/>
        <source>Contact per rol (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="222"/>
        <source>geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="223"/>
        <source>Zonder contact met een professional (R5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="224"/>
        <location filename="../report_output.cpp" line="272"/>
        <source>geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="225"/>
        <source>van wie langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="226"/>
        <source>Hulp bij het D&amp;R-plan, bij 4 weken of langer binnen (R5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="227"/>
        <source>geen hulp van casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="229"/>
        <source>Naleving (R5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="247"/>
        <source>Tevredenheid per rol (R5.5, 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="403"/>
        <location filename="../report_output.cpp" line="404"/>
        <source>periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="14"/>
        <source>Belast een draaiende server met gesimuleerde tablets die tegelijk docken, en controleert daarna dat niets verloren of dubbel is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="24"/>
        <source>De server, zoals een tablet hem kent (http(s)://host:poort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="24"/>
        <source>ADRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="26"/>
        <source>Het certificaat van de server (PEM), voor https: de tablets vertrouwen alleen dat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="30"/>
        <source>Over hoeveel inrichtingen de tablets verdeeld worden (standaard 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="33"/>
        <source>Hoeveel tablets in totaal (standaard 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="35"/>
        <source>Hoeveel registraties elke tablet per ronde offline maakt (standaard 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="38"/>
        <source>Hoe vaak alle tablets tegelijk docken (standaard 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="47"/>
        <source>Geef met --url het adres van de server, bijvoorbeeld https://127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="54"/>
        <source>Kan het certificaat %1 niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="77"/>
        <source>Belastingtest niet gestart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="80"/>
        <source>%1 synchronisaties: p50 %2 ms, p99 %3 ms, langste %4 ms, opnieuw geprobeerd %5, mislukt %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="89"/>
        <source>%1 registraties geschreven: %2 niet op de server, %3 dubbel genummerd, %4 keer niet op een tablet van hun inrichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../commands/loadtest.cpp" line="96"/>
        <source>processortijd van deze test in de rondes: %1 ms per synchronisatie (draait de test op de machine van de server, dan gaat die tijd van de server af)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::sync</name>
    <message>
        <location filename="../load_test.cpp" line="269"/>
        <source>de database heeft geen inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="275"/>
        <source>het certificaat van de server is geen PEM-certificaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="283"/>
        <source>het systeem geeft geen %1 threads voor de tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="311"/>
        <source>koppelen of eerste synchronisatie mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="330"/>
        <source>%1 tablets gekoppeld en bijgewerkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="385"/>
        <source>ronde %1 van %2: %3 tablets tegelijk in %4 ms, p99 tot nu %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="399"/>
        <source>laatste onderbreking (opnieuw geprobeerd): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="402"/>
        <source>laatste fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../load_test.cpp" line="431"/>
        <source>gecontroleerd tegen de database van de server en elke tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
