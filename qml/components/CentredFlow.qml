import QtQuick
import QtQuick.Layouts

// Buttons in a row, centred in a ColumnLayout, on more lines only when the page is too narrow,
// each line centred too. A Flow left-aligns its lines: in portrait the questionnaire's
// "Beginnen" stood alone at the far left under the other two. And a Flow's implicitWidth is
// the width it was last laid out in, so a row once wrapped (a language with longer words)
// stayed wrapped when the words changed back; here one line's width is summed instead.
Item {
    id: flow
    property real spacing: 0

    // The children laid out: those shown (a Repeater among them has no width of its own).
    readonly property var shown: {
        const items = []
        for (let i = 0; i < flow.children.length; ++i) {
            const child = flow.children[i]
            if (child.visible && child.implicitWidth > 0)
                items.push(child)
        }
        return items
    }
    readonly property real oneLineWidth: {
        let width = 0
        for (const child of shown)
            width += child.implicitWidth
        // Whole pixels up: a layout that rounds a width down would wrap the last button.
        return Math.ceil(width + Math.max(0, shown.length - 1) * spacing)
    }
    // What the lines depend on: they are laid out again when any of it changes.
    readonly property string measures: shown.map(c => c.implicitWidth + "×" + c.implicitHeight).join(" ")
        + " in " + width + " apart " + spacing + (LayoutMirroring.enabled ? " mirrored" : "")
    onMeasuresChanged: layOut()
    property real linesHeight: 0

    implicitWidth: oneLineWidth
    implicitHeight: linesHeight
    Layout.fillWidth: true
    Layout.maximumWidth: oneLineWidth
    Layout.alignment: Qt.AlignHCenter

    function layOut() {
        const lines = []
        let line = { "items": [], "width": 0 }
        for (const child of shown) {
            const needed = (line.items.length > 0 ? spacing : 0) + child.implicitWidth
            if (line.items.length > 0 && line.width + needed > width) {
                lines.push(line)
                line = { "items": [], "width": 0 }
            }
            line.width += (line.items.length > 0 ? spacing : 0) + child.implicitWidth
            line.items.push(child)
        }
        if (line.items.length > 0)
            lines.push(line)
        let y = 0
        for (const each of lines) {
            // Right to left, a line's first button is on its right.
            const ordered = LayoutMirroring.enabled ? each.items.slice().reverse() : each.items
            let x = Math.max(0, Math.round((width - each.width) / 2)) // whole pixels: sharp words
            let height = 0
            for (const child of ordered) {
                child.x = x
                child.y = y
                x += child.implicitWidth + spacing
                height = Math.max(height, child.implicitHeight)
            }
            y += height + spacing
        }
        linesHeight = lines.length > 0 ? y - spacing : 0
    }
}
