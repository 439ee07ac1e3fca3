#include "ui_language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace {

QString systemChoice()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Dutch || system.language() == QLocale::C ? "nl" : "en";
}

// One pair of translators for the whole app, replaced on every switch.
QTranslator &ours()
{
    static QTranslator translator;
    return translator;
}

// The report's words (office/), shared with ronde-server.
QTranslator &reportWords()
{
    static QTranslator translator;
    return translator;
}

// The domain's words (words/), shared by every program.
QTranslator &domainWords()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtOwn()
{
    static QTranslator translator;
    return translator;
}

QString &activeCode()
{
    static QString code = "nl";
    return code;
}

} // namespace

UiLanguage::UiLanguage(QQmlEngine *engine)
    : m_engine(engine)
{}

UiLanguage *UiLanguage::create(QQmlEngine *engine, QJSEngine *)
{
    return new UiLanguage(engine);
}

QString UiLanguage::current()
{
    return activeCode();
}

void UiLanguage::install(const QString &code)
{
    activeCode() = code;
    QLocale::setDefault(code == "nl" ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                                     : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCoreApplication::removeTranslator(&ours());
    QCoreApplication::removeTranslator(&qtOwn());
    QCoreApplication::removeTranslator(&reportWords());
    QCoreApplication::removeTranslator(&domainWords());
    // The Dutch file matters too: it holds the plural forms ("1 dag", "3 dagen").
    if (ours().load(code == "nl" ? ":/i18n/ronde_nl.qm" : ":/i18n/ronde_en.qm")) {
        QCoreApplication::installTranslator(&ours());
    }
    if (reportWords().load(code == "nl" ? ":/i18n/ronde-office_nl.qm"
                                        : ":/i18n/ronde-office_en.qm")) {
        QCoreApplication::installTranslator(&reportWords());
    }
    if (domainWords().load(code == "nl" ? ":/i18n/ronde-words_nl.qm"
                                        : ":/i18n/ronde-words_en.qm")) {
        QCoreApplication::installTranslator(&domainWords());
    }
    if (qtOwn().load(QLocale(), "qtbase", "_",
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtOwn());
    }
}

void UiLanguage::applyAtStart(const QString &override)
{
    QString code = override;
    if (code.isEmpty()) {
        code = QSettings().value("language").toString();
    }
    if (code != "nl" && code != "en") {
        code = systemChoice();
    }
    install(code);
}

void UiLanguage::choose(const QString &code)
{
    if ((code != "nl" && code != "en") || code == current()) {
        return;
    }
    QSettings().setValue("language", code);
    install(code);
    if (m_engine) {
        m_engine->retranslate();
    }
    emit codeChanged();
}
