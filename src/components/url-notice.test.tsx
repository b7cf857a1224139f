import { screen, within } from '@testing-library/react';
import { demoApi } from '../../mocks/node';
import { findSection, renderApp } from '../../tests/support/render-app';

const unitNamed = (name: string) => demoApi.units().rows.find((r) => r.name === name)!;

describe('a link with settings the page cannot use', () => {
  it('shows the defaults, says what it left out, cleans the address in place, and can be dismissed', async () => {
    const { user, router } = renderApp('/?metric=xyz&tab=kecamatan&interval=tahun&warna=merah');
    const notice = await screen.findByText(/^Sebagian pengaturan di tautan tidak dikenali dan diganti bawaan:/);
    expect(notice).toHaveTextContent('Sebagian pengaturan di tautan tidak dikenali dan diganti bawaan: interval=tahun, metric=xyz, warna=merah.');
    expect(notice.closest('[role="status"]')).not.toBeNull();

    // The defaults for what could not be read; the rest of the link as it was.
    const progress = await findSection('Perkembangan pendaftaran');
    expect(within(progress).getByRole('radio', { name: 'Mingguan' })).toBeChecked();
    expect(within(progress).getByRole('radio', { name: 'Semua' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Jumlah pekerja' })).toBeChecked();
    expect(await screen.findByRole('tab', { name: 'Kecamatan' })).toHaveAttribute('aria-selected', 'true');

    // Copying the address now gives a clean link; the history entry was replaced, not added.
    expect(router.state.location.search).toBe('?tab=kecamatan');
    expect(router.state.historyAction).toBe('REPLACE');

    await user.click(screen.getByRole('button', { name: 'Tutup pemberitahuan tautan' }));
    expect(screen.queryByText(/^Sebagian pengaturan di tautan/)).not.toBeInTheDocument();
    expect(document.getElementById('main')).toHaveFocus();
  });

  it('speaks English with the page, and keeps the language', async () => {
    const { router } = renderApp('/peringkat?lang=en&metric=persen&foo=bar');
    expect(await screen.findByText(/^Some settings in the link were not recognised/)).toHaveTextContent(
      'Some settings in the link were not recognised and the defaults are shown instead: metric=persen, foo=bar.',
    );
    expect(router.state.location.search).toBe('?lang=en');
    expect(await screen.findByRole('radio', { name: 'Number of workers' })).toBeChecked();
  });

  it('says nothing about a valid link and leaves it alone', async () => {
    const { router } = renderApp('/?interval=month&rentang=6-bulan&metric=percent');
    const progress = await findSection('Perkembangan pendaftaran');
    expect(within(progress).getByRole('radio', { name: 'Bulanan' })).toBeChecked();
    expect(within(progress).getByRole('radio', { name: '6 bulan' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Persentase ASN' })).toBeChecked();
    expect(screen.queryByText(/^Sebagian pengaturan di tautan/)).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?interval=month&rentang=6-bulan&metric=percent');
    expect(router.state.historyAction).toBe('POP');
  });

  it('opens an old link as it always did, without a notice, and rewrites it in the current scheme', async () => {
    const a = unitNamed('Sekretariat Daerah');
    const b = unitNamed('Dinas Pendidikan');
    const { router } = renderApp(`/bandingkan?unit=${a.id}&unit=${b.id}&ukuran=count`);
    const chart = await screen.findByRole('region', { name: 'Capaian dari waktu ke waktu' });
    expect(within(chart).getByRole('radio', { name: 'Jumlah pekerja' })).toBeChecked();
    expect(router.state.location.search).toBe(`?unit=${a.id}&unit=${b.id}&metric=count`);
    expect(screen.queryByText(/^Sebagian pengaturan di tautan/)).not.toBeInTheDocument();
  });

  it('leaves pages outside the registry alone', async () => {
    const { router } = renderApp('/masuk?next=%2Fadmin&apa=saja');
    expect(await screen.findByRole('heading', { level: 2, name: 'Masuk' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?next=%2Fadmin&apa=saja');
    expect(screen.queryByText(/^Sebagian pengaturan di tautan/)).not.toBeInTheDocument();
  });
});
