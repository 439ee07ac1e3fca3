#pragma once

#include <stdexcept>
#include <string>

namespace ronde {

// Why an input was refused. Code + field + offending value; the wording lives in one table
// (problem.cpp) in Dutch, the users' language, and English.
enum class ProblemCode
{
    Missing,
    Invalid,
    UnknownFacility,
    UnknownUnit,
    UnknownDetainee,
    UnknownUser,
    UnknownDevice,
    UnknownRole,
    UnknownEvent,
    Duplicate,
    TwiceInFile, // {field}: the column; {value}: what stands in it more than once
    EmptyFile,
    InactiveUser,
    BeforeAdmission,
    AfterDischarge,
    InFuture,
    SatisfactionOutOfRange,
    PlanTalkWithoutRole,
    AuthorRoleNotInContact,
    NotAProfessionalRole,
    NotPermitted,
    DischargeBeforeAdmission,
    WrongDetainee,
    WrongEventType,
    AlreadyCorrected, // {value}: the record a later one replaces already
    JustificationRequired,
    MalformedJson,
    UnknownField,
    WrongType,
    NotUtf8,             // {field}: the column; {value}: what the bytes look like instead
    ControlCharacter,    // {field}: the column
    WrongEncoding,       // the file as a whole; {value}: the encoding it is in
    QuestionnaireNotYet, // R7.4; {value}: the first day it may be offered
    BasisAfterRecord,    // R4.5, R6.1; {value}: the record named, held after the one naming it
};

struct Problem
{
    ProblemCode code = ProblemCode::Invalid;
    std::string field;
    std::string value;
};

enum class Language
{
    Dutch,
    English
};

std::string describe(const Problem &problem, Language language = Language::Dutch);

// Thrown before anything is written; the caller's transaction rolls back, so bad input
// changes nothing. what() is the Dutch message.
class ValidationError : public std::runtime_error
{
public:
    explicit ValidationError(Problem problem);
    const Problem &problem() const { return m_problem; }

private:
    Problem m_problem;
};

} // namespace ronde
