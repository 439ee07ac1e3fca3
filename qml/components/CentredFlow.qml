import QtQuick
import QtQuick.Layouts

// Buttons in a row, centred in a ColumnLayout, on more lines only when the page is too narrow.
// Its widest is one line of its buttons, summed here: a Flow's own implicitWidth is the width
// it was last laid out in, so a row once wrapped (a language with other words) stayed wrapped
// when the words changed back, with a button on a line of its own.
Flow {
    id: flow
    readonly property real oneLineWidth: {
        let width = 0
        let count = 0
        for (let i = 0; i < flow.children.length; ++i) {
            const child = flow.children[i]
            if (child.visible && child.implicitWidth > 0) {
                width += child.implicitWidth
                ++count
            }
        }
        // Whole pixels up: a layout that rounds a width down would wrap the last button.
        return Math.ceil(width + Math.max(0, count - 1) * flow.spacing)
    }
    Layout.fillWidth: true
    Layout.maximumWidth: oneLineWidth
    Layout.alignment: Qt.AlignHCenter
}
