import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Vragenlijst (R7): the tablet is handed to the detainee, as for the rating. No name, no
// detainee data, no title or status bar (the shell hides them). One question a screen, each
// professional and each answer a picture with its word, read aloud on request, in the
// language the detainee picks. Back, stop or decline on every screen; declining or stopping
// stores only that it was offered (R7.2). Handing back needs the staff PIN, and after it
// nobody sees an answer (R7.3).
Page {
    id: page
    required property Session session
    required property string detaineeId
    readonly property bool handOver: true
    readonly property alias form: form
    readonly property alias voice: voice
    // What "Voorlezen" says on this screen: everything the screen asks and offers; on the
    // question whether to stop and at the hand-back, what they say (a detainee who reads
    // poorly is told to give the tablet back too).
    readonly property string readAloudText: handingBack ? handBack.thanks
        : confirmingStop ? stopQuestion.text + " " + goOn.text + ". " + stopConfirm.text + "."
        : form.screen === "start" ? startTitle.text + " " + startText.text
        : form.readAloudText
    readonly property bool landscape: width > height
    // Handing back: after the last question, a stop or a refusal (stored), or when staff cancel
    // before it was handed over (nothing stored). Both need the staff PIN.
    property bool cancelling: false
    readonly property bool handingBack: form.screen === "done" || cancelling
    // Begun and not yet stored: a lock keeps the answers (AppShell); at the hand-back the lock
    // screen's PIN hands the tablet back as the PIN here would.
    readonly property bool unsaved: form.screen !== "start" && form.screen !== "done" && !cancelling
    readonly property bool awaitingHandBack: handingBack
    function completeHandBack() {
        UiLanguage.restore()
        page.session.refreshTexts() // what was worded in the detainee's language
        page.finished(form.completed, form.screen === "done")
    }
    property bool confirmingStop: false
    onConfirmingStopChanged: voice.stop() // it reads another screen now
    // A new screen takes no tap for a moment: a double tap must not answer the next question.
    property bool settling: false
    signal finished(bool completed, bool stored)

    title: qsTr("Vragenlijst")
    background: Rectangle { color: Theme.surface }

    QuestionnaireForm {
        id: form
        session: page.session
        detaineeId: page.detaineeId
    }
    // The app ends with the questionnaire begun (a shutdown's SIGTERM, TerminationQuit): as a
    // stop, the offer is kept and the answers so far are not (R7.2), so that R7.4 counts it.
    Connections {
        target: Qt.application
        function onAboutToQuit() {
            if (page.unsaved)
                form.stop()
        }
    }
    // A new question (not a topic turned on or off on the same one).
    readonly property string step: form.screen + "/" + form.number
    onStepChanged: {
        voice.stop()
        page.confirmingStop = false
        page.settling = true
        settleTimer.restart()
    }
    Timer {
        id: settleTimer
        interval: 400
        onTriggered: page.settling = false
    }
    ReadAloud { id: voice }
    Connections {
        target: UiLanguage
        function onCodeChanged() { form.retranslate() }
    }

    // Back and stop on the question screens, at the start; read aloud on every screen, always
    // at the end.
    RowLayout {
        id: tools
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.spacing
        // Staff changed their mind before handing it over: nothing is stored. In the corner,
        // away from the detainee's own "Liever niet" and "Beginnen".
        BigButton {
            objectName: "questionnaireCancel"
            visible: form.screen === "start" && !page.handingBack && !page.confirmingStop
            primary: false
            text: qsTr("Annuleren (medewerker)")
            onClicked: page.cancelling = true
        }
        BigButton {
            objectName: "questionnaireBack"
            // Not while it asks whether to stop: "Nee, verder" is the way back there.
            visible: form.screen !== "start" && !page.handingBack && !page.confirmingStop
            primary: false
            text: (page.LayoutMirroring.enabled ? "→ " : "← ") + qsTr("Terug")
            onClicked: form.back()
        }
        BigButton {
            objectName: "questionnaireStop"
            // On the side of "Terug", away from "Stop voorlezen": the progress bar between.
            visible: form.screen !== "start" && !page.handingBack && !page.confirmingStop
            primary: false
            text: qsTr("Stoppen")
            onClicked: page.confirmingStop = true
        }
        // How far along: a bar, not "3 of 14", because a yes adds a question.
        Rectangle {
            id: progress
            objectName: "questionnaireProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: 12
            // Not beside the stop question: without "Terug" and "Stoppen" it would grow.
            visible: form.screen !== "start" && !page.handingBack && !page.confirmingStop
            radius: 6
            color: Theme.divider
            Accessible.name: qsTr("Vraag %1").arg(form.number)
            Rectangle {
                anchors { top: parent.top; bottom: parent.bottom }
                x: page.LayoutMirroring.enabled ? parent.width - width : 0
                width: parent.width * Math.min(form.number / form.count, 1)
                radius: 6
                color: Theme.primary
            }
        }
        Item { Layout.fillWidth: true; visible: !progress.visible }
        PictureButton {
            id: readAloudButton
            objectName: "readAloud"
            visible: voice.available
            picture: "readAloud"
            pictureSize: 40
            implicitHeight: Theme.touchTarget + 40
            // As wide as its longest word, so that none wraps and the button does not change.
            implicitWidth: Math.max(168, Math.ceil(longestWord.advanceWidth) + leftPadding + rightPadding + 8)
            readonly property var words: [qsTr("Voorlezen"), qsTr("Stop voorlezen"), qsTr("Geen geluid")]
            TextMetrics {
                id: longestWord
                font.pixelSize: Theme.fontTitle
                font.bold: true
                text: readAloudButton.words.reduce((a, b) => b.length > a.length ? b : a)
            }
            // After a try that was most likely not heard, it says so (staff may be near).
            text: voice.speaking ? words[1] : voice.unheard ? words[2] : words[0]
            onClicked: voice.speaking ? voice.stop() : voice.say(page.readAloudText)
        }
    }

    Flickable {
        id: flick
        anchors { left: parent.left; right: parent.right; top: tools.bottom; bottom: parent.bottom
                  topMargin: Theme.margin }
        visible: !page.handingBack && !page.confirmingStop
        contentHeight: Math.max(content.implicitHeight + Theme.margin * 2, height)
        clip: true
        ScrollBar.vertical: ScrollBar { width: 12 }

        ColumnLayout {
            id: content
            x: Theme.margin
            width: flick.width - Theme.margin * 2
            spacing: Theme.margin

            // The start: what this is, in the detainee's language, and the choice to answer.
            ColumnLayout {
                objectName: "questionnaireStart"
                visible: form.screen === "start"
                Layout.fillWidth: true
                spacing: Theme.margin
                Image {
                    Layout.alignment: Qt.AlignHCenter
                    source: "qrc:/qt/qml/Ronde/images/questionnaire/start.svg"
                    sourceSize: Qt.size(140, 140)
                }
                Label {
                    id: startTitle
                    Layout.fillWidth: true
                    text: qsTr("Een paar vragen voor u")
                    font.pixelSize: Theme.fontHeading + 4
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                Label {
                    id: startText
                    Layout.fillWidth: true
                    text: qsTr("Over de mensen die u helpen. Het duurt ongeveer twee minuten. De medewerker ziet uw antwoorden niet. U mag altijd stoppen.")
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                CentredFlow {
                    spacing: Theme.spacing
                    Repeater {
                        model: UiLanguage.languages
                        delegate: FilterButton {
                            required property var modelData
                            objectName: "questionnaireLanguage_" + modelData.code
                            implicitHeight: Theme.touchTarget + 16
                            font.pixelSize: Theme.fontTitle
                            text: modelData.name
                            checked: UiLanguage.code === modelData.code
                            onClicked: UiLanguage.useForNow(modelData.code)
                        }
                    }
                }
                CentredFlow {
                    spacing: Theme.margin
                    BigButton {
                        objectName: "questionnaireDecline"
                        primary: false
                        text: qsTr("Liever niet")
                        onClicked: form.stop()
                    }
                    BigButton {
                        objectName: "questionnaireBegin"
                        text: qsTr("Beginnen")
                        onClicked: form.begin()
                    }
                }
                Label {
                    objectName: "questionnaireStartError"
                    Layout.fillWidth: true
                    visible: form.errorString !== ""
                    text: "⚠ " + form.errorString
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }

            // A question: what it is about, the question, and its answers.
            ColumnLayout {
                objectName: "questionnaireQuestion"
                visible: form.screen !== "start"
                Layout.fillWidth: true
                spacing: Theme.margin
                Column {
                    Layout.alignment: Qt.AlignHCenter
                    visible: form.subject !== ""
                    spacing: 4
                    Image {
                        objectName: "questionnaireSubject"
                        anchors.horizontalCenter: parent.horizontalCenter
                        source: form.subject !== ""
                                ? "qrc:/qt/qml/Ronde/images/questionnaire/" + form.subject + ".svg" : ""
                        sourceSize: Qt.size(page.landscape ? 120 : 150, page.landscape ? 120 : 150)
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: form.subjectWord
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.primary
                    }
                }
                // Two lines kept for every question, so that the answers do not move down
                // when a question wraps (the role questions are one line or two).
                Label {
                    id: questionText
                    objectName: "questionnaireText"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Math.ceil(questionLine.lineSpacing * 2)
                    text: form.question
                    font.pixelSize: Theme.fontHeading
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    FontMetrics {
                        id: questionLine
                        font: questionText.font
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: form.hint !== ""
                    text: form.hint
                    font.pixelSize: Theme.fontTitle
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                }
                // A positioner, not a GridLayout: Qt 6.4's GridLayout crashed laying out a
                // delegate the Repeater had just removed (the last screen, then a resize).
                Grid {
                    id: answers
                    Layout.alignment: Qt.AlignHCenter
                    columns: form.options.length <= 3 || page.landscape ? Math.max(1, form.options.length) : 3
                    spacing: Theme.spacing
                    // The buttons of a screen as high as its highest (a label on three lines).
                    property real cellHeight: 0
                    Connections {
                        target: form
                        function onScreenChanged() { answers.cellHeight = 0 }
                    }
                    Repeater {
                        model: form.options
                        delegate: PictureButton {
                            required property var modelData
                            objectName: "answer_" + modelData.key
                            // Five answers (the faces, the help topics) fit a row at 200, with
                            // room around "Ontevreden"; more than five would need 180 to fit.
                            width: form.options.length > 5 ? 180 : 200
                            height: Math.max(implicitHeight, answers.cellHeight)
                            onImplicitHeightChanged: answers.cellHeight = Math.max(answers.cellHeight, implicitHeight)
                            Component.onCompleted: answers.cellHeight = Math.max(answers.cellHeight, implicitHeight)
                            text: modelData.word
                            face: form.screen === "satisfaction" ? Number(modelData.key) : 0
                            picture: form.screen === "satisfaction" ? "" : modelData.key
                            checked: form.chosen.indexOf(modelData.key) >= 0
                            onClicked: form.screen === "helpWanted" ? form.toggle(modelData.key)
                                                                    : form.answer(modelData.key)
                        }
                    }
                }
                BigButton {
                    objectName: "questionnaireNext"
                    visible: form.screen === "helpWanted"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Klaar")
                    onClicked: form.next()
                }
                Label {
                    objectName: "questionnaireError"
                    Layout.fillWidth: true
                    visible: form.errorString !== ""
                    text: "⚠ " + form.errorString
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // While a new screen settles, taps on its answers go nowhere (nothing looks disabled).
    MouseArea {
        objectName: "questionnaireSettling"
        anchors.fill: flick
        visible: page.settling && flick.visible
        z: 10
    }

    // "Stoppen" asks once: the answers so far are not kept (R7.2).
    ColumnLayout {
        objectName: "questionnaireStopQuestion"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 800)
        visible: page.confirmingStop && !page.handingBack
        spacing: Theme.margin
        Label {
            id: stopQuestion
            Layout.fillWidth: true
            // R7.4: a stop counts as the offer, so it says when the questions come again.
            text: qsTr("Wilt u stoppen? Uw antwoorden worden dan niet bewaard. U krijgt deze vragen pas over vier weken weer.")
            font.pixelSize: Theme.fontHeading
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
        }
        CentredFlow {
            spacing: Theme.margin
            BigButton {
                id: goOn
                objectName: "questionnaireGoOn"
                text: qsTr("Nee, verder")
                onClicked: page.confirmingStop = false
            }
            BigButton {
                id: stopConfirm
                objectName: "questionnaireStopConfirm"
                primary: false
                text: qsTr("Ja, stoppen")
                onClicked: form.stop()
            }
        }
    }

    // Stored (completed, or the offer alone), or cancelled by staff: back to the staff
    // member with their PIN, in their own language again.
    HandBack {
        id: handBack
        objectName: "handBack"
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.margin * 2, 700)
        visible: page.handingBack
        session: page.session
        thanks: page.cancelling && form.screen !== "done"
                ? qsTr("De vragenlijst annuleren? Er wordt niets bewaard.")
                : qsTr("Dank u wel. Geef de tablet terug aan de medewerker.")
        okText: page.cancelling && form.screen !== "done" ? qsTr("Annuleren") : qsTr("Terug")
        onConfirmed: page.completeHandBack()
    }
    // "Annuleren (medewerker)" tapped by mistake, by staff or by the detainee: back to the
    // start, which stores nothing either.
    BigButton {
        objectName: "questionnaireKeepOffering"
        visible: page.cancelling && form.screen !== "done"
        anchors { top: handBack.bottom; horizontalCenter: parent.horizontalCenter }
        primary: false
        text: qsTr("Niet annuleren")
        onClicked: page.cancelling = false
    }
}
