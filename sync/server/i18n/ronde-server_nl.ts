<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ronde::office</name>
    <message>
        <location filename="../../../office/report_labels.cpp" line="21"/>
        <source>casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="23"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="25"/>
        <source>gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="27"/>
        <source>reclassering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="29"/>
        <source>zorginstelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="31"/>
        <source>vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="33"/>
        <source>directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="35"/>
        <source>kantoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="43"/>
        <source>intake binnen 2 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="46"/>
        <source>mentorgesprek elke 2 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="49"/>
        <source>gesprek D&amp;R-plan binnen 4 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="52"/>
        <source>concept-D&amp;R-plan binnen 13 dagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="55"/>
        <source>definitief D&amp;R-plan binnen een maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="58"/>
        <source>MDO-bespreking elke 6 weken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="67"/>
        <source>intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="70"/>
        <source>mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="73"/>
        <source>gesprek plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="76"/>
        <source>conceptplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="79"/>
        <source>definitief plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="82"/>
        <source>MDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="91"/>
        <source>op tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="93"/>
        <source>te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="95"/>
        <source>over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="97"/>
        <source>nog open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="101"/>
        <source>niet van toepassing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="106"/>
        <location filename="../../../office/report_charts.cpp" line="47"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="106"/>
        <location filename="../../../office/report_charts.cpp" line="48"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="111"/>
        <source>alle inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="114"/>
        <source>afdeling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="128"/>
        <source>geen registraties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="146"/>
        <source>In contact met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="148"/>
        <source>Geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="150"/>
        <source>Geen contact met een professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="152"/>
        <source>Geen contact, langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="154"/>
        <source>Geen hulp bij het D&amp;R-plan (4 weken of langer binnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_labels.cpp" line="158"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="46"/>
        <source>Contact per rol in de periode (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="64"/>
        <source>Naleving van de termijnen (R5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="88"/>
        <source>Tevredenheid per rol, verdeling over 1–5 (R5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="107"/>
        <source>Niet getoond (minder dan %1 beoordelingen): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="118"/>
        <source>Verloop per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="119"/>
        <source>geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="120"/>
        <source>geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="121"/>
        <source>mentorgesprek over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_charts.cpp" line="122"/>
        <source>intake over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="366"/>
        <source>Rapportage contact en naleving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="367"/>
        <source>Inrichting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="368"/>
        <source>Periode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="369"/>
        <source>Gegevens tot en met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="370"/>
        <source>Gemaakt op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="371"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="373"/>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="374"/>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="375"/>
        <location filename="../../../office/report_pdf.cpp" line="443"/>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="376"/>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="377"/>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="380"/>
        <source>Geen contact met casemanager of mentor (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="381"/>
        <source>Geen contact met een professional (R5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="382"/>
        <source>  van wie langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="384"/>
        <source>Geen hulp bij het D&amp;R-plan, 4 weken of langer binnen (R5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="412"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="431"/>
        <source>niet getoond: minder dan %1 beoordelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="441"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="442"/>
        <source>Gemiddeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="470"/>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="471"/>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="472"/>
        <source>Geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="473"/>
        <source>Geen casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="474"/>
        <source>Intake over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="475"/>
        <source>Mentorgesprek over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="486"/>
        <location filename="../../../office/report_pdf.cpp" line="507"/>
        <source>Kan %1 niet schrijven: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="493"/>
        <source>Rapportage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="495"/>
        <source>Ronde · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="498"/>
        <source>Kan geen PDF maken in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::office::PdfPages</name>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="135"/>
        <source>Geen gegevens in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../office/report_pdf.cpp" line="193"/>
        <source>pagina %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::server</name>
    <message>
        <location filename="../cli.cpp" line="41"/>
        <source>Maakt de database aan of werkt het schema bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="43"/>
        <source>Schrijft een centrale database met demo-inrichtingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="44"/>
        <source>Beoordeelt een scenario (JSON) volgens de regels en toont waarom iets op tijd, te laat of nog open is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="48"/>
        <source>Start de synchronisatieserver (HTTPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="49"/>
        <source>Maakt een eenmalige aanmeldcode voor een nieuwe tablet van een inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="51"/>
        <source>Trekt een tablet in: bij de volgende synchronisatie wist hij zijn gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="53"/>
        <source>Medewerkers: &apos;user add&apos;, &apos;user list&apos; of &apos;user disable ID&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="63"/>
        <source>Toont de aangemelde tablets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="107"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="117"/>
        <source>Opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="118"/>
        <source>Gebruik: ronde-server %1 [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="126"/>
        <source>Zie &apos;ronde-server help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="147"/>
        <source>Ongeldige waarde &apos;%1&apos; voor --%2: geef een geheel getal van %3 tot en met %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="170"/>
        <source>Database %1 is klaar (schemaversie %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="305"/>
        <location filename="../cli.cpp" line="365"/>
        <location filename="../cli.cpp" line="366"/>
        <location filename="../cli.cpp" line="617"/>
        <location filename="../cli.cpp" line="701"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="184"/>
        <source>Aantal inrichtingen (standaard 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="184"/>
        <location filename="../cli.cpp" line="186"/>
        <location filename="../cli.cpp" line="615"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="186"/>
        <source>Aantal gedetineerden per inrichting (standaard 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="188"/>
        <source>Startwaarde van de toevalsgenerator (standaard 2014); dezelfde waarde geeft dezelfde gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="190"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="192"/>
        <source>De datum waarop de demo &apos;vandaag&apos; is (JJJJ-MM-DD; standaard vandaag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="194"/>
        <location filename="../cli.cpp" line="608"/>
        <location filename="../cli.cpp" line="610"/>
        <source>DATUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="214"/>
        <source>Ongeldige datum &apos;%1&apos; voor --today: gebruik JJJJ-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="258"/>
        <source>Het bestand %1 bestaat al. Kies een ander bestand of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="228"/>
        <source>Demo maken: %1 van %2 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="55"/>
        <source>Rapportage voor het centrale kantoor (R5): contact per rol, zonder contact, naleving van de termijnen en tevredenheid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="58"/>
        <source>Leest gedetineerden in uit een CSV-export van het registratiesysteem (nummer;naam;inrichting;afdeling;binnenkomst;zelfmelder;uitsluiting;vertrek).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="82"/>
        <source>Het databasebestand (SQLite), of een PostgreSQL-database als postgresql://gebruiker@host:poort/naam (wachtwoord via ~/.pgpass of PGPASSWORD). Standaard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="86"/>
        <location filename="../cli.cpp" line="183"/>
        <source>PAD|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="181"/>
        <source>De nieuwe database: een bestand of een PostgreSQL-URI (hetzelfde als --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="195"/>
        <source>Overschrijf het bestand als het al bestaat (of maak de PostgreSQL-database eerst leeg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="244"/>
        <source>De database %1 bevat al gegevens. Kies een andere database of geef --replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="283"/>
        <source>Kon %1 niet hernoemen naar %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="287"/>
        <source>Demo geschreven naar %1: %2 inrichting(en), %3 afdelingen, %4 medewerkers, %5 gedetineerden, %6 registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="289"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="305"/>
        <source>Het scenario als JSON; zonder bestand wordt standaardinvoer gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="306"/>
        <source>[BESTAND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="312"/>
        <source>Geef hoogstens één scenariobestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="319"/>
        <source>Kan de standaardinvoer niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="326"/>
        <source>Kan %1 niet lezen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="338"/>
        <source>Fout in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="362"/>
        <source>Adres en poort (standaard 0.0.0.0:8443; poort 0 kiest een vrije poort).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="364"/>
        <source>ADRES:POORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="365"/>
        <source>Het certificaat van de server (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="366"/>
        <source>De privésleutel van de server (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="368"/>
        <source>Zonder TLS, alleen op een loopback-adres (voor tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="379"/>
        <source>Ongeldig adres &apos;%1&apos; voor --listen: gebruik bijvoorbeeld 127.0.0.1:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="387"/>
        <source>--insecure-loopback mag alleen op een loopback-adres (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="392"/>
        <source>Geef --cert en --key: tablets praten alleen via TLS met de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="398"/>
        <source>Kan het certificaat of de sleutel niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="408"/>
        <source>Certificaat of sleutel is geen geldige PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="423"/>
        <source>Kan niet luisteren op %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="426"/>
        <source>Ronde-server luistert op %1://%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="439"/>
        <location filename="../cli.cpp" line="505"/>
        <source>De inrichting (naam of id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="439"/>
        <location filename="../cli.cpp" line="505"/>
        <location filename="../cli.cpp" line="603"/>
        <source>INRICHTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="440"/>
        <source>Een naam voor de tablet, bijv. &apos;Afdeling A 1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="440"/>
        <location filename="../cli.cpp" line="506"/>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="448"/>
        <source>Aanmeldcode (eenmalig): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="458"/>
        <source>APPARAAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="458"/>
        <source>Het id van de tablet (zie &apos;devices&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="464"/>
        <source>Geef precies één apparaat-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="469"/>
        <source>Ingetrokken: %1. Bij de volgende synchronisatie wist de tablet zijn gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="493"/>
        <source>ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="504"/>
        <source>ACTIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="504"/>
        <source>add, list of disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="506"/>
        <source>Naam van de medewerker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="508"/>
        <source>Rol: caseManager, mentor, municipality, probation, careProvider, volunteer, director of office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="510"/>
        <source>ROL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="511"/>
        <source>Organisatie (bij externen), bijv. &apos;Gemeente Zwolle&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="512"/>
        <source>ORGANISATIE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="514"/>
        <source>Pincode van 4 tot 8 cijfers (wordt alleen als hash bewaard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="514"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="515"/>
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
        <location filename="../cli.cpp" line="612"/>
        <source>VORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="614"/>
        <source>Kleinste groep waarvan tevredenheid getoond wordt (standaard 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="617"/>
        <source>Schrijf naar dit bestand in plaats van naar het scherm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="640"/>
        <source>De periode begint na het einde: --from %1 ligt na --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="688"/>
        <source>Kan %1 niet schrijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="676"/>
        <location filename="../cli.cpp" line="691"/>
        <source>Rapportage geschreven naar %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="611"/>
        <source>text, json, csv of pdf (standaard text). pdf vraagt om --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="624"/>
        <source>Onbekende vorm &apos;%1&apos; voor --format: kies text, json, csv of pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="629"/>
        <source>Een PDF gaat naar een bestand: geef --out BESTAND.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="701"/>
        <source>Het CSV-bestand (&apos;;&apos; of &apos;,&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="702"/>
        <source>Sla foute regels over en lees de rest in (zonder deze optie wordt bij een fout niets ingelezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="709"/>
        <source>Geef één CSV-bestand. Zie &apos;ronde-server import --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="714"/>
        <source>Kan %1 niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../cli.cpp" line="726"/>
        <source>Niets ingelezen: %n regel(s) afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</source>
        <translation>
            <numerusform>Niets ingelezen: %n regel afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</numerusform>
            <numerusform>Niets ingelezen: %n regels afgekeurd. Verbeter het bestand, of geef --skip-invalid om de goede regels wel in te lezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="734"/>
        <source>Ingelezen: %1 toegevoegd, %2 bijgewerkt, %3 ongewijzigd, %4 afgekeurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="763"/>
        <source>Gebruik: ronde-server OPDRACHT [OPTIES]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="764"/>
        <source>De centrale server van Ronde: ontvangt de registraties van de tablets en beheert apparaten, medewerkers en rapportages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="767"/>
        <source>Opdrachten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="772"/>
        <source>Algemene opties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="774"/>
        <source>Toont deze hulp; &apos;ronde-server OPDRACHT --help&apos; toont de opties van een opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="777"/>
        <source>Toont het versienummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="779"/>
        <source>Elke opdracht kent --database PAD (standaard %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="810"/>
        <source>Fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli.cpp" line="815"/>
        <source>Onbekende opdracht &apos;%1&apos;. Zie &apos;ronde-server --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="29"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="206"/>
        <source>alle inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="109"/>
        <source>Rapportage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="110"/>
        <source>Gegevens tot en met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="111"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="113"/>
        <source>Contact per rol (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="118"/>
        <source>geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="119"/>
        <source>Zonder contact met een professional (R5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="120"/>
        <source>geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="121"/>
        <source>van wie langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="122"/>
        <source>Hulp bij het D&amp;R-plan, bij 4 weken of langer binnen (R5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="123"/>
        <source>geen hulp van casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="125"/>
        <source>Naleving (R5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="142"/>
        <source>Tevredenheid per rol (R5.5, 1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="146"/>
        <source>niet getoond: minder dan %1 beoordelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="155"/>
        <source>gemiddeld %1 (n = %2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="164"/>
        <source>Per maand: aanwezig, zonder contact, zonder casemanager of mentor, mentorgesprek over de termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_output.cpp" line="249"/>
        <source>periode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
