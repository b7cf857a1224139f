import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Coverage } from '../../../../contract/coverage';
import { apiPaths } from '../../../../contract/paths';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { demoApi, server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

// Expected text is written out with Intl directly, not with the app's formatters.
const id = (n: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n);
const pct = (r: number) => new Intl.NumberFormat('id-ID', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r);
const rp = (n: number) => `Rp${id(n)}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const monthId = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

const coverage = () => demoApi.coverage();

async function openPage(url = '/cakupan') {
  const app = renderApp(url);
  expect(await screen.findByRole('heading', { level: 2, name: 'Cakupan berkelanjutan' })).toBeInTheDocument();
  return app;
}

const section = (name: string) => screen.findByRole('region', { name });

describe('the coverage page (/cakupan)', () => {
  it('states protection now: protected of ever registered, stopped this month, ending within 30 days, collected this month', async () => {
    const c = coverage();
    const latest = c.months.at(-1)!;
    const previous = c.months.at(-2)!;
    await openPage();
    const now = await section('Perlindungan saat ini');
    const cards = within(await within(now).findByRole('list')).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent(`Terlindungi sekarang${id(latest.active)}dari ${id(latest.registered)} pernah terdaftar (${pct(latest.active / latest.registered)})`);
    expect(cards[1]).toHaveTextContent(`Berhenti bulan ini${id(latest.lapses)}${monthId(previous.month)}: ${id(previous.lapses)}`);
    // DEMO_TODAY is 23 Nov 2026: the window is 24 Nov .. 23 Dec.
    expect(cards[2]).toHaveTextContent(`Berakhir dalam 30 hari${id(c.expiring.total)}bila iuran tidak dibayar sampai 23 Des 2026`);
    expect(cards[3]).toHaveTextContent(`Iuran bulan ini${rp(latest.contributions)}sampai 23 Nov 2026`);
  });

  it('draws protected against ever registered, and lists the same numbers newest month first', async () => {
    const c = coverage();
    const latest = c.months.at(-1)!;
    const { user } = await openPage();
    const panel = await section('Terlindungi dan pernah terdaftar');
    expect(
      within(panel).getByText(`Dari ${id(latest.registered)} pekerja yang pernah didaftarkan, ${id(latest.active)} (${pct(latest.active / latest.registered)}) masih terlindungi pada 23 Nov 2026.`),
    ).toBeInTheDocument();
    const chart = await within(panel).findByRole('img', { name: /^Grafik garis per bulan/ });
    expect(chart).toHaveAccessibleName(`Grafik garis per bulan, Nov 2023 sampai 23 Nov 2026: pernah terdaftar naik menjadi ${id(latest.registered)}, terlindungi ${id(latest.active)}.`);

    await user.click(within(panel).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(panel).getByRole('table', { name: /terbaru di atas/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(c.months.length + 1);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Nov 2026');
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '23 Nov 2026',
      id(latest.registered),
      id(latest.active),
      pct(latest.active / latest.registered),
    ]);
    // A finished month is counted on its last day.
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('31 Okt 2026');
  });

  it('counts lapses and contributions per month, with their totals since launch', async () => {
    const c = coverage();
    const { user } = await openPage();
    const lapses = await section('Berhenti per bulan');
    const totalLapses = c.months.reduce((sum, m) => sum + m.lapses, 0);
    const peak = c.months.reduce((best, m) => (m.lapses > best.lapses ? m : best));
    expect(
      within(lapses).getByText(`${id(totalLapses)} kali perlindungan berakhir tanpa diperpanjang sejak peluncuran; terbanyak pada ${monthId(peak.month)} (${id(peak.lapses)} pekerja).`),
    ).toBeInTheDocument();
    await user.click(within(lapses).getByRole('button', { name: 'Tampilkan tabel' }));
    const peakRow = within(within(lapses).getByRole('table')).getByRole('rowheader', { name: monthId(peak.month) }).closest('tr')!;
    expect(within(peakRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([id(peak.newRegistrations), id(peak.lapses)]);

    const money = await section('Iuran terkumpul per bulan');
    const total = c.months.reduce((sum, m) => sum + m.contributions, 0);
    expect(within(money).getByText(`${rp(total)} sejak peluncuran; bulan ini ${rp(c.months.at(-1)!.contributions)} sampai 23 Nov 2026.`)).toBeInTheDocument();
    await user.click(within(money).getByRole('button', { name: 'Tampilkan tabel' }));
    const first = c.months[0]!;
    const row = within(within(money).getByRole('table')).getByRole('rowheader', { name: monthId(first.month) }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([id(first.contributions / 16_800), rp(first.contributions)]);
  });

  it('shows retention as a heatmap table with the share in every cell, every third month by default, every month on request', async () => {
    const c = coverage();
    const { user, router } = await openPage();
    const panel = await section('Retensi per bulan daftar');
    const heatmap = within(panel).getByRole('table', { name: /^Persentase pekerja yang masih terlindungi/ });
    const first = c.cohorts[0]!;
    expect(first.month).toBe('2023-11-01');
    // Nov 2023 to Nov 2026: months 0 .. 36 since registering; every third column shows 13 of them.
    const monthHeaders = within(heatmap).getAllByRole('columnheader').filter((h) => /^Bulan ke-/.test(h.textContent ?? ''));
    expect(monthHeaders.map((h) => h.textContent)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36].map((k) => `Bulan ke-${k}`));
    const row = within(heatmap).getByRole('rowheader', { name: 'Nov 2023' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[0]).toBe(id(first.size));
    expect(cells.slice(1)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36].map((k) => pct(first.retained[k]! / first.size)));
    // The newest cohort has only month 0: the rest of its row is empty, as the triangle says.
    const newest = c.cohorts.at(-1)!;
    const newestRow = within(heatmap).getByRole('rowheader', { name: monthId(newest.month) }).closest('tr')!;
    expect(within(newestRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      id(newest.size),
      pct(newest.retained[0]! / newest.size),
      ...Array(12).fill(''),
    ]);

    await user.click(within(panel).getByRole('radio', { name: 'Setiap bulan' }));
    expect(router.state.location.search).toBe('?kolom=semua');
    const all = within(panel).getByRole('table', { name: /^Persentase/ });
    expect(within(all).getAllByRole('columnheader').filter((h) => /^Bulan ke-/.test(h.textContent ?? ''))).toHaveLength(37);

    await user.click(within(panel).getByRole('button', { name: 'Tampilkan tabel' }));
    const counts = within(panel).getByRole('table', { name: /^Jumlah pekerja yang masih terlindungi/ });
    const countRow = within(counts).getByRole('rowheader', { name: 'Nov 2023' }).closest('tr')!;
    expect(within(countRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([id(first.size), ...first.retained.map(id)]);
  });

  it('counts the cover ending in the next 30 days per unit, with the total and a link to each unit, and no names', async () => {
    const c = coverage();
    const { user } = await openPage();
    const panel = await section('Perlindungan berakhir dalam 30 hari');
    expect(
      within(panel).getByText(`${id(c.expiring.total)} pekerja di ${id(c.expiring.units.length)} unit kehilangan perlindungan antara 24 Nov 2026 dan 23 Des 2026 bila iurannya tidak dibayar.`),
    ).toBeInTheDocument();
    expect(c.expiring.units.reduce((sum, u) => sum + u.count, 0)).toBe(c.expiring.total);
    await user.click(within(panel).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(panel).getByRole('table', { name: `Pekerja yang perlindungannya berakhir dalam 30 hari per unit, terbanyak di atas; total ${id(c.expiring.total)}` });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(c.expiring.units.length + 1);
    const top = c.expiring.units[0]!;
    expect(within(rows[1]!).getByRole('link', { name: top.name })).toHaveAttribute('href', `/unit/${top.id}`);
    expect(within(rows[1]!).getAllByRole('cell').at(-1)).toHaveTextContent(id(top.count));
    expect(Object.keys(top).sort()).toEqual(['count', 'id', 'kecamatan', 'kind', 'name']);
  });

  it('prices reaching the target: workers still to register × Rp16.800 × 12', async () => {
    const s = demoApi.summary();
    const remaining = s.target - s.registered;
    expect(remaining).toBeGreaterThan(0);
    await openPage();
    const panel = await section('Biaya mencapai target');
    expect(await within(panel).findByText(`${id(remaining)} pekerja × Rp16.800 × 12 bulan = ${rp(remaining * 16_800 * 12)} per tahun.`)).toBeInTheDocument();
    const cards = within(panel).getAllByRole('listitem');
    expect(cards.map((card) => card.textContent)).toEqual([
      `Sisa menuju target${id(remaining)} pekerja`,
      `Tambahan iuran per bulan${rp(remaining * 16_800)}`,
      `Tambahan iuran per tahun${rp(remaining * 16_800 * 12)}`,
    ]);
    expect(within(panel).getByText(`Seluruh target: ${id(s.target)} pekerja × Rp16.800 × 12 = ${rp(s.target * 16_800 * 12)} per tahun.`)).toBeInTheDocument();
  });

  it('says so when the target is already reached, with no cost to reach it', async () => {
    const s = demoApi.summary();
    server.use(http.get(mockUrl(apiPaths.summary), () => HttpResponse.json({ ...s, registered: s.target + 25 })));
    await openPage();
    const panel = await section('Biaya mencapai target');
    expect(
      await within(panel).findByText(`Target sudah tercapai: ${id(s.target + 25)} pekerja terdaftar dari target ${id(s.target)}. Tidak ada biaya tambahan untuk mencapainya.`),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows an error with a retry in every coverage section when the request fails, and recovers', async () => {
    server.use(http.get(mockUrl(apiPaths.coverage), () => apiErrorResponse(500, 'internal', 'boom'), { once: true }));
    const { user } = await openPage();
    const now = await section('Perlindungan saat ini');
    await within(now).findByRole('alert');
    for (const name of ['Terlindungi dan pernah terdaftar', 'Berhenti per bulan', 'Iuran terkumpul per bulan', 'Retensi per bulan daftar', 'Perlindungan berakhir dalam 30 hari']) {
      expect(within(await section(name)).getByRole('alert')).toHaveTextContent('Coba lagi');
    }
    await user.click(within(now).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(now).findByText('Terlindungi sekarang')).toBeInTheDocument();
    expect(within(await section('Retensi per bulan daftar')).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the empty state before any registration data is loaded', async () => {
    const empty: Coverage = {
      asOf: null,
      asOfDate: null,
      monthlyContribution: 16_800,
      months: [],
      cohorts: [],
      expiring: { windowDays: 30, from: '2023-11-14', to: '2023-12-13', total: 0, units: [] },
    };
    server.use(http.get(mockUrl(apiPaths.coverage), () => HttpResponse.json(empty)));
    await openPage();
    const names = ['Perlindungan saat ini', 'Terlindungi dan pernah terdaftar', 'Berhenti per bulan', 'Iuran terkumpul per bulan', 'Retensi per bulan daftar', 'Perlindungan berakhir dalam 30 hari'];
    for (const name of names) {
      const panel = await section(name);
      expect(await within(panel).findByText('Angka akan muncul setelah data pendaftaran pertama diimpor.')).toBeInTheDocument();
      expect(within(panel).queryByRole('button', { name: 'Tampilkan tabel' })).not.toBeInTheDocument();
    }
  });

  it('says plainly when no cover ends in the window', async () => {
    const c = coverage();
    server.use(http.get(mockUrl(apiPaths.coverage), () => HttpResponse.json({ ...c, expiring: { ...c.expiring, total: 0, units: [] } })));
    await openPage();
    const panel = await section('Perlindungan berakhir dalam 30 hari');
    expect(await within(panel).findByText('Tidak ada perlindungan yang berakhir antara 24 Nov 2026 dan 23 Des 2026.')).toBeInTheDocument();
    expect(within(panel).queryByRole('img')).not.toBeInTheDocument();
  });

  it('speaks English with ?lang=en and keeps the language on the way back', async () => {
    renderApp('/cakupan?lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Lasting coverage' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Retention by registration month' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Back to the overview/ })).toHaveAttribute('href', '/?lang=en');
  });
});
