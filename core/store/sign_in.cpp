#include "sign_in.h"

#include "store.h"
#include "util/secrets.h"

namespace ronde {

SignInService::SignInService(Store &store)
    : m_store(store)
{}

SignInState SignInService::stateOf(const std::string &userId)
{
    Statement &row = m_store.database().prepare(
        "SELECT failures, locked_until FROM sign_in_state WHERE user_id = ?");
    row.bind(1, userId);
    SignInState state;
    if (row.step()) {
        state = {row.integer(0), row.int64(1)};
    }
    row.reset();
    return state;
}

void SignInService::save(const std::string &userId, const SignInState &state)
{
    m_store.database()
        .prepare("INSERT INTO sign_in_state (user_id, failures, locked_until) VALUES (?, ?, ?) "
                 "ON CONFLICT (user_id) DO UPDATE SET failures = excluded.failures, "
                 "locked_until = excluded.locked_until")
        .bind(1, userId)
        .bind(2, state.failures)
        .bind(3, state.lockedUntilMs)
        .run();
}

SignInAttempt SignInService::attempt(const std::string &userId, const std::string &pin)
{
    const auto user = m_store.registry().user(userId);
    if (!user || !user->active) {
        return {SignInResult::UnknownUser, 0, 0, std::nullopt};
    }
    if (user->pinHash.empty()) {
        return {SignInResult::NoPin, 0, 0, std::nullopt};
    }
    const int64_t now = m_store.clock()();
    const SignInState before = stateOf(userId);
    if (isLocked(before, now)) {
        return {SignInResult::Locked, 0, before.lockedUntilMs, std::nullopt};
    }
    const bool correct = verifyPin(pin, user->pinHash);
    const SignInState after = afterAttempt(before, correct, now);
    save(userId, after);
    if (correct) {
        return {SignInResult::Accepted, 0, 0, user};
    }
    if (isLocked(after, now)) {
        return {SignInResult::Locked, 0, after.lockedUntilMs, std::nullopt};
    }
    return {SignInResult::WrongPin, kMaxPinFailures - after.failures, 0, std::nullopt};
}

} // namespace ronde
