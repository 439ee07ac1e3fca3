import QtQuick
import QtTest
import QtCharts
import Ronde
import Ronde.Office

// The office dashboard's page (R5): the charts show the figures of the selection made, and a
// bar opens the detainees behind it (R5.4).
TestCase {
    id: base
    name: "Office"
    visible: true
    when: windowShown
    width: 1440
    height: 900

    Component { id: dashboardComponent; OfficeDashboard {} }
    Component { id: pageComponent; OfficePage { anchors.fill: parent } }

    // The page goes before its dashboard: a page reading a dashboard that is gone fills the
    // log with errors that would hide real ones.
    property var pages: []
    function cleanup() {
        for (const page of pages)
            page.destroy()
        pages = []
        wait(0)
    }
    function newPage(dashboard) {
        const page = createTemporaryObject(pageComponent, base, { "dashboard": dashboard })
        pages.push(page)
        return page
    }

    property int databases: 0
    function openDemo() {
        const dashboard = createTemporaryObject(dashboardComponent, base)
        verify(dashboard.open(testDataDir + "/office" + (++databases) + ".sqlite", true), dashboard.errorString)
        tryVerify(() => dashboard.hasReport && !dashboard.busy, 30000)
        return dashboard
    }
    function child(parent, name) {
        tryVerify(() => findChild(parent, name) !== null, 5000, "no child " + name)
        return findChild(parent, name)
    }
    // What a stacked bar chart draws: per series, its values from the top category down.
    function drawn(chartItem) {
        const view = child(chartItem, "chartView")
        const bars = view.series(0)
        const out = []
        for (let n = 0; n < bars.count; ++n)
            out.push(bars.at(n).values.slice().reverse())
        return out
    }
    function expected(chartData) {
        return chartData.series.map(s => s.values.map(v => Math.round(v)))
    }

    function test_theChartsShowTheSelectionMade() {
        const dashboard = openDemo()
        const page = newPage(dashboard)
        const chart = child(page, "contactChart")
        waitForRendering(chart)
        compare(drawn(chart), expected(dashboard.contactChart))
        const everywhere = expected(dashboard.contactChart)

        // One facility, one month, as an analyst chooses them; then "Bijwerken" once.
        dashboard.facilityId = dashboard.facilities[1].id
        const month = new Date()
        month.setDate(0) // the last day of the month before
        const last = Qt.formatDate(month, "yyyy-MM-dd")
        // The fields write a day as Dutch people do, and take it so.
        verify(/^\d{1,2}-\d{1,2}-\d{4}$/.test(child(page, "fromField").text), child(page, "fromField").text)
        const shown = dashboard.to.split("-") // year, month, day
        compare(child(page, "toField").text, Number(shown[2]) + "-" + Number(shown[1]) + "-" + shown[0])
        child(page, "fromField").text = Qt.formatDate(month, "1-M-yyyy")
        child(page, "toField").text = Qt.formatDate(month, "d-M-yyyy")
        mouseClick(child(page, "refreshButton"))
        tryVerify(() => !dashboard.busy && dashboard.to === last, 30000)
        verify(JSON.stringify(expected(dashboard.contactChart)) !== JSON.stringify(everywhere),
               "the month of one facility has figures of its own")
        waitForRendering(chart)
        compare(drawn(chart), expected(dashboard.contactChart))
        compare(drawn(child(page, "complianceChart")), expected(dashboard.complianceChart))
    }

    // A stacked part's share is written in it with "%", as on the axis, and only where it
    // fits: Qt Charts' own labels ran into each other on thin parts.
    function test_aSharesLabelFitsItsPart() {
        const dashboard = openDemo()
        const page = newPage(dashboard)
        const view = child(child(page, "complianceChart"), "chartView")
        waitForRendering(view)
        const bars = view.series(0)
        verify(!bars.labelsVisible, "the page writes them")
        // "" when every part has its share written in it or is too small for it (narrower than
        // the share and a margin, or lower than its digits); else what is wrong. Labels are placed a moment after a
        // change of size, so it is asked until it holds.
        const problems = function() {
            const labels = []
            for (let i = 0; i < view.children.length; ++i)
                if (view.children[i].objectName === "segmentLabel")
                    labels.push(view.children[i])
            if (labels.length === 0)
                return "no labels"
            let thin = 0
            for (let row = 0; row < bars.at(0).count; ++row) {
                let before = 0
                for (let n = 0; n < bars.count; ++n) {
                    const value = bars.at(n).at(row)
                    const from = view.mapToPosition(Qt.point(before, row), bars)
                    const to = view.mapToPosition(Qt.point(before + value, row), bars)
                    before += value
                    if (value === 0)
                        continue
                    const inside = labels.filter(l => Math.abs(l.y + l.height / 2 - from.y) < 1
                                                 && l.x >= from.x && l.x + l.width <= to.x)
                    if (inside.length === 1 && inside[0].text !== value + "%")
                        return "part " + row + "/" + n + " says " + inside[0].text + " for " + value
                    if (inside.length === 0) {
                        shareWidth.text = value + "%"
                        const high = Math.abs(view.mapToPosition(Qt.point(0, bars.barWidth / 2), bars).y
                                              - view.mapToPosition(Qt.point(0, -bars.barWidth / 2), bars).y)
                        if (to.x - from.x >= shareWidth.advanceWidth + 6
                                && high >= shareWidth.tightBoundingRect.height + 2)
                            return "part " + row + "/" + n + " (" + value + "%) has room but no label"
                        ++thin
                    }
                }
            }
            return thin > 0 ? "" : "the demo has no part too thin for its share"
        }
        tryVerify(() => problems() === "", 5000, problems())
        // Narrower: placed again, more parts too thin.
        base.width = 900
        tryVerify(() => problems() === "", 5000, "at 900 px: " + problems())
        base.width = 1440
    }
    TextMetrics { id: shareWidth; font.pixelSize: Theme.fontSmall - 2 }

    // A facility chosen shows its own figures at once, not those of the choice before.
    function test_choosingAFacilityShowsItsFigures() {
        const dashboard = openDemo()
        const page = newPage(dashboard)
        const everywhere = JSON.stringify(expected(dashboard.contactChart))
        const choice = child(page, "facilityChoice")
        choice.currentIndex = 2
        choice.activated(2)
        compare(dashboard.facilityId, dashboard.facilities[1].id)
        tryVerify(() => !dashboard.busy && JSON.stringify(expected(dashboard.contactChart)) !== everywhere,
                  30000, "the facility's own figures, without Bijwerken")
    }

    // A month not whole in the period counts fewer days, so more detainees without contact
    // yet: it stands apart from the line as an open point, so that the line does not leap to it.
    function test_aMonthNotWholeStandsApartFromTheLine() {
        const dashboard = openDemo()
        const page = newPage(dashboard)
        const lastMonthEnd = new Date()
        lastMonthEnd.setDate(0)
        const from = new Date(lastMonthEnd.getFullYear(), lastMonthEnd.getMonth() - 2, 1)
        const to = new Date(lastMonthEnd.getFullYear(), lastMonthEnd.getMonth(), 15)
        child(page, "fromField").text = Qt.formatDate(from, "yyyy-MM-dd")
        child(page, "toField").text = Qt.formatDate(to, "yyyy-MM-dd")
        mouseClick(child(page, "refreshButton"))
        tryVerify(() => !dashboard.busy && dashboard.to === Qt.formatDate(to, "yyyy-MM-dd"), 30000)
        const trend = dashboard.trendChart
        compare(trend.partCategories, [false, false, true], "two whole months and half of one")
        verify(trend.note.indexOf("open punt") >= 0, trend.note)
        const view = child(child(page, "trendChart"), "chartView")
        waitForRendering(view)
        let lines = 0
        let apart = 0
        for (let i = 0; i < view.count; ++i) {
            const shown = view.series(i)
            const values = trend.series[Math.floor(i / 2)].values
            if (shown.type === ChartView.SeriesTypeLine) {
                compare(shown.count, 2, "the line over the whole months only")
                compare(shown.at(1).y, values[1])
                ++lines
            } else if (shown.type === ChartView.SeriesTypeScatter) {
                compare(shown.count, 1)
                compare(shown.at(0).x, 2)
                compare(shown.at(0).y, values[2])
                ++apart
            }
        }
        compare(lines, trend.series.length)
        compare(apart, trend.series.length)
    }

    function test_aBarOpensTheDetaineesBehindIt() {
        const dashboard = openDemo()
        const page = newPage(dashboard)
        const chart = child(page, "contactChart")
        waitForRendering(chart)
        const view = child(chart, "chartView")
        // The widest part of the top bar (the first role), clicked in its middle.
        const values = expected(dashboard.contactChart).map(series => series[0])
        let widest = 0
        for (let n = 1; n < values.length; ++n)
            if (values[n] > values[widest])
                widest = n
        let before = 0
        for (let n = 0; n < widest; ++n)
            before += values[n]
        const area = view.plotArea
        const rows = dashboard.contactChart.categories.length
        const x = area.x + area.width * (before + values[widest] / 2) / 100
        const y = area.y + area.height / rows / 2
        let opened = 0
        page.listOpened.connect(() => ++opened)
        const inWindow = view.mapToItem(base, x, y)
        verify(inWindow.y > 0 && inWindow.y < base.height, "the bar is in the window: " + inWindow.y)
        mouseClick(view, x, y)
        compare(opened, 1, "the click opens a list")
        verify(dashboard.listTitle.length > 0)
        verify(dashboard.listRows.length > 0, dashboard.listTitle)
    }
}
