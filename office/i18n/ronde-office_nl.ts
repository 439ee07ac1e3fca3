<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ronde::office</name>
    <message>
        <location filename="../report_charts.cpp" line="51"/>
        <source>intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="52"/>
        <source>extern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="24"/>
        <source>alle inrichtingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="27"/>
        <source>afdeling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="46"/>
        <source>%1 (t/m %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="49"/>
        <source>%1 (vanaf %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="51"/>
        <source>%1 (%2 t/m %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="58"/>
        <source>Een maand die niet helemaal in de periode valt, telt minder dagen: er is dan vaker nog geen contact geweest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="71"/>
        <source>nog geen registraties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="78"/>
        <source>gegevens tot en met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="93"/>
        <source>In contact met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="95"/>
        <source>Geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="97"/>
        <location filename="../report_pdf.cpp" line="146"/>
        <source>Geen contact met een professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="99"/>
        <source>Geen contact, langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="101"/>
        <source>Geen hulp bij het D&amp;R-plan (4 weken of langer binnen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="105"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="114"/>
        <source>volgens registratie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="116"/>
        <source>volgens gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="118"/>
        <source>geregistreerd, niet ervaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="122"/>
        <source>ervaren, niet geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="127"/>
        <source>Vragenlijst aangeboden aan %1 gedetineerden, ingevuld door %2 (respons %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="135"/>
        <source>Elke regel telt alleen de gedetineerden op wie zij in de periode van toepassing was, dus het totaal verschilt per regel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../report_labels.cpp" line="141"/>
        <source>%1 (%n beoordeling(en))</source>
        <translation>
            <numerusform>%1 (%n beoordeling)</numerusform>
            <numerusform>%1 (%n beoordelingen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report_labels.cpp" line="146"/>
        <source>niet getoond: %n antwoord(en), minder dan %1</source>
        <translation>
            <numerusform>niet getoond: %n antwoord, minder dan %1</numerusform>
            <numerusform>niet getoond: %n antwoorden, minder dan %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="50"/>
        <source>Contact per rol in de periode (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="68"/>
        <source>Naleving van de termijnen (R5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="94"/>
        <source>Tevredenheid per rol, verdeling over 1–5 (R5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="109"/>
        <source>%1 (%2 gem., n = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="118"/>
        <source>Niet getoond (van minder dan %1 gedetineerden): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="132"/>
        <source>Verloop per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="133"/>
        <source>geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="134"/>
        <source>geen contact met casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="135"/>
        <source>mentorgesprek over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="136"/>
        <source>intake over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="159"/>
        <source>Zo’n maand staat als open punt los van de lijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="162"/>
        <source>Niet in de grafiek, want korter dan twee weken: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="172"/>
        <source>Contact volgens registratie en volgens gedetineerden (R7.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="182"/>
        <source>%1 (n = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="189"/>
        <source>Niet getoond (minder dan %1 antwoorden): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pdf_pages.h" line="154"/>
        <source>Geen gegevens in deze periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pdf_pages.h" line="215"/>
        <source>pagina %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="42"/>
        <source>Rapportage contact en naleving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="43"/>
        <source>Inrichting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="44"/>
        <source>Periode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="48"/>
        <source>Gemaakt op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="49"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="51"/>
        <source>Kerncijfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="52"/>
        <source>Cijfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="53"/>
        <location filename="../report_pdf.cpp" line="114"/>
        <source>Aantal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="54"/>
        <source>Van</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="55"/>
        <source>Aandeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="58"/>
        <source>Geen contact met casemanager of mentor (R5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="59"/>
        <source>Geen contact met een professional (R5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="60"/>
        <source>  van wie langer dan twee weken binnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="62"/>
        <source>Geen hulp bij het D&amp;R-plan, 4 weken of langer binnen (R5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="86"/>
        <source>Regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="102"/>
        <location filename="../report_pdf.cpp" line="169"/>
        <source>niet getoond: van minder dan %1 gedetineerden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="112"/>
        <location filename="../report_pdf.cpp" line="155"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="113"/>
        <source>Gemiddeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="148"/>
        <source>Hulp bij het D&amp;R-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="156"/>
        <source>Antwoorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="176"/>
        <source>Tevredenheid (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="177"/>
        <source>bij het gesprek (R5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="178"/>
        <source>in de vragenlijst (R7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="197"/>
        <source>Maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="198"/>
        <source>Aanwezig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="199"/>
        <source>Geen contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="200"/>
        <source>Geen casemanager of mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="201"/>
        <source>Intake over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="202"/>
        <source>Mentorgesprek over termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="213"/>
        <location filename="../report_pdf.cpp" line="235"/>
        <source>Kan %1 niet schrijven: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="220"/>
        <source>Rapportage %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="222"/>
        <source>Ronde · %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="225"/>
        <source>Kan geen PDF maken in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
