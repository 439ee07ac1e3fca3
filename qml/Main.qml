import QtQuick
import QtQuick.Controls
import Ronde

// The tablet app's window around the shell.
ApplicationWindow {
    id: window
    required property Session session

    width: 1280
    height: 800
    visible: true
    title: qsTr("Ronde", "naam van de app")
    color: Theme.background

    AppShell {
        id: shell
        objectName: "shell"
        anchors.fill: parent
        session: window.session
    }

    function showPage(name) { return shell.showPage(name) }
}
