import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths } from '../../../contract/paths';
import { addDays } from '../../../contract/dates';
import { mockUrl } from '../../../mocks/handlers';
import { demoApi, server } from '../../../mocks/node';
import { renderApp } from '../../../tests/support/render-app';
import { recentPace } from '@/lib/analytics/rank-gap';
import { dateId, expectedRace, kindId, pointsId, thousandsId } from '@/features/ranking/testing/race-expectations';

describe('the race page (/peringkat)', () => {
  it('states the race in full: rank, pass date, gaps in workers and days, and the paces behind them', async () => {
    const { race, campaign } = expectedRace('count');
    renderApp('/peringkat');

    expect(await screen.findByRole('heading', { level: 2, name: 'Perlombaan peringkat di Jawa Tengah' })).toBeInTheDocument();
    const panel = await screen.findByRole('region', { name: 'Posisi dalam perlombaan' });
    expect(await within(panel).findByText(`Kab. Klaten peringkat ${campaign.rank} dari 35`)).toBeInTheDocument();
    const above = race.above!;
    expect(
      await within(panel).findByText(`Dengan laju saat ini, Kab. Klaten menyusul ${kindId(above.other.row)} pada ${dateId(above.date!)}.`),
    ).toBeInTheDocument();
    const cards = within(within(panel).getByRole('list', { name: 'Selisih dengan wilayah lain' })).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent(`kurang ${thousandsId(above.gap)} pekerja`);

    // The paces: Klaten's over the last 28 days of the weekly history, per week.
    const window = race.self.window!;
    expect(window.days).toBe(28);
    expect(within(panel).getByText(`Laju 28 hari terakhir (${dateId(window.from)} – ${dateId(window.to)})`)).toBeInTheDocument();
    const paces = within(panel).getAllByRole('list')[1]!;
    expect(within(paces).getAllByRole('listitem')[0]).toHaveTextContent(`Kab. Klaten: ${thousandsId(window.perDay * 7)} pekerja/minggu`);
  });

  it('draws every region week by week, names the picked-out lines, and has a region × week table', async () => {
    const history = demoApi.rankingHistory('count');
    const { user } = renderApp('/peringkat');
    const section = await screen.findByRole('region', { name: 'Peringkat dari minggu ke minggu' });

    const last = history.dates.length - 1;
    const byFinal = [...history.series].sort((a, b) => a.ranks[last]! - b.ranks[last]! || (a.code < b.code ? -1 : 1));
    const klatenAt = byFinal.findIndex((s) => s.isCampaignRegion);
    const klaten = byFinal[klatenAt]!;
    const rivals = byFinal.slice(Math.max(0, klatenAt - 2), klatenAt).reverse();
    const move = (s: (typeof byFinal)[number]) => `${kindId(s)} dari peringkat ${s.ranks[0]} menjadi ${s.ranks[last]}`;
    const chart = await within(section).findByRole('img');
    expect(chart).toHaveAccessibleName(
      `Grafik peringkat 35 wilayah per minggu, ${dateId(history.dates[0]!)} sampai ${dateId(history.dates[last]!)}. ${[klaten, ...rivals].map(move).join('; ')}.`,
    );
    for (const s of [klaten, ...rivals]) expect(within(section).getByText(move(s))).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(section).getByRole('table', { name: /Peringkat setiap wilayah per minggu menurut jumlah pekerja/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(36);
    // Newest week first, then back to launch.
    const headers = within(rows[0]!).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toHaveLength(history.dates.length + 1);
    expect(headers[1]).toBe(dateId(history.dates[last]!));
    expect(headers.at(-1)).toBe(dateId(history.dates[0]!));
    const klatenRow = within(table).getByRole('rowheader', { name: 'Kab. Klaten' }).closest('tr')!;
    expect(klatenRow).toHaveAttribute('aria-current', 'true');
    const cells = within(klatenRow).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual([...klaten.ranks].reverse().map(String));
  });

  it('follows the metric in the URL on every section, with the gap in percentage points', async () => {
    const { race } = expectedRace('percent');
    const { user, router } = renderApp('/peringkat');
    const panel = await screen.findByRole('region', { name: 'Posisi dalam perlombaan' });
    await within(panel).findByText(/^Dengan laju saat ini/);

    await user.click(screen.getByRole('radio', { name: 'Persentase ASN' }));
    expect(router.state.location.search).toBe('?metric=percent');
    expect(await within(panel).findByText(`Kab. Klaten peringkat ${race.self.rank} dari 35`)).toBeInTheDocument();
    const cards = within(within(panel).getByRole('list', { name: 'Selisih dengan wilayah lain' })).getAllByRole('listitem');
    expect(cards[0]).toHaveTextContent(`kurang ${pointsId(race.above!.gap)} poin`);
    // In workers: Klaten's registrations that would give it the share of the region above.
    const klaten = race.self.row;
    const needed = Math.ceil(race.above!.other.row.coverage * klaten.asnCount - 1e-9) - klaten.registered;
    expect(cards[0]).toHaveTextContent(`(Kab. Klaten perlu ${thousandsId(needed)} pekerja)`);

    const table = await screen.findByRole('table', { name: 'Peringkat wilayah Jawa Tengah menurut persentase asn' });
    const pemalang = race.standings.find((s) => s.code === '3327')!;
    const row = within(table).getByRole('rowheader', { name: kindId(pemalang.row) }).closest('tr')!;
    expect(within(row).getAllByRole('cell').at(-1)).toHaveTextContent(`${pointsId(pemalang.window!.perDay * 7)}`);
    expect(screen.getByRole('link', { name: 'Kembali ke ringkasan' })).toHaveAttribute('href', '/?metric=percent');
  });

  it('says when Klaten does not pass before the deadline, and when it never passes at current paces', async () => {
    const { race } = expectedRace('count');
    const above = race.above!;
    const early = addDays(above.date!, -1);
    server.use(http.get(mockUrl(apiPaths.summary), () => HttpResponse.json({ ...demoApi.summary(), deadline: early })));
    renderApp('/peringkat');
    const panel = await screen.findByRole('region', { name: 'Posisi dalam perlombaan' });
    expect(
      await within(panel).findByText(`Dengan laju saat ini, Kab. Klaten tidak menyusul ${kindId(above.other.row)} sebelum ${dateId(early)}.`),
    ).toBeInTheDocument();
  });

  it('never passes when Klaten stands still', async () => {
    const history = demoApi.rankingHistory('count');
    // Klaten's values frozen at today's count: a pace of zero, which the region above at least matches.
    const still = {
      ...history,
      series: history.series.map((s) => (s.isCampaignRegion ? { ...s, values: s.values.map(() => s.values.at(-1)!) } : s)),
    };
    expect(recentPace(still.dates, still.series.find((s) => s.isCampaignRegion)!.values)?.perDay).toBe(0);
    const { race } = expectedRace('count', { history: still });
    expect(race.above?.outcome).toBe('never');
    server.use(http.get(mockUrl(apiPaths.rankingHistory), () => HttpResponse.json(still)));
    renderApp('/peringkat');
    const panel = await screen.findByRole('region', { name: 'Posisi dalam perlombaan' });
    const other = kindId(race.above!.other.row);
    expect(
      await within(panel).findByText(`Dengan laju saat ini, Kab. Klaten tidak menyusul ${other}: ${other} bertambah sama cepat atau lebih cepat.`),
    ).toBeInTheDocument();
  });
});
