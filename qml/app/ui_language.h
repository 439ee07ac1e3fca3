#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// The language of the app. Dutch is the source language and the default (also for an unset
// "C" system locale); a system set to another language gets English; a choice made in the app
// (kept in QSettings) or --lang overrides both.
class UiLanguage : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)

public:
    static UiLanguage *create(QQmlEngine *engine, QJSEngine *);

    // At start-up: the override ("nl"/"en") if given, else the saved choice, else the system.
    static void applyAtStart(const QString &override);
    static QString current();

    QString code() const { return current(); }
    // Switches, remembers the choice, and retranslates the running QML.
    Q_INVOKABLE void choose(const QString &code);

signals:
    void codeChanged();

private:
    explicit UiLanguage(QQmlEngine *engine);
    static void install(const QString &code);
    QQmlEngine *m_engine;
};
