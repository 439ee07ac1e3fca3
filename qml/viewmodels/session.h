#pragma once

#include <QDate>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace ronde {
class Store;
}

// The open database of this tablet and the facility it serves. Created once by main (or by a
// QML test) and handed to pages, which give it to their view models.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY opened)
    Q_PROPERTY(QString facilityId READ facilityId NOTIFY opened)
    Q_PROPERTY(QString facilityName READ facilityName NOTIFY opened)
    Q_PROPERTY(QDate today READ today NOTIFY opened)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY opened)

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (and migrates) the database at path; with createDemo, fills an empty one with the
    // demo facility first. ":memory:" works too. Returns false and sets errorString on failure.
    Q_INVOKABLE bool open(const QString &path, bool createDemo);

    bool isOpen() const { return m_store != nullptr; }
    QString facilityId() const { return m_facilityId; }
    QString facilityName() const { return m_facilityName; }
    QDate today() const;
    int pendingChanges() const;
    QString errorString() const { return m_errorString; }

    // For view models (C++ only).
    ronde::Store *store() const { return m_store.get(); }

signals:
    void opened();
    // Something in the database changed (after commit).
    void changed();

private:
    std::unique_ptr<ronde::Store> m_store;
    QString m_facilityId;
    QString m_facilityName;
    QString m_errorString;
};
