#pragma once

#include "model/access.h"
#include "model/registry.h"

#include <optional>
#include <string>
#include <vector>

namespace ronde {

class Store;

enum class SignInResult
{
    Accepted,
    WrongPin,
    Locked,
    UnknownUser,
    NoPin
};

struct SignInAttempt
{
    SignInResult result = SignInResult::UnknownUser;
    int attemptsLeft = 0;       // after a wrong PIN
    int64_t lockedUntilMs = 0;  // when locked
    std::optional<User> user;   // when accepted
    bool mustChangePin = false; // accepted, but the PIN is too short or hashed the old way
};

// Where a tablet keeps the server's public PIN key (device_state), from its enrolment.
constexpr const char *kServerPinKeyState = "server_pin_key";

// A PIN changed on this tablet, waiting to be sent to the server with the next sync.
struct PinChange
{
    std::string userId;
    std::string pinHash; // sealed for the server when the tablet is enrolled (util/pin_seal.h)
    int64_t atMs = 0;
};

// Checks a PIN on the tablet, offline, and keeps the lockout count per user in the database
// so that restarting the app does not reset it. An enrolled tablet holds its staff's hashes
// sealed with the key it shares with the server (util/pin_seal.h) and opens one only to check
// a PIN; a tablet never enrolled (the demo) holds them plain.
class SignInService
{
public:
    explicit SignInService(Store &store);
    SignInAttempt attempt(const std::string &userId, const std::string &pin);
    // Sets a new PIN of 6 to 8 digits for the user: in force on this tablet at once, sent to
    // the server with the next sync (staff are the server's registry). Throws
    // ValidationError for a PIN that is not 6 to 8 digits, or an unknown user.
    void changePin(const std::string &userId, const std::string &newPin);
    std::vector<PinChange> pendingPinChanges();
    // What may go to the server: only changes sealed for it. One made before this tablet had
    // a key waits, and is sealed when it enrols again (resealFor), never sent in the clear.
    std::vector<PinChange> sendablePinChanges();
    // A change not yet sent stays in force here over what a registry from the server says.
    void keepInForce(const PinChange &waiting);
    // The server has them: they leave the list.
    void pinChangesSent(const std::vector<PinChange> &sent);
    // The tablet enrols (again) with a server whose public PIN key is `serverPinKey` ("" for
    // none): the hashes it holds, and the changes still to send, are sealed anew for it, so
    // that neither a PIN nor a change waiting to be sent is lost. Call in the enrolment's
    // transaction, before the new key is saved.
    void resealFor(const std::string &serverPinKey);

private:
    std::optional<std::string> sharedPinKey();
    // The Argon2id hash behind what the tablet stores; nullopt when it cannot be opened.
    std::optional<std::string> hashOf(const User &user);
    SignInState stateOf(const std::string &userId);
    void save(const std::string &userId, const SignInState &state);

    Store &m_store;
};

} // namespace ronde
