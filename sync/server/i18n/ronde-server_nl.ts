<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../cli.cpp" line="37"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="39"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="40"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="44"/>
        <source>Start de synchronisatieserver (HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="45"/>
        <source>Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="47"/>
        <source>Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="49"/>
        <source>Medewerkers: &apos;user add&apos;, &apos;user list&apos; of &apos;user disable ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="55"/>
        <source>Toont de aangemelde tablets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="99"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="109"/>
        <source>Opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="110"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="118"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="139"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="167"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="302"/>
        <location filename="../cli.cpp" line="362"/>
        <location filename="../cli.cpp" line="363"/>
        <location filename="../cli.cpp" line="616"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="181"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="181"/>
        <location filename="../cli.cpp" line="183"/>
        <location filename="../cli.cpp" line="614"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="183"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="185"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="187"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="189"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="191"/>
        <location filename="../cli.cpp" line="608"/>
        <location filename="../cli.cpp" line="610"/>
        <source>DATUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="211"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="255"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="225"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="51"/>
        <source>Rapportage voor het centrale kantoor (R5): contact per rol, zonder contact, naleving van de termijnen en tevredenheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="74"/>
        <source>Het databasebestand (SQLite), of een PostgreSQL-database als postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). Standaard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="78"/>
        <location filename="../cli.cpp" line="180"/>
        <source>PAD|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="178"/>
        <source>De nieuwe database: een bestand of een PostgreSQL-URI (hetzelfde als --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="192"/>
        <source>Overschrijf het bestand als het al bestaat (of maak de PostgreSQL-database eerst leeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="241"/>
        <source>De database %1 bevat al gegevens. Kies een andere database of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="280"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="284"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="286"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="302"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="303"/>
        <source>[BESTAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="309"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="316"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="323"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="335"/>
        <source>Fout in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="359"/>
        <source>Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een vrije poort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="361"/>
        <source>ADRES:POORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="362"/>
        <source>Het certificaat van de server (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="363"/>
        <source>De privésleutel van de server (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="365"/>
        <source>Zonder TLS, alleen op een loopback-adres (voor tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="376"/>
        <source>Ongeldig adres &apos;%1&apos; voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="384"/>
        <source>--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="389"/>
        <source>Geef --cert en --key: tablets praten alleen via TLS met de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="395"/>
        <source>Kan het certificaat of de sleutel niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="405"/>
        <source>Certificaat of sleutel is geen geldige PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="420"/>
        <source>Kan niet luisteren op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="423"/>
        <source>Ronde-server luistert op %1://%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="436"/>
        <location filename="../cli.cpp" line="502"/>
        <source>De inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="436"/>
        <location filename="../cli.cpp" line="502"/>
        <location filename="../cli.cpp" line="603"/>
        <source>INRICHTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="437"/>
        <source>Een naam voor de tablet, bijv. &apos;Afdeling A 1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="437"/>
        <location filename="../cli.cpp" line="503"/>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="445"/>
        <source>Aanmeldcode (eenmalig): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="455"/>
        <source>APPARAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="455"/>
        <source>Het id van de tablet (zie &apos;devices&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="461"/>
        <source>Geef precies één apparaat-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="466"/>
        <source>Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="490"/>
        <source>ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="501"/>
        <source>ACTIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="501"/>
        <source>add, list of disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="503"/>
        <source>Naam van de medewerker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="505"/>
        <source>Rol: caseManager, mentor, municipality, probation, careProvider, volunteer, director of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="507"/>
        <source>ROL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="508"/>
        <source>Organisatie (bij externen), bijv. &apos;Gemeente Zwolle&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="509"/>
        <source>ORGANISATIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="511"/>
        <source>Pincode van 4 tot 8 cijfers (wordt alleen als hash bewaard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="511"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="512"/>
        <source>Gemandateerd MDO-lid: mag besluiten (R4.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="538"/>
        <source>De pincode moet 4 tot 8 cijfers zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="550"/>
        <source>Medewerker toegevoegd: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="560"/>
        <source>uitgeschakeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="572"/>
        <source>Uitgeschakeld: %1. Tablets nemen dit over bij de volgende synchronisatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="577"/>
        <source>Gebruik: ronde-server user add|list|disable ID (zie --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="590"/>
        <source>Ongeldige datum &apos;%1&apos; voor --%2: gebruik JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="602"/>
        <source>De inrichting (naam of id); standaard alle inrichtingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="604"/>
        <source>Alleen deze afdeling (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="604"/>
        <source>AFDELING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="606"/>
        <source>Eerste dag van de periode (JJJJ-MM-DD; standaard de eerste dag van de maand, twee maanden terug).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="610"/>
        <source>Laatste dag van de periode (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="611"/>
        <source>text, json of csv (standaard text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="611"/>
        <source>VORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="613"/>
        <source>Kleinste groep waarvan tevredenheid getoond wordt (standaard 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="616"/>
        <source>Schrijf naar dit bestand in plaats van naar het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="623"/>
        <source>Onbekende vorm &apos;%1&apos; voor --format: kies text, json of csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="634"/>
        <source>De periode begint na het einde: --from %1 ligt na --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="684"/>
        <source>Kan %1 niet schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="687"/>
        <source>Rapportage geschreven naar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="710"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="711"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="714"/>
        <source>Opdrachten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="719"/>
        <source>Algemene opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="721"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="724"/>
        <source>Toont het versienummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="726"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="757"/>
        <source>Fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="762"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="29"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="40"/>
        <location filename="../report_output.cpp" line="267"/>
        <source>alle inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="43"/>
        <source>afdeling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="51"/>
        <source>geen registraties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="127"/>
        <source>casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="129"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="131"/>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="133"/>
        <source>reclassering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="135"/>
        <source>zorginstelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="137"/>
        <source>vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="139"/>
        <source>directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="141"/>
        <source>kantoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="149"/>
        <source>intake binnen 2 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="152"/>
        <source>mentorgesprek elke 2 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="155"/>
        <source>gesprek D&amp;R-plan binnen 4 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="158"/>
        <source>concept-D&amp;R-plan binnen 13 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="161"/>
        <source>definitief D&amp;R-plan binnen een maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="164"/>
        <source>MDO-bespreking elke 6 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="173"/>
        <source>Rapportage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="174"/>
        <source>Gegevens tot en met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="175"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="177"/>
        <source>Contact per rol (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="180"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="180"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="183"/>
        <source>geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="184"/>
        <source>Zonder contact met een professional (R5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="185"/>
        <source>geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="186"/>
        <source>van wie langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="187"/>
        <source>Hulp bij het D&amp;R-plan, bij 4 weken of langer binnen (R5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="188"/>
        <source>geen hulp van casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="190"/>
        <source>Naleving (R5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="191"/>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="192"/>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="192"/>
        <source>over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="193"/>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="204"/>
        <source>Tevredenheid per rol (R5.5, 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="208"/>
        <source>niet getoond: minder dan %1 beoordelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="217"/>
        <source>gemiddeld %1 (n = %2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="226"/>
        <source>Per maand: aanwezig, zonder contact, zonder casemanager of mentor, mentorgesprek over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="310"/>
        <source>periode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
