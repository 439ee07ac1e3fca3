#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <memory>
#include <utility>

int main(int argc, char *argv[])
{
    // Only a PDF report needs fonts, and so a (windowless) QGuiApplication; serving and the
    // other commands stay without any display code.
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    std::unique_ptr<QCoreApplication> app;
    if (ronde::server::commandPaints(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName("Ronde");
    QCoreApplication::setApplicationName("ronde-server");
    QCoreApplication::setApplicationVersion(RONDE_VERSION);

    // Dutch is the source language; English (and later others) come from .qm files. A locale
    // without a translation (also the bare C locale of a server) gets Dutch, whose file holds
    // the plural forms.
    // The report's words (office/) and the domain's (words/) have catalogues of their own,
    // shared with the app.
    QTranslator translator;
    QTranslator reportWords;
    QTranslator domainWords;
    bool inSystemLanguage = QLocale().language() == QLocale::Dutch;
    for (const auto &[catalogue, name] :
         {std::pair{&translator, "ronde-server"}, std::pair{&reportWords, "ronde-office"},
          std::pair{&domainWords, "ronde-words"}}) {
        const bool found = catalogue->load(QLocale(), name, "_", ":/i18n");
        inSystemLanguage = inSystemLanguage || found;
        if (found || catalogue->load(QString(name) + "_nl", ":/i18n")) {
            QCoreApplication::installTranslator(catalogue);
        }
    }
    // Speaking Dutch, it also writes dates, months and numbers the Dutch way ("12 augustus
    // 2026"), not in the words of a C or other locale it has no translation for.
    if (!inSystemLanguage) {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    return ronde::server::runCommandLine(QCoreApplication::arguments().mid(1), out, err);
}
