import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { http } from 'msw';
import { CSRF_HEADER } from '../../../../contract/auth';
import { apiPaths } from '../../../../contract/paths';
import { apiErrorResponse, mockUrl } from '../../../../mocks/handlers';
import { adminStore, demoApi, server } from '../../../../mocks/node';
import { createSnapshotHandlers } from '../../../../mocks/snapshot-handlers';
import { formatDate, formatDateTimeWib } from '@/lib/format';
import { renderApp } from '../../../../tests/support/render-app';

/** Every request to create a snapshot, with what it sent. */
function recordRequests() {
  const seen: { csrf: string | null; body: unknown }[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method !== 'POST' || new URL(request.url).pathname !== `/api${apiPaths.snapshots}`) return;
    seen.push({ csrf: request.headers.get(CSRF_HEADER), body: await request.clone().json() });
  });
  return seen;
}

/** axe on one element, without colour checks (jsdom computes no colours). */
async function axeViolations(element: HTMLElement) {
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const asOfDate = formatDate(demoApi.summary().asOfDate!, 'id');
const shareButton = () => screen.findByRole('button', { name: 'Bagikan snapshot' });

async function openDialog(url: string) {
  const app = renderApp(url);
  await app.user.click(await shareButton());
  const dialog = await screen.findByRole('dialog', { name: 'Bagikan snapshot' });
  return { ...app, dialog };
}

describe('share a snapshot', () => {
  // A fresh in-memory store of links for each test.
  beforeEach(() => server.use(...createSnapshotHandlers(demoApi, adminStore, () => new Date('2026-11-23T05:00:00Z'))));
  afterEach(() => server.events.removeAllListeners());

  it('is offered to signed-in staff only, and only on pages that can be frozen', async () => {
    adminStore.signInAs(null);
    const visitor = renderApp('/peringkat');
    await screen.findByRole('link', { name: 'Masuk' });
    await screen.findByRole('heading', { level: 2 });
    expect(screen.queryByRole('button', { name: 'Bagikan snapshot' })).toBeNull();
    visitor.unmount();

    adminStore.signInAs('viewer');
    const viewer = renderApp('/peringkat');
    expect(await shareButton()).toBeInTheDocument();
    viewer.unmount();

    adminStore.signInAs('admin');
    renderApp('/admin/peristiwa');
    await screen.findByRole('heading', { level: 2, name: 'Peristiwa kampanye' });
    expect(screen.queryByRole('button', { name: 'Bagikan snapshot' })).toBeNull();
  });

  it('sends the page and its URL parameters, then shows the link once with copy, WhatsApp and open', async () => {
    const requests = recordRequests();
    const { user, dialog } = await openDialog('/peringkat?metric=percent');

    // What gets frozen, in words, and that no personal data goes with it.
    expect(dialog).toHaveTextContent('Tampilan: Peringkat Jawa Tengah');
    expect(dialog).toHaveTextContent('Filter: Ukuran: Persentase ASN');
    expect(dialog).toHaveTextContent(`Data per ${formatDateTimeWib(demoApi.summary().asOf!, 'id')}`);
    expect(dialog).toHaveTextContent('Tanpa data pribadi');
    const title = within(dialog).getByLabelText('Judul');
    expect(title).toHaveValue(`Peringkat Jawa Tengah per ${asOfDate}`);
    expect(title).toHaveFocus();
    expect(within(dialog).getByRole('radio', { name: '30 hari' })).toBeChecked();
    expect(await axeViolations(dialog)).toEqual([]);

    await user.type(within(dialog).getByLabelText('Catatan (opsional)'), 'Untuk rapat Senin');
    await user.click(within(dialog).getByRole('radio', { name: '90 hari' }));
    await user.click(within(dialog).getByRole('button', { name: 'Buat tautan' }));

    const link = await within(dialog).findByRole('textbox', { name: 'Tautan snapshot' });
    expect(requests).toEqual([
      {
        csrf: adminStore.me().csrfToken,
        body: {
          title: `Peringkat Jawa Tengah per ${asOfDate}`,
          note: 'Untuk rapat Senin',
          view: { path: '/peringkat', params: { metric: 'percent' } },
          expiresInDays: 90,
        },
      },
    ]);
    expect(dialog).toHaveAccessibleName('Tautan snapshot siap');
    const full = `${window.location.origin}/s/mock${'1'.padStart(39, '0')}`;
    expect(link).toHaveValue(full);
    expect(link).toHaveAttribute('readonly');
    expect(link).toHaveFocus();
    expect(link).toHaveAccessibleDescription(/hanya ditampilkan sekali/);
    expect(await axeViolations(dialog)).toEqual([]);
    expect(dialog).toHaveTextContent(`Berlaku sampai ${formatDateTimeWib('2027-02-21T05:00:00.000Z', 'id')}.`);

    const whatsapp = within(dialog).getByRole('link', { name: /Kirim lewat WhatsApp/ });
    expect(new URL(whatsapp.getAttribute('href')!).searchParams.get('text')).toBe(`Peringkat Jawa Tengah per ${asOfDate}\n${full}`);
    expect(whatsapp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(within(dialog).getByRole('link', { name: /^Buka/ })).toHaveAttribute('href', full);

    // Copy, announced.
    await user.click(within(dialog).getByRole('button', { name: 'Salin tautan' }));
    expect(await navigator.clipboard.readText()).toBe(full);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Tautan disalin');

    // Closed and opened again: a fresh form, not the old link.
    await user.click(within(dialog).getByRole('button', { name: 'Selesai' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(await shareButton());
    expect(await screen.findByRole('dialog', { name: 'Bagikan snapshot' })).toBeInTheDocument();
  });

  it('selects the link to copy by hand when the clipboard refuses', async () => {
    const { user, dialog } = await openDialog('/cakupan');
    await user.click(within(dialog).getByRole('button', { name: 'Buat tautan' }));
    const link = await within(dialog).findByRole<HTMLInputElement>('textbox', { name: 'Tautan snapshot' });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    link.setSelectionRange(0, 0);
    await user.click(within(dialog).getByRole('button', { name: 'Salin tautan' }));
    expect(writeText).toHaveBeenCalled();
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Tautan sudah dipilih');
    expect(link).toHaveFocus();
    expect([link.selectionStart, link.selectionEnd]).toEqual([0, link.value.length]);
  });

  it('names a unit page by the unit and freezes its own path', async () => {
    const unit = demoApi.units().rows[0]!;
    const requests = recordRequests();
    const { user, dialog } = await openDialog(`/unit/${unit.id}`);
    expect(within(dialog).getByLabelText('Judul')).toHaveValue(`${unit.name} per ${asOfDate}`.slice(0, 120));
    await user.click(within(dialog).getByRole('button', { name: 'Buat tautan' }));
    await within(dialog).findByRole('textbox', { name: 'Tautan snapshot' });
    expect(requests.map((r) => r.body)).toMatchObject([{ view: { path: `/unit/${unit.id}`, params: {} }, expiresInDays: 30 }]);
  });

  it('checks the form before sending: an empty title and a lifetime over a year are named by their fields', async () => {
    const requests = recordRequests();
    const { user, dialog } = await openDialog('/cakupan');
    const title = within(dialog).getByLabelText('Judul');
    await user.clear(title);
    await user.click(within(dialog).getByRole('radio', { name: 'Lainnya' }));
    await user.type(within(dialog).getByLabelText('Jumlah hari'), '400');
    await user.click(within(dialog).getByRole('button', { name: 'Buat tautan' }));

    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/^Judul wajib diisi\./);
    expect(title).toHaveFocus();
    expect(within(dialog).getByLabelText('Jumlah hari')).toHaveAccessibleDescription(/^Masa berlaku paling lama 365 hari\./);
    expect(requests).toEqual([]);
  });

  it("shows the server's refusal next to the field it names", async () => {
    server.use(
      http.post(mockUrl(apiPaths.snapshots), () =>
        apiErrorResponse(400, 'invalid_request', 'note: catatan maksimal 1000 karakter; expiresInDays: masa berlaku paling lama 365 hari'),
      ),
    );
    const { user, dialog } = await openDialog('/unit');
    await user.type(within(dialog).getByLabelText('Catatan (opsional)'), 'Catatan');
    await user.click(within(dialog).getByRole('button', { name: 'Buat tautan' }));

    const note = within(dialog).getByLabelText('Catatan (opsional)');
    await waitFor(() => expect(note).toHaveAccessibleDescription(/^Catatan maksimal 1000 karakter\./));
    expect(note).toHaveFocus();
    expect(within(dialog).getByRole('group', { name: 'Berlaku selama' })).toHaveAccessibleDescription(/Masa berlaku paling lama 365 hari\./);
    // Still the form: nothing was made.
    expect(within(dialog).queryByRole('textbox', { name: 'Tautan snapshot' })).toBeNull();
    // Changing the field takes its message away.
    await user.type(note, '!');
    expect(note).not.toHaveAttribute('aria-invalid');
  });

  it('says a refusal that names no field above the form', async () => {
    server.use(http.post(mockUrl(apiPaths.snapshots), () => apiErrorResponse(403, 'csrf_failed', 'Sesi tidak cocok. Muat ulang halaman lalu coba lagi.')));
    const { user, dialog } = await openDialog('/unit');
    await user.click(within(dialog).getByRole('button', { name: 'Buat tautan' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Sesi tidak cocok. Muat ulang halaman lalu coba lagi.');
  });

  it('speaks English with ?lang=en and sends the language with the view', async () => {
    const requests = recordRequests();
    const { user } = renderApp('/peringkat?lang=en');
    await user.click(await screen.findByRole('button', { name: 'Share snapshot' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share a snapshot' });
    expect(within(dialog).getByLabelText('Title')).toHaveValue(`Central Java ranking as of ${formatDate(demoApi.summary().asOfDate!, 'en')}`);
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    expect(await within(dialog).findByRole('textbox', { name: 'Snapshot link' })).toBeInTheDocument();
    expect(requests.map((r) => r.body)).toMatchObject([{ view: { path: '/peringkat', params: { lang: 'en' } } }]);
  });
});
