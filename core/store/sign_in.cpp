#include "sign_in.h"

#include "model/problem.h"
#include "store.h"
#include "util/pin_seal.h"
#include "util/secrets.h"

namespace ronde {

SignInService::SignInService(Store &store)
    : m_store(store)
{}

std::optional<std::string> SignInService::sharedPinKey()
{
    const std::optional<PinKeyPair> &own = m_store.pinKeyPair();
    const std::string server = m_store.deviceState().value(kServerPinKeyState);
    if (!own || server.empty()) {
        return std::nullopt;
    }
    return tabletSharedPinKey(*own, server);
}

void SignInService::resealFor(const std::string &serverPinKey)
{
    const std::optional<std::string> before = sharedPinKey();
    const std::optional<PinKeyPair> &own = m_store.pinKeyPair();
    const std::optional<std::string> after =
        own && !serverPinKey.empty() ? tabletSharedPinKey(*own, serverPinKey) : std::nullopt;
    const auto resealed = [&](PinSealedFor direction, const std::string &userId,
                              const std::string &stored) -> std::optional<std::string> {
        std::optional<std::string> hash = stored;
        if (isSealedPinHash(stored)) {
            hash = before ? openPinHash(*before, direction, userId, stored) : std::nullopt;
        }
        if (!hash || hash->empty()) {
            return std::nullopt; // nothing to carry over: the next registry brings it
        }
        return after ? sealPinHash(*after, direction, userId, *hash) : *hash;
    };
    for (const Facility &facility : m_store.registry().facilities()) {
        for (User user : m_store.registry().users(facility.id)) {
            if (const auto hash = resealed(PinSealedFor::Tablet, user.id, user.pinHash)) {
                user.pinHash = *hash;
                m_store.registry().upsert(user);
            }
        }
    }
    for (const PinChange &change : pendingPinChanges()) {
        if (const auto hash = resealed(PinSealedFor::Server, change.userId, change.pinHash)) {
            m_store.database()
                .prepare("UPDATE pin_changes SET pin_hash = ? WHERE user_id = ?")
                .bind(1, *hash)
                .bind(2, change.userId)
                .run();
        }
    }
}

std::optional<std::string> SignInService::hashOf(const User &user)
{
    if (!isSealedPinHash(user.pinHash)) {
        return user.pinHash;
    }
    const auto key = sharedPinKey();
    return key ? openPinHash(*key, PinSealedFor::Tablet, user.id, user.pinHash) : std::nullopt;
}

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
    // A hash this tablet cannot open (its key is not the one the server sealed it with) is
    // no PIN at all: no attempt is counted against the user.
    const std::optional<std::string> hash = hashOf(*user);
    if (!hash || hash->empty()) {
        return {SignInResult::NoPin, 0, 0, std::nullopt};
    }
    const int64_t now = m_store.clock()();
    const SignInState before = stateOf(userId);
    if (isLocked(before, now)) {
        return {SignInResult::Locked, 0, before.lockedUntilMs, std::nullopt};
    }
    const bool correct = verifyPin(pin, *hash);
    const SignInState after = afterAttempt(before, correct, now);
    save(userId, after);
    if (correct) {
        return {SignInResult::Accepted, 0, 0, user, pinNeedsChanging(pin, *hash)};
    }
    if (isLocked(after, now)) {
        return {SignInResult::Locked, 0, after.lockedUntilMs, std::nullopt};
    }
    return {SignInResult::WrongPin, kMaxPinFailures - after.failures, 0, std::nullopt};
}

void SignInService::changePin(const std::string &userId, const std::string &newPin)
{
    if (!isValidNewPin(newPin)) {
        throw ValidationError({ProblemCode::Invalid, "pin", {}});
    }
    auto user = m_store.registry().user(userId);
    if (!user) {
        throw ValidationError({ProblemCode::UnknownUser, "user", userId});
    }
    const std::string hash = hashPin(newPin);
    const auto key = sharedPinKey();
    // Kept here as the registry's hashes are; sent sealed the other way, so that neither can
    // be passed off as the other.
    user->pinHash = key ? sealPinHash(*key, PinSealedFor::Tablet, userId, hash) : hash;
    const std::string toSend = key ? sealPinHash(*key, PinSealedFor::Server, userId, hash) : hash;
    Transaction tx(m_store.database());
    m_store.registry().upsert(*user);
    m_store.database()
        .prepare("INSERT INTO pin_changes (user_id, pin_hash, at_ms) VALUES (?, ?, ?) "
                 "ON CONFLICT (user_id) DO UPDATE SET pin_hash = excluded.pin_hash, "
                 "at_ms = excluded.at_ms")
        .bind(1, userId)
        .bind(2, toSend)
        .bind(3, m_store.clock()())
        .run();
    tx.commit();
}

void SignInService::keepInForce(const PinChange &waiting)
{
    std::optional<std::string> hash = waiting.pinHash;
    const auto key = sharedPinKey();
    if (isSealedPinHash(waiting.pinHash)) {
        hash = key ? openPinHash(*key, PinSealedFor::Server, waiting.userId, waiting.pinHash)
                   : std::nullopt;
    }
    if (hash) {
        m_store.registry().setPinHash(
            waiting.userId,
            key ? sealPinHash(*key, PinSealedFor::Tablet, waiting.userId, *hash) : *hash);
    }
}

std::vector<PinChange> SignInService::sendablePinChanges()
{
    std::vector<PinChange> sealed = pendingPinChanges();
    std::erase_if(sealed, [](const PinChange &c) { return !isSealedPinHash(c.pinHash); });
    return sealed;
}

std::vector<PinChange> SignInService::pendingPinChanges()
{
    Statement &row = m_store.database().prepare(
        "SELECT user_id, pin_hash, at_ms FROM pin_changes ORDER BY at_ms");
    std::vector<PinChange> result;
    while (row.step()) {
        result.push_back({row.text(0), row.text(1), row.int64(2)});
    }
    return result;
}

void SignInService::pinChangesSent(const std::vector<PinChange> &sent)
{
    for (const PinChange &c : sent) {
        // Only the change that was sent: a newer one made meanwhile still waits.
        m_store.database()
            .prepare("DELETE FROM pin_changes WHERE user_id = ? AND pin_hash = ?")
            .bind(1, c.userId)
            .bind(2, c.pinHash)
            .run();
    }
}

} // namespace ronde
