#include "cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName("Ronde");
    QCoreApplication::setApplicationName("ronde-server");
    QCoreApplication::setApplicationVersion(RONDE_VERSION);

    // Dutch is the source language; English (and later others) come from .qm files. A locale
    // without a translation (also the bare C locale of a server) gets Dutch, whose file holds
    // the plural forms.
    QTranslator translator;
    if (translator.load(QLocale(), "ronde-server", "_", ":/i18n") ||
        translator.load("ronde-server_nl", ":/i18n")) {
        QCoreApplication::installTranslator(&translator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    return ronde::server::runCommandLine(app.arguments().mid(1), out, err);
}
