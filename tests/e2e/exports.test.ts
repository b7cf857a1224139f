import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Summary } from '../../contract/summary';
import { Timeseries } from '../../contract/timeseries';
import { formatNumber } from '../../src/lib/format';
import { id as idText } from '../../src/lib/i18n/id';
import { asOfText } from '../../src/lib/export/png-text';
import { idNumber, readCsvText } from '../support/read-csv-text';
import { collectErrors, gotoApp, SHOTS, startServerAndBrowser, stopServerAndBrowser } from './support/pages';
import type { RunningServer } from './support/server';

const VIEWPORT = { width: 1280, height: 900 };

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface PixelStats {
  width: number;
  height: number;
  /** Share of sampled pixels that are not white. */
  inked: number;
  /** Distinct colours among the sampled pixels (rounded to 16 levels a channel). */
  colours: number;
  /** The colour of the accent bar along the top. */
  top: [number, number, number];
}

/** Decodes the PNG in Chromium and samples its pixels: an image of nothing would be all white. */
async function pixelStats(page: Page, bytes: Buffer): Promise<PixelStats> {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let inked = 0;
    let samples = 0;
    const step = 7;
    for (let i = 0; i < data.length; i += 4 * step) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      samples++;
      if (r < 245 || g < 245 || b < 245) inked++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    const mid = 4 * Math.floor(canvas.width / 2);
    return {
      width: canvas.width,
      height: canvas.height,
      inked: inked / samples,
      colours: colours.size,
      top: [data[mid]!, data[mid + 1]!, data[mid + 2]!] as [number, number, number],
    };
  }, bytes.toString('base64'));
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

