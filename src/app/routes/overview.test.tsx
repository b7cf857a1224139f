import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths } from '../../../contract/paths';
import { demoApi } from '../../../mocks/node';
import { server } from '../../../mocks/node';
import { apiErrorResponse, mockUrl } from '../../../mocks/handlers';
import { findSection, renderApp } from '../../../tests/support/render-app';

/** "73,4%": the Indonesian percentage written out by hand, not by the code under test. */
const percentId = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1).replace('.', ',')}%`;
const thousandsId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

describe('overview page', () => {
  it('leads with registered against the 11.000 target and the Rp16.800 contribution', async () => {
    const summary = demoApi.summary();
    expect(summary.target).toBe(11000);
    expect(summary.monthlyContribution).toBe(16800);
    renderApp('/');

    const headline = await screen.findByRole('region', { name: 'Capaian pendaftaran' });
    expect(await within(headline).findByText('dari 11.000 pekerja')).toBeInTheDocument();
    expect(within(headline).getByText(thousandsId(summary.registered))).toBeInTheDocument();
    expect(within(headline).getByText('“Satu ASN, satu pekerja rentan”')).toBeInTheDocument();
    expect(within(headline).getByRole('progressbar', { name: 'Capaian target' })).toHaveAttribute(
      'aria-valuetext',
      `${percentId(summary.registered / summary.target)} dari target`,
    );
    expect(within(headline).getByText(`${thousandsId(summary.active)} aktif × Rp16.800 (JKK + JKM)`)).toBeInTheDocument();
    expect(within(headline).getByText(`Rp${thousandsId(summary.active * 16800)}`)).toBeInTheDocument();
    expect(summary.deadline).toBe('2027-12-31');
    expect(within(headline).getByText('Batas waktu 31 Des 2027')).toBeInTheDocument();

    const banner = screen.getByRole('banner');
    expect(within(banner).getByRole('heading', { level: 1, name: 'Pantau Peduli' })).toBeInTheDocument();
    expect(within(banner).getByText('Data demo')).toBeInTheDocument();
    // The demo is loaded at 00:00 UTC, which is 07.00 in Jakarta.
    expect(within(banner).getByText('Data per 23 Nov 2026, 07.00 WIB')).toBeInTheDocument();
  });

  it('states the pace needed and keeps the chosen interval in the URL', async () => {
    const { user, router } = renderApp('/');
    const progress = await findSection('Perkembangan pendaftaran');
    expect(await within(progress).findByText(/pekerja per minggu untuk mencapai target pada 31 Des 2027/)).toBeInTheDocument();

    await user.click(within(progress).getByRole('radio', { name: 'Harian' }));
    expect(router.state.location.search).toBe('?interval=day');

    await user.click(within(progress).getByRole('button', { name: 'Tampilkan tabel' }));
    const table = await within(progress).findByRole('table', { name: 'Pendaftaran pekerja rentan, harian' });
    const daily = demoApi.timeseries('day').points;
    // One header row plus a row per day; newest first.
    expect(within(table).getAllByRole('row')).toHaveLength(daily.length + 1);
    const newest = daily.at(-1)!;
    const firstRow = within(table).getAllByRole('row')[1]!;
    expect(within(firstRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([String(newest.new), thousandsId(newest.cumulative)]);
  });

  it('shows a retry button when a section fails, and retrying recovers', async () => {
    server.use(http.get(mockUrl(apiPaths.occupations), () => apiErrorResponse(500, 'internal', 'boom'), { once: true }));
    const { user } = renderApp('/');
    const section = await screen.findByRole('region', { name: 'Jenis pekerjaan' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('Data gagal dimuat');

    await user.click(within(section).getByRole('button', { name: 'Coba lagi' }));
    await user.click(await within(section).findByRole('button', { name: 'Tampilkan tabel' }));
    const largest = demoApi.occupations().rows[0]!;
    expect(await within(section).findByRole('rowheader', { name: largest.occupation })).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('treats an answer that breaks the contract as an error, not as data', async () => {
    server.use(http.get(mockUrl(apiPaths.summary), () => HttpResponse.json({ ...demoApi.summary(), registered: 'banyak' })));
    renderApp('/');
    const headline = await screen.findByRole('region', { name: 'Capaian pendaftaran' });
    expect(await within(headline).findByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    expect(within(headline).queryByText(/dari 11\.000 pekerja/)).not.toBeInTheDocument();
  });

  it('shows "Belum ada data" before any registration is imported', async () => {
    const summary = demoApi.summary();
    server.use(
      http.get(mockUrl(apiPaths.summary), () =>
        HttpResponse.json({ ...summary, registered: 0, active: 0, progress: 0, activeShare: 0, monthlyContributionsTotal: 0, newThisWeek: 0, newLastWeek: 0, asOf: null, asOfDate: null }),
      ),
      http.get(mockUrl(apiPaths.timeseries), () => HttpResponse.json({ ...demoApi.timeseries('week'), points: [], asOf: null, asOfDate: null })),
      http.get(mockUrl(apiPaths.units), () => HttpResponse.json({ ...demoApi.units(), rows: [], asOf: null, asOfDate: null })),
      http.get(mockUrl(apiPaths.occupations), () => HttpResponse.json({ ...demoApi.occupations(), rows: [], asOf: null, asOfDate: null })),
    );
    renderApp('/');

    const headline = await screen.findByRole('region', { name: 'Capaian pendaftaran' });
    expect(await within(headline).findByText('dari 11.000 pekerja')).toBeInTheDocument();
    expect(within(headline).getByText('Belum ada data')).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Belum ada data')).toBeInTheDocument();

    for (const name of ['Perkembangan pendaftaran', 'Unit kerja dan kecamatan', 'Jenis pekerjaan']) {
      const section = await screen.findByRole('region', { name });
      expect(await within(section).findByText('Belum ada data', { selector: '.state__title' })).toBeInTheDocument();
      expect(within(section).queryByRole('button', { name: 'Tampilkan tabel' })).not.toBeInTheDocument();
    }
  });
});
