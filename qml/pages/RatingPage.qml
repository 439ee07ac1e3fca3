import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Tevredenheid: the tablet is handed to the detainee. One question, five large faces, and
// "overslaan". A face is chosen with one tap and given with a second ("Dit is mijn
// antwoord"), so that a gloved mis-tap can still be changed. Nothing else of theirs is on
// screen. Handing it back needs the staff PIN, and after it nobody sees the answer.
Page {
    id: page
    required property Session session
    property int score: 0
    property int chosen: 0 // tapped, not yet given
    property bool handedBack: false
    // The shell hides its title and status bars on this page.
    readonly property bool handOver: true
    // A face given is the detainee's answer: a lock keeps it (AppShell), and the lock
    // screen's PIN hands the tablet back as the PIN here would.
    readonly property bool unsaved: handedBack
    readonly property bool awaitingHandBack: handedBack
    function completeHandBack() { page.finished(page.score) }
    // A face tapped and not given is no answer, and whoever opens the lock must not see it.
    Connections {
        target: page.session
        function onPausedChanged() {
            if (page.session.paused && !page.handedBack)
                page.chosen = 0
        }
    }
    signal finished(int score)
    // The face given, before the hand-back: the contact form holds it at once, so that it is
    // kept with the form's draft (DraftKeeper) should the app end before the PIN; the PIN at
    // the next start hands the tablet back as the PIN here does.
    signal given(int score)
    onHandedBackChanged: if (handedBack) page.given(page.score)

    title: qsTr("Tevredenheid")
    background: Rectangle { color: Theme.surface }

    ColumnLayout {
        id: question
        objectName: "ratingQuestion"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 1100)
        visible: !page.handedBack
        spacing: Theme.margin * 1.5
        Label {
            Layout.fillWidth: true
            text: qsTr("Hoe tevreden bent u over dit gesprek?")
            font.pixelSize: Theme.fontHeading + 4
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        GridLayout {
            Layout.alignment: Qt.AlignHCenter
            columns: 5 // one row, in portrait too: a scale is read from left to right
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                model: [{ "score": 1, "word": qsTr("Heel ontevreden") },
                        { "score": 2, "word": qsTr("Ontevreden") },
                        { "score": 3, "word": qsTr("Neutraal") },
                        { "score": 4, "word": qsTr("Tevreden") },
                        { "score": 5, "word": qsTr("Heel tevreden") }]
                delegate: Button {
                    required property var modelData
                    objectName: "face" + modelData.score
                    // Wide enough in landscape for "Heel ontevreden" on one line with room
                    // around it; in portrait a word wraps instead.
                    Layout.preferredWidth: Math.min(210, Math.floor((question.width - 4 * Theme.spacing) / 5))
                    Layout.preferredHeight: 210
                    Accessible.name: modelData.score + " — " + modelData.word
                    checkable: true
                    checked: page.chosen === modelData.score
                    onClicked: page.chosen = modelData.score
                    // In the middle of the card, with room for a word of two lines in each, so
                    // that the five faces stay level when one word wraps (portrait).
                    contentItem: Item {
                        implicitHeight: faceColumn.implicitHeight
                        Column {
                            id: faceColumn
                            width: parent.width
                            y: Math.round((parent.height - height) / 2)
                            spacing: 6
                            Face { objectName: "faceDrawing"; anchors.horizontalCenter: parent.horizontalCenter; score: modelData.score; width: 88; height: 88 }
                            Label { anchors.horizontalCenter: parent.horizontalCenter; text: modelData.score; font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text }
                            Label {
                                width: parent.width
                                // Two lines' room (more only for a word of three).
                                height: Math.max(implicitHeight, Math.ceil(2 * wordLine.lineSpacing) + 2)
                                horizontalAlignment: Text.AlignHCenter
                                text: modelData.word
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                FontMetrics { id: wordLine; font.pixelSize: Theme.fontBody }
                            }
                        }
                    }
                    background: Rectangle {
                        radius: Theme.radius * 2
                        color: parent.checked ? Theme.selected : parent.down ? Theme.background : Theme.surface
                        border.color: Theme.primary
                        border.width: parent.checked ? 6 : 2
                    }
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.margin
            BigButton {
                objectName: "skipRating"
                primary: false
                text: qsTr("Overslaan")
                onClicked: { page.score = 0; page.handedBack = true }
            }
            BigButton {
                objectName: "confirmRating"
                enabled: page.chosen > 0
                text: qsTr("Dit is mijn antwoord")
                onClicked: { page.score = page.chosen; page.handedBack = true }
            }
        }
    }

    // Back to the staff member: only with their PIN.
    HandBack {
        objectName: "handBack"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 700)
        visible: page.handedBack
        session: page.session
        onConfirmed: page.completeHandBack()
    }
}
