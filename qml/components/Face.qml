import QtQuick
import Ronde

// A simple drawn face for the rating screen: 1 is very unhappy, 5 very happy. Drawn rather
// than an emoji, so it looks the same on every tablet, with or without emoji fonts.
Canvas {
    id: face
    property int score: 3
    implicitWidth: 72
    implicitHeight: 72
    onScoreChanged: requestPaint()
    onPaint: {
        const ctx = getContext("2d")
        const w = width, h = height, r = Math.min(w, h) / 2 - 3
        ctx.reset()
        ctx.lineWidth = 4
        ctx.strokeStyle = Theme.text
        ctx.fillStyle = ["#f4c7c3", "#f9dcc4", "#f3f0c8", "#d6efd0", "#bfe6c4"][face.score - 1]
        ctx.beginPath(); ctx.arc(w / 2, h / 2, r, 0, 2 * Math.PI); ctx.fill(); ctx.stroke()
        ctx.fillStyle = Theme.text
        ctx.beginPath(); ctx.arc(w / 2 - r * 0.35, h / 2 - r * 0.25, r * 0.1, 0, 2 * Math.PI); ctx.fill()
        ctx.beginPath(); ctx.arc(w / 2 + r * 0.35, h / 2 - r * 0.25, r * 0.1, 0, 2 * Math.PI); ctx.fill()
        // The mouth bends from a frown (1) to a smile (5).
        const bend = (face.score - 3) * r * 0.22
        ctx.beginPath()
        ctx.moveTo(w / 2 - r * 0.45, h / 2 + r * 0.35)
        ctx.quadraticCurveTo(w / 2, h / 2 + r * 0.35 + bend, w / 2 + r * 0.45, h / 2 + r * 0.35)
        ctx.stroke()
    }
}
