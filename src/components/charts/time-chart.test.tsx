import { fireEvent, render, screen } from '@testing-library/react';
import { TimeChart, type TimeSeries } from './time-chart';
import { FALLBACK_WIDTH } from './use-width';

const DAY = 86_400_000;
const rows = [
  { t: 0, cumulative: 0, band: undefined },
  { t: 10 * DAY, cumulative: 400 },
  { t: 20 * DAY, cumulative: 1_000, band: [900, 1_200] as [number, number] },
  { t: 30 * DAY, cumulative: 1_500, band: [1_300, 1_800] as [number, number] },
];
const series: TimeSeries[] = [
  { key: 'cumulative', name: 'Terdaftar', color: '#0a7d3b', strokeWidth: 3 },
  { key: 'band', name: 'Rentang', color: '#0a7d3b', kind: 'band' },
];

function renderChart(extra: Partial<Parameters<typeof TimeChart>[0]> = {}) {
  return render(
    <TimeChart
      rows={rows}
      series={series}
      height={300}
      fontSize={14}
      x={{ domain: [0, 30 * DAY], ticks: [0, 15 * DAY, 30 * DAY], format: (t) => `d${t / DAY}` }}
      y={{ domain: [0, 2_000], format: (v) => `${v}!`, width: 56 }}
      tooltip={{ label: (t) => `hari ${t / DAY}`, value: (v) => (Array.isArray(v) ? v.join('–') : String(v)) }}
      legend
      {...extra}
    />,
  );
}

/** Points of an "M…L…" path. */
const points = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));

describe('TimeChart', () => {
  it('draws each line through its rows on the chart scales, skipping rows without a value', () => {
    const { container } = renderChart();
    const surface = container.querySelector('svg.chart-surface')!;
    expect(surface.getAttribute('viewBox')).toBe(`0 0 ${FALLBACK_WIDTH} 300`);
    const line = container.querySelector<SVGPathElement>('path.chart-line')!;
    const drawn = points(line.getAttribute('d')!);
    expect(drawn).toHaveLength(4);
    // x runs from the y-axis' width to the width less the right room; y from the bottom (0) up.
    const left = 56;
    const right = FALLBACK_WIDTH - 14 * 1.5;
    expect(drawn[0]!.x).toBeCloseTo(left, 0);
    expect(drawn[3]!.x).toBeCloseTo(right, 0);
    expect(drawn[1]!.x).toBeCloseTo(left + (right - left) / 3, 0);
    const bottom = drawn[0]!.y;
    const top = 14; // fontSize above the plot
    expect(drawn[2]!.y).toBeCloseTo(bottom - (bottom - top) / 2, 0);
  });

  it('draws a band only where the rows have a range, upper edge then lower edge', () => {
    const { container } = renderChart();
    const band = [...container.querySelectorAll('path')].find((p) => p.getAttribute('fill-opacity') !== null)!;
    const pts = points(band.getAttribute('d')!);
    expect(pts).toHaveLength(4);
    expect(pts[0]!.y).toBeLessThan(pts[3]!.y); // 1 200 is above 900
  });

  it('labels the axes with the given formats and lists the series in the legend', () => {
    renderChart();
    expect(screen.getByText('0!')).toBeInTheDocument();
    expect(screen.getByText('2000!')).toBeInTheDocument();
    expect(screen.getByText('d15')).toBeInTheDocument();
    const legend = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(legend).toEqual(['Terdaftar', 'Rentang']);
  });

  it('shows the nearest row’s values under the pointer and hides them when it leaves', () => {
    const { container } = renderChart();
    const surface = container.querySelector('svg.chart-surface')!;
    const left = 56;
    const right = FALLBACK_WIDTH - 21;
    fireEvent.pointerMove(surface, { clientX: left + ((right - left) * 19) / 30 });
    const tooltip = container.querySelector('.chart-tooltip')!;
    expect(tooltip).toHaveTextContent('hari 20');
    expect(tooltip).toHaveTextContent('Terdaftar: 1000');
    expect(tooltip).toHaveTextContent('Rentang: 900–1200');
    expect(container.querySelectorAll('.chart-pointer circle')).toHaveLength(1);
    fireEvent.pointerLeave(surface);
    expect(container.querySelector('.chart-tooltip')).toBeNull();
  });

  it('puts rank 1 at the top of a reversed axis and draws reference lines with labels', () => {
    const { container } = renderChart({
      y: { domain: [1, 10], ticks: [1, 10], format: (v) => `#${v}`, width: 40, reversed: true },
      references: [{ y: 5, color: '#000', dash: '2 4', label: 'lima' }],
    });
    const one = screen.getByText('#1');
    const ten = screen.getByText('#10');
    expect(Number(one.getAttribute('y'))).toBeLessThan(Number(ten.getAttribute('y')));
    expect(container.querySelector('.chart-reference')).toHaveTextContent('lima');
  });

  it('hands extra layers the plot and its scales', () => {
    const { container } = renderChart({ layers: (plot) => <circle className="probe" cx={plot.x(10 * DAY)} cy={plot.y(0)} r={2} /> });
    const probe = container.querySelector('.probe')!;
    expect(Number(probe.getAttribute('cx'))).toBeCloseTo(56 + (FALLBACK_WIDTH - 21 - 56) / 3, 0);
  });
});
