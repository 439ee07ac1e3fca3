#pragma once

#include "report_charts.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <array>

// The report's PDF, written top to bottom (report_pdf.cpp holds what goes on the pages).
namespace ronde::office {

constexpr int kDpi = 150; // A4 is about 1240 × 1754 points of this size
const QColor kInk{0x20, 0x20, 0x20};
const QColor kRule{0xC8, 0xC8, 0xC8};
const QColor kHeaderFill{0xEE, 0xF2, 0xF6};

// Line styles beside colours, so lines stay apart in grey print and for colour-blind readers.
const std::array kLineStyles{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

struct Column
{
    QString header;
    int percentOfWidth;
    Qt::Alignment align = Qt::AlignLeft;
};

// A top-to-bottom writer over A4 pages: headings, lines, tables and charts, with a new page
// when the next block does not fit and a footer on each page.
class PdfPages
{
public:
    PdfPages(QPdfWriter &writer, QString footer)
        : m_writer(writer)
        , m_painter(&writer)
        , m_footer(std::move(footer))
    {
        m_area = QRect(0, 0, writer.width(), writer.height() - footerHeight());
        m_y = m_area.top();
        m_painter.setRenderHint(QPainter::Antialiasing);
    }

    bool ok() const { return m_painter.isActive(); }

    void finish()
    {
        drawFooter();
        m_painter.end();
    }

    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = m_area.top();
    }

    void title(const QString &text) { block(text, 20, true, 12); }
    void heading(const QString &text)
    {
        room(lineHeight(14, true) + 220); // keep a heading with what follows
        m_y += 18;
        block(text, 14, true, 8);
    }
    void line(const QString &text) { block(text, 10, false, 4); }

    void table(const QList<Column> &columns, const QList<QStringList> &rows)
    {
        const int lineHeight = QFontMetrics(fontOf(10, false), &m_writer).height();
        const int headerHeight = 2 * QFontMetrics(fontOf(9, true), &m_writer).height() + 14;
        // Each row as high as its longest cell needs: words wrap, they are never cut.
        const auto heightOf = [&](const QStringList &cells) {
            m_painter.setFont(fontOf(10, false));
            int needed = lineHeight;
            for (int c = 0; c < columns.size() && c < cells.size(); ++c) {
                const int width = m_area.width() * columns[c].percentOfWidth / 100 - 12;
                needed = std::max(
                    needed,
                    m_painter.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, cells[c])
                        .height());
            }
            return needed + 12;
        };
        // A table that fits on a page starts on one.
        int wholeHeight = headerHeight;
        for (const QStringList &row : rows) {
            wholeHeight += heightOf(row);
        }
        if (wholeHeight < m_area.height()) {
            room(wholeHeight);
        }
        const auto drawRow = [&](const QStringList &cells, bool header) {
            const int rowHeight = header ? headerHeight : heightOf(cells);
            room(rowHeight);
            if (header) {
                m_painter.fillRect(QRect(m_area.left(), m_y, m_area.width(), rowHeight),
                                   kHeaderFill);
            }
            m_painter.setFont(header ? fontOf(9, true) : fontOf(10, false));
            m_painter.setPen(kInk);
            int x = m_area.left();
            for (int c = 0; c < columns.size(); ++c) {
                const int width = m_area.width() * columns[c].percentOfWidth / 100;
                const QRect cell(x + 6, m_y, width - 12, rowHeight);
                const QString text = c < cells.size() ? cells[c] : QString();
                m_painter.drawText(
                    cell, int(columns[c].align | Qt::AlignVCenter) | Qt::TextWordWrap, text);
                x += width;
            }
            m_painter.setPen(QPen(kRule, 1));
            m_painter.drawLine(m_area.left(), m_y + rowHeight, m_area.right(), m_y + rowHeight);
            m_y += rowHeight;
        };
        QStringList headers;
        for (const Column &column : columns) {
            headers << column.header;
        }
        drawRow(headers, true);
        for (const QStringList &row : rows) {
            drawRow(row, false);
        }
        m_y += 10;
    }

