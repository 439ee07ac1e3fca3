import QtQuick
import Ronde

// The day a record is dated, recorded later (R1.5 a talk, R3.3 a review, R4.5 a decision):
// "Vandaag", "Gisteren" or the day's name, stepped a day at a time back to the form's limit.
// `dated` is the form (its daysAgo, maxDaysBack and day).
Stepper {
    required property QtObject dated
    label: qsTr("Dag")
    // At the limit it says so, under the day: "‹ Eerder" greyed out alone leaves one guessing.
    // (Not on a page done with its record, whose stepper is off.)
    readonly property string limit: canStepEarlier || !enabled ? ""
        : dated.daysAgo >= dated.longestBack ? qsTr("hoogstens %1 dagen terug").arg(dated.longestBack)
        : qsTr("eerder kan niet")
    text: (dated.daysAgo === 0 ? qsTr("Vandaag")
           : dated.daysAgo === 1 ? qsTr("Gisteren")
           : dated.day.toLocaleDateString(Qt.locale(), "dddd d MMMM"))
          + (limit === "" ? "" : "\n" + limit)
    canStepEarlier: dated.daysAgo < dated.maxDaysBack
    canStepLater: dated.daysAgo > 0
    earlierName: qsTr("Een dag eerder")
    laterName: qsTr("Een dag later")
    onEarlier: dated.daysAgo += 1
    onLater: dated.daysAgo -= 1
}
