import QtQuick
import QtTest
import Ronde

// The Theme's colours as they are used together: every text on its background reads at
// least 4.5:1 (WCAG AA), large text (bold 19 px and up, or 24 px) at least 3:1.
TestCase {
    name: "Theme"

    function luminance(c) {
        const channel = function(v) {
            return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function test_contrastOfEveryPairInUse_data() {
        return [
            // Body text and the words beside it.
            { tag: "text on background", fg: Theme.text, bg: Theme.background, min: 4.5 },
            { tag: "text on surface", fg: Theme.text, bg: Theme.surface, min: 4.5 },
            { tag: "muted text on background", fg: Theme.textMuted, bg: Theme.background, min: 4.5 },
            { tag: "muted text on surface", fg: Theme.textMuted, bg: Theme.surface, min: 4.5 },
            { tag: "text on a chosen answer", fg: Theme.text, bg: Theme.selected, min: 4.5 },
            // The title bar, its buttons (pressed too), primary buttons and the saved notice.
            { tag: "title bar", fg: Theme.textOnPrimary, bg: Theme.primary, min: 4.5 },
            { tag: "pressed title button", fg: Theme.textOnPrimary, bg: Theme.primaryDark, min: 4.5 },
            { tag: "saved notice", fg: Theme.textOnPrimary, bg: Theme.ok, min: 4.5 },
            // Status words and links on white and on the page's grey.
            { tag: "link on surface", fg: Theme.accent, bg: Theme.surface, min: 4.5 },
            { tag: "primary on surface", fg: Theme.primary, bg: Theme.surface, min: 4.5 },
            { tag: "ok on surface", fg: Theme.ok, bg: Theme.surface, min: 4.5 },
            { tag: "warning on surface", fg: Theme.warning, bg: Theme.surface, min: 4.5 },
            { tag: "danger on surface", fg: Theme.danger, bg: Theme.surface, min: 4.5 },
            { tag: "danger on background", fg: Theme.danger, bg: Theme.background, min: 4.5 },
            { tag: "ok on background", fg: Theme.ok, bg: Theme.background, min: 4.5 },
        ]
    }

    function test_contrastOfEveryPairInUse(data) {
        const ratio = contrast(data.fg, data.bg)
        verify(ratio >= data.min, data.tag + ": " + ratio.toFixed(2) + ":1, at least "
               + data.min + ":1 needed")
    }

    // The check itself can fail: the old title buttons (white on their grey) were about 3:1.
    function test_theCheckRejectsAWeakPair() {
        verify(contrast(Theme.textOnPrimary, Qt.rgba(127 / 255, 151 / 255, 172 / 255, 1)) < 4.5)
    }

    function test_touchTargetsFitAGlovedFinger() {
        verify(Theme.touchTarget >= 48)
        verify(Theme.rowHeight >= 48)
    }
}
