import QtQuick
import QtQuick.Controls
import Ronde

// A search box for gloved hands: a full touch target, and a large "✕" that empties it.
TextField {
    id: field
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontBody
    inputMethodHints: Qt.ImhNoPredictiveText
    rightPadding: clearButton.visible ? clearButton.width + 4 : leftPadding
    Accessible.name: placeholderText
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: field.activeFocus ? Theme.primary : Theme.textMuted
        border.width: field.activeFocus ? 2 : 1
    }

    AbstractButton {
        id: clearButton
        objectName: "clearSearch"
        visible: field.text.length > 0
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: Theme.touchTarget
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Zoekveld leegmaken")
        onClicked: field.clear()
        contentItem: Text {
            text: "✕"
            font.pixelSize: Theme.fontTitle
            color: Theme.textMuted
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle { color: clearButton.down ? Theme.background : "transparent"; radius: Theme.radius }
    }
}
