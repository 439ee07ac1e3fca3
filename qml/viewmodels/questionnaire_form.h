#pragma once

#include "model/events.h"
#include "policy/questionnaire.h"
#include "record_form.h"

#include <QStringList>
#include <QVariantList>
#include <vector>

// R7.1, R7.2: the detainee's own questionnaire, one question a screen. For each of the six
// professionals "contact in the last four weeks?" (ja / nee / weet ik niet) and, after a yes,
// "how satisfied?" (five faces); then D&R-plan help, then what they want help with (several).
// The detainee can go back, and stop or decline on any screen: that stores the offer alone
// (R7.2). Nothing here shows an answer to anyone but the detainee answering it (R7.3).
class QuestionnaireForm : public RecordForm
{
    Q_OBJECT
    QML_ELEMENT
    // "start", "contact", "satisfaction", "planHelp", "helpWanted", or "done" once stored.
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    // The picture and word the question is about: a professional, the D&R-plan, or nothing.
    Q_PROPERTY(QString subject READ subject NOTIFY screenChanged)
    Q_PROPERTY(QString subjectWord READ subjectWord NOTIFY screenChanged)
    Q_PROPERTY(QString question READ question NOTIFY screenChanged)
    Q_PROPERTY(QString hint READ hint NOTIFY screenChanged)
    // The answers of this screen: {key, word}; the page draws a picture per key.
    Q_PROPERTY(QVariantList options READ options NOTIFY screenChanged)
    // The keys of this screen's answers given so far (shown chosen after going back; the
    // topics turned on). Apart from `options`, so that a tap does not rebuild the buttons.
    Q_PROPERTY(QStringList chosen READ chosen NOTIFY answersChanged)
    // What "Voorlezen" says: the question, its hint and every answer, as on the screen.
    Q_PROPERTY(QString readAloudText READ readAloudText NOTIFY screenChanged)
    Q_PROPERTY(int number READ number NOTIFY screenChanged) // 1 for the first question
    Q_PROPERTY(int count READ count NOTIFY screenChanged)   // questions on the current path
    Q_PROPERTY(bool completed READ completed NOTIFY screenChanged)

public:
    explicit QuestionnaireForm(QObject *parent = nullptr);

    QString screen() const;
    QString subject() const;
    QString subjectWord() const;
    QString question() const;
    QString hint() const;
    QVariantList options() const;
    QStringList chosen() const;
    QString readAloudText() const;
    int number() const { return int(m_at) + 1; }
    int count() const { return int(path().size()); }
    bool completed() const { return m_stored && m_completed; }

    // From the start screen to the first question, when R7.4 allows it today (else
    // errorString says from when). The moment of beginning is the questionnaire's.
    Q_INVOKABLE bool begin();
    // The answer of a one-answer screen ("yes", "no", "dontKnow", or "1"–"5"): then on.
    Q_INVOKABLE void answer(const QString &key);
    // On the help screen: one topic on or off; `next` goes on from there.
    Q_INVOKABLE void toggle(const QString &topic);
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Stores what there is: after the last question the whole questionnaire, before it the
    // offer alone (declined or stopped, R7.2). False, with errorString, when refused.
    Q_INVOKABLE bool stop();
    // Back to the start screen, for the next detainee.
    Q_INVOKABLE void reset();
    // The words again, in the language just chosen.
    Q_INVOKABLE void retranslate() { changed(); }

    // The words of the screens, also for tests that compare them with what is read aloud.
    static QString answerWord(const QString &key);
    // What staff may know of a detainee's questionnaire (R7.3, R7.4), for the detainee page
    // and the rounds list: when it was last filled in or offered, and when it may be again.
    // `mayOffer`: whether this staff member hands it over (a volunteer is told no promise).
    static QString staffNote(const ronde::QuestionnaireTiming &timing, bool left, bool mayOffer);

signals:
    void screenChanged();
    void answersChanged();

private:
    void changed(); // screen and answers
    void forgetAnswers();
    enum class Kind
    {
        Contact,
        Satisfaction,
        PlanHelp,
        HelpWanted
    };
    struct Step
    {
        Kind kind;
        ronde::Role role = ronde::Role::CaseManager;
    };
    // The questions the detainee's answers so far lead through: a satisfaction question only
    // after a yes.
    std::vector<Step> path() const;
    std::optional<Step> current() const; // nothing on the start and done screens
    bool finished() const { return m_begun && m_at >= path().size(); }

    bool m_begun = false;
    int64_t m_begunAtMs = 0; // the hand-over: when the detainee answered
    size_t m_at = 0;
    std::map<ronde::Role, ronde::Answer> m_contact;
    std::map<ronde::Role, int> m_satisfaction;
    std::optional<ronde::Answer> m_planHelp;
    ronde::TopicSet m_helpWanted;
    bool m_stored = false;
    bool m_completed = false;
};
