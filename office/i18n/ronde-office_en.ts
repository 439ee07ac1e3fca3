<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ronde::office</name>
    <message>
        <location filename="../report_labels.cpp" line="21"/>
        <source>casemanager</source>
        <translation>case manager</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="23"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="25"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="27"/>
        <source>reclassering</source>
        <translation>probation</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="29"/>
        <source>zorginstelling</source>
        <translation>care provider</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="31"/>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="33"/>
        <source>directeur</source>
        <translation>director</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="35"/>
        <source>kantoor</source>
        <translation>office</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="43"/>
        <source>intake binnen 2 weken</source>
        <translation>intake within 2 weeks</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="46"/>
        <source>mentorgesprek elke 2 weken</source>
        <translation>mentor talk every 2 weeks</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="49"/>
        <source>gesprek D&amp;R-plan binnen 4 weken</source>
        <translation>D&amp;R-plan talk within 4 weeks</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="52"/>
        <source>concept-D&amp;R-plan binnen 13 dagen</source>
        <translation>draft D&amp;R plan within 13 days</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="55"/>
        <source>definitief D&amp;R-plan binnen een maand</source>
        <translation>final D&amp;R plan within a month</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="58"/>
        <source>MDO-bespreking elke 6 weken</source>
        <translation>MDO review every 6 weeks</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="67"/>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="70"/>
        <source>mentorgesprek</source>
        <translation>mentor talk</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="73"/>
        <source>gesprek plan</source>
        <translation>plan talk</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="76"/>
        <source>conceptplan</source>
        <translation>draft plan</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="79"/>
        <source>definitief plan</source>
        <translation>final plan</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="82"/>
        <source>MDO</source>
        <translation>MDO</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="91"/>
        <source>op tijd</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="93"/>
        <source>te laat</source>
        <translation>late</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="95"/>
        <source>over termijn</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="97"/>
        <source>nog open</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="101"/>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="106"/>
        <location filename="../report_charts.cpp" line="47"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="106"/>
        <location filename="../report_charts.cpp" line="48"/>
        <source>extern</source>
        <translation>external</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="111"/>
        <source>alle inrichtingen</source>
        <translation>all facilities</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="114"/>
        <source>afdeling %1</source>
        <translation>unit %1</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="128"/>
        <source>geen registraties</source>
        <translation>no records</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="146"/>
        <source>In contact met %1</source>
        <translation>In contact with %1</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="148"/>
        <source>Geen contact met casemanager of mentor</source>
        <translation>No contact with case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="150"/>
        <source>Geen contact met een professional</source>
        <translation>No contact with any professional</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="152"/>
        <source>Geen contact, langer dan twee weken binnen</source>
        <translation>No contact, detained longer than two weeks</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="154"/>
        <source>Geen hulp bij het D&amp;R-plan (4 weken of langer binnen)</source>
        <translation>No help with the D&amp;R plan (detained 4 weeks or more)</translation>
    </message>
    <message>
        <location filename="../report_labels.cpp" line="158"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="46"/>
        <source>Contact per rol in de periode (R5.1)</source>
        <translation>Contact per role in the period (R5.1)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="64"/>
        <source>Naleving van de termijnen (R5.4)</source>
        <translation>Compliance with the deadlines (R5.4)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="88"/>
        <source>Tevredenheid per rol, verdeling over 1–5 (R5.5)</source>
        <translation>Satisfaction per role, distribution over 1–5 (R5.5)</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="107"/>
        <source>Niet getoond (minder dan %1 beoordelingen): %2</source>
        <translation>Not shown (fewer than %1 ratings): %2</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="118"/>
        <source>Verloop per maand</source>
        <translation>Trend per month</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="119"/>
        <source>geen contact</source>
        <translation>no contact</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="120"/>
        <source>geen contact met casemanager of mentor</source>
        <translation>no contact with case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="121"/>
        <source>mentorgesprek over termijn</source>
        <translation>mentor talk overdue</translation>
    </message>
    <message>
        <location filename="../report_charts.cpp" line="122"/>
        <source>intake over termijn</source>
        <translation>intake overdue</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="366"/>
        <source>Rapportage contact en naleving</source>
        <translation>Report on contact and compliance</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="367"/>
        <source>Inrichting: %1</source>
        <translation>Facility: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="368"/>
        <source>Periode: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="369"/>
        <source>Gegevens tot en met: %1</source>
        <translation>Data up to and including: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="370"/>
        <source>Gemaakt op: %1</source>
        <translation>Made on: %1</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="371"/>
        <source>Aanwezig in de periode: %1 gedetineerden</source>
        <translation>Present in the period: %1 detainees</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="373"/>
        <source>Kerncijfers</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="374"/>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="375"/>
        <location filename="../report_pdf.cpp" line="443"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="376"/>
        <source>Van</source>
        <translation>Of</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="377"/>
        <source>Aandeel</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="380"/>
        <source>Geen contact met casemanager of mentor (R5.1)</source>
        <translation>No contact with case manager or mentor (R5.1)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="381"/>
        <source>Geen contact met een professional (R5.2)</source>
        <translation>No contact with any professional (R5.2)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="382"/>
        <source>  van wie langer dan twee weken binnen</source>
        <translation>  of whom detained longer than two weeks</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="384"/>
        <source>Geen hulp bij het D&amp;R-plan, 4 weken of langer binnen (R5.3)</source>
        <translation>No help with the D&amp;R plan, detained 4 weeks or more (R5.3)</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="412"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="431"/>
        <source>niet getoond: minder dan %1 beoordelingen</source>
        <translation>not shown: fewer than %1 ratings</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="441"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="442"/>
        <source>Gemiddeld</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="470"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="471"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="472"/>
        <source>Geen contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="473"/>
        <source>Geen casemanager of mentor</source>
        <translation>No case manager or mentor</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="474"/>
        <source>Intake over termijn</source>
        <translation>Intake overdue</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="475"/>
        <source>Mentorgesprek over termijn</source>
        <translation>Mentor talk overdue</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="486"/>
        <location filename="../report_pdf.cpp" line="507"/>
        <source>Kan %1 niet schrijven: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="493"/>
        <source>Rapportage %1, %2</source>
        <translation>Report %1, %2</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="495"/>
        <source>Ronde · %1 · %2</source>
        <translation>Ronde · %1 · %2</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="498"/>
        <source>Kan geen PDF maken in %1.</source>
        <translation>Cannot make a PDF in %1.</translation>
    </message>
</context>
<context>
    <name>ronde::office::PdfPages</name>
    <message>
        <location filename="../report_pdf.cpp" line="135"/>
        <source>Geen gegevens in deze periode.</source>
        <translation>No data in this period.</translation>
    </message>
    <message>
        <location filename="../report_pdf.cpp" line="193"/>
        <source>pagina %1</source>
        <translation>page %1</translation>
    </message>
</context>
</TS>
