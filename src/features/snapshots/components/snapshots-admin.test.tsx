import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { CSRF_HEADER } from '../../../../contract/auth';
import { API_BASE, apiPaths } from '../../../../contract/paths';
import { CreatedSnapshot, type CreateSnapshotRequest } from '../../../../contract/snapshots';
import { adminStore, demoApi, server } from '../../../../mocks/node';
import { createSnapshotHandlers } from '../../../../mocks/snapshot-handlers';
import { renderApp } from '../../../../tests/support/render-app';

let clock = new Date('2026-11-23T05:00:00Z');

/** The API, called as staff would: through the same MSW handlers the page uses. */
async function call(path: string, body?: unknown): Promise<Response> {
  return fetch(new URL(API_BASE + path, window.location.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: adminStore.me().csrfToken ?? '' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function share(input: CreateSnapshotRequest): Promise<CreatedSnapshot> {
  const res = await call(apiPaths.snapshots, input);
  expect(res.status).toBe(201);
  return CreatedSnapshot.parse(await res.json());
}

/**
 * Three links: one that has expired by now, one revoked, one live and opened twice. Pages without a time
 * chart, whose aggregates the demo computes quickly.
 */
async function seed() {
  clock = new Date('2026-11-10T05:00:00Z');
  await share({ title: 'Rapat koordinasi OPD', view: { path: '/peringkat', params: { metric: 'percent' } }, expiresInDays: 7 });
  const revoked = await share({ title: 'Untuk camat', view: { path: '/unit', params: { jenis: 'kecamatan' } }, expiresInDays: 30 });
  expect((await call(apiPaths.adminSnapshotRevoke.replace('{id}', String(revoked.id)))).status).toBe(200);
  clock = new Date('2026-11-20T05:00:00Z');
  const live = await share({ title: 'Laporan Bupati', note: 'Rapat pimpinan', view: { path: '/cakupan', params: { kolom: 'semua' } }, expiresInDays: 30 });
  clock = new Date('2026-11-22T02:15:00Z');
  for (let i = 0; i < 2; i++) expect((await fetch(new URL(API_BASE + apiPaths.snapshot.replace('{token}', live.token), window.location.origin))).status).toBe(200);
  clock = new Date('2026-11-23T05:00:00Z');
}

const rowOf = (table: HTMLElement, title: string) => within(table).getByRole('rowheader', { name: title }).closest('tr')!;
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

async function openPage(url = '/admin/tautan') {
  const app = renderApp(url);
  await screen.findByRole('heading', { level: 2, name: 'Tautan snapshot' });
  return app;
}

describe('admin page of snapshot links', () => {
  beforeEach(() => server.use(...createSnapshotHandlers(demoApi, adminStore, () => clock)));
  afterEach(() => server.events.removeAllListeners());

  it('lists every link with page, author, lifetime, status and opens', async () => {
    await seed();
    await openPage();
    const table = await screen.findByRole('table', { name: 'Tautan snapshot, terbaru di atas' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Laporan Bupati', 'Untuk camat', 'Rapat koordinasi OPD']);

    const live = rowOf(table, 'Laporan Bupati');
    expect(cells(live)).toEqual([
      'Cakupan perlindungan (data terkini)Kolom: semua bulan',
      'Heru Siswanto',
      '20 Nov 2026, 12.00 WIB',
      '20 Des 2026, 12.00 WIB',
      'Aktif',
      '2 kaliterakhir 22 Nov 2026, 09.15 WIB',
      expect.stringMatching(/^\d+ \w{3} \d{4}$/),
      'Cabut',
    ]);
    expect(within(live).getByRole('link', { name: 'Cakupan perlindungan (data terkini)' })).toHaveAttribute('href', '/cakupan?kolom=semua');

    const revoked = rowOf(table, 'Untuk camat');
    expect(within(revoked).getByText('Dicabut')).toHaveClass('badge');
    expect(revoked).toHaveTextContent('Unit kerja (data terkini)Jenis unit: Kantor kecamatan');
    expect(revoked).toHaveTextContent('dicabut 10 Nov 2026, 12.00 WIB');
    expect(revoked).toHaveTextContent('0 kalibelum pernah');
    expect(within(revoked).queryByRole('button')).toBeNull();

    const expired = rowOf(table, 'Rapat koordinasi OPD');
    expect(within(expired).getByText('Kedaluwarsa')).toHaveClass('badge');
    expect(expired).toHaveTextContent('Ukuran: Persentase ASN');
    expect(within(expired).queryByRole('button')).toBeNull();

    const results = await axe.run(document.getElementById('main')!, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('filters by status, in the URL', async () => {
    await seed();
    const { user, router } = await openPage('/admin/tautan?status=revoked');
    let table = await screen.findByRole('table', { name: 'Tautan snapshot berstatus dicabut, terbaru di atas' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Untuk camat']);
    expect(screen.getByRole('radio', { name: 'Dicabut (1)' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'Aktif (1)' }));
    expect(router.state.location.search).toBe('?status=live');
    table = await screen.findByRole('table', { name: 'Tautan snapshot berstatus aktif, terbaru di atas' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Laporan Bupati']);

    await user.click(screen.getByRole('radio', { name: 'Semua (3)' }));
    expect(router.state.location.search).toBe('');
    expect(within(await screen.findByRole('table', { name: 'Tautan snapshot, terbaru di atas' })).getAllByRole('rowheader')).toHaveLength(3);
  });

  it('revokes a live link after a confirmation that says it is permanent; the row updates', async () => {
    await seed();
    const revokes: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/revoke')) revokes.push(request.headers.get(CSRF_HEADER));
    });
    const { user } = await openPage();
    const table = await screen.findByRole('table', { name: 'Tautan snapshot, terbaru di atas' });

    // Kept: nothing sent, still live.
    await user.click(within(rowOf(table, 'Laporan Bupati')).getByRole('button', { name: 'Cabut tautan Laporan Bupati' }));
    let dialog = screen.getByRole('dialog', { name: 'Cabut tautan "Laporan Bupati"?' });
    expect(dialog).toHaveAccessibleDescription(/permanen/);
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(revokes).toEqual([]);

    await user.click(within(rowOf(table, 'Laporan Bupati')).getByRole('button', { name: 'Cabut tautan Laporan Bupati' }));
    dialog = screen.getByRole('dialog', { name: 'Cabut tautan "Laporan Bupati"?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ya, cabut tautan' }));

    expect(await screen.findByText('Tautan "Laporan Bupati" dicabut.')).toHaveAttribute('role', 'status');
    expect(revokes).toEqual([adminStore.me().csrfToken]);
    const row = rowOf(screen.getByRole('table', { name: 'Tautan snapshot, terbaru di atas' }), 'Laporan Bupati');
    expect(within(row).getByText('Dicabut')).toHaveClass('badge');
    expect(within(row).queryByRole('button')).toBeNull();
    expect(screen.getByRole('radio', { name: 'Aktif (0)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Semua tautan' })).toHaveFocus();
  });

  it('says when there are no links yet, and when none has the status chosen', async () => {
    const empty = await openPage();
    expect(await screen.findByText('Belum ada tautan snapshot')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    empty.unmount();

    await share({ title: 'Satu-satunya', view: { path: '/cakupan', params: {} }, expiresInDays: 7 });
    const { user } = await openPage('/admin/tautan?status=revoked');
    expect(await screen.findByText('Tidak ada tautan dengan status ini.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Dicabut (0)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Tampilkan semua tautan' }));
    const table = await screen.findByRole('table', { name: 'Tautan snapshot, terbaru di atas' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Satu-satunya']);
  });

  it('has a tab among the staff pages for admins; viewers see neither the tab nor the page', async () => {
    const admin = renderApp('/admin/impor');
    const nav = await screen.findByRole('navigation', { name: 'Pengelolaan data' });
    expect(within(nav).getByRole('link', { name: 'Tautan snapshot' })).toHaveAttribute('href', '/admin/tautan');
    await admin.user.click(within(nav).getByRole('link', { name: 'Tautan snapshot' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tautan snapshot' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Tautan snapshot' })).toHaveAttribute('aria-current', 'page');
    admin.unmount();

    adminStore.signInAs('viewer');
    renderApp('/admin/tautan');
    expect(await screen.findByRole('heading', { name: 'Halaman ini khusus admin' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tautan snapshot' })).toBeNull();
    expect(screen.queryByRole('navigation', { name: 'Pengelolaan data' })).toBeNull();
  });
});

