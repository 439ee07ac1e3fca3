import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The line at the bottom of every page: what is waiting to be sent, and where we stand.
ToolBar {
    id: bar
    required property Session session

    implicitHeight: Theme.touchTarget
    background: Rectangle { color: Theme.surface; border.color: Theme.divider }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing * 2

        Label {
            text: bar.session.pendingChanges === 0
                  ? qsTr("Alles bewaard op dit apparaat")
                  : qsTr("%n wijziging(en) wachten op synchronisatie", "", bar.session.pendingChanges)
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            Accessible.name: text
        }
        Label {
            text: qsTr("Niet gekoppeld aan een server")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Accessible.name: text
        }
        Item { Layout.fillWidth: true }
        Label {
            text: bar.session.today.toLocaleDateString(Qt.locale(), Locale.LongFormat)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Accessible.name: text
        }
    }
}
