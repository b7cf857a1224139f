import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { http, HttpResponse } from 'msw';
import type { Timeseries } from '../../../../contract/timeseries';
import { addDays } from '../../../../contract/dates';
import { apiPaths } from '../../../../contract/paths';
import { mockUrl } from '../../../../mocks/handlers';
import { demoApi, server } from '../../../../mocks/node';
import { AppProvider } from '@/app/provider';
import { ProgressSection } from '@/features/progress/components/progress-section';
import { buildPaceModel } from '../pace-model';
import { PacePanel } from './pace-panel';

/** One section on its own (the whole overview is slow to render on a busy machine), with the real providers. */
function renderSection(element: ReactNode, url = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: [url] });
  const user = userEvent.setup();
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { user };
}

// Written out by hand, not by src/lib/format.ts: "14 Mar 2027", "11.000".
const MONTHS_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const dateId = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
};
const thousandsId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** The demo series, any interval, reshaped by `change` when daily. */
function overrideDaily(change: (ts: Timeseries) => Timeseries) {
  server.use(
    http.get(mockUrl(apiPaths.timeseries), ({ request }) => {
      const interval = (new URL(request.url).searchParams.get('interval') ?? 'week') as Timeseries['interval'];
      const ts = demoApi.timeseries(interval);
      return HttpResponse.json(interval === 'day' ? change(ts) : ts);
    }),
  );
}

async function pacePanel() {
  return screen.findByRole('region', { name: 'Laju dan proyeksi' });
}

