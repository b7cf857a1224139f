import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http } from 'msw';
import { CSRF_HEADER } from '../../../../contract/auth';
import { apiPaths } from '../../../../contract/paths';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { adminStore, server } from '../../../../mocks/node';
import { renderApp } from '../../../../tests/support/render-app';

const CSV = [
  'no_registrasi;tanggal_daftar;nip_pendaftar;unit_kerja;kecamatan;nik_pekerja;nama_pekerja;pekerjaan;iuran;status;aktif_sampai;kode_wilayah',
  ...Array.from({ length: 14 }, (_, i) => `ASNPR-3310-${String(i + 1).padStart(6, '0')};13/11/2023;x;Dinas Pendidikan;Klaten Tengah;y;z;Petani;16.800;Aktif;;3310`),
].join('\n');
const csvFile = (name = 'rekap-pendaftaran.csv', text = CSV) => new File([text], name, { type: 'text/csv' });

/** Every request the page sends to a path, with what it sent. */
function recordRequests(path: string) {
  const seen: { method: string; url: URL; csrf: string | null; type: string | null; body: string }[] = [];
  const pattern = new RegExp(`/api${path.replace('{id}', '\\d+')}$`);
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    if (!pattern.test(url.pathname)) return;
    seen.push({
      method: request.method,
      url,
      csrf: request.headers.get(CSRF_HEADER),
      type: request.headers.get('content-type'),
      body: request.method === 'GET' ? '' : await request.clone().text(),
    });
  });
  return seen;
}

async function openPage(url = '/admin/impor') {
  const app = renderApp(url);
  await screen.findByRole('heading', { level: 2, name: 'Impor data' });
  return app;
}

async function uploadFile(user: ReturnType<typeof renderApp>['user'], file = csvFile()) {
  await user.upload(screen.getByLabelText('Pilih berkas'), file);
  return screen.findByRole('region', { name: 'Pratinjau impor' });
}

