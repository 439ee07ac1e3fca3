import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The idle lock's last seconds, over the page: a count and one large button, so that a mentor
// who is still reading is not signed out (or locked) unawares. Any tap ends it; the tap is
// taken here and does not reach the page below, which could otherwise press a button there.
Rectangle {
    id: warning
    required property Session session
    readonly property int secondsLeft: warning.session.lockWarningSeconds
    color: "#99000000"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: warningText.text

    // Takes the tap; the shell's ActivityFilter has already restarted the clock for it.
    MouseArea { anchors.fill: parent }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 640)
        height: column.implicitHeight + Theme.margin * 2
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.warning
        border.width: 3

        ColumnLayout {
            id: column
            anchors { fill: parent; margins: Theme.margin }
            spacing: Theme.spacing
            Label {
                id: warningText
                objectName: "lockWarningText"
                Layout.fillWidth: true
                // Unsaved input is kept behind the lock screen; without it, the lock signs out.
                text: warning.session.holdsUnsavedWork
                      ? qsTr("De tablet vergrendelt over %n seconde(n).", "", warning.secondsLeft)
                      : qsTr("U wordt over %n seconde(n) afgemeld.", "", warning.secondsLeft)
                font.pixelSize: Theme.fontHeading
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "lockWarningDetail"
                Layout.fillWidth: true
                text: warning.session.holdsUnsavedWork
                      ? qsTr("Wat u invulde, blijft bewaard. Met uw pincode gaat u daarna verder.")
                      : qsTr("Tik op Doorgaan om aangemeld te blijven.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            BigButton {
                objectName: "stayButton"
                Layout.fillWidth: true
                text: qsTr("Doorgaan")
                onClicked: warning.session.noteActivity()
            }
        }
    }
}
