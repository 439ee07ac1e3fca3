<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../AppShell.qml" line="97"/>
        <location filename="../AppShell.qml" line="100"/>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="106"/>
        <source>Ronde</source>
        <comment>naam van de app</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="127"/>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="242"/>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="256"/>
        <source>Wat u hebt ingevuld, is nog niet opgeslagen. Weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="264"/>
        <source>Verder invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="271"/>
        <source>Weggooien en terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="462"/>
        <source>Opgeslagen: vragenlijst ingevuld door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="463"/>
        <source>Opgeslagen: vragenlijst aangeboden aan %1, niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="496"/>
        <source>Ronde kan niet starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="505"/>
        <source>⚠ De gegevens op deze tablet kunnen niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="139"/>
        <source>Er is niets gewijzigd. Pas eerst aan wat niet klopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="240"/>
        <source>U legde vandaag om %1 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een nieuw gesprek is; een fout in het eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="245"/>
        <source>U legde op %1 om %2 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een ander gesprek is; een fout in het eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="252"/>
        <source>%1 legde vandaag om %2 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een ander gesprek is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="255"/>
        <source>%1 legde op %2 om %3 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een ander gesprek is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="275"/>
        <source>Dit gesprek is al gecorrigeerd, of hoort niet bij deze gedetineerde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="279"/>
        <source>Alleen wie dit gesprek vastlegde, kan het corrigeren.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../pages/ContactPage.qml" line="40"/>
        <source>Mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="41"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="41"/>
        <source>Gesprek D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="42"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="292"/>
        <source>✓ Tevredenheid gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="303"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="158"/>
        <source>Hoe (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="27"/>
        <source>Gecorrigeerd: mentorgesprek met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="28"/>
        <source>Gecorrigeerd: intake met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="29"/>
        <source>Gecorrigeerd: gesprek over het D&amp;R-plan met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="30"/>
        <source>Gecorrigeerd: contact met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="31"/>
        <source>Opgeslagen: mentorgesprek met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="32"/>
        <source>Opgeslagen: intake met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="33"/>
        <source>Opgeslagen: gesprek over het D&amp;R-plan met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="34"/>
        <source>Opgeslagen: contact met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="43"/>
        <source>%1 corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="83"/>
        <source>Met %1, op %2, door %3 (%4). Uw correctie vervangt wat u toen vastlegde; het oude blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="87"/>
        <source>Met %1, door %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="101"/>
        <source>Een ander contact telt niet als mentorgesprek. Was het een mentorgesprek, ga dan terug en kies ‘Mentorgesprek’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="113"/>
        <source>Wanneer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="128"/>
        <source>Tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="134"/>
        <source>om %1 (bij openen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="135"/>
        <source>om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="138"/>
        <source>Een kwartier eerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="139"/>
        <source>Een kwartier later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="164"/>
        <source>Persoonlijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="164"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="165"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="165"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="179"/>
        <source>Wie namen nog meer deel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="208"/>
        <source>Onderwerpen (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="232"/>
        <source>Notitie (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="242"/>
        <source>Kort en zakelijk; alleen wat nodig is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="243"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="263"/>
        <source>Pas eerst aan wat niet klopt; dan kunt u de correctie opslaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="293"/>
        <source>Tevredenheid vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="303"/>
        <source>Correctie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayStepper</name>
    <message>
        <location filename="../components/DayStepper.qml" line="9"/>
        <source>Dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="13"/>
        <source>hoogstens %1 dagen terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="14"/>
        <source>eerder kan niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="15"/>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="16"/>
        <source>Gisteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="21"/>
        <source>Een dag eerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="22"/>
        <source>Een dag later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="77"/>
        <source>Zit al in het plusprogramma: promoveren kan niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="79"/>
        <source>Zit niet in het plusprogramma: degraderen of intrekken kan niet (het zou alleen de zes weken opnieuw laten beginnen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="82"/>
        <source>Valt buiten promotie en degradatie (eigen dagprogramma, art. 1e Regeling SPOG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="85"/>
        <source>Deze inrichting heeft geen plusprogramma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="100"/>
        <source>Let op: volgens de beoordelingen komt de gedetineerde nog niet in aanmerking (zes weken groen). Leg dit alleen vast als de directeur zo besloot, bijvoorbeeld op een uitzondering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="108"/>
        <source>Op deze dag is al vastgelegd: „%1”. Leg dit alleen vast als er opnieuw is besloten; het eerdere besluit blijft staan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="115"/>
        <source>Na deze dag is nog een bespreking gehouden (%1). Gaat het besluit daarover, kies dan die dag of later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="168"/>
        <source>Intussen is een later besluit vastgelegd. Kies de dag opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../pages/DecisionPage.qml" line="16"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="54"/>
        <source>Besluit over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="90"/>
        <source>⚠ Alleen de directeur of een gemandateerd MDO neemt dit besluit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="44"/>
        <source>Promoveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="44"/>
        <source>Degraderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="45"/>
        <source>Nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="45"/>
        <source>Intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="63"/>
        <source>Nu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="63"/>
        <source>plusprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="64"/>
        <source>eigen dagprogramma (uitgesloten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="65"/>
        <source>basisprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="68"/>
        <source>komt in aanmerking voor promotie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="69"/>
        <source>komt nu niet in aanmerking voor promotie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="125"/>
        <source>Op basis van de bespreking van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="126"/>
        <source>Nog geen bespreking (MDO) op of vóór deze dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="135"/>
        <source>Besluit vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="145"/>
        <source>Kies eerst een besluit hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="172"/>
        <source>Besluit „%1” over %2 vastleggen? Daarna kan de gedetineerde 7 dagen in beklag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="174"/>
        <source>Besluit „%1” over %2 vastleggen, genomen op %3? Daarna kan de gedetineerde 7 dagen in beklag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="197"/>
        <source>Nee, terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="202"/>
        <source>Ja, vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="223"/>
        <source>Vastgelegd. De 7 dagen voor beklag liepen tot en met %1; hoorde de gedetineerde pas later van het besluit, dan tellen ze vanaf die dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="225"/>
        <source>Vastgelegd. Beklag is mogelijk tot en met %1 (7 dagen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetaineeDelegate</name>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="56"/>
        <source>%1, nummer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="112"/>
        <source>Aan u toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="157"/>
        <source>Vertrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="55"/>
        <source>%1, nummer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="117"/>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="124"/>
        <source>%1 · %2 · sinds %3 (%n dag(en))</source>
        <translation>
            <numerusform>%1 · %2 · sinds %3 (%n dag)</numerusform>
            <numerusform>%1 · %2 · sinds %3 (%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="159"/>
        <source>Nog geen contact van uw organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="160"/>
        <source>Laatste contact van uw organisatie: vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="161"/>
        <source>Laatste contact van uw organisatie: %1 (%n dag(en) geleden)</source>
        <translation>
            <numerusform>Laatste contact van uw organisatie: %1 (%n dag geleden)</numerusform>
            <numerusform>Laatste contact van uw organisatie: %1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="163"/>
        <source>Nog geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="164"/>
        <source>Laatste contact: vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="165"/>
        <source>Laatste contact: %1 (%n dag(en) geleden)</source>
        <translation>
            <numerusform>Laatste contact: %1 (%n dag geleden)</numerusform>
            <numerusform>Laatste contact: %1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetaineeModel</name>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="25"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="27"/>
        <source>Mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="29"/>
        <source>Gesprek D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="33"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="40"/>
        <source>ISD-maatregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="42"/>
        <source>Pre-ISD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="44"/>
        <source>Delict tijdens detentie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="46"/>
        <source>JMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="48"/>
        <source>PPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="50"/>
        <source>Beheersgroep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="106"/>
        <source>Veiligheid en beveiliging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="109"/>
        <source>Zorg en begeleiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="112"/>
        <source>Re-integratie en resocialisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="115"/>
        <source>Verblijf en leefbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="152"/>
        <source>Groen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="155"/>
        <source>Oranje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="158"/>
        <source>Rood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="248"/>
        <source>%1 (%2 t/m %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="250"/>
        <source>%1 (sinds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="282"/>
        <source>Vandaag gedaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="320"/>
        <source>Onderwerpen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="328"/>
        <source>tevredenheid gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="336"/>
        <source>%1 (gecorrigeerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="367"/>
        <source>Bespreking MDO (gecorrigeerd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="367"/>
        <source>Bespreking MDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="378"/>
        <source>Concept-D&amp;R-plan vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="379"/>
        <source>D&amp;R-plan herzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="380"/>
        <source>D&amp;R-plan vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="92"/>
        <source>Besluit: promoveren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="94"/>
        <source>Besluit: degraderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="96"/>
        <source>Besluit: intrekken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="100"/>
        <source>Besluit: nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="401"/>
        <source>Vragenlijst ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="402"/>
        <source>Vragenlijst aangeboden, niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="403"/>
        <source>aangeboden door %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetaineePage</name>
    <message>
        <location filename="../pages/DetaineePage.qml" line="29"/>
        <source>Geen toegang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="51"/>
        <source>U hebt geen toegang tot deze gedetineerde: hij of zij is niet aan u toegewezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="79"/>
        <source>Nummer %1 · %2 · binnen sinds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="89"/>
        <source>Nog geen mentor toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="90"/>
        <source>Mentor: %1 (u)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="91"/>
        <source>Mentor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="100"/>
        <source>Plusprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="101"/>
        <source>Eigen dagprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="102"/>
        <source>Basisprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="103"/>
        <source>komt in aanmerking voor promotie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="104"/>
        <source>uitgesloten: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="124"/>
        <source>Mentorgesprek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="131"/>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="138"/>
        <source>Gesprek D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="148"/>
        <source>Ander contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="155"/>
        <source>Bespreking (MDO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="162"/>
        <source>D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="169"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="24"/>
        <source>Vragenlijst aanbieden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="218"/>
        <source>%1 (de directeur of een MDO-lid met mandaat beslist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="234"/>
        <source>Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="256"/>
        <source>Stoplichten laatste besprekingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="303"/>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="313"/>
        <source>Nog niets vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="314"/>
        <source>Nog geen contact van uw organisatie vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="361"/>
        <source>Corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="362"/>
        <source>%1 van %2 corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandBack</name>
    <message>
        <location filename="../components/HandBack.qml" line="14"/>
        <source>Dank u wel. Geef de tablet terug aan de medewerker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/HandBack.qml" line="15"/>
        <source>Medewerker: voer uw pincode in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/HandBack.qml" line="42"/>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../components/LockScreen.qml" line="37"/>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="39"/>
        <source>Medewerker: voer uw pincode in om verder te gaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="40"/>
        <source>%1: voer uw pincode in om verder te gaan. Wat u invulde, staat nog klaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="42"/>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="48"/>
        <source>Andere medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="69"/>
        <source>Wat nog niet is opgeslagen, gaat verloren als een andere medewerker zich aanmeldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="70"/>
        <source>Wat %1 invulde en nog niet opsloeg, gaat verloren als een andere medewerker zich aanmeldt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="79"/>
        <source>Niet weggooien</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message numerus="yes">
        <location filename="../components/LockWarning.qml" line="39"/>
        <source>De tablet vergrendelt over %n seconde(n).</source>
        <translation>
            <numerusform>De tablet vergrendelt over %n seconde.</numerusform>
            <numerusform>De tablet vergrendelt over %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/LockWarning.qml" line="40"/>
        <source>U wordt over %n seconde(n) afgemeld.</source>
        <translation>
            <numerusform>U wordt over %n seconde afgemeld.</numerusform>
            <numerusform>U wordt over %n seconden afgemeld.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/LockWarning.qml" line="50"/>
        <source>Wat u invulde, blijft bewaard. Met uw pincode gaat u daarna verder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockWarning.qml" line="51"/>
        <source>Tik op Doorgaan om aangemeld te blijven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/LockWarning.qml" line="59"/>
        <source>Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="13"/>
        <source>Ronde</source>
        <comment>naam van de app</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPinPage</name>
    <message>
        <location filename="../pages/NewPinPage.qml" line="15"/>
        <location filename="../pages/NewPinPage.qml" line="35"/>
        <source>Nieuwe pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="27"/>
        <source>%1, kies een nieuwe pincode van 6 tot 8 cijfers. Uw huidige pincode is te kort of verouderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="35"/>
        <source>Nog een keer, ter controle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="44"/>
        <source>Verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="44"/>
        <source>Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="52"/>
        <source>De twee pincodes verschillen. Begin opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="57"/>
        <source>%1 bestaat niet. Geef de database van de centrale server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="118"/>
        <source>PostgreSQL-database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="125"/>
        <source>De database kon niet worden geopend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="174"/>
        <source>Vul de eerste dag van de periode in, zoals 1-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="177"/>
        <source>Vul de laatste dag van de periode in, zoals 31-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="186"/>
        <source>De periode begint na het einde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="191"/>
        <source>De periode eindigt na vandaag (vandaag is %1): de cijfers gaan over wat al gebeurd is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../office/app/office_dashboard.cpp" line="295"/>
        <source>%1 van de %n gedetineerde(n) zonder contact</source>
        <translation>
            <numerusform>%1 van de %n gedetineerde zonder contact</numerusform>
            <numerusform>%1 van de %n gedetineerden zonder contact</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="76"/>
        <source>De cijfers konden niet worden berekend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="180"/>
        <location filename="../../office/app/office_dashboard.cpp" line="183"/>
        <source>&apos;%1&apos; is geen datum: schrijf dag-maand-jaar, zoals 1-10-2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="286"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeListPage</name>
    <message numerus="yes">
        <location filename="../../office/app/OfficeListPage.qml" line="23"/>
        <source>%n gedetineerde(n), %1 in de grafiek · %2 · %3</source>
        <translation>
            <numerusform>%n gedetineerde, %1 in de grafiek · %2 · %3</numerusform>
            <numerusform>%n gedetineerden, %1 in de grafiek · %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../office/app/OfficeListPage.qml" line="25"/>
        <source>%n gedetineerde(n) · %1 · %2</source>
        <translation>
            <numerusform>%n gedetineerde · %1 · %2</numerusform>
            <numerusform>%n gedetineerden · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Inrichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Afdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Binnen sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="96"/>
        <source>Niemand in deze lijst.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeMain</name>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="16"/>
        <source>Ronde · kantoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="32"/>
        <location filename="../../office/app/OfficeMain.qml" line="35"/>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="51"/>
        <source>Alleen lezen · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="52"/>
        <source>Alleen lezen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="15"/>
        <source>Kantoor: contact en naleving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="86"/>
        <source>Alle inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="87"/>
        <source>Inrichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="103"/>
        <source>Alle afdelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="104"/>
        <source>Afdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="107"/>
        <source>Periode van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="115"/>
        <location filename="../../office/app/OfficePage.qml" line="126"/>
        <source>d-m-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="116"/>
        <source>Eerste dag van de periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="118"/>
        <source>tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="127"/>
        <source>Laatste dag van de periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="131"/>
        <source>Bijwerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="146"/>
        <source>Cijfers worden berekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="152"/>
        <source>Cijfers worden berekend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../office/app/OfficePage.qml" line="155"/>
        <source>%1 · %2 · %n gedetineerde(n) aanwezig · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n gedetineerde aanwezig · %3</numerusform>
            <numerusform>%1 · %2 · %n gedetineerden aanwezig · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../components/PinPad.qml" line="12"/>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/PinPad.qml" line="25"/>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/PinPad.qml" line="28"/>
        <source>%n cijfer(s) ingevoerd</source>
        <translation>
            <numerusform>%n cijfer ingevoerd</numerusform>
            <numerusform>%n cijfers ingevoerd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/PinPad.qml" line="46"/>
        <source>Wis laatste cijfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="36"/>
        <source>Alleen de directeur stelt het definitieve D&amp;R-plan vast. Heeft het MDO vandaag een plan opgesteld, kies dan ‘Concept vastgesteld’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="46"/>
        <source>Het definitieve D&amp;R-plan is al vastgesteld op %1. Een nieuw plan is dan ‘Herzien’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="61"/>
        <source>Er is nog geen definitief D&amp;R-plan om te herzien; de directeur stelt het vast. Een nieuw plan van het MDO is ‘Concept vastgesteld’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="65"/>
        <source>Er is al een definitief D&amp;R-plan; een nieuw plan van het MDO is dan ‘Herzien’.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../pages/PlanPage.qml" line="17"/>
        <source>D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="31"/>
        <source>Concept vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="32"/>
        <source>Definitief vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="33"/>
        <source>Herzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="37"/>
        <source>Opgeslagen: concept-D&amp;R-plan van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="38"/>
        <source>Opgeslagen: definitief D&amp;R-plan van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="39"/>
        <source>Opgeslagen: D&amp;R-plan van %1 herzien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="67"/>
        <source>D&amp;R-plan van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="97"/>
        <source>Wat is vastgesteld?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="121"/>
        <source>Het definitieve D&amp;R-plan legt de directeur vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="129"/>
        <source>Vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="143"/>
        <source>Kies eerst wat er is vastgesteld.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="22"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met uw casemanager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="25"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met uw mentor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="28"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met iemand van de gemeente?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="31"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met de reclassering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="34"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met een zorgverlener?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="39"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met een vrijwilliger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="47"/>
        <source>Hoe tevreden bent u over het contact met uw casemanager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="49"/>
        <source>Hoe tevreden bent u over het contact met uw mentor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="51"/>
        <source>Hoe tevreden bent u over het contact met de gemeente?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="53"/>
        <source>Hoe tevreden bent u over het contact met de reclassering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="55"/>
        <source>Hoe tevreden bent u over het contact met de zorgverlener?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="59"/>
        <source>Hoe tevreden bent u over het contact met de vrijwilliger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="68"/>
        <source>Casemanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="70"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="72"/>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="74"/>
        <source>Reclassering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="76"/>
        <source>Zorgverlener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="80"/>
        <source>Vrijwilliger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="87"/>
        <source>Werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="89"/>
        <source>Wonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="91"/>
        <source>Geld en schulden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="93"/>
        <source>Zorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="138"/>
        <source>aangeboden op %1, niet ingevuld (laatst ingevuld op %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="241"/>
        <source>Het D&amp;R-plan is uw plan voor nu en voor later: werk, wonen, geld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="114"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="117"/>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="120"/>
        <source>Weet ik niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Heel ontevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Ontevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Neutraal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Tevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="124"/>
        <source>Heel tevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="141"/>
        <source>laatst ingevuld op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="140"/>
        <source>aangeboden op %1, niet ingevuld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="142"/>
        <source>nog niet aangeboden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="147"/>
        <source>Vragenlijst: %1 · kan nu worden aangeboden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="144"/>
        <source>Vragenlijst: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="97"/>
        <source>Geldige papieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="150"/>
        <source>Vragenlijst: %1 · kan weer vanaf %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="151"/>
        <source>Vragenlijst: %1 · kan vanaf %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="215"/>
        <source>D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="230"/>
        <source>Heeft iemand u geholpen met uw D&amp;R-plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="234"/>
        <source>Waarbij wilt u hulp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="244"/>
        <source>U mag meer dan één kiezen. Tik daarna op Klaar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="46"/>
        <source>Vragenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="102"/>
        <location filename="../pages/QuestionnairePage.qml" line="403"/>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="123"/>
        <source>Vraag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="142"/>
        <source>Voorlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="142"/>
        <source>Geen geluid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="110"/>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="142"/>
        <source>Stop voorlezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="184"/>
        <source>Een paar vragen voor u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="194"/>
        <source>Over de mensen die u helpen. Het duurt ongeveer twee minuten. De medewerker ziet uw antwoorden niet. U mag altijd stoppen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="94"/>
        <source>Annuleren (medewerker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="220"/>
        <source>Liever niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="225"/>
        <source>Beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="331"/>
        <source>Klaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="366"/>
        <source>Wilt u stoppen? Uw antwoorden worden dan niet bewaard. U krijgt deze vragen pas over vier weken weer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="378"/>
        <source>Nee, verder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="385"/>
        <source>Ja, stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="401"/>
        <source>De vragenlijst annuleren? Er wordt niets bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="403"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="413"/>
        <source>Niet annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="402"/>
        <source>Dank u wel. Geef de tablet terug aan de medewerker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../pages/RatingPage.qml" line="38"/>
        <source>Tevredenheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="50"/>
        <source>Hoe tevreden bent u over dit gesprek?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="63"/>
        <source>Heel ontevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="64"/>
        <source>Ontevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="65"/>
        <source>Neutraal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="66"/>
        <source>Tevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="67"/>
        <source>Heel tevreden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="118"/>
        <source>Overslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="124"/>
        <source>Dit is mijn antwoord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../viewmodels/record_form.cpp" line="74"/>
        <location filename="../viewmodels/record_form.cpp" line="89"/>
        <source>Meld u eerst aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/record_form.cpp" line="107"/>
        <source>Niet bewaard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="80"/>
        <source>U legde vandaag al een bespreking vast (%1). Sla alleen op als het MDO opnieuw bijeenkwam; een fout in de eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="84"/>
        <source>U legde op deze dag al een bespreking vast (%1). Sla alleen op als het MDO opnieuw bijeenkwam; een fout in de eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="90"/>
        <source>Vandaag is al een bespreking vastgelegd (%1). Sla alleen op als het MDO opnieuw bijeenkwam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="93"/>
        <source>Op deze dag is al een bespreking vastgelegd (%1). Sla alleen op als het MDO opnieuw bijeenkwam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="111"/>
        <source>Neemt deel aan arbeid en activiteiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="111"/>
        <source>Houdt zich aan afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="112"/>
        <source>Werkt mee aan het D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="112"/>
        <source>Respectvol naar personeel en medegedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="117"/>
        <source>Verbaal agressief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="117"/>
        <source>Weigert het dagprogramma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="117"/>
        <source>Positieve urinecontrole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="118"/>
        <source>Bezit van contrabande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="139"/>
        <source>Kies nog een kleur voor: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="184"/>
        <source>Deze bespreking is al gecorrigeerd, of hoort niet bij deze gedetineerde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="188"/>
        <source>Alleen wie deze bespreking vastlegde, kan haar corrigeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="229"/>
        <source>Op deze bespreking rust ‘%1’ van %2. Dat besluit blijft staan; klopt het na uw correctie niet meer, dan beslist de directeur opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="257"/>
        <source>Er is niets gewijzigd. Pas eerst aan wat niet klopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="333"/>
        <source>Zit in het plusprogramma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="334"/>
        <source>Zit in het plusprogramma; een besluit over degraderen na een eerdere bespreking staat nog open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="337"/>
        <source>Uitgesloten van promotie (art. 1e Regeling SPOG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="339"/>
        <source>Komt nog niet in aanmerking voor promotie: zes weken groen nodig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/ReviewPage.qml" line="20"/>
        <source>Bespreking (MDO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="20"/>
        <source>Bespreking corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="25"/>
        <source>Gecorrigeerd: bespreking van %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="86"/>
        <source>Bespreking van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="96"/>
        <source>MDO van %1, vastgelegd door u. Uw correctie vervangt wat u toen vastlegde; het oude blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="146"/>
        <source>Groen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="147"/>
        <source>Oranje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="148"/>
        <source>Rood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="183"/>
        <source>Gedrag dat goed gaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="184"/>
        <source>Gedrag dat zorgen geeft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="186"/>
        <source>Ook vastgelegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="209"/>
        <source>Notitie (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="218"/>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="221"/>
        <source>Uitzondering (verstandelijke beperking of psychiatrische stoornis): toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="233"/>
        <source>Toelichting uitzondering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="255"/>
        <source>✓ Bespreking van %1 opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="256"/>
        <source>✓ Bespreking opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="288"/>
        <source>Pas eerst aan wat niet klopt; dan kunt u de correctie opslaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="306"/>
        <source>Bespreking opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="306"/>
        <source>Correctie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="39"/>
        <location filename="../viewmodels/rounds_model.cpp" line="59"/>
        <source>⚠ Over termijn: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="40"/>
        <location filename="../viewmodels/rounds_model.cpp" line="61"/>
        <source>● Vandaag: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="45"/>
        <location filename="../viewmodels/rounds_model.cpp" line="63"/>
        <source>Besluit: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="65"/>
        <source>Binnen %1 dagen: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="67"/>
        <source>✓ Vandaag gedaan. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="509"/>
        <source>Vandaag gedaan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="507"/>
        <source>Uw eigen gedetineerden (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="72"/>
        <source>Niets open binnen %1 dagen. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="510"/>
        <source>Andere gedetineerden (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../pages/RoundsPage.qml" line="28"/>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="52"/>
        <source>Mijn werk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="60"/>
        <source>Alle gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="70"/>
        <source>Vragenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="73"/>
        <source>Wie de vragenlijst nu kan krijgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="81"/>
        <source>Zoek op naam of nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="86"/>
        <source>Alle afdelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="92"/>
        <source>Toon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/RoundsPage.qml" line="99"/>
        <source>%n gedetineerde(n)</source>
        <translation>
            <numerusform>%n gedetineerde</numerusform>
            <numerusform>%n gedetineerden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="184"/>
        <source>Niemand gevonden voor “%1” onder wie de vragenlijst nu kan krijgen (eens in de vier weken, niet in de eerste twee weken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="185"/>
        <source>Niemand gevonden voor “%1” in Mijn werk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="194"/>
        <source>Zoeken in alle gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="202"/>
        <source>Niemand gevonden voor “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="203"/>
        <source>Niets te doen op dit moment. Alle gedetineerden: één tik hierboven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="204"/>
        <source>Geen gedetineerden op deze afdeling.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../components/SearchField.qml" line="27"/>
        <source>Zoekveld leegmaken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../viewmodels/session.cpp" line="83"/>
        <source>De database van deze tablet kan niet worden ontsleuteld met de sleutel van deze tablet. Er is niets gewist of overschreven; neem contact op met de beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="90"/>
        <source>De database kon niet worden geopend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="171"/>
        <source>Er is geen database geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="184"/>
        <location filename="../viewmodels/session.cpp" line="231"/>
        <location filename="../viewmodels/session.cpp" line="250"/>
        <source>De tablet is even bezig; probeer het zo opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewmodels/session.cpp" line="207"/>
        <source>Onjuiste pincode. Nog %n poging(en).</source>
        <translation>
            <numerusform>Onjuiste pincode. Nog %n poging.</numerusform>
            <numerusform>Onjuiste pincode. Nog %n pogingen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="210"/>
        <source>Te vaak een onjuiste pincode. Probeer het opnieuw om %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="214"/>
        <source>Voor deze medewerker is nog geen pincode ingesteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="218"/>
        <source>Kies eerst uw naam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="224"/>
        <location filename="../viewmodels/session.cpp" line="244"/>
        <source>Meld u eerst aan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="229"/>
        <source>De nieuwe pincode moet 6 tot 8 cijfers zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="289"/>
        <source>Recent op deze tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/SignInPage.qml" line="21"/>
        <source>Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="54"/>
        <source>Wie bent u?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="65"/>
        <source>Zoek uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="143"/>
        <source>Niemand gevonden voor “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="175"/>
        <source>Kies eerst uw naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="175"/>
        <source>Voer uw pincode in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../components/StatusBar.qml" line="34"/>
        <source>Alles bewaard op dit apparaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="36"/>
        <source>%n wijziging(en) wachten op synchronisatie</source>
        <translation>
            <numerusform>%n wijziging wacht op synchronisatie</numerusform>
            <numerusform>%n wijzigingen wachten op synchronisatie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="37"/>
        <source>Alles bewaard; %n wijziging(en) nog niet verstuurd</source>
        <translation>
            <numerusform>Alles bewaard; %n wijziging nog niet verstuurd</numerusform>
            <numerusform>Alles bewaard; %n wijzigingen nog niet verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="59"/>
        <source>Niet gekoppeld aan een server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="60"/>
        <source>Synchroniseren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="63"/>
        <source>%n registratie(s) geweigerd door de server</source>
        <translation>
            <numerusform>%n registratie geweigerd door de server</numerusform>
            <numerusform>%n registraties geweigerd door de server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="65"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="66"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="79"/>
        <source>Nu synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../components/Stepper.qml" line="35"/>
        <source>Eerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../components/Stepper.qml" line="54"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="179"/>
        <source>%1 over %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="183"/>
        <source>%1 met %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="217"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="220"/>
        <source>MDO-bespreking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="223"/>
        <source>D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="226"/>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="229"/>
        <source>Klacht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="231"/>
        <source>Registratievoorstel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="257"/>
        <source>Synchroniseren kan alleen met een database op dit apparaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="357"/>
        <source>Alleen een medewerker van de inrichting kan deze tablet koppelen: meld u aan als medewerker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/SyncPage.qml" line="13"/>
        <source>Synchronisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="59"/>
        <source>Gekoppeld aan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="60"/>
        <source>Deze tablet is nog niet gekoppeld aan de centrale server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="98"/>
        <source>Een medewerker van de inrichting koppelt deze tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="139"/>
        <location filename="../pages/SyncPage.qml" line="148"/>
        <source>Serveradres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="150"/>
        <source>Aanmeldcode (van het centrale kantoor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="159"/>
        <source>Aanmeldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="182"/>
        <source>Koppelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="182"/>
        <source>Bezig met koppelen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="188"/>
        <source>Er loopt al een synchronisatie; probeer het zo opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="84"/>
        <source>Alles is verstuurd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="74"/>
        <source>Alles wat op deze tablet wordt vastgelegd, blijft hier veilig bewaard. Na het koppelen gaat het bij de eerste synchronisatie naar de centrale server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="84"/>
        <source>Niets wacht op verzending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="86"/>
        <source>%n wijziging(en) wachten op synchronisatie</source>
        <translation>
            <numerusform>%n wijziging wacht op synchronisatie</numerusform>
            <numerusform>%n wijzigingen wachten op synchronisatie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="87"/>
        <source>%n wijziging(en) nog niet verstuurd</source>
        <translation>
            <numerusform>%n wijziging nog niet verstuurd</numerusform>
            <numerusform>%n wijzigingen nog niet verstuurd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="113"/>
        <source>Koppelen doet de beheerder van de inrichting, met het serveradres en een aanmeldcode van het centrale kantoor. Heeft u die niet, dan hoeft u hier niets te doen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="126"/>
        <source>Ik heb een aanmeldcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="171"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="219"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="220"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="228"/>
        <source>Nieuwe poging over %n seconde(n).</source>
        <translation>
            <numerusform>Nieuwe poging over %n seconde.</numerusform>
            <numerusform>Nieuwe poging over %n seconden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="239"/>
        <source>%n registratie(s) geweigerd door de server:</source>
        <translation>
            <numerusform>%n registratie geweigerd door de server:</numerusform>
            <numerusform>%n registraties geweigerd door de server:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="261"/>
        <source>Welke, ziet een medewerker van de inrichting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="269"/>
        <source>Ze blijven op deze tablet. Het centrale kantoor ziet ze ook; is de oorzaak verholpen, verstuur ze dan opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="278"/>
        <source>Geweigerde opnieuw versturen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="286"/>
        <source>%n registratie(s) van de server konden hier niet worden opgeslagen (het centrale kantoor is ingelicht):</source>
        <translation>
            <numerusform>%n registratie van de server kon hier niet worden opgeslagen (het centrale kantoor is ingelicht):</numerusform>
            <numerusform>%n registraties van de server konden hier niet worden opgeslagen (het centrale kantoor is ingelicht):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="312"/>
        <source>Nu synchroniseren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keystore</name>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="49"/>
        <source>Het sleutelbestand %1 kan niet worden gelezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="58"/>
        <source>Het sleutelbestand %1 is beschadigd. De database is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="18"/>
        <source>Er is geen sleutelbos op dit systeem: de sleutel van de database staat in %1, alleen leesbaar voor deze gebruiker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="68"/>
        <source>Het bestand was ook voor anderen leesbaar; dat is hersteld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="94"/>
        <source>De sleutel in de sleutelbos is beschadigd. De database is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="101"/>
        <source>De sleutel van de versleutelde database %1 is niet gevonden (niet in de sleutelbos en niet in %2). De database is niet gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="118"/>
        <source>Er is geen sleutelbos en het sleutelbestand %1 kan niet worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde</name>
    <message>
        <location filename="../app/launcher.cpp" line="46"/>
        <source>Waarschuwing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="68"/>
        <source>Gebruik: ronde --enrol SERVERADRES AANMELDCODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="78"/>
        <source>Kan %1 niet lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="91"/>
        <source>Aangemeld bij %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="96"/>
        <source>Synchronisatie mislukt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/launcher.cpp" line="103"/>
        <source>Synchronisatie voltooid, maar %n registratie(s) geweigerd door de server: %1 verstuurd, %2 opgehaald.</source>
        <translation>
            <numerusform>Synchronisatie voltooid, maar %n registratie geweigerd door de server: %1 verstuurd, %2 opgehaald.</numerusform>
            <numerusform>Synchronisatie voltooid, maar %n registraties geweigerd door de server: %1 verstuurd, %2 opgehaald.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="119"/>
        <source>Synchronisatie klaar: %1 verstuurd, %2 opgehaald, %3 ronde(n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="177"/>
        <source>Ronde: contacten, beoordelingen en besluiten vastleggen tijdens de ronde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="179"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="181"/>
        <source>Start met de demo-inrichting (wordt bij de eerste start aangemaakt in de gegevensmap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="201"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="195"/>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="187"/>
        <source>Meldt deze tablet aan bij de server met een eenmalige code en synchroniseert: --enrol URL CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="190"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="193"/>
        <source>Naam van deze tablet bij het aanmelden (standaard de hostnaam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="198"/>
        <source>Met --enrol: het certificaat van de server (PEM); de tablet vertrouwt daarna alleen dat certificaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="203"/>
        <source>Synchroniseert één keer zonder venster, toont een samenvatting en stopt (0: gelukt, 1: mislukt, 3: gelukt, maar de server weigerde registraties; die blijven op de tablet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="209"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="210"/>
        <source>Met --enrol: de code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="241"/>
        <source>Fout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="272"/>
        <source>Pagina %1 kon niet worden getoond: dat kan alleen met --demo, in een demo-map met demo-gebruikers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app</name>
    <message>
        <location filename="../app/window_start.cpp" line="77"/>
        <source>De gegevensmap. Standaard: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="79"/>
        <source>MAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="81"/>
        <source>Tekent het eerste scherm (zonder beeldscherm) naar een PNG en stopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="82"/>
        <source>BESTAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="85"/>
        <source>Met --screenshot: welke pagina (%1). Standaard de eerste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="86"/>
        <source>NAAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="89"/>
        <source>Met --screenshot: landscape (1280×800, standaard) of portrait (800×1280).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="90"/>
        <source>STAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="92"/>
        <source>Taal van de app: nl, en, of een taal met een eigen vertaalbestand (%1). Standaard de taal van het systeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="101"/>
        <source>Onbekende taal &apos;%1&apos;: kies uit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="95"/>
        <source>TAAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="108"/>
        <source>Onbekende pagina &apos;%1&apos;: kies uit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="113"/>
        <source>Onbekende stand &apos;%1&apos;: kies landscape of portrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="132"/>
        <source>De gegevensmap %1 kan niet worden aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="183"/>
        <source>Schermafdruk bewaard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="184"/>
        <source>Kon de schermafdruk niet bewaren in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::dashboard</name>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="44"/>
        <source>Ronde voor het centrale kantoor: de rapportage van alle inrichtingen, alleen lezen, met grafieken en de lijsten erachter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="47"/>
        <source>Toont deze hulp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="50"/>
        <source>De database van de centrale server (bestand of postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="51"/>
        <source>PAD|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="52"/>
        <source>Toont een demo-database met drie inrichtingen (wordt bij de eerste start aangemaakt in de gegevensmap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="74"/>
        <source>Geef de centrale database: --database BESTAND of postgresql://…, of --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="117"/>
        <location filename="../../office/app/office_launcher.cpp" line="125"/>
        <source>Pagina %1 kon niet worden getoond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::sync::SyncProblem</name>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="84"/>
        <source>Dit apparaat is nog niet aangemeld bij een server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="94"/>
        <source>Het servercertificaat is geen geldige PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="99"/>
        <source>Geen verbinding met de server: hij neemt niet op (staat hij aan, en klopt het adres met de poort?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="88"/>
        <source>Ongeldig serveradres. Een adres begint met https://, bijvoorbeeld https://ronde.example:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="90"/>
        <source>Ongeldig serveradres: “%1”. Een adres begint met https://, bijvoorbeeld https://ronde.example:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="102"/>
        <source>Geen verbinding met de server: het serveradres is niet gevonden (is er netwerk, en klopt de naam?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="105"/>
        <source>De server verbrak de verbinding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="108"/>
        <source>De server antwoordde niet op tijd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="111"/>
        <source>Geen verbinding met de server: er is geen netwerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="113"/>
        <source>Geen verbinding met de server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="116"/>
        <source>Geen verbinding met de server: het certificaat van de server klopt niet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="119"/>
        <source>De server herkent dit apparaat niet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="121"/>
        <source>De server weigert een te groot bericht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="123"/>
        <source>Deze app is te oud voor de server: werk de app bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="128"/>
        <source>De server antwoordde met fout %1. Klopt het serveradres?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="129"/>
        <source>De server antwoordde met fout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="131"/>
        <source>Dit apparaat is ingetrokken door het centrale kantoor; de gegevens zijn gewist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="134"/>
        <source>Onverwacht antwoord van de server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="136"/>
        <source>Het antwoord van de server kon niet worden verwerkt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="138"/>
        <source>De database van deze tablet kon niet worden geopend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="142"/>
        <source>De synchronisatie kwam niet tot een einde.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
