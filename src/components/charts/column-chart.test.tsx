import { fireEvent, render } from '@testing-library/react';
import { ColumnChart, labelIndices, type Column } from './column-chart';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const columns: Column[] = months.map((label, i) => ({ key: `m${i}`, label, value: (i + 1) * 10 }));

// jsdom lays nothing out: the chart draws at the fallback width of 640.
function renderChart(props: Partial<Parameters<typeof ColumnChart>[0]> = {}) {
  const { container } = render(
    <ColumnChart
      columns={columns}
      name="Berhenti"
      color="#c2410c"
      height={240}
      fontSize={14}
      y={{ domain: [0, 200], format: (v) => `${v}`, width: 40 }}
      tooltip={{ label: (c) => `Bulan ${c.label}`, value: (v) => `${v} orang` }}
      {...props}
    />,
  );
  return { container, svg: container.querySelector('div.chart-plot.column-chart > svg.chart-surface') as SVGSVGElement };
}

describe('ColumnChart', () => {
  it('draws one bar per column, as tall as its value on the y scale', () => {
    const { svg } = renderChart();
    expect(svg).not.toBeNull();
    expect(svg.getAttribute('viewBox')).toBe('0 0 640 240');
    const bars = [...svg.querySelectorAll('rect.chart-bar')];
    expect(bars).toHaveLength(12);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    // Linear from 0: the 12th bar (120) is twelve times the first (10), and all share one base line.
    expect(heights[11]! / heights[0]!).toBeCloseTo(12, 5);
    const bases = bars.map((b) => Number(b.getAttribute('y')) + Number(b.getAttribute('height')));
    expect(new Set(bases.map((b) => b.toFixed(3))).size).toBe(1);
    // Left to right in order, none overlapping.
    const xs = bars.map((b) => Number(b.getAttribute('x')));
    xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThan(xs[i]! + Number(bars[i]!.getAttribute('width'))));
  });

  it('labels the y ticks and keeps the newest month on the x axis when labels are thinned', () => {
    const { svg } = renderChart({ fontSize: 30 });
    const yLabels = [...svg.querySelectorAll('.chart-axis--y text')].map((t) => t.textContent);
    expect(yLabels[0]).toBe('0');
    expect(yLabels.at(-1)).toBe('200');
    const xLabels = [...svg.querySelectorAll('.chart-axis--x text')].map((t) => t.textContent);
    expect(xLabels.length).toBeLessThan(12);
    expect(xLabels.at(-1)).toBe('Des');
  });

  it('thins labels only as far as they need: every one fits when there is room', () => {
    expect(labelIndices(['a', 'b', 'c'], 200, 12)).toEqual([0, 1, 2]);
    expect(labelIndices(['Jan', 'Feb', 'Mar', 'Apr', 'Mei'], 30, 12)).toEqual([0, 2, 4]);
    expect(labelIndices([], 30, 12)).toEqual([]);
  });

  it('shows the hovered month in a tooltip and drops it when the pointer leaves', () => {
    const { container, svg } = renderChart();
    // Plot from x=40 to 626 (640 - one font size): 12 bands of 48.8; x=300 is in the 6th (Jun, 60).
    fireEvent.pointerMove(svg, { clientX: 300, clientY: 100 });
    const tooltip = container.querySelector('.chart-tooltip');
    expect(tooltip).toHaveTextContent('Bulan Jun');
    expect(tooltip).toHaveTextContent('Berhenti: 60 orang');
    expect(svg.querySelector('.chart-pointer')).not.toBeNull();
    fireEvent.pointerLeave(svg);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
    expect(svg.querySelector('.chart-pointer')).toBeNull();
  });

  it('has no pointer layers without a tooltip', () => {
    const { container, svg } = renderChart({ tooltip: undefined });
    fireEvent.pointerMove(svg, { clientX: 300, clientY: 100 });
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });
});