    // A chart under its heading, the two kept on one page.
    void chartSection(const Chart &chart, const QLocale &locale)
    {
        room(lineHeight(14, true) + 26 + chartHeight(chart) + 20);
        heading(chart.title);
        this->chart(chart, locale);
    }

    static constexpr int kLegendHeight = 110; // two lines of a readable legend

    int chartHeight(const Chart &chart) const
    {
        const int rowHeight = chart.kind == Chart::Kind::GroupedBars ? 90 : 56;
        return chart.kind == Chart::Kind::Lines
                   ? 520 + kLegendHeight
                   : int(chart.categories.size()) * rowHeight + 70 + kLegendHeight;
    }

    void chart(const Chart &chart, const QLocale &locale)
    {
        const int height = chartHeight(chart);
        room(height + 20);
        if (chart.categories.isEmpty()) {
            line(QCoreApplication::translate("ronde::office", "Geen gegevens in deze periode."));
            return;
        }
        const QRect box(m_area.left(), m_y, m_area.width(), height - kLegendHeight);
        if (chart.kind == Chart::Kind::Lines) {
            drawLines(chart, box, locale);
        } else if (chart.kind == Chart::Kind::GroupedBars) {
            drawGroupedBars(chart, box, locale);
        } else {
            drawBars(chart, box, locale);
        }
        drawLegend(chart, QRect(m_area.left(), box.bottom() + 8, m_area.width(), kLegendHeight));
        m_y += height + 8;
        if (!chart.note.isEmpty()) {
            line(chart.note);
        }
    }

private:
    int footerHeight() const { return QFontMetrics(fontOf(8, false), &m_writer).height() + 30; }

    QFont fontOf(int points, bool bold) const
    {
        QFont font("DejaVu Sans");
        font.setPointSize(points);
        font.setBold(bold);
        return font;
    }

    int lineHeight(int points, bool bold) const
    {
        return QFontMetrics(fontOf(points, bold), &m_writer).height();
    }

    void room(int height)
    {
        if (m_y + height > m_area.bottom() && m_y > m_area.top()) {
            newPage();
        }
    }

    void block(const QString &text, int points, bool bold, int after)
    {
        m_painter.setFont(fontOf(points, bold));
        const QRect bounds = m_painter.boundingRect(QRect(m_area.left(), 0, m_area.width(), 10000),
                                                    Qt::TextWordWrap, text);
        room(bounds.height());
        m_painter.setPen(kInk);
        m_painter.drawText(QRect(m_area.left(), m_y, m_area.width(), bounds.height()),
                           Qt::TextWordWrap, text);
        m_y += bounds.height() + after;
    }

