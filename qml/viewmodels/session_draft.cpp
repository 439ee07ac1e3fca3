#include "session.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

// A form's unsaved input, kept in the tablet's database (session.h, keepDraft).

namespace {

constexpr const char *kDraftKey = "paused_draft";

} // namespace

bool Session::keepDraft(const QVariantMap &draft)
{
    if (!m_store) {
        return true;
    }
    // Dropped with or without a user: the shell hands over an empty page stack after a
    // sign-out too, and a drop still pending then must not be taken as done.
    if (draft.isEmpty()) {
        return dropKeptDraft();
    }
    if (!m_user) {
        return true;
    }
    const QJsonObject kept{{"user", QString::fromStdString(m_user->id)},
                           {"draft", QJsonObject::fromVariantMap(draft)}};
    try {
        m_store->deviceState().set(
            kDraftKey, QJsonDocument(kept).toJson(QJsonDocument::Compact).toStdString());
    } catch (const std::exception &) {
        return false; // busy with a sync: the shell tries again
    }
    m_dropRetry.stop(); // what was to be dropped is replaced
    return true;
}

bool Session::dropKeptDraft()
{
    if (!m_store) {
        return true;
    }
    try {
        eraseKeptDraft();
    } catch (const std::exception &) {
        // Busy with a sync: tried again a second later, whoever called (a form thrown away at
        // a sign-out must not come back at the next start).
        m_dropRetry.start();
        return false;
    }
    m_dropRetry.stop();
    return true;
}

void Session::eraseKeptDraft()
{
    if (m_store && !m_store->deviceState().value(kDraftKey).empty()) {
        m_store->deviceState().set(kDraftKey, "");
    }
}

QVariantMap Session::takeResumedDraft()
{
    return std::exchange(m_resumedDraft, {});
}

void Session::resumeKeptDraft()
{
    m_resumedDraft.clear();
    const std::string kept = m_store->deviceState().value(kDraftKey);
    if (kept.empty()) {
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(kept)).object();
    const auto user = m_store->registry().user(object.value("user").toString().toStdString());
    const QVariantMap draft = object.value("draft").toObject().toVariantMap();
    // Only someone who can still sign in here opens it again; for anyone else it would
    // wait behind a lock screen nobody can open.
    if (!user || !user->active || user->pinHash.empty() ||
        QString::fromStdString(user->facilityId) != m_facilityId || draft.isEmpty()) {
        dropKeptDraft();
        return;
    }
    m_user = std::make_unique<ronde::User>(*user);
    m_mustChangePin = false;
    m_resumedDraft = draft;
    m_paused = true; // only their PIN opens it (confirmPin); the idle clock waits for it
}
