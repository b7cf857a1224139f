import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderApp } from '../../tests/support/render-app';

describe('app shell', () => {
  it('switches to English, in the URL, the text and the lang attribute', async () => {
    const { user, router } = renderApp('/?interval=month');
    await screen.findByRole('heading', { name: 'Perkembangan pendaftaran' });
    expect(document.documentElement.lang).toBe('id');

    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(router.state.location.search).toBe('?interval=month&lang=en');
    expect(await screen.findByRole('heading', { name: 'Registrations over time' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Registrations' })).toHaveTextContent('of 11,000 workers');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(within(screen.getByRole('banner')).getByText(/^Data as of \d+ \w{3} \d{4}, \d{2}:\d{2} WIB$/)).toBeInTheDocument();

    // Back to Indonesian: the default is not written, the other view state stays.
    await user.click(screen.getByRole('link', { name: 'Indonesia' }));
    expect(router.state.location.search).toBe('?interval=month');
    expect(await screen.findByRole('heading', { name: 'Perkembangan pendaftaran' })).toBeInTheDocument();
  });

  it('ignores an invalid parameter instead of failing', async () => {
    renderApp('/?lang=fr&metric=banyak');
    expect(await screen.findByRole('heading', { name: 'Perkembangan pendaftaran' })).toBeInTheDocument();
    expect(await screen.findByRole('radio', { name: 'Jumlah pekerja' })).toBeChecked();
  });

  it('answers unknown addresses with a friendly 404 that keeps the language', async () => {
    renderApp('/laporan/lama?lang=en');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute('href', '/?lang=en');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  // axe over the whole page with every table open (~3,900 elements) takes 8-12 s in jsdom on its own, on Preact and
  // on React alike; beside the other test files on a 2-core machine that passed the 20 s default.
  it('has landmarks, one h1, ordered headings and labelled controls (axe, without colour checks)', async () => {
    const { user } = renderApp('/');
    await screen.findByText(/Kab\. Klaten peringkat/);
    await screen.findByText(/pekerja per minggu untuk mencapai target/);
    // Tables too, since they replace the charts for many readers.
    for (const button of await screen.findAllByRole('button', { name: 'Tampilkan tabel' })) await user.click(button);
    await screen.findByRole('table', { name: 'Unit kerja menurut capaian target sendiri' });

    // jsdom cannot compute colours; contrast is checked in the real browser.
    const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  }, 60_000);
});
