import { fireEvent, render } from '@testing-library/react';
import { TimeChart, type TimeSeries } from '@/components/charts/time-chart';
import { chartSvg } from './png-svg';

// The exporter reads the chart kit's DOM contract (div.chart-plot > svg.chart-surface, ul.chart-legend), so it is
// tested against the real kit rather than a hand-built copy of its markup.

const rows = [
  { t: 0, a: 10, b: 4 },
  { t: 1, a: 20, b: 8 },
  { t: 2, a: 30, b: 12 },
];
const series: TimeSeries[] = [
  { key: 'a', name: 'Realisasi', color: '#0a7d3b' },
  { key: 'b', name: 'Target', color: '#5b6672', dash: '4 3' },
];

function Chart({ legend = true }: { legend?: boolean }) {
  return (
    <TimeChart
      rows={rows}
      series={series}
      height={200}
      fontSize={12}
      legend={legend}
      x={{ domain: [0, 2], ticks: [0, 1, 2], format: String }}
      y={{ domain: [0, 30], format: String, width: 40 }}
      tooltip={{ label: (t) => `Minggu ${t}`, value: (v) => String(v) }}
    />
  );
}

/** The image's root <svg>; read with the HTML parser, which, unlike jsdom's XML parser, accepts the root's xmlns that jsdom's serializer writes twice. */
function parse(svg: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = svg;
  return host.firstElementChild as SVGSVGElement;
}

function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
}

describe('chartSvg', () => {
  it('is null when the container holds no chart surface (an HTML chart, or a box without its svg)', () => {
    const { container } = render(
      <div>
        <div className="chart-plot">
          <p>grid</p>
        </div>
        <svg className="chart-surface" />
      </div>,
    );
    expect(chartSvg(container)).toBeNull();
  });

  it('copies the chart surface and redraws the legend as SVG text and icons', () => {
    const { container } = render(<Chart />);
    const out = chartSvg(container)!;
    expect(out).not.toBeNull();
    const root = parse(out.svg);
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
    // One nested copy of the surface, two lines in it, and one icon per legend item beside it.
    const surfaces = [...root.children].filter((el) => el.getAttribute('class') === 'chart-surface');
    expect(surfaces).toHaveLength(1);
    expect(surfaces[0]!.querySelectorAll('path.chart-line')).toHaveLength(2);
    const icons = [...root.children].filter((el) => el.localName === 'svg' && el.getAttribute('class') !== 'chart-surface');
    expect(icons).toHaveLength(2);
    const labels = [...root.children].filter((el) => el.localName === 'text').map((el) => el.textContent);
    expect(labels).toEqual(['Realisasi', 'Target']);
    // No HTML left in the image.
    expect(out.svg).not.toContain('chart-legend');
    expect(out.svg).not.toMatch(/<(ul|li|span)[\s>]/);
  });

  it('leaves out the pointer layer and the tooltip shown while the pointer is over the chart', () => {
    const { container } = render(<Chart legend={false} />);
    const surface = container.querySelector<SVGSVGElement>('svg.chart-surface')!;
    fireEvent.pointerMove(surface, { clientX: 300, clientY: 100 });
    // The pointer is on screen (else leaving it out would prove nothing) ...
    expect(container.querySelector('.chart-pointer')).not.toBeNull();
    expect(container.querySelector('.chart-tooltip')).not.toBeNull();
    const out = chartSvg(container)!;
    // ... but not in the image, and the page's chart keeps it.
    expect(out.svg).not.toContain('chart-pointer');
    expect(out.svg).not.toContain('chart-tooltip');
    expect(out.svg).not.toContain('Minggu');
    expect(parse(out.svg).querySelectorAll('path.chart-line')).toHaveLength(2);
    expect(container.querySelector('.chart-pointer')).not.toBeNull();
  });

  it('stacks every chart of the container in one image, placed as on screen', () => {
    const { container } = render(
      <div>
        <Chart legend={false} />
        <Chart legend={false} />
      </div>,
    );
    // jsdom lays nothing out: the two charts sit one under the other, 10 px from the page's left edge.
    const plots = [...container.querySelectorAll('.chart-plot')];
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const i = plots.findIndex((p) => p === this || p === this.parentElement);
      return i < 0 ? rect(0, 0, 0, 0) : rect(10, 50 + i * 220, 640, 200);
    });
    const out = chartSvg(container)!;
    vi.restoreAllMocks();
    expect(out).toMatchObject({ width: 640, height: 420 });
    const copies = [...parse(out.svg).children].filter((el) => el.getAttribute('class') === 'chart-surface');
    expect(copies.map((el) => [el.getAttribute('x'), el.getAttribute('y'), el.getAttribute('height')])).toEqual([
      ['0', '0', '200'],
      ['0', '220', '200'],
    ]);
  });
});
