#include "model/events.h"
#include "session.h"
#include "store/store.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQml/qqml.h>
#include <QtQuickTest/quicktest.h>

// The Ronde QML module is a static plugin; the tests import it like the app does.
Q_IMPORT_QML_PLUGIN(RondePlugin)

namespace {

template <typename E> QStringList namesIn(ronde::FlagSet<E> set, const auto &all)
{
    QStringList names;
    for (const E value : all) {
        if (set.contains(value)) {
            names.append(QString::fromLatin1(ronde::nameOf(value).data()));
        }
    }
    return names;
}

QStringList topicNames(ronde::TopicSet topics)
{
    QStringList names;
    for (const auto &[topic, name] : ronde::EnumNames<ronde::Topic>::table) {
        if (topics.contains(topic)) {
            names.append(QString::fromLatin1(name.data(), qsizetype(name.size())));
        }
    }
    return names;
}

} // namespace

// What the store holds of a detainee's questionnaires, for the tests to check (R7.1–R7.3):
// no page shows it, by design, so the test reads it here. {offers, completed, answers: {…}}
// for the latest one; the answers as the server would get them (the outbox batch).
class QuestionnaireInspector : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE QVariantMap stored(Session *session, const QString &detaineeId) const
    {
        QVariantMap result;
        auto &events = session->store()->events();
        const auto offers = events.questionnaireOffers(detaineeId.toStdString());
        result["offers"] = int(offers.size());
        if (offers.empty()) {
            return result;
        }
        const auto sent =
            events.byIds({offers.back().header.id}, ronde::EventRepository::Answers::Included);
        const auto &latest = std::get<ronde::Questionnaire>(sent.front());
        result["completed"] = latest.completed;
        result["hasAnswers"] = latest.answers.has_value();
        if (latest.answers) {
            const ronde::QuestionnaireAnswers &a = *latest.answers;
            QVariantMap ratings;
            for (const auto &[role, rating] : a.satisfaction) {
                ratings[QString::fromLatin1(ronde::nameOf(role).data())] = rating;
            }
            result["yes"] = namesIn(a.contactYes, ronde::kProfessionalRoles);
            result["no"] = namesIn(a.contactNo, ronde::kProfessionalRoles);
            result["dontKnow"] = namesIn(a.contactDontKnow, ronde::kProfessionalRoles);
            result["satisfaction"] = ratings;
            result["planHelp"] = QString::fromLatin1(ronde::nameOf(a.planHelp).data());
            result["helpWanted"] = namesIn(a.helpWanted, ronde::kHelpTopics);
        }
        return result;
    }
};

// A detainee's current contacts as the store holds them, rating included, for the tests of
// corrections: no page shows a rating (DOMAIN "Privacy"), so the test reads it here.
class ContactInspector : public QObject
{
    Q_OBJECT
public:
    Q_INVOKABLE QVariantList current(Session *session, const QString &detaineeId) const
    {
        QVariantList contacts;
        for (const ronde::Contact &shown :
             session->store()->events().contacts(detaineeId.toStdString())) {
            // Read as the sync's batch reads it: with a rating still held (DOMAIN "Privacy").
            const auto held = session->store()->events().byIds(
                {shown.header.id}, ronde::EventRepository::Answers::Included);
            const ronde::Contact &c = std::get<ronde::Contact>(held.at(0));
            contacts.append(QVariantMap{
                {"id", QString::fromStdString(c.header.id)},
                {"authorId", QString::fromStdString(c.header.authorId)},
                {"occurredAtMs", double(c.header.occurredAtMs)},
                {"supersedes", QString::fromStdString(c.header.supersedes.value_or(""))},
                {"note", QString::fromStdString(c.notes)},
                {"satisfaction", c.satisfaction.value_or(0)},
                {"rated", shown.rated()},
                {"topics", topicNames(c.topics)},
                {"roles", namesIn(c.roles, ronde::kProfessionalRoles)}});
        }
        return contacts;
    }
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    // Dutch, as the app runs by default.
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath("qrc:/qt/qml");
        // For tests that open a tablet's database again, as the app does at its next start.
        engine->rootContext()->setContextProperty("testDataDir", m_dir.path());
        qmlRegisterSingletonType<QuestionnaireInspector>(
            "RondeTest", 1, 0, "QuestionnaireInspector",
            [](QQmlEngine *, QJSEngine *) -> QObject * { return new QuestionnaireInspector; });
        qmlRegisterSingletonType<ContactInspector>(
            "RondeTest", 1, 0, "ContactInspector",
            [](QQmlEngine *, QJSEngine *) -> QObject * { return new ContactInspector; });
    }

private:
    QTemporaryDir m_dir;
};

QUICK_TEST_MAIN_WITH_SETUP(ronde_qml, Setup)

#include "main.moc"
