import { act, screen, waitFor, within } from '@testing-library/react';
import { adminStore, demoApi, server } from '../../../../mocks/node';
import { createSnapshotHandlers } from '../../../../mocks/snapshot-handlers';
import { formatNumber } from '@/lib/format';
import { renderApp } from '../../../../tests/support/render-app';

const NAMES = [
  'Capaian kampanye',
  'Laju pendaftaran',
  'Peringkat di Jawa Tengah',
  'Papan peringkat unit kerja',
  'Unit yang perlu perhatian',
  'Pekerjaan pekerja terdaftar',
  'Ajakan: daftarkan satu pekerja',
];

/** The slide on screen, found by its accessible name, which says its place in the deck. */
const slide = (n: number, total = 7) => screen.findByRole('region', { name: `Slide ${n} dari ${total}: ${NAMES[n - 1]}` });
/** The whole deck's data (the daily series included) comes from the demo handlers in jsdom: slow on a shared machine. */
const HEAVY = 60_000;
const search = (router: ReturnType<typeof renderApp>['router']) => new URLSearchParams(router.state.location.search);

describe('the meeting deck at /rapat', () => {
  it('opens on the setup panel, then starts on the headline slide without the site chrome', async () => {
    const { user, router } = renderApp('/rapat');
    const setup = await screen.findByRole('dialog', { name: 'Atur dek rapat' });
    expect(screen.queryByRole('navigation', { name: 'Halaman' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Pantau Peduli: mode rapat' })).toBeInTheDocument();
    await user.click(within(setup).getByRole('button', { name: 'Mulai presentasi' }));
    const first = await slide(1);
    expect(search(router).get('hal')).toBe('1');
    expect(await within(first).findByText(formatNumber(demoApi.summary().registered, 'id'))).toBeInTheDocument();
    expect(within(first).getByRole('progressbar')).toHaveAttribute('aria-valuetext', expect.stringContaining('dari 11.000 pekerja'));
    expect(within(first).getByText(/^Data per \d{1,2} \w{3} \d{4}, \d{2}\.\d{2} WIB$/)).toBeInTheDocument();
  }, HEAVY);

  it('moves with arrows, clicker keys, Home/End and the number keys, and keeps the slide in the URL', async () => {
    const { user, router } = renderApp('/rapat?hal=1');
    await slide(1);
    await user.keyboard('{ArrowRight}');
    await slide(2);
    expect(search(router).get('hal')).toBe('2');
    await user.keyboard('{ArrowDown}');
    await slide(3);
    await user.keyboard('{End}');
    await slide(7);
    await user.keyboard('{PageDown}');
    await slide(7);
    await user.keyboard('{Home}');
    await slide(1);
    await user.keyboard('3');
    await slide(3);
    expect(search(router).get('hal')).toBe('3');
    await user.keyboard('{PageUp}');
    await slide(2);
    await user.keyboard('{ArrowLeft}');
    await slide(1);
    await user.keyboard('{ArrowUp}');
    await slide(1);
    await user.keyboard(' ');
    await slide(2);
    await user.keyboard('{Enter}');
    await slide(3);
    await user.keyboard('{Backspace}');
    await slide(2);
    // A page the deck does not have is ignored.
    await user.keyboard('9');
    await slide(2);
    // Said to screen readers, politely.
    expect(screen.getByText('Slide 2 dari 7: Laju pendaftaran', { selector: '[aria-live="polite"]' })).toBeInTheDocument();
  }, HEAVY);

  it('moves once, not twice, when Enter presses a focused on-screen button', async () => {
    const { user, router } = renderApp('/rapat?hal=2');
    await slide(2);
    const next = screen.getByRole('button', { name: 'Slide berikutnya' });
    next.focus();
    await user.keyboard('{Enter}');
    await slide(3);
    expect(search(router).get('hal')).toBe('3');
    await user.click(screen.getByRole('button', { name: 'Slide sebelumnya' }));
    await slide(2);
    await user.click(screen.getByRole('button', { name: 'Slide sebelumnya' }));
    await slide(1);
    expect(screen.getByRole('button', { name: 'Slide sebelumnya' })).toBeDisabled();
  }, HEAVY);

  it('opens the setup panel with s, and what is chosen there is written to the URL', async () => {
    const { user, router } = renderApp('/rapat?hal=1');
    await slide(1);
    await user.keyboard('s');
    const setup = await screen.findByRole('dialog', { name: 'Atur dek rapat' });
    // Keys typed in the panel do not move the deck.
    await user.keyboard('{ArrowRight}');
    await user.click(within(setup).getByRole('checkbox', { name: '2. Laju pendaftaran' }));
    await user.click(within(setup).getByRole('radio', { name: 'Gelap (TV)' }));
    await user.selectOptions(within(setup).getByRole('combobox', { name: 'Putar otomatis' }), 'Setiap 30 detik');
    await user.click(within(setup).getByRole('checkbox', { name: /Ulangi dari awal/ }));
    const units = demoApi.units().rows;
    const education = units.find((u) => u.name === 'Dinas Pendidikan')!;
    await user.type(within(setup).getByRole('searchbox', { name: 'Cari unit' }), 'pendidikan');
    await user.click(await within(setup).findByRole('checkbox', { name: /^Dinas Pendidikan/ }));
    expect(within(setup).getByText('1 dipilih (paling banyak 30)')).toBeInTheDocument();
    const params = search(router);
    expect(params.getAll('slide')).toEqual(['capaian', 'peringkat', 'unit', 'perhatian', 'pekerjaan', 'ajakan']);
    expect(params.get('tema')).toBe('gelap');
    expect(params.get('jeda')).toBe('30');
    expect(params.get('ulang')).toBe('1');
    expect(params.getAll('unit')).toEqual([String(education.id)]);
    expect(params.get('hal')).toBe('1');
    await user.click(within(setup).getByRole('button', { name: 'Kembali ke presentasi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await slide(1, 6);
    // The deck without slide 2: the next slide is the ranking.
    await user.keyboard('{ArrowRight}');
    expect(await screen.findByRole('region', { name: 'Slide 2 dari 6: Peringkat di Jawa Tengah' })).toBeInTheDocument();
  }, HEAVY);

  it('chooses every OPD with one button', async () => {
    const opds = demoApi.units().rows.filter((u) => u.kind === 'opd');
    const { user, router } = renderApp('/rapat');
    const setup = await screen.findByRole('dialog', { name: 'Atur dek rapat' });
    await user.click(await within(setup).findByRole('button', { name: 'Pilih semua OPD' }));
    expect(search(router).getAll('unit').map(Number).sort((a, b) => a - b)).toEqual(opds.map((u) => u.id).sort((a, b) => a - b));
    await user.click(within(setup).getByRole('button', { name: 'Hapus pilihan unit' }));
    expect(search(router).getAll('unit')).toEqual([]);
  }, HEAVY);

  it('shows the chosen units on the leaderboard, each with its rank among all units', async () => {
    const units = demoApi.units().rows;
    const chosen = units.filter((u) => ['Dinas Pendidikan', 'Inspektorat', 'Bappeda'].includes(u.name));
    renderApp(`/rapat?hal=1&slide=unit&${chosen.map((u) => `unit=${u.id}`).join('&')}`);
    const board = await screen.findByRole('region', { name: 'Slide 1 dari 1: Papan peringkat unit kerja' });
    const table = await within(board).findByRole('table', { name: 'Unit kerja menurut persen dari targetnya sendiri' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      [...chosen].sort((a, b) => b.progress - a.progress).map((u) => u.name),
    );
    const rankAmongAll = (u: (typeof units)[number]) => 1 + units.filter((o) => o.progress > u.progress).length;
    expect(rows.map((r) => Number(within(r).getAllByRole('cell')[0]!.textContent))).toEqual(
      [...chosen].sort((a, b) => b.progress - a.progress).map(rankAmongAll),
    );
    expect(within(board).getByText('3 unit yang dipilih; peringkat di antara 130 unit')).toBeInTheDocument();
  }, HEAVY);

  it('puts a snapshot of the overview behind the QR code for signed-in staff', async () => {
    server.use(...createSnapshotHandlers(demoApi, adminStore, () => new Date('2026-11-23T05:00:00Z')));
    const { user } = renderApp('/rapat?hal=1&slide=ajakan');
    const closing = await screen.findByRole('region', { name: `Slide 1 dari 1: ${NAMES[6]}` });
    expect(within(closing).getByRole('img', { name: /^Kode QR menuju localhost(:\d+)?$/ })).toBeInTheDocument();
    await user.click(await within(closing).findByRole('button', { name: 'Buat tautan snapshot' }));
    expect(await within(closing).findByRole('img', { name: /^Kode QR menuju localhost(:\d+)?\/s\/[A-Za-z0-9_-]{43}$/ })).toBeInTheDocument();
    expect(within(closing).getByText('Pindai untuk membuka snapshot data rapat ini')).toBeInTheDocument();
    expect(within(closing).queryByRole('button', { name: 'Buat tautan snapshot' })).not.toBeInTheDocument();
  }, HEAVY);

  it('points the QR code at the public overview for everyone else, with no snapshot button', async () => {
    adminStore.signInAs(null);
    renderApp('/rapat?hal=1&slide=ajakan&lang=en');
    const closing = await screen.findByRole('region', { name: 'Slide 1 of 1: Call to action: register one worker' });
    expect(within(closing).getByRole('img', { name: /^QR code to localhost(:\d+)?\/\?lang=en$/ })).toBeInTheDocument();
    expect(await within(closing).findByText('Rp16,800')).toBeInTheDocument();
    expect(within(closing).queryByRole('button', { name: 'Create snapshot link' })).not.toBeInTheDocument();
  }, HEAVY);

  it('says so when p is pressed without auto-advance, or f where the browser has no full screen', async () => {
    const { user } = renderApp('/rapat?hal=1&slide=capaian');
    await slide(1, 1);
    await user.keyboard('p');
    expect(screen.getByText(/Putar otomatis belum diatur/, { selector: '[aria-live="polite"]' })).toBeInTheDocument();
    // jsdom has no Fullscreen API: no button for it, and the key says why nothing happens.
    expect(screen.queryByRole('button', { name: 'Layar penuh (F)' })).not.toBeInTheDocument();
    await user.keyboard('f');
    expect(await screen.findByText('Layar penuh tidak tersedia di peramban ini.', { selector: '[aria-live="polite"]' })).toBeInTheDocument();
  }, HEAVY);

  it('writes a page past the end of a smaller deck back as its last slide', async () => {
    const { router } = renderApp('/rapat?hal=9&slide=capaian&slide=ajakan');
    expect(await screen.findByRole('region', { name: `Slide 2 dari 2: ${NAMES[6]}` })).toBeInTheDocument();
    await waitFor(() => expect(search(router).get('hal')).toBe('2'));
  }, HEAVY);

  it('advances on its own at the chosen interval, and p pauses it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      // Two light slides: the headline and the call to action.
      const { router } = renderApp('/rapat?hal=1&jeda=10&ulang=1&slide=capaian&slide=ajakan');
      await slide(1, 2);
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(await screen.findByRole('region', { name: `Slide 2 dari 2: ${NAMES[6]}` })).toBeInTheDocument();
      expect(search(router).get('hal')).toBe('2');
      await act(async () => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p' }));
      });
      expect(screen.getByRole('button', { name: 'Lanjutkan putar otomatis (P)' })).toBeInTheDocument();
      // Looping, it would be back on slide 1 by now.
      await act(() => vi.advanceTimersByTimeAsync(25_000));
      expect(search(router).get('hal')).toBe('2');
    } finally {
      vi.useRealTimers();
    }
  });
});
