#pragma once

#include "model/enums.h"
#include "session.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <map>
#include <string>
#include <vector>

// One detainee for the Gedetineerde page: identity, programme, exclusions, the obligations
// with status and reason (policy engine), the timeline, and the lights of the last reviews.
// Refuses (accessDenied) when the signed-in user may not see this detainee.
class DetaineeModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString detaineeId READ detaineeId WRITE setDetaineeId NOTIFY detaineeIdChanged)
    Q_PROPERTY(bool accessDenied READ accessDenied NOTIFY loaded)
    Q_PROPERTY(QString name READ name NOTIFY loaded)
    Q_PROPERTY(QString number READ number NOTIFY loaded)
    Q_PROPERTY(QString unitName READ unitName NOTIFY loaded)
    // The detainee's mentor, for whoever opens the page: "" when none is assigned yet.
    Q_PROPERTY(QString mentorName READ mentorName NOTIFY loaded)
    Q_PROPERTY(bool mentorIsViewer READ mentorIsViewer NOTIFY loaded)
    Q_PROPERTY(QDate admittedOn READ admittedOn NOTIFY loaded)
    Q_PROPERTY(QString program READ program NOTIFY loaded)
    Q_PROPERTY(bool eligibleForPromotion READ eligibleForPromotion NOTIFY loaded)
    Q_PROPERTY(QStringList exclusions READ exclusions NOTIFY loaded)
    Q_PROPERTY(QVariantList obligations READ obligations NOTIFY loaded)
    Q_PROPERTY(QVariantList decisionsDue READ decisionsDue NOTIFY loaded)
    Q_PROPERTY(QVariantList timeline READ timeline NOTIFY loaded)
    Q_PROPERTY(QVariantList reviews READ reviews NOTIFY loaded)
    // R7.4: whether the questionnaire may be offered now (and by this user), and one line on
    // it for staff: when it was last offered and completed, or from when it may be. Never an
    // answer (R7.3).
    Q_PROPERTY(bool mayOfferQuestionnaire READ mayOfferQuestionnaire NOTIFY loaded)
    Q_PROPERTY(QString questionnaireNote READ questionnaireNote NOTIFY loaded)

public:
    explicit DetaineeModel(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString detaineeId() const { return m_detaineeId; }
    void setDetaineeId(const QString &id);

    bool accessDenied() const { return m_accessDenied; }
    QString name() const { return m_name; }
    QString mentorName() const { return m_mentorName; }
    bool mentorIsViewer() const { return m_mentorIsViewer; }
    QString number() const { return m_number; }
    QString unitName() const { return m_unitName; }
    QDate admittedOn() const { return m_admittedOn; }
    QString program() const { return m_program; }
    bool eligibleForPromotion() const { return m_eligible; }
    QStringList exclusions() const { return m_exclusions; }
    QVariantList obligations() const { return m_obligations; }
    QVariantList decisionsDue() const { return m_decisionsDue; }
    QVariantList timeline() const { return m_timeline; }
    QVariantList reviews() const { return m_reviews; }
    bool mayOfferQuestionnaire() const { return m_mayOfferQuestionnaire; }
    QString questionnaireNote() const { return m_questionnaireNote; }

    static QString domainLabel(const QString &domain);
    // "Besluit: promoveren" and the like, as the timeline names a decision.
    static QString decisionTitle(ronde::DecisionKind decision);
    static QString lightLabel(const QString &light);
    // "Domain: light" for each domain of a review (the timeline, the review page once saved),
    // in the order of the facility's profile (a review held under another profile, before a
    // transfer, has its other domains after them).
    static QStringList lightTexts(const std::map<std::string, ronde::Light> &lights,
                                  const std::vector<std::string> &domainOrder);
    // The domains of those lights in that order, the others after them.
    static std::vector<std::string>
    domainsInOrder(const std::map<std::string, ronde::Light> &lights,
                   const std::vector<std::string> &domainOrder);

public slots:
    void reload();

signals:
    void sessionChanged();
    void detaineeIdChanged();
    void loaded();

private:
    void clear();

    QPointer<Session> m_session;
    QString m_detaineeId;
    QString m_auditedOpen; // the detainee whose opening is in the audit log
    bool m_accessDenied = false;
    QString m_name;
    QString m_number;
    QString m_unitName;
    QString m_mentorName;
    bool m_mentorIsViewer = false;
    QDate m_admittedOn;
    QString m_program;
    bool m_eligible = false;
    QStringList m_exclusions;
    QVariantList m_obligations;
    QVariantList m_decisionsDue;
    QVariantList m_timeline;
    QVariantList m_reviews;
    bool m_mayOfferQuestionnaire = false;
    QString m_questionnaireNote;
};
