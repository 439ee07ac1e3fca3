#pragma once

#include "dated_form.h"

#include <QDate>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

// Bespreking (MDO, R3.3, R4.1): a light per domain of the facility's profile, example
// behaviours, a note, and an optional R4.4 justification. After saving it tells whether the
// detainee is now eligible for promotion (R4.2), from the policy engine. It is dated the day
// the MDO met (R3.3, DatedForm).
class ReviewForm : public DatedForm
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList domains READ domains NOTIFY sessionChanged)
    // Example behaviours, what goes well apart from what worries (seed 003).
    Q_PROPERTY(QStringList positiveBehaviours READ positiveBehaviours CONSTANT)
    Q_PROPERTY(QStringList concerningBehaviours READ concerningBehaviours CONSTANT)
    Q_PROPERTY(QVariantMap lights MEMBER m_lights NOTIFY changed)
    Q_PROPERTY(QStringList behaviours MEMBER m_behaviours NOTIFY changed)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
    Q_PROPERTY(QString exceptionJustification MEMBER m_exception NOTIFY changed)
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    Q_PROPERTY(bool eligibleAfterSave READ eligibleAfterSave NOTIFY outcomeChanged)
    // What the last save recorded, for the page that empties after it: the day it was dated
    // and its lights ("Domain: light").
    Q_PROPERTY(QDate savedDay READ savedDay NOTIFY outcomeChanged)
    Q_PROPERTY(QStringList savedLights READ savedLights NOTIFY outcomeChanged)
    // The domains still without a light, once a save found them missing (R4.1: every domain
    // of the profile has one); empty before that and after a save.
    Q_PROPERTY(QStringList missingLights READ missingLights NOTIFY changed)
    // A line when the detainee has a review on the day chosen already ("" otherwise): the MDO
    // meets once, so a second review is for a second meeting; a light chosen wrong is mended
    // by correcting the first. Empty in a correction, which replaces the review of its day.
    Q_PROPERTY(QString earlierOnDay READ earlierOnDay NOTIFY earlierOnDayChanged)
    // The review being corrected (correct()), and the day the MDO met, which the correction
    // keeps; empty and invalid for a new review.
    Q_PROPERTY(QString corrects READ corrects NOTIFY changed)
    Q_PROPERTY(QDate correctedDay READ correctedDay NOTIFY changed)
    // In a correction: whether anything differs from the review it corrects (false otherwise).
    Q_PROPERTY(bool correctionChanges READ correctionChanges NOTIFY changed)
    // In a correction: a line when a decision rests on the review (R4.5), "" otherwise.
    Q_PROPERTY(QString decisionOnIt READ decisionOnIt NOTIFY changed)
    // In a correction: behaviours the review holds that the lists do not offer (chosen in
    // another language), to be kept or left out.
    // Told only when a correction starts or ends: the page's behaviour buttons are made anew
    // from it.
    Q_PROPERTY(QStringList otherBehaviours READ otherBehaviours NOTIFY otherBehavioursChanged)

public:
    explicit ReviewForm(QObject *parent = nullptr);
    // [{domain, label}] of the facility's profile.
    QVariantList domains() const;
    QStringList positiveBehaviours() const;
    QStringList concerningBehaviours() const;
    QString outcome() const { return m_outcome; }
    bool eligibleAfterSave() const { return m_eligible; }
    QDate savedDay() const { return m_savedDay; }
    QStringList savedLights() const { return m_savedLights; }
    QStringList missingLights() const
    {
        return m_showMissing ? domainsWithoutLight() : QStringList();
    }
    Q_INVOKABLE void setLight(const QString &domain, const QString &light);
    Q_INVOKABLE void toggleBehaviour(const QString &behaviour);
    // Starts a correction of the signed-in person's review `reviewId` of this detainee, if it is
    // still current and theirs to correct (model/access.h): the form holds it as it was saved.
    // Otherwise says why and changes nothing.
    Q_INVOKABLE bool correct(const QString &reviewId);
    // Saves the review, or in a correction a new review that names the old one, on its day;
    // a correction that changes nothing is refused.
    Q_INVOKABLE bool save();
    QString earlierOnDay() const;
    QString corrects() const { return QString::fromStdString(m_corrects); }
    QDate correctedDay() const { return m_correctedDay; }
    bool correctionChanges() const;
    QString decisionOnIt() const { return m_decisionOnIt; }
    QStringList otherBehaviours() const;

signals:
    void changed();
    void outcomeChanged();
    void earlierOnDayChanged();
    void otherBehavioursChanged();

private:
    QStringList domainsWithoutLight() const;
    // Says which domains still need a light, by their names; clears the message when none.
    void showMissingLights();
    // After a save: what was recorded, what it means for promotion, and an empty form.
    void showOutcome(const ronde::CaseReview &saved, const ronde::Evaluation &evaluation);

    QVariantMap m_lights;
    QStringList m_behaviours;
    QString m_note;
    QString m_exception;
    QString m_outcome;
    bool m_eligible = false;
    QDate m_savedDay;
    QStringList m_savedLights;
    bool m_showMissing = false;
    QMetaObject::Connection m_sessionChanges;
    // The correction under way: what it names, its moment, and the review as it was (to tell
    // a change from none).
    std::string m_corrects;
    int64_t m_correctedAtMs = 0;
    QDate m_correctedDay;
    struct Fields
    {
        QVariantMap lights;
        QStringList behaviours;
        QString note;
        QString exception;
        bool operator==(const Fields &) const = default;
    };
    Fields m_corrected;
    Fields fields() const;
    QString m_decisionOnIt;
    QString decisionResting(const ronde::CaseReview &review) const;
    bool m_refusedUnchanged = false; // "niets gewijzigd" shown, until something is
};
