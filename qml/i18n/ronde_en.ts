<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppShell</name>
    <message>
        <location filename="../AppShell.qml" line="97"/>
        <location filename="../AppShell.qml" line="100"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="106"/>
        <source>Ronde</source>
        <comment>naam van de app</comment>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="127"/>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="242"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="256"/>
        <source>Wat u hebt ingevuld, is nog niet opgeslagen. Weggooien?</source>
        <translation>What you filled in is not saved yet. Throw it away?</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="264"/>
        <source>Verder invullen</source>
        <translation>Keep filling in</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="271"/>
        <source>Weggooien en terug</source>
        <translation>Throw away and go back</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="462"/>
        <source>Opgeslagen: vragenlijst ingevuld door %1</source>
        <translation>Saved: questionnaire filled in by %1</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="463"/>
        <source>Opgeslagen: vragenlijst aangeboden aan %1, niet ingevuld</source>
        <translation>Saved: questionnaire offered to %1, not filled in</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="496"/>
        <source>Ronde kan niet starten</source>
        <translation>Ronde cannot start</translation>
    </message>
    <message>
        <location filename="../AppShell.qml" line="505"/>
        <source>⚠ De gegevens op deze tablet kunnen niet worden geopend.</source>
        <translation>⚠ The data on this tablet cannot be opened.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="139"/>
        <source>Er is niets gewijzigd. Pas eerst aan wat niet klopt.</source>
        <translation>Nothing has changed. First change what is wrong.</translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="240"/>
        <source>U legde vandaag om %1 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een nieuw gesprek is; een fout in het eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation>Today at %1 you already recorded such a talk with this detainee. Save only if this is a new talk; a mistake in the first one is mended with ‘Correct’ in the timeline.</translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="245"/>
        <source>U legde op %1 om %2 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een ander gesprek is; een fout in het eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation>On %1 at %2 you already recorded such a talk with this detainee. Save only if this is another talk; a mistake in the first one is mended with ‘Correct’ in the timeline.</translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="252"/>
        <source>%1 legde vandaag om %2 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een ander gesprek is.</source>
        <translation>%1 already recorded such a talk with this detainee today at %2. Only save if this is a different talk.</translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="255"/>
        <source>%1 legde op %2 om %3 al zo&apos;n gesprek met deze gedetineerde vast. Sla alleen op als dit een ander gesprek is.</source>
        <translation>%1 already recorded such a talk with this detainee on %2 at %3. Only save if this is a different talk.</translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="275"/>
        <source>Dit gesprek is al gecorrigeerd, of hoort niet bij deze gedetineerde.</source>
        <translation>This talk has been corrected already, or belongs to another detainee.</translation>
    </message>
    <message>
        <location filename="../viewmodels/contact_form.cpp" line="279"/>
        <source>Alleen wie dit gesprek vastlegde, kan het corrigeren.</source>
        <translation>Only the person who recorded this talk can correct it.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../pages/ContactPage.qml" line="40"/>
        <source>Mentorgesprek</source>
        <translation>Mentor talk</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="41"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="41"/>
        <source>Gesprek D&amp;R-plan</source>
        <translation>D&amp;R-plan talk</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="42"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="292"/>
        <source>✓ Tevredenheid gevraagd</source>
        <translation>✓ Satisfaction asked</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="303"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="158"/>
        <source>Hoe (optioneel)</source>
        <translation>How (optional)</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="27"/>
        <source>Gecorrigeerd: mentorgesprek met %1</source>
        <translation>Corrected: mentor talk with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="28"/>
        <source>Gecorrigeerd: intake met %1</source>
        <translation>Corrected: intake with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="29"/>
        <source>Gecorrigeerd: gesprek over het D&amp;R-plan met %1</source>
        <translation>Corrected: D&amp;R-plan talk with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="30"/>
        <source>Gecorrigeerd: contact met %1</source>
        <translation>Corrected: contact with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="31"/>
        <source>Opgeslagen: mentorgesprek met %1</source>
        <translation>Saved: mentor talk with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="32"/>
        <source>Opgeslagen: intake met %1</source>
        <translation>Saved: intake with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="33"/>
        <source>Opgeslagen: gesprek over het D&amp;R-plan met %1</source>
        <translation>Saved: D&amp;R-plan talk with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="34"/>
        <source>Opgeslagen: contact met %1</source>
        <translation>Saved: contact with %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="43"/>
        <source>%1 corrigeren</source>
        <translation>%1: correction</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="83"/>
        <source>Met %1, op %2, door %3 (%4). Uw correctie vervangt wat u toen vastlegde; het oude blijft bewaard.</source>
        <translation>With %1, on %2, by %3 (%4). Your correction replaces what you recorded then; the old record is kept.</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="87"/>
        <source>Met %1, door %2 (%3)</source>
        <translation>With %1, by %2 (%3)</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="101"/>
        <source>Een ander contact telt niet als mentorgesprek. Was het een mentorgesprek, ga dan terug en kies ‘Mentorgesprek’.</source>
        <translation>An ‘Other contact’ does not count as a mentor talk. If it was a mentor talk, go back and choose ‘Mentor talk’.</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="113"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="128"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="134"/>
        <source>om %1 (bij openen)</source>
        <translation>at %1 (when opened)</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="135"/>
        <source>om %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="138"/>
        <source>Een kwartier eerder</source>
        <translation>A quarter of an hour earlier</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="139"/>
        <source>Een kwartier later</source>
        <translation>A quarter of an hour later</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="164"/>
        <source>Persoonlijk</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="164"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="165"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="165"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="179"/>
        <source>Wie namen nog meer deel?</source>
        <translation>Who else took part?</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="208"/>
        <source>Onderwerpen (optioneel)</source>
        <translation>Topics (optional)</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="232"/>
        <source>Notitie (optioneel)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="242"/>
        <source>Kort en zakelijk; alleen wat nodig is</source>
        <translation>Short and factual; only what is needed</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="243"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="263"/>
        <source>Pas eerst aan wat niet klopt; dan kunt u de correctie opslaan.</source>
        <translation>First change what is wrong; then you can save the correction.</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="293"/>
        <source>Tevredenheid vragen</source>
        <translation>Ask for satisfaction</translation>
    </message>
    <message>
        <location filename="../pages/ContactPage.qml" line="303"/>
        <source>Correctie opslaan</source>
        <translation>Save correction</translation>
    </message>
