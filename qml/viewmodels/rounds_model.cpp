#include "rounds_model.h"

#include "store/store.h"

#include <QHash>

namespace {

QDate toQDate(ronde::Date d)
{
    return QDate(d.year(), d.month(), d.day());
}

} // namespace

RoundsModel::RoundsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void RoundsModel::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::opened, this, &RoundsModel::reload);
        connect(m_session, &Session::changed, this, &RoundsModel::reload);
    }
    emit sessionChanged();
    reload();
}

void RoundsModel::setUnitId(const QString &unitId)
{
    if (m_unitId != unitId) {
        m_unitId = unitId;
        emit unitIdChanged();
        reload();
    }
}

void RoundsModel::setSearch(const QString &search)
{
    if (m_search != search) {
        m_search = search;
        emit searchChanged();
        reload();
    }
}

void RoundsModel::reload()
{
    ronde::Store *store = m_session ? m_session->store() : nullptr;
    std::vector<Row> rows;
    QVariantList units;
    if (store) {
        const std::string facilityId = m_session->facilityId().toStdString();
        QHash<QString, QString> unitNames;
        for (const ronde::Unit &u : store->registry().units(facilityId)) {
            unitNames.insert(QString::fromStdString(u.id), QString::fromStdString(u.name));
            units.append(QVariantMap{{"id", QString::fromStdString(u.id)},
                                     {"name", QString::fromStdString(u.name)}});
        }
        const auto lastContacts = store->events().lastContactDays(facilityId);
        const QString needle = m_search.trimmed();
        for (const ronde::Detainee &d :
             store->registry().detainees(facilityId, m_unitId.toStdString())) {
            Row row;
            row.id = QString::fromStdString(d.id);
            row.name = QString::fromStdString(d.name);
            row.number = QString::fromStdString(d.number);
            if (!needle.isEmpty() && !row.name.contains(needle, Qt::CaseInsensitive) &&
                !row.number.contains(needle)) {
                continue;
            }
            row.unitName = unitNames.value(QString::fromStdString(d.unitId));
            row.admittedOn = toQDate(d.admittedOn);
            row.discharged = d.dischargedOn.has_value();
            if (const auto found = lastContacts.find(d.id); found != lastContacts.end()) {
                row.lastContactOn = toQDate(found->second);
            }
            rows.push_back(std::move(row));
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (units != m_units) {
        m_units = units;
        emit unitsChanged();
    }
    if (countChanges) {
        emit countChanged();
    }
}

int RoundsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoundsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    const QDate today = m_session ? m_session->today() : QDate::currentDate();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case DetaineeIdRole:
        return row.id;
    case NumberRole:
        return row.number;
    case UnitNameRole:
        return row.unitName;
    case AdmittedOnRole:
        return row.admittedOn;
    case DaysInCustodyRole:
        return int(row.admittedOn.daysTo(today));
    case LastContactOnRole:
        return row.lastContactOn;
    case DaysSinceContactRole:
        return row.lastContactOn.isValid() ? int(row.lastContactOn.daysTo(today)) : -1;
    case DischargedRole:
        return row.discharged;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoundsModel::roleNames() const
{
    return {
        {DetaineeIdRole, "detaineeId"},
        {NameRole, "name"},
        {NumberRole, "number"},
        {UnitNameRole, "unitName"},
        {AdmittedOnRole, "admittedOn"},
        {DaysInCustodyRole, "daysInCustody"},
        {LastContactOnRole, "lastContactOn"},
        {DaysSinceContactRole, "daysSinceContact"},
        {DischargedRole, "discharged"},
    };
}
