#pragma once

#include "model/access.h"
#include "model/registry.h"

#include <optional>
#include <string>

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
    int attemptsLeft = 0;      // after a wrong PIN
    int64_t lockedUntilMs = 0; // when locked
    std::optional<User> user;  // when accepted
};

// Checks a PIN on the tablet, offline, and keeps the lockout count per user in the database
// so that restarting the app does not reset it.
class SignInService
{
public:
    explicit SignInService(Store &store);
    SignInAttempt attempt(const std::string &userId, const std::string &pin);

private:
    SignInState stateOf(const std::string &userId);
    void save(const std::string &userId, const SignInState &state);

    Store &m_store;
};

} // namespace ronde
