#pragma once

#include "record_form.h"

#include <QStringList>

// Contact vastleggen (R1.5). The role comes from the signed-in user; a plan talk may name
// the other roles that took part (R1.3). Mode, topics, note and satisfaction are optional.
class ContactForm : public RecordForm
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString kind MEMBER m_kind NOTIFY changed)
    Q_PROPERTY(QString mode MEMBER m_mode NOTIFY changed)
    Q_PROPERTY(QStringList topics MEMBER m_topics NOTIFY changed)
    Q_PROPERTY(QStringList otherRoles MEMBER m_otherRoles NOTIFY changed)
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
    // 0: not asked or skipped; 1–5: the detainee's rating (R5.5).
    Q_PROPERTY(int satisfaction MEMBER m_satisfaction NOTIFY changed)

public:
    using RecordForm::RecordForm;
    Q_INVOKABLE bool save();
    Q_INVOKABLE void reset();

signals:
    void changed();

private:
    QString m_kind = "mentorTalk";
    QString m_mode = "inPerson";
    QStringList m_topics;
    QStringList m_otherRoles;
    QString m_note;
    int m_satisfaction = 0;
};
