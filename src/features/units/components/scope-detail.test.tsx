import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { apiPaths } from '../../../../contract/paths';
import { daysBetween } from '../../../../contract/dates';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { demoApi, server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

// Expected text is written out by hand from the demo data, not by the code under test.
const percentId = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1).replace('.', ',')}%`;
const thousandsId = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function unitNamed(name: string) {
  const row = demoApi.units().rows.find((r) => r.name === name);
  if (!row) throw new Error(`no demo unit ${name}`);
  return row;
}

describe('a unit’s drill-down page', () => {
  it('shows the unit’s own progress, pace, needed rate and cover ending soon, from its breakdown row', async () => {
    const unit = unitNamed('Dinas Pendidikan');
    const { asOfDate, deadline } = demoApi.summary();
    expect(unit.registered).toBeLessThan(unit.target);
    // Its gap over the days left, in whole workers a week, rounded up.
    const neededPerWeek = Math.ceil(((unit.target - unit.registered) * 7) / daysBetween(asOfDate!, deadline));

    renderApp(`/unit/${unit.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dinas Pendidikan' })).toBeInTheDocument();
    const stats = await screen.findByRole('region', { name: 'Capaian target sendiri' });
    expect(within(stats).getByText(thousandsId(unit.registered))).toBeInTheDocument();
    expect(within(stats).getByText(`dari target ${thousandsId(unit.target)} pekerja`)).toBeInTheDocument();
    expect(within(stats).getByRole('progressbar', { name: 'Capaian target' })).toHaveAttribute(
      'aria-valuetext',
      `${percentId(unit.registered / unit.target)} dari target`,
    );
    expect(within(stats).getByText(`${thousandsId(unit.target - unit.registered)} pekerja lagi menuju target`)).toBeInTheDocument();
    expect(within(stats).getByText(`Dinas Pendidikan perlu ${neededPerWeek} pekerja/minggu`)).toBeInTheDocument();

    const card = (label: string) => within(stats).getByText(label).closest('.stat') as HTMLElement;
    expect(within(card('7 hari terakhir')).getByText(`${unit.newLast7Days} pekerja`)).toBeInTheDocument();
    expect(within(card('28 hari terakhir')).getByText(`${unit.newLast28Days} pekerja`)).toBeInTheDocument();
    expect(within(card('Cakupan berakhir dalam 30 hari')).getByText(String(unit.expiringNext30Days))).toBeInTheDocument();
    expect(within(card('Terlindungi aktif')).getByText(thousandsId(unit.active))).toBeInTheDocument();
  });

  it('draws its own series, which ends on the count the overview table shows', async () => {
    const unit = unitNamed('Dinas Pendidikan');
    const weekly = demoApi.timeseries('week', { unit: unit.id }).points;
    expect(weekly.at(-1)!.cumulative).toBe(unit.registered);

    const { user } = renderApp(`/unit/${unit.id}`);
    const trend = await screen.findByRole('region', { name: 'Perkembangan pendaftaran' });
    await user.click(await within(trend).findByRole('button', { name: 'Tampilkan tabel' }));
    const table = await within(trend).findByRole('table', { name: 'Pendaftaran di Dinas Pendidikan, mingguan' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(weekly.length + 1);
    expect(within(rows[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      String(weekly.at(-1)!.new),
      thousandsId(unit.registered),
      thousandsId(unit.target),
      percentId(unit.registered / unit.target),
    ]);

    const occupations = screen.getByRole('region', { name: 'Jenis pekerjaan' });
    await user.click(await within(occupations).findByRole('button', { name: 'Tampilkan tabel' }));
    const mix = demoApi.occupations({ unit: unit.id }).rows;
    const occupationTable = await within(occupations).findByRole('table', { name: 'Pekerja terdaftar di Dinas Pendidikan menurut jenis pekerjaan' });
    expect(within(occupationTable).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(mix.map((r) => r.occupation));
    expect(mix.reduce((a, r) => a + r.registered, 0)).toBe(unit.registered);
  });

  it('shows over 100% as over, not clipped', async () => {
    const unit = demoApi.units().rows.find((r) => r.registered > r.target)!;
    renderApp(`/unit/${unit.id}`);
    const stats = await screen.findByRole('region', { name: 'Capaian target sendiri' });
    expect(within(stats).getByRole('progressbar')).toHaveAttribute('aria-valuetext', `${percentId(unit.registered / unit.target)} dari target`);
    expect(within(stats).getByText(`Target terlampaui ${thousandsId(unit.registered - unit.target)} pekerja`)).toBeInTheDocument();
    expect(within(stats).getByText(`${unit.name} sudah mencapai targetnya.`)).toBeInTheDocument();
  });

  it('links back to the overview and on to its kecamatan and a comparison, keeping the language', async () => {
    const unit = unitNamed('Dinas Pendidikan');
    renderApp(`/unit/${unit.id}?lang=en`);
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/?lang=en');
    expect(within(crumbs).getByRole('link', { name: 'Work units' })).toHaveAttribute('href', '/unit?lang=en');
    expect(within(crumbs).getByText('Dinas Pendidikan')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Klaten Tengah district' })).toHaveAttribute('href', '/kecamatan/Klaten%20Tengah?lang=en');
    expect(screen.getByRole('link', { name: 'Compare with other units' })).toHaveAttribute('href', `/bandingkan?unit=${unit.id}&lang=en`);
  });

  it('says clearly when there is no such unit or kecamatan', async () => {
    const { unmount } = renderApp('/unit/9999');
    expect(await screen.findByRole('heading', { name: 'Unit kerja tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByText(/Tidak ada unit kerja dengan nomor “9999”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lihat semua unit kerja' })).toHaveAttribute('href', '/unit');
    unmount();

    const second = renderApp('/unit/abc');
    expect(await screen.findByRole('heading', { name: 'Unit kerja tidak ditemukan' })).toBeInTheDocument();
    second.unmount();

    renderApp('/kecamatan/Atlantis');
    expect(await screen.findByRole('heading', { name: 'Kecamatan tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByText('Tidak ada kecamatan bernama “Atlantis” di Kabupaten Klaten.')).toBeInTheDocument();
  });

  it('offers a retry when the units cannot be loaded', async () => {
    // Down until the retry: other parts of the page (the share toolbar) may ask for the units meanwhile.
    let down = true;
    server.use(http.get(mockUrl(apiPaths.units), () => (down ? apiErrorResponse(500, 'internal', 'boom') : undefined)));
    const { user } = renderApp('/unit/7');
    const retry = await screen.findByRole('button', { name: 'Coba lagi' });
    down = false;
    await user.click(retry);
    expect(await screen.findByRole('region', { name: 'Capaian target sendiri' })).toBeInTheDocument();
  });
});

describe('a kecamatan’s drill-down page', () => {
  it('adds up its units and lists them, best first, each linking to its page', async () => {
    const kecamatan = demoApi.kecamatan().rows.find((k) => k.name === 'Wedi')!;
    const units = demoApi.units().rows.filter((u) => u.kecamatan === 'Wedi');
    expect(units.reduce((a, u) => a + u.registered, 0)).toBe(kecamatan.registered);

    renderApp('/kecamatan/Wedi');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kecamatan Wedi' })).toBeInTheDocument();
    const stats = await screen.findByRole('region', { name: 'Capaian target sendiri' });
    expect(within(stats).getByText(`dari target ${thousandsId(kecamatan.target)} pekerja`)).toBeInTheDocument();
    expect(within(stats).getByRole('progressbar')).toHaveAttribute('aria-valuetext', `${percentId(kecamatan.registered / kecamatan.target)} dari target`);

    const list = await screen.findByRole('table', { name: 'Unit kerja di Kecamatan Wedi menurut capaian target sendiri' });
    const best = [...units].sort((a, b) => b.progress - a.progress || b.registered - a.registered);
    const links = within(list).getAllByRole('rowheader').map((cell) => within(cell).getByRole('link'));
    expect(links.map((l) => l.textContent)).toEqual(best.map((u) => u.name));
    expect(links[0]).toHaveAttribute('href', `/unit/${best[0]!.id}`);
  });
});
