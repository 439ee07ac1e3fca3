import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Bespreking (MDO): a light per domain of the profile, example behaviours and a note
// (R4.1); an orange may carry a justification (R4.4). Afterwards: eligible for promotion?
// With `corrects` set it corrects the signed-in person's own review (ReviewForm.correct):
// filled in as it was, on the day the MDO met; saved, it goes back to the timeline (done).
Page {
    id: page
    required property Session session
    required property string detaineeId
    required property string detaineeName
    property string corrects: ""
    readonly property bool correcting: corrects !== ""
    property date correctedDay
    signal done()

    title: correcting ? qsTr("Bespreking corrigeren") : qsTr("Bespreking (MDO)")
    background: Rectangle { color: Theme.background }

    // What the shell says once a correction is saved: that, and what it means for promotion.
    function savedMessage() {
        return qsTr("Gecorrigeerd: bespreking van %1.").arg(detaineeName) + " " + form.outcome
    }

    // What was filled in and is not yet saved: "Terug" asks first (AppShell). In a correction:
    // what differs from the review as it was.
    readonly property bool unsaved: correcting ? form.correctionChanges
        : Object.keys(form.lights).length > 0 || form.behaviours.length > 0
          || form.note.trim() !== "" || form.exceptionJustification.trim() !== ""
          || form.daysAgo > 0
    // The same, for the shell to keep in the database while it is not saved, and to fill the
    // page with again when the app starts anew (Session.keepDraft), its day included.
    readonly property string draftKind: "review"
    readonly property var draft: !unsaved ? ({})
        : { "lights": form.lights, "behaviours": form.behaviours, "note": form.note,
            "exceptionJustification": form.exceptionJustification, "day": form.dayChosen,
            "corrects": form.corrects }
    // The review just saved is shown under the form until a new one is begun.
    // A correction says it in the shell's notice, on the timeline it goes back to.
    readonly property bool showsSaved: form.outcome !== "" && !unsaved && !correcting
    function resume(kept) {
        // A correction is filled in again only while its review is still current (corrected
        // meanwhile on another tablet, it is not).
        if ((kept.corrects || "") !== form.corrects)
            return false
        if (!correcting)
            form.dayChosen = kept.day || ""
        form.lights = kept.lights || {}
        form.behaviours = kept.behaviours || []
        form.note = kept.note || ""
        form.exceptionJustification = kept.exceptionJustification || ""
        return true
    }
    // Read once for all rows: the form looks the facility's domains up for it.
    readonly property var missingLights: form.missingLights
    ReviewForm {
        id: form
        objectName: "reviewForm"
        session: page.session
        detaineeId: page.detaineeId
        onSaved: if (page.correcting) page.done()
        // Once the form knows its detainee. The day is kept on the page: the form forgets it
        // at the save, while the page slides out.
        Component.onCompleted: {
            if (page.correcting && correct(page.corrects))
                page.correctedDay = correctedDay
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.margin * 2
        clip: true
        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.margin

            Label {
                text: qsTr("Bespreking van %1").arg(page.detaineeName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "reviewByline"
                visible: page.correcting
                text: qsTr("MDO van %1, vastgelegd door u. Uw correctie vervangt wat u toen vastlegde; het oude blijft bewaard.")
                      .arg(page.correctedDay.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // R4.5: a decision that rests on the review stays as it was; said before the change.
            Label {
                objectName: "reviewDecisionOnIt"
                visible: page.correcting && form.decisionOnIt !== ""
                text: form.decisionOnIt
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                padding: Theme.spacing
                background: Rectangle { color: Theme.surface; border.color: Theme.warning; border.width: 2; radius: Theme.radius }
            }
            // The day the MDO met (R3.3): recorded the day after, it is dated when it was held.
            // A correction keeps the day of the review it corrects.
            DayStepper {
                objectName: "reviewDay"
                visible: !page.correcting
                dated: form
            }

            Repeater {
                model: form.domains
                // Landscape: the domain beside its lights, so that the form fits above "opslaan".
                delegate: GridLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    columns: page.width >= 1000 ? 2 : 1
                    columnSpacing: Theme.margin
                    rowSpacing: 6
                    Label {
                        readonly property bool missing: page.missingLights.indexOf(modelData.domain) >= 0
                        objectName: "domain_" + modelData.domain
                        text: (missing ? "⚠ " : "") + modelData.label
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: missing ? Theme.danger : Theme.text
                        wrapMode: Text.WordWrap
                        Layout.preferredWidth: page.width >= 1000 ? 320 : -1
                        Layout.fillWidth: page.width < 1000
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Repeater {
                            model: [{ "light": "green", "word": qsTr("Groen"), "mark": "●" },
                                    { "light": "orange", "word": qsTr("Oranje"), "mark": "▲" },
                                    { "light": "red", "word": qsTr("Rood"), "mark": "■" }]
                            delegate: Button {
                                required property var modelData
                                property string domain: parent.parent.modelData.domain
                                readonly property bool chosen: form.lights[domain] === modelData.light
                                readonly property color tone: modelData.light === "green" ? Theme.ok
                                                            : modelData.light === "orange" ? Theme.warning : Theme.danger
                                objectName: "light_" + domain + "_" + modelData.light
                                Layout.preferredWidth: 170
                                Layout.preferredHeight: Theme.touchTarget
                                Accessible.name: parent.parent.modelData.label + ": " + modelData.word
                                onClicked: form.setLight(domain, modelData.light)
                                contentItem: Text {
                                    text: modelData.mark + " " + modelData.word
                                    font.pixelSize: Theme.fontBody
                                    font.bold: parent.chosen
                                    color: parent.chosen ? Theme.textOnPrimary : parent.tone
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                }
                                background: Rectangle {
                                    radius: Theme.radius
                                    color: parent.chosen ? parent.tone : Theme.surface
                                    border.color: parent.tone
                                    border.width: 2
                                }
                            }
                        }
                    }
                }
            }

            // What goes well and what worries, apart: one list mixed them. A correction also
            // shows what the review holds in another language, to keep or leave out.
            Repeater {
                model: [{ "title": qsTr("Gedrag dat goed gaat"), "items": form.positiveBehaviours, "mark": "+" },
                        { "title": qsTr("Gedrag dat zorgen geeft"), "items": form.concerningBehaviours, "mark": "!" }]
                       .concat(form.otherBehaviours.length > 0
                               ? [{ "title": qsTr("Ook vastgelegd"), "items": form.otherBehaviours, "mark": "" }] : [])
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 6
                    Label { text: modelData.title; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Repeater {
                            model: modelData.items
                            delegate: FilterButton {
                                required property string modelData
                                text: modelData
                                checked: form.behaviours.indexOf(modelData) >= 0
                                Accessible.name: text
                                onClicked: form.toggleBehaviour(modelData)
                            }
                        }
                    }
                }
            }

            Label { text: qsTr("Notitie (optioneel)"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            TextArea {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget * 1.5
                text: form.note
                onTextChanged: form.note = text
                font.pixelSize: Theme.fontBody
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.surface; border.color: Theme.divider; radius: Theme.radius }
                Accessible.name: qsTr("Notitie")
            }
            Label {
                text: qsTr("Uitzondering (verstandelijke beperking of psychiatrische stoornis): toelichting")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TextField {
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
                text: form.exceptionJustification
                onTextChanged: form.exceptionJustification = text
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Toelichting uitzondering")
            }
        }
    }

    // Always in reach, whatever the form's length.
    footer: Rectangle {
        color: Theme.surface
        implicitHeight: footerColumn.implicitHeight + Theme.spacing * 2
        Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.divider }
        ColumnLayout {
            id: footerColumn
            x: Theme.margin
            y: Theme.spacing
            width: parent.width - Theme.margin * 2
            spacing: Theme.spacing
            // Beside the button, whatever the form's length: that it was saved, and what it
            // means for promotion.
            Label {
                objectName: "reviewOutcome"
                visible: page.showsSaved
                text: (form.savedDay < page.session.today // dated before today (never when none)
                       ? qsTr("✓ Bespreking van %1 opgeslagen.").arg(form.savedDay.toLocaleDateString(Qt.locale(), "dddd d MMMM"))
                       : qsTr("✓ Bespreking opgeslagen.")) + " " + form.outcome
                color: form.eligibleAfterSave ? Theme.ok : Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // The lights recorded, as the form empties after a save: kept, and which.
            Label {
                objectName: "reviewSavedLights"
                visible: page.showsSaved
                text: form.savedLights.join(" · ")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // The MDO met once that day: a second review is for a second meeting only (not
            // while the outcome of the one just saved is shown).
            Label {
                objectName: "reviewEarlierOnDay"
                visible: form.earlierOnDay !== "" && !page.showsSaved && !page.correcting
                text: "⚠ " + form.earlierOnDay
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "reviewUnchanged"
                visible: page.correcting && form.corrects !== "" && !form.correctionChanges
                         && form.errorString === ""
                text: qsTr("Pas eerst aan wat niet klopt; dan kunt u de correctie opslaan.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "reviewError"
                visible: form.errorString !== ""
                text: "⚠ " + form.errorString
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "saveReviewButton"
                Layout.fillWidth: true
                text: page.correcting ? qsTr("Correctie opslaan") : qsTr("Bespreking opslaan")
                // Just saved and nothing new filled in: a second tap (easy with gloves) would
                // only say that every light is missing, under "opgeslagen". A correction that
                // could not start, or changes nothing yet, has nothing to save.
                enabled: page.correcting ? form.correctionChanges : page.unsaved || form.outcome === ""
                onClicked: form.save()
            }
        }
    }
}
