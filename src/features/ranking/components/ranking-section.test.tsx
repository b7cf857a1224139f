import { screen, within } from '@testing-library/react';
import type { RankingRow } from '../../../../contract/ranking';
import { demoApi } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

const thousandsId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const kindId = (r: Pick<RankingRow, 'kind' | 'name'>) => `${r.kind === 'kota' ? 'Kota' : 'Kab.'} ${r.name}`;

function campaignAndAbove(rows: RankingRow[]) {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  const klaten = sorted.find((r) => r.isCampaignRegion)!;
  const above = sorted.filter((r) => r.rank < klaten.rank);
  return { klaten, above, total: sorted.length };
}

describe('provincial ranking', () => {
  it("states Klaten's rank in words and the gap to each region above", async () => {
    const { klaten, above, total } = campaignAndAbove(demoApi.ranking('count').rows);
    expect(total).toBe(35);
    renderApp('/');

    const section = await screen.findByRole('region', { name: 'Peringkat di Jawa Tengah' });
    expect(await within(section).findByText(`Kab. Klaten peringkat ${klaten.rank} dari 35`)).toBeInTheDocument();
    const gaps = within(section).getByRole('list', { name: 'Selisih dengan wilayah di atas' });
    const nearest = above.at(-1)!;
    expect(within(gaps).getAllByRole('listitem')[0]).toHaveTextContent(
      `Kurang ${thousandsId(nearest.registered - klaten.registered)} pekerja dari ${kindId(nearest)}`,
    );
  });

  it('switches the metric through the URL and lists every region with its kind', async () => {
    const { user, router } = renderApp('/');
    const section = await screen.findByRole('region', { name: 'Peringkat di Jawa Tengah' });
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
