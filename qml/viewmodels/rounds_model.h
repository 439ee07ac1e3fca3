#pragma once

#include "model/registry.h"
#include "policy/my_work.h"
#include "session.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace ronde {
class FacilityEvaluations;
struct Detainee;
class Date;
} // namespace ronde

// The detainees of the facility for the rounds list: filtered by unit and by a search on name
// or number. Loads once per change of session, unit or search; delegates only read roles.
// It opens on "Mijn werk" (policy/my_work.h): what the signed-in person must do, by role, with
// their own caseload first; `mine` false shows every detainee in today's urgency order.
class RoundsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY mineChanged)
    // R7.4: only the detainees who may be offered the questionnaire now (with `mine` off),
    // those never or longest ago offered it first.
    Q_PROPERTY(bool askable READ askable WRITE setAskable NOTIFY askableChanged)
    Q_PROPERTY(QVariantList units READ units NOTIFY unitsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles
    {
        DetaineeIdRole = Qt::UserRole + 1,
        NameRole,
        NumberRole,
        UnitNameRole,
        AdmittedOnRole,
        DaysInCustodyRole,
        LastContactOnRole,
        DaysSinceContactRole,
        DischargedRole,
        UrgencyRole,   // 3 overdue, 2 due today, 1 decision due, 0 nothing pressing
        AttentionRole, // the reason of the most pressing obligation, in the UI language
        ProgramRole,   // "basic", "plus" or "own" (R2.3)
        DoneRole,      // Mijn werk: done today, kept at the bottom so the save is seen
        OwnRole,       // assigned to the signed-in person (a mentor's caseload, a client)
        // Mijn werk with both the person's own and others: the part of the list a row is in
        // ("Uw eigen gedetineerden (5)", "Andere gedetineerden (21)", "Vandaag gedaan (1)"),
        // so that nobody takes the whole list for their own; "" otherwise.
        SectionRole,
        // The row's last contact is the last one the signed-in visitor may see (their
        // organisation's, DOMAIN "Privacy"): "Laatste contact van uw organisatie". Facility
        // staff see anyone's.
        ContactOfViewerRole,
    };
    Q_ENUM(Roles)

    explicit RoundsModel(QObject *parent = nullptr);
    ~RoundsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &unitId);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    bool mine() const { return m_mine; }
    void setMine(bool mine);
    bool askable() const { return m_askable; }
    void setAskable(bool askable);
    // [{id, name}] of the facility's units, for the unit filter.
    QVariantList units() const { return m_units; }

    // The row of a detainee, -1 when not in the list.
    Q_INVOKABLE int rowOf(const QString &detaineeId) const;

public slots:
    void reload();

signals:
    void sessionChanged();
    void unitIdChanged();
    void searchChanged();
    void mineChanged();
    void askableChanged();
    void unitsChanged();
    void countChanged();
    // Around the list read again after records of a few detainees changed (a save, a sync that
    // brought a few), not after a change of filter nor after a big pull: the page keeps the
    // rows in view where they were, rather than going to the top. `changed`: the detainees
    // read again, whose rows may move.
    void listAboutToBeReread(const QStringList &changed);
    void listReread();

private:
    struct Row
    {
        QString id;
        QString name;
        std::string sortName; // surnameSortKey: a Dutch list's order, "Ivo de Boer" under B
        QString number;
        QString unitName;
        QDate admittedOn;
        QDate lastContactOn; // null when there has been no contact
        bool contactOfViewer = false;
        bool discharged = false;
        int urgency = 0;
        int daysOverdue = 0;
        QString attention;
        QString program;
        bool own = false;
        std::optional<ronde::WorkItem> work; // in Mijn werk: why it is there
        bool doneToday() const { return work && work->state == ronde::WorkItem::State::DoneToday; }
        std::optional<ronde::Date> lastOffered; // the questionnaire (askable)
    };

    std::optional<Row> rowFor(const ronde::Detainee &detainee,
                              std::optional<ronde::Date> lastContact) const;
    void sortRows(std::vector<Row> &rows) const;
    // The facility's standing and deadlines on each row: for facility staff (model/access.h).
    bool seesStanding() const;
    // The day of the detainee's last contact the signed-in user may see (model/access.h
    // canSeeContactOf), for a visitor's row.
    std::optional<ronde::Date> lastContactSeen(const std::string &detaineeId) const;
    // The authors lastContactSeen looked up, by id (none: not in the registry); emptied at
    // each reload.
    mutable std::unordered_map<std::string, std::optional<ronde::User>> m_authors;
    void setRows(std::vector<Row> rows);
    // One detainee changed (an event recorded or pulled, a registry update): its row is
    // marked, and the marked rows are read again together, at the next turn of the event
    // loop, with one reset of the list: a sync's fifty changes are one update, not fifty.
    void refreshDetainee(const std::string &detaineeId);
    void refreshMarked();

    QPointer<Session> m_session;
    QString m_unitId;
    QString m_search;
    bool m_mine = true;
    bool m_askable = false;
    ronde::WorkFocus m_focus = ronde::WorkFocus::Assigned;
    ronde::Role m_role = ronde::Role::Office; // the signed-in person's, for PlanTalks
    QVariantList m_units;
    std::vector<Row> m_rows;
    // The rows of each part of Mijn werk (SectionRole), counted when the rows are set.
    struct SectionCounts
    {
        int own = 0;
        int others = 0;
        int done = 0;
        bool mixes = false; // own rows and others', done today or not
    } m_sections;
    QString sectionOf(const Row &row) const;
    // Kept from the last full reload, for refreshing one row.
    QHash<QString, QString> m_unitNames;
    bool m_onlyAssigned = false;
    std::set<std::string> m_assigned; // to the signed-in person
    std::set<std::string> m_marked;   // changed, not yet shown
    // Kept across reloads: after a recorded contact only that detainee is evaluated again.
    std::unique_ptr<ronde::FacilityEvaluations> m_evaluations;
};
