#include "problem.h"

namespace ronde {
namespace {

struct Wording
{
    const char *dutch;
    const char *english;
};

// {field} and {value} are filled in by describe().
Wording wordingOf(ProblemCode code)
{
    switch (code) {
    case ProblemCode::Missing:
        return {"Veld '{field}' ontbreekt.", "Field '{field}' is missing."};
    case ProblemCode::Invalid:
        return {"Ongeldige waarde '{value}' in veld '{field}'.",
                "Invalid value '{value}' in field '{field}'."};
    case ProblemCode::UnknownFacility:
        return {"Onbekende inrichting '{value}'.", "Unknown facility '{value}'."};
    case ProblemCode::UnknownUnit:
        return {"Onbekende afdeling '{value}'.", "Unknown unit '{value}'."};
    case ProblemCode::UnknownDetainee:
        return {"Onbekende gedetineerde '{value}'.", "Unknown detainee '{value}'."};
    case ProblemCode::UnknownUser:
        return {"Onbekende medewerker '{value}'.", "Unknown staff member '{value}'."};
    case ProblemCode::UnknownDevice:
        return {"Onbekend apparaat '{value}' (zie 'ronde-server devices').",
                "Unknown device '{value}' (see 'ronde-server devices')."};
    case ProblemCode::UnknownRole:
        return {"Onbekende rol '{value}' in veld '{field}'.",
                "Unknown role '{value}' in field '{field}'."};
    case ProblemCode::UnknownEvent:
        return {"Onbekende registratie '{value}' in veld '{field}'.",
                "Unknown record '{value}' in field '{field}'."};
    case ProblemCode::Duplicate:
        return {"'{value}' bestaat al (veld '{field}').",
                "'{value}' already exists (field '{field}')."};
    case ProblemCode::TwiceInFile:
        return {"'{value}' staat meer dan eens in het bestand (kolom '{field}').",
                "'{value}' is in the file more than once (column '{field}')."};
    case ProblemCode::EmptyFile:
        return {"Het bestand is leeg.", "The file is empty."};
    case ProblemCode::InactiveUser:
        return {"Medewerker '{value}' is niet actief.", "Staff member '{value}' is not active."};
    case ProblemCode::BeforeAdmission:
        return {"Datum {value} ligt voor de binnenkomst (veld '{field}').",
                "Date {value} is before admission (field '{field}')."};
    case ProblemCode::AfterDischarge:
        return {"Datum {value} ligt na het vertrek (veld '{field}').",
                "Date {value} is after discharge (field '{field}')."};
    case ProblemCode::InFuture:
        return {"Datum {value} ligt in de toekomst (veld '{field}').",
                "Date {value} is in the future (field '{field}')."};
    case ProblemCode::SatisfactionOutOfRange:
        return {"Tevredenheid moet 1 tot en met 5 zijn, niet {value}.",
                "Satisfaction must be 1 to 5, not {value}."};
    case ProblemCode::PlanTalkWithoutRole:
        return {"Een gesprek over het D&R-plan moet minstens één rol noemen.",
                "A D&R-plan talk must name at least one role."};
    case ProblemCode::AuthorRoleNotInContact:
        return {"Uw rol '{value}' nam niet deel aan dit contact.",
                "Your role '{value}' did not take part in this contact."};
    case ProblemCode::NotAProfessionalRole:
        return {"Rol '{value}' kan geen contact met een gedetineerde vastleggen.",
                "Role '{value}' cannot record a contact with a detainee."};
    case ProblemCode::NotPermitted:
        return {"Dit mag uw rol niet vastleggen ({value}).",
                "Your role may not record this ({value})."};
    case ProblemCode::DischargeBeforeAdmission:
        return {"Vertrekdatum {value} ligt voor de binnenkomst.",
                "Discharge date {value} is before admission."};
    case ProblemCode::WrongDetainee:
        return {"Registratie '{value}' hoort bij een andere gedetineerde.",
                "Record '{value}' belongs to another detainee."};
    case ProblemCode::WrongEventType:
        return {"Registratie '{value}' is van een ander soort.",
                "Record '{value}' is of another type."};
    case ProblemCode::AlreadyCorrected:
        return {"Deze registratie is intussen al gecorrigeerd; corrigeer de nieuwste versie.",
                "This record has been corrected meanwhile; correct the newest version."};
    case ProblemCode::JustificationRequired:
        return {"Een toelichting is verplicht (veld '{field}').",
                "A justification is required (field '{field}')."};
    case ProblemCode::MalformedJson:
        return {"Ongeldige JSON: de tekst klopt niet bij teken {value}.",
                "Malformed JSON: the text is wrong at character {value}."};
    case ProblemCode::UnknownField:
        return {"Onbekend veld '{field}'.", "Unknown field '{field}'."};
    case ProblemCode::WrongType:
        return {"Veld '{field}' moet {value} zijn.", "Field '{field}' must be {value}."};
    case ProblemCode::NotUtf8:
        return {"kolom {field}: geen geldige UTF-8 ({value}).",
                "column {field}: not valid UTF-8 ({value})."};
    case ProblemCode::ControlCharacter:
        return {"kolom {field}: bevat een stuurteken (zoals een regeleinde of een nulbyte).",
                "column {field}: holds a control character (such as a line break or a NUL "
                "byte)."};
    case ProblemCode::WrongEncoding:
        return {"Het bestand is {value}, geen UTF-8. Sla het op als CSV UTF-8 en lees het "
                "opnieuw in.",
                "The file is {value}, not UTF-8. Save it as CSV UTF-8 and import it again."};
    case ProblemCode::QuestionnaireNotYet:
        return {"De vragenlijst kan pas vanaf {value} worden aangeboden.",
                "The questionnaire can be offered from {value} only."};
    case ProblemCode::BasisAfterRecord:
        return {"Registratie '{value}' in veld '{field}' is van een latere dag.",
                "Record '{value}' in field '{field}' is of a later day."};
    }
    return {"Ongeldige invoer.", "Invalid input."};
}

void replaceAll(std::string &text, const std::string &marker, const std::string &value)
{
    for (size_t at = text.find(marker); at != std::string::npos;
         at = text.find(marker, at + value.size())) {
        text.replace(at, marker.size(), value);
    }
}

} // namespace

std::string describe(const Problem &problem, Language language)
{
    const Wording wording = wordingOf(problem.code);
    std::string text = language == Language::Dutch ? wording.dutch : wording.english;
    replaceAll(text, "{field}", problem.field);
    replaceAll(text, "{value}", problem.value);
    return text;
}

ValidationError::ValidationError(Problem problem)
    : std::runtime_error(describe(problem))
    , m_problem(std::move(problem))
{}

} // namespace ronde
