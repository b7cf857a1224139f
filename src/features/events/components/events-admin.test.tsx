import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { CSRF_HEADER } from '../../../../contract/auth';
import { apiPaths } from '../../../../contract/paths';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { adminStore, DEMO_TODAY, server } from '../../../../mocks/node';
import { DEMO_EVENTS } from '../../../../server/demo/generate';
import { renderApp } from '../../../../tests/support/render-app';

/** Every request the page sends to the admin event paths, with what it sent. */
function recordRequests() {
  const seen: { method: string; path: string; csrf: string | null; body: unknown }[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/admin/events')) return;
    const text = await request.clone().text();
    seen.push({ method: request.method, path: url.pathname, csrf: request.headers.get(CSRF_HEADER), body: text ? JSON.parse(text) : null });
  });
  return seen;
}

async function openPage() {
  const app = renderApp('/admin/peristiwa');
  await screen.findByRole('heading', { level: 2, name: 'Peristiwa kampanye' });
  const list = await screen.findByRole('table', { name: 'Semua peristiwa, terbaru di atas' });
  return { ...app, list };
}

const rowOf = (table: HTMLElement, title: string) => within(table).getByRole('rowheader', { name: new RegExp(title) }).closest('tr')!;
const add = () => screen.getByRole('region', { name: 'Tambah peristiwa' });

