import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// A value stepped with two large buttons, "‹ Eerder" and "Later ›", its words between them
// and what it is in front (a contact's day and time). Held down, a button steps on. The
// buttons keep their places in every language.
RowLayout {
    id: stepper
    property string label
    property string text
    // The same for every value, so the buttons do not move; room for the longest day
    // ("donderdag 30 september", "Wednesday 30 September") on one line.
    property int textWidth: 300
    property bool canStepEarlier: true
    property bool canStepLater: true
    property string earlierName
    property string laterName
    signal earlier()
    signal later()
    spacing: Theme.spacing
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    Label {
        text: stepper.label
        Layout.preferredWidth: 80
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }
    FilterButton {
        objectName: stepper.objectName + "Earlier"
        checkable: false
        text: "‹ " + qsTr("Eerder")
        autoRepeat: true
        enabled: stepper.canStepEarlier
        Accessible.name: stepper.earlierName
        onClicked: stepper.earlier()
    }
    Label {
        objectName: stepper.objectName + "Text"
        text: stepper.text
        Layout.preferredWidth: stepper.textWidth
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    FilterButton {
        objectName: stepper.objectName + "Later"
        checkable: false
        text: qsTr("Later") + " ›"
        autoRepeat: true
        enabled: stepper.canStepLater
        Accessible.name: stepper.laterName
        onClicked: stepper.later()
    }
}
