#include "office_launcher.h"

#include <QtQml/QQmlExtensionPlugin>

// Both QML modules are static plugins: the office's, and the app's for its Theme and
// components.
Q_IMPORT_QML_PLUGIN(RondePlugin)
Q_IMPORT_QML_PLUGIN(Ronde_OfficePlugin)

int main(int argc, char *argv[])
{
    return runOffice(argc, argv);
}