describe('import page', () => {
  afterEach(() => server.events.removeAllListeners());

  it('uploads the file itself as the body, then previews counts and problem rows', async () => {
    const uploads = recordRequests(apiPaths.adminImports);
    const { user, router } = await openPage();
    const file = csvFile();
    await user.upload(screen.getByLabelText('Pilih berkas'), file);
    // The name and size of the chosen file are on screen while and after it is checked.
    const upload = screen.getByRole('region', { name: 'Unggah berkas' });
    expect(within(upload).getByText('rekap-pendaftaran.csv')).toBeInTheDocument();
    expect(file.size).toBe(1425);
    expect(within(upload).getByText('1,4 KB')).toBeInTheDocument();
    const preview = await screen.findByRole('region', { name: 'Pratinjau impor' });

    const post = uploads.find((r) => r.method === 'POST')!;
    expect(post.url.searchParams.get('fileName')).toBe('rekap-pendaftaran.csv');
    expect(post.type).toBe('application/octet-stream');
    expect(post.csrf).toBe(adminStore.me().csrfToken);
    expect(post.body).toBe(CSV);

    expect(within(preview).getByText(/Rekap pendaftaran/)).toBeInTheDocument();
    expect(within(preview).getByText(/14 baris data/)).toBeInTheDocument();
    const value = (label: string) => within(preview).getByText(label).closest('.count')!.querySelector('.count__value')!.textContent;
    expect(value('Akan ditambah')).toBe('12 baris');
    expect(value('Akan diperbarui')).toBe('0 baris');
    expect(value('Tetap')).toBe('0 baris');
    expect(value('Ditolak')).toBe('2 baris');
    expect(within(preview).getByText('Data demo akan dihapus dan diganti data ini.')).toBeInTheDocument();
    expect(within(preview).getByText(/1 pekerja sudah terdaftar dengan nomor lain/)).toBeInTheDocument();

    const table = within(preview).getByRole('table', { name: /Masalah pertama/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Kesalahan',
      '3',
      'tanggal_daftar',
      '31/11/2023',
      'tanggal tidak ada di kalender',
    ]);
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('Peringatan');
    // The preview is in the address, so a reload or a shared link shows it again.
    expect(router.state.location.search).toMatch(/^\?impor=\d+$/);
    expect(within(upload).getByRole('status')).toHaveTextContent('Pemeriksaan rekap-pendaftaran.csv selesai.');
  });

  it('disables Simpan while the file has errors, and saves only the valid rows when asked', async () => {
    const applies = recordRequests(apiPaths.adminImportApply);
    const { user } = await openPage();
    const preview = await uploadFile(user);

    const save = within(preview).getByRole('button', { name: 'Simpan' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription(/Simpan tidak tersedia karena 2 baris ditolak/);

    await user.click(within(preview).getByRole('button', { name: 'Simpan baris yang valid saja (12 baris)' }));
    const done = await screen.findByRole('region', { name: 'Data tersimpan' });
    expect(JSON.parse(applies[0]!.body)).toEqual({ partial: true });
    expect(applies[0]!.csrf).toBe(adminStore.me().csrfToken);
    expect(within(done).getByText('12 ditambah, 0 diperbarui, 0 tetap.')).toBeInTheDocument();
    expect(within(done).getByText('2 baris yang ditolak tidak diimpor.')).toBeInTheDocument();
    expect(within(done).getByRole('link', { name: 'Lihat dasbor' })).toHaveAttribute('href', '/');
    expect(within(done).getByRole('heading', { name: 'Data tersimpan' })).toHaveFocus();
  });

  it('saves a clean file with Simpan and refreshes every dashboard number', async () => {
    adminStore.setUploadOutcome('clean');
    const summaries = recordRequests(apiPaths.summary);
    const applies = recordRequests(apiPaths.adminImportApply);
    const { user } = await openPage();
    const preview = await uploadFile(user);
    expect(within(preview).queryByRole('button', { name: /valid saja/ })).not.toBeInTheDocument();
    expect(within(preview).queryByRole('table')).not.toBeInTheDocument();
    const before = summaries.length;

    await user.click(within(preview).getByRole('button', { name: 'Simpan' }));
    const done = await screen.findByRole('region', { name: 'Data tersimpan' });
    expect(JSON.parse(applies[0]!.body)).toEqual({ partial: false });
    expect(within(done).getByText('14 ditambah, 0 diperbarui, 0 tetap.')).toBeInTheDocument();
    expect(within(done).getByText('Data demo sudah dihapus dan diganti data ini.')).toBeInTheDocument();
    await waitFor(() => expect(summaries.length).toBeGreaterThan(before));

    // The history now offers to undo it.
    const history = screen.getByRole('region', { name: 'Riwayat impor' });
    const row = await within(history).findByRole('row', { name: /rekap-pendaftaran\.csv/ });
    expect(await within(row).findByText('Tersimpan')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Urungkan impor rekap-pendaftaran.csv' })).toBeInTheDocument();

    await user.click(within(done).getByRole('button', { name: 'Impor berkas lain' }));
    expect(screen.queryByRole('region', { name: 'Data tersimpan' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Pilih berkas')).toHaveFocus();
  });

  it('cancels a preview: nothing changes and the history says so', async () => {
    const { user, router } = await openPage();
    const preview = await uploadFile(user);
    await user.click(within(preview).getByRole('button', { name: 'Batal' }));

    expect(await screen.findByText('Impor rekap-pendaftaran.csv dibatalkan. Tidak ada data yang berubah.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Pratinjau impor' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    const history = screen.getByRole('region', { name: 'Riwayat impor' });
    const rows = await within(history).findAllByRole('row', { name: /rekap-pendaftaran\.csv/ });
    await waitFor(() => expect(within(rows[0]!).getByText('Dibatalkan')).toBeInTheDocument());
  });

  it('undoes the newest import only after a confirmation that says what is restored', async () => {
    adminStore.setUploadOutcome('clean');
    const undos = recordRequests(apiPaths.adminImportUndo);
    const { user } = await openPage();
    await user.click(within(await uploadFile(user)).getByRole('button', { name: 'Simpan' }));
    await screen.findByRole('region', { name: 'Data tersimpan' });

    const history = screen.getByRole('region', { name: 'Riwayat impor' });
    await user.click(await within(history).findByRole('button', { name: 'Urungkan impor rekap-pendaftaran.csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Urungkan impor rekap-pendaftaran.csv?' });
    expect(dialog).toHaveTextContent('14 baris yang ditambahkan impor ini dihapus;');
    expect(dialog).toHaveTextContent('0 baris yang diperbarui kembali ke nilai sebelumnya;');
    expect(dialog).toHaveTextContent('Data demo yang dihapus oleh impor ini tidak kembali');

    // Changing one's mind sends nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Tidak jadi' }));
    expect(undos).toHaveLength(0);
    expect(screen.queryByRole('dialog', { name: /Urungkan impor/ })).not.toBeInTheDocument();

    await user.click(within(history).getByRole('button', { name: 'Urungkan impor rekap-pendaftaran.csv' }));
    await user.click(within(await screen.findByRole('dialog', { name: /Urungkan impor/ })).getByRole('button', { name: 'Ya, urungkan' }));
    expect(await screen.findByText('Impor rekap-pendaftaran.csv diurungkan. Data kembali seperti sebelumnya.')).toBeInTheDocument();
    expect(undos).toHaveLength(1);
    expect(undos[0]!.csrf).toBe(adminStore.me().csrfToken);
    const row = within(history).getAllByRole('row', { name: /rekap-pendaftaran\.csv/ })[0]!;
    await waitFor(() => expect(within(row).getByText('Diurungkan')).toBeInTheDocument());
    expect(within(history).queryByRole('button', { name: /Urungkan impor/ })).not.toBeInTheDocument();
    expect(within(history).getByRole('heading', { name: 'Riwayat impor' })).toHaveFocus();
  });

  it('shows a refused file prominently with what to do', async () => {
    adminStore.setUploadOutcome('failed');
    const { user } = renderApp('/admin/impor');
    await user.upload(await screen.findByLabelText('Pilih berkas'), csvFile('rekap.xlsx'));
    const report = await screen.findByRole('region', { name: 'Berkas ditolak' });
    expect(within(report).getByText(/Kolom wajib tidak ditemukan di baris judul/)).toBeInTheDocument();
    expect(within(report).getByText(/Tidak ada data yang berubah. Perbaiki berkasnya/)).toBeInTheDocument();
    expect(within(report).queryByRole('button', { name: 'Simpan' })).not.toBeInTheDocument();
  });

  it('takes a file dropped on the zone', async () => {
    await openPage();
    const zone = screen.getByText('Seret berkas .csv atau .xlsx ke sini, atau').parentElement!;
    fireEvent.dragEnter(zone);
    expect(zone).toHaveClass('dropzone--over');
    fireEvent.drop(zone, { dataTransfer: { files: [csvFile('rekap-diseret.csv')] } });
    expect(zone).not.toHaveClass('dropzone--over');
    const preview = await screen.findByRole('region', { name: 'Pratinjau impor' });
    expect(within(preview).getByText(/rekap-diseret\.csv/)).toBeInTheDocument();
  });

  it('refuses other file types before sending anything', async () => {
    const uploads = recordRequests(apiPaths.adminImports);
    const { user } = await openPage();
    await user.upload(screen.getByLabelText('Pilih berkas'), csvFile('rekap.xls'), );
    expect(await screen.findByText(/rekap\.xls bukan berkas \.csv atau \.xlsx/)).toBeInTheDocument();
    expect(uploads.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('offers to try again when the server fails (500), and the retry sends the same file', async () => {
    server.use(http.post(mockUrl(apiPaths.adminImports), () => apiErrorResponse(500, 'internal', 'Terjadi kesalahan di server.'), { once: true }));
    const { user } = await openPage();
    await user.upload(screen.getByLabelText('Pilih berkas'), csvFile());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Berkas gagal diperiksa');
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('region', { name: 'Pratinjau impor' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the server\'s reason when applying is refused, and retry when the history cannot load', async () => {
    server.use(http.get(mockUrl(apiPaths.adminImports), () => apiErrorResponse(500, 'internal', 'boom'), { once: true }));
    const { user } = await openPage();
    const history = screen.getByRole('region', { name: 'Riwayat impor' });
    await user.click(within(await within(history).findByRole('alert')).getByRole('button', { name: 'Coba lagi' }));
    expect(await within(history).findByRole('table', { name: 'Impor terakhir, terbaru di atas' })).toBeInTheDocument();

    adminStore.setUploadOutcome('clean');
    server.use(
      http.post(mockUrl(apiPaths.adminImportApply.replace('{id}', ':id')), () => apiErrorResponse(409, 'conflict', 'Impor #3 tidak dapat diterapkan (status: cancelled).'), { once: true }),
    );
    const preview = await uploadFile(user);
    await user.click(within(preview).getByRole('button', { name: 'Simpan' }));
    expect(await within(preview).findByRole('alert')).toHaveTextContent('Impor #3 tidak dapat diterapkan (status: cancelled).');
  });

  it('reopens an import from the history, by its address', async () => {
    const { user, router } = await openPage();
    const history = screen.getByRole('region', { name: 'Riwayat impor' });
    await user.click(await within(history).findByRole('link', { name: 'rekap lama.xls' }));
    const report = await screen.findByRole('region', { name: 'Berkas ditolak' });
    expect(within(report).getByText(/Berkas bukan CSV atau \.xlsx/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?impor=1');
  });

  it('has labelled controls, a status region and ordered headings (axe, without colour checks)', async () => {
    const { user } = await openPage();
    await uploadFile(user);
    await screen.findByRole('table', { name: 'Impor terakhir, terbaru di atas' });
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
