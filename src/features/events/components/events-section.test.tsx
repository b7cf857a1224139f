import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProvider } from '../../../app/provider';
import { DEMO_TODAY } from '../../../../mocks/node';
import { DEMO_EVENTS } from '../../../../server/demo/generate';
import { EventsSection } from './events-section';

/** The panel alone, with the real providers, a router for its URL state, and the MSW demo behind it. */
function renderPanel(url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter([{ path: '/', element: <EventsSection /> }], { initialEntries: [url] });
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { user, router };
}

const titles = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((th) => th.textContent);

describe('campaign events panel', () => {
  const shown = DEMO_EVENTS.filter((e) => e.date <= DEMO_TODAY);

  it('shows every event newest first, numbered as on the charts', async () => {
    renderPanel();
    const panel = await screen.findByRole('region', { name: 'Peristiwa kampanye' });
    const table = await within(panel).findByRole('table', { name: /Peristiwa kampanye dengan pendaftar/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(shown.length + 1);
    // Newest first; the number is the event's place in time (the target change of 4 Mar 2024 is the 5th).
    expect(titles(table)[0]).toBe(`${shown.length + 1}${shown.at(-1)!.title}`);
    expect(titles(table).at(-1)).toBe('1Sosialisasi sesi 1: OPD dan kecamatan');
    // The target change carries its note under the title.
    expect(titles(table).find((t) => t!.startsWith('5Target diubah'))).toBe(
      '5Target diubah: 10.800 → 11.000 pekerjaJumlah ASN dikoreksi dengan data BKPSDM Februari 2024: 200 PPPK tenaga kesehatan RSUD Bagas Waras belum tercatat.',
    );
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Tanggal▼', 'Peristiwa', 'Jenis', '14 hari sebelum↕', '14 hari sesudah↕', 'Perubahan↕']);
  });

  it('sorts by the change, largest first, keeping the order in the URL; events with nothing to compare go last', async () => {
    const { user, router } = renderPanel();
    const table = await screen.findByRole('table', { name: /Peristiwa kampanye dengan pendaftar/ });
    await user.click(within(table).getByRole('button', { name: 'Perubahan' }));
    expect(router.state.location.search).toBe('?eventsort=-change');
    expect(within(table).getByRole('columnheader', { name: /Perubahan/ })).toHaveAttribute('aria-sort', 'descending');

    const rows = within(table).getAllByRole('row').slice(1);
    const changes = rows.map((r) => within(r).getAllByRole('cell').at(-1)!.textContent!);
    // Percentages as written ("+1.878,9%"), read back as numbers.
    const values = changes.filter((c) => c.endsWith('%')).map((c) => Number(c.replace(/[+%.]/g, '').replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(changes.slice(-2)).toEqual(['tidak ada pembanding', 'tidak ada pembanding']);

    await user.click(within(table).getByRole('button', { name: 'Perubahan' }));
    expect(router.state.location.search).toBe('?eventsort=change');
  });

  it('names the largest rise in a sentence', async () => {
    renderPanel();
    const panel = await screen.findByRole('region', { name: 'Peristiwa kampanye' });
    expect(await within(panel).findByText(/^Kenaikan terbesar: .+ \(\d{1,2} \w{3} \d{4}\), \+[\d.]+,\d%\.$/)).toBeInTheDocument();
  });
});
