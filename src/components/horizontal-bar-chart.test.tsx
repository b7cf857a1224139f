import { render, screen } from '@testing-library/react';
import { chartColors, COMPACT_QUERY } from './chart-theme';
import { HorizontalBarChart, type BarDatum } from './horizontal-bar-chart';

const LONG = 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten';

const data: BarDatum[] = [
  { key: 'a', label: 'Klaten', value: 0.8, valueLabel: '80%', color: chartColors.primary, emphasis: true },
  { key: 'b', label: LONG, value: 0.4, valueLabel: '40%', color: chartColors.other },
  { key: 'gap', label: '… 3 lainnya', value: null, valueLabel: '', color: chartColors.other },
  { key: 'c', label: 'Boyolali', value: 0.1, valueLabel: '10%', color: chartColors.low },
];

const percent = (v: number) => `${Math.round(v * 100)}%`;

function renderChart(props: Partial<Parameters<typeof HorizontalBarChart>[0]> = {}) {
  const { container } = render(
    <HorizontalBarChart
      data={data}
      ariaLabel="Capaian per unit: Klaten tertinggi"
      domainMax={1}
      tickFormatter={percent}
      references={[
        { value: 0.5, label: '50%' },
        { value: 1, label: 'Target' },
      ]}
      {...props}
    />,
  );
  const svg = container.querySelector('svg.chart-surface') as SVGSVGElement;
  const axis = svg.querySelector('.chart-axis--x > line')!;
  const left = Number(axis.getAttribute('x1'));
  const right = Number(axis.getAttribute('x2'));
  return { container, svg, left, right, plotWidth: right - left, bottom: Number(axis.getAttribute('y1')) };
}

const num = (el: Element, name: string) => Number(el.getAttribute(name));
const categoryLabels = (svg: SVGSVGElement) => [...svg.querySelectorAll('.chart-axis--y > text')];

