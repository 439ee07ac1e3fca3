import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde
import Ronde.Office

// Kantoor: the R5 report of every facility, read-only. Filters for facility, unit and
// period; key figures; contact per role, compliance per rule, satisfaction per role, the
// monthly trend, and contact according to the records and to the detainees (R7.5). A key figure or a bar opens the detainees behind it.
Page {
    id: page
    required property OfficeDashboard dashboard
    signal listOpened()

    title: qsTr("Kantoor: contact en naleving")
    background: Rectangle { color: Theme.background }

    // A day in the fields as Dutch people write it: 2026-10-01 is 1-10-2026.
    function dayWritten(iso) {
        const [year, month, day] = iso.split("-").map(Number)
        return day + "-" + month + "-" + year
    }
    // The figures of the choice on screen, for the period in its fields (or why not).
    function recompute() {
        periodProblem.text = page.dashboard.setPeriod(fromField.text, toField.text)
        if (periodProblem.text === "")
            page.dashboard.refresh()
    }
    // Brings a part of the page into view (screenshots); false when there is no such part.
    function scrollTo(name) {
        const item = findPart(column, name)
        if (!item)
            return false
        flick.contentY = Math.max(0, Math.min(item.mapToItem(column, 0, 0).y,
                                              flick.contentHeight - flick.height))
        return true
    }
    function findPart(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findPart(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    function openChartList(chartName, category, series) {
        if (dashboard.openList(chartName, category, series))
            page.listOpened()
    }

    // Wide: four tiles in a row and the charts two by two, filling the window. Narrow
    // (portrait): the filters wrap, two tiles a row, one chart a row, and the page scrolls.
    readonly property bool wide: width >= 1200

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 2
        clip: true
        ScrollBar.vertical: ScrollBar { width: 12 }

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.spacing

            // Filters: which facility and unit, which period.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ComboBox {
                    id: facilityChoice
                    objectName: "facilityChoice"
                    indicator: ChoiceArrow { control: facilityChoice }
                    delegate: ChoiceItem { control: facilityChoice }
                    width: 300
                    height: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    textRole: "name"
                    valueRole: "id"
                    model: [{ id: "", name: qsTr("Alle inrichtingen") }].concat(page.dashboard.facilities)
                    Accessible.name: qsTr("Inrichting")
                    // The figures follow the choice: left as they were, those of the choice
                    // before stood under the new name until "Bijwerken".
                    onActivated: { page.dashboard.facilityId = currentValue; page.recompute() }
                }
                ComboBox {
                    id: unitChoice
                    objectName: "unitChoice"
                    indicator: ChoiceArrow { control: unitChoice }
                    delegate: ChoiceItem { control: unitChoice }
                    width: 220
                    height: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    enabled: page.dashboard.facilityId !== ""
                    textRole: "name"
                    valueRole: "id"
                    model: [{ id: "", name: qsTr("Alle afdelingen") }].concat(page.dashboard.units)
                    Accessible.name: qsTr("Afdeling")
                    onActivated: { page.dashboard.unitId = currentValue; page.recompute() }
                }
                Label { text: qsTr("Periode van"); height: Theme.touchTarget; verticalAlignment: Text.AlignVCenter; font.pixelSize: Theme.fontBody; color: Theme.text }
                TextField {
                    id: fromField
                    objectName: "fromField"
                    width: 160
                    height: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    text: page.dayWritten(page.dashboard.from)
                    placeholderText: qsTr("d-m-jjjj")
                    Accessible.name: qsTr("Eerste dag van de periode")
                }
                Label { text: qsTr("tot en met"); height: Theme.touchTarget; verticalAlignment: Text.AlignVCenter; font.pixelSize: Theme.fontBody; color: Theme.text }
                TextField {
                    id: toField
                    objectName: "toField"
                    width: 160
                    height: Theme.touchTarget
                    font.pixelSize: Theme.fontBody
                    text: page.dayWritten(page.dashboard.to)
                    placeholderText: qsTr("d-m-jjjj")
                    Accessible.name: qsTr("Laatste dag van de periode")
                }
                BigButton {
                    objectName: "refreshButton"
                    text: qsTr("Bijwerken")
                    enabled: !page.dashboard.busy
                    onClicked: page.recompute()
                }
            }

            // What the figures cover, and how fresh the data is.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                BusyIndicator {
                    running: page.dashboard.busy
                    visible: running
                    Layout.preferredHeight: Theme.touchTarget
                    Layout.preferredWidth: Theme.touchTarget
                    Accessible.name: qsTr("Cijfers worden berekend")
                }
                Label {
                    objectName: "reportStatus"
                    readonly property bool failed: !page.dashboard.busy && page.dashboard.errorString !== ""
                    Layout.fillWidth: true
                    text: page.dashboard.busy ? qsTr("Cijfers worden berekend…")
                          : failed ? page.dashboard.errorString
                          : page.dashboard.hasReport
                            ? qsTr("%1 · %2 · %n gedetineerde(n) aanwezig · %3", "", page.dashboard.present)
                                  .arg(page.dashboard.scopeLabel).arg(page.dashboard.periodLabel)
                                  .arg(page.dashboard.dataUpToLabel)
                            : ""
                    font.pixelSize: Theme.fontBody
                    font.bold: failed
                    color: failed ? Theme.danger : Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    id: periodProblem
                    objectName: "periodProblem"
                    visible: text.length > 0
                    text: ""
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.danger
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: page.wide ? 4 : 2
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                Repeater {
                    model: page.dashboard.keyFigures
                    KeyFigureTile {
                        required property var modelData
                        objectName: "keyFigure_" + modelData.kind
                        Layout.fillWidth: true
                        Layout.fillHeight: true // tiles of a row as high as each other
                        Layout.preferredWidth: 1
                        percent: modelData.percent
                        detail: modelData.detail
                        label: modelData.label
                        onClicked: if (page.dashboard.openKeyFigureList(modelData.kind)) page.listOpened()
                    }
                }
            }

            GridLayout {
                id: charts
                Layout.fillWidth: true
                // Wide: the rest of the window, two rows; narrow: a readable height each.
                readonly property real chartHeight: page.wide
                    ? Math.max(340, (flick.height - y - Theme.margin * 2 - rowSpacing) / 2) : 460
                columns: page.wide ? 2 : 1
                rowSpacing: Theme.spacing
                columnSpacing: Theme.spacing
                ReportChart {
                    objectName: "contactChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: charts.chartHeight
                    chartData: page.dashboard.contactChart
                    onPartClicked: (category, series) => page.openChartList("contact", category, series)
                }
                ReportChart {
                    objectName: "complianceChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: charts.chartHeight
                    chartData: page.dashboard.complianceChart
                    onPartClicked: (category, series) => page.openChartList("compliance", category, series)
                }
                ReportChart {
                    objectName: "satisfactionChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: charts.chartHeight
                    chartData: page.dashboard.satisfactionChart
                }
                ReportChart {
                    objectName: "trendChart"
                    Layout.fillWidth: true
                    Layout.preferredHeight: charts.chartHeight
                    chartData: page.dashboard.trendChart
                }
                // R7.5: contact according to the records and according to the detainees.
                ReportChart {
                    objectName: "bothViewsChart"
                    Layout.fillWidth: true
                    Layout.columnSpan: page.wide ? 2 : 1
                    Layout.preferredHeight: charts.chartHeight
                    chartData: page.dashboard.bothViewsChart
                }
            }
        }
    }
}
