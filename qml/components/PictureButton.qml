import QtQuick
import QtQuick.Controls
import Ronde

// An answer for someone who may read poorly (R7.2): a large picture with its word under it.
// A face (1–5) is drawn; anything else is a picture of the questionnaire's set.
Button {
    id: control
    property string picture   // a file name in images/questionnaire, without ".svg"
    property int face: 0      // 1–5: a drawn face instead of a picture
    property int pictureSize: 96
    checkable: false
    implicitWidth: Math.max(pictureSize + 48, 168)
    // As high as the picture and its words need, wrapped onto three lines if need be.
    implicitHeight: Math.max(pictureSize + 100, contentItem.implicitHeight + topPadding + bottomPadding + 8)
    Accessible.name: text
    contentItem: Column {
        spacing: 8
        Item {
            anchors.horizontalCenter: parent.horizontalCenter
            width: control.pictureSize
            height: control.pictureSize
            Image {
                anchors.fill: parent
                visible: control.face === 0 && control.picture !== ""
                source: visible ? "qrc:/qt/qml/Ronde/images/questionnaire/" + control.picture + ".svg" : ""
                sourceSize: Qt.size(control.pictureSize, control.pictureSize)
                fillMode: Image.PreserveAspectFit
            }
            Face {
                anchors.fill: parent
                visible: control.face > 0
                score: Math.max(control.face, 1)
            }
        }
        Label {
            width: control.availableWidth
            // A chosen answer says so in words too, not only by its colour.
            text: (control.checked ? "✓ " : "") + control.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
    background: Rectangle {
        radius: Theme.radius * 2
        color: control.checked ? Theme.selected : control.down ? Theme.background : Theme.surface
        border.color: Theme.primary
        border.width: control.checked ? 6 : 2
    }
}
