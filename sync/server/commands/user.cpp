// `ronde-server user`.
#include "common.h"
#include "model/access.h"
#include "util/secrets.h"
#include "words/words.h"

#include <iostream>
#include <map>
#include <termios.h>
#include <unistd.h>

namespace ronde::server {
namespace {

const char *const kUserSummary = QT_TRANSLATE_NOOP(
    "ronde::server", "Medewerkers: 'user add', 'user list', 'user disable ID', 'user enable ID' of "
                     "'user organisation ID'.");

// A new PIN from the terminal (asked twice, not echoed) or from standard input (one line),
// never from the command line, where other users and the shell's history would see it.
std::string readPin(QTextStream &out)
{
    const bool terminal = ::isatty(STDIN_FILENO) != 0;
    const auto readLine = [terminal](bool echo) {
        termios saved{};
        if (terminal && !echo) {
            ::tcgetattr(STDIN_FILENO, &saved);
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        std::string line;
        std::getline(std::cin, line);
        if (terminal && !echo) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        }
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) {
            line.pop_back();
        }
        return line;
    };
    if (!terminal) {
        return readLine(true);
    }
    // Explicit context: inside this lambda lupdate guessed "std".
    out << QCoreApplication::translate("ronde::server", "Nieuwe pincode (6 tot 8 cijfers): ")
        << Qt::flush;
    const std::string first = readLine(false);
    out << "\n" << QCoreApplication::translate("ronde::server", "Nog een keer: ") << Qt::flush;
    const std::string second = readLine(false);
    out << "\n";
    return first == second ? first : std::string();
}

// A role as an administrator types it: its id (caseManager), its Dutch word (casemanager,
// gemeente, reclassering, …, whatever the shell's language) or its word in the program's
// language, in any case and with or without spaces.
std::optional<Role> typedRole(const QString &typed)
{
    static const std::map<Role, QStringList> dutch = {
        {Role::CaseManager, {"casemanager"}},
        {Role::Mentor, {"mentor"}},
        {Role::Municipality, {"gemeente"}},
        {Role::Probation, {"reclassering"}},
        {Role::CareProvider, {"zorgverlener", "zorgaanbieder"}},
        {Role::Volunteer, {"vrijwilliger"}},
        {Role::Director, {"directeur"}},
        {Role::Office, {"kantoor", "centraalkantoor"}}};
    const auto plain = [](QString text) { return text.remove(' ').toLower(); };
    const QString wanted = plain(typed);
    for (const auto &[role, id] : EnumNames<Role>::table) {
        const QString word = words::roleWord(role);
        if (wanted == plain(QString::fromLatin1(id.data(), qsizetype(id.size()))) ||
            dutch.at(role).contains(wanted) || wanted == plain(word) ||
            wanted == plain(word.section(' ', -1))) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleChoices()
{
    QStringList choices;
    for (const auto &[role, id] : EnumNames<Role>::table) {
        choices << words::roleWord(role) + " (" +
                       QString::fromLatin1(id.data(), qsizetype(id.size())) + ")";
    }
    return choices.join(", ");
}

// DOMAIN "Privacy": an external visitor sees their own organisation's contacts, compared
// exactly (model/access.h), so one without an organisation would silently see none of their
// colleagues', and "gemeente zwolle" would be an organisation of its own. Takes the spelling
// of a colleague of the facility; false, with the reason, when the organisation is refused.
bool takeOrganisation(User &u, const std::vector<User> &colleagues, QTextStream &out,
                      QTextStream &err)
{
    if (isExternalVisitor(u) && u.organisation.empty()) {
        err << tr("Bij de rol %1 hoort een organisatie: geef die met --organisation, "
                  "bijvoorbeeld 'Gemeente Zwolle' of 'Reclassering Nederland'. Externen zien de "
                  "contacten van hun eigen organisatie.")
                   .arg(words::roleWord(u.role))
            << "\n";
        return false;
    }
    if (!isExternalVisitor(u) && !u.organisation.empty()) {
        err << tr("Alleen externen (gemeente, reclassering, zorgverlener, vrijwilliger) hebben "
                  "een organisatie: laat --organisation weg bij de rol %1.")
                   .arg(words::roleWord(u.role))
            << "\n";
        return false;
    }
    // A spelling a visiting colleague has exactly is kept, even if another has a variant.
    const User *spelledAlike = nullptr;
    for (const User &colleague : colleagues) {
        if (colleague.id == u.id || !isExternalVisitor(colleague)) {
            continue;
        }
        if (colleague.organisation == u.organisation) {
            return true;
        }
        if (!spelledAlike && sameName(colleague.organisation, u.organisation)) {
            spelledAlike = &colleague;
        }
    }
    if (spelledAlike) {
        out << tr("Organisatie gespeld zoals bij collega's: '%1' (in plaats van '%2').")
                   .arg(QString::fromStdString(spelledAlike->organisation),
                        QString::fromStdString(u.organisation))
            << "\n";
        u.organisation = spelledAlike->organisation;
    }
    return true;
}

void listUsers(const std::vector<User> &users, const QString &facilityName, QTextStream &out)
{
    for (const User &u : users) {
        out << QString::fromStdString(u.id) << "\t" << QString::fromStdString(u.name) << "\t"
            << words::roleWord(u.role) << "\t" << facilityName
            << (!u.organisation.empty() ? "\t" + QString::fromStdString(u.organisation)
                : isExternalVisitor(u)  ? "\t" + tr("geen organisatie")
                                        : QString())
            << (u.reviewMandate ? "\t" + tr("mandaat (R4.5)") : QString())
            << (u.active ? QString() : "\t" + tr("uitgeschakeld")) << "\n";
    }
}

int runUser(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QString command = "user";
    prepare(parser, kUserSummary);
    parser.addPositionalArgument(
        tr("ACTIE"), tr("add, list, disable, enable of organisation (een externe een organisatie "
                        "geven, met --organisation)."));
    parser.addOption({"facility",
                      tr("De inrichting (naam of id); bij list zonder deze optie: alle."),
                      tr("INRICHTING")});
    parser.addOption({"name", tr("Naam van de medewerker."), tr("NAAM")});
    parser.addOption({"role", tr("Rol: %1.").arg(roleChoices()), tr("ROL")});
    parser.addOption({"organisation",
                      tr("Organisatie, nodig bij externen (gemeente, reclassering, "
                         "zorgverlener, vrijwilliger), bijv. 'Gemeente Zwolle'."),
                      tr("ORGANISATIE")});
    parser.addOption({"pin",
                      tr("Niet gebruiken: de pincode wordt gevraagd (terminal) of gelezen van "
                         "standaardinvoer, nooit van de opdrachtregel."),
                      tr("PIN")});
    parser.addOption({"mandate", tr("Gemandateerd MDO-lid (mentor of casemanager): mag "
                                    "besluiten (R4.5).")});
    int exitCode = Success;
    if (!parse(parser, command, arguments, out, err, exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    // Every action names users of a registry that is there: a mistyped path is refused.
    return withExistingStore(parser, err, [&](Store &store) {
        auto facilityNamed = [&]() -> Facility {
            const std::string wanted = parser.value("facility").toStdString();
            if (const auto found = store.registry().findFacility(wanted)) {
                return *found;
            }
            throw ValidationError({ProblemCode::UnknownFacility, "facility", wanted});
        };
        // Staff sign in on a tablet by picking their name: two active alike would be one too
        // many. One disabled (who cannot sign in) leaves the name to a new one.
        auto refusedAsNamedAlike = [&](const Facility &facility, const std::string &name,
                                       const std::string &except) {
            for (const User &u : store.registry().users(facility.id)) {
                if (u.active && u.id != except && sameName(u.name, name)) {
                    err << tr("%1 heeft al een medewerker '%2' (%3). Maak de namen verschillend, "
                              "bijvoorbeeld met een voorletter.")
                               .arg(QString::fromStdString(facility.name),
                                    QString::fromStdString(u.name), QString::fromStdString(u.id))
                        << "\n";
                    return true;
                }
            }
            return false;
        };
        auto userNamed = [&](const QString &id) {
            auto user = store.registry().user(id.toStdString());
            if (!user) {
                throw ValidationError({ProblemCode::UnknownUser, "user", id.toStdString()});
            }
            return *user;
        };
        if (action == "add") {
            if (!parser.isSet("facility")) {
                err << tr("Geef de inrichting met --facility (naam of id).") << "\n";
                return int(BadUsage);
            }
            const Facility facility = facilityNamed();
            const auto role = typedRole(parser.value("role"));
            if (!role) {
                err << tr("Onbekende rol '%1'. Kies uit: %2.")
                           .arg(parser.value("role"), roleChoices())
                    << "\n";
                return int(BadUsage);
            }
            const std::string name = parser.value("name").trimmed().toStdString();
            if (name.empty()) {
                err << tr("Geef de naam van de medewerker met --name.") << "\n";
                return int(BadUsage);
            }
            if (refusedAsNamedAlike(facility, name, {})) {
                return int(BadUsage);
            }
            User u;
            u.facilityId = facility.id;
            u.name = name;
            u.role = *role;
            u.organisation = parser.value("organisation").trimmed().toStdString();
            u.reviewMandate = parser.isSet("mandate");
            // R4.5: the mandate is the MDO's; on anyone else it would give nothing, silently
            // (canDecide, the rule the tablet and the server apply).
            if (u.reviewMandate && u.role == Role::Director) {
                err << tr("De directeur besluit zelf; een mandaat is niet nodig.") << "\n";
                return int(BadUsage);
            }
            if (u.reviewMandate && !canDecide(u)) {
                err << tr("Alleen een MDO-lid (mentor of casemanager) kan een mandaat krijgen "
                          "(R4.5).")
                    << "\n";
                return int(BadUsage);
            }
            if (!takeOrganisation(u, store.registry().users(facility.id), out, err)) {
                return int(BadUsage);
            }
            if (parser.isSet("pin")) {
                err << tr("Geef de pincode niet op de opdrachtregel: andere gebruikers van de "
                          "machine en de shellgeschiedenis zien hem. Typ hem na de vraag, of "
                          "geef hem via standaardinvoer.")
                    << "\n";
                return int(BadUsage);
            }
            const std::string pin = readPin(out);
            if (!isValidNewPin(pin)) {
                err << tr("De pincode moet 6 tot 8 cijfers zijn.") << "\n";
                return int(BadUsage);
            }
            u.id = "user-" + randomHex(8);
            u.pinHash = hashPin(pin);
            // Checked again with the write: the PIN was typed meanwhile (no transaction is held
            // open for a terminal, which would keep the server from writing).
            Transaction tx = store.transaction();
            store.registry().holdNames(facility.id);
            if (refusedAsNamedAlike(facility, name, {})) {
                return int(BadUsage);
            }
            store.registry().upsert(u);
            tx.commit();
            out << tr("Medewerker toegevoegd: %1 (%2).")
                       .arg(QString::fromStdString(u.name), QString::fromStdString(u.id))
                << "\n";
            return int(Success);
        }
        if (action == "list") {
            const std::vector<Facility> facilities = parser.isSet("facility")
                                                         ? std::vector{facilityNamed()}
                                                         : store.registry().facilities();
            for (const Facility &f : facilities) {
                listUsers(store.registry().users(f.id), QString::fromStdString(f.name), out);
            }
            return int(Success);
        }
        if (action == "disable" && positional.size() == 2) {
            User user = userNamed(positional[1]);
            store.registry().setActive(user.id, false);
            out << tr("Uitgeschakeld: %1. Tablets nemen dit over bij de volgende synchronisatie.")
                       .arg(QString::fromStdString(user.name))
                << "\n";
            return int(Success);
        }
        // Back from leave: the same account, its PIN and its history, if the name is free.
        if (action == "enable" && positional.size() == 2) {
            Transaction tx = store.transaction(); // the check and the write together
            User user = userNamed(positional[1]);
            store.registry().holdNames(user.facilityId);
            const auto facility = store.registry().findFacility(user.facilityId);
            if (facility && refusedAsNamedAlike(*facility, user.name, user.id)) {
                return int(BadUsage);
            }
            store.registry().setActive(user.id, true);
            tx.commit();
            out << tr("Ingeschakeld: %1, met de pincode van voorheen. Tablets nemen dit over bij "
                      "de volgende synchronisatie.")
                       .arg(QString::fromStdString(user.name))
                << "\n";
            return int(Success);
        }
        // A visitor added before an organisation was needed, or one who changed employer.
        if (action == "organisation" && positional.size() == 2) {
            User user = userNamed(positional[1]);
            if (!isExternalVisitor(user)) {
                err << tr("Alleen externen (gemeente, reclassering, zorgverlener, vrijwilliger) "
                          "hebben een organisatie; %1 is %2.")
                           .arg(QString::fromStdString(user.name), words::roleWord(user.role))
                    << "\n";
                return int(BadUsage);
            }
            user.organisation = parser.value("organisation").trimmed().toStdString();
            if (!takeOrganisation(user, store.registry().users(user.facilityId), out, err)) {
                return int(BadUsage);
            }
            store.registry().setOrganisation(user.id, user.organisation);
            out << tr("%1 hoort nu bij %2. Tablets nemen dit over bij de volgende "
                      "synchronisatie.")
                       .arg(QString::fromStdString(user.name),
                            QString::fromStdString(user.organisation))
                << "\n";
            return int(Success);
        }
        err << tr("Gebruik: ronde-server user add|list|disable ID|enable ID|organisation ID "
                  "(zie --help).")
            << "\n";
        return int(BadUsage);
    });
}

} // namespace

Command userCommand()
{
    return {"user", kUserSummary, runUser};
}

} // namespace ronde::server