describe('HorizontalBarChart', () => {
  it('names the chart on the role=img wrapper around one sized svg.chart-surface', () => {
    const { container, svg } = renderChart();
    const wrapper = screen.getByRole('img', { name: 'Capaian per unit: Klaten tertinggi' });
    expect(wrapper).toHaveClass('chart');
    expect(container.firstElementChild).toBe(wrapper);
    const plot = wrapper.firstElementChild!;
    expect(plot).toHaveClass('chart-plot', 'bar-chart');
    expect(plot.children).toHaveLength(1);
    expect(plot.firstElementChild).toBe(svg);
    const width = num(svg, 'width');
    const height = num(svg, 'height');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
  });

  it('draws one bar per row with a value, as long as its value over domainMax of the plot', () => {
    const { svg, left, plotWidth } = renderChart();
    const bars = [...svg.querySelectorAll('rect.chart-bar')];
    const drawn = data.filter((d) => d.value !== null);
    expect(bars).toHaveLength(drawn.length);
    bars.forEach((bar, i) => {
      expect(num(bar, 'x')).toBeCloseTo(left);
      expect(num(bar, 'width') / plotWidth).toBeCloseTo(drawn[i]!.value!, 5);
      expect(bar.getAttribute('fill')).toBe(drawn[i]!.color);
    });
    // Rows keep their order, top to bottom, and every bar is as thick as the others.
    const ys = bars.map((b) => num(b, 'y'));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(bars.map((b) => b.getAttribute('height'))).size).toBe(1);
  });

  it('scales bars to domainMax, not to the largest value', () => {
    const { svg, plotWidth } = renderChart({ domainMax: 2 });
    const first = svg.querySelector('rect.chart-bar')!;
    expect(num(first, 'width') / plotWidth).toBeCloseTo(0.8 / 2, 5);
  });

  it('leaves a spacer row (null value) without bar or value, its label in grey', () => {
    const { svg } = renderChart();
    const labels = categoryLabels(svg);
    expect(labels).toHaveLength(data.length);
    const spacer = labels[2]!;
    expect(spacer).toHaveTextContent('… 3 lainnya');
    expect(spacer.getAttribute('fill')).toBe(chartColors.axis);
    expect(labels[0]!.getAttribute('fill')).toBe(chartColors.text);
    // The spacer row's band (between rows 2 and 4) holds no bar.
    const bars = [...svg.querySelectorAll('rect.chart-bar')];
    const spacerY = num(spacer, 'y');
    expect(bars.some((b) => num(b, 'y') <= spacerY && spacerY <= num(b, 'y') + num(b, 'height'))).toBe(false);
  });

  it('writes each value right of its bar', () => {
    const { svg } = renderChart();
    const values = [...svg.querySelectorAll('text.chart-value')];
    expect(values.map((v) => v.textContent)).toEqual(['80%', '40%', '10%']);
    const bars = [...svg.querySelectorAll('rect.chart-bar')];
    values.forEach((value, i) => {
      const bar = bars[i]!;
      expect(value.getAttribute('fill')).toBe(chartColors.text);
      expect(num(value, 'x')).toBeGreaterThan(num(bar, 'x') + num(bar, 'width'));
      expect(num(value, 'y')).toBeCloseTo(num(bar, 'y') + num(bar, 'height') / 2);
    });
  });

  it('labels categories on the left, right-aligned, bold for emphasis, wrapping long names with a <title>', () => {
    const { svg, left } = renderChart();
    const [klaten, long, , boyolali] = categoryLabels(svg);
    for (const label of categoryLabels(svg)) {
      expect(label.getAttribute('text-anchor')).toBe('end');
      expect(num(label, 'x')).toBeLessThan(left);
    }
    expect(klaten).toHaveTextContent('Klaten');
    expect(klaten!.getAttribute('font-weight')).toBe('700');
    expect(boyolali!.getAttribute('font-weight')).toBe('400');
    expect(klaten!.querySelector('title')).toBeNull();

    const lines = [...long!.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => line!.length > 0)).toBe(true);
    expect(LONG.startsWith(lines[0]!)).toBe(true);
    expect(long!.querySelector('title')).toHaveTextContent(LONG);
  });

  it('draws the number axis below with formatted ticks and a grid line at each', () => {
    const { svg, left, right, bottom } = renderChart();
    const ticks = [...svg.querySelectorAll('.chart-axis--x text')];
    expect(ticks.map((t) => t.textContent)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(num(ticks[0]!, 'x')).toBeCloseTo(left);
    expect(num(ticks.at(-1)!, 'x')).toBeCloseTo(right);
    for (const tick of ticks) expect(num(tick, 'y')).toBeGreaterThan(bottom);
    const grid = [...svg.querySelectorAll('.chart-grid line')];
    expect(grid.map((g) => num(g, 'x1'))).toEqual(ticks.map((t) => num(t, 'x')));
    for (const line of grid) {
      expect(line.getAttribute('stroke')).toBe(chartColors.grid);
      expect(num(line, 'y2')).toBe(bottom);
    }
  });

  it('uses fewer ticks on a compact phone', () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({ matches: query === COMPACT_QUERY, media: query, addEventListener: () => {}, removeEventListener: () => {} }) as unknown as MediaQueryList,
    );
    try {
      const { svg } = renderChart();
      expect([...svg.querySelectorAll('.chart-axis--x text')].map((t) => t.textContent)).toEqual(['0%', '50%', '100%']);
    } finally {
      matchMedia.mockRestore();
    }
  });

  it('draws dashed reference lines at their values, labelled above the plot and centred', () => {
    const { svg, left, plotWidth, bottom } = renderChart({ references: [{ value: 0.5, label: '50%' }, { value: 1, label: 'Target' }, { value: 3, label: 'Off the axis' }] });
    const lines = [...svg.querySelectorAll('line.chart-reference')];
    expect(lines).toHaveLength(2);
    const top = num(lines[0]!, 'y1');
    lines.forEach((line, i) => {
      expect(line.getAttribute('stroke')).toBe(chartColors.target);
      expect(line.getAttribute('stroke-dasharray')).toBe('4 4');
      expect(num(line, 'x1')).toBeCloseTo(left + [0.5, 1][i]! * plotWidth);
      expect(num(line, 'x2')).toBe(num(line, 'x1'));
      expect(num(line, 'y2')).toBe(bottom);
    });
    const labels = [...svg.querySelectorAll('text.chart-reference__label')];
    expect(labels.map((l) => l.textContent)).toEqual(['50%', 'Target']);
    labels.forEach((label, i) => {
      expect(label.getAttribute('text-anchor')).toBe('middle');
      expect(num(label, 'x')).toBeCloseTo(num(lines[i]!, 'x1'));
      expect(num(label, 'y')).toBeLessThan(top);
    });
    // Bars sit inside the plot, under the labels.
    for (const bar of svg.querySelectorAll('rect.chart-bar')) expect(num(bar, 'y')).toBeGreaterThanOrEqual(top);
  });
});
