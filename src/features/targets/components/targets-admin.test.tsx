import { screen, waitFor, within } from '@testing-library/react';
import { CSRF_HEADER } from '../../../../contract/auth';
import { adminStore, demoApi, server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

/** Every request the page sends to the admin target paths, with what it sent. */
function recordRequests() {
  const seen: { method: string; path: string; csrf: string | null; body: unknown }[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/admin/targets')) return;
    const text = await request.clone().text();
    seen.push({ method: request.method, path: url.pathname, csrf: request.headers.get(CSRF_HEADER), body: text ? JSON.parse(text) : null });
  });
  return seen;
}

async function openPage() {
  const app = renderApp('/admin/target');
  await screen.findByRole('heading', { level: 2, name: 'Target kampanye' });
  const history = await screen.findByRole('table', { name: 'Riwayat perubahan target, terbaru di atas' });
  return { ...app, history };
}

const changeForm = () => screen.getByRole('region', { name: 'Ubah target kampanye' });
const notice = () => screen.getAllByRole('status').find((s) => s.classList.contains('notice'))!;

async function fill(user: ReturnType<typeof renderApp>['user'], field: HTMLElement, value: string) {
  await user.clear(field);
  if (value) await user.type(field, value);
}

describe('target admin page', () => {
  afterEach(() => server.events.removeAllListeners());

  it('shows the current target, the demo’s history with its correction, and every unit’s ASN count', async () => {
    const { history } = await openPage();
    const current = screen.getByRole('region', { name: 'Target sekarang' });
    expect(current).toHaveTextContent('11.000 ASN × 1 = 11.000 pekerja');
    expect(current).toHaveTextContent(/Berlaku sejak 4 Mar 2024/);

    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('RSUD Bagas Waras');
    expect(rows[1]).toHaveTextContent('Target 10.800 → 11.000 pekerja');
    expect(rows[1]).toHaveTextContent('demo');
    expect(rows[1]).toHaveTextContent('BKPSDM');
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('KampanyeTarget awal');
    expect(rows[2]).toHaveTextContent('Pengaturan awal');

    const units = await screen.findByRole('table', { name: 'Jumlah ASN dan target tiap unit' });
    expect(within(units).getAllByRole('row')).toHaveLength(demoApi.units().rows.length + 1);
  });

  it('changes the campaign target after a confirmation that shows before → after, with the CSRF token', async () => {
    const requests = recordRequests();
    const { user, history } = await openPage();
    const form = changeForm();
    await fill(user, within(form).getByLabelText('Jumlah ASN'), '11.250');
    await fill(user, within(form).getByLabelText('Berlaku sejak'), '2026-11-20');
    await user.type(within(form).getByLabelText('Catatan (opsional)'), 'data BKPSDM November 2026');
    await user.click(within(form).getByRole('button', { name: 'Periksa perubahan' }));

    const dialog = await screen.findByRole('dialog', { name: 'Simpan target baru?' });
    expect(within(dialog).getByText('Target pekerja').closest('div')).toHaveTextContent('11.000 → menjadi 11.250');
    expect(within(dialog).getByText('Tenggat').closest('div')).toHaveTextContent('(tetap)');
    expect(dialog).toHaveAccessibleDescription(/ditandai pada setiap grafik waktu sebagai peristiwa "Target diubah" tanggal 20 Nov 2026/);
    expect(requests).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, simpan target' }));

    await waitFor(() => expect(notice()).toHaveTextContent('Target baru disimpan: 11.250 pekerja. Perubahan ditandai di semua grafik.'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests).toEqual([
      {
        method: 'POST', path: '/api/admin/targets', csrf: adminStore.me().csrfToken,
        body: { asnCount: 11_250, workersPerAsn: 1, deadline: demoApi.summary().deadline, effectiveFrom: '2026-11-20', note: 'data BKPSDM November 2026' },
      },
    ]);
    expect(screen.getByRole('region', { name: 'Target sekarang' })).toHaveTextContent('11.250 ASN × 1 = 11.250 pekerja');
    const top = within(history).getAllByRole('row')[1]!;
    expect(top).toHaveTextContent('heru');
    expect(top).toHaveTextContent('Target 11.000 → 11.250 pekerja');
    expect(top).toHaveTextContent('20 Nov 2026');
    // The form is ready for the next change, from the new values.
    expect(within(changeForm()).getByLabelText('Jumlah ASN')).toHaveValue('11.250');
  });

  it('checks the form first, and shows what the server refuses next to its field, in Indonesian', async () => {
    const requests = recordRequests();
    const { user } = await openPage();
    const form = changeForm();
    const asn = within(form).getByLabelText('Jumlah ASN');
    await fill(user, asn, '');
    await user.click(within(form).getByRole('button', { name: 'Periksa perubahan' }));
    expect(asn).toHaveAttribute('aria-invalid', 'true');
    expect(asn).toHaveAccessibleDescription(/^Isi jumlah ASN dengan angka bulat lebih dari 0\./);
    expect(asn).toHaveFocus();
    expect(screen.queryByRole('dialog')).toBeNull();

    // Same values as now: nothing to save.
    await fill(user, asn, '11000');
    await user.click(within(form).getByRole('button', { name: 'Periksa perubahan' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Tidak ada yang berubah');

    // A date before the launch passes the form (it is a date) but not the server.
    await fill(user, asn, '11100');
    const from = within(form).getByLabelText('Berlaku sejak');
    await fill(user, from, '2023-01-02');
    await user.click(within(form).getByRole('button', { name: 'Periksa perubahan' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ya, simpan target' }));
    await waitFor(() => expect(from).toHaveAccessibleDescription(/^Tanggal berlaku tidak boleh sebelum peluncuran kampanye \(13 Nov 2023\)/));
    expect(from).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(from).toHaveFocus());
    expect(requests).toHaveLength(1);
    expect(screen.getByRole('region', { name: 'Target sekarang' })).toHaveTextContent('11.000 ASN × 1 = 11.000 pekerja');
  });

  it('edits one unit’s ASN count inline, found by search, with a note', async () => {
    const requests = recordRequests();
    const { user, history } = await openPage();
    const units = screen.getByRole('region', { name: 'Jumlah ASN per unit' });
    await user.type(await within(units).findByLabelText('Cari unit atau kecamatan'), 'puskesmas cawas');
    const table = within(units).getByRole('table', { name: 'Jumlah ASN dan target tiap unit' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    const unit = demoApi.units().rows.find((u) => u.name === 'Puskesmas Cawas')!;
    await user.click(within(table).getByRole('button', { name: 'Ubah jumlah ASN Puskesmas Cawas' }));

    const editor = within(table).getByRole('form', { name: 'Ubah jumlah ASN Puskesmas Cawas' });
    const count = within(editor).getByLabelText('Jumlah ASN baru');
    expect(count).toHaveFocus();
    await fill(user, count, String(unit.asnCount + 3));
    expect(editor).toHaveTextContent(`Target unit: ${unit.asnCount} → ${unit.asnCount + 3} pekerja.`);
    await fill(user, within(editor).getByLabelText('Berlaku sejak'), '2026-11-16');
    await user.type(within(editor).getByLabelText('Catatan (opsional)'), 'tiga PPPK baru');
    await user.click(within(editor).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(notice()).toHaveTextContent(`Jumlah ASN Puskesmas Cawas disimpan: ${unit.asnCount + 3}.`));
    expect(requests).toEqual([
      { method: 'PUT', path: `/api/admin/targets/units/${unit.id}`, csrf: adminStore.me().csrfToken, body: { asnCount: unit.asnCount + 3, effectiveFrom: '2026-11-16', note: 'tiga PPPK baru' } },
    ]);
    const row = within(table).getByRole('rowheader', { name: /Puskesmas Cawas/ }).closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(String(unit.asnCount + 3));
    expect(row).toHaveTextContent('diubah, berlaku 16 Nov 2026');
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent(`ASN ${unit.asnCount} → ${unit.asnCount + 3}`);
  });

  it('shows a viewer the 403 page, not the form', async () => {
    adminStore.signInAs('viewer');
    renderApp('/admin/target');
    expect(await screen.findByRole('heading', { name: 'Halaman ini khusus admin' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Target kampanye' })).toBeNull();
  });

  it('shows the server’s 403 in the confirmation when the session lost its admin role', async () => {
    const { user } = await openPage();
    adminStore.signInAs('viewer');
    const form = changeForm();
    await fill(user, within(form).getByLabelText('Jumlah ASN'), '11.500');
    await fill(user, within(form).getByLabelText('Berlaku sejak'), '2026-11-20');
    await user.click(within(form).getByRole('button', { name: 'Periksa perubahan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, simpan target' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Anda tidak memiliki hak akses untuk tindakan ini.');
    expect(screen.getByRole('region', { name: 'Target sekarang' })).toHaveTextContent('11.000 ASN × 1 = 11.000 pekerja');
  });
});
