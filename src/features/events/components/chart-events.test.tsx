import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { AppProvider } from '../../../app/provider';
import { ProgressSection } from '../../progress/components/progress-section';
import { addDays } from '../../../../contract/dates';
import { apiPaths } from '../../../../contract/paths';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { toWorkers } from '../../../../mocks/data/reference-aggregates';
import { DEMO_TODAY, server } from '../../../../mocks/node';
import { DEMO_EVENTS, generateDemoCampaign } from '../../../../server/demo/generate';

/** The progress section alone (the overview carries many more), with the real providers and the MSW demo. */
function renderProgress() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter([{ path: '/', element: <ProgressSection /> }], { initialEntries: ['/'] });
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { user };
}

const thousandsId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** "+950,8%" written out by hand, not by the code under test. */
const changeId = (before: number, after: number) => {
  const pct = (Math.round(((after - before) / before) * 1000) / 10).toFixed(1).replace('.', ',');
  return `${after > before ? '+' : ''}${pct}%`;
};

// The oracle: the demo's workers counted one by one, as the server test counts them.
const workers = toWorkers([...generateDemoCampaign({ today: DEMO_TODAY }).registrations()]);
const registeredBetween = (from: string, to: string) => workers.filter((w) => w.registeredOn >= from && w.registeredOn < to).length;

describe('events on the progress chart', () => {
  it('lists every event under the chart, numbered as the markers, with the 14 days before and after', { timeout: 40_000 }, async () => {
    renderProgress();
    const progress = await screen.findByRole('region', { name: 'Perkembangan pendaftaran' });
    const list = await within(progress).findByRole('region', { name: 'Peristiwa pada grafik' });
    const items = within(list).getAllByRole('listitem');
    // The demo's events up to its last day, plus the one target correction (4 Mar 2024).
    const shown = DEMO_EVENTS.filter((e) => e.date <= DEMO_TODAY);
    expect(items).toHaveLength(shown.length + 1);

    // Both 13 Nov 2023 sessions, first and second, each with its own line.
    expect(items[0]).toHaveTextContent(/^1Sosialisasi sesi 1: OPD dan kecamatan13 Nov 2023/);
    expect(items[1]).toHaveTextContent(/^2Sosialisasi sesi 2: Dinas Kesehatan dan Dinas Pendidikan13 Nov 2023/);
    expect(within(items[0]!).getByText('Sosialisasi', { exact: false, selector: '.event-item__meta' })).toBeInTheDocument();

    const after = registeredBetween('2023-11-13', addDays('2023-11-13', 14));
    expect(within(items[0]!).getByText(`0 → ${thousandsId(after)} pekerja`, { exact: false })).toBeInTheDocument();
    expect(within(items[0]!).getByText('tidak ada pembanding')).toBeInTheDocument();

    const edaran = items.find((li) => li.textContent!.includes('Surat edaran Bupati'))!;
    const before = registeredBetween(addDays('2024-01-15', -14), '2024-01-15');
    const next = registeredBetween('2024-01-15', addDays('2024-01-15', 14));
    expect(edaran).toHaveTextContent(`15 Jan 2024`);
    expect(edaran).toHaveTextContent(`${thousandsId(before)} → ${thousandsId(next)} pekerja ${changeId(before, next)}`);

    const target = items.find((li) => li.textContent!.includes('Target diubah'))!;
    expect(target).toHaveTextContent('5Target diubah');
    expect(target).toHaveTextContent('4 Mar 2024');
    expect(target).toHaveTextContent('Perubahan target');
  });

  it('keeps the chart when the events fail, and offers to try again', { timeout: 40_000 }, async () => {
    server.use(http.get(mockUrl(apiPaths.events), () => apiErrorResponse(500, 'internal', 'boom'), { once: true }));
    const { user } = renderProgress();
    const progress = await screen.findByRole('region', { name: 'Perkembangan pendaftaran' });
    expect(await within(progress).findByText('Peristiwa gagal dimuat.')).toBeInTheDocument();
    expect(within(progress).getByRole('img')).toBeInTheDocument();
    await user.click(within(progress).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(progress).findByRole('region', { name: 'Peristiwa pada grafik' })).toBeInTheDocument();
  });
});
