<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ronde::office</name>
    <message>
        <location filename="../report_charts.cpp" line="51"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="52"/>
        <source>extern</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="24"/>
        <source>alle inrichtingen</source>
        <translation>all facilities</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="27"/>
        <source>afdeling %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="46"/>
        <source>%1 (t/m %2)</source>
        <translation>%1 (to %2)</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="49"/>
        <source>%1 (vanaf %2)</source>
        <translation>%1 (from %2)</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="51"/>
        <source>%1 (%2 t/m %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="58"/>
        <source>Een maand die niet helemaal in de periode valt, telt minder dagen: er is dan vaker nog geen contact geweest.</source>
        <translation>A month not wholly in the period counts fewer days: more detainees have then had no contact yet.</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="71"/>
        <source>nog geen registraties</source>
        <translation>no records yet</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="78"/>
        <source>gegevens tot en met %1</source>
        <translation>data up to %1</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="93"/>
        <source>In contact met %1</source>
        <translation>In contact with %1</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="95"/>
        <source>Geen contact met casemanager of mentor</source>
        <translation>No contact with case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="97"/>
        <location filename="../report_pdf.cpp" line="146"/>
        <source>Geen contact met een professional</source>
        <translation>No contact with any professional</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="99"/>
        <source>Geen contact, langer dan twee weken binnen</source>
        <translation>No contact, detained longer than two weeks</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="101"/>
        <source>Geen hulp bij het D&amp;R-plan (4 weken of langer binnen)</source>
        <translation>No help with the D&amp;R plan (detained 4 weeks or more)</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="105"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="114"/>
        <source>volgens registratie</source>
        <translation>according to the records</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="116"/>
        <source>volgens gedetineerden</source>
        <translation>according to the detainees</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="118"/>
        <source>geregistreerd, niet ervaren</source>
        <translation>registered, not experienced</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="122"/>
        <source>ervaren, niet geregistreerd</source>
        <translation>experienced, not registered</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="127"/>
        <source>Vragenlijst aangeboden aan %1 gedetineerden, ingevuld door %2 (respons %3)</source>
        <translation>Questionnaire offered to %1 detainees, filled in by %2 (response %3)</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="135"/>
        <source>Elke regel telt alleen de gedetineerden op wie zij in de periode van toepassing was, dus het totaal verschilt per regel.</source>
        <translation>Each rule counts only the detainees it applied to in the period, so the total differs per rule.</translation>
    </message>
    <message numerus="yes">
        <location filename="../report_labels.cpp" line="141"/>
        <source>%1 (%n beoordeling(en))</source>
        <translation>
            <numerusform>%1 (%n rating)</numerusform>
            <numerusform>%1 (%n ratings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../report_labels.cpp" line="146"/>
        <source>niet getoond: %n antwoord(en), minder dan %1</source>
        <translation>
            <numerusform>not shown: %n answer, fewer than %1</numerusform>
            <numerusform>not shown: %n answers, fewer than %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="50"/>
        <source>Contact per rol in de periode (R5.1)</source>
        <translation>Contact per role in the period (R5.1)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="68"/>
        <source>Naleving van de termijnen (R5.4)</source>
        <translation>Compliance with the deadlines (R5.4)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="94"/>
        <source>Tevredenheid per rol, verdeling over 1–5 (R5.5)</source>
        <translation>Satisfaction per role, distribution over 1–5 (R5.5)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="109"/>
        <source>%1 (%2 gem., n = %3)</source>
        <translation>%1 (mean %2, n = %3)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="118"/>
        <source>Niet getoond (van minder dan %1 gedetineerden): %2</source>
        <translation>Not shown (from fewer than %1 detainees): %2</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="132"/>
        <source>Verloop per maand</source>
        <translation>Trend per month</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="133"/>
        <source>geen contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="134"/>
        <source>geen contact met casemanager of mentor</source>
        <translation>no contact with case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="135"/>
        <source>mentorgesprek over termijn</source>
        <translation>mentor talk overdue</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="136"/>
        <source>intake over termijn</source>
        <translation>intake overdue</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="159"/>
        <source>Zo’n maand staat als open punt los van de lijn.</source>
        <translation>Such a month is shown as an open point, apart from the line.</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="162"/>
        <source>Niet in de grafiek, want korter dan twee weken: %1.</source>
        <translation>Not in the chart, being shorter than two weeks: %1.</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="172"/>
        <source>Contact volgens registratie en volgens gedetineerden (R7.5)</source>
        <translation>Contact according to the records and according to the detainees (R7.5)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="182"/>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="189"/>
        <source>Niet getoond (minder dan %1 antwoorden): %2</source>
        <translation>Not shown (fewer than %1 answers): %2</translation>
    </message>
    <message>
        <location filename="../pdf_pages.h" line="154"/>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
    <message>
        <location filename="../pdf_pages.h" line="215"/>
        <source>pagina %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="42"/>
        <source>Rapportage contact en naleving</source>
        <translation>Report on contact and compliance</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="43"/>
        <source>Inrichting: %1</source>
        <translation>Facility: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="44"/>
        <source>Periode: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="48"/>
        <source>Gemaakt op: %1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="49"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation>Present in the period: %1 detainees</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="51"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="52"/>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="53"/>
        <location filename="../report_pdf.cpp" line="114"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="54"/>
        <source>Van</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="55"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="58"/>
        <source>Geen contact met casemanager of mentor (R5.1)</source>
        <translation>No contact with case manager or mentor (R5.1)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="59"/>
        <source>Geen contact met een professional (R5.2)</source>
        <translation>No contact with any professional (R5.2)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="60"/>
        <source>  van wie langer dan twee weken binnen</source>
        <translation>  of whom detained longer than two weeks</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="62"/>
        <source>Geen hulp bij het D&amp;R-plan, 4 weken of langer binnen (R5.3)</source>
        <translation>No help with the D&amp;R plan, detained 4 weeks or more (R5.3)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="86"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="102"/>
        <location filename="../report_pdf.cpp" line="169"/>
        <source>niet getoond: van minder dan %1 gedetineerden</source>
        <translation>not shown: from fewer than %1 detainees</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="112"/>
        <location filename="../report_pdf.cpp" line="155"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="113"/>
        <source>Gemiddeld</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="148"/>
        <source>Hulp bij het D&amp;R-plan</source>
        <translation>Help with the D&amp;R plan</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="156"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="176"/>
        <source>Tevredenheid (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="177"/>
        <source>bij het gesprek (R5.5)</source>
        <translation>at the talk (R5.5)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="178"/>
        <source>in de vragenlijst (R7)</source>
        <translation>in the questionnaire (R7)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="197"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="198"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="199"/>
        <source>Geen contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="200"/>
        <source>Geen casemanager of mentor</source>
        <translation>No case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="201"/>
        <source>Intake over termijn</source>
        <translation>Intake overdue</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="202"/>
        <source>Mentorgesprek over termijn</source>
        <translation>Mentor talk overdue</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="213"/>
        <location filename="../report_pdf.cpp" line="235"/>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="220"/>
        <source>Rapportage %1, %2</source>
        <translation>Report %1, %2</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="222"/>
        <source>Ronde · %1 · %2</source>
        <translation>Ronde · %1 · %2</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="225"/>
        <source>Kan geen PDF maken in %1.</source>
        <translation>Cannot make a PDF in %1.</translation>
    </message>
</context>
</TS>
