#pragma once

#include "record_form.h"
#ifndef Q_MOC_RUN // moc does not read C++20's concepts, which dates use
#include "contact_moment.h"
#endif

#include <QDate>
#include <QStringList>
#include <QVariantMap>
#include <optional>
#include <string>

// Contact vastleggen (R1.5). The role comes from the signed-in user; a plan talk may name
// the other roles that took part (R1.3). Mode, topics, note and satisfaction are optional.
// It also corrects a contact (DESIGN "Core": a new contact that names the old one):
// `correct(id)` fills the form with a contact the signed-in person recorded (model/access.h),
// and `save()` then writes the correction, on the old one's moment unless it was stepped,
// and with its rating kept unseen (DOMAIN "Privacy": nobody on a tablet sees a rating).
class ContactForm : public RecordForm
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY changed)
    Q_PROPERTY(QString mode MEMBER m_mode NOTIFY changed)
    Q_PROPERTY(QStringList topics MEMBER m_topics NOTIFY changed)
    Q_PROPERTY(QStringList otherRoles MEMBER m_otherRoles NOTIFY changed)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
    // 0: not asked or skipped; 1–5: the detainee's rating (R5.5). Always 0 in a correction.
    Q_PROPERTY(int satisfaction MEMBER m_satisfaction NOTIFY changed)
    // The id of the contact being corrected; empty for a new one.
    Q_PROPERTY(QString corrects READ corrects NOTIFY changed)
    // The day of the contact being corrected.
    Q_PROPERTY(QDate correctedDay READ correctedDay NOTIFY changed)
    // When a new contact took place (R1.5, ContactMoment): the day, as days before today (0 to
    // maxDaysBack), and the time of day in minutes, or -1 for "Nu" (the moment the form was
    // opened). A talk recorded the next morning is dated when it was held. A correction
    // starts at its contact's moment (to the quarter) and keeps it to the minute unless it
    // is stepped (a talk recorded on the wrong day).
    Q_PROPERTY(int daysAgo READ daysAgo WRITE setDaysAgo NOTIFY changed)
    Q_PROPERTY(int minuteOfDay READ minuteOfDay NOTIFY changed)
    // The time of day "Nu" stands for, shown beside it.
    Q_PROPERTY(int openedMinute READ openedMinute NOTIFY changed)
    // Not after the day the form was opened (a form left open overnight stops at that day).
    Q_PROPERTY(bool canStepDayLater READ canStepDayLater NOTIFY changed)
    Q_PROPERTY(bool canStepTimeEarlier READ canStepTimeEarlier NOTIFY changed)
    Q_PROPERTY(bool canStepTimeLater READ canStepTimeLater NOTIFY changed)
    Q_PROPERTY(QDate day READ day NOTIFY changed)
    // Whether the moment can be stepped: for a new contact, and for a correction of one within
    // maxDaysBack (further back, the day's stepper could not keep it).
    Q_PROPERTY(bool momentMovable READ momentMovable NOTIFY changed)
    // A line for a new contact, or a correction moved onto another day, when the signed-in
    // person recorded one of the same kind with this detainee on the day chosen already (""
    // otherwise): a second one is allowed (two
    // talks in a day happen), but a double tap on the rounds, or yesterday's talk recorded
    // twice, should not go unnoticed. Read again when the detainee, kind or day changes, not
    // at every letter of the note, nor after the save (the page slides out with its words).
    Q_PROPERTY(QString earlierOnDay READ earlierOnDay NOTIFY earlierOnDayChanged)
    // How far back the day goes: kMaxDaysBack, and not before the detainee's admission.
    Q_PROPERTY(int maxDaysBack READ maxDaysBack NOTIFY changed)
    // Whether the form holds something else than it started with (empty, or the contact being
    // corrected): "Terug" then asks before it throws that away.
    Q_PROPERTY(bool unsaved READ unsaved NOTIFY changed)
    // What is filled in, to keep while it is not saved (AppShell: a paused form survives the
    // app's end); empty when nothing is unsaved. `resume` fills a new form with it again.
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY changed)

public:
    explicit ContactForm(QObject *parent = nullptr);
    Q_INVOKABLE bool save();
    Q_INVOKABLE void reset();
    // Starts a correction of the signed-in person's contact `contactId` of this detainee, if it
    // is still current. Says why not in errorString, and changes nothing, otherwise.
    Q_INVOKABLE bool correct(const QString &contactId);
    // Fills the form with a draft (see `draft`); false, with errorString, when the contact it
    // corrects cannot be corrected any more (correct()). The moment is the draft's: a talk
    // held yesterday and resumed today is still dated yesterday.
    Q_INVOKABLE bool resume(const QVariantMap &draft);
    QVariantMap draft() const;

    // A quarter earlier (-1) or later (+1); never past "Nu".
    Q_INVOKABLE void stepTime(int direction);

    int daysAgo() const;
    void setDaysAgo(int days);
    int minuteOfDay() const;
    int openedMinute() const { return m_moment.openedMinute(); }
    bool canStepDayLater() const { return m_moment.day() < m_moment.openedOn(); }
    bool canStepTimeEarlier() const { return m_moment.canStepEarlier(); }
    bool canStepTimeLater() const { return m_moment.canStepLater(); }
    QDate day() const;
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString earlierOnDay() const { return m_earlierOnDay; }
    QString corrects() const { return QString::fromStdString(m_corrects); }
    QDate correctedDay() const { return m_correctedDay; }
    bool unsaved() const { return fields() != m_start; }
    bool momentMovable() const { return m_corrects.empty() || m_momentMovable; }

signals:
    void changed();
    void earlierOnDayChanged();

private:
    // What can be filled in, in a form that compares (lists sorted, the note trimmed).
    struct Fields
    {
        QString mode = "inPerson";
        QStringList topics;
        QStringList otherRoles;
        QString note;
        int satisfaction = 0;
        ContactMoment moment;
        bool operator==(const Fields &) const = default;
    };
    Fields fields() const;

    QString m_kind = "mentorTalk";
    QString m_mode = "inPerson";
    QStringList m_topics;
    QStringList m_otherRoles;
    QString m_note;
    int m_satisfaction = 0;
    ContactMoment m_moment;
    QMetaObject::Connection m_dayTurned;
    QMetaObject::Connection m_sessionChanges;
    QString m_earlierOnDay;
    void refreshEarlierOnDay();
    QString lineForEarlierOnDay() const;
    // "Nu" from the store's clock (once the session is set, and again after a save).
    void startMoment();
    Fields m_start;
    // The correction under way, if any: what it names, and what it keeps of the old contact
    // (its rating the store keeps).
    std::string m_corrects;
    QDate m_correctedDay;
    int64_t m_correctedAtMs = 0;
    bool m_refusedUnchanged = false; // the error shown is that nothing changed
    // A correction whose moment was stepped away from its contact's.
    bool momentMoved() const;
    // The contact's moment as the correction's steppers start at it.
    ContactMoment correctedMoment(int64_t openedAtMs) const;
    bool m_momentMovable = false; // the corrected contact is within maxDaysBack
};