describe('pace panel', () => {
  it('gives the projected date as a range, the rate needed against the 28-day pace, and the next milestone', async () => {
    const daily = demoApi.timeseries('day');
    const model = buildPaceModel(daily);
    if (model.range.status !== 'projected') throw new Error(`the demo should project, got ${model.range.status}`);
    const likely = model.range.likely.projection;
    const earliest = model.range.earliest.projection;
    const latest = model.range.latest.projection;
    if (likely.status !== 'projected' || earliest.status !== 'projected' || latest.status !== 'projected') throw new Error('undated range');

    // The 28-day pace, counted here from the points themselves.
    const last28 = daily.points.filter((p) => p.date > addDays(daily.asOfDate!, -28)).reduce((sum, p) => sum + p.new, 0);
    expect(model.rates.last28.registered).toBe(last28);

    renderSection(<PacePanel />);
    const panel = await pacePanel();
    const between = earliest.date === latest.date ? '' : ` (antara ${dateId(earliest.date)} dan ${dateId(latest.date)})`;
    expect(await within(panel).findByText(`Target tercapai sekitar ${dateId(likely.date)} dengan laju 28 hari terakhir${between}.`)).toBeInTheDocument();

    const current = within(panel).getByText('Laju saat ini').closest('.pace-card') as HTMLElement;
    expect(current).toHaveTextContent(`${Math.round((last28 / 28) * 7)} pekerja/minggu`);

    // Needed: what is left over the days to the deadline, rounded up to whole workers a week.
    const registered = daily.points.at(-1)!.cumulative;
    const daysLeft = (Date.parse(daily.deadline) - Date.parse(daily.asOfDate!)) / 86_400_000;
    const neededPerWeek = Math.ceil(((daily.target - registered) / daysLeft) * 7);
    const needed = within(panel).getByText('Dibutuhkan sampai batas waktu').closest('.pace-card') as HTMLElement;
    expect(needed).toHaveTextContent(`${thousandsId(neededPerWeek)} pekerja/minggu`);
    expect(needed).toHaveTextContent(`agar target tercapai pada ${dateId(daily.deadline)}`);
    const pace28 = (last28 / 28) * 7;
    expect(needed).toHaveTextContent(pace28 >= ((daily.target - registered) / daysLeft) * 7 ? /Sesuai jalur/ : /Tertinggal/);

    // Next milestone: the first quarter of the target not reached yet.
    const nextPercent = [25, 50, 75, 100].find((p) => registered * 100 < daily.target * p)!;
    const milestone = within(panel).getByText(`Tonggak berikutnya: ${nextPercent}%`).closest('.pace-card') as HTMLElement;
    expect(milestone).toHaveTextContent(thousandsId(Math.ceil((daily.target * nextPercent) / 100)));
    expect(milestone).toHaveTextContent(`kurang ${thousandsId(Math.ceil((daily.target * nextPercent) / 100) - registered)} pekerja`);

    // The three rates, each with its date.
    const table = within(panel).getByRole('table', { name: 'Tiga laju dan proyeksinya' });
    const row = within(table).getByRole('row', { name: /Laju 28 hari terakhir/ });
    expect(row).toHaveTextContent(dateId(likely.date));
  });

  it('says "already reached" with the day it happened, and needs nothing more', async () => {
    const daily = demoApi.timeseries('day');
    const registered = daily.points.at(-1)!.cumulative;
    // A target the campaign passed some time ago.
    const target = Math.floor(registered * 0.9);
    const reachedOn = daily.points.find((p) => p.cumulative >= target)!.date;
    overrideDaily((ts) => ({ ...ts, target, targetSteps: [{ from: ts.launchDate, target }] }));

    renderSection(<PacePanel />);
    const panel = await pacePanel();
    expect(await within(panel).findByText(`Target sudah tercapai pada ${dateId(reachedOn)}.`)).toBeInTheDocument();
    expect(within(panel).getByText('Sudah tercapai')).toBeInTheDocument();
    expect(within(panel).getByText('Tidak ada lagi')).toBeInTheDocument();
    // Over 100% goes on to the next milestone past it.
    const over = [125, 150, 175, 200].find((p) => registered * 100 < target * p)!;
    expect(within(panel).getByText(`Tonggak berikutnya: ${over}%`)).toBeInTheDocument();
  });

  it('says honestly that nothing can be projected when nobody registered in 28 days', async () => {
    overrideDaily((ts) => {
      const cutoff = addDays(ts.asOfDate!, -28);
      const frozen = ts.points.filter((p) => p.date <= cutoff).at(-1)!.cumulative;
      return { ...ts, points: ts.points.map((p) => (p.date > cutoff ? { ...p, new: 0, cumulative: frozen } : p)) };
    });

    renderSection(<PacePanel />);
    const panel = await pacePanel();
    expect(
      await within(panel).findByText('Belum ada pendaftar baru dalam 28 hari terakhir: target tidak dapat diproyeksikan.'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Tidak dapat diproyeksikan')).toBeInTheDocument();
    const current = within(panel).getByText('Laju saat ini').closest('.pace-card') as HTMLElement;
    expect(current).toHaveTextContent('0 pekerja/minggu');
    expect(within(panel).getByText(/Tertinggal/)).toBeInTheDocument();
    const milestone = within(panel).getByText(/^Tonggak berikutnya/).closest('.pace-card') as HTMLElement;
    expect(milestone).toHaveTextContent(/pekerja · tidak dapat diproyeksikan/);
  });

  it('shows a retry button when the series fails, and recovers', async () => {
    server.use(http.get(mockUrl(apiPaths.timeseries), () => HttpResponse.json({ error: { code: 'internal', message: 'boom' } }, { status: 500 }), { once: true }));
    const { user } = renderSection(<PacePanel />);
    const panel = await pacePanel();
    await user.click(await within(panel).findByRole('button', { name: 'Coba lagi' }));
    expect(await within(panel).findByText(/^Target tercapai sekitar/)).toBeInTheDocument();
  });

  it('speaks English with ?lang=en', async () => {
    renderSection(<PacePanel />, '/?lang=en');
    const panel = await screen.findByRole('region', { name: 'Pace and projection' });
    expect(await within(panel).findByText(/^Target reached around .* at the pace of the last 28 days/)).toBeInTheDocument();
    expect(within(panel).getByText('Needed to meet the deadline')).toBeInTheDocument();
  });
});

describe('progress chart table view', () => {
  it('includes the projection: the three rates and the milestones with their dates', async () => {
    const model = buildPaceModel(demoApi.timeseries('day'));
    const { user } = renderSection(<ProgressSection />);
    const progress = await screen.findByRole('region', { name: 'Perkembangan pendaftaran' });
    await user.click(await within(progress).findByRole('button', { name: 'Tampilkan tabel' }));

    const rates = await within(progress).findByRole('table', { name: /^Garis proyeksi pada grafik: tiga laju/ });
    expect(within(rates).getAllByRole('row')).toHaveLength(4);
    const milestones = within(progress).getByRole('table', { name: 'Tonggak capaian target' });
    const rows = within(milestones).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(model.milestones.milestones.map((m) => `${m.percent}%`));
    for (const [i, m] of model.milestones.milestones.entries()) {
      if (m.reachedOn) expect(rows[i]).toHaveTextContent(dateId(m.reachedOn));
      else expect(rows[i]).toHaveTextContent(/perkiraan|tidak tercapai/);
    }
    // The first reached milestone's date, found here by scanning the daily points.
    const daily = demoApi.timeseries('day');
    const quarter = daily.points.find((p) => p.cumulative * 4 >= daily.target);
    if (quarter) expect(rows[0]).toHaveTextContent(dateId(quarter.date));
  });
});
