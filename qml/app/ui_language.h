#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// The language of the app. Dutch is the source language and the default (also for an unset
// "C" system locale); a system set to another language gets English; a choice made in the app
// (kept in QSettings) or --lang overrides both.
//
// More languages come with a translation file alone: `ronde_<code>.qm` in a translations
// folder (RONDE_TRANSLATIONS, or `translations` beside the program, or
// `../share/ronde/translations`). What such a file leaves out is shown in English. A file
// that translates "QT_LAYOUT_DIRECTION" as "RTL" (Qt's convention), or whose language is
// written right to left, mirrors the layout.
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY codeChanged)
    // Every language there is a translation for: [{code, name}], the name in its own language.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)

public:
    static UiLanguage *create(QQmlEngine *engine, QJSEngine *);

    // At start-up: the override if given, else the saved choice, else the system.
    static void applyAtStart(const QString &override);
    static QString current();
    static QStringList available();
    static bool isAvailable(const QString &code) { return available().contains(code); }

    QString code() const { return current(); }
    bool rightToLeft() const;
    QVariantList languages() const;
    // Switches, remembers the choice, and retranslates the running QML.
    Q_INVOKABLE void choose(const QString &code);
    // Switches for the one holding the tablet now (a detainee answering the questionnaire),
    // without remembering it; `restore` goes back to the remembered choice.
    Q_INVOKABLE void useForNow(const QString &code);
    Q_INVOKABLE void restore();

signals:
    void codeChanged();

private:
    explicit UiLanguage(QQmlEngine *engine);
    static void install(const QString &code);
    void switchTo(const QString &code);
    QQmlEngine *m_engine;
};
