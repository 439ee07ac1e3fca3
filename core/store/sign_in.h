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

// A PIN changed on this tablet, waiting to be sent to the server with the next sync.
struct PinChange
{
    std::string userId;
    std::string pinHash;
    int64_t atMs = 0;
};

// Checks a PIN on the tablet, offline, and keeps the lockout count per user in the database
// so that restarting the app does not reset it.
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
    // The server has them: they leave the list.
    void pinChangesSent(const std::vector<PinChange> &sent);

private:
    SignInState stateOf(const std::string &userId);
    void save(const std::string &userId, const SignInState &state);

    Store &m_store;
};

} // namespace ronde
