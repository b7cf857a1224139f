import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandTextScale, chooseScale, DEFAULT_LIMITS, pngFileName, pngLayout, STYLES, wrapText, type BandLine, type Measure } from './png-layout';

// A fixed-width font: every character is half the font size wide.
const measure: Measure = (text, style) => text.length * style.size * 0.5;

const header: BandLine[] = [
  { text: 'Perkembangan pendaftaran', style: STYLES.title },
  { text: 'Data per 13 Nov 2023, 14.05 WIB', style: STYLES.meta },
  { text: 'Interval: Mingguan', style: STYLES.meta },
];
const footer: BandLine[] = [
  { text: 'Sumber: BPJS Ketenagakerjaan Cabang Klaten · Pantau Peduli', style: STYLES.footer },
  { text: 'Diekspor 13 Nov 2023, 15.00 WIB', style: STYLES.footer },
];

describe('wrapText', () => {
  it('keeps a line that fits, breaks at spaces otherwise', () => {
    // 10px a character at size 20.
    expect(wrapText('satu dua tiga', 200, STYLES.title, measure)).toEqual(['satu dua tiga']);
    expect(wrapText('satu dua tiga', 80, STYLES.title, measure)).toEqual(['satu dua', 'tiga']);
    expect(wrapText('  ', 80, STYLES.title, measure)).toEqual([]);
  });
  it('cuts a word longer than the line', () => {
    expect(wrapText('abcdefghij xy', 40, STYLES.title, measure)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });
  it('never loses or reorders text, and every line fits (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 20 }), fc.integer({ min: 10, max: 400 }), (words, max) => {
        const lines = wrapText(words.join(' '), max, STYLES.meta, measure);
        expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
        for (const line of lines) expect(line.length === 1 || measure(line, STYLES.meta) <= max).toBe(true);
      }),
    );
  });
});

describe('chooseScale', () => {
  it('is 2 for a chart or an ordinary page', () => {
    expect(chooseScale(900, 600)).toBe(2);
    expect(chooseScale(1400, 7000)).toBe(2);
  });
  it('lowers the scale only as far as the canvas limits need', () => {
    expect(chooseScale(400, 16_000)).toBe(1);
    expect(chooseScale(1000, 40_000)).toBe(0.4);
    const s = chooseScale(4000, 8000);
    expect(4000 * s * 8000 * s).toBeLessThanOrEqual(DEFAULT_LIMITS.maxArea);
    expect(s).toBe(1.22);
  });
  it('never exceeds the preferred scale or the limits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60_000 }), fc.integer({ min: 1, max: 60_000 }), (w, h) => {
        const s = chooseScale(w, h);
        expect(s).toBeLessThanOrEqual(2);
        expect(Math.round(w * s)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxSide);
        expect(Math.round(h * s)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxSide);
        expect(w * s * h * s).toBeLessThanOrEqual(DEFAULT_LIMITS.maxArea);
      }),
    );
  });
});

describe('pngLayout', () => {
  it('puts the header above the chart and the footer below, at twice the CSS size', () => {
    const layout = pngLayout({ content: { width: 800, height: 400 }, header, footer, measure });
    expect(layout.width).toBe(848);
    expect(layout.scale).toBe(2);
    expect(layout.pixelWidth).toBe(1696);
    expect(layout.pixelHeight).toBe(layout.height * 2);
    expect(layout.content).toEqual({ x: 24, y: layout.header.height, width: 800, height: 400 });
    expect(layout.header.lines.map((l) => l.text)).toEqual(header.map((l) => l.text));
    expect(layout.footer.lines.map((l) => l.text)).toEqual(footer.map((l) => l.text));
    // Lines in order, none overlapping, the header's inside the header, the footer's inside the footer.
    const all = [...layout.header.lines, ...layout.footer.lines];
    all.slice(1).forEach((line, i) => expect(line.y).toBeGreaterThanOrEqual(all[i]!.y + all[i]!.lineHeight));
    const lastHeader = layout.header.lines.at(-1)!;
    expect(lastHeader.y + lastHeader.lineHeight).toBeLessThanOrEqual(layout.content.y);
    expect(layout.header.lines[0]!.y).toBeGreaterThanOrEqual(layout.accentHeight);
    expect(layout.footer.y).toBe(layout.content.y + 400);
    expect(layout.footer.lines[0]!.y).toBeGreaterThan(layout.footer.y);
    const lastFooter = layout.footer.lines.at(-1)!;
    expect(lastFooter.y + lastFooter.lineHeight).toBeLessThanOrEqual(layout.height);
    expect(layout.height).toBe(layout.footer.y + layout.footer.height);
  });

  it('gives a narrow chart a readable minimum width, centred, and wraps long lines', () => {
    const layout = pngLayout({ content: { width: 200.4, height: 150 }, header, footer, measure, minWidth: 360 });
    expect(layout.width).toBe(360);
    expect(layout.content.width).toBe(201);
    expect(layout.content.x).toBe(Math.floor((360 - 201) / 2));
    // The source line (58 characters at 6 px = 348 px) does not fit in 312 px: two lines.
    expect(layout.footer.lines.length).toBe(3);
    for (const line of [...layout.header.lines, ...layout.footer.lines]) {
      expect(measure(line.text, line.style)).toBeLessThanOrEqual(layout.width - 48);
    }
  });

  it('keeps a very tall page within the canvas limits', () => {
    const layout = pngLayout({ content: { width: 390, height: 20_000 }, header, footer, measure });
    expect(layout.scale).toBeLessThan(1);
    expect(layout.pixelHeight).toBeLessThanOrEqual(DEFAULT_LIMITS.maxSide);
  });
});

describe('pngFileName', () => {
  it('names files like the CSV of the same chart', () => {
    expect(pngFileName('progres', '2023-11-13')).toBe('pantau-peduli_progres_2023-11-13.png');
    expect(pngFileName('Peringkat di Jawa Tengah', '2023-11-13')).toBe('pantau-peduli_peringkat-di-jawa-tengah_2023-11-13.png');
    expect(pngFileName('Ringkasan', null)).toBe('pantau-peduli_ringkasan.png');
  });
});

describe('bandTextScale', () => {
  it('keeps chart-sized text for a chart, grows it for a wide page, within bounds', () => {
    expect(bandTextScale(848)).toBe(1);
    expect(bandTextScale(1200)).toBe(1.25);
    expect(bandTextScale(1488)).toBe(1.5);
    expect(bandTextScale(4000)).toBe(1.5);
  });
  it('scales the band lines of a wide image', () => {
    const layout = pngLayout({ content: { width: 1392, height: 3000 }, header, footer, measure });
    expect(layout.header.lines[0]!.style.size).toBe(30);
    expect(layout.footer.lines[0]!.style.size).toBe(18);
  });
});
