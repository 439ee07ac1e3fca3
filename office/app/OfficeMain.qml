import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde
import Ronde.Office

// The office window (ronde-office, desktop): the dashboard, and the lists it opens.
ApplicationWindow {
    id: window
    required property OfficeDashboard dashboard

    width: 1440
    height: 900
    visible: true
    title: qsTr("Ronde · kantoor")
    color: Theme.background

    ToolBar {
        id: titleBar
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Theme.touchTarget + 8
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "‹ " + qsTr("Terug")
                font.pixelSize: Theme.fontTitle
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug")
                contentItem: Text { text: parent.text; font: parent.font; color: Theme.textOnPrimary; verticalAlignment: Text.AlignVCenter }
                onClicked: stack.pop()
            }
            Label {
                Layout.fillWidth: true
                text: stack.currentItem ? stack.currentItem.title : ""
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontHeading
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("Alleen lezen · %1").arg(window.dashboard.databaseName)
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBody
            }
        }
    }

    StackView {
        id: stack
        objectName: "officeStack"
        anchors { left: parent.left; right: parent.right; top: titleBar.bottom; bottom: parent.bottom }
        initialItem: OfficePage {
            dashboard: window.dashboard
            onListOpened: stack.push(listPage)
        }
    }

    Component {
        id: listPage
        OfficeListPage { dashboard: window.dashboard }
    }

    // For screenshots and tests: the list behind a figure.
    function showList(kind) {
        if (!dashboard.openKeyFigureList(kind))
            return false
        stack.push(listPage, {}, StackView.Immediate)
        return true
    }
}
