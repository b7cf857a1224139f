import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths } from '../../../../contract/paths';
import type { RankingRow } from '../../../../contract/ranking';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { demoApi, server } from '../../../../mocks/node';
import { findSection, renderApp } from '../../../../tests/support/render-app';
import { dateId, expectedRace, kindId, thousandsId } from '../testing/race-expectations';

function campaignAndAbove(rows: RankingRow[]) {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const klaten = sorted.find((r) => r.isCampaignRegion)!;
  const above = sorted.filter((r) => r.rank < klaten.rank);
  return { klaten, above, total: sorted.length };
}

describe('provincial ranking', () => {
  it("states Klaten's rank, the gap up and down in workers and days, and when it passes the region above", async () => {
    const { race, campaign } = expectedRace('count');
    expect(race.self.rank).toBe(campaign.rank);
    expect(race.above?.outcome).toBe('passes');
    renderApp('/');

    const section = await findSection('Peringkat di Jawa Tengah');
    expect(await within(section).findByText(`Kab. Klaten peringkat ${campaign.rank} dari 35`)).toBeInTheDocument();
    const above = race.above!;
    expect(
      await within(section).findByText(`Dengan laju saat ini, Kab. Klaten menyusul ${kindId(above.other.row)} pada ${dateId(above.date!)}.`),
    ).toBeInTheDocument();

    const items = within(within(section).getByRole('list', { name: 'Selisih dengan wilayah lain' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      `Kurang ${thousandsId(above.gap)} pekerja dari ${kindId(above.other.row)} (peringkat ${above.other.rank})`,
    );
    expect(items[0]).toHaveTextContent(`${thousandsId(above.days!)} hari dengan laju saat ini (${dateId(above.date!)})`);
    const below = race.below!;
    expect(items.at(-1)).toHaveTextContent(
      `Unggul ${thousandsId(below.gap)} pekerja dari ${kindId(below.other.row)} (peringkat ${below.other.rank})`,
    );
    const leader = race.leader;
    if (leader && leader.other.code !== above.other.code) {
      expect(items[1]).toHaveTextContent(`Kurang ${thousandsId(leader.gap)} pekerja dari ${kindId(leader.other.row)} (peringkat 1)`);
      if (leader.outcome === 'passes') expect(items[1]).toHaveTextContent(`${thousandsId(leader.days!)} hari dengan laju saat ini (${dateId(leader.date!)})`);
    }
  });

  it('links to the full race keeping the language and the metric', async () => {
    renderApp('/?metric=percent&lang=en');
    const section = await findSection('Ranking in Jawa Tengah');
    const link = await within(section).findByRole('link', { name: 'See the full race' });
    expect(link).toHaveAttribute('href', '/peringkat?metric=percent&lang=en');
  });

  it('offers a retry in the race when the history fails, and recovers', async () => {
    server.use(http.get(mockUrl(apiPaths.rankingHistory), () => apiErrorResponse(500, 'internal', 'boom')));
    const { user } = renderApp('/');
    const section = await findSection('Peringkat di Jawa Tengah');
    await within(section).findByText(/Kab\. Klaten peringkat/);
    const alert = await within(section).findByRole('alert');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(section).findByText(/^Dengan laju saat ini, Kab\. Klaten/)).toBeInTheDocument();
  });

  it('switches the metric through the URL and lists every region with its kind', async () => {
    const { user, router } = renderApp('/');
    const section = await findSection('Peringkat di Jawa Tengah');
    await within(section).findByText(/Kab\. Klaten peringkat/);

    await user.click(within(section).getByRole('radio', { name: 'Persentase ASN' }));
    expect(router.state.location.search).toBe('?metric=percent');
    const byPercent = campaignAndAbove(demoApi.ranking('percent').rows);
    expect(await within(section).findByText(`Kab. Klaten peringkat ${byPercent.klaten.rank} dari 35`)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = within(section).getByRole('table', { name: /Peringkat wilayah Jawa Tengah menurut persentase asn/i });
    expect(within(table).getAllByRole('row')).toHaveLength(36);
    // Same name, different regions: the kind tells them apart.
    expect(within(table).getByRole('rowheader', { name: 'Kab. Semarang' })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Kota Semarang' })).toBeInTheDocument();
    const klatenRow = within(table).getByRole('rowheader', { name: /Kab\. Klaten/ }).closest('tr')!;
    expect(klatenRow).toHaveAttribute('aria-current', 'true');
    expect(klatenRow).toHaveTextContent('kampanye ini');
    expect(within(klatenRow).getAllByRole('cell')[0]).toHaveTextContent(String(byPercent.klaten.rank));
  });
});