describe('exports: a chart and a whole view as PNG, a chart as CSV, the page printed to A4', () => {
  let server: RunningServer;
  let browser: Browser;
  let summary: Summary;

  beforeAll(async () => {
    [server, browser] = await startServerAndBrowser({ DEMO_TODAY: '2026-11-23' });
    summary = Summary.parse(await (await fetch(`${server.url}/api/summary`)).json());
  });
  afterAll(() => stopServerAndBrowser(server, browser));

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
    const errors: string[] = [];
    collectErrors(page, errors);
    await gotoApp(page, `${server.url}${path}`);
    await page.waitForSelector('.chart-surface', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return { page, errors };
  }

  it('downloads a chart as a PNG at twice its size on screen, with header and footer bands, not blank', async () => {
    const { page, errors } = await open('/');
    const panel = page.getByRole('region', { name: 'Perkembangan pendaftaran' });
    // The chart as laid out on screen: the union of its chart boxes (legends included), as the export measures it.
    const chart = await panel.evaluate((section) => {
      const rects = [...section.querySelectorAll('.chart-plot')].filter((w) => w.querySelector(':scope > svg.chart-surface')).map((w) => w.getBoundingClientRect());
      return {
        width: Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
        height: Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
      };
    });
    expect(chart.width).toBeGreaterThan(300);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Unduh PNG: Perkembangan pendaftaran' }).click()]);
    expect(download.suggestedFilename()).toBe(`pantau-peduli_progres_${summary.asOfDate}.png`);
    const bytes = await downloaded(download);
    await writeFile(`${SHOTS}/export-chart.png`, bytes);

    const size = pngSize(bytes);
    // 24 px either side of the chart, at 2x.
    expect(size.width).toBe(2 * (Math.ceil(chart.width) + 48));
    // The chart plus a header (title, stamp, demo note, filters) and a footer (source, export time).
    expect(size.height / 2).toBeGreaterThan(chart.height + 120);
    expect(size.height / 2).toBeLessThan(chart.height + 400);

    const pixels = await pixelStats(page, bytes);
    expect([pixels.width, pixels.height]).toEqual([size.width, size.height]);
    expect(pixels.inked).toBeGreaterThan(0.02);
    expect(pixels.colours).toBeGreaterThan(20);
    // The green accent bar of the dashboard runs along the top.
    expect(pixels.top).toEqual([0x0a, 0x7d, 0x3b]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the whole view as one tall PNG as wide as the page', async () => {
    const { page, errors } = await open('/cakupan');
    await page.getByRole('region', { name: 'Retensi per bulan daftar' }).waitFor();
    const main = await page.locator('#main').evaluate((el) => ({ width: el.getBoundingClientRect().width, height: el.scrollHeight }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh PNG halaman' }).click()]);
    expect(download.suggestedFilename()).toBe(`pantau-peduli_cakupan-berkelanjutan_${summary.asOfDate}.png`);
    const bytes = await downloaded(download);
    await writeFile(`${SHOTS}/export-view.png`, bytes);

    const size = pngSize(bytes);
    expect(size.width).toBe(2 * (Math.round(main.width) + 48));
    // Everything in <main> (scrolling tables opened in full), plus the bands; less the toolbar.
    expect(size.height / 2).toBeGreaterThan(main.height * 0.9);
    expect(size.height / 2).toBeLessThan(main.height * 2 + 600);

    const pixels = await pixelStats(page, bytes);
    expect(pixels.inked).toBeGreaterThan(0.3);
    expect(pixels.colours).toBeGreaterThan(40);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads a chart CSV that parses back to the numbers from the API and on screen', async () => {
    const { page, errors } = await open('/');
    const panel = page.getByRole('region', { name: 'Perkembangan pendaftaran' });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Unduh CSV: Perkembangan pendaftaran' }).click()]);
    expect(download.suggestedFilename()).toBe(`pantau-peduli_progres_${summary.asOfDate}.csv`);
    const text = (await downloaded(download)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = await readCsvText(text);
    expect(header).toEqual([idText.periodColumn, idText.newColumn, idText.cumulativeColumn]);

    const api = Timeseries.parse(await (await fetch(`${server.url}/api/registrations/timeseries?interval=week`)).json());
    expect(rows.map((r) => [r[0], idNumber(r[1]!), idNumber(r[2]!)])).toEqual(api.points.map((p) => [p.date, p.new, p.cumulative]));
    // The last cumulative count is the headline number on screen.
    const last = idNumber(rows.at(-1)![2]!);
    expect(last).toBe(summary.registered);
    await expect.poll(() => page.getByRole('region', { name: 'Capaian pendaftaran' }).innerText()).toContain(formatNumber(last, 'id'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the overview to A4: print heading with the data stamp, page numbers, charts within the paper, no chrome', async () => {
    const { page, errors } = await open('/');
    await page.emulateMedia({ media: 'print' });
    // Print media lays the page out at the paper's width, and the charts redraw to fit it.
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('is-printing'))).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const main = document.getElementById('main')!.getBoundingClientRect().width;
          // The drawing, not only its box: an svg drawn wider than its box would overflow the paper.
          const widths = [...document.querySelectorAll('.chart-plot, .chart-plot > svg.chart-surface')].map((w) => w.getBoundingClientRect().width);
          return widths.length > 0 && widths.every((w) => w <= main + 1) && main < 720;
        }),
      )
      .toBe(true);

    const stamp = asOfText(summary, undefined, 'id');
    const heading = page.locator('.print-header');
    expect(await heading.isVisible()).toBe(true);
    expect(await heading.innerText()).toContain(stamp);
    expect(await heading.innerText()).toMatch(/Dicetak \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB/);
    for (const chrome of ['.site-header', '.site-nav-bar', '.view-toolbar', '.skip-link', '.panel__actions']) {
      expect(await page.locator(chrome).first().evaluate((el) => getComputedStyle(el).display), chrome).toBe('none');
    }
    await page.screenshot({ path: `${SHOTS}/export-print.png`, fullPage: true });

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await writeFile(`${SHOTS}/export-overview.pdf`, pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(1);

    // The PDF's text, where poppler's pdftotext is installed; otherwise the page-margin rule that writes it.
    const pdftotext = spawnSync('pdftotext', ['-v']);
    if (pdftotext.error === undefined) {
      const path = `${SHOTS}/export-overview.pdf`;
      const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain(stamp);
      expect(text).toContain(`Halaman 1 dari ${pages}`);
      expect(text).toContain(`Halaman ${pages} dari ${pages}`);
      expect(text).toContain('Perkembangan pendaftaran');
      expect(text).not.toContain(idText.skipToContent);
      expect(text).not.toContain('Unduh CSV');
    } else {
      const margins = await page.locator('.print-header style').evaluate((el) => el.textContent ?? '');
      expect(margins).toContain('"Halaman " counter(page) " dari " counter(pages)');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
