"""Bar charts of the scrutiny report (reportlab graphics), greys only: readable in black and white."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib import colors

from .fonts import BOLD, REGULAR, register_fonts
from .layout import BODY_WIDTH


def histogram(title: str, labels: Sequence[str], counts: Sequence[int], x_title: str, y_title: str = "count",
              width: float = BODY_WIDTH / 2 - 6, height: float = 170) -> Drawing:
    """Counts per bin as grey bars, the count over each bar; both axes titled with their units."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=7)
    chart = VerticalBarChart()
    chart.x = 40
    chart.y = 42
    chart.width = width - 50
    chart.height = height - 70
    chart.data = [list(counts) if counts else [0]]
    chart.bars[0].fillColor = colors.Color(0.55, 0.55, 0.55)
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.4
    chart.valueAxis.valueMin = 0
    top = max(counts) if counts else 0
    step = _step(top)
    chart.valueAxis.valueMax = max(step, ((top + step - 1) // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeWidth = 0.5
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.strokeWidth = 0.5
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(String(width / 2, height - 12, title, fontName=BOLD, fontSize=9, textAnchor="middle"))
    drawing.add(String(width / 2, 14, x_title, fontName=REGULAR, fontSize=7.5, textAnchor="middle"))
    y_label = String(0, 0, y_title, fontName=REGULAR, fontSize=7.5, textAnchor="middle")
    group = Group(y_label)
    group.transform = (0, 1, -1, 0, 10, chart.y + chart.height / 2)  # turned to read up the axis
    drawing.add(group)
    return drawing


def _step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def binned(values: Sequence[float], edges: Sequence[float]) -> list[int]:
    """How many values fall in [edges[i], edges[i+1]); the last bin is open-ended."""
    counts = [0] * len(edges)
    for v in values:
        slot = 0
        for i, edge in enumerate(edges):
            if v >= edge:
                slot = i
        counts[slot] += 1
    return counts