    void drawFooter()
    {
        m_painter.setFont(fontOf(8, false));
        m_painter.setPen(kInk);
        const QRect footer(m_area.left(), m_writer.height() - footerHeight() + 20, m_area.width(),
                           footerHeight() - 20);
        m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                           QCoreApplication::translate("ronde::office", "pagina %1").arg(m_page));
    }

    // The 0–top% scale of a chart in four steps, with light grid lines.
    void drawPercentGrid(const QRect &plot, bool vertical, const QLocale &locale, int top = 100)
    {
        m_painter.setFont(fontOf(8, false));
        for (int step = 0; step <= 4; ++step) {
            const QString label = locale.toString(double(step * top) / 4.0, 'g', 3) + "%";
            m_painter.setPen(QPen(kRule, 1));
            if (vertical) { // values along x
                const int x = plot.left() + plot.width() * step / 4;
                m_painter.drawLine(x, plot.top(), x, plot.bottom());
                m_painter.setPen(kInk);
                m_painter.drawText(QRect(x - 60, plot.bottom() + 4, 120, 30), Qt::AlignHCenter,
                                   label);
            } else { // values along y
                const int y = plot.bottom() - plot.height() * step / 4;
                m_painter.drawLine(plot.left(), y, plot.right(), y);
                m_painter.setPen(kInk);
                m_painter.drawText(QRect(plot.left() - 90, y - 15, 80, 30),
                                   Qt::AlignRight | Qt::AlignVCenter, label);
            }
        }
    }

    // Horizontal bars, one per category, the series stacked inside it.
    void drawBars(const Chart &chart, const QRect &box, const QLocale &locale)
    {
        const int labelWidth = box.width() * 42 / 100;
        const QRect plot(box.left() + labelWidth, box.top(), box.width() - labelWidth - 20,
                         box.height() - 40);
        drawPercentGrid(plot, true, locale);
        const int rowHeight = plot.height() / int(chart.categories.size());
        for (int c = 0; c < chart.categories.size(); ++c) {
            const int top = plot.top() + c * rowHeight;
            m_painter.setFont(fontOf(9, false));
            m_painter.setPen(kInk);
            const QRect label(box.left(), top, labelWidth - 12, rowHeight);
            m_painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                               chart.categories[c]);
            double start = 0;
            double total = 0;
            for (const ChartSeries &series : chart.series) {
                const double value = series.values.value(c);
                if (value <= 0) {
                    continue;
                }
                const QRectF bar(plot.left() + plot.width() * start / 100.0, top + rowHeight * 0.18,
                                 plot.width() * value / 100.0, rowHeight * 0.64);
                m_painter.fillRect(bar, series.color);
                if (chart.series.size() > 2 && bar.width() > 70) { // a part: its share inside
                    m_painter.setPen(inkOn(series.color));
                    m_painter.setFont(fontOf(8, true));
                    m_painter.drawText(bar, Qt::AlignCenter, locale.toString(value, 'f', 0) + "%");
                }
                start += value;
                total += value;
            }
            if (chart.series.size() <= 2) { // one share per bar: write it at the end
                m_painter.setPen(kInk);
                m_painter.setFont(fontOf(9, true));
                const int end = plot.left() + int(plot.width() * total / 100.0);
                const bool inside = end + 120 > plot.right(); // no room after: inside the bar
                m_painter.setPen(inside ? inkOn(chart.series.value(0).color) : kInk);
                m_painter.drawText(QRect(inside ? end - 118 : end + 8, top, 110, rowHeight),
                                   (inside ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                                   locale.toString(total, 'f', 1) + "%");
            }
        }
    }

    // Horizontal bars, one per series in each category, each with its share at its end: the
    // two views of R7.5 side by side, readable in grey by their order and the legend.
    void drawGroupedBars(const Chart &chart, const QRect &box, const QLocale &locale)
    {
        const int labelWidth = box.width() * 32 / 100;
        const QRect plot(box.left() + labelWidth, box.top(), box.width() - labelWidth - 140,
                         box.height() - 40);
        drawPercentGrid(plot, true, locale);
        const int rowHeight = plot.height() / int(chart.categories.size());
        const int barCount = std::max(1, int(chart.series.size()));
        const double barHeight = rowHeight * 0.8 / barCount;
        for (int c = 0; c < chart.categories.size(); ++c) {
            const int top = plot.top() + c * rowHeight;
            m_painter.setFont(fontOf(9, false));
            m_painter.setPen(kInk);
            m_painter.drawText(QRect(box.left(), top, labelWidth - 12, rowHeight),
                               Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                               chart.categories[c]);
            for (int s = 0; s < chart.series.size(); ++s) {
                const double value = chart.series[s].values.value(c);
                const QRectF bar(plot.left(), top + rowHeight * 0.1 + s * barHeight,
                                 plot.width() * value / 100.0, barHeight * 0.9);
                m_painter.fillRect(bar, chart.series[s].color);
                m_painter.setPen(kInk);
                m_painter.setFont(fontOf(8, true));
                m_painter.drawText(QRectF(bar.right() + 8, bar.top(), 130, bar.height()),
                                   Qt::AlignLeft | Qt::AlignVCenter,
                                   locale.toString(value, 'f', 1) + "%");
            }
        }
    }

    // One line per series over the months, on a scale just above the highest value.
    void drawLines(const Chart &chart, const QRect &box, const QLocale &locale)
    {
        const QRect plot(box.left() + 100, box.top() + 10, box.width() - 160, box.height() - 60);
        double highest = 0;
        for (const ChartSeries &series : chart.series) {
            for (double value : series.values) {
                highest = std::max(highest, value);
            }
        }
        int top = 100;
        for (int nice : {4, 10, 20, 40, 60, 80}) {
            if (highest <= nice) {
                top = nice;
                break;
            }
        }
        drawPercentGrid(plot, false, locale, top);
        const int n = int(chart.categories.size());
        const auto xAt = [&](int i) {
            return n == 1 ? plot.center().x() : plot.left() + plot.width() * i / (n - 1);
        };
        m_painter.setFont(fontOf(8, false));
        m_painter.setPen(kInk);
        for (int i = 0; i < n; ++i) {
            // Under its point, kept within the plot's width: a month not whole has a longer
            // name ("nov. 2026 (t/m 21)"), which at the last point ran off the page.
            const int width = m_painter.fontMetrics().horizontalAdvance(chart.categories[i]) + 4;
            const int left = std::clamp(xAt(i) - width / 2, plot.left() - 40,
                                        std::max(plot.left() - 40, plot.right() + 10 - width));
            m_painter.drawText(QRect(left, plot.bottom() + 6, width, 30), Qt::AlignHCenter,
                               chart.categories[i]);
        }
        for (int s = 0; s < chart.series.size(); ++s) {
            const ChartSeries &series = chart.series[s];
            QPainterPath path;
            bool joined = false; // the point before is on the line
            for (int i = 0; i < n; ++i) {
                const QPointF point(xAt(i),
                                    plot.bottom() - plot.height() * series.values.value(i) / top);
                // A month not whole: an open point, apart from the line (Chart::partCategories).
                if (chart.partCategories.value(i)) {
                    m_painter.setBrush(Qt::white);
                    m_painter.setPen(QPen(series.color, 3));
                    m_painter.drawEllipse(point, 6, 6);
                    joined = false;
                    continue;
                }
                if (joined) {
                    path.lineTo(point);
                } else {
                    path.moveTo(point);
                }
                joined = true;
                m_painter.setBrush(series.color);
                m_painter.setPen(Qt::NoPen);
                m_painter.drawEllipse(point, 6, 6);
            }
            m_painter.setBrush(Qt::NoBrush);
            m_painter.setPen(QPen(series.color, 4, kLineStyles[size_t(s) % kLineStyles.size()]));
            m_painter.drawPath(path);
        }
    }

    void drawLegend(const Chart &chart, const QRect &box)
    {
        m_painter.setFont(fontOf(10, false)); // readable printed and on a screen at 60 dpi
        int x = box.left();
        int top = box.top();
        for (int s = 0; s < chart.series.size(); ++s) {
            const ChartSeries &series = chart.series[s];
            const int needed = 48 + m_painter.fontMetrics().horizontalAdvance(series.name);
            if (x + needed > box.right() && x > box.left()) { // next legend line
                x = box.left();
                top += 44;
            }
            if (chart.kind == Chart::Kind::Lines) {
                m_painter.setPen(
                    QPen(series.color, 4, kLineStyles[size_t(s) % kLineStyles.size()]));
                m_painter.drawLine(x, top + 15, x + 40, top + 15);
                x += 48;
            } else {
                m_painter.fillRect(QRect(x, top + 5, 20, 20), series.color);
                x += 28;
            }
            m_painter.setPen(kInk);
            const int width = m_painter.fontMetrics().horizontalAdvance(series.name);
            m_painter.drawText(QRect(x, top, width + 4, 30), Qt::AlignVCenter, series.name);
            x += width + 36;
        }
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    QString m_footer;
    QRect m_area;
    int m_y = 0;
    int m_page = 1;
};

} // namespace ronde::office
