pragma Singleton
import QtQuick

// One place for colours, sizes and type. Pages never hard-code a colour.
QtObject {
    // Colours: calm, high contrast; warnings also carry a word or icon, never colour alone.
    readonly property color background: "#f3f5f8"
    readonly property color surface: "#ffffff"
    readonly property color primary: "#1f4e79"
    readonly property color primaryDark: "#163a5a" // a pressed button on the title bar
    readonly property color textOnPrimary: "#ffffff"
    readonly property color text: "#1b1f24"
    readonly property color textMuted: "#5a6270"
    readonly property color divider: "#d5dae1"
    readonly property color ok: "#1e7b34"
    readonly property color warning: "#a15c00"
    readonly property color danger: "#b3261e"
    readonly property color accent: "#2f6db3"
    readonly property color selected: "#dbe7f3" // a chosen answer, under dark text

    // Sizes: touch targets of at least 48 px, bigger where gloves are likely.
    readonly property int touchTarget: 56
    readonly property int spacing: 12
    readonly property int margin: 20
    readonly property int radius: 10
    readonly property int rowHeight: 88

    // Type: readable at arm's length.
    readonly property int fontSmall: 16
    readonly property int fontBody: 19
    readonly property int fontTitle: 24
    readonly property int fontHeading: 30
}
