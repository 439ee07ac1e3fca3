import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde
import Ronde.Office

// The office window (ronde-office, desktop): the dashboard, and the lists it opens.
ApplicationWindow {
    id: window
    required property OfficeDashboard dashboard

    // What the dashboard is laid out for; the launcher fits it to a smaller screen.
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
            TitleButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "‹ " + qsTr("Terug")
                font.pixelSize: Theme.fontTitle
                Layout.preferredHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug")
                onClicked: stack.pop()
            }
            // Narrow: the title may take two lines and the source stacks, so nothing is cut.
            Label {
                Layout.fillWidth: true
                text: stack.currentItem ? stack.currentItem.title : ""
                color: Theme.textOnPrimary
                font.pixelSize: window.width >= 1200 ? Theme.fontHeading : Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                lineHeight: 0.9
            }
            Label {
                text: window.width >= 1200 ? qsTr("Alleen lezen · %1").arg(window.dashboard.databaseName)
                                           : qsTr("Alleen lezen") + "\n" + window.dashboard.databaseName
                color: Theme.textOnPrimary
                font.pixelSize: window.width >= 1200 ? Theme.fontBody : Theme.fontSmall
                horizontalAlignment: Text.AlignRight
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

    // For screenshots and tests: the page scrolled to the chart of both views (R7.5).
    function showBothViews() {
        return stack.currentItem.scrollTo("bothViewsChart")
    }

    // For screenshots and tests: the list behind a figure.
    function showList(kind) {
        if (!dashboard.openKeyFigureList(kind))
            return false
        stack.push(listPage, {}, StackView.Immediate)
        return true
    }
}
