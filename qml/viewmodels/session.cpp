#include "session.h"

#include "demo/demo.h"
#include "store/store.h"
#include "util/local_time.h"

namespace {

ronde::Date todayInFacility()
{
    return ronde::amsterdamFromUtc(ronde::systemClock()()).date;
}

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{}

Session::~Session() = default;

bool Session::open(const QString &path, bool createDemo)
{
    try {
        auto store = std::make_unique<ronde::Store>(path.toStdString());
        if (createDemo && store->registry().facilities().empty()) {
            ronde::DemoOptions options;
            options.today = todayInFacility();
            ronde::generateDemo(*store, options);
        }
        const auto facilities = store->registry().facilities();
        // A tablet serves one facility (DESIGN "Sync"): the first in its database.
        if (!facilities.empty()) {
            m_facilityId = QString::fromStdString(facilities.front().id);
            m_facilityName = QString::fromStdString(facilities.front().name);
        }
        store->changes().subscribe([this](const ronde::Change &) { emit changed(); });
        m_store = std::move(store);
        m_errorString.clear();
    } catch (const std::exception &e) {
        m_errorString =
            tr("De database kon niet worden geopend: %1").arg(QString::fromUtf8(e.what()));
        emit opened();
        return false;
    }
    emit opened();
    return true;
}

QDate Session::today() const
{
    const ronde::Date d = todayInFacility();
    return QDate(d.year(), d.month(), d.day());
}

int Session::pendingChanges() const
{
    return m_store ? int(m_store->outbox().size()) : 0;
}
