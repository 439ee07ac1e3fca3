#include <QLocale>
#include <QtQml/QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

// The Ronde QML module is a static plugin; the tests import it like the app does.
Q_IMPORT_QML_PLUGIN(RondePlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    // Dutch, as the app runs by default.
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath("qrc:/qt/qml"); }
};

QUICK_TEST_MAIN_WITH_SETUP(ronde_qml, Setup)

#include "main.moc"
