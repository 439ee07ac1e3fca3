#include "words.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

// Qt's own words on a command line (QCommandLineParser's --help and its errors) are in our
// catalogues, in context "QCommandLineParser": Debian's Qt ships no Dutch for them, and a
// Dutch help with "Usage:" and "Options:" in English reads as two programs.
[[maybe_unused]] const char *const kQtCommandLineWords[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help, including generic Qt options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

} // namespace

namespace ronde::words {
namespace {

// lupdate files free tr() calls under the namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("ronde::words", text);
}

} // namespace

bool dutch()
{
    return QLocale().language() == QLocale::Dutch;
}

QString roleWord(Role role)
{
    switch (role) {
    case Role::CaseManager:
        return tr("casemanager");
    case Role::Mentor:
        return tr("mentor");
    case Role::Municipality:
        return tr("gemeente");
    case Role::Probation:
        return tr("reclassering");
    case Role::CareProvider:
        return tr("zorgverlener");
    case Role::Volunteer:
        return tr("vrijwilliger");
    case Role::Director:
        return tr("directeur");
    case Role::Office:
        break;
    }
    return tr("centraal kantoor");
}

QString roleName(Role role)
{
    QString word = roleWord(role);
    if (!word.isEmpty()) {
        word[0] = word[0].toUpper();
    }
    return word;
}

QString topicName(Topic topic)
{
    switch (topic) {
    case Topic::Work:
        return tr("Werk");
    case Topic::Housing:
        return tr("Wonen");
    case Topic::Finances:
        return tr("Financiën");
    case Topic::Care:
        return tr("Zorg");
    case Topic::Documents:
        return tr("Documenten");
    case Topic::ReintegrationPlan:
        return tr("D&R-plan");
    case Topic::Other:
        break;
    }
    return tr("Anders");
}

QString internalWord(Role role)
{
    return isInternalRole(role) ? tr("intern") : tr("extern");
}

QString statusWord(Status status)
{
    switch (status) {
    // The same words as complianceWord(), capitalised, on the tablet, in the office, the CSV
    // and the PDF: "te laat" alone would mean "overdue" to a mentor and "done late" to a
    // director (words_test: one meaning per word).
    case Status::Met:
        return tr("Op tijd");
    case Status::MetLate:
        return tr("Te laat gedaan");
    case Status::Due:
        return tr("Nog open");
    case Status::Overdue:
        return tr("Over termijn");
    case Status::NotApplicable:
        break;
    }
    return tr("N.v.t.");
}

QString complianceWord(ComplianceClass complianceClass)
{
    switch (complianceClass) {
    case ComplianceClass::OnTime:
        return tr("op tijd");
    case ComplianceClass::Late:
        return tr("te laat gedaan");
    case ComplianceClass::Overdue:
        return tr("over termijn");
    case ComplianceClass::Open:
        return tr("nog open");
    case ComplianceClass::NotApplicable:
        break;
    }
    return tr("niet van toepassing");
}

QString ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::R1_1:
        return tr("Intake casemanager (2 weken)");
    case Rule::R1_2:
        return tr("Mentorgesprek (elke 2 weken)");
    case Rule::R1_3:
        return tr("Gesprek D&R-plan (4 weken)");
    case Rule::R3_1:
        return tr("Concept-D&R-plan (13 dagen)");
    case Rule::R3_2:
        return tr("Definitief D&R-plan (1 maand)");
    case Rule::R3_3:
        return tr("Bespreking MDO (elke 6 weken)");
    case Rule::R4_3:
    case Rule::R4_6:
    case Rule::R6_6:
        break; // decisions due are shown by their reason, not a title
    }
    return QString::fromLatin1(nameOf(rule));
}

QString ruleShortLabel(Rule rule)
{
    // The words first, the rule's code small after them (a reader knows "intake", not "R1.1").
    const QString number = QString::fromLatin1(nameOf(rule));
    QString words;
    switch (rule) {
    case Rule::R1_1:
        words = tr("intake");
        break;
    case Rule::R1_2:
        words = tr("mentorgesprek");
        break;
    case Rule::R1_3:
        words = tr("gesprek plan");
        break;
    case Rule::R3_1:
        words = tr("conceptplan");
        break;
    case Rule::R3_2:
        words = tr("definitief plan");
        break;
    case Rule::R3_3:
        words = tr("MDO");
        break;
    case Rule::R4_3:
    case Rule::R4_6:
    case Rule::R6_6:
        return number;
    }
    return words + " (" + number + ")";
}

QString openingFailure(const std::exception &e)
{
    if (dynamic_cast<const WrongKeyError *>(&e)) {
        return tr("dit bestand is geen database van Ronde, of het is versleuteld (de database "
                  "van een tablet opent alleen op die tablet).");
    }
    return QString::fromUtf8(e.what());
}

} // namespace ronde::words