</context>
<context>
    <name>DayStepper</name>
    <message>
        <location filename="../components/DayStepper.qml" line="9"/>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="13"/>
        <source>hoogstens %1 dagen terug</source>
        <translation>at most %1 days back</translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="14"/>
        <source>eerder kan niet</source>
        <translation>cannot go earlier</translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="15"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="16"/>
        <source>Gisteren</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="21"/>
        <source>Een dag eerder</source>
        <translation>One day earlier</translation>
    </message>
    <message>
        <location filename="../components/DayStepper.qml" line="22"/>
        <source>Een dag later</source>
        <translation>One day later</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="77"/>
        <source>Zit al in het plusprogramma: promoveren kan niet.</source>
        <translation>Already in the plus programme: cannot be promoted.</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="79"/>
        <source>Zit niet in het plusprogramma: degraderen of intrekken kan niet (het zou alleen de zes weken opnieuw laten beginnen).</source>
        <translation>Not in the plus programme: cannot be demoted or revoked (it would only start the six weeks again).</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="82"/>
        <source>Valt buiten promotie en degradatie (eigen dagprogramma, art. 1e Regeling SPOG).</source>
        <translation>Outside promotion and demotion (own day programme, art. 1e Regeling SPOG).</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="85"/>
        <source>Deze inrichting heeft geen plusprogramma.</source>
        <translation>This facility has no plus programme.</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="100"/>
        <source>Let op: volgens de beoordelingen komt de gedetineerde nog niet in aanmerking (zes weken groen). Leg dit alleen vast als de directeur zo besloot, bijvoorbeeld op een uitzondering.</source>
        <translation>Note: by the reviews the detainee is not eligible yet (six weeks of green). Record this only if the director so decided, for example on an exception.</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="108"/>
        <source>Op deze dag is al vastgelegd: „%1”. Leg dit alleen vast als er opnieuw is besloten; het eerdere besluit blijft staan.</source>
        <translation>Already recorded on this day: “%1”. Record this only if a new decision was taken; the earlier decision stays.</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="115"/>
        <source>Na deze dag is nog een bespreking gehouden (%1). Gaat het besluit daarover, kies dan die dag of later.</source>
        <translation>A review was held after this day (%1). If the decision is about that review, choose that day or later.</translation>
    </message>
    <message>
        <location filename="../viewmodels/decision_form.cpp" line="168"/>
        <source>Intussen is een later besluit vastgelegd. Kies de dag opnieuw.</source>
        <translation>A later decision has been recorded meanwhile. Choose the day again.</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../pages/DecisionPage.qml" line="16"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="54"/>
        <source>Besluit over %1</source>
        <translation>Decision on %1</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="90"/>
        <source>⚠ Alleen de directeur of een gemandateerd MDO neemt dit besluit.</source>
        <translation>⚠ Only the director or a mandated MDO takes this decision.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="44"/>
        <source>Promoveren</source>
        <translation>Promote</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="44"/>
        <source>Degraderen</source>
        <translation>Demote</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="45"/>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="45"/>
        <source>Intrekken</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="63"/>
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="63"/>
        <source>plusprogramma</source>
        <translation>plus programme</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="64"/>
        <source>eigen dagprogramma (uitgesloten)</source>
        <translation>own day programme (excluded)</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="65"/>
        <source>basisprogramma</source>
        <translation>basic programme</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="68"/>
        <source>komt in aanmerking voor promotie</source>
        <translation>eligible for promotion</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="69"/>
        <source>komt nu niet in aanmerking voor promotie</source>
        <translation>not eligible for promotion now</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="125"/>
        <source>Op basis van de bespreking van %1.</source>
        <translation>Based on the review of %1.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="126"/>
        <source>Nog geen bespreking (MDO) op of vóór deze dag.</source>
        <translation>No review (MDO) on or before this day yet.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="135"/>
        <source>Besluit vastleggen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="145"/>
        <source>Kies eerst een besluit hierboven.</source>
        <translation>Choose a decision above first.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="172"/>
        <source>Besluit „%1” over %2 vastleggen? Daarna kan de gedetineerde 7 dagen in beklag.</source>
        <translation>Record the decision “%1” about %2? The detainee may then lodge a complaint within 7 days.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="174"/>
        <source>Besluit „%1” over %2 vastleggen, genomen op %3? Daarna kan de gedetineerde 7 dagen in beklag.</source>
        <translation>Record the decision “%1” about %2, taken on %3? The detainee may then lodge a complaint within 7 days.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="197"/>
        <source>Nee, terug</source>
        <translation>No, go back</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="202"/>
        <source>Ja, vastleggen</source>
        <translation>Yes, record it</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="223"/>
        <source>Vastgelegd. De 7 dagen voor beklag liepen tot en met %1; hoorde de gedetineerde pas later van het besluit, dan tellen ze vanaf die dag.</source>
        <translation>Recorded. The 7 days for a complaint ran until %1; if the detainee learned of the decision only later, they count from that day.</translation>
    </message>
    <message>
        <location filename="../pages/DecisionPage.qml" line="225"/>
        <source>Vastgelegd. Beklag is mogelijk tot en met %1 (7 dagen).</source>
        <translation>Recorded. A complaint can be lodged until %1 (7 days).</translation>
    </message>
