import { screen, within } from '@testing-library/react';
import { demoApi } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

const percentId = (ratio: number) => `${(Math.round(ratio * 1000) / 10).toFixed(1).replace('.', ',')}%`;
const unitNamed = (name: string) => demoApi.units().rows.find((r) => r.name === name)!;

describe('comparing units', () => {
  it('reads the units from the address, says which were dropped, and compares the rest side by side', async () => {
    const a = unitNamed('Sekretariat Daerah');
    const b = unitNamed('Dinas Pendidikan');
    const { router } = renderApp(`/bandingkan?unit=${a.id}&unit=abc&unit=${b.id}&unit=9999&unit=${a.id}`);
    expect(await screen.findByText(`Sebagian alamat diabaikan: “abc” bukan nomor unit; unit nomor 9999 tidak ada; unit nomor ${a.id} tercantum dua kali.`)).toBeInTheDocument();
    // The address keeps only what is compared (replaced in place), so copying it again gives a clean link.
    expect(router.state.location.search).toBe(`?unit=${a.id}&unit=${b.id}`);
    expect(router.state.historyAction).toBe('REPLACE');

    const chosen = screen.getByRole('list', { name: 'Unit yang dibandingkan' });
    expect(within(chosen).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([`Hapus ${a.name}`, `Hapus ${b.name}`]);

    const side = await screen.findByRole('table', { name: 'Angka setiap unit yang dibandingkan, berdampingan' });
    expect(within(side).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ukuran', a.name, b.name]);
    const progressRow = within(side).getByRole('rowheader', { name: '% target' }).closest('tr')!;
    expect(within(progressRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([percentId(a.progress), percentId(b.progress)]);
  });

  it('draws each unit’s % of its own target, or counts, from its own series', async () => {
    const a = unitNamed('Sekretariat Daerah');
    const b = unitNamed('Dinas Pendidikan');
    const { user, router } = renderApp(`/bandingkan?unit=${a.id}&unit=${b.id}`);
    const chart = await screen.findByRole('region', { name: 'Capaian dari waktu ke waktu' });
    await user.click(await within(chart).findByRole('button', { name: 'Tampilkan tabel' }));
    let table = await within(chart).findByRole('table', { name: '% target sendiri per unit, mingguan' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Tanggal', a.name, b.name]);
    const newest = within(table).getAllByRole('row')[1]!;
    expect(within(newest).getAllByRole('cell').map((c) => c.textContent)).toEqual([percentId(a.registered / a.target), percentId(b.registered / b.target)]);

    await user.click(within(chart).getByRole('radio', { name: 'Jumlah pekerja' }));
    expect(router.state.location.search).toBe(`?unit=${a.id}&unit=${b.id}&metric=count`);
    table = await within(chart).findByRole('table', { name: 'Jumlah pekerja per unit, mingguan' });
    const weeks = demoApi.timeseries('week', { unit: a.id }).points.length;
    expect(within(table).getAllByRole('row')).toHaveLength(weeks + 1);
    expect(within(within(table).getAllByRole('row')[1]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([String(a.registered), String(b.registered)]);
  });

  it('adds and removes units with the keyboard alone', async () => {
    const a = unitNamed('Sekretariat Daerah');
    const b = unitNamed('Dinas Pendidikan');
    const { user, router } = renderApp(`/bandingkan?unit=${a.id}`);
    expect(await screen.findByText('Pilih paling sedikit 2 unit untuk melihat perbandingan.')).toBeInTheDocument();

    const input = screen.getByRole('combobox', { name: 'Tambah unit' });
    await user.click(input);
    await user.keyboard('{Escape}');
    await user.type(input, 'pendidikan');
    const list = screen.getByRole('listbox', { name: 'Tambah unit' });
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent(b.name);
    expect(options.every((o) => /pendidikan/i.test(o.textContent ?? ''))).toBe(true);
    expect(input).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{Enter}');

    expect(router.state.location.search).toBe(`?unit=${a.id}&unit=${b.id}`);
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
    expect(screen.getByText(`${b.name} ditambahkan.`)).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Capaian dari waktu ke waktu' })).toBeInTheDocument();

    // Arrows move through the list; the one already chosen is not offered again.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(within(screen.getByRole('listbox')).queryByRole('option', { name: new RegExp(`^${b.name}`) })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');

    // Back from the field to the chips: Shift+Tab reaches the last chip's button, then the one before.
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: `Hapus ${a.name}` })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox')).toHaveFocus();
    expect(router.state.location.search).toBe(`?unit=${b.id}`);
    expect(screen.getByText(`${a.name} dihapus.`)).toBeInTheDocument();
  });

  it('stops at six units', async () => {
    const ids = demoApi.units().rows.slice(0, 6).map((u) => u.id);
    renderApp(`/bandingkan?${ids.map((id) => `unit=${id}`).join('&')}`);
    const input = await screen.findByRole('combobox', { name: 'Tambah unit' });
    expect(input).toBeDisabled();
    expect(screen.getByText('Sudah 6 unit: hapus satu untuk menambah yang lain.')).toBeInTheDocument();
  });
});
