#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest/quicktest.h>

// The office's pages under Qt Quick Test, with both QML modules as the office has them.
Q_IMPORT_QML_PLUGIN(RondePlugin)
Q_IMPORT_QML_PLUGIN(Ronde_OfficePlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath("qrc:/qt/qml");
        // Where a test makes its demo database (the office opens files, not ":memory:").
        engine->rootContext()->setContextProperty("testDataDir", m_dir.path());
    }

private:
    QTemporaryDir m_dir;
};

int main(int argc, char **argv)
{
    // Qt Charts draws with QGraphicsView, which needs a QApplication, as ronde-office has.
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "ronde_office_qml", nullptr, &setup);
}

#include "office_main.moc"
