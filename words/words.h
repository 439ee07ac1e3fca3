#pragma once

#include "model/enums.h"
#include "policy/evaluation.h"

#include <QString>

// The domain's words in the user's language, once for every program: the tablet, the office's
// dashboard, and ronde-server's text, CSV and PDF (docs/ARCHITECTURE.md "One vocabulary").
// Dutch is the source; English comes from the catalogue "ronde-words" (context
// "ronde::words"), which every program loads beside its own.
namespace ronde::words {

// Whether the user interface speaks Dutch now (the default locale, which the programs set
// from --lang or the saved choice).
bool dutch();

// A role as a word in a sentence or on a chart axis: "casemanager", "gemeente", …
QString roleWord(Role role);
// The same at the start of a label: "Casemanager", "Gemeente", …
QString roleName(Role role);
// "intern" or "extern" (R5.1).
QString internalWord(Role role);

// An obligation's state on the tablet (R0.4): "Op tijd", "Te laat gedaan", "Nog open",
// "Over termijn", "N.v.t.": complianceWord()'s words, capitalised (one meaning per word).
QString statusWord(Status status);

// An obligation's class in the office's report (R5.4): "op tijd", "te laat gedaan",
// "over termijn", "nog open", in a sentence or a column head.
QString complianceWord(ComplianceClass complianceClass);

// What a rule asks, as the title of its line: "Intake casemanager (2 weken)", …
QString ruleTitle(Rule rule);
// A word and its number, for narrow charts: "intake (R1.1)", …
QString ruleShortLabel(Rule rule);

// A contact's topic (R1.5) as a label: "Werk", "Financiën", "D&R-plan", …
QString topicName(Topic topic);

// Why a database could not be opened, for the person who named it: a file that is no
// database (or one encrypted, such as a tablet's) in words; anything else as it was thrown.
QString openingFailure(const std::exception &e);

} // namespace ronde::words
