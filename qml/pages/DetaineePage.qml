import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Gedetineerde: who, what is due and why, the last traffic lights, and what happened.
// The actions shown depend on the signed-in user's role; core enforces the same.
Page {
    id: page
    required property Session session
    required property string detaineeId
    // Opened from the questionnaire's list (R7.4): offering it is then the main button, first.
    property bool offering: false
    readonly property bool leadsWithQuestionnaire: offering && detainee.mayOfferQuestionnaire
    signal recordContact(string kind)
    signal correctContact(string contactId, string kind)
    signal correctReview(string reviewId)
    signal recordReview()
    signal recordDecision()
    signal recordPlan()
    signal offerQuestionnaire()

    component QuestionnaireButton: BigButton {
        text: qsTr("Vragenlijst aanbieden")
        onClicked: page.offerQuestionnaire()
    }

    readonly property bool accessDenied: detainee.accessDenied
    title: detainee.accessDenied ? qsTr("Geen toegang") : detainee.name
    background: Rectangle { color: Theme.background }

    DetaineeModel {
        id: detainee
        session: page.session
        detaineeId: page.detaineeId
    }
    // A talk held once a stay (the intake, R1.1; the D&R-plan talk, R1.3) is the main button
    // only until its deadline is met: highlighted after, it invited a second one.
    function heldAlready(rule) {
        const obligation = detainee.obligations.find(o => o.rule === rule)
        return obligation !== undefined && (obligation.status === "met" || obligation.status === "metLate")
    }

    Label {
        objectName: "accessDenied"
        anchors.centerIn: parent
        visible: detainee.accessDenied
        width: parent.width * 0.7
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("U hebt geen toegang tot deze gedetineerde: hij of zij is niet aan u toegewezen.")
        font.pixelSize: Theme.fontTitle
        color: Theme.danger
    }

    Flickable {
        id: flick
        anchors.fill: parent
        visible: !detainee.accessDenied
        contentHeight: column.implicitHeight + Theme.margin * 2
        clip: true
        ScrollBar.vertical: ScrollBar { width: 12 }

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.margin

            // Who. A Column, not a layout: its height follows the labels as they wrap (a
            // layout kept the height of its first pass, and the programme line overlapped
            // the buttons in portrait).
            Column {
                Layout.fillWidth: true
                spacing: 4
                Label {
                    width: parent.width
                    text: qsTr("Nummer %1 · %2 · binnen sinds %3")
                          .arg(detainee.number).arg(detainee.unitName)
                          .arg(detainee.admittedOn.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "mentorLine"
                    width: parent.width
                    text: detainee.mentorName === "" ? qsTr("Nog geen mentor toegewezen")
                          : detainee.mentorIsViewer ? qsTr("Mentor: %1 (u)").arg(detainee.mentorName)
                          : qsTr("Mentor: %1").arg(detainee.mentorName)
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Label {
                    width: parent.width
                    visible: detainee.program !== "" // facility staff only (need to know)
                    // R2.3: while excluded, the detainee's own day programme, never plus
                    text: (detainee.program === "plus" ? qsTr("Plusprogramma")
                           : detainee.program === "own" ? qsTr("Eigen dagprogramma")
                           : qsTr("Basisprogramma"))
                          + (detainee.eligibleForPromotion ? " · " + qsTr("komt in aanmerking voor promotie") : "")
                          + (detainee.exclusions.length > 0 ? " · " + qsTr("uitgesloten: %1").arg(detainee.exclusions.join(", ")) : "")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: detainee.program === "plus" ? Theme.ok : Theme.text
                    wrapMode: Text.WordWrap
                }
            }

            // What to do
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                QuestionnaireButton {
                    objectName: "questionnaireFirstButton"
                    visible: page.leadsWithQuestionnaire
                }
                BigButton {
                    objectName: "mentorTalkButton"
                    visible: page.session.contactKinds.indexOf("mentorTalk") >= 0
                    primary: !page.leadsWithQuestionnaire
                    text: qsTr("Mentorgesprek")
                    onClicked: page.recordContact("mentorTalk")
                }
                BigButton {
                    objectName: "intakeButton"
                    visible: page.session.contactKinds.indexOf("intake") >= 0
                    primary: !page.leadsWithQuestionnaire && !page.heldAlready("R1.1")
                    text: qsTr("Intake")
                    onClicked: page.recordContact("intake")
                }
                BigButton {
                    objectName: "planTalkButton"
                    visible: page.session.contactKinds.indexOf("planTalk") >= 0
                    primary: !page.leadsWithQuestionnaire && !page.heldAlready("R1.3")
                    text: qsTr("Gesprek D&R-plan")
                    onClicked: page.recordContact("planTalk")
                }
                BigButton {
                    objectName: "otherContactButton"
                    visible: page.session.contactKinds.indexOf("other") >= 0
                    // the main button unless the role has a regular talk of its own
                    primary: !page.leadsWithQuestionnaire
                             && page.session.contactKinds.indexOf("mentorTalk") < 0
                             && page.session.contactKinds.indexOf("intake") < 0
                    text: qsTr("Ander contact")
                    onClicked: page.recordContact("other")
                }
                BigButton {
                    objectName: "reviewButton"
                    visible: page.session.canRecordReview
                    primary: false
                    text: qsTr("Bespreking (MDO)")
                    onClicked: page.recordReview()
                }
                BigButton {
                    objectName: "planButton"
                    visible: page.session.canRecordReview // the MDO's members (R3.1, R3.2)
                    primary: false
                    text: qsTr("D&R-plan")
                    onClicked: page.recordPlan()
                }
                BigButton {
                    objectName: "decisionButton"
                    visible: page.session.canDecide
                    primary: false
                    text: qsTr("Besluit")
                    onClicked: page.recordDecision()
                }
                QuestionnaireButton {
                    objectName: "questionnaireButton"
                    visible: detainee.mayOfferQuestionnaire && !page.leadsWithQuestionnaire
                    primary: false
                }
            }
            // R7.4: when the questionnaire was offered, and when it may be again (R7.3: never
            // what was answered).
            Label {
                objectName: "questionnaireNote"
                visible: text !== "" // empty, it would still take the layout's spacing
                Layout.fillWidth: true
                text: detainee.questionnaireNote
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }

            // Decisions due (R4.6, R4.3)
            // Each Repeater sits in a positioner: Qt 6.4's ColumnLayout crashed when the page
            // was resized right after a Repeater in it rebuilt its rows (a save, then a turn).
            Column {
                visible: detainee.decisionsDue.length > 0
                Layout.fillWidth: true
                spacing: Theme.margin
                // A decision due: for who may decide (R4.5), the way to it, a full touch
                // target; for the others a notice of who decides, that does not look tappable.
                Repeater {
                    model: detainee.decisionsDue
                    delegate: AbstractButton {
                        id: due
                        required property var modelData
                        objectName: "decisionDue"
                        width: parent ? parent.width : 0
                        enabled: page.session.canDecide
                        implicitHeight: Math.max(enabled ? Theme.touchTarget : 0, dueText.implicitHeight)
                        Accessible.role: enabled ? Accessible.Button : Accessible.StaticText
                        Accessible.name: dueText.text
                        onClicked: page.recordDecision()
                        background: Rectangle {
                            color: due.down ? Theme.background : "transparent"
                            radius: Theme.radius
                        }
                        contentItem: Label {
                            id: dueText
                            text: due.enabled ? "➜ " + due.modelData.reason + " ›"
                                  : qsTr("%1 (de directeur of een MDO-lid met mandaat beslist)")
                                    .arg(due.modelData.reason)
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            font.underline: due.enabled
                            color: due.enabled ? Theme.accent : Theme.text
                            wrapMode: Text.WordWrap
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }

            // Obligations
            Label {
                visible: detainee.obligations.length > 0
                text: qsTr("Termijnen")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Column {
                visible: detainee.obligations.length > 0
                Layout.fillWidth: true
                spacing: Theme.margin
                Repeater {
                    model: detainee.obligations
                    delegate: ObligationCard {
                        required property var modelData
                        obligation: modelData
                        width: parent ? parent.width : 0
                    }
                }
            }

            // Traffic lights of the last reviews
            Label {
                visible: detainee.reviews.length > 0
                text: qsTr("Stoplichten laatste besprekingen")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Column {
                visible: detainee.reviews.length > 0
                Layout.fillWidth: true
                spacing: Theme.margin
                Repeater {
                    model: detainee.reviews
                    // The day, then the domains: side by side where they fit, else under each
                    // other; each light keeps its word (never colour alone) and is never cut.
                    delegate: RowLayout {
                        required property var modelData
                        width: parent ? parent.width : 0
                        spacing: Theme.spacing
                        Label {
                            text: modelData.day.toLocaleDateString(Qt.locale(), "d MMM")
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            Layout.preferredWidth: 90
                            Layout.alignment: Qt.AlignTop
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Repeater {
                                model: modelData.lights
                                delegate: Label {
                                    required property var modelData
                                    text: (modelData.light === "green" ? "● " : modelData.light === "orange" ? "▲ " : "■ ")
                                          + modelData.domain + ": " + modelData.label
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: modelData.light !== "green"
                                    color: modelData.light === "green" ? Theme.ok : modelData.light === "orange" ? Theme.warning : Theme.danger
                                    width: Math.min(implicitWidth, parent.width)
                                    wrapMode: Text.WordWrap
                                }
                            }
                        }
                    }
                }
            }

            // Timeline
            Label {
                text: qsTr("Tijdlijn")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            // A visitor's timeline holds only what they may see: "nothing yet" is theirs.
            Label {
                objectName: "timelineEmpty"
                visible: detainee.timeline.length === 0 && !detainee.accessDenied
                Layout.fillWidth: true
                text: page.session.isFacilityStaff ? qsTr("Nog niets vastgelegd.")
                                                   : qsTr("Nog geen contact van uw organisatie vastgelegd.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.WordWrap
            }
            Column {
                Layout.fillWidth: true
                spacing: Theme.margin
                Repeater {
                    model: detainee.timeline
                    delegate: RowLayout {
                        required property var modelData
                        width: parent ? parent.width : 0
                        spacing: Theme.spacing
                        Label {
                            text: modelData.day.toLocaleDateString(Qt.locale(), "d MMM yyyy")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            Layout.preferredWidth: 120
                            Layout.alignment: Qt.AlignTop
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop
                            spacing: 0
                            Label {
                                text: modelData.title + (modelData.who !== "" ? " — " + modelData.who : "")
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap // a correction's mark and the author, never cut
                            }
                            Label {
                                visible: modelData.detail !== ""
                                text: modelData.detail
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                                Layout.fillWidth: true
                                wrapMode: Text.WordWrap
                            }
                        }
                        // Only on the signed-in person's own contacts and reviews (model/access.h).
                        BigButton {
                            objectName: "correct_" + (modelData.eventId || "")
                            visible: modelData.correctable === true
                            primary: false
                            font.pixelSize: Theme.fontBody
                            text: qsTr("Corrigeren")
                            Accessible.name: qsTr("%1 van %2 corrigeren").arg(modelData.title)
                                .arg(modelData.day.toLocaleDateString(Qt.locale(), "d MMMM yyyy"))
                            Layout.alignment: Qt.AlignTop
                            onClicked: modelData.kind === "review" ? page.correctReview(modelData.eventId)
                                       : page.correctContact(modelData.eventId, modelData.contactKind)
                        }
                    }
                }
            }
        }
    }
}
