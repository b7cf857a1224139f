import { cleanup, screen, within } from '@testing-library/react';
import { demoApi } from '../../../../mocks/node';
import { findSection, renderApp } from '../../../../tests/support/render-app';

// The demo's data date is 23 Nov 2026, a Monday: three months back from it starts on Monday 24 Aug 2026.
const RANGE_START = '2026-08-24';

describe('the time range of the progress charts', () => {
  it('is a control whose choice goes into the URL, and the same address opens the same screen', async () => {
    const { user, router } = renderApp('/');
    let progress = await findSection('Perkembangan pendaftaran');
    expect(within(progress).getByRole('radio', { name: 'Semua' })).toBeChecked();

    await user.click(within(progress).getByRole('radio', { name: '3 bulan' }));
    expect(router.state.location.search).toBe('?rentang=3-bulan');
    await user.click(await within(progress).findByRole('button', { name: 'Tampilkan tabel' }));
    let table = await within(progress).findByRole('table', { name: 'Pendaftaran pekerja rentan, mingguan, 3 bulan terakhir' });
    const weekly = demoApi.timeseries('week').points;
    const shown = weekly.filter((p) => p.date >= RANGE_START);
    // 24 Aug to 23 Nov: fourteen weeks, the newest first, each with its cumulative count from launch.
    expect(shown).toHaveLength(14);
    expect(within(table).getAllByRole('row')).toHaveLength(shown.length + 1);
    const rowheaders = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowheaders.at(-1)).toBe('Minggu 24 Agu 2026');
    expect(rowheaders[0]).toBe('Minggu 23 Nov 2026');

    // Open the copied address afresh: the same choices, the same table.
    const copied = `${router.state.location.pathname}${router.state.location.search}`;
    cleanup();
    const again = renderApp(copied);
    progress = await findSection('Perkembangan pendaftaran');
    expect(within(progress).getByRole('radio', { name: '3 bulan' })).toBeChecked();
    expect(within(progress).getByRole('radio', { name: 'Mingguan' })).toBeChecked();
    await again.user.click(await within(progress).findByRole('button', { name: 'Tampilkan tabel' }));
    table = await within(progress).findByRole('table', { name: 'Pendaftaran pekerja rentan, mingguan, 3 bulan terakhir' });
    expect(within(table).getAllByRole('row')).toHaveLength(shown.length + 1);
    // The overview twice: give a loaded machine time.
  }, 60_000);

  it('cuts a unit’s trend the same way', async () => {
    const unit = demoApi.units().rows.find((r) => r.name === 'Dinas Pendidikan')!;
    const { user, router } = renderApp(`/unit/${unit.id}?interval=month`);
    const trend = await findSection('Perkembangan pendaftaran');
    await user.click(within(trend).getByRole('radio', { name: '6 bulan' }));
    expect(router.state.location.search).toBe('?interval=month&rentang=6-bulan');
    await user.click(await within(trend).findByRole('button', { name: 'Tampilkan tabel' }));
    const table = await within(trend).findByRole('table', { name: `Pendaftaran di ${unit.name}, bulanan, 6 bulan terakhir` });
    // 24 May to 23 Nov 2026: the months May to November.
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Nov 2026', 'Okt 2026', 'Sep 2026', 'Agu 2026', 'Jul 2026', 'Jun 2026', 'Mei 2026']);
  });
});
