import { screen, within } from '@testing-library/react';
import { adminStore } from '../../mocks/node';
import { renderApp } from '../../tests/support/render-app';

describe('pages behind the access table', () => {
  it('sends a visitor to the sign-in page, remembering where they were going', async () => {
    adminStore.signInAs(null);
    const { router } = renderApp('/admin/impor?lang=en');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/masuk');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/impor?lang=en');
    expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('en');
  });

  it('shows a signed-in viewer a polite 403 and no admin link', async () => {
    adminStore.signInAs('viewer');
    renderApp('/admin/impor');
    expect(await screen.findByRole('heading', { name: 'Halaman ini khusus admin' })).toBeInTheDocument();
    expect(screen.getByText(/Anda masuk sebagai Tamu Pemkab \(pembaca\)/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Pilih berkas')).not.toBeInTheDocument();
    const account = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Akun' });
    expect(within(account).queryByRole('link', { name: 'Impor data' })).not.toBeInTheDocument();
  });

  it('offers an admin the import page from the header, and /admin leads there', async () => {
    const { user, router } = renderApp('/admin');
    expect(await screen.findByRole('heading', { level: 2, name: 'Impor data' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/impor');
    await user.click(screen.getByRole('link', { name: /Kembali ke ringkasan/ }));
    const account = within(screen.getByRole('banner')).getByRole('navigation', { name: 'Akun' });
    expect(await within(account).findByRole('link', { name: 'Impor data' })).toHaveAttribute('href', '/admin/impor');
  });

  it('sends someone whose session ran out back through the sign-in page', async () => {
    const { router, queryClient } = renderApp('/admin/impor?impor=1');
    await screen.findByRole('heading', { level: 2, name: 'Impor data' });
    adminStore.signInAs(null);
    await queryClient.invalidateQueries({ queryKey: ['auth', 'me'] });
    await screen.findByRole('heading', { level: 2, name: 'Masuk' });
    expect(router.state.location.pathname).toBe('/masuk');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/impor?impor=1');
  });

  it('keeps unknown admin addresses behind the sign-in too', async () => {
    adminStore.signInAs(null);
    const { router } = renderApp('/admin/pengguna');
    await screen.findByRole('heading', { level: 2, name: 'Masuk' });
    expect(router.state.location.pathname).toBe('/masuk');
  });
});
