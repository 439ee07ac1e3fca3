#include "app/launcher.h"

#include <QtQml/QQmlExtensionPlugin>

// The QML module is a static plugin: pull it into the binary.
Q_IMPORT_QML_PLUGIN(RondePlugin)

int main(int argc, char *argv[])
{
    return runRonde(argc, argv);
}
