#include "contact_form.h"

#include "model/events.h"
#include "model/problem.h"
#include "store/store.h"

namespace {

template <typename E> E parseOrRefuse(const QString &name, const char *field)
{
    const auto value = ronde::parseEnum<E>(name.toStdString());
    if (!value) {
        throw ronde::ValidationError({ronde::ProblemCode::Invalid, field, name.toStdString()});
    }
    return *value;
}

} // namespace

bool ContactForm::save()
{
    return attempt([this] {
        ronde::Contact c;
        c.header = headerNow();
        c.kind = parseOrRefuse<ronde::ContactKind>(m_kind, "kind");
        c.mode = parseOrRefuse<ronde::ContactMode>(m_mode, "mode");
        for (const QString &topic : m_topics) {
            c.topics.insert(parseOrRefuse<ronde::Topic>(topic, "topics"));
        }
        c.roles.insert(session()->user()->role);
        if (c.kind == ronde::ContactKind::PlanTalk) {
            for (const QString &role : m_otherRoles) {
                c.roles.insert(parseOrRefuse<ronde::Role>(role, "roles"));
            }
        }
        c.notes = m_note.trimmed().toStdString();
        if (m_satisfaction != 0) {
            c.satisfaction = m_satisfaction;
        }
        session()->store()->events().record(c);
        reset();
    });
}

void ContactForm::reset()
{
    m_mode = "inPerson";
    m_topics.clear();
    m_otherRoles.clear();
    m_note.clear();
    m_satisfaction = 0;
    emit changed();
}
