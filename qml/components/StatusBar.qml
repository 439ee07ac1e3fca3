import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Ronde

// The line at the bottom of every page: what is waiting to be sent, and where we stand.
ToolBar {
    id: bar
    required property Session session
    // Whether the sync state is a link to the Synchronisatie page (not on that page).
    property bool leadsToSync: true
    signal openSync()

    SyncController {
        id: sync
        objectName: "syncController"
        session: bar.session
    }

    implicitHeight: Theme.touchTarget
    background: Rectangle { color: Theme.surface; border.color: Theme.divider }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing * 2

        Label {
            objectName: "pendingState"
            // Unlinked, "waiting for a sync" beside "Niet gekoppeld" read as work at risk, and
            // "1 wijziging bewaard" as if only one was: all is kept here, some not yet sent.
            text: bar.session.pendingChanges === 0
                  ? qsTr("Alles bewaard op dit apparaat")
                  : sync.enrolled
                    ? qsTr("%n wijziging(en) wachten op synchronisatie", "", bar.session.pendingChanges)
                    : qsTr("Alles bewaard; %n wijziging(en) nog niet verstuurd", "", bar.session.pendingChanges)
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            Accessible.name: text
        }
        // The way to the Synchronisatie page: the whole middle of the bar, a full touch target.
        AbstractButton {
            objectName: "syncStateButton"
            Layout.fillWidth: true
            Layout.fillHeight: true
            enabled: bar.leadsToSync
            Accessible.role: bar.leadsToSync ? Accessible.Button : Accessible.StaticText
            Accessible.name: syncState.text
            onClicked: bar.openSync()
            background: Rectangle { color: parent.down ? Theme.background : "transparent"; radius: Theme.radius }
            contentItem: Label {
                id: syncState
                objectName: "syncState"
                wrapMode: Text.WordWrap // two lines in portrait rather than a cut
                maximumLineCount: 2
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
                text: (!sync.enrolled ? qsTr("Niet gekoppeld aan een server")
                      : sync.busy ? qsTr("Synchroniseren…")
                      : sync.lastError !== "" ? "⚠ " + sync.lastError
                      : sync.refusedCount > 0
                        ? "⚠ " + qsTr("%n registratie(s) geweigerd door de server", "", sync.refusedCount)
                      : sync.lastSuccessText !== ""
                        ? qsTr("Laatst gesynchroniseerd: %1").arg(sync.lastSuccessText)
                      : qsTr("Nog niet gesynchroniseerd")) + (bar.leadsToSync ? " ›" : "")
                font.pixelSize: Theme.fontSmall
                font.underline: bar.leadsToSync
                // Red only for what it says: unlinked or syncing, it says just that (a failed try to link
                // turned "Niet gekoppeld" red, which read as something gone wrong with the work).
                color: sync.enrolled && !sync.busy && (sync.lastError !== "" || sync.refusedCount > 0)
                       ? Theme.danger : bar.leadsToSync ? Theme.accent : Theme.text
            }
        }
        Button {
            objectName: "syncNowButton"
            visible: sync.enrolled
            enabled: !sync.busy
            text: qsTr("Nu synchroniseren")
            font.pixelSize: Theme.fontSmall
            Layout.preferredHeight: Theme.touchTarget - 8
            Accessible.name: text
            onClicked: sync.syncNow()
        }
        Label {
            // Short in portrait, so that the sync state keeps its words.
            text: bar.session.today.toLocaleDateString(Qt.locale(), bar.width >= 1000 ? Locale.LongFormat : "d MMM yyyy")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            Accessible.name: text
        }
    }
}
