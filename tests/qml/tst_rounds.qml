import QtQuick
import QtQuick.Controls
import QtTest
import Ronde

// The rounds page on the demo facility (60 detainees, two units of 30).
TestCase {
    id: testCase
    name: "RoundsPage"
    when: windowShown
    width: 1280
    height: 800

    Session { id: testSession }

    Component {
        id: pageComponent
        RoundsPage {
            width: testCase.width
            height: testCase.height
            session: testSession
        }
    }

    function initTestCase() {
        verify(testSession.open(":memory:", true), testSession.errorString)
        compare(testSession.facilityName.indexOf("PI "), 0)
    }

    function test_listsEveryDetaineeOfTheFacility() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "roundsList")
        verify(list)
        compare(list.count, 60)
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(list.itemAtIndex(0).name.length > 0)
    }

    function test_filtersByUnit() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "roundsList")
        const model = list.model
        compare(model.units.length, 2)
        model.unitId = model.units[0].id
        compare(list.count, 30)
        for (let i = 0; i < list.count; ++i)
            compare(model.data(model.index(i, 0), RoundsModel.UnitNameRole), model.units[0].name)
        model.unitId = ""
        compare(list.count, 60)
    }

    function test_searchesByNameAndNumber() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "roundsList")
        const field = findChild(page, "searchField")
        const model = list.model
        const number = model.data(model.index(5, 0), RoundsModel.NumberRole)
        field.text = number
        compare(list.count, 1)
        compare(model.data(model.index(0, 0), RoundsModel.NumberRole), number)

        const name = model.data(model.index(0, 0), RoundsModel.NameRole)
        field.text = name.toUpperCase()
        verify(list.count >= 1, "search ignores case")

        field.text = "niemand-heet-zo"
        compare(list.count, 0)
    }

    function test_touchTargetsAreAtLeast48Pixels() {
        const page = createTemporaryObject(pageComponent, testCase)
        const field = findChild(page, "searchField")
        verify(field.height >= 48, "search field " + field.height)
        const list = findChild(page, "roundsList")
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(list.itemAtIndex(0).height >= 48)
    }
}