</context>
<context>
    <name>DetaineeDelegate</name>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="56"/>
        <source>%1, nummer %2</source>
        <translation>%1, number %2</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="112"/>
        <source>Aan u toegewezen</source>
        <translation>Assigned to you</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="157"/>
        <source>Vertrokken</source>
        <translation>Left the facility</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="55"/>
        <source>%1, nummer %2: %3</source>
        <translation>%1, number %2: %3</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="117"/>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="124"/>
        <source>%1 · %2 · sinds %3 (%n dag(en))</source>
        <translation>
            <numerusform>%1 · %2 · since %3 (%n day)</numerusform>
            <numerusform>%1 · %2 · since %3 (%n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="159"/>
        <source>Nog geen contact van uw organisatie</source>
        <translation>No contact by your organisation yet</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="160"/>
        <source>Laatste contact van uw organisatie: vandaag</source>
        <translation>Last contact by your organisation: today</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="161"/>
        <source>Laatste contact van uw organisatie: %1 (%n dag(en) geleden)</source>
        <translation>
            <numerusform>Last contact by your organisation: %1 (%n day ago)</numerusform>
            <numerusform>Last contact by your organisation: %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="163"/>
        <source>Nog geen contact</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../delegates/DetaineeDelegate.qml" line="164"/>
        <source>Laatste contact: vandaag</source>
        <translation>Last contact: today</translation>
    </message>
    <message numerus="yes">
        <location filename="../delegates/DetaineeDelegate.qml" line="165"/>
        <source>Laatste contact: %1 (%n dag(en) geleden)</source>
        <translation>
            <numerusform>Last contact: %1 (%n day ago)</numerusform>
            <numerusform>Last contact: %1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetaineeModel</name>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="25"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="27"/>
        <source>Mentorgesprek</source>
        <translation>Mentor talk</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="29"/>
        <source>Gesprek D&amp;R-plan</source>
        <translation>D&amp;R-plan talk</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="33"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="40"/>
        <source>ISD-maatregel</source>
        <translation>ISD order</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="42"/>
        <source>Pre-ISD</source>
        <translation>Pre-ISD</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="44"/>
        <source>Delict tijdens detentie</source>
        <translation>Offence during detention</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="46"/>
        <source>JMC</source>
        <translation>JMC</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="48"/>
        <source>PPC</source>
        <translation>PPC</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="50"/>
        <source>Beheersgroep</source>
        <translation>Control group</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="106"/>
        <source>Veiligheid en beveiliging</source>
        <translation>Safety and security</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="109"/>
        <source>Zorg en begeleiding</source>
        <translation>Care and guidance</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="112"/>
        <source>Re-integratie en resocialisatie</source>
        <translation>Reintegration and resocialisation</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="115"/>
        <source>Verblijf en leefbaarheid</source>
        <translation>Stay and liveability</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="152"/>
        <source>Groen</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="155"/>
        <source>Oranje</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="158"/>
        <source>Rood</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="248"/>
        <source>%1 (%2 t/m %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="250"/>
        <source>%1 (sinds %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="282"/>
        <source>Vandaag gedaan</source>
        <translation>Done today</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="320"/>
        <source>Onderwerpen: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="328"/>
        <source>tevredenheid gevraagd</source>
        <translation>satisfaction asked</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="336"/>
        <source>%1 (gecorrigeerd)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="367"/>
        <source>Bespreking MDO (gecorrigeerd)</source>
        <translation>MDO review (corrected)</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="367"/>
        <source>Bespreking MDO</source>
        <translation>MDO review</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="378"/>
        <source>Concept-D&amp;R-plan vastgesteld</source>
        <translation>Draft D&amp;R plan set</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="379"/>
        <source>D&amp;R-plan herzien</source>
        <translation>D&amp;R plan revised</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="380"/>
        <source>D&amp;R-plan vastgesteld</source>
        <translation>D&amp;R plan set</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="92"/>
        <source>Besluit: promoveren</source>
        <translation>Decision: promote</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="94"/>
        <source>Besluit: degraderen</source>
        <translation>Decision: demote</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="96"/>
        <source>Besluit: intrekken</source>
        <translation>Decision: revoke</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="100"/>
        <source>Besluit: nog niet</source>
        <translation>Decision: not yet</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="401"/>
        <source>Vragenlijst ingevuld</source>
        <translation>Questionnaire filled in</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="402"/>
        <source>Vragenlijst aangeboden, niet ingevuld</source>
        <translation>Questionnaire offered, not filled in</translation>
    </message>
    <message>
        <location filename="../viewmodels/detainee_model.cpp" line="403"/>
        <source>aangeboden door %1</source>
        <translation>offered by %1</translation>
    </message>
</context>
<context>
    <name>DetaineePage</name>
    <message>
        <location filename="../pages/DetaineePage.qml" line="29"/>
        <source>Geen toegang</source>
        <translation>No access</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="51"/>
        <source>U hebt geen toegang tot deze gedetineerde: hij of zij is niet aan u toegewezen.</source>
        <translation>You have no access to this detainee: they are not assigned to you.</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="79"/>
        <source>Nummer %1 · %2 · binnen sinds %3</source>
        <translation>Number %1 · %2 · in custody since %3</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="89"/>
        <source>Nog geen mentor toegewezen</source>
        <translation>No mentor assigned yet</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="90"/>
        <source>Mentor: %1 (u)</source>
        <translation>Mentor: %1 (you)</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="91"/>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="100"/>
        <source>Plusprogramma</source>
        <translation>Plus programme</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="101"/>
        <source>Eigen dagprogramma</source>
        <translation>Own day programme</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="102"/>
        <source>Basisprogramma</source>
        <translation>Basic programme</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="103"/>
        <source>komt in aanmerking voor promotie</source>
        <translation>eligible for promotion</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="104"/>
        <source>uitgesloten: %1</source>
        <translation>excluded: %1</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="124"/>
        <source>Mentorgesprek</source>
        <translation>Mentor talk</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="131"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="138"/>
        <source>Gesprek D&amp;R-plan</source>
        <translation>D&amp;R-plan talk</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="148"/>
        <source>Ander contact</source>
        <translation>Other contact</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="155"/>
        <source>Bespreking (MDO)</source>
        <translation>Review (MDO)</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="162"/>
        <source>D&amp;R-plan</source>
        <translation>D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="169"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="24"/>
        <source>Vragenlijst aanbieden</source>
        <translation>Offer questionnaire</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="218"/>
        <source>%1 (de directeur of een MDO-lid met mandaat beslist)</source>
        <translation>%1 (the director or an MDO member with a mandate decides)</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="234"/>
        <source>Termijnen</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="256"/>
        <source>Stoplichten laatste besprekingen</source>
        <translation>Traffic lights of the last reviews</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="303"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="313"/>
        <source>Nog niets vastgelegd.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="314"/>
        <source>Nog geen contact van uw organisatie vastgelegd.</source>
        <translation>No contact by your organisation recorded yet.</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="361"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../pages/DetaineePage.qml" line="362"/>
        <source>%1 van %2 corrigeren</source>
        <translation>Correct %1 of %2</translation>
    </message>
</context>
<context>
    <name>HandBack</name>
    <message>
        <location filename="../components/HandBack.qml" line="14"/>
        <source>Dank u wel. Geef de tablet terug aan de medewerker.</source>
        <translation>Thank you. Please hand the tablet back to the staff member.</translation>
    </message>
    <message>
        <location filename="../components/HandBack.qml" line="15"/>
        <source>Medewerker: voer uw pincode in.</source>
        <translation>Staff member: enter your PIN.</translation>
    </message>
    <message>
        <location filename="../components/HandBack.qml" line="42"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../components/LockScreen.qml" line="37"/>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="39"/>
        <source>Medewerker: voer uw pincode in om verder te gaan.</source>
        <translation>Staff member: enter your PIN to carry on.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="40"/>
        <source>%1: voer uw pincode in om verder te gaan. Wat u invulde, staat nog klaar.</source>
        <translation>%1: enter your PIN to carry on. What you filled in is still there.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="42"/>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="48"/>
        <source>Andere medewerker</source>
        <translation>Another staff member</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="69"/>
        <source>Wat nog niet is opgeslagen, gaat verloren als een andere medewerker zich aanmeldt.</source>
        <translation>What is not saved yet is lost when another staff member signs in.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="70"/>
        <source>Wat %1 invulde en nog niet opsloeg, gaat verloren als een andere medewerker zich aanmeldt.</source>
        <translation>What %1 filled in and did not save is lost when another staff member signs in.</translation>
    </message>
    <message>
        <location filename="../components/LockScreen.qml" line="79"/>
        <source>Niet weggooien</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>LockWarning</name>
    <message numerus="yes">
        <location filename="../components/LockWarning.qml" line="39"/>
        <source>De tablet vergrendelt over %n seconde(n).</source>
        <translation>
            <numerusform>The tablet locks in %n second.</numerusform>
            <numerusform>The tablet locks in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/LockWarning.qml" line="40"/>
        <source>U wordt over %n seconde(n) afgemeld.</source>
        <translation>
            <numerusform>You will be signed out in %n second.</numerusform>
            <numerusform>You will be signed out in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/LockWarning.qml" line="50"/>
        <source>Wat u invulde, blijft bewaard. Met uw pincode gaat u daarna verder.</source>
        <translation>What you filled in is kept. Your PIN lets you carry on afterwards.</translation>
    </message>
    <message>
        <location filename="../components/LockWarning.qml" line="51"/>
        <source>Tik op Doorgaan om aangemeld te blijven.</source>
        <translation>Tap Continue to stay signed in.</translation>
    </message>
    <message>
        <location filename="../components/LockWarning.qml" line="59"/>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../Main.qml" line="13"/>
        <source>Ronde</source>
        <comment>naam van de app</comment>
        <translation>Rounds</translation>
    </message>
</context>
<context>
    <name>NewPinPage</name>
    <message>
        <location filename="../pages/NewPinPage.qml" line="15"/>
        <location filename="../pages/NewPinPage.qml" line="35"/>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="27"/>
        <source>%1, kies een nieuwe pincode van 6 tot 8 cijfers. Uw huidige pincode is te kort of verouderd.</source>
        <translation>%1, choose a new PIN of 6 to 8 digits. Your current PIN is too short or outdated.</translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="35"/>
        <source>Nog een keer, ter controle</source>
        <translation>Once more, to check</translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="44"/>
        <source>Verder</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="44"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../pages/NewPinPage.qml" line="52"/>
        <source>De twee pincodes verschillen. Begin opnieuw.</source>
        <translation>The two PINs differ. Start again.</translation>
    </message>
</context>
<context>
    <name>OfficeDashboard</name>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="57"/>
        <source>%1 bestaat niet. Geef de database van de centrale server.</source>
        <translation>%1 does not exist. Give the database of the central server.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="118"/>
        <source>PostgreSQL-database %1</source>
        <translation>PostgreSQL database %1</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="125"/>
        <source>De database kon niet worden geopend: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="174"/>
        <source>Vul de eerste dag van de periode in, zoals 1-10-2026.</source>
        <translation>Fill in the first day of the period, such as 1-10-2026.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="177"/>
        <source>Vul de laatste dag van de periode in, zoals 31-10-2026.</source>
        <translation>Fill in the last day of the period, such as 31-10-2026.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="186"/>
        <source>De periode begint na het einde.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="191"/>
        <source>De periode eindigt na vandaag (vandaag is %1): de cijfers gaan over wat al gebeurd is.</source>
        <translation>The period ends after today (today is %1): the figures are about what has happened.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../office/app/office_dashboard.cpp" line="295"/>
        <source>%1 van de %n gedetineerde(n) zonder contact</source>
        <translation>
            <numerusform>%1 of the %n detainee without contact</numerusform>
            <numerusform>%1 of the %n detainees without contact</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="76"/>
        <source>De cijfers konden niet worden berekend: %1</source>
        <translation>The figures could not be computed: %1</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="180"/>
        <location filename="../../office/app/office_dashboard.cpp" line="183"/>
        <source>&apos;%1&apos; is geen datum: schrijf dag-maand-jaar, zoals 1-10-2026.</source>
        <translation>&apos;%1&apos; is not a date: write day-month-year, such as 1-10-2026.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_dashboard.cpp" line="286"/>
        <source>%1 van %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>OfficeListPage</name>
    <message numerus="yes">
        <location filename="../../office/app/OfficeListPage.qml" line="23"/>
        <source>%n gedetineerde(n), %1 in de grafiek · %2 · %3</source>
        <translation>
            <numerusform>%n detainee, %1 in the chart · %2 · %3</numerusform>
            <numerusform>%n detainees, %1 in the chart · %2 · %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../office/app/OfficeListPage.qml" line="25"/>
        <source>%n gedetineerde(n) · %1 · %2</source>
        <translation>
            <numerusform>%n detainee · %1 · %2</numerusform>
            <numerusform>%n detainees · %1 · %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Inrichting</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="50"/>
        <source>Binnen sinds</source>
        <translation>In since</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeListPage.qml" line="96"/>
        <source>Niemand in deze lijst.</source>
        <translation>Nobody in this list.</translation>
    </message>
</context>
<context>
    <name>OfficeMain</name>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="16"/>
        <source>Ronde · kantoor</source>
        <translation>Ronde · office</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="32"/>
        <location filename="../../office/app/OfficeMain.qml" line="35"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="51"/>
        <source>Alleen lezen · %1</source>
        <translation>Read-only · %1</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficeMain.qml" line="52"/>
        <source>Alleen lezen</source>
        <translation>Read-only</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="15"/>
        <source>Kantoor: contact en naleving</source>
        <translation>Office: contact and compliance</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="86"/>
        <source>Alle inrichtingen</source>
        <translation>All facilities</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="87"/>
        <source>Inrichting</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="103"/>
        <source>Alle afdelingen</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="104"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="107"/>
        <source>Periode van</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="115"/>
        <location filename="../../office/app/OfficePage.qml" line="126"/>
        <source>d-m-jjjj</source>
        <translation>d-m-yyyy</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="116"/>
        <source>Eerste dag van de periode</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="118"/>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="127"/>
        <source>Laatste dag van de periode</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="131"/>
        <source>Bijwerken</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="146"/>
        <source>Cijfers worden berekend</source>
        <translation>Computing the figures</translation>
    </message>
    <message>
        <location filename="../../office/app/OfficePage.qml" line="152"/>
        <source>Cijfers worden berekend…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../office/app/OfficePage.qml" line="155"/>
        <source>%1 · %2 · %n gedetineerde(n) aanwezig · %3</source>
        <translation>
            <numerusform>%1 · %2 · %n detainee present · %3</numerusform>
            <numerusform>%1 · %2 · %n detainees present · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../components/PinPad.qml" line="12"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../components/PinPad.qml" line="25"/>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/PinPad.qml" line="28"/>
        <source>%n cijfer(s) ingevoerd</source>
        <translation>
            <numerusform>%n digit entered</numerusform>
            <numerusform>%n digits entered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/PinPad.qml" line="46"/>
        <source>Wis laatste cijfer</source>
        <translation>Delete last digit</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="36"/>
        <source>Alleen de directeur stelt het definitieve D&amp;R-plan vast. Heeft het MDO vandaag een plan opgesteld, kies dan ‘Concept vastgesteld’.</source>
        <translation>Only the director sets the final D&amp;R plan. If the MDO drew up a plan today, choose ‘Draft set’.</translation>
    </message>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="46"/>
        <source>Het definitieve D&amp;R-plan is al vastgesteld op %1. Een nieuw plan is dan ‘Herzien’.</source>
        <translation>The definitive D&amp;R plan was already set on %1. A new plan is then ‘Revised’.</translation>
    </message>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="61"/>
        <source>Er is nog geen definitief D&amp;R-plan om te herzien; de directeur stelt het vast. Een nieuw plan van het MDO is ‘Concept vastgesteld’.</source>
        <translation>There is no final D&amp;R plan to revise yet; the director sets it. A new plan by the MDO is ‘Draft set’.</translation>
    </message>
    <message>
        <location filename="../viewmodels/plan_form.cpp" line="65"/>
        <source>Er is al een definitief D&amp;R-plan; een nieuw plan van het MDO is dan ‘Herzien’.</source>
        <translation>There is a definitive D&amp;R plan already; a new plan of the MDO is then ‘Revised’.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../pages/PlanPage.qml" line="17"/>
        <source>D&amp;R-plan</source>
        <translation>D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="31"/>
        <source>Concept vastgesteld</source>
        <translation>Draft set</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="32"/>
        <source>Definitief vastgesteld</source>
        <translation>Final plan set</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="33"/>
        <source>Herzien</source>
        <translation>Revised</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="37"/>
        <source>Opgeslagen: concept-D&amp;R-plan van %1</source>
        <translation>Saved: draft D&amp;R plan of %1</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="38"/>
        <source>Opgeslagen: definitief D&amp;R-plan van %1</source>
        <translation>Saved: final D&amp;R plan of %1</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="39"/>
        <source>Opgeslagen: D&amp;R-plan van %1 herzien</source>
        <translation>Saved: D&amp;R plan of %1 revised</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="67"/>
        <source>D&amp;R-plan van %1</source>
        <translation>D&amp;R plan of %1</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="97"/>
        <source>Wat is vastgesteld?</source>
        <translation>What was set?</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="121"/>
        <source>Het definitieve D&amp;R-plan legt de directeur vast.</source>
        <translation>The director records the final D&amp;R plan.</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="129"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../pages/PlanPage.qml" line="143"/>
        <source>Kies eerst wat er is vastgesteld.</source>
        <translation>First choose what was set.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireForm</name>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="22"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met uw casemanager?</source>
        <translation>Have you been in contact with your case manager in the last four weeks?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="25"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met uw mentor?</source>
        <translation>Have you been in contact with your mentor in the last four weeks?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="28"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met iemand van de gemeente?</source>
        <translation>Have you been in contact with someone from the municipality in the last four weeks?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="31"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met de reclassering?</source>
        <translation>Have you been in contact with the probation service in the last four weeks?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="34"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met een zorgverlener?</source>
        <translation>Have you been in contact with a care provider in the last four weeks?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="39"/>
        <source>Heeft u in de afgelopen vier weken contact gehad met een vrijwilliger?</source>
        <translation>Have you been in contact with a volunteer in the last four weeks?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="47"/>
        <source>Hoe tevreden bent u over het contact met uw casemanager?</source>
        <translation>How satisfied are you with the contact you had with your case manager?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="49"/>
        <source>Hoe tevreden bent u over het contact met uw mentor?</source>
        <translation>How satisfied are you with the contact you had with your mentor?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="51"/>
        <source>Hoe tevreden bent u over het contact met de gemeente?</source>
        <translation>How satisfied are you with the contact you had with the municipality?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="53"/>
        <source>Hoe tevreden bent u over het contact met de reclassering?</source>
        <translation>How satisfied are you with the contact you had with the probation service?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="55"/>
        <source>Hoe tevreden bent u over het contact met de zorgverlener?</source>
        <translation>How satisfied are you with the contact you had with the care provider?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="59"/>
        <source>Hoe tevreden bent u over het contact met de vrijwilliger?</source>
        <translation>How satisfied are you with the contact you had with the volunteer?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="68"/>
        <source>Casemanager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="70"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="72"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="74"/>
        <source>Reclassering</source>
        <translation>Probation service</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="76"/>
        <source>Zorgverlener</source>
        <translation>Care provider</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="80"/>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="87"/>
        <source>Werk</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="89"/>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="91"/>
        <source>Geld en schulden</source>
        <translation>Money and debts</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="93"/>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="138"/>
        <source>aangeboden op %1, niet ingevuld (laatst ingevuld op %2)</source>
        <translation>offered on %1, not filled in (last filled in on %2)</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="241"/>
        <source>Het D&amp;R-plan is uw plan voor nu en voor later: werk, wonen, geld.</source>
        <translation>The reintegration plan is your plan for now and for later: work, housing, money.</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="114"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="117"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="120"/>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Heel ontevreden</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Ontevreden</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="123"/>
        <source>Tevreden</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="124"/>
        <source>Heel tevreden</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="141"/>
        <source>laatst ingevuld op %1</source>
        <translation>last filled in on %1</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="140"/>
        <source>aangeboden op %1, niet ingevuld</source>
        <translation>offered on %1, not filled in</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="142"/>
        <source>nog niet aangeboden</source>
        <translation>not offered yet</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="147"/>
        <source>Vragenlijst: %1 · kan nu worden aangeboden</source>
        <translation>Questionnaire: %1 · can be offered now</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="144"/>
        <source>Vragenlijst: %1</source>
        <translation>Questionnaire: %1</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="97"/>
        <source>Geldige papieren</source>
        <translation>Valid ID papers</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="150"/>
        <source>Vragenlijst: %1 · kan weer vanaf %2</source>
        <translation>Questionnaire: %1 · can be offered again from %2</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="151"/>
        <source>Vragenlijst: %1 · kan vanaf %2</source>
        <translation>Questionnaire: %1 · can be offered from %2</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="215"/>
        <source>D&amp;R-plan</source>
        <translation>Reintegration plan</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="230"/>
        <source>Heeft iemand u geholpen met uw D&amp;R-plan?</source>
        <translation>Has anyone helped you with your reintegration plan?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="234"/>
        <source>Waarbij wilt u hulp?</source>
        <translation>What would you like help with?</translation>
    </message>
    <message>
        <location filename="../viewmodels/questionnaire_form.cpp" line="244"/>
        <source>U mag meer dan één kiezen. Tik daarna op Klaar.</source>
        <translation>You may choose more than one. Then tap Done.</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="46"/>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="102"/>
        <location filename="../pages/QuestionnairePage.qml" line="403"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="123"/>
        <source>Vraag %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="142"/>
        <source>Voorlezen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="142"/>
        <source>Geen geluid</source>
        <translation>No sound</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="110"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="142"/>
        <source>Stop voorlezen</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="184"/>
        <source>Een paar vragen voor u</source>
        <translation>A few questions for you</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="194"/>
        <source>Over de mensen die u helpen. Het duurt ongeveer twee minuten. De medewerker ziet uw antwoorden niet. U mag altijd stoppen.</source>
        <translation>About the people who help you. It takes about two minutes. The staff member does not see your answers. You may stop at any time.</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="94"/>
        <source>Annuleren (medewerker)</source>
        <translation>Cancel (staff)</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="220"/>
        <source>Liever niet</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="225"/>
        <source>Beginnen</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="331"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="366"/>
        <source>Wilt u stoppen? Uw antwoorden worden dan niet bewaard. U krijgt deze vragen pas over vier weken weer.</source>
        <translation>Do you want to stop? Your answers will then not be kept. You will not be asked these questions again for four weeks.</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="378"/>
        <source>Nee, verder</source>
        <translation>No, go on</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="385"/>
        <source>Ja, stoppen</source>
        <translation>Yes, stop</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="401"/>
        <source>De vragenlijst annuleren? Er wordt niets bewaard.</source>
        <translation>Cancel the questionnaire? Nothing is kept.</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="403"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="413"/>
        <source>Niet annuleren</source>
        <translation>Do not cancel</translation>
    </message>
    <message>
        <location filename="../pages/QuestionnairePage.qml" line="402"/>
        <source>Dank u wel. Geef de tablet terug aan de medewerker.</source>
        <translation>Thank you. Please hand the tablet back to the staff member.</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../pages/RatingPage.qml" line="38"/>
        <source>Tevredenheid</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="50"/>
        <source>Hoe tevreden bent u over dit gesprek?</source>
        <translation>How satisfied are you with this conversation?</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="63"/>
        <source>Heel ontevreden</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="64"/>
        <source>Ontevreden</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="65"/>
        <source>Neutraal</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="66"/>
        <source>Tevreden</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="67"/>
        <source>Heel tevreden</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="118"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../pages/RatingPage.qml" line="124"/>
        <source>Dit is mijn antwoord</source>
        <translation>This is my answer</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../viewmodels/record_form.cpp" line="74"/>
        <location filename="../viewmodels/record_form.cpp" line="89"/>
        <source>Meld u eerst aan.</source>
        <translation>Please sign in first.</translation>
    </message>
    <message>
        <location filename="../viewmodels/record_form.cpp" line="107"/>
        <source>Niet bewaard: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="80"/>
        <source>U legde vandaag al een bespreking vast (%1). Sla alleen op als het MDO opnieuw bijeenkwam; een fout in de eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation>Today you already recorded a review (%1). Save only if the MDO met again; a mistake in the first one is mended with ‘Correct’ in the timeline.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="84"/>
        <source>U legde op deze dag al een bespreking vast (%1). Sla alleen op als het MDO opnieuw bijeenkwam; een fout in de eerste verbetert u met ‘Corrigeren’ in de tijdlijn.</source>
        <translation>On this day you already recorded a review (%1). Save only if the MDO met again; a mistake in the first one is mended with ‘Correct’ in the timeline.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="90"/>
        <source>Vandaag is al een bespreking vastgelegd (%1). Sla alleen op als het MDO opnieuw bijeenkwam.</source>
        <translation>A review has already been recorded today (%1). Save only if the MDO met again.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="93"/>
        <source>Op deze dag is al een bespreking vastgelegd (%1). Sla alleen op als het MDO opnieuw bijeenkwam.</source>
        <translation>A review has already been recorded on this day (%1). Save only if the MDO met again.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="111"/>
        <source>Neemt deel aan arbeid en activiteiten</source>
        <translation>Takes part in work and activities</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="111"/>
        <source>Houdt zich aan afspraken</source>
        <translation>Keeps to agreements</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="112"/>
        <source>Werkt mee aan het D&amp;R-plan</source>
        <translation>Cooperates with the D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="112"/>
        <source>Respectvol naar personeel en medegedetineerden</source>
        <translation>Respectful to staff and fellow detainees</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="117"/>
        <source>Verbaal agressief</source>
        <translation>Verbally aggressive</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="117"/>
        <source>Weigert het dagprogramma</source>
        <translation>Refuses the day programme</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="117"/>
        <source>Positieve urinecontrole</source>
        <translation>Positive drug test</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="118"/>
        <source>Bezit van contrabande</source>
        <translation>Possession of contraband</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="139"/>
        <source>Kies nog een kleur voor: %1.</source>
        <translation>Still choose a light for: %1.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="184"/>
        <source>Deze bespreking is al gecorrigeerd, of hoort niet bij deze gedetineerde.</source>
        <translation>This review has been corrected already, or belongs to another detainee.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="188"/>
        <source>Alleen wie deze bespreking vastlegde, kan haar corrigeren.</source>
        <translation>Only the person who recorded this review can correct it.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="229"/>
        <source>Op deze bespreking rust ‘%1’ van %2. Dat besluit blijft staan; klopt het na uw correctie niet meer, dan beslist de directeur opnieuw.</source>
        <translation>‘%1’ of %2 rests on this review. That decision stands; if it is no longer right after your correction, the director decides again.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="257"/>
        <source>Er is niets gewijzigd. Pas eerst aan wat niet klopt.</source>
        <translation>Nothing has changed. First change what is wrong.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="333"/>
        <source>Zit in het plusprogramma.</source>
        <translation>In the plus programme.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="334"/>
        <source>Zit in het plusprogramma; een besluit over degraderen na een eerdere bespreking staat nog open.</source>
        <translation>In the plus programme; a decision on demotion after an earlier review is still open.</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="337"/>
        <source>Uitgesloten van promotie (art. 1e Regeling SPOG).</source>
        <translation>Excluded from promotion (art. 1e Regeling SPOG).</translation>
    </message>
    <message>
        <location filename="../viewmodels/review_form.cpp" line="339"/>
        <source>Komt nog niet in aanmerking voor promotie: zes weken groen nodig.</source>
        <translation>Not yet eligible for promotion: six weeks of green needed.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../pages/ReviewPage.qml" line="20"/>
        <source>Bespreking (MDO)</source>
        <translation>Review (MDO)</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="20"/>
        <source>Bespreking corrigeren</source>
        <translation>Correct review</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="25"/>
        <source>Gecorrigeerd: bespreking van %1.</source>
        <translation>Corrected: review of %1.</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="86"/>
        <source>Bespreking van %1</source>
        <translation>Review of %1</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="96"/>
        <source>MDO van %1, vastgelegd door u. Uw correctie vervangt wat u toen vastlegde; het oude blijft bewaard.</source>
        <translation>MDO of %1, recorded by you. Your correction replaces what you recorded then; the old record is kept.</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="146"/>
        <source>Groen</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="147"/>
        <source>Oranje</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="148"/>
        <source>Rood</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="183"/>
        <source>Gedrag dat goed gaat</source>
        <translation>Behaviour that goes well</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="184"/>
        <source>Gedrag dat zorgen geeft</source>
        <translation>Behaviour that worries</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="186"/>
        <source>Ook vastgelegd</source>
        <translation>Also recorded</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="209"/>
        <source>Notitie (optioneel)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="218"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="221"/>
        <source>Uitzondering (verstandelijke beperking of psychiatrische stoornis): toelichting</source>
        <translation>Exception (intellectual disability or psychiatric disorder): justification</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="233"/>
        <source>Toelichting uitzondering</source>
        <translation>Exception justification</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="255"/>
        <source>✓ Bespreking van %1 opgeslagen.</source>
        <translation>✓ Review of %1 saved.</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="256"/>
        <source>✓ Bespreking opgeslagen.</source>
        <translation>✓ Review saved.</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="288"/>
        <source>Pas eerst aan wat niet klopt; dan kunt u de correctie opslaan.</source>
        <translation>First change what is wrong; then you can save the correction.</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="306"/>
        <source>Bespreking opslaan</source>
        <translation>Save review</translation>
    </message>
    <message>
        <location filename="../pages/ReviewPage.qml" line="306"/>
        <source>Correctie opslaan</source>
        <translation>Save correction</translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="39"/>
        <location filename="../viewmodels/rounds_model.cpp" line="59"/>
        <source>⚠ Over termijn: </source>
        <translation>⚠ Overdue: </translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="40"/>
        <location filename="../viewmodels/rounds_model.cpp" line="61"/>
        <source>● Vandaag: </source>
        <translation>● Today: </translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="45"/>
        <location filename="../viewmodels/rounds_model.cpp" line="63"/>
        <source>Besluit: </source>
        <translation>Decision: </translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="65"/>
        <source>Binnen %1 dagen: </source>
        <translation>Within %1 days: </translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="67"/>
        <source>✓ Vandaag gedaan. </source>
        <translation>✓ Done today. </translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="509"/>
        <source>Vandaag gedaan (%1)</source>
        <translation>Done today (%1)</translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="507"/>
        <source>Uw eigen gedetineerden (%1)</source>
        <translation>Your own detainees (%1)</translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="72"/>
        <source>Niets open binnen %1 dagen. </source>
        <translation>Nothing due within %1 days. </translation>
    </message>
    <message>
        <location filename="../viewmodels/rounds_model.cpp" line="510"/>
        <source>Andere gedetineerden (%1)</source>
        <translation>Other detainees (%1)</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../pages/RoundsPage.qml" line="28"/>
        <source>Ronde</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="52"/>
        <source>Mijn werk</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="60"/>
        <source>Alle gedetineerden</source>
        <translation>All detainees</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="70"/>
        <source>Vragenlijst</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="73"/>
        <source>Wie de vragenlijst nu kan krijgen</source>
        <translation>Who can be offered the questionnaire now</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="81"/>
        <source>Zoek op naam of nummer</source>
        <translation>Search by name or number</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="86"/>
        <source>Alle afdelingen</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="92"/>
        <source>Toon %1</source>
        <translation>Show %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/RoundsPage.qml" line="99"/>
        <source>%n gedetineerde(n)</source>
        <translation>
            <numerusform>%n detainee</numerusform>
            <numerusform>%n detainees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="184"/>
        <source>Niemand gevonden voor “%1” onder wie de vragenlijst nu kan krijgen (eens in de vier weken, niet in de eerste twee weken).</source>
        <translation>Nobody found for “%1” among those who may be given the questionnaire now (once in four weeks, not in the first two weeks).</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="185"/>
        <source>Niemand gevonden voor “%1” in Mijn werk.</source>
        <translation>Nobody found for “%1” in My work.</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="194"/>
        <source>Zoeken in alle gedetineerden</source>
        <translation>Search all detainees</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="202"/>
        <source>Niemand gevonden voor “%1”.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="203"/>
        <source>Niets te doen op dit moment. Alle gedetineerden: één tik hierboven.</source>
        <translation>Nothing to do right now. All detainees: one tap above.</translation>
    </message>
    <message>
        <location filename="../pages/RoundsPage.qml" line="204"/>
        <source>Geen gedetineerden op deze afdeling.</source>
        <translation>No detainees on this unit.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../components/SearchField.qml" line="27"/>
        <source>Zoekveld leegmaken</source>
        <translation>Clear the search field</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../viewmodels/session.cpp" line="83"/>
        <source>De database van deze tablet kan niet worden ontsleuteld met de sleutel van deze tablet. Er is niets gewist of overschreven; neem contact op met de beheerder.</source>
        <translation>This tablet&apos;s database cannot be decrypted with this tablet&apos;s key. Nothing has been erased or overwritten; contact the administrator.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="90"/>
        <source>De database kon niet worden geopend: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="171"/>
        <source>Er is geen database geopend.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="184"/>
        <location filename="../viewmodels/session.cpp" line="231"/>
        <location filename="../viewmodels/session.cpp" line="250"/>
        <source>De tablet is even bezig; probeer het zo opnieuw.</source>
        <translation>The tablet is busy for a moment; try again shortly.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewmodels/session.cpp" line="207"/>
        <source>Onjuiste pincode. Nog %n poging(en).</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="210"/>
        <source>Te vaak een onjuiste pincode. Probeer het opnieuw om %1.</source>
        <translation>Too many wrong PINs. Try again at %1.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="214"/>
        <source>Voor deze medewerker is nog geen pincode ingesteld.</source>
        <translation>No PIN has been set for this staff member yet.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="218"/>
        <source>Kies eerst uw naam.</source>
        <translation>Choose your name first.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="224"/>
        <location filename="../viewmodels/session.cpp" line="244"/>
        <source>Meld u eerst aan.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="229"/>
        <source>De nieuwe pincode moet 6 tot 8 cijfers zijn.</source>
        <translation>The new PIN must have 6 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../viewmodels/session.cpp" line="289"/>
        <source>Recent op deze tablet</source>
        <translation>Recently on this tablet</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/SignInPage.qml" line="21"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="54"/>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="65"/>
        <source>Zoek uw naam</source>
        <translation>Search your name</translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="143"/>
        <source>Niemand gevonden voor “%1”.</source>
        <translation>Nobody found for “%1”.</translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="175"/>
        <source>Kies eerst uw naam</source>
        <translation>Choose your name first</translation>
    </message>
    <message>
        <location filename="../pages/SignInPage.qml" line="175"/>
        <source>Voer uw pincode in</source>
        <translation>Enter your PIN</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../components/StatusBar.qml" line="34"/>
        <source>Alles bewaard op dit apparaat</source>
        <translation>Everything saved on this device</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="36"/>
        <source>%n wijziging(en) wachten op synchronisatie</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="37"/>
        <source>Alles bewaard; %n wijziging(en) nog niet verstuurd</source>
        <translation>
            <numerusform>Everything saved; %n change not sent yet</numerusform>
            <numerusform>Everything saved; %n changes not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="59"/>
        <source>Niet gekoppeld aan een server</source>
        <translation>Not linked to a server</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="60"/>
        <source>Synchroniseren…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../components/StatusBar.qml" line="63"/>
        <source>%n registratie(s) geweigerd door de server</source>
        <translation>
            <numerusform>%n record refused by the server</numerusform>
            <numerusform>%n records refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="65"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="66"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../components/StatusBar.qml" line="79"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <location filename="../components/Stepper.qml" line="35"/>
        <source>Eerder</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <location filename="../components/Stepper.qml" line="54"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="179"/>
        <source>%1 over %2: %3</source>
        <translation>%1 about %2: %3</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="183"/>
        <source>%1 met %2, %3: %4</source>
        <translation>%1 with %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="217"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="220"/>
        <source>MDO-bespreking</source>
        <translation>MDO review</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="223"/>
        <source>D&amp;R-plan</source>
        <translation>D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="226"/>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="229"/>
        <source>Klacht</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="231"/>
        <source>Registratievoorstel</source>
        <translation>Registry proposal</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="257"/>
        <source>Synchroniseren kan alleen met een database op dit apparaat.</source>
        <translation>Syncing needs a database on this device.</translation>
    </message>
    <message>
        <location filename="../viewmodels/sync_controller.cpp" line="357"/>
        <source>Alleen een medewerker van de inrichting kan deze tablet koppelen: meld u aan als medewerker.</source>
        <translation>Only a member of the facility&apos;s staff can link this tablet: sign in as staff.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../pages/SyncPage.qml" line="13"/>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="59"/>
        <source>Gekoppeld aan %1</source>
        <translation>Linked to %1</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="60"/>
        <source>Deze tablet is nog niet gekoppeld aan de centrale server.</source>
        <translation>This tablet is not linked to the central server yet.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="98"/>
        <source>Een medewerker van de inrichting koppelt deze tablet.</source>
        <translation>A member of the facility&apos;s staff links this tablet.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="139"/>
        <location filename="../pages/SyncPage.qml" line="148"/>
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="150"/>
        <source>Aanmeldcode (van het centrale kantoor)</source>
        <translation>Enrolment code (from the central office)</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="159"/>
        <source>Aanmeldcode</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="182"/>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="182"/>
        <source>Bezig met koppelen…</source>
        <translation>Linking…</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="188"/>
        <source>Er loopt al een synchronisatie; probeer het zo opnieuw.</source>
        <translation>A sync is already running; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="84"/>
        <source>Alles is verstuurd.</source>
        <translation>Everything has been sent.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="74"/>
        <source>Alles wat op deze tablet wordt vastgelegd, blijft hier veilig bewaard. Na het koppelen gaat het bij de eerste synchronisatie naar de centrale server.</source>
        <translation>Everything recorded on this tablet is kept safely here. Once the tablet is linked, it goes to the central server at the first sync.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="84"/>
        <source>Niets wacht op verzending.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="86"/>
        <source>%n wijziging(en) wachten op synchronisatie</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="87"/>
        <source>%n wijziging(en) nog niet verstuurd</source>
        <translation>
            <numerusform>%n change not sent yet</numerusform>
            <numerusform>%n changes not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="113"/>
        <source>Koppelen doet de beheerder van de inrichting, met het serveradres en een aanmeldcode van het centrale kantoor. Heeft u die niet, dan hoeft u hier niets te doen.</source>
        <translation>The facility&apos;s administrator links the tablet, with the server address and an enrolment code from the central office. If you do not have these, there is nothing for you to do here.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="126"/>
        <source>Ik heb een aanmeldcode</source>
        <translation>I have an enrolment code</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="171"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="219"/>
        <source>Laatst gesynchroniseerd: %1</source>
        <translation>Last synced: %1</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="220"/>
        <source>Nog niet gesynchroniseerd</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="228"/>
        <source>Nieuwe poging over %n seconde(n).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="239"/>
        <source>%n registratie(s) geweigerd door de server:</source>
        <translation>
            <numerusform>%n record refused by the server:</numerusform>
            <numerusform>%n records refused by the server:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="261"/>
        <source>Welke, ziet een medewerker van de inrichting.</source>
        <translation>A member of the facility&apos;s staff sees which.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="269"/>
        <source>Ze blijven op deze tablet. Het centrale kantoor ziet ze ook; is de oorzaak verholpen, verstuur ze dan opnieuw.</source>
        <translation>They stay on this tablet. The central office sees them too; once the cause is fixed, send them again.</translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="278"/>
        <source>Geweigerde opnieuw versturen</source>
        <translation>Send refused records again</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/SyncPage.qml" line="286"/>
        <source>%n registratie(s) van de server konden hier niet worden opgeslagen (het centrale kantoor is ingelicht):</source>
        <translation>
            <numerusform>%n record from the server could not be stored here (the central office has been told):</numerusform>
            <numerusform>%n records from the server could not be stored here (the central office has been told):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/SyncPage.qml" line="312"/>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
</context>
<context>
    <name>keystore</name>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="49"/>
        <source>Het sleutelbestand %1 kan niet worden gelezen.</source>
        <translation>The key file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="58"/>
        <source>Het sleutelbestand %1 is beschadigd. De database is niet gewijzigd.</source>
        <translation>The key file %1 is damaged. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="18"/>
        <source>Er is geen sleutelbos op dit systeem: de sleutel van de database staat in %1, alleen leesbaar voor deze gebruiker.</source>
        <translation>There is no keyring on this system: the database key is in %1, readable by this user only.</translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="68"/>
        <source>Het bestand was ook voor anderen leesbaar; dat is hersteld.</source>
        <translation>The file was readable by others too; that has been fixed.</translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="94"/>
        <source>De sleutel in de sleutelbos is beschadigd. De database is niet gewijzigd.</source>
        <translation>The key in the keyring is damaged. The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="101"/>
        <source>De sleutel van de versleutelde database %1 is niet gevonden (niet in de sleutelbos en niet in %2). De database is niet gewijzigd.</source>
        <translation>The key of the encrypted database %1 was not found (not in the keyring and not in %2). The database has not been changed.</translation>
    </message>
    <message>
        <location filename="../../keystore/database_key_store.cpp" line="118"/>
        <source>Er is geen sleutelbos en het sleutelbestand %1 kan niet worden gemaakt.</source>
        <translation>There is no keyring, and the key file %1 cannot be created.</translation>
    </message>
</context>
<context>
    <name>ronde</name>
    <message>
        <location filename="../app/launcher.cpp" line="46"/>
        <source>Waarschuwing: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="68"/>
        <source>Gebruik: ronde --enrol SERVERADRES AANMELDCODE</source>
        <translation>Usage: ronde --enrol SERVER-ADDRESS ENROLMENT-CODE</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="78"/>
        <source>Kan %1 niet lezen.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="91"/>
        <source>Aangemeld bij %1.</source>
        <translation>Enrolled with %1.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="96"/>
        <source>Synchronisatie mislukt: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/launcher.cpp" line="103"/>
        <source>Synchronisatie voltooid, maar %n registratie(s) geweigerd door de server: %1 verstuurd, %2 opgehaald.</source>
        <translation>
            <numerusform>Sync completed, but %n record was refused by the server: %1 sent, %2 received.</numerusform>
            <numerusform>Sync completed, but %n records were refused by the server: %1 sent, %2 received.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="119"/>
        <source>Synchronisatie klaar: %1 verstuurd, %2 opgehaald, %3 ronde(n).</source>
        <translation>Sync done: %1 sent, %2 received, %3 round(s).</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="177"/>
        <source>Ronde: contacten, beoordelingen en besluiten vastleggen tijdens de ronde.</source>
        <translation>Ronde: record contacts, reviews and decisions on your rounds.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="179"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="181"/>
        <source>Start met de demo-inrichting (wordt bij de eerste start aangemaakt in de gegevensmap).</source>
        <translation>Start with the demo facility (created in the data folder on first start).</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="201"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="195"/>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="187"/>
        <source>Meldt deze tablet aan bij de server met een eenmalige code en synchroniseert: --enrol URL CODE.</source>
        <translation>Enrols this tablet with the server using a one-time code, then syncs: --enrol URL CODE.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="190"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="193"/>
        <source>Naam van deze tablet bij het aanmelden (standaard de hostnaam).</source>
        <translation>Name of this tablet when enrolling (default: the host name).</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="198"/>
        <source>Met --enrol: het certificaat van de server (PEM); de tablet vertrouwt daarna alleen dat certificaat.</source>
        <translation>With --enrol: the server&apos;s certificate (PEM); from then on the tablet trusts only that certificate.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="203"/>
        <source>Synchroniseert één keer zonder venster, toont een samenvatting en stopt (0: gelukt, 1: mislukt, 3: gelukt, maar de server weigerde registraties; die blijven op de tablet).</source>
        <translation>Syncs once without a window, prints a summary and exits (0: done, 1: failed, 3: done, but the server refused records; they stay on the tablet).</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="209"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="210"/>
        <source>Met --enrol: de code.</source>
        <translation>With --enrol: the code.</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="241"/>
        <source>Fout: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/launcher.cpp" line="272"/>
        <source>Pagina %1 kon niet worden getoond: dat kan alleen met --demo, in een demo-map met demo-gebruikers.</source>
        <translation>Page %1 could not be shown: that works only with --demo, in a demo folder with demo users.</translation>
    </message>
</context>
<context>
    <name>ronde::app</name>
    <message>
        <location filename="../app/window_start.cpp" line="77"/>
        <source>De gegevensmap. Standaard: %1.</source>
        <translation>The data folder. Default: %1.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="79"/>
        <source>MAP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="81"/>
        <source>Tekent het eerste scherm (zonder beeldscherm) naar een PNG en stopt.</source>
        <translation>Renders the first screen (without a display) to a PNG and exits.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="82"/>
        <source>BESTAND</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="85"/>
        <source>Met --screenshot: welke pagina (%1). Standaard de eerste.</source>
        <translation>With --screenshot: which page (%1). Default: the first.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="86"/>
        <source>NAAM</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="89"/>
        <source>Met --screenshot: landscape (1280×800, standaard) of portrait (800×1280).</source>
        <translation>With --screenshot: landscape (1280×800, default) or portrait (800×1280).</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="90"/>
        <source>STAND</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="92"/>
        <source>Taal van de app: nl, en, of een taal met een eigen vertaalbestand (%1). Standaard de taal van het systeem.</source>
        <translation>Language of the app: nl, en, or a language with its own translation file (%1). By default the language of the system.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="101"/>
        <source>Onbekende taal &apos;%1&apos;: kies uit %2.</source>
        <translation>Unknown language &apos;%1&apos;: choose from %2.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="95"/>
        <source>TAAL</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="108"/>
        <source>Onbekende pagina &apos;%1&apos;: kies uit %2.</source>
        <translation>Unknown page &apos;%1&apos;: choose from %2.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="113"/>
        <source>Onbekende stand &apos;%1&apos;: kies landscape of portrait.</source>
        <translation>Unknown orientation &apos;%1&apos;: choose landscape or portrait.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="132"/>
        <source>De gegevensmap %1 kan niet worden aangemaakt.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="183"/>
        <source>Schermafdruk bewaard: %1</source>
        <translation>Screenshot saved: %1</translation>
    </message>
    <message>
        <location filename="../app/window_start.cpp" line="184"/>
        <source>Kon de schermafdruk niet bewaren in %1</source>
        <translation>Could not save the screenshot to %1</translation>
    </message>
</context>
<context>
    <name>ronde::dashboard</name>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="44"/>
        <source>Ronde voor het centrale kantoor: de rapportage van alle inrichtingen, alleen lezen, met grafieken en de lijsten erachter.</source>
        <translation>Ronde for the central office: the report of every facility, read-only, with charts and the lists behind them.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="47"/>
        <source>Toont deze hulp.</source>
        <translation>Shows this help.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="50"/>
        <source>De database van de centrale server (bestand of postgresql://…).</source>
        <translation>The central server&apos;s database (a file or postgresql://…).</translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="51"/>
        <source>PAD|URI</source>
        <translation>PATH|URI</translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="52"/>
        <source>Toont een demo-database met drie inrichtingen (wordt bij de eerste start aangemaakt in de gegevensmap).</source>
        <translation>Shows a demo database with three facilities (made in the data folder at the first start).</translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="74"/>
        <source>Geef de centrale database: --database BESTAND of postgresql://…, of --demo.</source>
        <translation>Give the central database: --database FILE or postgresql://…, or --demo.</translation>
    </message>
    <message>
        <location filename="../../office/app/office_launcher.cpp" line="117"/>
        <location filename="../../office/app/office_launcher.cpp" line="125"/>
        <source>Pagina %1 kon niet worden getoond.</source>
        <translation>Page %1 could not be shown.</translation>
    </message>
</context>
<context>
    <name>ronde::sync::SyncProblem</name>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="84"/>
        <source>Dit apparaat is nog niet aangemeld bij een server.</source>
        <translation>This device is not linked to a server yet.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="94"/>
        <source>Het servercertificaat is geen geldige PEM.</source>
        <translation>The server certificate is not valid PEM.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="99"/>
        <source>Geen verbinding met de server: hij neemt niet op (staat hij aan, en klopt het adres met de poort?)</source>
        <translation>No connection to the server: it does not answer (is it running, and are the address and port right?)</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="88"/>
        <source>Ongeldig serveradres. Een adres begint met https://, bijvoorbeeld https://ronde.example:8443.</source>
        <translation>Invalid server address. An address begins with https://, for example https://ronde.example:8443.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="90"/>
        <source>Ongeldig serveradres: “%1”. Een adres begint met https://, bijvoorbeeld https://ronde.example:8443.</source>
        <translation>Invalid server address: “%1”. An address begins with https://, for example https://ronde.example:8443.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="102"/>
        <source>Geen verbinding met de server: het serveradres is niet gevonden (is er netwerk, en klopt de naam?)</source>
        <translation>No connection to the server: the server address was not found (is there a network, and is the name right?)</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="105"/>
        <source>De server verbrak de verbinding.</source>
        <translation>The server closed the connection.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="108"/>
        <source>De server antwoordde niet op tijd.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="111"/>
        <source>Geen verbinding met de server: er is geen netwerk.</source>
        <translation>No connection to the server: there is no network.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="113"/>
        <source>Geen verbinding met de server: %1</source>
        <translation>No connection with the server: %1</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="116"/>
        <source>Geen verbinding met de server: het certificaat van de server klopt niet (%1)</source>
        <translation>No connection with the server: the server certificate does not match (%1)</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="119"/>
        <source>De server herkent dit apparaat niet (%1).</source>
        <translation>The server does not recognise this device (%1).</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="121"/>
        <source>De server weigert een te groot bericht.</source>
        <translation>The server refuses a message that is too large.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="123"/>
        <source>Deze app is te oud voor de server: werk de app bij.</source>
        <translation>This app is too old for the server: update the app.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="128"/>
        <source>De server antwoordde met fout %1. Klopt het serveradres?</source>
        <translation>The server answered with error %1. Is the server address right?</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="129"/>
        <source>De server antwoordde met fout %1: %2</source>
        <translation>The server answered with error %1: %2</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="131"/>
        <source>Dit apparaat is ingetrokken door het centrale kantoor; de gegevens zijn gewist.</source>
        <translation>The central office revoked this device; its data has been erased.</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="134"/>
        <source>Onverwacht antwoord van de server: %1</source>
        <translation>Unexpected answer from the server: %1</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="136"/>
        <source>Het antwoord van de server kon niet worden verwerkt: %1</source>
        <translation>The server&apos;s answer could not be processed: %1</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="138"/>
        <source>De database van deze tablet kon niet worden geopend: %1</source>
        <translation>The database of this tablet could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../sync/client/http_client.cpp" line="142"/>
        <source>De synchronisatie kwam niet tot een einde.</source>
        <translation>The sync did not come to an end.</translation>
    </message>
</context>
</TS>
