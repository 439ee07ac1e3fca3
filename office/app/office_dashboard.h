#pragma once

#include "report/report.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace ronde {
class Store;
}

// The office dashboard (R5, read-only): filters for facility, unit and period; the report's
// key figures and four charts as data for Qt Charts; and the detainees behind a figure. The
// figures are computed off the UI thread on a connection of their own, because a national
// report takes seconds.
class OfficeDashboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY opened)
    // Why the database could not be opened or the figures not computed; "" when all is well.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString databaseName READ databaseName NOTIFY opened)
    Q_PROPERTY(QVariantList facilities READ facilities NOTIFY opened)
    Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
    Q_PROPERTY(QString facilityId READ facilityId WRITE setFacilityId NOTIFY scopeChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY scopeChanged)
    Q_PROPERTY(QString from READ from NOTIFY scopeChanged)
    Q_PROPERTY(QString to READ to NOTIFY scopeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasReport READ hasReport NOTIFY reportChanged)
    Q_PROPERTY(QString scopeLabel READ scopeLabel NOTIFY reportChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY reportChanged)
    Q_PROPERTY(QString dataUpToLabel READ dataUpToLabel NOTIFY reportChanged)
    Q_PROPERTY(int present READ present NOTIFY reportChanged)
    Q_PROPERTY(QVariantList keyFigures READ keyFigures NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap contactChart READ contactChart NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap complianceChart READ complianceChart NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap satisfactionChart READ satisfactionChart NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap trendChart READ trendChart NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap bothViewsChart READ bothViewsChart NOTIFY reportChanged) // R7.5
    Q_PROPERTY(QString listTitle READ listTitle NOTIFY listChanged)
    Q_PROPERTY(QVariantList listRows READ listRows NOTIFY listChanged)
    // The share the chart showed for the part opened ("12%"), beside the list's count: a bar
    // labelled "12" opening a list of 7 was read as a mistake. "" for a key figure's list.
    Q_PROPERTY(QString listShare READ listShare NOTIFY listChanged)

public:
    explicit OfficeDashboard(QObject *parent = nullptr);
    ~OfficeDashboard() override;

    // Opens the central database (a SQLite file or a postgresql:// URI) and computes the
    // default report: every facility, the last three calendar months up to today. With
    // createDemo, an empty SQLite database gets a demo of several facilities first.
    Q_INVOKABLE bool open(const QString &location, bool createDemo);
    // The period as YYYY-MM-DD; returns a Dutch message when a date is wrong, else "".
    Q_INVOKABLE QString setPeriod(const QString &from, const QString &to);
    // Computes the figures for the current filters (in the background).
    Q_INVOKABLE void refresh();
    // Fills listTitle/listRows with the detainees behind one part of a chart; false when
    // that part has no list (satisfaction, R5.5). chart: contact, compliance, satisfaction.
    Q_INVOKABLE bool openList(const QString &chart, int category, int series);
    // The same for a key figure (its "kind" in keyFigures).
    Q_INVOKABLE bool openKeyFigureList(const QString &kind);

    bool isOpen() const { return m_store != nullptr; }
    QString errorString() const { return m_errorString; }
    QString databaseName() const { return m_databaseName; }
    QVariantList facilities() const { return m_facilities; }
    QVariantList units() const { return m_units; }
    QString facilityId() const { return QString::fromStdString(m_scope.facilityId); }
    void setFacilityId(const QString &id);
    QString unitId() const { return QString::fromStdString(m_scope.unitId); }
    void setUnitId(const QString &id);
    QString from() const { return QString::fromStdString(m_scope.from.iso()); }
    QString to() const { return QString::fromStdString(m_scope.to.iso()); }
    bool busy() const { return m_busy; }
    bool hasReport() const { return m_report != nullptr; }
    QString scopeLabel() const;
    QString periodLabel() const;
    QString dataUpToLabel() const;
    int present() const;
    QVariantList keyFigures() const;
    QVariantMap contactChart() const;
    QVariantMap complianceChart() const;
    QVariantMap satisfactionChart() const;
    QVariantMap trendChart() const;
    QVariantMap bothViewsChart() const;
    QString listTitle() const { return m_listTitle; }
    QVariantList listRows() const { return m_listRows; }
    QString listShare() const { return m_listShare; }

    // Blocks until the figures being computed are in (screenshots, tests).
    void waitForReport();

signals:
    void opened();
    void unitsChanged();
    void scopeChanged();
    void busyChanged();
    void reportChanged();
    void listChanged();
    void errorChanged();

private:
    void loadUnits();
    void showList(const ronde::FigureSelection &selection, const QString &share = {});
    void reportArrived();

    std::unique_ptr<ronde::Store> m_store; // UI thread: registry and lists
    std::string m_location;                // the worker opens its own connection
    QString m_errorString;
    QString m_databaseName;
    QVariantList m_facilities;
    QVariantList m_units;
    ronde::ReportScope m_scope;
    bool m_busy = false;
    bool m_again = false; // filters changed while computing: compute once more
    // What the worker hands back: the figures, or why there are none.
    struct Computed
    {
        std::shared_ptr<const ronde::Report> report;
        QString error;
    };
    static Computed compute(const std::string &location, const ronde::ReportScope &scope);

    std::shared_ptr<const ronde::Report> m_report;
    QFutureWatcher<Computed> m_watcher;
    QString m_listTitle;
    QVariantList m_listRows;
    QString m_listShare;
};
