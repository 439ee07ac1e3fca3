import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Contact vastleggen: the kind is chosen on the detainee page, so a mentor talk is one tap
// here ("Opslaan"). Mode, topics, a note and the detainee's rating are optional and come
// first; "Opslaan" stays at the bottom of the screen, so that it is tapped last and the
// rating is not lost by saving before it was asked.
// With `corrects` set it corrects the signed-in person's own contact (ContactForm.correct):
// filled in as it was, on its own day, without the rating (which stays as it was, unseen).
Page {
    id: page
    required property Session session
    required property string detaineeId
    required property string detaineeName
    required property string kind
    property string corrects: ""
    readonly property bool correcting: corrects !== ""
    // "Wanneer": not on a correction that could not start (nothing to save there).
    readonly property bool showsMoment: form.momentMovable && (!correcting || form.corrects !== "")
    property date correctedDay
    signal askRating()
    signal done()

    // What the shell says once it is saved.
    function savedMessage() {
        if (correcting)
            return kind === "mentorTalk" ? qsTr("Gecorrigeerd: mentorgesprek met %1").arg(detaineeName)
                 : kind === "intake" ? qsTr("Gecorrigeerd: intake met %1").arg(detaineeName)
                 : kind === "planTalk" ? qsTr("Gecorrigeerd: gesprek over het D&R-plan met %1").arg(detaineeName)
                 : qsTr("Gecorrigeerd: contact met %1").arg(detaineeName)
        return kind === "mentorTalk" ? qsTr("Opgeslagen: mentorgesprek met %1").arg(detaineeName)
             : kind === "intake" ? qsTr("Opgeslagen: intake met %1").arg(detaineeName)
             : kind === "planTalk" ? qsTr("Opgeslagen: gesprek over het D&R-plan met %1").arg(detaineeName)
             : qsTr("Opgeslagen: contact met %1").arg(detaineeName)
    }

    // Set by the rating screen (0: not asked or skipped).
    function setSatisfaction(score) { form.satisfaction = score }

    readonly property string kindTitle: kind === "mentorTalk" ? qsTr("Mentorgesprek")
         : kind === "intake" ? qsTr("Intake") : kind === "planTalk" ? qsTr("Gesprek D&R-plan")
         : qsTr("Contact")
    title: correcting ? qsTr("%1 corrigeren").arg(kindTitle) : kindTitle
    background: Rectangle { color: Theme.background }

    // What was filled in and is not yet saved: "Terug" asks first (AppShell).
    readonly property bool unsaved: form.unsaved
    // The same, for the shell to keep in the database while it is not saved, and to fill the
    // page with again when the app starts anew (Session.keepDraft).
    readonly property string draftKind: "contact"
    readonly property var draft: form.draft
    function resume(kept) { return form.resume(kept) }
    ContactForm {
        id: form
        objectName: "contactForm"
        session: page.session
        detaineeId: page.detaineeId
        kind: page.kind
        onSaved: page.done()
        // Once the form knows its detainee. The day is kept on the page: the form forgets it at
        // the save, while the page slides out.
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
                objectName: "contactByline"
                text: page.correcting
                      ? qsTr("Met %1, op %2, door %3 (%4). Uw correctie vervangt wat u toen vastlegde; het oude blijft bewaard.")
                        .arg(page.detaineeName)
                        .arg(page.correctedDay.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
                        .arg(page.session.userName).arg(page.session.userRoleLabel)
                      : qsTr("Met %1, door %2 (%3)").arg(page.detaineeName)
                        .arg(page.session.userName).arg(page.session.userRoleLabel)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            // R1.2 counts only a contact of the kind mentor talk: a mentor who chose "Ander
            // contact" for what was one is told so before saving.
            Label {
                objectName: "otherKindNote"
                visible: page.kind === "other" && !page.correcting
                         && page.session.contactKinds.indexOf("mentorTalk") >= 0
                text: qsTr("Een ander contact telt niet als mentorgesprek. Was het een mentorgesprek, ga dan terug en kies ‘Mentorgesprek’.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            // R1.5: when it took place; the moment the form was opened unless changed. A
            // correction starts at its contact's moment, and may move it (a wrong day).
            Label {
                visible: page.showsMoment
                text: qsTr("Wanneer")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            ColumnLayout {
                visible: page.showsMoment
                spacing: Theme.spacing
                DayStepper {
                    objectName: "contactDay"
                    dated: form
                    canStepLater: form.canStepDayLater
                }
                Stepper {
                    objectName: "contactTime"
                    label: qsTr("Tijd")
                    // "Nu": the moment the form was opened, said as such. "Nu, 07:28" read as
                    // a clock that had stopped when the form stayed open a while.
                    function clock(minute) {
                        return Qt.formatTime(new Date(2000, 0, 1, Math.floor(minute / 60), minute % 60), "HH:mm")
                    }
                    text: form.minuteOfDay < 0 ? qsTr("om %1 (bij openen)").arg(clock(form.openedMinute))
                          : qsTr("om %1").arg(clock(form.minuteOfDay))
                    canStepEarlier: form.canStepTimeEarlier
                    canStepLater: form.canStepTimeLater // the opening is as late as it gets
                    earlierName: qsTr("Een kwartier eerder")
                    laterName: qsTr("Een kwartier later")
                    onEarlier: form.stepTime(-1)
                    onLater: form.stepTime(1)
                }
            }
            // A second one of the same kind on the day chosen: said, not refused. Under the
            // steppers, so that they do not move while a gloved hand steps through the days.
            Label {
                objectName: "earlierToday"
                visible: text !== ""
                text: form.earlierOnDay // in a correction: once moved onto another day
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                padding: Theme.spacing
                background: Rectangle { color: Theme.surface; border.color: Theme.warning; border.width: 2; radius: Theme.radius }
            }

            Label { text: qsTr("Hoe (optioneel)"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ButtonGroup { id: modeGroup }
                Repeater {
                    model: [{ "id": "inPerson", "name": qsTr("Persoonlijk") }, { "id": "phone", "name": qsTr("Telefoon") },
                            { "id": "video", "name": qsTr("Video") }, { "id": "letter", "name": qsTr("Brief") }]
                    delegate: FilterButton {
                        required property var modelData
                        text: modelData.name
                        checked: form.mode === modelData.id
                        ButtonGroup.group: modeGroup
                        Accessible.name: text
                        onClicked: form.mode = modelData.id
                    }
                }
            }

            Label {
                visible: page.kind === "planTalk"
                text: qsTr("Wie namen nog meer deel?")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Flow {
                visible: page.kind === "planTalk"
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: ["caseManager", "municipality", "probation"].map(function(id) {
                        return { "id": id, "name": page.session.roleLabel(id) }
                    })
                    delegate: FilterButton {
                        required property var modelData
                        visible: modelData.id !== page.session.userRole
                        text: modelData.name
                        checked: form.otherRoles.indexOf(modelData.id) >= 0
                        Accessible.name: text
                        onClicked: {
                            const roles = form.otherRoles.slice()
                            const at = roles.indexOf(modelData.id)
                            if (at >= 0) roles.splice(at, 1); else roles.push(modelData.id)
                            form.otherRoles = roles
                        }
                    }
                }
            }

            Label { text: qsTr("Onderwerpen (optioneel)"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: ["work", "housing", "finances", "care", "documents", "reintegrationPlan",
                            "other"].map(function(id) {
                        return { "id": id, "name": page.session.topicLabel(id) }
                    })
                    delegate: FilterButton {
                        required property var modelData
                        text: modelData.name
                        checked: form.topics.indexOf(modelData.id) >= 0
                        Accessible.name: text
                        onClicked: {
                            const topics = form.topics.slice()
                            const at = topics.indexOf(modelData.id)
                            if (at >= 0) topics.splice(at, 1); else topics.push(modelData.id)
                            form.topics = topics
                        }
                    }
                }
            }

            Label { text: qsTr("Notitie (optioneel)"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text }
            TextArea {
                objectName: "noteField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget * 2
                text: form.note
                onTextChanged: form.note = text
                font.pixelSize: Theme.fontBody
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.surface; border.color: Theme.divider; radius: Theme.radius }
                placeholderText: qsTr("Kort en zakelijk; alleen wat nodig is")
                Accessible.name: qsTr("Notitie")
            }
        }
        ScrollBar.vertical: ScrollBar { width: 12 }
    }

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
            Label {
                objectName: "correctionUnchanged"
                visible: page.correcting && form.corrects !== "" && !form.unsaved
                         && form.errorString === ""
                text: qsTr("Pas eerst aan wat niet klopt; dan kunt u de correctie opslaan.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "contactError"
                visible: form.errorString !== ""
                text: "⚠ " + form.errorString
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // The rating beside the save, where a notice or a long note above cannot push it
            // out of sight.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin
                // DOMAIN "Privacy": the staff member sees that the rating was given, not what.
                BigButton {
                    objectName: "askRatingButton"
                    visible: !page.correcting // the rating belongs to the talk, asked then or not
                    primary: false
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    // R5.5: given once. Asked again, a skip would throw the given one away.
                    enabled: form.satisfaction === 0
                    text: form.satisfaction > 0 ? qsTr("✓ Tevredenheid gevraagd")
                                                : qsTr("Tevredenheid vragen")
                    onClicked: page.askRating()
                }
                BigButton {
                    objectName: "saveContactButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    // A correction that could not start is no new contact either, and one
                    // that changes nothing is no correction.
                    enabled: !page.correcting || (form.corrects !== "" && form.unsaved)
                    text: page.correcting ? qsTr("Correctie opslaan") : qsTr("Opslaan")
                    onClicked: form.save()
                }
            }
        }
    }
}
