import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// Ronde: opens on "Mijn werk" (what the signed-in person must do, by role); one tap shows
// every detainee in today's urgency order. Filtered by unit and searchable by name or number.
Page {
    id: page
    required property Session session
    // forQuestionnaire: chosen from the questionnaire's list, to offer it (R7.4).
    signal detaineeChosen(string id, string name, bool forQuestionnaire)

    // The first (most urgent) detainee, for screenshots and tests.
    // For screenshots and tests: the list's top row; with `askable`, the first detainee who
    // may be offered the questionnaire now (R7.4).
    function firstDetainee(askable) {
        if (askable) {
            rounds.mine = false
            rounds.askable = true
        }
        if (rounds.count === 0)
            return null
        return { "id": rounds.data(rounds.index(0, 0), RoundsModel.DetaineeIdRole),
                 "name": rounds.data(rounds.index(0, 0), RoundsModel.NameRole) }
    }

    title: qsTr("Ronde")
    background: Rectangle { color: Theme.background }

    RoundsModel {
        id: rounds
        session: page.session
        search: searchField.text
    }

    header: ToolBar {
        implicitHeight: filters.implicitHeight + Theme.spacing * 2
        background: Rectangle { color: Theme.surface; border.color: Theme.divider }
        // Wraps onto a second line in portrait.
        Flow {
            id: filters
            x: Theme.margin
            y: Theme.spacing
            width: parent.width - Theme.margin * 2
            spacing: Theme.spacing

            // Mijn werk or everyone: the first choice on the page.
            ButtonGroup { id: scopeGroup }
            FilterButton {
                objectName: "mineButton"
                text: qsTr("Mijn werk")
                checked: rounds.mine
                ButtonGroup.group: scopeGroup
                Accessible.name: text
                onClicked: { rounds.askable = false; rounds.mine = true }
            }
            FilterButton {
                objectName: "everyoneButton"
                text: qsTr("Alle gedetineerden")
                checked: !rounds.mine && !rounds.askable
                ButtonGroup.group: scopeGroup
                Accessible.name: text
                onClicked: { rounds.askable = false; rounds.mine = false }
            }
            // R7.4: who may be offered the questionnaire now.
            FilterButton {
                objectName: "askableButton"
                visible: page.session.canOfferQuestionnaire
                text: qsTr("Vragenlijst")
                checked: !rounds.mine && rounds.askable
                ButtonGroup.group: scopeGroup
                Accessible.name: qsTr("Wie de vragenlijst nu kan krijgen")
                onClicked: { rounds.mine = false; rounds.askable = true }
            }

            SearchField {
                id: searchField
                objectName: "searchField"
                width: Math.min(360, filters.width)
                placeholderText: qsTr("Zoek op naam of nummer")
            }

            ButtonGroup { id: unitGroup }
            Repeater {
                model: [{ "id": "", "name": qsTr("Alle afdelingen") }].concat(rounds.units)
                delegate: FilterButton {
                    required property var modelData
                    text: modelData.name
                    checked: rounds.unitId === modelData.id
                    ButtonGroup.group: unitGroup
                    Accessible.name: qsTr("Toon %1").arg(modelData.name)
                    onClicked: rounds.unitId = modelData.id
                }
            }
            Label {
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                text: qsTr("%n gedetineerde(n)", "", rounds.count)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }
    }

    ListView {
        id: list
        objectName: "roundsList"
        anchors.fill: parent
        clip: true
        model: rounds
        reuseItems: true
        delegate: DetaineeDelegate {
            width: list.width
            // Only where others' detainees stand beside the own ones without headings: a
            // volunteer's lists hold only their own.
            marksOwn: !rounds.mine && !page.session.seesOnlyAssigned
            onClicked: page.detaineeChosen(detaineeId, name, rounds.askable)
        }
        // Mijn werk in parts where it mixes the person's own with others (RoundsModel
        // SectionRole); nothing where the section is "".
        section.property: "section"
        section.delegate: Label {
            required property string section
            objectName: "section"
            width: list.width
            height: section === "" ? 0 : implicitHeight
            visible: section !== ""
            text: section
            leftPadding: Theme.margin
            topPadding: Theme.margin
            bottomPadding: Theme.spacing
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.textMuted
            Accessible.role: Accessible.Heading
        }
        ScrollBar.vertical: ScrollBar { width: 12 }
        // A save or a sync reads the list again: the first row in view that did not change
        // stays at the top (a mentor back from a save on a row far down found the list at its
        // start; the saved row itself moves, to the end of the own part).
        property string keptTop: ""
        Connections {
            target: rounds
            function onListAboutToBeReread(changed) {
                list.keptTop = ""
                if (list.atYBeginning)
                    return
                for (let i = list.indexAt(list.width / 2, list.contentY + Theme.margin * 3);
                     i >= 0 && i < rounds.count; ++i) {
                    const id = rounds.data(rounds.index(i, 0), RoundsModel.DetaineeIdRole)
                    if (changed.indexOf(id) < 0) {
                        list.keptTop = id
                        return
                    }
                }
            }
            function onListReread() {
                const row = list.keptTop !== "" ? rounds.rowOf(list.keptTop) : -1
                if (row >= 0)
                    list.positionViewAtIndex(row, ListView.Beginning)
            }
        }
        // Mijn werk and the questionnaire's list hold only part of the facility: a search
        // there offers the rest, so that someone not in one's work today is found too. Under
        // the results, or, when there are none, under the words that say so.
        readonly property string searched: searchField.text.trim()
        footer: Column {
            readonly property bool offered: list.searched.length > 0 && (rounds.mine || rounds.askable)
            width: list.width
            visible: offered
            height: offered ? implicitHeight : 0
            topPadding: Theme.margin
            bottomPadding: Theme.margin
            spacing: Theme.margin
            Label {
                objectName: "notInThisList"
                visible: list.count === 0
                width: parent.width - Theme.margin * 2
                x: Theme.margin
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                // R7.4: who is missing from the questionnaire's list was mostly asked lately.
                text: (rounds.askable ? qsTr("Niemand gevonden voor “%1” onder wie de vragenlijst nu kan krijgen (eens in de vier weken, niet in de eerste twee weken).")
                                      : qsTr("Niemand gevonden voor “%1” in Mijn werk.")).arg(list.searched)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            BigButton {
                objectName: "searchEveryone"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width - Theme.margin * 2, 520)
                primary: false
                text: qsTr("Zoeken in alle gedetineerden")
                onClicked: { rounds.askable = false; rounds.mine = false }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0 && !(list.footerItem && list.footerItem.offered)
            text: list.searched.length > 0 ? qsTr("Niemand gevonden voor “%1”.").arg(list.searched)
                  : rounds.mine ? qsTr("Niets te doen op dit moment. Alle gedetineerden: één tik hierboven.")
                  : qsTr("Geen gedetineerden op deze afdeling.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
    }
}
