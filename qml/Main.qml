import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The tablet app's window: a title bar, the page stack and the status bar.
ApplicationWindow {
    id: window
    required property Session session

    width: 1280
    height: 800
    visible: true
    title: qsTr("Ronde")
    color: Theme.background

    header: ToolBar {
        implicitHeight: Theme.touchTarget + 8
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            Label {
                text: stack.currentItem ? stack.currentItem.title : qsTr("Ronde")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontHeading
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                text: window.session.facilityName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
            }
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: window.session.facilityId !== "" ? roundsPage : notEnrolledPage
    }

    Component {
        id: roundsPage
        RoundsPage { session: window.session }
    }

    Component {
        id: notEnrolledPage
        Page {
            title: qsTr("Ronde")
            background: Rectangle { color: Theme.background }
            Label {
                anchors.centerIn: parent
                width: parent.width * 0.7
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                text: window.session.errorString !== ""
                      ? window.session.errorString
                      : qsTr("Dit apparaat is nog niet aan een inrichting gekoppeld. "
                             + "Start met --demo om Ronde te proberen met een demo-inrichting.")
                font.pixelSize: Theme.fontTitle
                color: Theme.text
            }
        }
    }

    footer: StatusBar { session: window.session }
}