describe('events admin page', () => {
  afterEach(() => server.events.removeAllListeners());

  it('lists events newest first; imports and target changes are explained and linked, not editable', async () => {
    const { list } = await openPage();
    const rows = within(list).getAllByRole('row').slice(1);
    const shown = DEMO_EVENTS.filter((e) => e.date <= DEMO_TODAY);
    expect(rows).toHaveLength(shown.length + 1);
    // Newest first: the last demo event on top, the two 13 Nov 2023 sessions at the bottom.
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(shown.at(-1)!.title);
    expect(within(rows.at(-1)!).getByRole('rowheader')).toHaveTextContent('Sosialisasi sesi 1: OPD dan kecamatan');
    expect(within(rows.at(-2)!).getByRole('rowheader')).toHaveTextContent('Sosialisasi sesi 2');

    const hut = rowOf(list, 'HUT Korpri ke-54');
    expect(within(hut).getByRole('button', { name: 'Ubah peristiwa HUT Korpri ke-54' })).toBeInTheDocument();
    expect(within(hut).getByRole('button', { name: 'Hapus peristiwa HUT Korpri ke-54' })).toBeInTheDocument();

    const target = rowOf(list, 'Target diubah');
    expect(within(target).queryByRole('button')).toBeNull();
    expect(target).toHaveTextContent('Dicatat otomatis saat target diubah.');
    expect(within(target).getByRole('link', { name: 'Ubah di halaman Target' })).toHaveAttribute('href', '/admin/target');
  });

  it('shows an applied import as a read-only event that links to the import page', async () => {
    adminStore.upload('rekap-desember.csv', new TextEncoder().encode('no_registrasi\n1\n'));
    const id = adminStore.list().imports.find((i) => i.fileName === 'rekap-desember.csv')!.id;
    adminStore.apply(id, true);
    const { list } = await openPage();
    const row = rowOf(list, 'Impor rekap pendaftaran: rekap-desember.csv');
    expect(row).toHaveTextContent('Dicatat otomatis saat impor diterapkan.');
    expect(within(row).getByRole('link', { name: 'Kelola di Impor data' })).toHaveAttribute('href', '/admin/impor');
    // The first real import took the demo's events away, as on the server.
    expect(within(list).queryByText('HUT Korpri ke-54')).toBeNull();
  });

  it('adds an event with the CSRF token, says so, and clears the form', async () => {
    const requests = recordRequests();
    const { user, list } = await openPage();
    const form = add();
    const date = within(form).getByLabelText('Tanggal');
    await user.clear(date);
    await user.type(date, '2026-11-17');
    await user.type(within(form).getByLabelText('Judul'), 'Sosialisasi di Puskesmas Cawas');
    await user.selectOptions(within(form).getByLabelText('Jenis'), 'Sosialisasi');
    await user.type(within(form).getByLabelText('Catatan (opsional)'), 'sesi tambahan');
    await user.click(within(form).getByRole('button', { name: 'Tambah peristiwa' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Peristiwa "Sosialisasi di Puskesmas Cawas" ditambahkan.');
    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/api/admin/events',
        csrf: adminStore.me().csrfToken,
        body: { date: '2026-11-17', title: 'Sosialisasi di Puskesmas Cawas', kind: 'sosialisasi', note: 'sesi tambahan' },
      },
    ]);
    // Newest first, so on top; the note under the title.
    const top = within(list).getAllByRole('row')[1]!;
    expect(within(top).getByRole('rowheader')).toHaveTextContent('Sosialisasi di Puskesmas Cawassesi tambahan');
    expect(top).toHaveTextContent('17 Nov 2026');
    // The data ends on 23 Nov 2026: 7 of the 14 days after are in, too few to state a change.
    expect(within(top).getAllByRole('cell').at(-2)).toHaveTextContent('baru 7 dari 14 hari');
    expect(within(add()).getByLabelText('Judul')).toHaveValue('');
  });

  it('checks the form before sending: an empty title is named next to its field and gets the focus', async () => {
    const requests = recordRequests();
    const { user } = await openPage();
    await user.click(within(add()).getByRole('button', { name: 'Tambah peristiwa' }));
    const title = within(add()).getByLabelText('Judul');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/^Judul wajib diisi\./);
    expect(title).toHaveFocus();
    expect(requests).toEqual([]);
    await user.type(title, 'A');
    expect(title).not.toHaveAttribute('aria-invalid');
  });

  it('shows what the server refuses next to each field, in Indonesian', async () => {
    server.use(
      http.post(mockUrl(apiPaths.adminEvents), () =>
        apiErrorResponse(400, 'invalid_request', 'date: not a calendar date; title: judul maksimal 120 karakter'),
      ),
    );
    const { user } = await openPage();
    await user.type(within(add()).getByLabelText('Judul'), 'Apel pagi');
    await user.click(within(add()).getByRole('button', { name: 'Tambah peristiwa' }));
    const date = within(add()).getByLabelText('Tanggal');
    await waitFor(() => expect(date).toHaveAccessibleDescription('Isi tanggal yang ada di kalender.'));
    await waitFor(() => expect(date).toHaveFocus());
    expect(within(add()).getByLabelText('Judul')).toHaveAccessibleDescription(/^Judul maksimal 120 karakter\./);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('edits an event in a dialog with PUT, and the list shows the change', async () => {
    const requests = recordRequests();
    const { user, list } = await openPage();
    await user.click(within(rowOf(list, 'HUT Korpri ke-54')).getByRole('button', { name: 'Ubah peristiwa HUT Korpri ke-54' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ubah peristiwa' });
    const title = within(dialog).getByLabelText('Judul');
    expect(title).toHaveValue('HUT Korpri ke-54');
    expect(within(dialog).getByLabelText('Tanggal')).toHaveValue('2025-11-29');
    await user.clear(title);
    await user.type(title, 'HUT Korpri ke-54 dan jalan sehat');
    await user.selectOptions(within(dialog).getByLabelText('Jenis'), 'Lainnya');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Peristiwa "HUT Korpri ke-54 dan jalan sehat" disimpan.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const id = DEMO_EVENTS.findIndex((e) => e.title === 'HUT Korpri ke-54') + 1;
    expect(requests).toEqual([
      {
        method: 'PUT',
        path: `/api/admin/events/${id}`,
        csrf: adminStore.me().csrfToken,
        body: { date: '2025-11-29', title: 'HUT Korpri ke-54 dan jalan sehat', kind: 'lainnya', note: null },
      },
    ]);
    const row = rowOf(list, 'HUT Korpri ke-54 dan jalan sehat');
    expect(row).toHaveTextContent('Lainnya');
  });

  it('deletes an event only after a confirmation, then moves the focus to the list', async () => {
    const requests = recordRequests();
    const { user, list } = await openPage();
    await user.click(within(rowOf(list, 'Apel Hari Pahlawan')).getByRole('button', { name: 'Hapus peristiwa Apel Hari Pahlawan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus peristiwa "Apel Hari Pahlawan"?' });
    expect(dialog).toHaveAccessibleDescription('Peristiwa tanggal 10 Nov 2026 hilang dari semua grafik. Data pendaftaran tidak berubah.');

    await user.click(within(dialog).getByRole('button', { name: 'Jangan hapus' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests).toEqual([]);

    await user.click(within(rowOf(list, 'Apel Hari Pahlawan')).getByRole('button', { name: 'Hapus peristiwa Apel Hari Pahlawan' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hapus' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Peristiwa "Apel Hari Pahlawan" dihapus.');
    expect(within(list).queryByText('Apel Hari Pahlawan')).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Semua peristiwa' })).toHaveFocus());
    const id = DEMO_EVENTS.findIndex((e) => e.title === 'Apel Hari Pahlawan') + 1;
    expect(requests).toEqual([{ method: 'DELETE', path: `/api/admin/events/${id}`, csrf: adminStore.me().csrfToken, body: null }]);
  });

  it('says why in the dialog when the server refuses a delete', async () => {
    server.use(http.delete(mockUrl(apiPaths.adminEvent.replace('{id}', ':id')), () => apiErrorResponse(404, 'not_found', 'Peristiwa #11 tidak ditemukan.')));
    const { user, list } = await openPage();
    await user.click(within(rowOf(list, 'Apel Hari Pahlawan')).getByRole('button', { name: 'Hapus peristiwa Apel Hari Pahlawan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Hapus' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Peristiwa #11 tidak ditemukan.');
  });

  it('shows a viewer the polite 403, not the page', async () => {
    adminStore.signInAs('viewer');
    renderApp('/admin/peristiwa');
    expect(await screen.findByRole('heading', { level: 2, name: 'Halaman ini khusus admin' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Peristiwa kampanye' })).toBeNull();
  });

  it('refuses a viewer on the API too: the mock keeps the server\'s rule', async () => {
    adminStore.signInAs('viewer');
    const response = await fetch(`http://localhost/api${apiPaths.adminEvents}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: adminStore.me().csrfToken! },
      body: JSON.stringify({ date: '2026-11-17', title: 'x', kind: 'lainnya' }),
    });
    expect(response.status).toBe(403);
  });
});
