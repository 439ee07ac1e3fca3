import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Ronde
import Ronde.Office

// One chart of the office report, drawn by Qt Charts from the view model's data
// ({title, kind: "bars"|"grouped"|"lines", categories, series: [{name, color, values}], note}).
// Bars are horizontal, first category on top: stacked, or side by side ("grouped", the two
// views of R7.5); lines run over the months.
// Clicking a bar reports which category and series it was, for the list behind it.
// The legend is the chart's own, under it, and wraps: Qt Charts' legend cut long names.
Item {
    id: root
    property var chartData: ({})
    // How the lines are told apart without colour, in the order of the series: the style
    // Qt Charts draws, and the same as dashes ([x, width] in 24 px) for the legend's swatch.
    readonly property var lineStyles: [
        { "style": Qt.SolidLine, "dashes": [[0, 24]] },
        { "style": Qt.DashLine, "dashes": [[0, 9], [14, 10]] },
        { "style": Qt.DotLine, "dashes": [[0, 3], [7, 3], [14, 3], [21, 3]] },
        { "style": Qt.DashDotLine, "dashes": [[0, 9], [13, 3], [20, 4]] }
    ]
    signal partClicked(int category, int series)
    Accessible.name: chartData && chartData.title ? chartData.title : ""
    Accessible.role: Accessible.Chart

    onChartDataChanged: chart.rebuild()

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.bottomMargin: Theme.spacing
        spacing: 4

        ChartView {
            id: chart
            objectName: "chartView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Axes made once and reused: removing series leaves their axes behind.
            property var axes: ({})

            title: root.chartData && root.chartData.title ? root.chartData.title : ""
            titleFont.pixelSize: Theme.fontBody
            titleFont.bold: true
            antialiasing: true
            legend.visible: false
            backgroundRoundness: Theme.radius
            margins { top: 4; bottom: 4; left: 4; right: 4 }
            Component.onCompleted: rebuild()

            function axis(type, settings) {
                var axisObject = axes[type]
                if (!axisObject) {
                    axisObject = Qt.createQmlObject("import QtCharts; " + type + " {}", chart)
                    axes[type] = axisObject
                }
                for (var key in settings)
                    axisObject[key] = settings[key]
                axisObject.labelsFont.pixelSize = Theme.fontSmall - 3
                return axisObject
            }

            // Reads root.chartData itself: a binding of the chart's own to it could still hold
            // the figures before, when this runs on their change.
            function rebuild() {
                const shown = root.chartData
                removeAllSeries()
                stacked = null
                segmentLabels = []
                if (!shown || !shown.categories || shown.categories.length === 0)
                    return
                // The short names when there are some (rule codes), so that labels are not cut off.
                var categories = shown.shortCategories && shown.shortCategories.length > 0 ? shown.shortCategories
                                                                                            : shown.categories
                var count = categories.length
                if (shown.kind === "lines") {
                    var highest = 0
                    for (var s = 0; s < shown.series.length; ++s)
                        for (var v = 0; v < shown.series[s].values.length; ++v)
                            highest = Math.max(highest, shown.series[s].values[v])
                    var months = axis("CategoryAxis", { min: -0.5, max: count - 0.5,
                                                        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue })
                    for (var old = months.count - 1; old >= 0; --old)
                        months.remove(months.categoriesLabels[old])
                    for (var m = 0; m < count; ++m)
                        months.append(categories[m], m)
                    // A top that four steps divide into whole percentages.
                    var top = [4, 8, 20, 40, 60, 80, 100].find(function(t) { return highest <= t }) || 100
                    var share = axis("ValueAxis", { min: 0, max: top, labelFormat: "%.0f%%", tickCount: 5 })
                    // A month not whole in the period is an open point apart from the line
                    // (Chart::partCategories): joined, it made the line leap.
                    var part = shown.partCategories || []
                    for (var i = 0; i < shown.series.length; ++i) {
                        var line = createSeries(ChartView.SeriesTypeLine, shown.series[i].name, months, share)
                        line.color = shown.series[i].color
                        line.width = 3
                        line.pointsVisible = true
                        line.style = root.lineStyles[i % root.lineStyles.length].style
                        var apart = null
                        for (var p = 0; p < count; ++p) {
                            if (!part[p]) {
                                line.append(p, shown.series[i].values[p])
                                continue
                            }
                            if (!apart) {
                                apart = createSeries(ChartView.SeriesTypeScatter, shown.series[i].name + " *", months, share)
                                apart.color = Theme.surface
                                apart.borderColor = shown.series[i].color
                                apart.borderWidth = 3
                                apart.markerSize = 12
                            }
                            apart.append(p, shown.series[i].values[p])
                        }
                    }
                    return
                }
                // Horizontal bars are laid out bottom-up: reverse, so the first category is on top.
                var reversed = categories.slice().reverse()
                var percent = axis("ValueAxis", { min: 0, max: 100, labelFormat: "%.0f%%", tickCount: 5 })
                var names = axis("BarCategoryAxis", { categories: reversed })
                var bars = createSeries(shown.kind === "grouped" ? ChartView.SeriesTypeHorizontalBar
                                                                 : ChartView.SeriesTypeHorizontalStackedBar,
                                        shown.title, percent, names)
                var grouped = shown.kind === "grouped"
                // Each share with "%", as on the axis ("12" over a list of 7 read as a count).
                // Side by side, Qt Charts writes it after its bar; stacked, the page writes it
                // in its part, and only where it fits (segmentLabels): Qt Charts' own labels
                // ran into each other on thin parts.
                bars.labelsVisible = grouped
                bars.labelsFormat = "@value%"
                if (grouped) { // thin bars side by side: wider, each share after its bar
                    bars.barWidth = 0.85
                    bars.labelsPosition = AbstractBarSeries.LabelsOutsideEnd
                } else {
                    stacked = bars
                    Qt.callLater(placeLabels)
                }
                // Side by side, the first set is drawn lowest: add them last to first, so the
                // first series is on top in each category, as in the legend.
                for (var j = 0; j < shown.series.length; ++j) {
                    var k = grouped ? shown.series.length - 1 - j : j
                    var values = shown.series[k].values.slice().reverse().map(function(x) { return Math.round(x) })
                    var set = bars.append(shown.series[k].name, values)
                    set.color = shown.series[k].color
                    // dark on light, white on dark; outside a bar always dark
                    set.labelColor = grouped ? Theme.text : shown.series[k].labelColor
                    set.labelFont.pixelSize = Theme.fontSmall - 2
                }
                bars.clicked.connect(function(index, barset) {
                    for (var n = 0; n < bars.count; ++n) {
                        if (bars.at(n) === barset) {
                            // set n is series n, or the last but n side by side (above)
                            root.partClicked(count - 1 - index, grouped ? bars.count - 1 - n : n)
                            return
                        }
                    }
                })
            }

            // The stacked bars' shares, written in each part wide enough for them.
            property var stacked: null
            property var segmentLabels: []
            onPlotAreaChanged: if (stacked) Qt.callLater(placeLabels)
            function placeLabels() {
                if (!stacked)
                    return
                const placed = []
                const rows = stacked.count > 0 ? stacked.at(0).count : 0
                // A bar as high as the label, too: on a low chart they spilled onto the next.
                const barHeight = Math.abs(mapToPosition(Qt.point(0, stacked.barWidth / 2), stacked).y
                                           - mapToPosition(Qt.point(0, -stacked.barWidth / 2), stacked).y)
                for (let row = 0; row < rows; ++row) {
                    let before = 0
                    for (let n = 0; n < stacked.count; ++n) {
                        const set = stacked.at(n)
                        const value = set.at(row)
                        const from = mapToPosition(Qt.point(before, row), stacked)
                        const to = mapToPosition(Qt.point(before + value, row), stacked)
                        before += value
                        shareWidth.text = value + "%"
                        // (The digits' own height: a line's height with its leading was more than
                        // the bars of a window of 1440 × 900.)
                        if (to.x - from.x >= shareWidth.advanceWidth + 6
                                && barHeight >= shareWidth.tightBoundingRect.height + 2)
                            placed.push({ "x": (from.x + to.x) / 2, "y": from.y, "text": shareWidth.text,
                                          "color": set.labelColor })
                    }
                }
                segmentLabels = placed
            }
            TextMetrics { id: shareWidth; font.pixelSize: Theme.fontSmall - 2 }
            Repeater {
                model: chart.segmentLabels
                delegate: Label {
                    required property var modelData
                    objectName: "segmentLabel"
                    x: modelData.x - width / 2
                    y: modelData.y - height / 2
                    text: modelData.text
                    color: modelData.color
                    font.pixelSize: Theme.fontSmall - 2
                }
            }
        }

        Flow {
            objectName: "chartLegend"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: Theme.spacing
            Repeater {
                model: root.chartData && root.chartData.series ? root.chartData.series : []
                delegate: Row {
                    id: legendEntry
                    required property var modelData
                    required property int index
                    spacing: 6
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: root.chartData.kind !== "lines"
                        width: 14
                        height: 14
                        color: modelData.color
                    }
                    // A line's swatch in its own style, as drawn (solid, dashed, dotted,
                    // dash-dot): the lines are told apart by it, not only by colour.
                    Item {
                        objectName: "lineSwatch"
                        anchors.verticalCenter: parent.verticalCenter
                        visible: root.chartData.kind === "lines"
                        width: 24
                        height: 4
                        Repeater {
                            model: root.lineStyles[legendEntry.index % root.lineStyles.length].dashes
                            delegate: Rectangle {
                                required property var modelData
                                x: modelData[0]
                                width: modelData[1]
                                height: 4
                                color: legendEntry.modelData.color
                            }
                        }
                    }
                    Label {
                        text: modelData.name
                        font.pixelSize: Theme.fontSmall - 2
                        color: Theme.text
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            visible: text.length > 0
            text: root.chartData && root.chartData.note ? root.chartData.note : ""
            font.pixelSize: Theme.fontSmall - 2
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }
}
